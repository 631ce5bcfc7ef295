"""The signals that mark a point as unresolved: a table of rules, tried in order, each with an example.

A rule looks at one token and returns `(cue, kind)` when the token marks an open point. `kind` is
"hedge" (the article says it is unresolved), "disagreement" (a disputed point) or "speculation"
(a modal on a decision, kept only when a named actor decides: see extract.py). Each rule's `example`
is a sentence on which it fires; tests/test_questions.py parses every example and checks that.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from spacy.tokens import Token

from briefgen.extract.grammar import has_negation
from briefgen.sections.open_questions.lexicon import (
    IDEA_NOUNS,
    VOICER_ASIDE,
    IDEA_PREPS,
    ALLEGED,
    ANONYMITY,
    AT_LARGE,
    CONCERN_NOUNS,
    CONCERN_VERBS,
    CONFLICT_ADJ,
    INTO_QUESTION,
    NO_ONE,
    NO_ONE_VERBS,
    SEEK,
    WAIT,
    WEIGHING,
    CONTENTION,
    DECISIONS,
    DECLINE,
    DECLINED,
    FIND_OUT,
    HEDGE_ADJ,
    HEDGE_ADJ_ATTRIBUTIVE,
    NO_HEADS,
    NO_NOUNS,
    NOT_ADJ,
    OWN_MIND,
    PIVOT_ADJ,
    STILL_NOUNS,
    STILL_VERBS,
    TALKS,
    UNANSWERED_NOUNS,
    UNDER,
    UNTOLD,
    MAY_HAVE,
    NEGATION_WORDS,
    WH_WORDS,
    WHETHER_GOV,
    WHETHER_HEADS,
    YET_TO_ASSERTIVE,
    DARK_VERBS,
    LATER_DECIDED,
    LINE_END,
    FEAR_VERBS,
    FEARED_MODALS,
    ACCUSE,
    UNNAMED_ACCUSERS,
    LATER_SENTENCED,
    DUE_TO,
    LISTED_LINES,
    WHETHER_PREPS,
)

Hit = Optional[tuple[str, str]]


@dataclass(frozen=True)
class Rule:
    name: str
    example: str  # a sentence on which the rule fires
    test: Callable[[Token], Hit]


def _subject(tok: Token) -> Optional[Token]:
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def negated(tok: Token) -> bool:
    """Negated, also where the model tags a curly "n’t" as punctuation ("aren’t confident")."""
    return has_negation(tok) or any(c.lower_ in NEGATION_WORDS for c in tok.children)


def untold_ok(verb: Token, lemma: str) -> bool:
    """A negated verb of telling that leaves a point open, not "asked not to be named" or "I don't know"."""
    if verb.dep_ == "xcomp" and _lemma(verb.head) in ANONYMITY:
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "you") for c in verb.children):
        return False
    if lemma == "rule":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if lemma == "know":
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.tag_ == "VBN"
        if passive:
            return not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)  # "known to police"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in OWN_MIND:
            return False
        return any(c.dep_ in ("ccomp", "dobj") and any(
            g.tag_ in ("WDT", "WP", "WRB") or g.lower_ in ("if", "whether") for g in c.subtree) for c in verb.children)
    return True


def whether_ok(clause: Token) -> bool:
    """'decide whether', 'unclear whether', 'looking into whether': not 'arguing about whether'."""
    gov = clause.head
    if gov.pos_ == "ADP" or gov.dep_ == "prep" and gov.lower_ in WHETHER_PREPS:
        gov = gov.head  # "a decision regarding whether a charge is filed"
    if clause.dep_ == "csubj" or gov.pos_ == "AUX" and gov.lemma_ == "be":
        return True  # "Whether X will attend is unclear", "the question is whether ..."
    if _lemma(gov) in INTO_QUESTION and any(c.dep_ == "prep" and c.lower_ == "into" and any(
            _lemma(g) == "question" for g in c.children) for c in gov.children):
        return True  # "calls into question whether ..."
    return _lemma(gov) in WHETHER_GOV or _lemma(gov) in HEDGE_ADJ | NOT_ADJ


def yet_to(tok: Token) -> Hit:
    doc = tok.doc
    if tok.lower_ == "yet" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        verb = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if verb is not None and _lemma(verb) in YET_TO_ASSERTIVE and not any(c.dep_ == "prt" for c in verb.children):
            return None  # "has yet to show any intention to ...": a criticism, not a step still to come
        return "yet to", "hedge"
    return None


def not_yet(tok: Token) -> Hit:
    """"We haven't yet heard ...", "has not yet been decided": a step not taken so far."""
    if tok.lower_ == "yet" and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX") and negated(tok.head) \
            and not _first_person(tok.head):
        return "not yet", "hedge"
    return None


def _first_person(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "you") for c in verb.children)


def no_one_charged(tok: Token) -> Hit:
    """"No one has been charged", "nobody has claimed responsibility": the step is still to be taken."""
    words = tok.lower_ if tok.lower_ != "one" else f"{tok.nbor(-1).lower_} one" if tok.i > tok.sent.start else ""
    if words in NO_ONE and tok.dep_ in ("nsubj", "nsubjpass") and _lemma(tok.head) in NO_ONE_VERBS \
            and not has_negation(tok.head):
        return f"no one {_lemma(tok.head)}", "hedge"
    return None


def still_sought(tok: Token) -> Hit:
    """"was still being sought by authorities", "police are searching for the weapon": not found yet."""
    lemma = _lemma(tok)
    if lemma not in SEEK or tok.pos_ != "VERB" or _first_person(tok) or has_negation(tok) or any(
            c.dep_ == "nsubj" and c.lower_ == "we" for c in tok.children):
        return None
    still = any(c.dep_ == "advmod" and c.lower_ == "still" for c in tok.children)
    progressive = tok.tag_ == "VBG" and any(c.dep_ in ("aux", "auxpass") and _lemma(c) == "be" for c in tok.children)
    if lemma == "seek" and tok.tag_ == "VBN" and (still or progressive or any(c.dep_ == "auxpass" and c.lower_ == "being"
                                                                                for c in tok.children)):
        return "still sought", "hedge"
    if lemma in ("search", "hunt") and progressive and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return f"{lemma}ing for", "hedge"
    return None


def waiting_for(tok: Token) -> Hit:
    """"waiting to hear more from the medical examiner", "awaiting the autopsy results"."""
    if _lemma(tok) in WAIT and tok.tag_ == "VBG" and not _first_person(tok) and any(
            c.dep_ == "xcomp" and _lemma(c) in ("hear", "learn", "see", "receive", "get") or
            c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "dobj" and _lemma(tok) == "await" for c in tok.children):
        return "waiting for", "hedge"
    return None


def conflicting(tok: Token) -> Hit:
    """"multiple conflicting justifications", "the accounts were contradictory"."""
    if tok.lower_ in CONFLICT_ADJ and tok.dep_ in ("amod", "acomp") and tok.head.pos_ in ("NOUN", "AUX", "VERB"):
        return tok.lower_, "disagreement"
    return None


def weighing(tok: Token) -> Hit:
    """"they are now considering various options": a decision being weighed, not yet taken."""
    if _lemma(tok) in WEIGHING and tok.tag_ == "VBG" and not _first_person(tok) and any(
            c.dep_ == "aux" and _lemma(c) == "be" for c in tok.children) and any(
            c.dep_ in ("dobj", "ccomp") or c.dep_ == "mark" for c in tok.children):
        return f"{_lemma(tok)}ing", "hedge"
    return None


def need_to_approve(tok: Token) -> Hit:
    """"The committee would need to approve the agreements": a decision still to be made by someone else."""
    if _lemma(tok) == "need" and any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in tok.children) and any(
            c.dep_ == "xcomp" and _lemma(c) in DECISIONS for c in tok.children):
        return "would need to", "hedge"
    return None


def alleged(tok: Token) -> Hit:
    """"The congressman allegedly sent ...": a claim, not an established fact."""
    if tok.lower_ in ALLEGED and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX"):
        return tok.lower_, "hedge"
    return None


def idea_of(noun: Token) -> Optional[Token]:
    """The idea a worry is about: "skepticism at the idea that ...", the preposition hung on the noun or on the verb
    that voices it."""
    for owner in (noun, noun.head):
        for c in owner.children:
            if c.dep_ == "prep" and c.lower_ in IDEA_PREPS and (c.head.i == noun.i or c.i > noun.i):
                idea = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in IDEA_NOUNS), None)
                if idea is not None:
                    return idea
    return None



def voicer(verb: Token):
    """Who voices a worry: the verb's subject, else (the parser took the name for the conjunct of a name before it:
    "During his time to question Hale, Sen. Ada Morrow, D-Ore., voiced ...") the person named just before the verb,
    with at most a short aside set off by commas between them; else None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    doc = verb.doc
    if subj is not None:
        start = subj.left_edge.i
        if subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON":  # "Hale, Sen. Ada Morrow": from the name's own start
            e = next(e for e in verb.sent.ents if e.start <= subj.i < e.end)
            start = max(start, e.start - 1 if e.start > start and doc[e.start - 1].pos_ == "PROPN" else e.start)
        return doc[start:subj.right_edge.i + 1]
    for e in verb.sent.ents:
        if e.label_ != "PERSON" or e.end > verb.i:
            continue
        between = doc[e.end:verb.i]
        if len(between) == 0 or len(between) <= VOICER_ASIDE and between[0].text == "," and between[-1].text == "," \
                and not any(t.pos_ in ("VERB", "AUX") for t in between):
            start = e.start - 1 if e.start > verb.sent.start and doc[e.start - 1].pos_ == "PROPN" else e.start
            return doc[start:e.end]  # the name without its aside
    return None


def concern(tok: Token) -> Hit:
    """"Doctors have some concerns with his blood levels", "allies voiced concern that ...": a worry still open."""
    if _lemma(tok) in CONCERN_NOUNS and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and _lemma(tok.head) in CONCERN_VERBS \
            and not _first_person(tok.head) and voicer(tok.head) is not None and (any(c.dep_ in ("prep", "acl") or c.dep_ == "relcl" for c in tok.children) or idea_of(tok) is not None):
        return _lemma(tok), "hedge"
    return None


def not_told(tok: Token) -> Hit:
    lemma = _lemma(tok)
    if tok.pos_ in ("VERB", "AUX") and lemma in UNTOLD and negated(tok) and untold_ok(tok, lemma):
        return f"not {lemma}", "hedge"
    return None


def declined(tok: Token) -> Hit:
    lemma = _lemma(tok)
    if lemma in DECLINE and tok.pos_ == "VERB" and not any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "you") for c in tok.children):
        if any(c.dep_ == "xcomp" and _lemma(c) in DECLINED and not any(g.dep_ == "prt" for g in c.children)
               for c in tok.children):  # not "refused to give up its missiles": a stance
            return f"{lemma} to", "hedge"
        if any(c.dep_ == "dobj" and _lemma(c) == "comment" for c in tok.children):
            return f"{lemma} comment", "hedge"
    return None


def hedge_adjective(tok: Token) -> Hit:
    lemma = _lemma(tok)
    if tok.pos_ == "ADJ" and lemma in HEDGE_ADJ and (tok.dep_ != "amod" or lemma in HEDGE_ADJ_ATTRIBUTIVE):
        if tok.dep_ == "amod" and not attributive_ok(tok, lemma):
            return None
        return lemma, "disagreement" if lemma == "divided" else "hedge"
    return None


def attributive_ok(adj: Token, lemma: str) -> bool:
    """"unanswered questions", "an undisclosed location": not "eight unanswered runs" (a count of things)."""
    noun = adj.head
    if lemma == "unanswered":
        return _lemma(noun) in UNANSWERED_NOUNS
    return not any(c.dep_ == "nummod" for c in noun.children)


def not_clear(tok: Token) -> Hit:
    lemma, dep = _lemma(tok), tok.dep_
    if lemma in NOT_ADJ and tok.pos_ in ("ADJ", "VERB") and dep in ("acomp", "ccomp", "ROOT", "oprd", "attr") and (
            negated(tok) or negated(tok.head) and _lemma(tok.head) in ("be", "remain", "seem")):
        if tok.tag_ != "VBN" or any(c.dep_ == "auxpass" for c in tok.children) or dep == "acomp":
            return f"not {lemma}", "hedge"
    return None


def remains_to_be_seen(tok: Token) -> Hit:
    if _lemma(tok) == "see" and _lemma(tok.head) == "remain" and any(c.dep_ == "auxpass" for c in tok.children):
        return "remains to be seen", "hedge"
    return None


def under_review(tok: Token) -> Hit:
    if tok.lower_ == "under":
        noun = next((c for c in tok.children if c.dep_ == "pobj" and _lemma(c) in UNDER), None)
        if noun is not None:
            return f"under {noun.lower_}", "hedge"
    return None


def floated(tok: Token) -> Hit:
    if _lemma(tok) == "float" and tok.tag_ == "VBN":
        return "floated", "hedge"
    return None


def whether(tok: Token) -> Hit:
    if tok.lower_ != "whether" or tok.dep_ != "mark":
        return None
    if tok.head.dep_ in WHETHER_HEADS and whether_ok(tok.head):
        return "whether", "hedge"
    if tok.i == tok.sent.start and tok.head.dep_ == "ROOT":
        return "whether", "hedge"  # a question listed on its own line: "Whether the bank will claw back ..."
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 2].lower_ == "into" and _lemma(doc[tok.i - 1]) == "question":
        return "whether", "hedge"  # "a rate that calls into question whether ..."
    return None


def listed_question(tok: Token) -> Hit:
    """"Here's what the senators wanted to know: / How the bank will help customers ...": a wh-question listed on
    its own line under a lead-in that ends with a colon (the lines between it and the lead-in listed questions too);
    not a headline ("Why the Fed raised rates") nor "When police arrived, ..." (a clause hung on another)."""
    sent = tok.sent
    if tok.lower_ not in WH_WORDS or tok.i != sent.start or tok.tag_ not in ("WDT", "WP", "WRB") \
            or tok.head.dep_ != "ROOT" or tok.head.i <= tok.i:
        return None
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text in LINE_END or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children):
        return None
    doc, start = tok.doc, sent.start
    for _ in range(LISTED_LINES):
        if start == 0:
            return None
        prev = doc[start - 1].sent
        end = next((t for t in reversed(prev) if not t.is_space), None)
        if end is not None and end.text == ":":
            return f"listed {tok.lower_}", "hedge"
        first = next((t for t in prev if not t.is_space), None)
        if first is None or first.lower_ not in WH_WORDS | {"whether"} or end is not None and end.text in LINE_END:
            return None
        start = prev.start
    return None


def may_have(tok: Token) -> Hit:
    """"rebels may have been holed up inside": a guess about what happened, not yet established."""
    if tok.tag_ != "VBN" or _first_person(tok) or any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in tok.children):
        return None  # "He may have won the race, but ...": a concession, no open point
    auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    modal = next((a for a in auxes if a in MAY_HAVE), None)
    if modal is not None and "have" in auxes:
        return f"{modal} have", "hedge"
    return None


def differences_remain(tok: Token) -> Hit:
    lemma = _lemma(tok)
    if lemma in STILL_VERBS and any(c.dep_ == "nsubj" and _lemma(c) in STILL_NOUNS for c in tok.children):
        return lemma, "disagreement"
    return None


def point_of_contention(tok: Token) -> Hit:
    lemma = _lemma(tok)
    point = tok.head.head
    if lemma in CONTENTION and tok.dep_ == "pobj" and tok.head.lower_ == "of" and _lemma(point) in (
            "point", "bone", "source", "subject", "matter") and point.dep_ in ("attr", "nsubj", "nsubjpass") \
            and _lemma(point.head) in ("be", "remain", "become", "stay"):  # "X is a point of contention", not "discussed points of ..."
        return f"point of {lemma}", "disagreement"
    return None


def sticking_point(tok: Token) -> Hit:
    if _lemma(tok) == "point" and any(c.lower_ == "sticking" for c in tok.children):
        return "sticking point", "disagreement"
    return None


def question_of(tok: Token) -> Hit:
    if _lemma(tok) == "question" and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ in ("of", "over") for c in tok.children):
        return "question of", "hedge"
    return None


def no_decision(tok: Token) -> Hit:
    lemma = _lemma(tok)
    if lemma in NO_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and _lemma(tok.head) not in NO_HEADS:
            return None  # "no charges were warranted": a decision, not a missing fact
        return f"no {lemma}", "hedge"
    return None


def find_out_wh(tok: Token) -> Hit:
    """"trying to determine what caused the fire", "looking into how the wire touched the fence"."""
    if tok.lower_ not in WH_WORDS or tok.i == tok.sent.start:
        return None
    clause = tok.head if tok.dep_ not in ("advmod", "nsubj", "dobj", "attr") or tok.head.pos_ in ("VERB", "AUX") \
        else tok
    if clause.dep_ not in ("ccomp", "pcomp", "xcomp", "dobj", "pobj"):
        return None
    if tok.lower_ == "what" and _lemma(clause) == "be" and not any(c.dep_ == "attr" and c.i > clause.i
                                                                    and c.lower_ != "what" for c in clause.children):
        return None  # "to determine what's what": an idiom, no open point
    gov = clause.head
    if gov.pos_ == "ADP":
        gov = gov.head
    if _lemma(gov) in FIND_OUT and not any(c.dep_ == "nsubj" and c.lower_ in ("i", "you", "we") for c in gov.children):
        if _lemma(gov) == "know" and not has_negation(gov):
            return None
        return f"{_lemma(gov)} {tok.lower_}", "hedge"
    return None


def at_large(tok: Token) -> Hit:
    """"The suspect remains at large": someone sought and not yet found."""
    doc = tok.doc
    if tok.lower_ in AT_LARGE and tok.i > 0 and doc[tok.i - 1].lower_ == "at" and _lemma(doc[tok.i - 1].head) in (
            "remain", "be", "stay"):
        return "at large", "hedge"
    return None


def key_to_talks(tok: Token) -> Hit:
    lemma = _lemma(tok)
    if lemma in PIVOT_ADJ and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr"):
        prep = next((c for c in tok.children if c.dep_ == "prep"), None)
        if any(c.dep_ == "prep" and c.lower_ in ("to", "in", "for") and any(_lemma(g) in TALKS for g in c.children)
               for c in tok.children):
            return f"{lemma} {prep.lower_}", "hedge"
    return None


def if_needed(tok: Token) -> Hit:
    doc = tok.doc
    if tok.lower_ == "if" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("necessary", "needed", "required"):
        return f"if {doc[tok.i + 1].lower_}", "hedge"
    return None


def ongoing_investigation(tok: Token) -> Hit:
    lemma = _lemma(tok)
    if lemma in ("ongoing", "continuing") and _lemma(tok.head) in ("investigation", "probe", "inquiry"):
        return f"{lemma} investigation", "hedge"
    return None


def investigation_ongoing(tok: Token) -> Hit:
    lemma = _lemma(tok)
    if lemma in ("investigation", "probe", "inquiry") and tok.dep_ == "nsubj" and any(
            _lemma(c) in ("ongoing", "continue") for c in tok.head.children):
        return f"{lemma} ongoing", "hedge"
    return None


def in_the_dark(tok: Token) -> Hit:
    """"The family remained in the dark over what happened", "were kept in the dark": not told."""
    if tok.lower_ == "dark" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and _lemma(tok.head.head) in DARK_VERBS:
        return "in the dark", "hedge"
    return None


def to_be_decided(tok: Token) -> Hit:
    """"The precise number of athletes will be hammered out after the talks": a decision still to be taken."""
    lemma = _lemma(tok)
    if tok.tag_ != "VBN" or lemma not in LATER_DECIDED or _first_person(tok):
        return None
    if LATER_DECIDED[lemma] and not any(c.dep_ == "prt" and c.lower_ == LATER_DECIDED[lemma] for c in tok.children):
        return None
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if "will" in auxes and "be" in auxes and not has_negation(tok):
        return "to be decided", "hedge"
    return None


def to_be_sentenced(tok: Token) -> Hit:
    """"The judge will sentence him Aug. 28", "Marsh is due to be sentenced next month": the sentence is still to
    come (not "was sentenced", "would sentence him if ...")."""
    if _lemma(tok) not in LATER_SENTENCED or tok.pos_ != "VERB" or has_negation(tok) or _first_person(tok):
        return None
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if "will" in auxes or "to" in auxes and _lemma(tok.head) in DUE_TO:
        return "to be sentenced", "hedge"
    return None


def feared(tok: Token) -> Hit:
    """"Activists fear Obama will make a deal to pass the accord": a worry about what is still to come (a will or a
    modal in the feared clause), not "I fear", nor "residents feared for their lives"."""
    if _lemma(tok) not in FEAR_VERBS or tok.pos_ != "VERB" or has_negation(tok) or _first_person(tok):
        return None
    subj = _subject(tok)
    if subj is None or subj.lower_ == "we":
        return None
    if any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in FEARED_MODALS for a in c.children)
           for c in tok.children):
        return "fear", "hedge"
    return None


def unnamed_accusation(tok: Token) -> Hit:
    """"Some accuse the state of deploying foreign mercenaries": a charge no one named makes, not yet established
    (a named accuser's charge is a position)."""
    if _lemma(tok) not in ACCUSE or tok.pos_ != "VERB":
        return None
    subj = _subject(tok)
    if subj is None or subj.lemma_.lower() not in UNNAMED_ACCUSERS or any(c.dep_ in ("prep", "poss", "compound", "amod")
                                                                         for c in subj.children):
        return None
    if any(c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) or
           c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return "accuse", "hedge"
    return None


def might_decide(tok: Token) -> Hit:
    if tok.pos_ == "VERB" and _lemma(tok) in DECISIONS:
        modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("might", "could", "may")), None)
        if modal is not None:
            return f"{modal.lower_} {_lemma(tok)}", "speculation"
    return None


# fmt: off
RULES: tuple[Rule, ...] = (
    Rule("yet to", "The Kremlin has yet to confirm whether Putin will attend the summit.", yet_to),
    Rule("not yet", "Investigators have not yet decided on the cause.", not_yet),
    Rule("no one charged", "No one has been charged in the attack.", no_one_charged),
    Rule("not told", "Officials did not say when the talks would resume.", not_told),
    Rule("declined", "A spokesman declined to comment on the report.", declined),
    Rule("hedge adjective", "It is unclear who will lead the new government.", hedge_adjective),
    Rule("not clear", "The cause of the fire was not immediately clear.", not_clear),
    Rule("remains to be seen", "It remains to be seen whether the deal will hold.", remains_to_be_seen),
    Rule("under review", "The proposal is under review by the ministry.", under_review),
    Rule("floated", "A ceasefire has been floated by several European leaders.", floated),
    Rule("whether", "Investigators are trying to determine whether the driver was drunk.", whether),
    Rule("differences remain", "Significant differences remain between the two sides.", differences_remain),
    Rule("point of contention", "The border has long been a point of contention between the neighbours.",
         point_of_contention),
    Rule("sticking point", "Security guarantees are the main sticking point in the negotiations.", sticking_point),
    Rule("question of", "The question of sanctions was left for a later meeting.", question_of),
    Rule("no decision", "There was no decision on the new budget at the meeting.", no_decision),
    Rule("key to talks", "The fate of the region is central to the talks.", key_to_talks),
    Rule("if needed", "The army will send more troops if necessary, the minister said.", if_needed),
    Rule("ongoing investigation", "Police said the ongoing investigation would take weeks.", ongoing_investigation),
    Rule("investigation ongoing", "The investigation is ongoing, police said.", investigation_ongoing),
    Rule("find out wh", "Investigators are trying to determine what caused the fire.", find_out_wh),
    Rule("at large", "The gunman remains at large, police said.", at_large),
    Rule("listed question", "The panel asked three things:\n\nHow the fund will repay its savers", listed_question),
    Rule("may have", "The fire may have been started by a faulty heater.", may_have),
    Rule("still sought", "The driver was still being sought by police on Friday.", still_sought),
    Rule("waiting for", "Detectives are waiting for the results of the autopsy.", waiting_for),
    Rule("conflicting", "The ministry gave conflicting accounts of the raid.", conflicting),
    Rule("weighing", "The council is considering several options for the site.", weighing),
    Rule("would need to", "The regulator would need to approve the merger.", need_to_approve),
    Rule("alleged", "The official allegedly took bribes from the contractor.", alleged),
    Rule("concern", "Engineers have concerns about the dam's spillway.", concern),
    Rule("in the dark", "The family remained in the dark over what happened.", in_the_dark),
    Rule("to be decided", "The route will be decided after the talks next week.", to_be_decided),
    Rule("to be sentenced", "The judge will sentence the driver on May 4.", to_be_sentenced),
    Rule("fear", "Farmers fear the drought will ruin the harvest.", feared),
    Rule("unnamed accusation", "Some accuse the police of firing on the crowd.", unnamed_accusation),
    Rule("might decide", "Zelensky might reject the plan, diplomats said.", might_decide),
)
# fmt: on


def trigger(tok: Token) -> Hit:
    """(cue, kind) from the first rule that fires on this token, else None."""
    for rule in RULES:
        hit = rule.test(tok)
        if hit is not None:
            return hit
    return None
