"""Which ranked key developments are shown: the best first, then the best of what no shown item says already."""
from __future__ import annotations

import math
import re
from typing import Optional

from briefgen import similar
from briefgen.sections.developments.lexicon import (
    COVERED,
    CUSTODY,
    DEATH_AGAIN,
    DEATH_TOLD,
    EARLIER_DAY_SPAN,
    FLOOR,
    IDENTIFIED_BARE,
    NAME_PREFIX,
    NAME_RUN,
    NAMED_AS,
    NUMBER_WORDS,
    OPENING_WEEKDAY,
    REDUNDANCY,
    RESTATE,
    RESTATE_CLASSES,
    RESTATE_NAMED,
    RESTATE_NAMED_CLASSES,
    RESTATE_NAMING,
    RESTATE_SHORT,
    STATUS,
    UNION_COVERED,
    UNION_MIN,
    UNNAMED_SUBJECT,
    WEEKDAY_INDEX,
    WEEKDAYS,
    WEIGHTS,
)
from briefgen.sections.developments.model import Development, article_of
from briefgen.sections.developments.same_event import rarity, same_figures, same_intent, same_time


def counted_words(text: str) -> frozenset:
    """The content words with each number word as its figure ("five" -> "5"), so that "At least 5 people were shot."
    and "Five people were shot in ..." meet as the same statement when the shown items are picked."""
    return similar.content_words(COUNT_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(0).lower()]), text))


# a number word but "one" (mostly a pronoun: "no one", "one of them")
COUNT_WORD = re.compile(r"\b(?:" + "|".join(w for w in NUMBER_WORDS if w != "one") + r")\b", re.IGNORECASE)


def restates(words: frozenset, preds: list[str], text: str, other_words: frozenset, other_preds: list[str],
             other_text: str, weight: dict[str, float]) -> bool:
    """Whether a candidate says again in other words what a chosen item says: the same predicate (a verb of
    RESTATE_CLASSES counting as its class: "killed" and "fatally shot"), figures that agree, and its words, weighted
    by rarity among the candidates, RESTATE of the chosen item's (a cosine): the same actor doing the same thing. A
    death told of the same named person, naming no one and no day the chosen item does not, needs only RESTATE_NAMED, and
    in a short sentence (RESTATE_SHORT content words) no share at all; one naming whom the chosen item does not needs
    RESTATE_NAMING."""
    pa = {RESTATE_CLASSES.get(p, p) for p in preds}
    pb = {RESTATE_CLASSES.get(p, p) for p in other_preds}
    if not pa & pb:
        return False
    wa = sum(weight.get(w, 0.0) ** 2 for w in words)
    wb = sum(weight.get(w, 0.0) ** 2 for w in other_words)
    both = sum(weight.get(w, 0.0) ** 2 for w in words & other_words)
    death = bool(pa & pb & RESTATE_NAMED_CLASSES)
    naming = death and names_more(text, other_text)
    named = death and not naming and same_name(text, other_text)
    bar = (0.0 if named and len(words) <= RESTATE_SHORT else RESTATE_NAMED if named
           else RESTATE_NAMING if naming else RESTATE)
    return (bool(wa and wb) and both / math.sqrt(wa * wb) >= bar and same_figures(text, other_text)
            and same_time(text, other_text))


def name_words(text: str) -> frozenset:
    """The words of the names a sentence gives past its first word (lexicon.NAME_RUN: "Maya Naser", "Press TV"),
    lower-cased."""
    return frozenset(w.lower() for m in NAME_RUN.finditer(text) for w in m.group(0).split())


def same_name(text: str, other: str) -> bool:
    """Whether one sentence gives a word of a name the other gives in full ("Naser was shot ..." and "killing
    correspondent Maya Naser")."""
    caps = [frozenset(w.lower() for w in CAPITALISED.findall(t)) for t in (text, other)]
    return bool(name_words(text) & caps[1] or name_words(other) & caps[0])


def names_more(text: str, other: str) -> bool:
    """Whether `text` names what `other` does not: a capitalised word past its first (a person, a day: "... was shot by
    his brother Jacob on Saturday") that begins as none of `other`'s capitalised words does (NAME_PREFIX letters, so
    that two outlets' spellings of one name, "Naser" and "Nasser", meet)."""
    theirs = {w[:NAME_PREFIX].lower() for w in CAPITALISED.findall(other)}
    return any(w[:NAME_PREFIX].lower() not in theirs for w in CAPITALISED.findall(text)[1:])


CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]+")


def story_day(chosen: list[Development]) -> Optional[int]:
    """The weekday of the story's news: the one the first chosen item naming exactly one weekday names."""
    for c in chosen:
        days = {d.lower() for d in WEEKDAYS.findall(c.text)}
        if days:
            return WEEKDAY_INDEX[days.pop()] if len(days) == 1 else None
    return None


def earlier_day(text: str, day: Optional[int]) -> bool:
    """Whether a sentence opens on a weekday one to EARLIER_DAY_SPAN days before the story's (`day`): "On Tuesday,
    several bombs went off ..." in a story of Wednesday's blasts tells an earlier event."""
    m = OPENING_WEEKDAY.match(text)
    return day is not None and m is not None and 1 <= (day - WEEKDAY_INDEX[m.group(1).lower()]) % 7 <= EARLIER_DAY_SPAN


def select(pool: list[Development], cap: int) -> list[Development]:
    """Greedy MMR: the best item first, then the best of what is not already said.

    A candidate most of whose words (COVERED) one chosen item already holds says nothing new ("At least 5
    people were shot." after "At least 5 people were shot at a park after a football game"), and goes.
    Each candidate keeps its largest overlap with what was chosen so far, updated against the newest
    choice only, so a round costs one comparison per candidate. An item must earn its place: the list ends at
    the first best candidate scoring under FLOOR of the top item's score, however short it is.
    """
    chosen: list[Development] = []
    words = [similar.content_words(m.text) for m in pool]  # for the MMR similarity
    sets = [counted_words(m.text) for m in pool]  # for what is said already: "five" and "5" meet
    weight = rarity(sets)  # each word's rarity among the candidates, for what is said again in other words
    overlap = [0.0] * len(pool)
    covered = [0.0] * len(pool)  # the share of each candidate's words an item already chosen holds
    alive = list(range(len(pool)))
    said: set = set()  # every content word the chosen items hold
    while alive and len(chosen) < cap:
        best, best_val = None, -math.inf
        for i in alive:
            val = pool[i].score - WEIGHTS["redundancy"] * overlap[i]
            if val > best_val + 1e-12:
                best, best_val = i, val
        if best is None or (chosen and pool[best].score < FLOOR * chosen[0].score):
            break
        alive = [i for i in alive if i != best]
        if earlier_day(pool[best].text, story_day(chosen)):
            continue
        told = said_already(pool[best], chosen)
        if told is None:
            continue
        if told >= 0:
            chosen[told] = pool[best]
        else:
            chosen.append(pool[best])
        # a candidate telling another decision than the chosen one's (same_intent: "agreed to return the tail",
        # "agreed to work together against ...") says something new, however many words they share
        other = {i for i in alive if not same_intent(pool[i].text, pool[best].text)}
        alive = [i for i in alive if i not in other]
        for i in alive:
            overlap[i] = max(overlap[i], similar.similarity(words[i], words[best]))
            if sets[i]:
                covered[i] = max(covered[i], len(sets[i] & sets[best]) / len(sets[i]))
        said |= sets[best]
        alive = [i for i in alive if not restates(sets[i], pool[i].predicates, pool[i].text, sets[best],
                                                  pool[best].predicates, pool[best].text, weight)]
        alive = [i for i in alive if overlap[i] < REDUNDANCY and covered[i] < COVERED
                 and not (len(sets[i]) >= UNION_MIN and len(sets[i] & said) >= UNION_COVERED * len(sets[i]))]
        alive = sorted(alive + list(other))
    return chosen


def custody(text: str) -> bool:
    """Someone was taken into custody ("was arrested", "was booked with ..."), not that no one was."""
    return bool(CUSTODY.search(text)) and not STATUS.search(text)


def said_already(item: Development, chosen: list[Development]) -> Optional[int]:
    """What `item` adds to the chosen items: -1 a place of its own; None nothing (an identification of a person
    a chosen item names, "Police have identified the girl as Zion Willis ...", or one without the name; an unnamed
    person's death a chosen item already tells, "The girl died at the scene."; a second
    report of the custody its article already reports); k: it takes the place of chosen item k, the same article's
    report of the custody that does not name the person ("A Galliano man was arrested ..." -> "Neely Gardner, 19,
    was booked with ...")."""
    m = NAMED_AS.search(item.text)
    name = m and (m.group(1) or m.group(2) or "").strip()
    if name and any(name in c.text for c in chosen) or chosen and IDENTIFIED_BARE.search(item.text):
        return None
    again = DEATH_AGAIN.match(item.text)
    if again and any(DEATH_TOLD.search(c.text) and re.search(rf"\b{again.group(1)}\b", c.text, re.IGNORECASE)
                     for c in chosen):
        return None
    if custody(item.text):
        for k, c in enumerate(chosen):
            if article_of(c) == article_of(item) and custody(c.text):
                return k if UNNAMED_SUBJECT.match(c.text) and not UNNAMED_SUBJECT.match(item.text) else None
    return -1
