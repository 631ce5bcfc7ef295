"""Casualty figures: how many were killed, wounded, missing or displaced, read off the parse.

A small grammar over spaCy's dependencies. Each sentence is scanned for harm words (kill, die, dead,
wound, injure, shoot, death toll, casualties, missing, displaced); each harm word finds the people it
harms (the passive subject, the object, the noun a participle modifies, the subject of "die" or of
"are dead", "the deaths of ..."), and those people give the count: a number ("four", "1,200",
"more than a million", "dozens"), a coordination of people ("his wife and three children" = 4), or
one person ("a man was killed", "Smith died"). Numbers that are not counts of people (weapons,
years, ages, money, incidents) never qualify because the counted noun must be a person and the
number must not be a date, time, money or percentage.

"X people were shot" says people were hit, not whether they lived: it is reported as wounded when
the article reports no death at all (or the sentence says they survived), else as killed_or_wounded.
Gun-violence tallies count a gunman who dies, so a suspect's death adds one to the victims in an event
total ("killed three people before killing himself" → also 4 killed).

Per article, the same kind and count is one item citing every sentence that gives it; a single person
("a man was shot") is dropped when the article gives a larger figure of that kind, as is a "shot"
count that is only part of a larger one; lines of related-story links ("+ Two killed in crash") and
events dated years back ("Last year a boy was gunned down") are not read. Nor are figures of other
events the page mentions: harm inside a mention of a separate, previous or avenged event ("in
retaliation for a shooting that left one dead", and the rest of that sentence), and tallies of many
events or a period ("in four separate shootings", "across the city", "the city's 9th homicide", "over
the past week", "this year", "in 2009"). A headline figure ("3 dead in ...") is the story's own: smaller
figures of that kind further down the article are parts of it and are dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from briefgen.extract.context import ArticleContext, clean, doc_text, skipped, source_for
from briefgen.extract.grammar import nearest_subject
from briefgen.extract.lexicon import RELATIVE
from briefgen.items import Source
from briefgen.sections.casualties.lexicon import (
    AREA_WORDS,
    BAD_ENTS,
    BODY_NOUNS,
    BODY_PARTS,
    BULLETS,
    CASUALTY_NOUNS,
    CIVILIANS,
    DEAD_ADJ,
    DEATH_MODIFIERS,
    DEATH_NOUNS,
    DIE_VERBS,
    DISPLACE_VERBS,
    EVENT_NOUNS,
    FALLBACK_GAP,
    FALLBACK_KIND,
    HARMED_PRONOUNS,
    IRREALIS,
    KILL_VERBS,
    LONG_AGO,
    MAX_GAP,
    MAX_SCOPE_TOKENS,
    MAX_SENTENCE,
    MISSING_ADJ,
    MODALS,
    MOTIVE_NOUNS,
    NEGATIVE_HEADS,
    OF_NOUNS,
    OTHER_MARKS,
    PERIOD,
    PERSON_NOUNS,
    PLURAL_EVENTS,
    POLICE,
    PRIORITY,
    QUALIFIERS,
    REFLEXIVE,
    SCOPE_PREPS,
    SHOOT_VERBS,
    SOLDIERS,
    STRIKE_BY,
    STRIKE_VERBS,
    SURVIVAL,
    SUSPECTS,
    TOLL_VERBS,
    VICTIMS,
    WOUND_ADJ,
    WOUND_VERBS,
)
from briefgen.sections.casualties.model import Casualty
from briefgen.sections.casualties.numbers import VAGUE, is_number_word, parse_words

# ---------------------------------------------------------------- lexicon


# ---------------------------------------------------------------- data


@dataclass
class Count:
    value: int
    qualifier: str
    tokens: list[int]
    implicit: bool = False  # one person named without a number ("a man", "Smith", "he")


@dataclass
class Candidate:
    """One figure found in one sentence, before article-level decisions."""

    count: int
    qualifier: str
    kind: str
    who: str
    start: int
    end: int
    sent: Span
    scope: Optional[str] = None
    suspect: bool = False
    includes_suspect: bool = False
    implicit: bool = False
    extra_sents: list[Span] = field(default_factory=list)
    text: Optional[str] = None
    total: bool = False  # victims plus the suspect who died
    shot: bool = False  # read from "shot"/"struck by gunfire", which says people were hit, not how badly


# ---------------------------------------------------------------- helpers


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _is_num(tok: Token) -> bool:
    """A token that can be a count by itself: digits or a number word, not a date, time or money."""
    if tok.ent_type_ in BAD_ENTS:
        return False
    if tok.lower_ == "one" or is_number_word(tok.text):
        return True
    return False


def _year_old(tok: Token) -> bool:
    """"the 19-year-old" (a person), whose digits are an age, never a count."""
    return tok.lower_ in ("old", "olds") and any(t.lower_ in ("year", "years", "month", "months")
                                                 for t in tok.doc[max(tok.i - 3, 0):tok.i])


def _is_person(tok: Token, kind: str = "") -> bool:
    lem = _lemma(tok)
    if lem in PERSON_NOUNS or tok.lower_ in PERSON_NOUNS or tok.lower_ in HARMED_PRONOUNS:
        return True
    if kind == "killed" and lem in BODY_NOUNS:
        return True
    if tok.ent_type_ in ("PERSON", "NORP") and tok.pos_ in ("PROPN", "NOUN"):
        return True
    return _year_old(tok)


def _who(tok: Token) -> str:
    lem = _lemma(tok)
    for words, label in ((POLICE, "police"), (SUSPECTS, "suspects"), (SOLDIERS, "soldiers"),
                         (CIVILIANS, "civilians"), (VICTIMS, "victims")):
        if lem in words or tok.lower_ in words:
            return label
    return "people"


def _of_noun(tok: Token) -> Optional[Token]:
    """"three of the victims" → victims."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _qualifier(doc: Doc, start: int, sent_start: int) -> tuple[str, int]:
    """The qualifier written just before the number ("more than", "at least"), and where it starts."""
    words = [t.lower_ for t in doc[max(sent_start, start - 3):start]]
    for phrase, qual in QUALIFIERS:
        n = len(phrase)
        if len(words) >= n and tuple(words[-n:]) == phrase:
            return qual, start - n
    return "exact", start


def _number_run(num: Token) -> list[Token]:
    """The contiguous number words around `num` that belong to it ("a million", "two hundred and five")."""
    doc, sent = num.doc, num.sent
    subtree = {t.i for t in num.subtree} | {num.i}
    fillers = {"a", "an", "and", "-", "half"}

    def ok(t: Token) -> bool:
        return (t.i in subtree or t.head.i == num.i or num.head.i == t.i and t.dep_ != "nummod") and (
            is_number_word(t.text) or t.lower_ in fillers) and t.ent_type_ not in BAD_ENTS

    lo = num.i
    while lo - 1 >= sent.start and ok(doc[lo - 1]):
        lo -= 1
    hi = num.i
    while hi + 1 < sent.end and ok(doc[hi + 1]) and doc[hi + 1].lower_ not in ("a", "an", "half"):
        hi += 1
    while lo < num.i and doc[lo].lower_ in ("and", "-"):
        lo += 1
    while hi > num.i and doc[hi].lower_ in ("and", "-", "a", "an", "half"):
        hi -= 1
    return list(doc[lo:hi + 1])


def _number_count(num: Token) -> Optional[Count]:
    run = _number_run(num)
    words = [t.text for t in run]
    # "tens of thousands": the scale after "of" is what counts
    value, vague = parse_words(words)
    if value is None:
        run = [num]
        value, vague = parse_words([num.text])
        if value is None and num.lower_ == "one":
            value, vague = 1, False
        if value is None:
            return None
    doc = num.doc
    first = run[0].i
    before = [t.lower_ for t in doc[max(num.sent.start, first - 2):first]]
    if vague and before in (["tens", "of"], ["hundreds", "of"]):  # "tens of thousands"
        value *= 10 if before[0] == "tens" else 100
        first -= 2
    qual, qstart = _qualifier(doc, first, num.sent.start)
    if vague and qual == "exact":
        qual = "at_least"
    return Count(value, qual, list(range(qstart, run[-1].i + 1)))


def _person_count(tok: Token, kind: str) -> Optional[Count]:
    """How many people one nominal names: its number, or 1 for one person, or None if unknown."""
    low = tok.lower_
    if low in NEGATIVE_HEADS or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return Count(0, "exact", [tok.i])
    if tok.ent_type_ == "ORDINAL" or any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in tok.children):
        # "a fourth person", "a fourth": one more person, never a count of four
        return Count(1, "exact", [tok.i], True) if _singular_det(tok) else None
    if _year_old(tok):
        return Count(1, "exact", [tok.i], True)
    if _is_num(tok) or tok.lower_ in VAGUE or tok.lower_ == "tens":
        of = _of_noun(tok)
        if of is not None and of.lower_ in VAGUE and tok.lower_ in ("tens", "hundreds"):
            # "tens of thousands (of people)": at least twenty thousand
            base = 20 if tok.lower_ == "tens" else 200
            inner = _of_noun(of)
            if inner is not None and not _is_person(inner, kind):
                return None
            qual, qstart = _qualifier(tok.doc, tok.i, tok.sent.start)
            return Count(base * VAGUE[of.lower_] // 2, "at_least" if qual == "exact" else qual,
                         list(range(qstart, of.i + 1)))
        if of is not None and not _is_person(of, kind) and not _is_num(of):
            return None
        if tok.ent_type_ in BAD_ENTS:
            return None
        return _number_count(tok)
    if tok.pos_ == "NUM" or tok.like_num:
        return None
    if _lemma(tok) in DEATH_NOUNS | CASUALTY_NOUNS:  # "12 deaths", "30 casualties"
        nums = [c for c in tok.children if c.dep_ == "nummod" and _is_num(c)]
        return _number_count(nums[-1]) if nums else None
    if not _is_person(tok, kind):
        return None
    nums = [c for c in tok.children if c.dep_ in ("nummod", "quantmod", "amod", "compound") and _is_num(c)]
    if nums:
        return _number_count(nums[-1])
    if tok.lower_ in ("others", "people", "persons"):
        return None
    if any(c.lower_ == "both" for c in tok.children):
        return Count(2, "exact", [tok.i])
    if tok.lower_ in HARMED_PRONOUNS:
        return Count(1, "exact", [tok.i], True)
    if tok.tag_ in ("NN", "NNP") and _lemma(tok) not in ("police", "staff", "personnel", "crew", "security",
                                                         "gang", "family", "other"):
        return Count(1, "exact", [tok.i], True)
    return None


def _comma_between(idx: list[int], tok: Token) -> bool:
    """A number cut off from its noun by a comma ("two deceased inside, adult female and ...")."""
    if not idx:
        return False
    lo, hi = sorted((max(idx), tok.i))
    return any(t.text == "," for t in tok.doc[lo:hi])


def _singular_det(tok: Token) -> bool:
    dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
    return bool(dets) and all(c.lower_ not in ("these", "those", "all", "some") for c in dets)


def _conjuncts(tok: Token) -> list[Token]:
    """`tok` and the nominals coordinated with it by "and" ("Lee and her three children").

    A list written with commas may hang off an apposition ("a mother, father, and toddler"), and a
    conjunct after the noun's own clause ("a man called 911 saying ..., and three people") belongs
    to another clause: the parser joined them wrongly, so only the later part counts.
    """
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj" and not _own_trigger(child):
            if any(c.dep_ in ("acl", "relcl") and c.i < child.i for c in tok.children):
                return _conjuncts(child)
            out.extend(_conjuncts(child))
        elif child.dep_ == "appos" and _is_person(child) and (
                any(c.dep_ == "conj" for c in child.children) or _list_item(tok, child)):
            out.extend(_conjuncts(child))
    return out


def _list_item(tok: Token, appos: Token) -> bool:
    """"his brother, his brother's girlfriend, and a third man": an apposition that is a list item."""
    return (any(c.dep_ == "conj" for c in tok.children) and appos.pos_ == "NOUN" and appos.ent_type_ != "PERSON"
            and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children))


def _own_trigger(tok: Token) -> bool:
    """A conjunct with its own harm word ("four dead and 16 injured": 16 goes with injured)."""
    return bool(_base_kind(tok)) or any(c.dep_ in ("amod", "acl", "relcl") and _base_kind(c) for c in tok.children)


def _patient_count(tok: Token, kind: str) -> Optional[Count]:
    parts = _conjuncts(tok)
    if len(parts) == 1:
        return _person_count(tok, kind)
    if tok.lower_ in REFLEXIVE:
        return None
    counts = [_person_count(p, kind) for p in parts]
    if any(c is None for c in counts):
        return None
    if counts[0].value > 1 and (sum(c.value for c in counts[1:]) == counts[0].value or _comma_between(
            counts[0].tokens, tok)):
        return counts[0]  # "six people, three men and three women": a total, then its parts
    total = sum(c.value for c in counts)
    quals = {c.qualifier for c in counts} - {"exact"}
    return Count(total, quals.pop() if len(quals) == 1 else "exact",
                 sorted({i for c in counts for i in c.tokens}))


# ---------------------------------------------------------------- triggers


def _base_kind(tok: Token) -> Optional[str]:
    """The kind of harm a single token names, or None."""
    lem, low, pos = _lemma(tok), tok.lower_, tok.pos_
    if pos in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG"):
        if lem in KILL_VERBS:
            return "killed"
        if lem in DIE_VERBS:
            return "killed"
        if lem in WOUND_VERBS:
            return "wounded"
        if lem in SHOOT_VERBS:
            return "shot"
        if lem == "gun" and any(c.lower_ == "down" for c in tok.children):
            return "killed"
        if lem in STRIKE_VERBS and _struck_by_fire(tok):
            return "shot"
        if lem in DISPLACE_VERBS:
            return "displaced"
        if low == "missing":
            return "missing"
    if pos == "ADJ" or pos == "VERB":
        if low in DEAD_ADJ or lem in DEAD_ADJ:
            return "killed"
        if low in WOUND_ADJ:
            return "wounded"
        if low in MISSING_ADJ:
            return "missing"
        if low == "displaced":
            return "displaced"
    if pos == "NOUN":
        if lem in DEATH_NOUNS or lem in CASUALTY_NOUNS or lem in OF_NOUNS or lem == "toll":
            return _noun_kind(tok)
    return None


def _noun_kind(tok: Token) -> Optional[str]:
    lem = _lemma(tok)
    if lem == "toll":
        return "killed" if any(_lemma(c) in ("death", "casualty") for c in tok.children) else None
    if lem in CASUALTY_NOUNS:
        return "killed_or_wounded"
    if lem == "death" and tok.head.lower_ == "to" and _lemma(tok.head.head) in SHOOT_VERBS | KILL_VERBS | {"beat", "burn", "stab"}:
        return None  # "shot to death" is read on the verb
    if lem in DEATH_NOUNS and (any(c.dep_ == "nummod" for c in tok.children) or _of_noun(tok) is not None):
        return "killed"
    if lem in OF_NOUNS and (_of_noun(tok) is not None or lem == "death" and _poss_person(tok) is not None):
        kind = OF_NOUNS[lem]
        if kind == "shot" and any(c.lower_ in DEATH_MODIFIERS for c in tok.children):
            return "killed"
        return kind
    return None


def _poss_person(tok: Token) -> Optional[Token]:
    """"the teen's death" → teen."""
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and _is_person(c):
            return c
    return None


def _struck_by_fire(tok: Token) -> bool:
    for child in tok.children:
        if child.dep_ in ("agent", "prep") and child.lower_ == "by":
            if any(_lemma(o) in STRIKE_BY for o in child.children):
                return True
    return False


def _death_marked(verb: Token) -> bool:
    """"shot dead", "shot to death", "fatally shot", "mortally wounded"."""
    for child in verb.children:
        if child.lower_ in ("dead",) and child.dep_ in ("oprd", "acomp", "advmod", "xcomp", "ccomp", "conj", "dobj"):
            return True
        if child.dep_ == "advmod" and child.lower_ in DEATH_MODIFIERS:
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(_lemma(o) == "death" for o in child.children):
            return True
    return False


def _kind(tok: Token) -> Optional[str]:
    base = _base_kind(tok)
    if base in ("shot", "wounded") and tok.pos_ in ("VERB", "AUX") or base == "shot":
        if _death_marked(tok):
            return "killed"
    return base


def _negated(tok: Token) -> bool:
    for t in (tok, tok.head):
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if t.dep_ not in ("conj", "xcomp", "acomp", "oprd", "ccomp"):
            break
    return False


def _irrealis(tok: Token) -> bool:
    """"trying to kill", "would have been killed", "missed being shot": harm that did not happen."""
    t = tok
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in t.children):
            return True
        if t.dep_ in ("xcomp", "ccomp", "pcomp", "advcl", "acl", "conj") and _lemma(t.head) in IRREALIS:
            return True
        if t.head.i == t.i or t.dep_ not in ("xcomp", "conj", "acl", "relcl", "pcomp", "attr", "acomp", "oprd"):
            break
        t = t.head
    return False


def _long_ago(tok: Token) -> bool:
    """"Last year a boy was gunned down": an earlier event the article recalls, not this one."""
    verb = tok if tok.dep_ not in ("acl", "relcl", "amod", "oprd", "acomp") else tok.head
    dates = " ".join(t.text if t.ent_type_ == "DATE" else "|" for t in verb.subtree)
    return bool(LONG_AGO.search(dates))


def _other_event(tok: Token) -> bool:
    """A harm word inside a mention of another event ("in retaliation for a shooting that left one dead",
    "killed in a separate shooting", "a previous attack that wounded two"): not this story's figure."""
    for prep in tok.children:  # "killed in a separate shooting"
        if prep.dep_ == "prep" and any(_lemma(o) in EVENT_NOUNS and any(
                c.dep_ in ("amod", "det") and c.lower_ in OTHER_MARKS for c in o.children) for o in prep.children):
            return True
    t = tok
    for _ in range(12):
        lem = _lemma(t)
        if lem in MOTIVE_NOUNS or any(c.dep_ == "prep" and any(_lemma(o) in MOTIVE_NOUNS for o in c.children)
                                      for c in t.children if t.i != tok.i):
            return True  # "in retaliation for ...", "an act of retaliation to ..."
        if lem in EVENT_NOUNS and any(c.dep_ in ("amod", "det", "nummod") and c.lower_ in OTHER_MARKS
                                      for c in t.children):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def _tally_sentence(sent: Span) -> bool:
    """A sentence about many events or a period, not one incident: "in four separate shootings",
    "across the city", "homicides this year", "the city's 40th killing", "so far this year"."""
    toks = list(sent)
    for t in toks:
        low = t.lower_
        if low in PLURAL_EVENTS and any(
                c.dep_ in ("nummod", "amod") and (_is_num(c) or c.lower_ in OTHER_MARKS | {"multiple", "several"})
                for c in t.children):
            return True  # "four separate shootings", "other incidents", "multiple shootings"
        if low in ("across", "throughout") and any(_lemma(o) in AREA_WORDS for o in t.children):
            return True  # "across the city"
        if low == "citywide":
            return True
        if t.ent_type_ == "ORDINAL" and _lemma(t.head) in EVENT_NOUNS and t.head.i > t.i:
            return True  # "the city's 40th homicide"
    return bool(PERIOD.search(sent.text))


def _shot_at(tok: Token) -> bool:
    """"was shot at": fired on, not hit."""
    return _lemma(tok) in SHOOT_VERBS and any(c.dep_ == "prep" and c.lower_ == "at" and
                                              not any(o.dep_ == "pobj" for o in c.children)
                                              for c in tok.children)


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN" and not any(c.dep_ in ("aux",) and c.lower_ in ("have", "has", "had") for c in tok.children)
        and not any(c.dep_ == "dobj" for c in tok.children))


def _patients(tok: Token, kind: str, depth: int = 0) -> list[Token]:
    """The people a harm word is about, found through the dependencies."""
    if depth > 3:
        return []
    out: list[Token] = []
    lem = _lemma(tok)
    if tok.pos_ == "NOUN":
        return _noun_patients(tok)
    if tok.pos_ == "ADJ" or (tok.lower_ in DEAD_ADJ | WOUND_ADJ | MISSING_ADJ and tok.dep_ in ("amod", "acomp", "oprd")):
        return _adj_patients(tok)
    for child in tok.children:
        if child.dep_ == "nsubjpass":
            out.append(child)
        elif child.dep_ == "nsubj" and (lem in DIE_VERBS or tok.lower_ == "missing"):
            out.append(child)
        elif child.dep_ in ("dobj",) and lem not in DIE_VERBS:
            out.append(child)
    if not out and tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
        out.append(tok.head)
    if not out and tok.dep_ == "relcl" and _is_passive(tok):
        out.append(tok.head)
    if not out and tok.dep_ in ("xcomp", "oprd", "ccomp", "advcl") and tok.tag_ == "VBN":
        # "were found shot to death", "left eight people wounded"
        for child in tok.head.children:
            if child.dep_ in ("nsubjpass", "dobj"):
                out.append(child)
    if not out and tok.dep_ == "conj" and tok.head.i != tok.i:
        out = _patients(tok.head, kind, depth + 1)
    if not out:
        for child in tok.children:
            if child.dep_ == "conj" and _base_kind(child):
                out = _patients(child, kind, depth + 1)
                if out:
                    break
    if not out and tok.dep_ == "nsubj" and tok.tag_ == "VBN":
        out.append(tok.head)
    # a relative pronoun stands for the noun it modifies
    return [(t.head.head if t.lower_ in RELATIVE and t.head.dep_ == "relcl" else t) for t in out]


def _adj_patients(tok: Token) -> list[Token]:
    out = [c for c in tok.children if (c.dep_ in ("nummod", "nsubj", "nsubjpass") or
           (c.dep_ == "npadvmod" and _is_num(c))) and not _own_trigger(c)]
    if out:
        return out
    if tok.dep_ == "amod":
        return [tok.head]
    if tok.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl", "conj", "attr"):
        head = tok.head
        if _base_kind(head) and head.lower_ not in DEAD_ADJ | WOUND_ADJ:
            return []  # "shot dead": read on the verb
        for dep in ("dobj", "nsubjpass", "nsubj"):
            found = [c for c in head.children if c.dep_ == dep and c.i != tok.i]
            if found:
                return found
    return []


def _noun_patients(tok: Token) -> list[Token]:
    lem = _lemma(tok)
    nums = [c for c in tok.children if c.dep_ == "nummod" and _is_num(c)]
    if nums:
        return [tok]  # "12 deaths": the noun carries its own number
    of = _of_noun(tok)
    if of is not None:
        return [of]
    poss = _poss_person(tok)
    if poss is not None and lem == "death":
        return [poss]
    if lem == "toll":
        verb = tok.head
        if tok.dep_ in ("nsubj",) and _lemma(verb) in TOLL_VERBS:
            for child in verb.children:
                if child.dep_ in ("attr", "dobj") and _is_num(child):
                    return [child]
                if child.dep_ == "prep" and child.lower_ in ("to", "at"):
                    return [o for o in child.children if o.dep_ == "pobj" and _is_num(o)]
    return []


# ---------------------------------------------------------------- per sentence


def _core_tokens(tok: Token) -> list[int]:
    """The words of a counted nominal worth quoting: number, modifiers, noun, coordinated nouns."""
    idx = [tok.i]
    for child in tok.children:
        if child.dep_ in ("nummod", "quantmod", "det", "amod", "compound", "poss", "predet", "advmod", "nmod"):
            idx.extend(t.i for t in child.subtree)
        elif child.dep_ == "conj" and not _own_trigger(child):
            idx.extend(_core_tokens(child))
        elif child.dep_ == "prep" and child.lower_ == "of" and _is_num(tok):
            idx.extend(t.i for t in child.subtree)
    return idx


def _trigger_tokens(tok: Token) -> tuple[list[int], list[Token]]:
    """The harm word with its particles ("shot dead", "killed or wounded") and its scope phrases."""
    idx = [tok.i]
    scopes: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("prt", "oprd", "acomp", "neg", "auxpass", "aux") or (
                child.dep_ == "advmod" and child.i == tok.i - 1):
            idx.extend(t.i for t in child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "to" and any(_lemma(o) == "death" for o in child.children):
            idx.extend(t.i for t in child.subtree)
        elif child.dep_ == "agent":
            sub = list(child.subtree)
            if len(sub) <= 8:
                idx.extend(t.i for t in sub)
        elif child.dep_ == "conj" and _base_kind(child) and not _has_own_patient(child):
            idx.append(child.i)
            idx.extend(c.i for c in tok.children if c.dep_ == "cc" and c.i < child.i)
            more, sc = _trigger_tokens(child)
            idx.extend(more)
            scopes.extend(sc)
        elif child.dep_ == "prep" and child.lower_ in SCOPE_PREPS and child.i > tok.i:
            scopes.append(child)
        elif child.dep_ == "advcl" and child.i > tok.i and any(
                m.dep_ == "mark" and m.lower_ == "since" for m in child.children):
            scopes.append(child)  # "since the war began"
    return idx, scopes


def _has_own_patient(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "dobj", "nsubj") for c in tok.children) or tok.dep_ == "acl"


def _scope(scopes: list[Token], end: int) -> tuple[Optional[str], int]:
    """The scope phrases right after the harm word ("since ...", "in ..."), and where the text ends."""
    parts = []
    for prep in sorted({t.i: t for t in scopes}.values(), key=lambda t: t.i):
        if any(_lemma(o) in BODY_PARTS for o in prep.children):
            continue
        sub = list(prep.subtree)
        if len(sub) > MAX_SCOPE_TOKENS or sub[0].i > end + 1 + 3:
            break
        cut = next((t.i for t in sub if t.text in ("|", "-", "\u2013", "\u2014") and t.whitespace_), None)
        last = sub[-1].i if cut is None else cut - 1
        if last < sub[0].i:
            break
        parts.append(prep.doc[sub[0].i:last + 1].text)
        end = max(end, last)
        if cut is not None:
            break
    return (clean(" ".join(parts)) if parts else None), end


def _sentence_candidates(sent: Span, flags: "ArticleFlags") -> list[Candidate]:
    """Every figure in one sentence, one per counted nominal."""
    doc = sent.doc
    out = []
    blocked: set[int] = set()
    for pi, harm in _harmed(sent, blocked).items():
        cand = _candidate(sent, doc[pi], harm, flags)
        if cand is not None:
            out.append(cand)
    out.extend(_fallback(sent, out, blocked))
    _sentence_total(sent, out, flags)
    return out


@dataclass
class Harm:
    """What the harm words of a sentence say about one nominal."""

    kinds: set[str] = field(default_factory=set)
    triggers: list[Token] = field(default_factory=list)
    either: bool = False  # "killed or wounded"


def _harmed(sent: Span, blocked: Optional[set[int]] = None) -> dict[int, Harm]:
    """Each nominal a harm word points at, with every harm word that points at it."""
    by_patient: dict[int, Harm] = {}
    elsewhere = False  # the sentence has turned to another event: what follows is about it too
    for tok in sent:
        kind = _kind(tok)
        if not kind or _shot_at(tok) or _negated(tok) or _irrealis(tok) or _long_ago(tok):
            continue
        elsewhere = elsewhere or _other_event(tok)
        if elsewhere:
            if blocked is not None:
                blocked.add(tok.i)  # the headline fallback must not read it either
            continue
        for patient in _patients(tok, kind):
            if not sent.start <= patient.i < sent.end:
                continue
            harm = by_patient.setdefault(patient.i, Harm())
            harm.kinds.add(kind)
            harm.triggers.append(tok)
            if any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.children) and any(
                    c.dep_ == "conj" and _base_kind(c) for c in tok.children):
                harm.either = True
    return by_patient


def _final_kind(harm: Harm) -> str:
    """"shot and killed" → killed; "killed or wounded" → killed_or_wounded."""
    if harm.either:
        kinds = {_kind(t) for t in harm.triggers} | {
            _kind(c) for t in harm.triggers for c in t.children if c.dep_ == "conj" and _base_kind(c)}
        if len(kinds - {None}) > 1:
            return "killed_or_wounded"
    return max(harm.kinds, key=lambda k: PRIORITY.get(k, 0))


def _candidate(sent: Span, patient: Token, harm: Harm, flags: "ArticleFlags") -> Optional[Candidate]:
    kind = _final_kind(harm)
    count = _patient_count(patient, kind)
    if count is None or count.value <= 0:
        return None
    reflexive = patient.lower_ in REFLEXIVE
    others = _harms_others_in(sent)
    if reflexive and kind == "shot" and (flags.suicide or others and _killing_in(sent)):
        kind = "killed"  # "shot himself" after a murder, or in an article about a suicide
    suspect = _is_suspect(patient, flags) or reflexive and (others or kind == "killed")
    if kind == "shot" and _survived(sent):
        kind = "wounded"
    of = _of_noun(patient) if _is_num(patient) else None
    who = "suspects" if suspect else _who(of if of is not None else patient)
    parts = _conjuncts(patient)
    includes = (any(c.lower_ == "including" for c in patient.subtree)
                or len(parts) > 1 and any(p.lower_ in REFLEXIVE for p in parts))
    text, start, end, scope = _phrase(sent, count.tokens + _core_tokens(patient), harm.triggers)
    return Candidate(count=count.value, qualifier=count.qualifier, kind=kind, who=who, start=start, end=end,
                     sent=sent, scope=scope, suspect=suspect, includes_suspect=includes,
                     implicit=count.implicit, text=text)


def _phrase(sent: Span, people: list[int], triggers: list[Token]) -> tuple[str, int, int, Optional[str]]:
    """The item's text: the counted people and the harm word with its scope, as the sentence words them.

    Far-apart parts ("A woman who was shot near ... and died") are joined with an ellipsis so the text
    stays short; every word is the article's.
    """
    harm: list[int] = []
    scopes: list[Token] = []
    for trig in triggers:
        more, sc = _trigger_tokens(trig)
        harm.extend(more)
        scopes.extend(sc)
    people = [i for i in people if sent.start <= i < sent.end]
    harm = [i for i in harm if sent.start <= i < sent.end]
    scope, scope_end = _scope(scopes, max(harm))
    harm.append(scope_end)
    start, end = min(people + harm), max(people + harm) + 1
    a, b = (people, harm) if min(people) <= min(harm) else (harm, people)
    doc = sent.doc
    if min(b) - max(a) > MAX_GAP and max(a) < min(b):
        text = _words(doc, min(a), max(a) + 1) + " \u2026 " + _words(doc, min(b), max(b) + 1)
    else:
        text = _words(doc, start, end)
    return text, start, end, scope


def _words(doc: Doc, start: int, end: int) -> str:
    """The text of doc[start:end] without dangling conjunctions or punctuation at its edges."""
    while start < end - 1 and (doc[start].pos_ in ("CCONJ", "PUNCT") or doc[start].is_space):
        start += 1
    while end - 1 > start and (doc[end - 1].pos_ in ("CCONJ", "PUNCT", "ADP") or doc[end - 1].is_space):
        end -= 1
    return clean(doc[start:end].text)


def _fallback(sent: Span, found: list[Candidate], blocked: Iterable[int] = ()) -> list[Candidate]:
    """Headlines the parser mangles: "3 dead, 26 wounded", "1 Dead ...; 4 Others Hurt"."""
    covered = {i for c in found for i in range(c.start, c.end)}
    blocked = set(blocked)
    doc = sent.doc
    out = []
    for tok in sent:
        if tok.i in covered or not _is_num(tok) or tok.lower_ in VAGUE:
            continue
        if tok.i + 1 < sent.end and doc[tok.i + 1].text in ("-", "%", ":", "/", "."):
            continue
        j = tok.i + 1
        while j < sent.end and j - tok.i <= 4 and doc[j].lower_ in FALLBACK_GAP:
            j += 1
        if j >= sent.end or doc[j].lower_ not in FALLBACK_KIND or _negated(doc[j]) or j in blocked:
            continue
        if tok.i > sent.start and doc[tok.i - 1].lower_ in ("no", "none", "not"):
            continue
        count = _number_count(tok)
        if count is None or count.value <= 0:
            continue
        start = min(count.tokens)
        kind = FALLBACK_KIND[doc[j].lower_]
        if kind == "shot" and any(doc[k].lower_ in DEATH_MODIFIERS for k in range(tok.i, j)):
            kind = "killed"
        out.append(Candidate(count=count.value, qualifier=count.qualifier, kind=kind,
                             who="people", start=start, end=j + 1, sent=sent))
        covered.update(range(start, j + 1))
    return out


# ---------------------------------------------------------------- suspects


@dataclass
class ArticleFlags:
    suicide: bool = False
    perpetrators: set[str] = field(default_factory=set)  # lower-cased surnames of attackers


def _article_flags(doc: Doc) -> ArticleFlags:
    """What the whole article says that single sentences need: a suicide, who the attackers are."""
    flags = ArticleFlags()
    for tok in doc:
        lem = _lemma(tok)
        if lem == "suicide":
            flags.suicide = True
        if lem in KILL_VERBS | SHOOT_VERBS and tok.pos_ == "VERB":
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ not in REFLEXIVE]
            if objs:
                for c in tok.children:
                    if c.dep_ == "nsubj" and c.pos_ == "PROPN":
                        flags.perpetrators.add(c.lower_)
            for c in tok.children:
                if c.dep_ == "agent":
                    for o in c.children:
                        if o.dep_ == "pobj" and o.pos_ == "PROPN":
                            flags.perpetrators.add(o.lower_)
        if lem in SUSPECTS and tok.dep_ in ("attr", "appos"):
            head = tok.head
            for _ in range(4):
                if head.pos_ == "PROPN":
                    flags.perpetrators.add(head.lower_)
                    break
                if head.head.i == head.i:
                    break
                head = head.head
            for c in tok.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN":
                    flags.perpetrators.add(c.lower_)
    return flags


def _is_suspect(tok: Token, flags: ArticleFlags) -> bool:
    """The attacker, not a victim: a suspect noun, a known attacker's name, or "the man who shot ..."."""
    if _lemma(tok) in SUSPECTS:
        return True
    if tok.pos_ == "PROPN" and tok.lower_ in flags.perpetrators:
        return True
    if any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.lower_ in flags.perpetrators
           for c in tok.children):
        return True
    for child in tok.children:
        if child.dep_ == "relcl":
            for t in child.subtree:
                if _lemma(t) in KILL_VERBS | SHOOT_VERBS and any(c.dep_ == "dobj" for c in t.children):
                    return True
        if child.dep_ == "appos" and _lemma(child) in SUSPECTS:
            return True
    if tok.lower_ in REFLEXIVE:
        subj = nearest_subject(tok.head)
        return subj is not None and subj.lower_ not in REFLEXIVE and (
            _is_suspect(subj, flags) or _harms_others(subj))
    return False




def _harms_others_in(sent: Span) -> bool:
    """Someone in the sentence kills or shoots another person ("killed three before killing himself")."""
    for t in sent:
        if _lemma(t) in KILL_VERBS | SHOOT_VERBS and t.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lower_ not in REFLEXIVE and (_is_person(c) or _is_num(c))
                for c in t.children):
            return True
    return False


def _killing_in(sent: Span) -> bool:
    return any(_kind(t) == "killed" for t in sent)


def _survived(sent: Span) -> bool:
    """"was shot but survived", "in stable condition": the people shot lived."""
    if _killing_in(sent):
        return False
    for t in sent:
        if _lemma(t) in SURVIVAL and t.pos_ == "VERB" and not _negated(t):
            return True
        if t.lower_ in ("condition", "non-life", "life-threatening") or t.lower_ == "threatening" and t.i > 0 and t.nbor(-1).lower_ == "-":
            return True
    return False


def _harms_others(subj: Token) -> bool:
    verb = subj.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    return any(_lemma(v) in KILL_VERBS | SHOOT_VERBS and any(
        c.dep_ == "dobj" and c.lower_ not in REFLEXIVE for c in v.children) for v in verbs)


def _sentence_total(sent: Span, cands: list[Candidate], flags: ArticleFlags) -> None:
    """"killed three people before killing himself" → also 4 killed in all."""
    suspects = [c for c in cands if c.kind == "killed" and c.suspect]
    victims = [c for c in cands if c.kind == "killed" and not c.suspect and not c.includes_suspect]
    if not suspects or not victims:
        return
    best = max(victims, key=lambda c: c.count)
    sus = suspects[0]
    start, end = min(best.start, sus.start), max(best.end, sus.end)
    first, second = sorted((best, sus), key=lambda c: c.start)
    text = (_words(sent.doc, start, end) if end - start <= 30
            else f"{first.text} \u2026 {second.text}")
    cands.append(Candidate(count=best.count + sus.count, qualifier=best.qualifier, kind="killed",
                           who="people", start=start, end=end, sent=sent, includes_suspect=True,
                           scope=best.scope, total=True, text=text))
    best.includes_suspect = True


# ---------------------------------------------------------------- article


def _link_line(sent: Span) -> bool:
    """A bulleted or bracketed line of related-story links ("+ Two killed in crash"), not the article."""
    full = doc_text(sent.doc)
    start = full.rfind("\n", 0, sent.start_char) + 1
    end = full.find("\n", sent.end_char)
    text = full[start:end if end >= 0 else len(full)].strip()
    if text.startswith(BULLETS) and not text.endswith((".", "\"", "\u201d")):
        return True
    return text.startswith("[") and text.endswith("]")


def _article_total(cands: list[Candidate]) -> Optional[Candidate]:
    """A suspect's death told apart from the victims' → one more figure, victims plus suspect."""
    if any(c.total for c in cands):
        return None
    suspects = [c for c in cands if c.kind == "killed" and c.suspect]
    victims = [c for c in cands if c.kind == "killed" and not c.suspect and c.qualifier == "exact"
               and not c.implicit]
    if not suspects or not victims or any(c.includes_suspect for c in victims):
        return None
    best = max(victims, key=lambda c: c.count)
    sus = suspects[0]
    return Candidate(count=best.count + sus.count, qualifier="exact", kind="killed", who="people",
                     start=best.start, end=best.end, sent=best.sent, includes_suspect=True, total=True,
                     scope=best.scope, extra_sents=[sus.sent], text=f"{best.text}; {sus.text}")


def _drop_covered_singles(cands: list[Candidate]) -> list[Candidate]:
    """One person ("a man was shot", "one person was hurt") when the article gives a larger figure for that kind.

    The single mention is part of the figure, not another figure; a lone "killed or wounded" person
    is dropped as soon as the article counts anyone.
    """
    explicit = {c.kind for c in cands if not c.implicit and c.count > 1}
    most_killed = max((c.count for c in cands if c.kind == "killed"), default=0)
    most_shot = max((c.count for c in cands if c.shot and c.kind == "killed_or_wounded"), default=0)
    total = any(c.total for c in cands)
    out = []
    for c in cands:
        if c.shot and c.kind == "killed_or_wounded" and (c.count <= most_killed or c.count < most_shot):
            continue  # "two were shot" beside "three were killed" or "four were shot": a part, not a new figure
        if total and c.suspect and c.kind == "killed" and c.count == 1:
            continue  # the suspect's death is in the total
        if c.count == 1 and c.qualifier == "exact" and not c.suspect:
            if c.kind in explicit:
                continue
            if c.kind == "killed_or_wounded" and explicit & {"killed", "wounded", "killed_or_wounded"}:
                continue
        out.append(c)
    return out


def _resolve_shot(cands: list[Candidate]) -> None:
    """"X were shot": wounded if the article reports no death, else killed or wounded."""
    deaths = any(c.kind == "killed" for c in cands)
    for c in cands:
        if c.kind == "shot":
            c.kind = "killed_or_wounded" if deaths else "wounded"
            c.shot = True


def _title_end(ctx: ArticleContext) -> int:
    """Where the title ends when the text opens with it (a .txt title line), else 0."""
    title = clean(ctx.title or "")
    if not title:
        return 0
    head = clean(ctx.text[:len(ctx.title or "") + 200])
    if not head.startswith(title):
        return 0
    return ctx.text.find("\n") if "\n" in ctx.text else len(ctx.text)


def _drop_title_parts(cands: list[Candidate], title_end: int) -> list[Candidate]:
    """A headline's figure ("3 dead, 1 hurt in ...") is the story's figure: a smaller figure of that kind
    further down ("killed two people in the yard") is a part of it, or another event."""
    if title_end <= 0:
        return cands
    top: dict[str, int] = {}
    for c in cands:
        if c.sent.start_char < title_end and c.kind in ("killed", "wounded") and c.qualifier == "exact" \
                and not c.suspect:
            top[c.kind] = max(top.get(c.kind, 0), c.count)
    return [c for c in cands if c.sent.start_char < title_end or c.suspect or c.count >= top.get(c.kind, 0)]


def _to_items(cands: Iterable[Candidate], article_id: str) -> list[Casualty]:
    """One item per (kind, count), citing every sentence that gives it."""
    items: dict[tuple[str, int], Casualty] = {}
    for c in cands:
        doc = c.sent.doc
        key = (c.kind, c.count)
        sources = [source_for(c.sent, article_id)] + [source_for(s, article_id) for s in c.extra_sents]
        if key in items:
            have = {(s.start, s.end) for s in items[key].sources}
            items[key].sources.extend(s for s in sources if (s.start, s.end) not in have)
            continue
        text = c.text or _words(doc, c.start, c.end)
        if not text:
            continue
        items[key] = Casualty(text=text, sources=_dedupe_sources(sources), count=c.count,
                              qualifier=c.qualifier, kind=c.kind, who=c.who, scope=c.scope)
    return list(items.values())


def _dedupe_sources(sources: list[Source]) -> list[Source]:
    seen, out = set(), []
    for s in sources:
        if (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            out.append(s)
    return out


def extract(ctx: ArticleContext) -> list[Casualty]:
    """Every casualty figure the article states, one item per kind and count."""
    doc = ctx.doc
    if doc is None or len(doc) == 0:
        return []
    flags = _article_flags(doc)
    cands: list[Candidate] = []
    for sent in doc.sents:
        if len(sent) > MAX_SENTENCE or _link_line(sent) or _tally_sentence(sent):
            continue
        try:
            cands.extend(_sentence_candidates(sent, flags))
        except (IndexError, ValueError, RecursionError) as err:  # a parse this grammar did not foresee
            skipped(ctx, "casualties", sent.start_char, err)
    total = _article_total(cands)
    if total is not None:
        cands.append(total)
    _resolve_shot(cands)
    cands = _drop_title_parts(cands, _title_end(ctx))
    return _to_items(_drop_covered_singles(cands), ctx.article_id)
