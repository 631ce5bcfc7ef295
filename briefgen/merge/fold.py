"""Folding the same fact reported by several articles into one item citing all of them."""
from __future__ import annotations

from typing import Sequence, TypeVar

from briefgen.items import Item, Source
from briefgen.similar import clusters

T = TypeVar("T", bound=Item)
SIMILAR = 0.6  # share of content words two reports must have in common to be the same fact
SAME_REPORT = 0.5  # the same, for whole source sentences from different articles (paraphrased reports)


def sources_of(members: Sequence[Item]) -> list[Source]:
    """Every distinct source of the members, in order."""
    seen, out = set(), []
    for m in members:
        for s in m.sources:
            key = (s.article, s.start, s.end)
            if key not in seen:
                seen.add(key)
                out.append(s)
    return out


def fold(items: list[T], key_of, text_of=lambda i: i.text, threshold: float = SIMILAR) -> list[T]:
    """One item per cluster of items with the same key and much the same text; the fullest wording leads."""
    if not items:
        return []
    groups = [key_of(i) for i in items]
    out = []
    for members in clusters([text_of(i) for i in items], threshold, groups=groups):
        group = [items[i] for i in members]
        lead = group[max(range(len(group)), key=lambda k: (len(group[k].text), -k))]
        out.append(lead.model_copy(update={"sources": sources_of([lead] + [g for g in group if g is not lead])}))
    return out


def fold_reports(items: list[T], key_of, threshold: float = SAME_REPORT) -> list[T]:
    """Different articles reporting the same statement in other words: their sentences say much the same,
    the key (actor and stance) is the same, and each article contributes at most one item."""
    if not items:
        return []
    out: list[T] = []
    for members in clusters([i.sources[0].sentence for i in items], threshold, groups=[key_of(i) for i in items]):
        groups: list[list[T]] = []
        for item in (items[m] for m in members):
            arts = {s.article for s in item.sources}
            home = next((g for g in groups if not arts & {s.article for x in g for s in x.sources}), None)
            if home is None:
                groups.append([item])
            else:
                home.append(item)
        for group in groups:
            out.append(group[0].model_copy(update={"sources": sources_of(group)}))
    return out


def text_order(item: Item) -> tuple:
    """Article, then place in the article: the order a reader meets the facts."""
    return item.sources[0].article, item.sources[0].start
