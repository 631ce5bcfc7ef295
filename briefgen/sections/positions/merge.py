"""Positions across articles: one item per statement, every side shown before a fourth statement of one."""
from __future__ import annotations

from briefgen.merge.fold import fold, fold_reports
from briefgen.sections.base import MergeContext
from briefgen.sections.positions.model import Position


def across_actors(items: list[Position]) -> list[Position]:
    """Positions in turns, one actor after another (the actor with most positions first), so that a
    section limit shows every side before it shows a fourth statement of one of them."""
    by_actor: dict[str, list[Position]] = {}
    for item in items:
        by_actor.setdefault(item.actor, []).append(item)
    actors = sorted(by_actor, key=lambda a: (-len(by_actor[a]), a))
    out: list[Position] = []
    for turn in range(max((len(v) for v in by_actor.values()), default=0)):
        out.extend(by_actor[a][turn] for a in actors if turn < len(by_actor[a]))
    return out


def merge(items: list[Position], ctx: MergeContext) -> list[Position]:
    items = [p.model_copy(update={"actor": ctx.rename.get(p.actor, p.actor)}) for p in items]
    items = fold_reports(fold(items, key_of=lambda p: p.actor), key_of=lambda p: (p.actor, p.stance))
    items.sort(key=lambda p: (p.actor, p.sources[0].article, p.sources[0].start))
    return across_actors(items)
