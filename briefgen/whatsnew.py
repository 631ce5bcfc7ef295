"""What changed since the last briefing: new developments, changed positions, moved figures, answered questions.

Facts are matched by id (stable while the source sentence and the wording are unchanged) and, failing
that, by their normalised text, so a fact re-reported in a slightly different sentence is not "new".

`build` compares the facts *as extracted* (before the analyst's overrides) of this run and of the last
briefing, so a suppression or a correction is never reported as a change in the story; the changes
are then shown as the analyst edited them (`edited`): a suppressed fact is left out, a corrected one
shown corrected. Each list is bounded (`limits`, the sections' limits), most important first, and
free of page furniture; the last item shown of a list that was cut carries `more`, the number left
out (the template says "and 12 more"), and `more` of the whole result counts them per list.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping, Optional

from pydantic import create_model

from briefgen.facts import Casualty, Facts
from briefgen.sections.casualties.lexicon import KIND_LABELS
from briefgen.sections.developments.lexicon import BOILERPLATE

_SPACE = re.compile(r"\s+")
KINDS = ("developments", "positions", "casualties", "answered")
# The section whose `limit` bounds each list of what's new.
LIMIT_OF = {"developments": "developments", "positions": "positions", "casualties": "casualties",
            "answered": "open_questions"}
DEFAULT_LIMIT = 10
KIND_ORDER = {kind: n for n, kind in enumerate(KIND_LABELS)}  # killed before wounded before ...


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def _known(items: list) -> tuple[set[str], set[str]]:
    return {i.id for i in items}, {_norm(i.text) for i in items}


def _is_known(item, known: tuple[set[str], set[str]]) -> bool:
    return item.id in known[0] or _norm(item.text) in known[1]


def _same_figure(a: Casualty, b: Casualty) -> bool:
    return a.count == b.count and a.qualifier == b.qualifier


def is_furniture(item) -> bool:
    """Page furniture that slipped into a fact ("Sign up for our newsletter", "Getty Images"): not news."""
    return bool(BOILERPLATE.search(item.text))


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


def diff(old: Optional[Facts], new: Facts, *, edited: Optional[Facts] = None, shown_before: Optional[Facts] = None,
         limits: Optional[Mapping[str, int]] = None, since: Optional[str] = None) -> Optional[dict]:
    """The changes from `old` to `new`, in the shape the templates receive as `whats_new` (None without `old`).

    "answered" lists the old open questions no longer raised, counted only when every article that
    raised them is still read: a question that vanished with its article was dropped, not answered.

    `edited`: the new facts with the analyst's overrides applied; a change whose fact is not in it (a
    suppressed fact) is left out, and one whose fact was corrected is shown corrected. `shown_before`:
    the last briefing as it was shown (its overrides applied), for the old side of a moved figure.
    `limits`: items per list (see LIMIT_OF); `since`: what "since" names (default: the old facts' date).
    """
    if old is None:
        return None
    devs, positions = _known(old.developments), _known(old.positions)
    still_open = _known(new.open_questions)
    articles = {a.id for a in new.articles}
    changes = {
        "since": since or old.date or "the last briefing",
        "developments": [d for d in new.developments if not _is_known(d, devs)],
        "positions": [p for p in new.positions if not _is_known(p, positions)],
        "casualties": casualty_changes(old, new),
        "answered": [q for q in old.open_questions if not _is_known(q, still_open)
                     and all(s.article in articles for s in q.sources)],
    }
    if edited is not None:
        _as_edited(changes, edited, shown_before)
    changes["developments"] = [d for d in changes["developments"] if not is_furniture(d)]
    changes["positions"] = [p for p in changes["positions"] if not is_furniture(p)]
    changes["casualties"].sort(key=lambda c: (KIND_ORDER.get(c["kind"], len(KIND_ORDER)), -c["new"].count))
    changes["more"] = {}
    for kind in KINDS:
        limit = (limits or {}).get(kind) or (DEFAULT_LIMIT if limits is not None else None)
        items = changes[kind]
        if limit is None or len(items) <= limit:
            changes["more"][kind] = 0
            continue
        kept, rest = items[:limit], len(items) - limit
        last = kept[-1]
        if kind == "casualties":
            kept[-1] = {**last, "new": _with_more(last["new"], rest)}
        else:
            kept[-1] = _with_more(last, rest)
        changes[kind] = kept
        changes["more"][kind] = rest
    return changes


def _as_edited(changes: dict, edited: Facts, shown_before: Optional[Facts]) -> None:
    """Changes as the analyst's overrides show them: suppressed facts out, corrected ones corrected."""
    by_id = {item.id: item for name in ("developments", "positions", "casualties", "open_questions")
             for item in getattr(edited, name)}
    before = {c.id: c for c in shown_before.casualties} if shown_before is not None else {}
    changes["developments"] = [by_id[d.id] for d in changes["developments"] if d.id in by_id]
    changes["positions"] = [by_id[p.id] for p in changes["positions"] if p.id in by_id]
    moved = []
    for change in changes["casualties"]:
        new = by_id.get(change["new"].id)
        if new is None:
            continue
        old = change["old"]
        if old is not None:
            old = before.get(old.id, old)
            if _same_figure(old, new) and old.kind == new.kind:
                continue  # a correction made the figure what it was: nothing moved for the reader
        moved.append({**change, "old": old, "new": new})
    changes["casualties"] = moved
    # an open question the analyst suppressed was never shown: its going is no news
    suppressed_before = set()
    if shown_before is not None:
        shown = {q.id for q in shown_before.open_questions}
        suppressed_before = {q.id for q in changes["answered"] if q.id not in shown}
    changes["answered"] = [q for q in changes["answered"] if q.id not in suppressed_before]


@lru_cache(maxsize=None)
def _more_model(model: type) -> type:
    return create_model(f"{model.__name__}Shown", __base__=model, more=(int, 0))


def _with_more(item, more: int):
    """The item with `more`: how many items of its list follow it and are not shown."""
    return _more_model(type(item)).model_validate({**item.model_dump(), "more": more})


def is_empty(changes: Optional[dict]) -> bool:
    return not changes or not any(changes[k] for k in KINDS)
