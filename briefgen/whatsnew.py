"""What changed since the last briefing: new developments, changed positions, moved figures, answered questions.

Facts are matched by id (stable while the source sentence and the wording are unchanged) and, failing
that, by their normalised text, so a fact re-reported in a slightly different sentence is not "new".
"""
from __future__ import annotations

import re
from typing import Optional

from briefgen.facts import Casualty, Facts

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def _known(items: list) -> tuple[set[str], set[str]]:
    return {i.id for i in items}, {_norm(i.text) for i in items}


def _is_known(item, known: tuple[set[str], set[str]]) -> bool:
    return item.id in known[0] or _norm(item.text) in known[1]


def _same_figure(a: Casualty, b: Casualty) -> bool:
    return a.count == b.count and a.qualifier == b.qualifier


def casualty_changes(old: Facts, new: Facts) -> list[dict]:
    """Figures (per kind and victims) that are new or moved: {"kind", "old": Casualty|None, "new": Casualty}.

    The old figure shown is one that the new facts no longer report (the figure that moved), else the
    most recent one of that kind (merge sorts most recent first).
    """
    old_by: dict[tuple, list[Casualty]] = {}
    for c in old.casualties:
        old_by.setdefault((c.kind, c.who), []).append(c)
    new_by: dict[tuple, list[Casualty]] = {}
    for c in new.casualties:
        new_by.setdefault((c.kind, c.who), []).append(c)
    changes: list[dict] = []
    for key, figures in new_by.items():
        before = old_by.get(key, [])
        gone = [o for o in before if not any(_same_figure(o, n) for n in figures)]
        for c in figures:
            if any(_same_figure(o, c) for o in before):
                continue
            prior = gone[0] if gone else (before[0] if before else None)
            changes.append({"kind": c.kind, "old": prior, "new": c})
    return changes


def diff(old: Optional[Facts], new: Facts) -> Optional[dict]:
    """The changes from `old` to `new`, in the shape the templates receive as `whats_new` (None without `old`).

    "answered" lists the old open questions no longer raised, counted only when every article that
    raised them is still read: a question that vanished with its article was dropped, not answered.
    """
    if old is None:
        return None
    devs, positions = _known(old.developments), _known(old.positions)
    still_open = _known(new.open_questions)
    articles = {a.id for a in new.articles}
    return {
        "since": old.date or "the last briefing",
        "developments": [d for d in new.developments if not _is_known(d, devs)],
        "positions": [p for p in new.positions if not _is_known(p, positions)],
        "casualties": casualty_changes(old, new),
        "answered": [q for q in old.open_questions if not _is_known(q, still_open)
                     and all(s.article in articles for s in q.sources)],
    }


def is_empty(changes: Optional[dict]) -> bool:
    return not changes or not any(changes[k] for k in ("developments", "positions", "casualties", "answered"))
