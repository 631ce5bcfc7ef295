"""What a token names, for casualty counting: a person, a group of people, a number that can count them.

The ground floor of the casualties package: harm.py, counting.py and scope.py read these tests. A
number that is a date, a time, money, a percentage or an ordinal never counts people; "the
19-year-old" is a person, whose digits are an age.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from briefgen.sections.casualties.lexicon import (
    BAD_ENTS,
    BODY_NOUNS,
    CIVILIANS,
    HARMED_PRONOUNS,
    NUMBER_VERBS,
    PERSON_NOUNS,
    POLICE,
    RATE_WORDS,
    SOLDIERS,
    SUSPECTS,
    VICTIMS,
)
from briefgen.sections.casualties.numbers import is_number_word


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def is_count_number(tok: Token) -> bool:
    """A token that can be a count by itself: digits or a number word, not a date, time or money.

    Never a count: a fraction ("19.3 deaths per 100,000"), a rate ("12 deaths per year"), a number
    dialled or called ("call 911"), a gallery counter ("1 / 2").
    """
    if tok.ent_type_ in BAD_ENTS:
        return False
    if not (tok.lower_ == "one" or is_number_word(tok.text)):
        return False
    if "." in tok.text:
        return False
    doc = tok.doc
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in NUMBER_VERBS:
        return False
    near = doc[max(tok.i - 1, 0):min(tok.i + 4, len(doc))]
    if any(t.text == "/" for t in near[:3]) or any(t.lower_ in RATE_WORDS for t in near if t.i > tok.i):
        return False
    return True


def is_age(tok: Token) -> bool:
    """"the 19-year-old" (a person), whose digits are an age, never a count."""
    return tok.lower_ in ("old", "olds") and any(t.lower_ in ("year", "years", "month", "months")
                                                 for t in tok.doc[max(tok.i - 3, 0):tok.i])


def is_person(tok: Token, kind: str = "") -> bool:
    lem = lemma(tok)
    if lem in PERSON_NOUNS or tok.lower_ in PERSON_NOUNS or tok.lower_ in HARMED_PRONOUNS:
        return True
    if kind == "killed" and lem in BODY_NOUNS:
        return True
    if tok.ent_type_ in ("PERSON", "NORP") and tok.pos_ in ("PROPN", "NOUN"):
        return True
    return is_age(tok)


def who_of(tok: Token) -> str:
    lem = lemma(tok)
    for words, label in ((POLICE, "police"), (SUSPECTS, "suspects"), (SOLDIERS, "soldiers"),
                         (CIVILIANS, "civilians"), (VICTIMS, "victims")):
        if lem in words or tok.lower_ in words:
            return label
    return "people"


def of_noun(tok: Token) -> Optional[Token]:
    """"three of the victims" → victims."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def poss_person(tok: Token) -> Optional[Token]:
    """"the teen's death" → teen."""
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and is_person(c):
            return c
    return None
