"""Quotes across articles: the same words by the same speaker are one quote citing every article."""
from __future__ import annotations

from briefgen.merge.fold import fold, text_order
from briefgen.sections.base import MergeContext
from briefgen.sections.quotes.model import Quote


def merge(items: list[Quote], ctx: MergeContext) -> list[Quote]:
    items = [q.model_copy(update={"speaker": ctx.rename.get(q.speaker, q.speaker)}) for q in items]
    return sorted(fold(items, key_of=lambda q: q.speaker), key=text_order)
