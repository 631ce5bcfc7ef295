"""What changed since the last briefing: new developments, changed positions, moved figures, answered questions."""
from __future__ import annotations

from typing import Optional

from briefgen.facts import Facts


def diff(old: Optional[Facts], new: Facts) -> Optional[dict]:
    """The changes from `old` to `new`, in the shape the templates receive as `whats_new` (None without `old`)."""
    if old is None:
        return None
    old_dev = {d.id for d in old.developments}
    old_pos = {p.id for p in old.positions}
    new_q = {q.id for q in new.open_questions}
    figures: list[dict] = []
    old_by_kind: dict[tuple, list] = {}
    for c in old.casualties:
        old_by_kind.setdefault((c.kind, c.who), []).append(c)
    for c in new.casualties:
        before = old_by_kind.get((c.kind, c.who), [])
        if any(o.count == c.count and o.qualifier == c.qualifier for o in before):
            continue
        prior = max(before, key=lambda o: o.count, default=None)
        figures.append({"kind": c.kind, "old": prior, "new": c})
    return {
        "since": old.date or "the last briefing",
        "developments": [d for d in new.developments if d.id not in old_dev],
        "positions": [p for p in new.positions if p.id not in old_pos],
        "casualties": figures,
        "answered": [q for q in old.open_questions if q.id not in new_q],
    }
