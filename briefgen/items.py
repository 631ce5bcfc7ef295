"""The items of the facts file: sources, articles, actors and each section's kind of fact.

Field order here is the key order of the facts file, so keep it stable. docs/facts.md documents
every field; `briefgen.facts` assembles these into the whole file.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    # NaN and Infinity are refused: the facts file must always be valid JSON that briefgen reads back.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


ActorType = Literal["person", "organisation", "country", "group"]


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


class Skipped(Model):
    path: str
    reason: str
