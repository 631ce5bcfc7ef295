"""Casualty figures across articles: equal figures merge; differing figures are kept side by side.

Claims by opposing sides are kept apart, never merged ("Ukraine's military" and "Russia's defence
ministry" giving the same figure are two claims); claimants of one side (police, officials, the city's
police department) or none giving the same figure are one figure. Two figures disagree only when they are of the same kind
and group, their ranges ("at least 20", "about 40", "dozens") cannot both be right, no article gives
both (an article that gives 3 dead and 2 dead in the house has told how they fit together), and each is
the largest figure of its kind in some article that gives it (a smaller one is a part: "two of the dead").
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import Optional

from briefgen.merge.fold import sources_of
from briefgen.sections.base import MergeContext
from briefgen.sections.casualties.lexicon import (
    ABOUT_SPREAD,
    ADDED_WORDS,
    COURT,
    EARLIER,
    EARLIER_DAYS,
    EVENT_DATE,
    MAX_DISPUTE_RATIO,
    MONTH_ABBR,
    OWNER_WORDS,
    PART_KINDS,
    PLURAL_EVENTS,
    POSSESSIVE,
    VAGUE_REACH,
    YEAR,
)
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
    shown is the first one an article names. Then what only all articles together tell: figures dated well
    before their articles beside undated ones (an earlier event), the people some article names or describes
    beside a larger count (a part of it), a vague quantity beside the count it covers ("dozens dead", 49
    dead); and sentences about a trial or a charge are dropped from a figure's sources when others give it."""
    items = _lower_bounds(items)
    victims = {(c.kind, c.count, c.qualifier, _side(c)) for c in items if c.who == "victims"}
    by_figure: dict[tuple, list[Casualty]] = defaultdict(list)
    for c in items:
        # "4 people killed" in one article, "4 victims killed" beside a total in another: one figure, the victims'
        who = "victims" if c.who == "people" and (c.kind, c.count, c.qualifier, _side(c)) in victims else c.who
        by_figure[(c.kind, who, c.count, c.qualifier, _side(c))].append(c)
    out = []
    for group in by_figure.values():
        first = group[0]
        claimed = next((g.claimed_by for g in group if g.claimed_by), None)
        as_of = next((g.as_of for g in group if g.as_of), None)
        sources = sources_of(group)
        plain = [s for s in sources if not COURT.search(s.sentence)]
        who = "victims" if any(g.who == "victims" for g in group) else first.who
        out.append(first.model_copy(update={"sources": plain or sources, "as_of": as_of, "claimed_by": claimed,
                                            "who": who}))
    out = _drop_earlier_events(out, ctx.published)
    return [c for c in out if not _part_of_larger(c, out) and not _vague_covered(c, out)]


def _lower_bounds(items: list[Casualty]) -> list[Casualty]:
    """An article telling an uncounted group of a kind ("a number of guards were wounded", "dozens were hurt") says
    more were harmed than a smaller exact count of that kind ("injuring its bureau chief"): that count, in any
    article, is shown as a lower bound ("at least 1 person wounded"). The groups themselves are never shown."""
    least: dict[str, int] = {}
    for c in items:
        if c.uncounted or c.words:
            least[c.kind] = max(least.get(c.kind, 0), c.count)
    out = []
    for c in items:
        if c.uncounted:
            continue
        if c.qualifier == "exact" and not c.words and c.who != "suspects" and c.count < least.get(c.kind, 0):
            c = c.model_copy(update={"qualifier": "at_least"})
        out.append(c)
    return out


def _days_before(item: Casualty, published: dict[str, str]) -> Optional[int]:
    """How many days the figure's own date ("July 18", "June 5, 2014") lies before its latest article's date."""
    m = EVENT_DATE.fullmatch(item.as_of or "")
    pub = max((published.get(s.article) or "" for s in item.sources), default="")
    if not m or not re.match(r"\d{4}-\d{2}-\d{2}", pub):
        return None
    words = re.findall(r"[A-Za-z]+|\d+", m.group(0))
    month = MONTH_ABBR.get(words[0][:3].lower())
    nums = [int(w) for w in words[1:]]
    if month is None or not nums:
        return None
    try:
        seen = date(int(pub[:4]), int(pub[5:7]), int(pub[8:10]))
        year = nums[1] if len(nums) > 1 else seen.year
        when = date(year, month, nums[0])
        if when > seen and len(nums) == 1:
            when = date(year - 1, month, nums[0])  # "Dec. 30" in a January article
    except ValueError:
        return None
    return (seen - when).days


def _drop_earlier_events(items: list[Casualty], published: dict[str, str]) -> list[Casualty]:
    """A figure dated well before its article ("On July 18, rebels detonated a bomb that killed three" in an August
    article) beside a figure of that kind without such a date is another, earlier event. Alone it is the story's
    (a trial's article about a June killing)."""
    old = {id(c) for c in items if (_days_before(c, published) or 0) >= EARLIER_DAYS}
    kinds = {c.kind for c in items if id(c) not in old}
    return [c for c in items if id(c) not in old or c.kind not in kinds]


def _part_of_larger(c: Casualty, items: list[Casualty]) -> bool:
    """People some article names or describes ("Kathy Smith dead", "the couple's two daughters", "a man who was shot
    in the head") beside a larger count of that kind another article gives: who some of them are, not a count."""
    if _stated(c) or c.who == "suspects" or c.kind not in PART_KINDS:
        return False
    if any(w.strip(",.;:").lower() in ADDED_WORDS for w in c.text.split()):
        return False  # "a fourth person was also shot", "another victim": one more besides the ones told
    return any(o.kind in PART_KINDS[c.kind] and o.count > c.count and o.who != "suspects" for o in items)


def _vague_covered(c: Casualty, items: list[Casualty]) -> bool:
    """"dozens of people dead" beside 49 dead: the count says it, within the vague words' range."""
    if not c.words:
        return False
    return any(o is not c and o.kind == c.kind and not o.words and c.count <= o.count < VAGUE_REACH * c.count
               for o in items)


def _recency(item: Casualty, published: dict[str, str]) -> str:
    return max((published.get(s.article) or "" for s in item.sources), default="")


def _fresh_date(item: Casualty, published: dict[str, str]) -> Optional[str]:
    """The latest date of an article that tells the figure as news: not one whose sentence is about a trial or a
    charge, puts the event in an earlier year or season ("in the 2014 fatal shooting", "last summer"). When every
    article tells it later, the figure has no date: its article's date is not the event's."""
    dates = []
    for s in item.sources:
        pub = published.get(s.article) or ""
        years = [int(y) for y in YEAR.findall(s.sentence)]
        if COURT.search(s.sentence) or EARLIER.search(s.sentence) or (pub[:4].isdigit() and any(
                y < int(pub[:4]) for y in years)):
            continue
        dates.append(pub)
    return max(dates, default="")[:10] or None


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


def _over_many(c: Casualty) -> bool:
    """Every sentence giving the figure sums several events ("in weekend Detroit shootings")."""
    return bool(c.sources) and all(any(w.strip(",.;:()'\"").lower() in PLURAL_EVENTS for w in s.sentence.split())
                                   for s in c.sources)


def disagree(a: Casualty, b: Casualty, suspects: set[int] = frozenset()) -> bool:
    """Two figures of one kind and group that cannot both be right, from articles that do not reconcile them.

    A difference that is the suspects' deaths (2 victims, 3 dead with the gunman) is no disagreement, nor are
    figures more than MAX_DISPUTE_RATIO apart (a day's and a week's, a city's and a country's), nor a round-up's
    figures of two places."""
    if (a.kind, a.who) != (b.kind, b.who) or not (_stated(a) and _stated(b)):
        return False
    if a.place and b.place and a.place.lower() != b.place.lower():
        return False  # a round-up's figures of two places count two sets of people
    if _over_many(a) or _over_many(b):
        return False  # "3 dead, 26 wounded in weekend shootings": a sum over several events counts another set
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
            c.as_of = _fresh_date(c, ctx.published)
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
    ranked = sorted(items, key=lambda c: (c.kind, c.who, _descending(_recency(c, ctx.published)),
                                          c.claimed_by is None, -len({s.article for s in c.sources}), -c.count, c.id))
    # a round-up's figures of one place stand together, the places in the order of their first figure
    places: dict[str, int] = {}
    for c in ranked:
        places.setdefault((c.place or "").lower(), len(places))
    return sorted(ranked, key=lambda c: (c.kind, c.who, places[(c.place or "").lower()]))
