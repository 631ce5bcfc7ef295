"""The key-development item of the facts file."""
from __future__ import annotations

from typing import Any

from pydantic import SerializationInfo, SerializerFunctionWrapHandler, model_serializer

from briefgen.cachedirs import FOR_CACHE
from briefgen.items import Item

# `predicates` is written under this serialization context only (the per-article cache), never in the facts file
KEEP_PREDICATES = next(iter(FOR_CACHE))


class Development(Item):
    score: float = 0.0
    support: int = 1  # how many articles report it
    # what the sentence says happened (extract.predicates), for merging across articles
    predicates: list[str] = []

    @model_serializer(mode="wrap")
    def _without_predicates(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        data = handler(self)
        if isinstance(data, dict) and not (info.context or {}).get(KEEP_PREDICATES):
            data.pop("predicates", None)
        return data


def article_of(item: Development) -> str:
    """The article an item comes from: its first source's."""
    return item.sources[0].article if item.sources else ""
