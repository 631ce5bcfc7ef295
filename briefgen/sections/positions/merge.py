"""Positions across articles: one item per stance, the most consequential first, parties taking turns.

A stance's weight is its strength (a stance verb over a reported stance), its support (further
articles reporting it), its actor's prominence (how many stances the actor holds across the articles)
and its recency (the latest article's word on it). Items are grouped by the party their actor speaks
for (the actor itself when the text gives none), and the parties take turns: each further item of a
party costs TURN_COST, so that counter-positions are shown side by side while one party's strong stance
still comes before another's weak one; never article order. Positions of an article about another
story (one that shares no name with the other articles of the unit) are left out.
"""
from __future__ import annotations

import re
from collections import Counter
from math import log2

from briefgen import similar
from briefgen.merge.fold import fold, fold_reports, sources_of
from briefgen.sections.base import MergeContext
from briefgen.sections.positions.lexicon import (
    ADJ_STANCE,
    NOUN_STANCE,
    STANCE,
    NOT_NAMES,
    OFF_STORY_MIN_ARTICLES,
    PROMINENCE_WEIGHT,
    REPEAT_SHARE,
    SAME_STANCE_SHARED_STEMS,
    STEM_CHARS,
    QUOTE_NEAR_CHARS,
    QUOTE_SHARED_WORDS,
    EVALUATIVE,
    SPEAKS_FOR_WEIGHT,
    STANCE_WEIGHT,
    SUPPORT_WEIGHT,
    TURN_COST,
    WEAK_CUES,
)
from briefgen.sections.positions.model import Position

RECENCY_WEIGHT = 0.25
EVALUATIVE_WORDS = frozenset(w for word in EVALUATIVE for w in similar.content_words(word))  # as content_words spells them


def weight(item: Position, held: Counter, latest: set[str]) -> float:
    explicit = item.stance != "states" and item.cue not in WEAK_CUES
    quoted = item.text.startswith(f"{item.actor}: \u201c") or item.text.endswith("\u201d") and ": \u201c" in item.text
    # a stance in the actor's own words, alone or after the sentence that says what it is about
    strength = STANCE_WEIGHT["explicit"] if explicit else STANCE_WEIGHT["quote" if quoted else "content"]
    articles = {s.article for s in item.sources}
    speaks_for = SPEAKS_FOR_WEIGHT if item.party else 0.0  # "Foreign Minister X", a country: not a bystander
    return (strength + speaks_for + SUPPORT_WEIGHT * (len(articles) - 1) + PROMINENCE_WEIGHT * log2(1 + held[item.actor])
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
    ranked = [(weight(item, held, latest) - TURN_COST * turn, n, turn, item)
              for n, p in enumerate(order) for turn, item in enumerate(groups[p])]
    out = [item for _, _, _, item in sorted(ranked, key=lambda r: (-r[0], r[2], r[1]))]
    return [i.model_copy(update={"party": party[i.actor] if party[i.actor] != i.actor else i.party}) for i in out]


WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def names_in(sentence: str) -> set[str]:
    """Capitalised words inside a sentence (its first word left out): the names it mentions."""
    out = set()
    for n, word in enumerate(WORD.findall(sentence)):
        low = re.split(r"['\u2019]", word.lower())[0]
        if n and word[:1].isupper() and len(low) > 2 and not word.isupper() and low not in NOT_NAMES:
            out.add(low)
    return out


def off_story(items: list[Position], ctx: MergeContext) -> set[str]:
    """Articles about another story: in a unit of several articles, one that names nothing another
    article names, while the other articles do share names (a page that bundles an unrelated report). The names
    are those of every article's development candidates, not of the ranked list: a charge a later verdict
    overtook leaves the list, its article's story does not change."""
    names: dict[str, set[str]] = {}
    developments = ctx.options.get("development_candidates") or ctx.merged.get("developments") or []
    for item in list(items) + list(developments):
        for s in item.sources:
            names.setdefault(s.article, set()).update(names_in(s.sentence))
    for item in items:
        names.setdefault(item.sources[0].article, set()).update(w.lower() for w in item.actor.split())
    if len(names) < OFF_STORY_MIN_ARTICLES:
        return set()
    out = set()
    for art, own in names.items():
        others = {a: w for a, w in names.items() if a != art}
        shared_elsewhere = any(others[a] & others[b] for a in others for b in others if a < b)
        if own and shared_elsewhere and not any(own & w for w in others.values()):
            out.add(art)
    return out


def same_statement(items: list[Position]) -> list[Position]:
    """One item per actor and sentence: a stance verb and the quotation it introduces are one stance."""
    best: dict[tuple, Position] = {}
    order: list[tuple] = []
    for item in items:
        s = item.sources[0]
        key = (item.actor, s.article, s.start)
        have = best.get(key)
        if have is None:
            order.append(key)
            best[key] = item
        elif (item.stance != "states", by_verb(item), len(item.text)) > (have.stance != "states", by_verb(have), len(have.text)):
            best[key] = item  # "Trump said Washington could provide air support but ruled out troops": the ruling out
    return [best[k] for k in order]


def by_verb(item: Position) -> bool:
    """The stance comes from a verb (or noun) of stance ("ruled out", "his dismissal of", "offered her
    firmest promise"), not from the words a verb of saying reports ("said Washington could help" offers)."""
    return item.cue in STANCE or item.cue in NOUN_STANCE or item.cue in ADJ_STANCE


def without_repeats(items: list[Position]) -> list[Position]:
    """In shown order, a position that says again what one before it by the same actor or party says
    (most of the shorter one's content words in the other) is left out: "Warren said Stumpf made millions
    in the scam, telling him 'You should resign'" after her quotation "You should resign ...", "the United
    States warned of complacency" after "Tillerson warned ...". The first stays, in its place, unless
    the repeat says more: then the repeat takes the first one's place."""
    kept: list[tuple[Position, frozenset[str]]] = []
    for item in items:
        words = similar.content_words(item.text) - similar.content_words(item.actor)
        side = {item.actor, item.party} - {None}
        same = [n for n, (k, kw) in enumerate(kept) if words and kw and side & {k.actor, k.party}
                and len(words & kw) >= REPEAT_SHARE * min(len(words), len(kw))]
        stems = stems_of(item)
        if not same and item.stance != "states" and any(
                k.actor == item.actor and k.stance == item.stance and len(stems & stems_of(k)) >= SAME_STANCE_SHARED_STEMS
                for k, _ in kept):
            continue  # the same demand again in other words: the first, ranked higher, says it
        if not same:
            kept.append((item, words))
        elif len(words) > len(kept[same[0]][1]) and len(words & kept[same[0]][1]) >= REPEAT_SHARE * len(kept[same[0]][1]):
            kept[same[0]] = (item, words)  # "Pence's call for a special prosecutor", then his words saying more
    return [k for k, _ in kept]


def stems_of(item: Position) -> frozenset[str]:
    """The stems of an item's own words: lower-case content words (names left out), cut to STEM_CHARS
    letters ("criminally", "criminal"), the cue's apart."""
    cue = (item.cue or "")[:STEM_CHARS].lower()
    out = set()
    for word in WORD.findall(item.text):
        if word[:1].isupper() or not similar.content_words(word):
            continue
        out.add(word.lower()[:STEM_CHARS])
    return frozenset(out - {cue})


def quoted(item: Position) -> bool:
    """A stance in the actor's own words ("Name: “...”"), the quotation the quotes section shows too."""
    return item.text.startswith(f"{item.actor}: \u201c")


def says_the_same(words: frozenset, told: Position) -> bool:
    """The quotation and the reported stance share an evaluative word ("unqualified") or several content
    words ("resign", "criminally", "investigated")."""
    shared = words & (similar.content_words(told.text) - similar.content_words(told.actor))
    return bool(shared & EVALUATIVE_WORDS) or len(shared) >= QUOTE_SHARED_WORDS


def told_in_reporting_words(items: list[Position]) -> list[Position]:
    """A quoted stance whose speaker's stance the article also reports in its own words close by ("Warren
    lit into Stumpf, saying reform won't come until executives are sent to jail." then her quotation) is
    shown in those reporting words, citing the quotation's sentence too: the quotes section shows the
    quotation, and the position says the stance without repeating it."""
    told = [i for i in items if not quoted(i)]
    out: list[Position] = []
    absorbed: dict[int, list[Position]] = {}
    for item in items:
        if not quoted(item):
            continue
        q = item.sources[0]
        words = similar.content_words(item.text) - similar.content_words(item.actor)
        near = [(abs(t.sources[0].start - q.start), n) for n, t in enumerate(told)
                if t.actor == item.actor and t.sources[0].article == q.article
                and (abs(t.sources[0].start - q.start) <= QUOTE_NEAR_CHARS or says_the_same(words, t))]
        if near:
            absorbed.setdefault(min(near)[1], []).append(item)
    taken = {id(q) for qs in absorbed.values() for q in qs}
    for n, t in enumerate(told):
        if n in absorbed:
            extra = absorbed[n]
            stance = t.stance if t.stance != "states" else next((q.stance for q in extra if q.stance != "states"), t.stance)
            told[n] = t.model_copy(update={"sources": sources_of([t] + extra), "stance": stance})
    k = 0
    for item in items:
        if quoted(item):
            if id(item) not in taken:
                out.append(item)
        else:
            out.append(told[k])
            k += 1
    return out


def merge(items: list[Position], ctx: MergeContext) -> list[Position]:
    items = [p.model_copy(update={"actor": ctx.rename.get(p.actor, p.actor),
                                  "party": ctx.rename.get(p.party, p.party) if p.party else None}) for p in items]
    # One verdict on "another story's article" for the sections merged after this one (open questions,
    # quotes): the developments' lead test (set by their merge) or this names test.
    away = off_story(items, ctx) | set(ctx.options.get("off_story") or ())
    ctx.options["off_story"] = frozenset(away)
    items = told_in_reporting_words(same_statement([p for p in items if not {s.article for s in p.sources} <= away]))
    items = fold_reports(fold(items, key_of=lambda p: p.actor), key_of=lambda p: (p.actor, p.stance))
    # a quotation that is a stance by none of its words' labels is shown with no label: the quotes section
    # shows it, the positions do not (the judges' NOT-POSITION and CUE-WRONG rows)
    items = [i for i in items if not (quoted(i) and i.stance == "states")]
    return without_repeats(in_turns(items, ctx))
