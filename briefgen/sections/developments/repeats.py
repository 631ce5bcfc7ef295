"""Which ranked key developments are shown: the best first, then the best of what no shown item says already."""
from __future__ import annotations

import math
from collections import Counter
import re
from typing import Optional

from briefgen import similar
from briefgen.sections.developments.lexicon import (
    COVERED,
    CUSTODY,
    DEATH_AGAIN,
    DEATH_TOLD,
    AGE,
    BODY_BEFORE,
    COUNTED_GROUP,
    DEATH_WORDS,
    EARLIER_DAY_SPAN,
    EVENT_CLASSES,
    EVENT_MARKS,
    EVENT_WORDS,
    FOLD_LIGHT,
    FOLD_HOW_PREDICATES,
    HOW_TOLD,
    DECISION,
    WHILE_MIN_WORDS,
    WHILE_SPLIT,
    FOLD_NEW_PREDICATES,
    FLOOR,
    IDENTIFIED_BARE,
    NAME_PREFIX,
    NAME_RUN,
    NAMED_AS,
    NOT_PARTICIPANT,
    NUMBER_WORDS,
    OPENING_WEEKDAY,
    PARTICIPANT_NOUNS,
    PARTICIPANT_SPAN,
    PHRASE_NOT,
    PHRASE_VAGUE,
    PHRASE_WORD,
    PLACE_PREPOSITION,
    REDUNDANCY,
    RESTATE,
    RESTATE_CLASSES,
    RESTATE_NAMED,
    RESTATE_NAMED_CLASSES,
    RESTATE_NAMING,
    RESTATE_SHORT,
    SHORT_RETOLD,
    SHORT_RETOLD_NOUN,
    SPEAKER_SPAN,
    STATEMENT_VERB,
    STATUS,
    STORY_WORD_SHARE,
    UNION_COVERED,
    UNION_MIN,
    UNNAMED_SUBJECT,
    UNTOLD_BEFORE,
    VAGUE_GROUP,
    WEEKDAY_INDEX,
    WARRANT,
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


def event_classes(preds: list[str], text: str) -> frozenset:
    """The main kinds of event a sentence tells (lexicon.EVENT_CLASSES: a killing, a custody, an announcement), by
    its predicates and, where the parse gives none ("three men and a woman were taken into custody"), its words."""
    out = {EVENT_CLASSES[p] for p in preds if p in EVENT_CLASSES}
    return frozenset(out | {k for k, mark in EVENT_MARKS.items() if mark.search(text)})


Participants = tuple[frozenset, frozenset, frozenset]  # names, head nouns, ages


def participants(text: str, classes: frozenset, story_names: frozenset = frozenset()) -> Participants:
    """Who the sentence's event of `classes` is about: the names within PARTICIPANT_SPAN words of a word telling it
    (not the sentence's first word, a place after its preposition or before a participant's noun, "a Montpelier man",
    a possessor or a speaker) and the name the sentence opens on as its subject (opening_subject), the head nouns of
    PARTICIPANT_NOUNS, and the ages ("12-year-old")."""
    tokens = text.split()
    bare = [t.strip(".,;:!?()[]\"'\u201c\u201d\u2018\u2019") for t in tokens]
    near: set[int] = set()
    for i, t in enumerate(bare):
        if any(EVENT_WORDS[c].match(t) for c in classes if c in EVENT_WORDS):
            near.update(range(i - PARTICIPANT_SPAN, i + PARTICIPANT_SPAN + 1))
    names = set()
    for i, (raw, t) in enumerate(zip(tokens, bare)):
        if i == 0 or i not in near or not t[:1].isupper() or NOT_PARTICIPANT.match(t):
            continue
        if re.search(r"['\u2019]s\W*$", raw) or (i + 1 < len(bare) and bare[i + 1].lower() in ("said", "says", "told")):
            continue
        # "a Montpelier man": a place's name before a participant's noun is where they are from, not who
        if i + 1 < len(bare) and bare[i + 1].lower() in PARTICIPANT_NOUNS and raw == t:
            continue
        j = i - 1
        while j >= 0 and bare[j][:1].isupper() and not tokens[j].endswith(","):
            j -= 1
        if j >= 0 and (bare[j].lower() in PLACE_PREPOSITION or bare[j].lower() in BODY_BEFORE):
            continue
        names.add(t.lower())
    # the subject the sentence opens on, where no one else is named by the event's word ("Desiree Cary, 22, who was
    # the target of ..., was taken into custody"); not where another is ("Jo Roe was seen firing near the time Al Lee
    # was shot": Roe is not whom the shooting befell)
    if not names:
        names = set(opening_subject(tokens, bare, story_names))
    nouns = frozenset(t.lower() for t in bare if t.lower() in PARTICIPANT_NOUNS)
    return frozenset(names), nouns, frozenset(AGE.findall(text))


def opening_subject(tokens: list[str], bare: list[str], story_names: frozenset) -> frozenset:
    """The name a sentence opens on as its subject, lower-cased: a run of capitalised words from its first word up to a
    comma or a verb ("Desiree Cary, 22, who was ..., was taken into custody"; "Melquan died ..."), whatever lies between
    it and the event's word. A single word counts only as one of the story's names (`story_names`: capitalised past a
    sentence's first word in some candidate), so that "Police ..." or "Deputies ..." name no one; not a speaker ("Hall
    said ..."), a possessor ("Roe's girlfriend ...") nor a word of NOT_PARTICIPANT."""
    run: list[str] = []
    for raw, t in zip(tokens, bare):
        if re.search(r"['\u2019]s\W*$", raw):
            return frozenset()
        if not t[:1].isupper() or NOT_PARTICIPANT.match(t):
            break
        run.append(t)
        if raw != t:  # a comma, a stop: the run ends
            break
    if not run:
        return frozenset()
    nxt = tokens[len(run)].strip(".,;:!?()[]\"'\u201c\u201d\u2018\u2019").lower() if len(run) < len(tokens) else ""
    if nxt in SPEAKER_VERBS:
        return frozenset()
    return _subject(run, story_names)


def _subject(run: list[str], story_names: frozenset) -> frozenset:
    words = frozenset(w.lower() for w in run)
    return words if len(run) >= 2 or words & story_names else frozenset()


def story_names(texts: list[str]) -> frozenset:
    """The story's names, lower-cased: words capitalised past a sentence's first word in some candidate ("12-year-old
    Melquan Robinson" makes "Melquan" a name where another sentence opens on it)."""
    out = set()
    for text in texts:
        for m in CAPITALISED.finditer(text):
            if m.start() > 0 and not NOT_PARTICIPANT.match(m.group(0)) and text[:m.start()].strip():
                out.add(m.group(0).lower())
    return frozenset(out)


SPEAKER_VERBS = frozenset({"said", "says", "told", "tells", "added", "wrote"})


def same_warrant(text: str, other_text: str, na: frozenset, nb: frozenset) -> bool:
    """Two reports of one arrest warrant: both tell a warrant as issued (told, not "a search warrant") and one names no
    one ("A judge has granted police an arrest warrant for the killing of a Jo man" and "Police have an arrest warrant
    for Al Roe, 29"): a story's warrant is one, the second report names whom it is for."""
    both = all(WARRANT.search(t) and told(t, "custody") for t in (text, other_text))
    return bool(both) and (not na or not nb)


def short_retold(words: frozenset, preds: list[str], other_words: frozenset, other_preds: list[str]) -> bool:
    """A short sentence (at most SHORT_RETOLD content words) that tells again a count and an act a shown item tells:
    a figure both give ("two", "2") and a predicate both have ("Two of Jo's friends ran to help." after "... and two
    other boys who tried to help him are still recovering")."""
    figs = {w for w in words if w.isdigit()}
    group = words & other_words & PARTICIPANT_NOUNS
    return (len(words) <= (SHORT_RETOLD_NOUN if group else SHORT_RETOLD) and bool(figs & other_words)
            and bool(set(preds) & set(other_preds) - FOLD_LIGHT))


def same_event_told(text: str, preds: list[str], other_text: str, other_preds: list[str],
                    other_who: Optional[Participants] = None, names: frozenset = frozenset()) -> bool:
    """Whether a candidate tells the main event a shown item tells, in other words: a predicate of the same class
    (a killing: "killed", "fatally shot"; a custody: "arrest warrant", "were seeking"), a key participant both name
    (a name, a head noun, an age; `other_who`, when given, is what the shown item and the items folded into it name),
    and no different time, figures, age or name. An unnumbered group in custody ("arrested multiple suspects") and
    a count of it ("three men and a woman were taken into custody") are one custody."""
    shared = {c for c in event_classes(preds, text) & event_classes(other_preds, other_text)
              if told(text, c) and told(other_text, c)}
    if not shared or not same_time(text, other_text) or not same_figures(text, other_text):
        return False
    # a death told of whom the shown item tells only was shot ("Al Roe was shot in the back" and "Roe was taken to
    # Mercy Hospital, where he was pronounced dead"): the death is news of its own
    if "kill" in shared and DEATH_WORDS.search(text) and not DEATH_WORDS.search(other_text):
        return False
    if "custody" in shared and (VAGUE_GROUP.search(text) and COUNTED_GROUP.search(other_text)
                                or VAGUE_GROUP.search(other_text) and COUNTED_GROUP.search(text)):
        return True
    na, ua, aa = participants(text, shared, names)
    nb, ub, ab = other_who if other_who is not None else participants(other_text, shared, names)
    if "custody" in shared and same_warrant(text, other_text, na, nb):
        return True
    if aa and ab and not aa & ab:
        return False
    if na and nb and not na & nb:
        return False
    # a head noun is one participant only where neither sentence tells of two people by age ("a 14-year-old boy
    # ... killed his 9-year-old brother": "the boy" may be either)
    nouns = ua & ub if len(aa) < 2 and len(ab) < 2 else frozenset()
    return bool(na & nb or nouns or aa & ab)


def adds_little(repeat: Development, kept: Development) -> bool:
    """Whether a repeat of the shown item's event tells little besides: at most FOLD_NEW_PREDICATES predicates that
    are neither the shown item's, of an event class (EVENT_CLASSES) nor light (FOLD_LIGHT)."""
    mine = {RESTATE_CLASSES.get(p, p) for p in kept.predicates} | set(kept.predicates)
    new = {p for p in repeat.predicates if RESTATE_CLASSES.get(p, p) not in mine} - set(EVENT_CLASSES) - FOLD_LIGHT
    # both tell how the death came about ("died ... after being electrocuted when ...", "was killed ... when he
    # tried to jump over ..."): the repeat's "how" is the shown item's in other words
    bar = FOLD_HOW_PREDICATES if HOW_TOLD.search(repeat.text) and HOW_TOLD.search(kept.text) else FOLD_NEW_PREDICATES
    return len(new) <= bar


def decisions(text: str) -> list[tuple[str, frozenset]]:
    """The decisions a sentence tells (lexicon.DECISION) as (what they are to do, by RESTATE_CLASSES class or lemma;
    the content words of its object): "going ahead with plans to drain the water in ..." -> ("dump", {"water", ...})."""
    out = []
    for m in DECISION.finditer(text):
        verb = similar.lemma(m.group(1).lower())
        words = [w.strip(".,;:'\u2019").lower() for w in m.group(2).split()]
        obj = next((w for w in words if w.isalpha() and w not in similar.STOP and w not in NUMBER_WORDS
                    and w not in ("million", "billion", "thousand", "hundred")), None)
        if obj:
            out.append((RESTATE_CLASSES.get(verb, verb), obj))
    return out


def same_decision(text: str, other_text: str) -> bool:
    """Whether two sentences tell one decision: each a decision to do one thing (the verbs one by RESTATE_CLASSES:
    "decision to dump 38 million gallons" and "plans to drain the water"), and the object of one named in the other
    ("Water from the reservoir ... did not change their decision to dump ..."), at no different time or figures."""
    da, db = decisions(text), decisions(other_text)
    if not da or not db or not same_time(text, other_text):
        return False
    wa, wb = similar.content_words(text), similar.content_words(other_text)
    return any(va == vb and (oa in wb or ob in wa) for va, oa in da for vb, ob in db)


def new_clause(item: Development, kept: Development, weight: dict[str, float], who: Optional[Participants],
               names: frozenset) -> Optional[Development]:
    """The item with only its second clause shown, where it joins two clauses by "while" (lexicon.WHILE_SPLIT) and its
    first tells again the kept item's event ("A lion was shot dead in Kenya on Wednesday after attacking a man, while
    trackers in South Africa searched for ..." after "Rangers killed a lion that pounced on a man ...": "Trackers in
    South Africa searched for ..."); None where it does not."""
    m = WHILE_SPLIT.search(item.text)
    if m is None:
        return None
    first, second = item.text[:m.start()], item.text[m.end():]
    if len(second.split()) < WHILE_MIN_WORDS or len(first.split()) < WHILE_MIN_WORDS:
        return None
    low = first.lower()
    preds = [p for p in item.predicates if re.search(rf"\b{re.escape(p[:4])}", low)]
    again = (same_event_told(first, preds, kept.text, kept.predicates, who, names)
             or restates(counted_words(first), preds, first, counted_words(kept.text), kept.predicates, kept.text,
                         weight))
    if not again:
        return None
    rest = [p for p in item.predicates if re.search(rf"\b{re.escape(p[:4])}", second.lower())]
    return item.model_copy(update={"text": second[:1].upper() + second[1:], "predicates": rest})


def told(text: str, cls: str) -> bool:
    """Whether a sentence tells its event of class `cls` as happened: a word of it (lexicon.EVENT_WORDS) not after a
    word of UNTOLD_BEFORE ("would kill", "or killing it", "a search warrant"); a class found only by the text's own
    mark (EVENT_MARKS) counts as told."""
    if cls not in EVENT_WORDS:
        return True
    bare = [t.strip(".,;:!?()[]\"'\u201c\u201d\u2018\u2019").lower() for t in text.split()]
    hits = [i for i, t in enumerate(bare) if EVENT_WORDS[cls].match(t)]
    if not hits:
        return cls in EVENT_MARKS and bool(EVENT_MARKS[cls].search(text))
    return any(not set(bare[max(0, i - 2):i]) & UNTOLD_BEFORE for i in hits)


def fold(kept: Development, repeat: Development) -> Development:
    """A shown item with a repeat of its event folded in: the repeat is not shown, and its sources are not joined —
    its sentence tells the event with facts of its own ("He died just before 12:30 p.m." beside "... was shot by his
    brother"), which judges read as a false merge under "reported by 2 articles" (round 16: 3 such). A count of an
    unnumbered group in custody takes the text's place, with its own sources."""
    if VAGUE_GROUP.search(kept.text) and COUNTED_GROUP.search(repeat.text) and not VAGUE_GROUP.search(repeat.text):
        first = repeat
    else:
        first = kept
    return kept.model_copy(update={"text": first.text, "sources": list(first.sources), "support": first.support,
                                   "predicates": sorted(set(kept.predicates) | set(repeat.predicates))})


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
    who: dict[int, Participants] = {}  # what each chosen item and the repeats folded into it name
    names = story_names([m.text for m in pool])

    def absorb(j: int, alive: list[int]) -> list[int]:
        """What candidate `j` (chosen, or folded into a chosen item) says is said: the others' overlap with what is
        shown grows, and those that restate it go."""
        for i in alive:
            overlap[i] = max(overlap[i], similar.similarity(words[i], words[j]))
            if sets[i]:
                covered[i] = max(covered[i], len(sets[i] & sets[j]) / len(sets[i]))
        said.update(sets[j])
        return [i for i in alive if not restates(sets[i], pool[i].predicates, pool[i].text, sets[j],
                                                 pool[j].predicates, pool[j].text, weight)]

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
        alive = [i for i in absorb(best, alive)
                 if not short_retold(sets[i], pool[i].predicates, sets[best], pool[best].predicates)]
        # the same main event in other words with few words shared: folded into the shown item, sources joined;
        # what the folded sentence says is said too (a candidate repeating it repeats the shown item)
        at = told if told >= 0 else len(chosen) - 1
        kept, folded = [], []
        for i in alive:
            if (adds_little(pool[i], chosen[at])
                    and (same_event_told(pool[i].text, pool[i].predicates, chosen[at].text, chosen[at].predicates,
                                         who.get(at), names)
                         or same_decision(pool[i].text, chosen[at].text))):
                mine = participants(pool[i].text, event_classes(pool[i].predicates, pool[i].text), names)
                theirs = who.get(at) or participants(chosen[at].text,
                                                     event_classes(chosen[at].predicates, chosen[at].text), names)
                who[at] = tuple(a | b for a, b in zip(theirs, mine))
                chosen[at] = fold(chosen[at], pool[i])
                folded.append(i)
            else:
                kept.append(i)
        alive = kept
        # a sentence whose first "while" clause tells the shown item's event again shows only its second
        for i in alive:
            trimmed = new_clause(pool[i], chosen[at], weight, who.get(at), names)
            if trimmed is not None:
                pool[i] = trimmed
                words[i], sets[i] = similar.content_words(trimmed.text), counted_words(trimmed.text)
        for j in folded:
            alive = absorb(j, alive)
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


def statement(text: str) -> Optional[tuple[frozenset, list[str]]]:
    """A development told as someone's statement: the name words of its speaker (capitalised words among SPEAKER_SPAN
    words before its first verb of STATEMENT_VERB, past the sentence's first word unless nothing else is) and the
    words of what is stated, lower-cased; None when no verb states it or no speaker is named."""
    m = STATEMENT_VERB.search(text)
    if m is None:
        return None
    before = [t.strip(".,;:!?()[]\"'\u201c\u201d\u2018\u2019") for t in text[:m.start()].split()]
    near = before[-SPEAKER_SPAN:]
    names = frozenset(t.lower() for t in near if t[:1].isupper() and not NOT_PARTICIPANT.match(t)
                      and not (t is before[0] and len(before) > 1 and t.lower() in similar.STOP))
    if not names:
        return None
    rest = [t.strip(".,;:!?()[]\"'\u201c\u201d\u2018\u2019") for t in text[m.end():].split()]
    return names, rest


def noun_phrases(words: list[str]) -> set[tuple[str, str]]:
    """The two-word noun phrases of a stated text as (modifier, head): adjacent lower-case words of PHRASE_WORD, no
    stop word, no adverb or verb form (PHRASE_NOT)."""
    ok = [PHRASE_WORD.match(w) is not None and w not in similar.STOP and not PHRASE_NOT.search(w) for w in words]
    return {(words[i], words[i + 1]) for i in range(len(words) - 1) if ok[i] and ok[i + 1]}


def story_words(texts: list[str]) -> frozenset:
    """The words more than STORY_WORD_SHARE of the developments hold (lower-cased): the story's own vocabulary
    ("police", the town), which names no one thing stated."""
    df: Counter = Counter(w for t in texts for w in set(WORD_RUN.findall(t.lower())))
    return frozenset(w for w, c in df.items() if c > STORY_WORD_SHARE * len(texts))


WORD_RUN = re.compile(r"[a-z]+")


def restated_statement(text: str, other: str, common: frozenset = frozenset()) -> bool:
    """Whether `text` tells again, in other words, a statement `other` tells: one speaker (a name word both give just
    before their statement verbs), and a two-word noun phrase of what each states sharing its modifier or its head
    (not a vague word, PHRASE_VAGUE, nor one of the story's `common` words, story_words): "Trump suggested that the
    US could offer support through air power" and "Trump said that Washington could provide air support"; "Trump
    assured the US would not join ground operations" and "Trump said ..., ruling out the deployment of ground
    troops"."""
    a, b = statement(text), statement(other)
    if a is None or b is None or not a[0] & b[0]:
        return False
    pa, pb = noun_phrases(a[1]), noun_phrases(b[1])
    mods = {m for m, _ in pa} & {m for m, _ in pb}
    heads = {h for _, h in pa} & {h for _, h in pb}
    return bool((mods | heads) - PHRASE_VAGUE - common - a[0] - b[0])


def fold_statement(kept: Development, repeat: Development) -> Development:
    """A shown statement with its restatement folded in (restated_statement): the fuller text (more content words)
    with its sources first, the other's sources of other articles joined."""
    fuller = len(similar.content_words(repeat.text)) > len(similar.content_words(kept.text))
    first, second = (repeat, kept) if fuller else (kept, repeat)
    cited = {s.article for s in first.sources}
    sources = list(first.sources) + [s for s in second.sources if s.article not in cited and not cited.add(s.article)]
    return kept.model_copy(update={"text": first.text, "sources": sources, "support": len(cited),
                                   "predicates": sorted(set(kept.predicates) | set(repeat.predicates))})
