"""The harm kind, decided once: which harm a word names (killed, wounded, shot, missing, displaced).

Each sentence is scanned for harm words (kill, die, dead, wound, injure, shoot, death toll,
casualties, missing, displaced). "shot dead", "fatally shot" and "mortally wounded" are deaths; "shot
at" is not harm, nor is a negated or unreal harm ("trying to kill", "would have been killed").
"X people were shot" says people were hit, not whether they lived: the sentence's "survived" or "in
stable condition" makes them wounded (the article-level pass in passes.py decides the rest). When
several harm words point at one nominal, `final_kind` decides the kind once ("shot and killed" →
killed; "killed or wounded" → killed_or_wounded).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Span, Token

from briefgen.sections.casualties.lexicon import (
    CASUALTY_NOUNS,
    DEAD_ADJ,
    DEATH_MODIFIERS,
    DEATH_NOUNS,
    DIE_VERBS,
    DISPLACE_VERBS,
    IRREALIS,
    KILL_VERBS,
    MISSING_ADJ,
    MODALS,
    OF_NOUNS,
    PRIORITY,
    RAISE_VERBS,
    QUESTION_MARKS,
    SHOOT_VERBS,
    STRIKE_BY,
    STRIKE_VERBS,
    SURVIVAL,
    TOLL_NOUNS,
    TOLL_VERBS,
    WOUND_ADJ,
    WOUND_VERBS,
)
from briefgen.sections.casualties.people import lemma, of_noun, poss_person


def base_kind(tok: Token) -> Optional[str]:
    """The kind of harm a single token names, or None."""
    lem, low, pos = lemma(tok), tok.lower_, tok.pos_
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
        if lem in DEATH_NOUNS or lem in CASUALTY_NOUNS or lem in OF_NOUNS or lem in TOLL_NOUNS:
            return _noun_kind(tok)
    return None


def _noun_kind(tok: Token) -> Optional[str]:
    lem = lemma(tok)
    if lem == "number":  # "bringing the number of fatalities to three"
        of = of_noun(tok)
        return "killed" if of is not None and lemma(of) in DEATH_NOUNS | DEAD_ADJ and raised_to(tok) else None
    if lem == "toll":
        if any(lemma(c) in ("death", "casualty") for c in tok.children):
            return "killed"
        # "would push the overall toll to 99" beside the deaths it counts
        return "killed" if raised_to(tok) and any(lemma(t) in DEATH_NOUNS | DIE_VERBS | KILL_VERBS for t in tok.sent) else None
    if lem in CASUALTY_NOUNS:
        return "killed_or_wounded"
    if lem == "death" and tok.head.lower_ == "to" and lemma(tok.head.head) in SHOOT_VERBS | KILL_VERBS | {"beat", "burn", "stab"}:
        return None  # "shot to death" is read on the verb
    if lem in DEATH_NOUNS and (any(c.dep_ == "nummod" for c in tok.children) or of_noun(tok) is not None):
        return "killed"
    if lem in OF_NOUNS and (of_noun(tok) is not None or lem == "death" and poss_person(tok) is not None):
        kind = OF_NOUNS[lem]
        if kind == "shot" and any(c.lower_ in DEATH_MODIFIERS for c in tok.children):
            return "killed"
        return kind
    return None


def raised_to(tok: Token) -> Optional[Token]:
    """The number a toll is raised to: "bringing the number of fatalities to three", "the toll rose to 99"."""
    verb = tok.head
    if not ((tok.dep_ == "dobj" and lemma(verb) in RAISE_VERBS) or (tok.dep_ == "nsubj" and lemma(verb) in TOLL_VERBS)):
        return None
    # "raising the total death toll from Yemen protests to seven": the parser may hang "to" on the toll's words
    for prep in list(verb.children) + [t for t in tok.subtree if t.i > tok.i]:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.like_num:
                    return obj
    return None


def _struck_by_fire(tok: Token) -> bool:
    for child in tok.children:
        if child.dep_ in ("agent", "prep") and child.lower_ == "by":
            if any(lemma(o) in STRIKE_BY for o in child.children):
                return True
    return False


def _death_marked(verb: Token) -> bool:
    """"shot dead", "shot to death", "fatally shot", "mortally wounded"."""
    for child in verb.children:
        if child.lower_ in ("dead",) and child.dep_ in ("oprd", "acomp", "advmod", "xcomp", "ccomp", "conj", "dobj"):
            return True
        if child.dep_ == "advmod" and child.lower_ in DEATH_MODIFIERS:
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(lemma(o) == "death" for o in child.children):
            return True
    return False


def harm_kind(tok: Token) -> Optional[str]:
    base = base_kind(tok)
    if base in ("shot", "wounded") and tok.pos_ in ("VERB", "AUX") or base == "shot":
        if _death_marked(tok):
            return "killed"
    return base


def negated(tok: Token) -> bool:
    for t in (tok, tok.head):
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if t.dep_ not in ("conj", "xcomp", "acomp", "oprd", "ccomp"):
            break
    return False


def irrealis(tok: Token) -> bool:
    """"trying to kill", "would have been killed", "missed being shot": harm that did not happen."""
    if any(c.dep_ == "amod" and lemma(c) in IRREALIS for c in tok.children):
        return True  # "the attempted murders of five teenagers"
    t = tok
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in t.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in t.children):
            return True  # "whether someone shot the child": asked about, not told
        if t.dep_ in ("xcomp", "ccomp", "pcomp", "advcl", "acl", "conj") and lemma(t.head) in IRREALIS:
            return True
        if t.head.i == t.i or t.dep_ not in ("xcomp", "conj", "acl", "relcl", "pcomp", "attr", "acomp", "oprd"):
            break
        t = t.head
    return False


def shot_at(tok: Token) -> bool:
    """"was shot at": fired on, not hit."""
    return lemma(tok) in SHOOT_VERBS and any(c.dep_ == "prep" and c.lower_ == "at" and
                                              not any(o.dep_ == "pobj" for o in c.children)
                                              for c in tok.children)


@dataclass
class Harm:
    """What the harm words of a sentence say about one nominal."""

    kinds: set[str] = field(default_factory=set)
    triggers: list[Token] = field(default_factory=list)
    either: bool = False  # "killed or wounded"


def final_kind(harm: Harm) -> str:
    """"shot and killed" → killed; "killed or wounded" → killed_or_wounded."""
    if harm.either:
        kinds = {harm_kind(t) for t in harm.triggers} | {
            harm_kind(c) for t in harm.triggers for c in t.children if c.dep_ == "conj" and base_kind(c)}
        if len(kinds - {None}) > 1:
            return "killed_or_wounded"
    return max(harm.kinds, key=lambda k: PRIORITY.get(k, 0))


def killing_in(sent: Span) -> bool:
    return any(harm_kind(t) == "killed" for t in sent)


def survived(sent: Span) -> bool:
    """"was shot but survived", "in stable condition": the people shot lived."""
    if killing_in(sent):
        return False
    for t in sent:
        if lemma(t) in SURVIVAL and t.pos_ == "VERB" and not negated(t):
            partitive = [c for c in t.children if c.dep_ == "nsubj"] + ([t.head] if t.dep_ == "relcl" else [])
            if any(any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in partitive):
                return False  # "only one of whom survived": the others did not
            return True
        if t.lower_ in ("condition", "non-life", "life-threatening") or t.lower_ == "threatening" and t.i > 0 and t.nbor(-1).lower_ == "-":
            return True
    return False
