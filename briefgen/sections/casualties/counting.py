"""How many: the people a harm word harms, and how many they are.

Each harm word finds the people it harms (the passive subject, the object, the noun a participle
modifies, the subject of "die" or of "are dead", "the deaths of ..."), and those people give the
count: a number ("four", "1,200", "more than a million", "dozens"), a coordination of people ("his
wife and three children" = 4), or one person ("a man was killed", "Smith died"). Numbers that are not
counts of people (weapons, years, ages, money, incidents) never qualify because the counted noun must
be a person and the number must not be a date, time, money or percentage.

Victims and perpetrator apart: the attacker ("the gunman", a name the article gives as the one who
shot, "himself" after killing others) is marked as the suspect, so a suspect's death is never counted
among the victims' (passes.py adds the total of both).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from spacy.tokens import Doc, Span, Token

from briefgen.extract.grammar import nearest_subject
from briefgen.extract.context import clean
from briefgen.extract.lexicon import RELATIVE
from briefgen.sections.casualties.harm import base_kind, raised_to
from briefgen.sections.casualties.lexicon import (
    ANIMAL_NOUNS,
    BAD_ENTS,
    CASUALTY_NOUNS,
    DEAD_ADJ,
    DEATH_NOUNS,
    DIE_VERBS,
    HARMED_PRONOUNS,
    KILL_VERBS,
    MAX_PARTS_WORDS,
    MISSING_ADJ,
    NAMING_VERBS,
    NEGATIVE_HEADS,
    PART_MODIFIERS,
    PARTITIVE_PRONOUNS,
    QUALIFIERS,
    REFLEXIVE,
    SHOOT_VERBS,
    SUSPECTS,
    TOLL_NOUNS,
    TOLL_VERBS,
    WOUND_ADJ,
    YEAR,
)
from briefgen.sections.casualties.numbers import VAGUE, is_number_word, parse_words
from briefgen.sections.casualties.people import (
    is_age,
    is_count_number,
    is_person,
    lemma,
    of_noun,
    poss_person,
)


@dataclass
class Count:
    value: int
    qualifier: str
    tokens: list[int]
    implicit: bool = False  # one person named without a number ("a man", "Smith", "he")
    words: Optional[str] = None  # a vague quantity as written ("dozens", "tens of thousands"); value is its lower bound
    summed: Optional[str] = None  # a count the text gives only in parts, as written ("the chief and four others")


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


def number_count(num: Token) -> Optional[Count]:
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
    words_as_written = doc[first:run[-1].i + 1].text.lower() if vague else None
    return Count(value, qual, list(range(qstart, run[-1].i + 1)), words=words_as_written)


def _person_count(tok: Token, kind: str) -> Optional[Count]:
    """How many people one nominal names: its number, or 1 for one person, or None if unknown."""
    low = tok.lower_
    if low in NEGATIVE_HEADS or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return Count(0, "exact", [tok.i])
    if any(c.dep_ == "amod" and c.lower_ == "unborn" for c in tok.children):
        return Count(0, "exact", [tok.i])  # "five people and an unborn baby dead": the dead are five
    if tok.ent_type_ == "ORDINAL" or any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in tok.children):
        # "a fourth person", "a fourth": one more person, never a count of four
        return Count(1, "exact", [tok.i], True) if _singular_det(tok) else None
    if is_age(tok):
        return Count(1, "exact", [tok.i], True)
    if is_count_number(tok) and tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        return Count(1, "exact", [tok.i], True)  # "his brother Kenneth, 16 - who was also shot": an age, one person
    if is_count_number(tok) or tok.lower_ in VAGUE or tok.lower_ == "tens":
        of = of_noun(tok)
        if of is not None and of.lower_ in VAGUE and tok.lower_ in ("tens", "hundreds"):
            # "tens of thousands (of people)": at least twenty thousand
            base = 20 if tok.lower_ == "tens" else 200
            inner = of_noun(of)
            if inner is not None and not is_person(inner, kind):
                return None
            qual, qstart = _qualifier(tok.doc, tok.i, tok.sent.start)
            return Count(base * VAGUE[of.lower_] // 2, "at_least" if qual == "exact" else qual,
                         list(range(qstart, of.i + 1)), words=tok.doc[tok.i:of.i + 1].text.lower())
        if of is not None and not is_person(of, kind) and not is_count_number(of) \
                and of.lower_ not in PARTITIVE_PRONOUNS:
            return None
        if tok.ent_type_ in BAD_ENTS:
            return None
        return number_count(tok)
    if tok.pos_ == "NUM" or tok.like_num:
        return None
    if lemma(tok) in DEATH_NOUNS | CASUALTY_NOUNS:  # "12 deaths", "30 casualties"
        nums = [c for c in tok.children if c.dep_ == "nummod" and is_count_number(c)]
        return number_count(nums[-1]) if nums else None
    if not is_person(tok, kind):
        return None
    nums = [c for c in tok.children if c.dep_ in ("nummod", "quantmod", "amod", "compound") and is_count_number(c)]
    if nums:
        return number_count(nums[-1])
    named = _named_as(tok)
    if named is not None:
        return named
    if tok.lower_ in ("others", "people", "persons"):
        return None
    if any(c.lower_ == "both" for c in tok.children) and not any(c.dep_ == "conj" for c in tok.children):
        return Count(2, "exact", [tok.i])  # "both men"; in "both Ann Lee and Bo Lee" each name counts once
    if tok.lower_ in HARMED_PRONOUNS:
        return None if _thing_before(tok) else Count(1, "exact", [tok.i], True)
    if tok.tag_ in ("NN", "NNP") and lemma(tok) not in ("police", "staff", "personnel", "crew", "security",
                                                         "gang", "family", "other"):
        return Count(1, "exact", [tok.i], True)
    return None


def _thing_before(pron: Token) -> bool:
    """"The most famous lion in Kenya died ... He was killed by rangers": a sentence-initial "he" or "she" stands for
    the previous sentence's subject, here a noun that names no person (an animal), so it counts nobody. An object
    "him" or "her" stands for a subject before it that is not its own verb's ("Rex had roamed for hours before
    rangers shot him"), else the previous sentence's: an animal there counts nobody either."""
    sent = pron.sent
    if pron.lower_ in ("him", "her"):
        own = {c.i for c in pron.head.children if c.dep_ in ("nsubj", "nsubjpass")}
        if pron.head.dep_ == "conj":
            own |= {c.i for c in pron.head.head.children if c.dep_ in ("nsubj", "nsubjpass")}
        subj = next((t for t in sent if t.i < pron.i and t.dep_ in ("nsubj", "nsubjpass") and t.i not in own
                     and t.tag_ in ("NN", "NNP")), None)  # a singular noun: "rangers" is never "him"
        prev = sent
        for step in range(3):  # back through sentences whose subject is "he" or "she" too
            if subj is not None and subj.lower_ not in ("he", "she") or prev.start == 0:
                break
            prev = pron.doc[prev.start - 1].sent
            subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if step == 0 and subj is not None and subj.lower_ in ("he", "she") and animal_harmed(pron.doc):
                # "He broke through the crowd ... they had to kill him", in an article telling an animal killed
                return not any(t.tag_ in ("NN", "NNP") and is_person(t) for t in sent if t.i < pron.i)
        return subj is not None and is_animal(subj)
    if pron.lower_ not in ("he", "she") or any(is_person(t) for t in sent if t.i < pron.i) or sent.start == 0:
        return False
    prev = pron.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.pos_ == "NOUN" and not is_person(subj) or is_animal(subj))


def is_animal(tok: Token) -> bool:
    """An animal noun ("the lion"), or a name the article gives an animal ("Mohawk, a lion", "the lion Mohawk",
    "Mohawk was a lion")."""
    if tok.pos_ == "NOUN":
        return lemma(tok) in ANIMAL_NOUNS
    return tok.pos_ == "PROPN" and tok.lower_ in animal_names(tok.doc)


def animal_harmed(doc: Doc) -> bool:
    """The article tells an animal killed or shot ("rangers shot the lion", "the lion was killed"): a "he" its
    sentences chain back to may stand for the animal."""
    for tok in doc:
        if tok.dep_ in ("dobj", "nsubjpass") and lemma(tok.head) in KILL_VERBS | SHOOT_VERBS and is_animal(tok):
            return True
    return False


def animal_names(doc: Doc) -> set[str]:
    """The lower-cased names the article gives animals, by apposition, compound or "is a"."""
    key = "casualties.animal_names"
    if key not in doc.user_data:
        names: set[str] = set()
        for tok in doc:
            if tok.pos_ != "NOUN" or lemma(tok) not in ANIMAL_NOUNS:
                continue
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if after is not None and after.pos_ == "PROPN" and after.ent_type_ not in ("GPE", "LOC", "ORG", "FAC"):
                names.add(after.lower_)  # "the lion Cecil", however the parser hangs the name
            if tok.dep_ in ("appos", "compound") and tok.head.pos_ == "PROPN":
                names.add(tok.head.lower_)
            names.update(c.lower_ for c in tok.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN")
            if tok.dep_ == "attr" and lemma(tok.head) == "be":
                names.update(c.lower_ for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN")
        doc.user_data[key] = names
    return doc.user_data[key]


def _named_as(tok: Token) -> Optional[Count]:
    """"identified the dead victims as Ann Lee, 67, and her granddaughter Kay Lee": as many as the names listed.
    Only for a plural noun without a number that "identify" or "name" takes, and two names or more."""
    verb = tok.head
    if tok.tag_ != "NNS" or tok.dep_ not in ("dobj", "nsubjpass") or lemma(verb) not in NAMING_VERBS:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if not objs:
            continue
        names = conjuncts(objs[0]) + [c for c in verb.children if c.dep_ == "conj" and c.i > objs[0].i
                                      and c.pos_ in ("PROPN", "NOUN")]
        if len(names) >= 2 and all(n.pos_ == "PROPN" or is_person(n) for n in names):
            return Count(len(names), "exact", [tok.i])
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


def conjuncts(tok: Token, shared: frozenset = frozenset()) -> list[Token]:
    """`tok` and the nominals coordinated with it by "and"; a run of names joined by commas alone
    ("the raid that killed Osama bin Laden, Sen. John Kerry said") is no list: the text never sums them."""
    parts = _conjuncts(tok, shared)
    if len(parts) > 1 and not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for p in parts for c in p.children):
        return [tok]
    return parts


def _conjuncts(tok: Token, shared: frozenset = frozenset()) -> list[Token]:
    """`tok` and the nominals coordinated with it by "and" ("Lee and her three children"); "or" is no sum.

    A list written with commas may hang off an apposition ("a mother, father, and toddler"), and a
    conjunct after the noun's own clause ("a man called 911 saying ..., and three people") belongs
    to another clause: the parser joined them wrongly, so only the later part counts.
    """
    out = [tok]
    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in tok.children):
        return out  # "that gang member or that gang member": one of them, never a sum
    for child in tok.children:
        if child.dep_ == "conj" and not own_trigger(child, shared):
            if any(c.dep_ in ("acl", "relcl") and c.i < child.i for c in tok.children):
                return _conjuncts(child, shared)
            out.extend(_conjuncts(child, shared))
        elif child.dep_ == "appos" and is_person(child) and (
                any(c.dep_ == "conj" for c in child.children) or _list_item(tok, child)):
            out.extend(_conjuncts(child))
    return out


def _list_item(tok: Token, appos: Token) -> bool:
    """"his brother, his brother's girlfriend, and a third man": an apposition that is a list item."""
    return (any(c.dep_ == "conj" for c in tok.children) and appos.pos_ == "NOUN" and appos.ent_type_ != "PERSON"
            and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children))


def own_trigger(tok: Token, shared: frozenset = frozenset()) -> bool:
    """A conjunct with its own harm word ("four dead and 16 injured": 16 goes with injured); not the harm word
    the whole list shares (`shared`: "left two adults and four children dead")."""
    return bool(base_kind(tok)) or any(c.dep_ in ("amod", "acl", "relcl") and base_kind(c) and c.i not in shared
                                       for c in tok.children)


def patient_count(tok: Token, kind: str, alone: bool = False, shared: frozenset = frozenset()) -> Optional[Count]:
    """How many people `tok` and its conjuncts name; `alone`: the harm word modifies `tok` only
    ("the four dead women and the unharmed child" are four dead)."""
    parts = [tok] if alone else conjuncts(tok, shared)
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
    # "the chief and four others": the text never states the sum, so the figure keeps the parts' words
    summed = _parts_words(parts) if any(not c.implicit for c in counts) else None
    return Count(total, quals.pop() if len(quals) == 1 else "exact",
                 sorted({i for c in counts for i in c.tokens}), summed=summed)


def _parts_words(parts: list[Token]) -> Optional[str]:
    """The words of a list of counted people, "the al-Qaida chief and four others", from the first part's
    determiner and modifiers to the last part's noun; None when that runs long (a clause inside the list)."""
    def left(p: Token) -> int:
        return min([p.i] + [t.i for c in p.children if c.dep_ in PART_MODIFIERS and c.i < p.i for t in c.subtree])
    start, end = left(parts[0]), parts[-1].i + 1
    if end - start > MAX_PARTS_WORDS:
        return None
    doc = parts[0].doc
    if doc[start].tag_ == "PRP$":  # "killed his wife and three children": whose, from the harm verb's subject
        subj = next((c for c in parts[0].head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "PROPN":
            name = " ".join(t.text for t in subj.subtree if t.pos_ == "PROPN")
            return clean(f"{name}\u2019s {doc[start + 1:end].text}")
    return clean(doc[start:end].text)


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN" and not any(c.dep_ in ("aux",) and c.lower_ in ("have", "has", "had") for c in tok.children)
        and not any(c.dep_ == "dobj" for c in tok.children))


def patients(tok: Token, kind: str, depth: int = 0) -> list[Token]:
    """The people a harm word is about, found through the dependencies."""
    if depth > 3:
        return []
    out: list[Token] = []
    lem = lemma(tok)
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
    own_subject = [c for c in tok.children if c.dep_ == "nsubj"]
    if not out and own_subject and tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(
            c.dep_ == "aux" for c in tok.children):
        out = own_subject  # "13 were injured and one killed": the passive's "was" left out
    if not out and tok.dep_ == "conj" and tok.head.i != tok.i and not own_subject:
        out = patients(tok.head, kind, depth + 1)
    if not out:
        for child in tok.children:
            if child.dep_ == "conj" and base_kind(child) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in child.children):  # "3 killed, 4 hurt": its own
                out = patients(child, kind, depth + 1)
                if out:
                    break
    if not out and tok.dep_ == "nsubj" and tok.tag_ == "VBN":
        out.append(tok.head)
    # a relative pronoun stands for the noun it modifies
    return [(t.head.head if t.lower_ in RELATIVE and t.head.dep_ == "relcl" else t) for t in out]


def _adj_patients(tok: Token) -> list[Token]:
    out = [c for c in tok.children if (c.dep_ in ("nummod", "nsubj", "nsubjpass") or
           (c.dep_ == "npadvmod" and is_count_number(c))) and not own_trigger(c)]
    if out:
        return out
    if tok.dep_ == "amod":
        head = tok.head
        if tok.i > head.i:  # "left two adults and four children dead": after its noun it tells the whole list
            while head.dep_ == "conj" and head.head.i != head.i and head.head.i < head.i:
                head = head.head
        return [head]
    if tok.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl", "conj", "attr"):
        head = tok.head
        if base_kind(head) and head.lower_ not in DEAD_ADJ | WOUND_ADJ:
            return []  # "shot dead": read on the verb
        placed: list[Token] = []
        for dep in ("dobj", "nsubjpass", "nsubj"):
            placed = [c for c in head.children if c.dep_ == dep and c.i != tok.i]
            if placed:
                break
        if placed and (tok.dep_ != "acomp" or any(is_person(c) for c in placed)):
            return placed
        if tok.dep_ == "acomp":
            # "The man who police believe shot five people is dead": the parser hung the subject on the clause
            # before the verb; a person who is the subject of that clause and stands before it is the one dead
            for clause in (c for c in head.children if c.dep_ in ("ccomp", "advcl") and c.i < head.i):
                found = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i and is_person(c)
                         and any(r.dep_ == "relcl" for r in c.children)]
                if found:
                    return found
        return placed
    return []


def _noun_patients(tok: Token) -> list[Token]:
    lem = lemma(tok)
    if lem in TOLL_NOUNS:
        to = raised_to(tok)
        if to is not None and is_count_number(to):
            return [to]  # "bringing the number of fatalities to three"
        if lem == "number":
            return []
    nums = [c for c in tok.children if c.dep_ == "nummod" and is_count_number(c)]
    if nums:
        return [tok]  # "12 deaths": the noun carries its own number
    of = of_noun(tok)
    if of is not None:
        return [of]
    poss = poss_person(tok)
    if poss is not None and lem == "death":
        return [poss]
    if lem == "toll":
        verb = tok.head
        if tok.dep_ in ("nsubj",) and lemma(verb) in TOLL_VERBS:
            for child in verb.children:
                if child.dep_ in ("attr", "dobj") and is_count_number(child):
                    return [child]
                if child.dep_ == "prep" and child.lower_ in ("to", "at"):
                    return [o for o in child.children if o.dep_ == "pobj" and is_count_number(o)]
    return []


@dataclass
class ArticleFlags:
    suicide: bool = False
    perpetrators: set[str] = field(default_factory=set)  # lower-cased names of attackers as written ("alex buckner", "sallee")
    latest_year: int = 0  # the latest year a date of the article names (0: none), so earlier years are other events
    latest_date: Optional[date] = None  # the latest calendar date it names ("Sept. 25"), so dates weeks before are earlier


def article_flags(doc: Doc) -> ArticleFlags:
    """What the whole article says that single sentences need: a suicide, who the attackers are."""
    flags = ArticleFlags()
    years = [int(y) for ent in doc.ents if ent.label_ == "DATE" for y in YEAR.findall(ent.text)]
    flags.latest_year = max(years, default=0)
    for tok in doc:
        lem = lemma(tok)
        if lem == "suicide":
            flags.suicide = True
        if lem in KILL_VERBS | SHOOT_VERBS and tok.pos_ == "VERB":
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ not in REFLEXIVE]
            if objs:  # "Dolan shot and killed his stepfather": the subject of the first verb does both
                doers = list(tok.children) + (list(tok.head.children) if tok.dep_ == "conj" else [])
                for c in doers:
                    if c.dep_ == "nsubj" and c.pos_ == "PROPN":
                        flags.perpetrators.add(name_key(c))
            for c in tok.children:
                if c.dep_ == "agent":
                    for o in c.children:
                        if o.dep_ == "pobj" and o.pos_ == "PROPN":
                            flags.perpetrators.add(name_key(o))
        if lem in SUSPECTS and tok.dep_ in ("attr", "appos"):
            head = tok.head
            for _ in range(4):
                if head.pos_ == "PROPN":
                    flags.perpetrators.add(name_key(head))
                    break
                if head.head.i == head.i:
                    break
                head = head.head
            for c in tok.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN":
                    flags.perpetrators.add(name_key(c))
    return flags


def name_key(tok: Token) -> str:
    """A person's name as written, lower-cased: the token with the proper nouns compounded before it
    ("Alex Buckner" → "alex buckner", "Buckner" → "buckner")."""
    first = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    return " ".join([c.lower_ for c in first] + [tok.lower_])


def perpetrator_name(tok: Token, flags: ArticleFlags) -> bool:
    """`tok` names a known attacker. A family shares a surname ("Alex Buckner killed his father Vic Buckner"):
    a full name is the attacker's only when it is the attacker's full name, or the article gives the attacker's
    surname alone and no full name with it; a surname alone is the attacker's when any attacker bears it."""
    if tok.pos_ != "PROPN" or not flags.perpetrators:
        return False
    key = name_key(tok)
    if key in flags.perpetrators:
        return True
    words = key.split()
    fulls = {p for p in flags.perpetrators if " " in p}
    if len(words) == 1:
        return any(p.split()[-1] == key for p in fulls)
    return words[-1] in flags.perpetrators and not any(p.split()[-1] == words[-1] for p in fulls)


def is_suspect(tok: Token, flags: ArticleFlags) -> bool:
    """The attacker, not a victim: a suspect noun, a known attacker's name, or "the man who shot ..."."""
    if lemma(tok) in SUSPECTS:
        return True
    if perpetrator_name(tok, flags):
        return True
    if tok.dep_ == "nsubj" and lemma(tok.head) in KILL_VERBS | SHOOT_VERBS and _harms_others(tok):
        return True  # "The man who police believe shot and killed five people is dead": the one who shot them
    if any(c.dep_ == "appos" and perpetrator_name(c, flags) for c in tok.children):
        return True
    for child in tok.children:
        if child.dep_ == "relcl":
            for t in child.subtree:
                if lemma(t) in KILL_VERBS | SHOOT_VERBS and any(c.dep_ == "dobj" for c in t.children):
                    return True
        if child.dep_ == "appos" and lemma(child) in SUSPECTS:
            return True
    if tok.lower_ in REFLEXIVE:
        subj = nearest_subject(tok.head)
        return subj is not None and subj.lower_ not in REFLEXIVE and (
            is_suspect(subj, flags) or _harms_others(subj))
    return False


def harms_others_in(sent: Span) -> bool:
    """Someone in the sentence kills or shoots another person ("killed three before killing himself")."""
    for t in sent:
        if lemma(t) in KILL_VERBS | SHOOT_VERBS and t.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lower_ not in REFLEXIVE and (is_person(c) or is_count_number(c))
                for c in t.children):
            return True
    return False


def _harms_others(subj: Token) -> bool:
    verb = subj.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    return any(lemma(v) in KILL_VERBS | SHOOT_VERBS and any(
        c.dep_ == "dobj" and c.lower_ not in REFLEXIVE for c in v.children) for v in verbs)
