"""Casualty figures across articles: equal figures merge; differing figures are kept side by side.

Claims by opposing sides are kept apart, never merged ("Ukraine's military" and "Russia's defence
ministry" giving the same figure are two claims); claimants of one side (police, officials, the city's
police department) or none giving the same figure are one figure. Two figures disagree only when they are of the same kind
and group, their ranges ("at least 20", "about 40", "dozens") cannot both be right, no article gives
both (an article that gives 3 dead and 2 dead in the house has told how they fit together), and each is
the largest figure of its kind in some article that gives it (a smaller one is a part: "two of the dead").
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from briefgen.merge.fold import sources_of
from briefgen.sections.base import MergeContext
from briefgen.sections.casualties.lexicon import ABOUT_SPREAD, MAX_DISPUTE_RATIO, OWNER_WORDS, POSSESSIVE
from briefgen.sections.casualties.numbers import is_number_word
from briefgen.sections.casualties.model import Casualty


def _side(c: Casualty) -> Optional[str]:
    """The side a claimant speaks for when it names one: "Ukraine's military" → ukraine. Police, officials
    and a city's police department give one side's figures, so their equal figures are one figure."""
    words = (c.claimed_by or "").split()
    if words and words[0].endswith(POSSESSIVE) and len(words) > 1:
        return words[0][:-2].lower()
    return None


def merge(items: list[Casualty], ctx: MergeContext) -> list[Casualty]:
    """One item per (kind, who, count, qualifier, side), citing every article that gives it; the claimant
    shown is the first one an article names."""
    by_figure: dict[tuple, list[Casualty]] = defaultdict(list)
    for c in items:
        by_figure[(c.kind, c.who, c.count, c.qualifier, _side(c))].append(c)
    out = []
    for group in by_figure.values():
        first = group[0]
        claimed = next((g.claimed_by for g in group if g.claimed_by), None)
        as_of = next((g.as_of for g in group if g.as_of), None)
        out.append(first.model_copy(update={"sources": sources_of(group), "as_of": as_of, "claimed_by": claimed}))
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


def _stated(c: Casualty) -> bool:
    """The text gives a number as a count of its own, not people named or described ("91-year-old Luis Aguiar,
    who was killed", "Ann Lee and her brother", "both men died") nor a part of a group ("three of his
    children"): such a figure tells who some of the dead are and is never a rival of a larger figure."""
    raw = c.text.split()
    words = [w.strip(",.;:()\u2026").lower() for w in raw]

    def age(i: int) -> bool:  # "Bruce Simmons, 51, and ...": an age after a name
        return i > 0 and raw[i - 1].endswith(",") and raw[i - 1][:1].isupper()

    def kin(i: int) -> bool:  # "the couple's two daughters", "his three sons": who some of the dead are
        return i > 0 and (words[i - 1].endswith(POSSESSIVE) or words[i - 1] in OWNER_WORDS)

    numbers = [i for i, w in enumerate(words) if (is_number_word(w) or w in ("one", "dozen")) and not age(i)]
    if not numbers:
        return False
    return not any(kin(i) or i + 1 < len(words) and words[i + 1] == "of" for i in numbers)


def disagree(a: Casualty, b: Casualty, suspects: set[int] = frozenset()) -> bool:
    """Two figures of one kind and group that cannot both be right, from articles that do not reconcile them.

    A difference that is the suspects' deaths (2 victims, 3 dead with the gunman) is no disagreement, nor are
    figures more than MAX_DISPUTE_RATIO apart (a day's and a week's, a city's and a country's)."""
    if (a.kind, a.who) != (b.kind, b.who) or not (_stated(a) and _stated(b)):
        return False
    if a.kind == "killed" and abs(a.count - b.count) in suspects:
        return False
    if max(a.count, b.count) > MAX_DISPUTE_RATIO * max(min(a.count, b.count), 1):
        return False  # 12 and 200 wounded, 7 and 35,000 dead: figures of different scopes, not one disputed count
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
    suspects = {c.count for c in items if c.kind == "killed" and c.who == "suspects"}
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
            c.conflicts = sorted(o.id for o in totals if c in totals and o is not c and disagree(c, o, suspects))
    return sorted(items, key=lambda c: (c.kind, c.who, _descending(_recency(c, ctx.published)),
                                        c.claimed_by is None, -len({s.article for s in c.sources}), -c.count, c.id))
