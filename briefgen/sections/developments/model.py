"""The key-development item of the facts file."""
from __future__ import annotations

from briefgen.items import CACHE_CONTEXT, Item

# `predicates` is written under this serialization context only (the per-article cache), never in the facts file
KEEP_PREDICATES = CACHE_CONTEXT


class Development(Item):
    score: float = 0.0
    support: int = 1  # how many articles report it
    # what the sentence says happened (extract.predicates), for merging across articles
    predicates: list[str] = []
    CACHE_ONLY = ("predicates",)


def article_of(item: Development) -> str:
    """The article an item comes from: its first source's."""
    return item.sources[0].article if item.sources else ""
