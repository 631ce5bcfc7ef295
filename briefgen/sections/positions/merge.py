"""Positions across articles: one item per stance, the most consequential first, parties taking turns.

A stance's weight is its strength (a stance verb over a reported stance), its support (further
articles reporting it), its actor's prominence (how many stances the actor holds across the articles)
and its recency (the latest article's word on it). Items are grouped by the party their actor speaks
for (the actor itself when the text gives none), and the parties take turns, the party of the
weightiest stance first, so that counter-positions are shown side by side; never article order.
"""
from __future__ import annotations

from collections import Counter
from math import log2

from briefgen.merge.fold import fold, fold_reports
from briefgen.sections.base import MergeContext
from briefgen.sections.positions.lexicon import PROMINENCE_WEIGHT, STANCE_WEIGHT, SUPPORT_WEIGHT
from briefgen.sections.positions.model import Position

RECENCY_WEIGHT = 0.25


def weight(item: Position, held: Counter, latest: set[str]) -> float:
    strength = STANCE_WEIGHT["explicit"] if item.stance != "states" else STANCE_WEIGHT["content"]
    articles = {s.article for s in item.sources}
    return (strength + SUPPORT_WEIGHT * (len(articles) - 1) + PROMINENCE_WEIGHT * log2(1 + held[item.actor])
            + (RECENCY_WEIGHT if articles & latest else 0.0))


def parties(items: list[Position]) -> dict[str, str]:
    """Each actor's party: the one its items name most often (the actor itself when none)."""
    votes: dict[str, Counter] = {}
    for item in items:
        votes.setdefault(item.actor, Counter())
        if item.party:
            votes[item.actor][item.party] += 1
    return {a: (min(v, key=lambda p: (-v[p], p)) if v else a) for a, v in votes.items()}


def in_turns(items: list[Position], ctx: MergeContext) -> list[Position]:
    held = Counter(i.actor for i in items)
    dates = {a: d for a, d in ctx.published.items() if d}
    latest = {a for a, d in dates.items() if d == max(dates.values())} if dates else set()
    party = parties(items)
    scored = sorted(items, key=lambda i: (-weight(i, held, latest), i.sources[0].article, i.sources[0].start))
    groups: dict[str, list[Position]] = {}
    for item in scored:
        groups.setdefault(party[item.actor], []).append(item)
    for key, members in groups.items():  # within a party, its actors take turns too
        by_actor: dict[str, list[Position]] = {}
        for item in members:
            by_actor.setdefault(item.actor, []).append(item)
        groups[key] = [by_actor[a][t] for t in range(max(len(v) for v in by_actor.values()))
                       for a in by_actor if t < len(by_actor[a])]
    order = sorted(groups, key=lambda p: (-sum(weight(i, held, latest) for i in groups[p][:3]), list(groups).index(p)))
    groups = {p: groups[p] for p in order}
    out: list[Position] = []
    for turn in range(max((len(v) for v in groups.values()), default=0)):
        out.extend(groups[p][turn] for p in order if turn < len(groups[p]))
    return [i.model_copy(update={"party": party[i.actor] if party[i.actor] != i.actor else i.party}) for i in out]


def merge(items: list[Position], ctx: MergeContext) -> list[Position]:
    items = [p.model_copy(update={"actor": ctx.rename.get(p.actor, p.actor),
                                  "party": ctx.rename.get(p.party, p.party) if p.party else None}) for p in items]
    items = fold_reports(fold(items, key_of=lambda p: p.actor), key_of=lambda p: (p.actor, p.stance))
    return in_turns(items, ctx)
