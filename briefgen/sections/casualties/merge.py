"""Casualty figures across articles: equal figures merge; differing figures are kept side by side.

Claims by different claimants are kept apart, never merged ("Ukraine's military" and "Russia's
defence ministry" giving the same figure are two claims); a figure whose article names no claimant
joins the same figure as a claimant gives it. Two figures disagree only when they are of the same kind
and group, their ranges ("at least 20", "about 40", "dozens") cannot both be right, no article gives
both (an article that gives 3 dead and 2 dead in the house has told how they fit together), and each is
the largest figure of its kind in some article that gives it (a smaller one is a part: "two of the dead").
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from briefgen.merge.fold import sources_of
from briefgen.sections.base import MergeContext
from briefgen.sections.casualties.lexicon import ABOUT_SPREAD
from briefgen.sections.casualties.model import Casualty


def _claimant_key(c: Casualty) -> Optional[str]:
    return " ".join(c.claimed_by.lower().split()) if c.claimed_by else None


def merge(items: list[Casualty], ctx: MergeContext) -> list[Casualty]:
    """One item per (kind, who, count, qualifier, claimant), citing every article that gives it."""
    by_figure: dict[tuple, list[Casualty]] = defaultdict(list)
    for c in items:
        if c.claimed_by:
            by_figure[(c.kind, c.who, c.count, c.qualifier, _claimant_key(c))].append(c)
    for c in items:
        if not c.claimed_by:
            figure = (c.kind, c.who, c.count, c.qualifier)
            named = next((k for k in by_figure if k[:4] == figure and k[4] is not None), None)
            by_figure[named or figure + (None,)].append(c)
    out = []
    for group in by_figure.values():
        first = group[0]
        as_of = next((g.as_of for g in group if g.as_of), None)
        out.append(first.model_copy(update={"sources": sources_of(group), "as_of": as_of}))
    return out


def _recency(item: Casualty, published: dict[str, str]) -> str:
    return max((published.get(s.article) or "" for s in item.sources), default="")


def _descending(text: str) -> tuple:
    return tuple(-ord(ch) for ch in text)


def _range(c: Casualty) -> tuple[float, float]:
    """The counts a figure allows: "at least 20" is 20 or more, "about 40" is 40 give or take a quarter."""
    n = float(c.count)
    return {"exact": (n, n), "at_least": (n, float("inf")), "more_than": (n + 1, float("inf")),
            "up_to": (0.0, n), "about": (n * (1 - ABOUT_SPREAD), n * (1 + ABOUT_SPREAD))}.get(c.qualifier, (n, n))


def disagree(a: Casualty, b: Casualty) -> bool:
    """Two figures of one kind and group that cannot both be right, from articles that do not reconcile them."""
    if (a.kind, a.who) != (b.kind, b.who):
        return False
    (lo1, hi1), (lo2, hi2) = _range(a), _range(b)
    if lo1 <= hi2 and lo2 <= hi1:
        return False
    mine, theirs = {s.article for s in a.sources}, {s.article for s in b.sources}
    return bool(mine - theirs) and bool(theirs - mine) and not mine & theirs


def finish(items: list[Casualty], ctx: MergeContext) -> list[Casualty]:
    """Disagreeing figures of one kind point at each other (by id); then the most recent first, a figure
    with a claimant before one without, the best corroborated next, the largest figure last. A figure
    without the text's own time takes its latest article's date."""
    for c in items:
        if not c.as_of:
            c.as_of = _recency(c, ctx.published)[:10] or None
    by_kind: dict[tuple, list[Casualty]] = defaultdict(list)
    for c in items:
        by_kind[(c.kind, c.who)].append(c)
    for group in by_kind.values():
        top: dict[str, int] = {}  # each article's largest figure of the kind: its total, the rest its parts
        for c in group:
            for s in c.sources:
                top[s.article] = max(top.get(s.article, 0), c.count)
        totals = [c for c in group if any(top[s.article] == c.count for s in c.sources)]
        for c in group:
            c.conflicts = sorted(o.id for o in totals if c in totals and o is not c and disagree(c, o))
    return sorted(items, key=lambda c: (c.kind, c.who, _descending(_recency(c, ctx.published)),
                                        c.claimed_by is None, -len({s.article for s in c.sources}), -c.count, c.id))
