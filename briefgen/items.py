"""The items of the facts file: sources, articles, actors and each section's kind of fact.

Field order here is the key order of the facts file, so keep it stable. docs/facts.md documents
every field; `briefgen.facts` assembles these into the whole file.
"""
from __future__ import annotations

from typing import Any, ClassVar, Literal, Optional, Sequence

from pydantic import (BaseModel, ConfigDict, Field, SerializationInfo, SerializerFunctionWrapHandler,
                      model_serializer)

from briefgen.cachedirs import FOR_CACHE


class Model(BaseModel):
    # NaN and Infinity are refused: the facts file must always be valid JSON that briefgen reads back.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


ActorType = Literal["person", "organisation", "country", "group"]
# why an item is held back (`Item.held`): words quoted in passing, not a statement (a scare quote, a phrase, a piece
# of a clause), a crowd's chant, or a quotation whose every sentence a quotation shown before it gives
HeldReason = Literal["fragment", "chant", "repeat"]


class Source(Model):
    """Where a fact comes from: the exact sentence and its character offsets in the article text."""

    article: str
    sentence: str
    start: int
    end: int


class Article(Model):
    id: str
    path: str
    title: Optional[str] = None
    author: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    sha256: str = ""
    paths: list[str] = Field(default_factory=list)  # every path holding this same text (duplicates)


class Actor(Model):
    name: str
    type: ActorType
    aliases: list[str] = Field(default_factory=list)
    mentions: int = 0
    party: Optional[str] = None  # the country or body a person speaks for, from a title or apposition


class Item(Model):
    id: str = ""
    text: str
    sources: list[Source]
    # the id of a shown item of another section that already says this (merge/told.py): the briefing shows this
    # item as a pointer to that one, never the same words twice
    see: Optional[str] = None
    # why the briefing does not show this item although its section has room (`HeldReason`): kept for the
    # scorers, search and review, after every shown item of its section
    held: Optional[HeldReason] = None
    # fields the merge reads from the per-article cache but the facts file never holds (a section's working data)
    CACHE_ONLY: ClassVar[tuple[str, ...]] = ()

    @model_serializer(mode="wrap")
    def _without_cache_only(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        data = handler(self)
        if self.CACHE_ONLY and isinstance(data, dict) and not (info.context or {}).get(CACHE_CONTEXT):
            for name in self.CACHE_ONLY:
                data.pop(name, None)
        return data


def shown(items: Sequence, limit: int) -> list:
    """The items a section shows: its first `limit` that are not held back. The one place the merge (which
    compares with what the briefing shows) and the render decide it."""
    return [i for i in items if not getattr(i, "held", None)][:max(limit, 0)]


# the serialization context under which CACHE_ONLY fields are written (the per-article cache's)
CACHE_CONTEXT = next(iter(FOR_CACHE))


class Skipped(Model):
    path: str
    reason: str
