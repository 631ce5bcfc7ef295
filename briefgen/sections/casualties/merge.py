"""Casualty figures across articles: equal figures merge; differing figures are kept side by side."""
from __future__ import annotations

from collections import defaultdict

from briefgen.merge.fold import sources_of
from briefgen.sections.base import MergeContext
from briefgen.sections.casualties.model import Casualty


def merge(items: list[Casualty], ctx: MergeContext) -> list[Casualty]:
    """One item per (kind, who, count, qualifier), citing every article that gives it."""
    by_figure: dict[tuple, list[Casualty]] = defaultdict(list)
    for c in items:
        by_figure[(c.kind, c.who, c.count, c.qualifier)].append(c)
    return [group[0].model_copy(update={"sources": sources_of(group)}) for group in by_figure.values()]


def _recency(item: Casualty, published: dict[str, str]) -> str:
    return max((published.get(s.article) or "" for s in item.sources), default="")


def _descending(text: str) -> tuple:
    return tuple(-ord(ch) for ch in text)


def finish(items: list[Casualty], ctx: MergeContext) -> list[Casualty]:
    """Differing figures of one kind from different articles point at each other (by id); then the most
    recent first, the best corroborated next, the largest figure last."""
    by_kind: dict[tuple, list[Casualty]] = defaultdict(list)
    for c in items:
        by_kind[(c.kind, c.who)].append(c)
    for group in by_kind.values():
        for c in group:
            mine = {s.article for s in c.sources}
            c.conflicts = sorted(o.id for o in group if o is not c and o.count != c.count
                                 and {s.article for s in o.sources} - mine)
    return sorted(items, key=lambda c: (c.kind, c.who, _descending(_recency(c, ctx.published)),
                                        -len({s.article for s in c.sources}), -c.count, c.id))
