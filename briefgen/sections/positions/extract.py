"""Positions: what each actor says, wants, rejects or proposes, from reported speech and stance verbs.

A position is a verb of saying or of stance whose subject (or passive agent, or the X of "according
to X") resolves to an actor. Subjects are inherited along participles, conjuncts and to-infinitives
("Trump said ..., while ruling out ...", "Moscow has yet to confirm ..."), and "he"/"she" resolve to
the nearest person named before. The text is the article's own words: from the actor's mention to the
end of the verb's complement, leaving out coordinated clauses that are positions of their own.
Verbs inside a direct quotation are left to quotes.py: there the speaker is the one quoted.
"""
from __future__ import annotations

from itertools import islice

import re
from bisect import bisect_left
from typing import Iterable, Optional

from spacy.tokens import Span, Token

from briefgen.extract.actors import NOT_TITLES as TITLE_SKIP, PRONOUNS as GENDER_OF, TITLE_WORDS, is_outlet
from briefgen.extract.context import ArticleContext, clean, skipped, source_for
from briefgen.extract.grammar import is_negated, quoted_tokens, window_start
from briefgen.extract.lexicon import BOTH_QUOTES, CLOSE_QUOTES, OPEN_QUOTES, RELATIVE
from briefgen.sections.casualties.roundup import Places
from briefgen.sections.positions.lexicon import (
    ADJ_STANCE,
    BODY_BEFORE,
    POINTED_PERSONS,
    POINTING_DETERMINERS,
    BODY_LEAD,
    BODY_STANDS_OUT,
    UNNAMED_BODIES,
    CLAUSE_DEPS,
    COPULAS,
    EXPRESSED,
    HEAD_NOUN_DEPS,
    INHERIT_DEPS,
    MAX_TEXT_TOKENS,
    NOUN_PREPS,
    NOUN_STANCE,
    OBJECT_DEPS,
    OBJECT_OK,
    PREP_OK,
    PRONOUN_PEOPLE,
    REPORTING,
    COMMIT_MODALS,
    NOT_DENIALS,
    DANGLING_ENDS,
    EXPLETIVE_CLAUSE_DEPS,
    LEAD_MAX_WORDS,
    MAIN_CLAUSE_DEPS,
    REFERRING_DEPS,
    REFERRING_PERSON_PRONOUNS,
    REFERRING_THING_PRONOUNS,
    ATTENTION_IMPERATIVES,
    NOT_PROMISED,
    ADVOCATED,
    DISMISSING_NEGATIONS,
    QUOTE_COMMIT_MODALS,
    QUOTE_SPEAKER_SUBJECTS,
    CONTENT_STANCE,
    EVALUATIVE,
    MIN_QUOTE_WORDS,
    OBLIGATION_VERBS,
    PAST_TENSE,
    ROLE_NOUNS,
    SPEAKER_SUBJECTS,
    STANCE,
    SIDE_MODALS,
    STANCE_MODALS,
    ADVOCATES,
    ASSERTIVE,
    COGNITION,
    FACT_TELLERS,
    HEDGES,
    ISSUE_VERBS,
    SPEECH_NOUNS,
    BELIEF_NOUNS,
    BELIEF_VERBS,
    FIRST_PERSON_OWNERS,
    GROUP_SUBJECTS,
    LIGHT_VERBS,
    TIME_NOUNS,
    WISH_MODALS,
    WISH_VERBS,
    DISMISSIVE,
    CONDEMNING,
    AGREE_CUES,
    DEMAND_MODALS,
    WEAK_CUES,
    BACK_DETERMINERS,
    BLAME_ADJECTIVES,
    CHARACTER_WORDS,
    DEMONSTRATIVES,
    NORMATIVE_VERBS,
    NOT_WANTED,
    SEQUENCE_ADVERBS,
    TRIBUTE_OBJECTS,
    TRY_VERBS,
    PERSONAL_SUBJECTS,
    LINKING_VERBS,
    NOT_CALLS,
    ENTITLEMENTS,
    NOUN_VERBS,
    NOUN_VERB_PREPS,
    OBJECT_PRONOUNS,
    LEADING_CONJUNCTIONS,
    ASCRIBING_VERBS,
    EVIDENTIAL_VERBS,
    CONTINUATION_MAX_WORDS,
    BACK_REFERENCES,
    CONTINUATION_LEAD,
    NOBODY_DETERMINERS,
    LACK_COMPARATIVES,
    OFFERED_NOUNS,
    CONDITION_MARKS,
    DOCUMENT_NOUNS,
    EXCULPATORY,
    PERSON_BODIES,
    MEMBER_NOUNS,
    PERSON_NOUNS,
    PROSECUTORS,
    COURSE_NOUNS,
    OFFER_VERBS,
    UNEARNED_VERBS,
    BYGONE,
    PERFECT_AUX,
    RECORD_ACTS,
    SEQUENCE_OPENERS,
    LAMENTS,
    CLAIM_NOUNS,
    APPROVING,
    DISAPPROVING,
    ALARMING,
    NEEDED,
    CHARGES,
    AIM_NOUNS,
)
from briefgen.sections.positions.model import Position


def cue_of(verb: Token) -> str:
    """The verb lemma, with its particle or governing preposition where that is the meaning."""
    lemma = verb.lemma_.lower()
    if makes_clear(verb):
        return "make clear"
    for child in verb.children:
        if child.dep_ == "prt" and child.lower_ in ("out", "up", "down", "back", "on", "off"):
            return f"{lemma} {child.lower_}"
        if lemma == "call" and child.dep_ == "prep" and child.lower_ in ("for", "on"):
            return f"call {child.lower_}"
    return lemma




def makes_clear(verb: Token) -> bool:
    """'X made clear (that) ...', 'X made it clear ...': a firm statement of X's."""
    return verb.lemma_.lower() == "make" and any(
        c.lower_ == "clear" and c.dep_ in ("oprd", "acomp", "ccomp", "advmod", "dobj", "amod") for c in verb.children
    ) and any(c.dep_ in ("ccomp", "xcomp") or c.lower_ == "clear" and any(g.dep_ == "ccomp" for g in c.children)
              for c in verb.children)


def stance_of(verb: Token, cue: str) -> str:
    if is_negated(verb) or has_yet_to(verb):
        return "states"
    if cue in ("express", "voice"):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return EXPRESSED.get(obj.lower_, "states") if obj is not None else "states"
    if cue == "suggest" and not any(c.dep_ == "dobj" for c in verb.children):
        # "X suggested there is little prospect ...": an assessment; a proposal only with a modal of
        # what could or should be done ("suggested that the US could offer support")
        clause = [t for c in verb.children if c.dep_ in CLAUSE_DEPS for t in c.subtree]
        return "proposes" if any(t.tag_ == "MD" and t.lower_ in ("could", "should", "might", "may", "must")
                                 for t in clause) else "states"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if cue in OFFERED_NOUNS and obj is not None and obj.lemma_.lower() in NOUN_STANCE \
            and NOUN_STANCE[obj.lemma_.lower()] != "states":
        return NOUN_STANCE[obj.lemma_.lower()]  # "offered her firmest promise yet that ...": a promise
    if cue in ("ask", "tell") and obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") and any(
            c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in verb.children):
        return "urges"  # "Obama asked the king to hold those responsible accountable": a request of another
    if cue == "tout" and not (obj is not None and (NOUN_STANCE.get(obj.lemma_.lower(), "states") != "states"
                                                    or obj.lemma_.lower() in ADVOCATED)):
        return "states"  # "touted her proposals" supports them; "touted the company's record growth" boasts
    if cue in STANCE:
        return STANCE[cue]
    if cue == "call":  # "called X a liar" is a statement, "called for" is handled above
        return "states"
    return STANCE.get(verb.lemma_.lower(), "states")


def has_yet_to(verb: Token) -> bool:
    """'has yet to confirm', 'is yet to decide'."""
    return verb.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.head.children)


def quoted_content(verb: Token, quoted: set[int]) -> bool:
    """The verb only introduces a direct quotation ("'...,' he said"): that is a quote, not a position."""
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        clauses.append(verb.head)
    addressee = verb.lemma_.lower() in ("tell", "say", "add", "write", "ask", "assure")
    if not clauses or not addressee and any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return False
    for clause in clauses:
        first = clause.left_edge
        while first.i < clause.i and (first.is_punct or first.is_space):
            if first.text in OPEN_QUOTES | BOTH_QUOTES:
                break
            first = first.doc[first.i + 1]
        marks = OPEN_QUOTES | BOTH_QUOTES
        opened = first.text in marks or first.i > 0 and first.nbor(-1).text in marks
        if not (opened or first.i in quoted):
            return False
    return True


def statement_clauses(verb: Token) -> list[Token]:
    """'said in a statement that X must ...': the that-clause parsed onto the noun of "in a statement";
    'told detectives that he ...': the that-clause parsed as a relative clause of the addressee."""
    out = []
    for obj in verb.children:  # "told detectives that he ...", parsed as a relative clause of "detectives"
        if obj.dep_ in ("dobj", "dative") and verb.lemma_.lower() in ("tell", "assure", "inform", "warn", "remind"):
            out.extend(c for c in obj.children if c.dep_ == "relcl" and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children) and any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in NOUN_STANCE:
                out.extend(c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in c.children))
    return out


def has_content(verb: Token, lemma: str) -> bool:
    """A reporting verb reports something: a clause, or an object where the verb's object is a position."""
    if statement_clauses(verb):
        return True
    if verb.dep_ == "parataxis" and verb.head.i < verb.i and lemma not in OBJECT_OK:
        return True  # "The move could backfire, allies believe."
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS and child.i > verb.i:
            return True
        if child.dep_ in CLAUSE_DEPS and child.i < verb.i and verb.dep_ == "ROOT":
            return True  # "The plan will fail, he said."
        if child.dep_ in OBJECT_DEPS and lemma in OBJECT_OK and (child.pos_ != "PRON" or any(
                c.dep_ in ("prep", "oprd", "xcomp") for c in verb.children)):
            return True
        if child.dep_ == "prep" and child.lower_ in PREP_OK.get(lemma, ()):
            return any(g.dep_ in ("pobj", "pcomp") for g in child.children)
        if child.dep_ == "prt" and lemma in ("rule", "play", "speak", "point"):
            return any(c.dep_ in OBJECT_DEPS or c.dep_ in CLAUSE_DEPS for c in verb.children)
    return False


def subject_of(verb: Token, depth: int = 0) -> Optional[Token]:
    """The subject (or passive agent) of the verb, climbing to the clause it hangs on when it has none."""
    for child in sorted(verb.children, key=dateline):  # "WASHINGTON (UPI) - A spokesman said": not the dateline
        if child.dep_ in ("nsubj", "csubj"):
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                return who_antecedent(child) or verb.head
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "nsubjpass":
            return None  # "X was told that ...": the speaker is not named here
    named = name_before(verb)
    if named is not None:
        return named
    if (depth < 3 and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj"
            and verb.head.head.lemma_.lower() in ISSUE_VERBS):
        return subject_of(verb.head.head, depth + 1)  # "X released a statement saying ...": X says it
    if depth < 3 and verb.dep_ in INHERIT_DEPS and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        speaker = reporting_ancestor(verb) if verb.tag_ == "VBG" and verb.dep_ == "advcl" else None
        return subject_of(speaker if speaker is not None else verb.head, depth + 1)
    return None


def who_antecedent(rel: Token) -> Optional[Token]:
    """'who' stands for the noun written right before it ("the concerns of members of Congress who have
    called for ...": the members, wherever the parse hung the clause); a role noun's "of X" is the role."""
    if rel.lower_ != "who" or rel.i == 0:
        return None
    ant = rel.doc[rel.i - 1]
    if ant.pos_ not in ("NOUN", "PROPN") or ant.i == rel.head.head.i:
        return None
    if ant.dep_ == "pobj" and ant.head.lower_ == "of" and ant.head.head.lower_ in ROLE_NOUNS:
        return ant.head.head
    return ant


def name_before(verb: Token) -> Optional[Token]:
    """A finite verb without a subject of its own right after a name the parse hung elsewhere ("The US
    military has moved firepower to the region and Secretary of State Rex Tillerson warned ...", the name
    parsed as a conjunct of "region"): that name is the verb's subject, not the subject of the clause
    the verb was hung on."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("advcl", "conj", "ccomp", "parataxis"):
        return None
    prev = verb.i - 1
    while prev >= verb.sent.start and verb.doc[prev].dep_ in ("aux", "neg", "advmod") and verb.doc[prev].head.i == verb.i:
        prev -= 1
    if prev < verb.sent.start:
        return None
    tok = verb.doc[prev]
    if tok.pos_ != "PROPN" or tok.head.i == verb.i or tok.dep_ not in ("conj", "pobj", "dobj", "appos", "npadvmod"):
        return None
    return tok


def reporting_ancestor(verb: Token) -> Optional[Token]:
    """For ', emphasizing ...' hung inside a reported clause: the reporting verb whose subject speaks."""
    cur = verb.head
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORTING:
            return cur.head
        if cur.dep_ not in ("conj", "advcl", "xcomp", "ccomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def embedded(tok: Token) -> bool:
    """A cue inside what someone else is reported to have said ("X said Y rejected ..."): Y's stance is
    X's claim, not Y's own position."""
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and STANCE.get(cue_of(tok), "states") != "states":
        return False  # "... the concerns of members of Congress who have called for an end to aid": told as known
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in cur.children):
            return False  # ", emphasizing ...": the speaker's own participle
        if cur is tok and cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.dep_ == "dobj" \
                and cur.head.head.lemma_.lower() in ISSUE_VERBS:
            return False  # "X released a statement saying ...": X's own statement
        if cur.dep_ == "ccomp" and cur.head.pos_ in ("VERB", "AUX") and (
                cur.head.lemma_.lower() in REPORTING or makes_clear(cur.head)):
            # "The joint statement said Kerry had assured Pakistan ...": a document reports its parties'
            # own words, not a speaker's claim about them
            return not any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in cur.head.children)
        if cur.dep_ in ("acl", "ccomp") and cur.head.pos_ == "NOUN" and cur.head.lemma_.lower() in NOUN_STANCE:
            return True
        cur = cur.head
    return False


def subject_people(ctx: ArticleContext) -> list[tuple[int, str]]:
    """(token index, person) for every sentence subject that names a person, in text order (one pass)."""
    out = []
    for tok in ctx.doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("PROPN", "NOUN"):
            name = ctx.actors.resolve_token(tok)
            if name is None:  # "Trump's campaign manager, Kellyanne Conway, said": the apposition
                appos = next((c for c in tok.children if c.dep_ == "appos"), None)
                name = ctx.actors.resolve_token(appos) if appos is not None else None
            if name and ctx.actors.type_of(name) == "person":
                out.append((tok.i, name))
    return out


def pronoun_person(ctx: ArticleContext, pron: Token, subjects: list[tuple[int, str]],
                   exclude: frozenset = frozenset()) -> Optional[str]:
    """'he'/'she': the last person who was a subject in this or the two sentences before, else the last
    person named; never one in `exclude` (a person named in what the pronoun says: "He said Sam wanted
    to be a pilot" is not Sam speaking)."""
    first = window_start(pron)
    exclude = exclude | other_gender(ctx, pron, subjects, first)
    k = bisect_left(subjects, (pron.i, ""))
    while k > 0 and subjects[k - 1][0] >= first:
        if subjects[k - 1][1] not in exclude:
            return subjects[k - 1][1]
        k -= 1
    if not exclude:
        return ctx.actors.last_person_before(pron.i)
    best = None
    for i, name in ctx.actors.person_mentions:
        if i >= pron.i:
            break
        if pron.i - i <= 200 and name not in exclude:
            best = name
    return best


def other_gender(ctx: ArticleContext, pron: Token, subjects: list[tuple[int, str]], first: int) -> frozenset:
    """People a 'he' cannot be: one known to be a woman, or the one a 'she' before it in the window stands
    for ("She went on to quote him, as he touted ...": he is not she); and the same for 'she'."""
    gender = GENDER_OF.get(pron.lower_)
    if gender is None:
        return frozenset()
    out = {name for _, name in subjects if ctx.actors.gender_of(name) not in (None, gender)}
    for tok in pron.doc[first:pron.i]:
        if tok.dep_ in ("nsubj", "nsubjpass") and GENDER_OF.get(tok.lower_) not in (None, gender):
            k = bisect_left(subjects, (tok.i, ""))
            if k > 0 and subjects[k - 1][0] >= window_start(tok):
                out.add(subjects[k - 1][1])  # the person that earlier pronoun stands for
    return frozenset(out)


def actor_for(ctx: ArticleContext, subj: Token, subjects: Optional[list[tuple[int, str]]] = None) -> Optional[str]:
    """The canonical actor a subject names: its head, its name parts, an apposition, or, for a role noun
    ("a spokesman for X", "X's campaign"), the X it belongs to."""
    index = ctx.actors
    if subj.lower_ in PRONOUN_PEOPLE:
        return pronoun_person(ctx, subj, subjects or [])
    if subj.lower_ in GROUP_SUBJECTS:
        return group_actor(ctx, subj, subjects)
    if subj.pos_ == "PRON":
        return None
    doc = subj.doc
    if dateline(subj):  # "WASHINGTON (UPI) - A spokesman for X called ...": the apposition speaks
        appos = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                      and not c.text.isupper() and c.ent_type_ not in ("DATE", "TIME")), None)
        return actor_for(ctx, appos, subjects) if appos is not None else None  # never "Aug. 24 (UPI)"
    name = index.resolve_token(subj)
    if name and index.type_of(name) != "person":
        for child in subj.children:  # "WASHINGTON (AP) - President X": the dateline's apposition speaks
            if child.dep_ == "appos":
                other = index.resolve_span(doc[child.left_edge.i:child.right_edge.i + 1])
                if other and index.type_of(other) == "person":
                    return other
    if name:
        return name
    titled = title_only(ctx, subj)
    if titled:
        return titled
    if subj.pos_ == "NOUN" and subj.lower_ not in ROLE_NOUNS:
        return None  # "Trump supporters said": not Trump
    for child in subj.children:  # "Gardner's attorney, John Thomas, says": the one named speaks
        if child.dep_ == "appos":
            name = index.resolve_span(appos_span(child))
            if name and index.type_of(name) == "person":
                return name
    for child in subj.children:
        if child.dep_ in HEAD_NOUN_DEPS | {"poss"} and child.i < subj.i:
            name = index.resolve_token(child) or (index.resolve(child.text) if child.text[:1].isupper() else None)
            if name and subj.lower_ in PERSON_BODIES and index.type_of(name) == "person":
                return body_of(child, subj)  # "The Clinton campaign said ...": the campaign, not Clinton
            if name:
                return name
    chunk = [t for t in subj.lefts if t.dep_ in ("compound", "flat", "amod", "det")] + [subj]
    name = index.resolve(" ".join(t.text for t in chunk))
    if name:
        return name
    names = [t for t in subj.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
    if names and subj.lower_ in ROLE_NOUNS:  # "Water Bureau officials insist ...": the body they speak for
        part = doc[names[0].left_edge.i:names[-1].i + 1]
        name = index.resolve_span(part) or index.resolve(part.text)
        if name and index.type_of(name) != "person":
            return name
    for child in subj.children:
        if child.dep_ == "appos":
            name = index.resolve_span(appos_span(child))
            if name:
                return name
    if subj.lower_ not in ROLE_NOUNS:
        return None
    for child in subj.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            name = index.resolve_token(child) or index.resolve(child.text)
            if name:
                return name
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "to", "from", "at"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                name = index.resolve_token(pobj) or index.resolve_span(doc[pobj.left_edge.i:pobj.right_edge.i + 1])
                if name and subj.lemma_.lower() in MEMBER_NOUNS and child.lower_ == "of" and index.type_of(name) != "person":
                    return f"{subj.text[:1].upper()}{subj.text[1:]} of {appos_span(pobj).text}"  # "Members of Congress have called for ...":
                    # some members, not the body
                if name:
                    return name
    return None


def appos_span(appos: Token) -> Span:
    """An apposition without what its relative clause or phrase tells of others ("Democracy for America, an
    outfit that endorsed Sanders, launched a petition": the outfit is not Sanders)."""
    cut = [c.left_edge.i for c in appos.children if c.i > appos.i and c.dep_ in ("relcl", "acl", "prep")]
    return appos.doc[appos.left_edge.i:min(cut) if cut else appos.right_edge.i + 1]


def body_of(owner: Token, noun: Token) -> str:
    """'the Clinton campaign', "Trump's team": the body by the name the article gives it ("Clinton
    campaign", "Trump team")."""
    named = [t for t in owner.doc[owner.left_edge.i:owner.i + 1] if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG")]
    words = [re.sub(r"['\u2019]s$", "", t.text) for t in named] or [re.sub(r"['\u2019]s$", "", owner.text)]
    owned = owner.dep_ == "poss" or any(c.dep_ == "case" for c in owner.children)
    return f"{' '.join(words)}\u2019s {noun.lower_}" if owned else f"{' '.join(words)} {noun.lower_}"


def dateline(tok: Token) -> bool:
    """An all-capitals place opening the sentence ("WASHINGTON, Aug. 24 (UPI) —"): a dateline, never a speaker."""
    return tok.text.isupper() and len(tok.text) > 2 and tok.i - tok.sent.start <= 2 and tok.pos_ == "PROPN"


def title_only(ctx: ArticleContext, subj: Token) -> Optional[str]:
    """'the outgoing governor said': the one person the article named with that title before."""
    if subj.pos_ != "NOUN" or subj.tag_ not in ("NN",) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    if any(c.dep_ in ("prep", "poss", "relcl", "acl") for c in subj.children):
        return None  # "the governor of Texas", "the state's governor": someone else may be meant
    words = {subj.lemma_.lower()} | {c.lower_ for c in subj.children if c.dep_ in ("compound", "amod")
                                      and c.i < subj.i and c.lower_ in TITLE_WORDS}
    if not words - TITLE_SKIP:
        return None
    return ctx.actors.person_titled(subj.i, words - TITLE_SKIP)


def group_actor(ctx: ArticleContext, pron: Token, subjects: Optional[list[tuple[int, str]]]) -> Optional[str]:
    """'it'/'they'/'we' as the subject of what a named organisation or group is reported to say, plan or
    do ("Georgia Power said it will ...", "X and Y made clear they plan ..."): that speaker."""
    cur = pron.head
    for _ in range(4):
        if cur.dep_ == "acl" and cur.head.dep_ == "dobj" and cur.head.head.lemma_.lower() in ISSUE_VERBS:
            cur = cur.head.head  # "released a statement saying it will ..."
        elif cur.dep_ in ("ccomp", "xcomp", "conj", "advcl") and cur.head.i != cur.i:
            cur = cur.head
        else:
            return None
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in GROUP_SUBJECTS:
            continue
        if subj.pos_ == "PRON" and subj.lower_ not in PRONOUN_PEOPLE:
            return None
        name = actor_for(ctx, subj, subjects)
        if not name:
            return None
        person = ctx.actors.type_of(name) == "person"
        plural = any(c.dep_ == "conj" for c in subj.children) or subj.tag_ in ("NNS", "NNPS")
        if pron.lower_ == "it" and not person or pron.lower_ in ("they", "we") and (not person or plural):
            return name
        return None
    return None


def separate(child: Token, cues: set[int]) -> bool:
    """A child of the verb that is not part of this position's text."""
    if child.dep_ in ("cc", "punct"):
        return True
    if child.dep_ in ("conj", "advcl") and child.i in cues:
        return True
    if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
        return True
    return False


def speaks_directly(verb: Token, subj: Token) -> bool:
    """The subject belongs to this verb's own clause (or to the verb it is the infinitive of)."""
    if subj.head.i == verb.i or verb.dep_ == "relcl" and subj.i == verb.head.i:
        return True
    if subj.head.dep_ == "agent" and subj.head.head.i == verb.i:
        return True
    return verb.dep_ == "xcomp"  # "Moscow has yet to confirm", "X wants to ..."


def text_span(verb: Token, subj: Optional[Token], cues: set[int]) -> Span:
    """From the actor's mention to the end of the verb's complement; a participle or conjunct that
    inherits its subject ("..., while ruling out X") is quoted from the verb on, so that two positions
    of one sentence do not repeat each other."""
    doc, sent = verb.doc, verb.sent
    kept = [c for c in verb.children if not separate(c, cues)]
    end = max([c.right_edge.i for c in kept if c.i > verb.i] + [verb.i])
    for i in cues:
        other = doc[i]
        if verb.i < i <= end and other.dep_ in ("advcl", "conj") and other.left_edge.i > verb.i and not any(
                c.dep_.startswith("nsubj") for c in other.children):
            end = min(end, other.left_edge.i - 1)
    content_left = [c.left_edge.i for c in kept if c.i < verb.i and c.dep_ in CLAUSE_DEPS]
    if verb.dep_ == "parataxis" and verb.head.i < verb.i and verb.head.i not in cues:
        content_left.append(verb.head.left_edge.i)
    if (subj is not None and sent.start <= subj.i < verb.i and speaks_directly(verb, subj)
            and verb.i - subj.left_edge.i <= MAX_TEXT_TOKENS):
        start = min([subj.left_edge.i] + content_left)
    else:
        lefts = [c.left_edge.i for c in kept if c.i < verb.i and c.dep_ not in ("mark", "prep", "nsubj")]
        start = min(lefts + content_left + [verb.i])
    start = max(start, sent.start)
    end = max(min(end, sent.end - 1), start)
    return balance(trim(doc[start:end + 1]))


def balance(span: Span) -> Span:
    """Close a quotation or a parenthesis the span opens ("Kerry (D-Mass."), if its closing mark follows
    within a few tokens."""
    span = _close_parenthesis(span)
    opened = sum(t.text in OPEN_QUOTES for t in span) - sum(t.text in CLOSE_QUOTES for t in span)
    straight = sum(t.text in BOTH_QUOTES for t in span) % 2
    if opened <= 0 and not straight:
        return span
    doc, limit = span.doc, span.sent.end
    for i in range(span.end, min(span.end + 3, limit)):
        if doc[i].text in CLOSE_QUOTES | BOTH_QUOTES:
            return doc[span.start:i + 1]
    return span


def _close_parenthesis(span: Span) -> Span:
    if sum(t.text == "(" for t in span) <= sum(t.text == ")" for t in span):
        return span
    doc = span.doc
    for i in range(span.end, min(span.end + 3, span.sent.end)):
        if doc[i].text == ")":
            return doc[span.start:i + 1]
    return span


def trim(span: Span) -> Span:
    """Drop leading conjunctions/markers and trailing punctuation (closing quotes stay)."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].is_punct and doc[start].text not in OPEN_QUOTES | BOTH_QUOTES
                           or doc[start].dep_ in ("cc", "mark") or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in CLOSE_QUOTES | BOTH_QUOTES
                           or doc[end - 1].is_space or doc[end - 1].dep_ == "cc" or doc[end - 1].lower_ in DANGLING_ENDS):
        end -= 1  # "... that has engulfed the bank and": the conjunction whose other half was cut off
    return doc[start:end] if end > start else span


def cue_tokens(sent: Span, quoted: set[int]) -> list[Token]:
    """Reporting and stance verbs of one sentence that report something, outside direct quotations."""
    out = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or tok.i in quoted:
            continue
        lemma = tok.lemma_.lower()
        if makes_clear(tok) and not embedded(tok):
            out.append(tok)
            continue
        if lemma not in REPORTING or tok.dep_ in ("amod", "compound"):
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REPORTING and tok.head.lemma_.lower() not in TRY_VERBS:
            continue  # "refused to accept": the outer verb carries the position
        if tok.tag_ == "VBN" and tok.dep_ != "conj" and not any(c.dep_ == "aux" for c in tok.children):
            continue  # "the plan proposed by X", "with X expected to ...": not X's statement
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("with", "without"):
            continue  # "with X expected to attend": an absolute phrase, not X's statement
        if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and tok.head.i + 1 < len(tok.doc) \
                and tok.doc[tok.head.i + 1].text == ",":
            continue  # "al-Qaeda, which opposes the regime": a description of the actor, not a stance taken
        if lemma in ("want", "wish", "hope") and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in COGNITION for c in tok.children):
            continue  # "X wanted to know ...": a question, not a stance
        if lemma in ("want", "wish", "hope", "seek") and any(
                c.dep_ in ("xcomp", "ccomp") and (c.lemma_.lower() in NOT_WANTED or c.lemma_.lower() in COGNITION)
                for c in tok.children):
            continue  # "wanted to remind people that ...", "wants the world to know": a remark, not a want
        if lemma in TRY_VERBS and any(c.dep_ == "xcomp" for c in tok.children):
            continue  # "sought to play down X": an act; the infinitive carries the stance if it has one
        if lemma in ("praise", "hail", "applaud", "salute", "commend") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in TRIBUTE_OBJECTS for c in tok.children):
            continue  # "praised the courage of the children": a tribute, not a stance on the story's issues
        if points_back(tok) or any(c.dep_ in ("dobj", "dative") and c.lower_ == "them" for c in tok.children):
            continue  # "played down those allegations", "asked them to ...": does not stand alone
        if lemma == "deny" and any(c.dep_ == "dative" for c in tok.children):
            continue  # "deny him the nomination" withholds, it does not deny a claim
        if embedded(tok):
            continue
        if has_content(tok, lemma) and not quoted_content(tok, quoted):
            out.append(tok)
    return out


def points_back(verb: Token) -> bool:
    """The verb's object is only a demonstrative phrase ("those allegations", "this claim"): the position
    points back to what the article said before and does not stand alone."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in obj.children) and not any(
                c.dep_ in ("prep", "relcl", "acl", "appos") for c in obj.children) and not any(
                c.dep_ in CLAUSE_DEPS | {"prep"} for c in verb.children):
            return True
    return False


def adjective_cues(sent: Span, quoted: set[int]) -> Iterable[tuple[Token, Token]]:
    """'X was critical of Y', 'X is ready to meet Y', 'X is confident that ...': (copula, adjective)."""
    for tok in sent:
        if tok.lemma_.lower() not in COPULAS or tok.i in quoted or embedded(tok):
            continue
        for adj in tok.children:
            if adj.dep_ == "acomp" and adj.lemma_.lower() in ADJ_STANCE and (any(
                    c.dep_ in ("prep", "xcomp", "ccomp") for c in adj.children) or any(
                    c.dep_ == "ccomp" and c.i > adj.i for c in tok.children)):
                yield tok, adj  # "X remained adamant that ...": the clause may hang on the copula


def noun_cues(ctx: ArticleContext, sent: Span, quoted: set[int],
              subjects: list[tuple[int, str]]) -> Iterable[tuple[Token, str]]:
    """'X's claim that ...', 'X's call for ...': a statement noun owned by an actor, with its content."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in NOUN_STANCE or tok.i in quoted:
            continue
        if any(c.dep_ == "amod" and c.lower_ in HEDGES for c in tok.children):
            continue  # "Pakistan's alleged support for ...": someone else's claim about it
        if lemma not in SPEECH_NOUNS and embedded(tok):
            continue  # a statement noun inside a reported clause is still its owner's: "Trump's accusation that ..."
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        content = any(c.dep_ in ("acl", "ccomp", "relcl") and c.i > tok.i and any(
            g.dep_ == "mark" or g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            or c.dep_ == "prep" and c.lower_ in NOUN_PREPS.get(tok.lemma_.lower(), ()) for c in tok.children)
        if not content:
            continue
        name = actor_for(ctx, owner, subjects) if owner.pos_ == "PROPN" or owner.lower_ in ("his", "her") else None
        if name:
            yield tok, name


def according_to(ctx: ArticleContext, sent: Span) -> Iterable[tuple[Token, str]]:
    """'according to X, ...' and '..., according to X': X is the actor."""
    for tok in sent:
        if tok.lower_ != "according":
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            to = tok.nbor(1)
        if to is None:
            continue
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        name = actor_for(ctx, pobj)
        if name:
            yield tok, name



# ----------------------------------------------------------------- is it a stance? (issue 11, item 1)

def stance_in(tokens: Iterable[Token], imperative: bool = False, side: Optional[set[int]] = None,
              quoted: bool = False) -> Optional[str]:
    """Whether reported words are themselves a stance: a modal of obligation ("must", "should", "need
    to"), a commitment of the speaker ("we will", "he would"), an evaluative claim ("is unacceptable"),
    a stance verb ("we reject"), a denial by the speaker ("he did not ..."), or, in a direct quotation,
    an imperative ("Lock it up"). Returns the stance ("denies" or "states"), None for a plain fact."""
    tokens = list(tokens)
    first_word = next((t.i for t in tokens if not (t.is_punct or t.is_space)), -1) if quoted else -1
    found: list[Optional[str]] = [None]  # a denial or dismissal by the speaker, read on to the end
    argued = [False]  # the quotation concludes from evidence ("X shows that ..."): a stance it holds argues

    def one(tok: Token) -> Optional[str]:
        low, lemma = tok.lower_, tok.lemma_.lower()
        if tok.tag_ == "MD" and tok.head.dep_ == "relcl" or lemma in OBLIGATION_VERBS and tok.dep_ == "relcl":
            return None  # "the helicopter that commandos had to destroy": a description, not a claim
        if tok.tag_ == "MD" and low in STANCE_MODALS and not epistemic_must(tok):
            return modal_stance(tok, quoted)
        if tok.tag_ == "MD" and low in ("can", "ca") and tok.head.lemma_.lower() not in COGNITION and any(
                c.dep_ == "neg" for c in tok.head.children) and not any(
                c.dep_ == "nsubj" and c.lower_ == "i" for c in tok.head.children):
            return "states"  # "you cannot be Secretary of State and ...": what may not be done ("I can't
            # make any statements" declines to comment)
        if lemma in OBLIGATION_VERBS and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in tok.children) and not (
                quoted and (is_negated(tok) or tok.tag_ == "VBG" or any(
                    c.dep_ == "nsubj" and c.lower_ in PERSONAL_SUBJECTS for c in tok.children))):
            if quoted and lemma == "need" and demanded_of(tok):
                return "demands"  # "the party needs to ..." demands of it; not "I have to go", "they don't have to"
            if tok.tag_ == "VBD" and not is_negated(tok):
                return "argues"  # "it had to be brought down": the speaker's case for what was done
            act = next((c for c in tok.children if c.dep_ == "xcomp"), None)
            return "urges" if any(c.dep_ == "nsubj" and c.lower_ == "we" for c in tok.children) and not is_negated(tok) \
                and tok.dep_ not in ("relcl", "acl", "advcl") and not any(c.lower_ in ("where", "what", "how") for c in tok.children) \
                and act is not None and act.lemma_.lower() not in COGNITION | {"be"} \
                else "states"  # "we all need to stand up": a call on the speaker's own community; not "where we
            # need to be", "we need to understand that ..."
        commits = QUOTE_COMMIT_MODALS if quoted else COMMIT_MODALS
        speakers = QUOTE_SPEAKER_SUBJECTS if quoted else SPEAKER_SUBJECTS
        if tok.tag_ == "MD" and low in commits | SIDE_MODALS and tok.head.lemma_.lower() not in COGNITION | {"be"} and not any(
                c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.head.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in speakers and low in commits
                                                     or side and c.i in side) for c in tok.head.children):
            head = tok.head
            if low in commits and not is_negated(head) and head.lemma_.lower() not in NOT_PROMISED and not any(
                    c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children) and head.tag_ == "VB":
                return "promises"  # "Georgia Power said it will work with officials", "he said he would veto it"
            if low in SIDE_MODALS and side and not is_negated(head) and head.lemma_.lower() in OFFER_VERBS and any(
                    c.dep_ == "nsubj" and c.i in side for c in head.children):
                return "offers"  # "Washington might assist with coordination": what the speaker's side could do
            return "states"  # "we won't comment", "it would take months", "Washington could" (the speaker's own side)
        if lemma in EVALUATIVE and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr", "nsubj") and any(
                c.dep_ == "expl" for c in tok.head.children):
            return verdict(tok, quoted)  # "There's a myth out there that ...": the speaker calls it a myth
        if quoted and lemma in CHARACTER_WORDS and evaluated_person(tok):
            return None  # "He's a really good guy", "she was strong": a tribute or a character remark
        if lemma in EVALUATIVE and (tok.pos_ == "ADJ" and (tok.dep_ in ("attr", "conj") or tok.dep_ == "acomp"
                                                           and links(tok.head) or tok.dep_ == "oprd" and (
                                                               links(tok.head) or tok.head.lemma_.lower() in ASCRIBING_VERBS) or
                                                           tok.dep_ == "amod" and tok.head.dep_ in ("attr", "oprd"))
                                    or tok.pos_ == "NOUN" and (tok.dep_ in ("attr", "oprd") or tok.dep_ == "pobj"
                                                               and tok.head.head.dep_ in ("attr", "oprd"))):
            return verdict(tok, quoted)
        if quoted and low == "than" and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in tok.children) and any(
                t.dep_ in ("det", "nsubj") and t.lower_ in NOBODY_DETERMINERS and t.i < tok.i for t in tokens) and any(
                t.lower_ in LACK_COMPARATIVES and t.dep_ == "advmod" and t.i < tok.i for t in tokens):
            return "opposes"  # "No nominee has been less prepared to lead than Dan Moore": a verdict against him
        if quoted and lemma in EVIDENTIAL_VERBS and tok.pos_ == "VERB" and not is_negated(tok) and (
                tok.dep_ == "ROOT" or tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in REPORTING) \
                and tok.i > first_word - 1 and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children) and not any(
                c.dep_ == "nsubj" and c.lower_ in QUOTE_SPEAKER_SUBJECTS for c in tok.children):
            argued[0] = True  # "Today's vote shows that the reform can pass": the speaker's conclusion, when
            # the words are a stance ("... shows that X is unfit"); "The report shows it was built in 1950" is none
        if lemma in CONTENT_STANCE and tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound", "acl", "relcl") \
                and own_act(tok, speakers, side):
            # "he wants ...", "we reject ..."; not "Pakistan had agreed": another's act told; the stance verb's
            # own label when it has one ("announced that he was in therapy and vowed to ...": a promise)
            got = STANCE.get(tok.lemma_.lower(), "states")
            if got == "confirms" and quoted and first_person(tok) and not is_negated(tok):
                return got  # "I can confirm that all our comrades are fine"
            return got if got not in ("confirms", "denies") and not is_negated(tok) else "states"
        if lemma in TIME_NOUNS and tok.dep_ in ("attr", "nsubj") and any(
                c.dep_ in ("acl", "relcl", "xcomp") and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
                and c.lemma_.lower() not in NOT_CALLS for c in tok.children):
            return "demands" if quoted and not is_negated(tok.head) else "states"  # "now is the time to act"; "It is
            # not the time to ease pressure" only states
        if lemma in TIME_NOUNS and tok.dep_ == "attr" and tok.head.tag_ in ("VBZ", "VBP") and any(
                c.dep_ in ("ccomp", "relcl", "advcl") and c.i > tok.i and any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in list(tok.head.children) + list(tok.children)):
            return "demands" if quoted else "states"  # "it's time a special prosecutor be appointed", "it is time we acted"
        if lemma == "hold" and tok.pos_ == "VERB" and any(
                t.lemma_.lower() in BLAME_ADJECTIVES for c in tok.children if c.dep_ != "nsubj" for t in c.subtree):
            return "accuses" if quoted else "states"  # "We hold X responsible for ...": the speaker blames X
        if tok.tag_ == "MD" and low in ("wo", "will") and any(c.dep_ == "neg" for c in tok.head.children) and any(
                c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in c.children)
                for c in tok.head.children):
            return "states"  # "reform won't come until executives are sent to jail": what must happen first
        if lemma == "way" and tok.dep_ == "nsubj" and any(c.dep_ == "amod" and c.lower_ == "only" for c in tok.children):
            return "states"  # "The only way that Wall Street will change is if ...": a claim of what must be done
        if lemma in NORMATIVE_VERBS and tok.pos_ == "VERB":
            people = any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_SUBJECTS for c in tok.children)
            return "demands" if not is_negated(tok) and not people else "states"  # "the report merits a special
            # prosecutor": what is owed; "they deserve some peace" a wish
        if lemma in ENTITLEMENTS and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "have" and any(
                c.dep_ in ("acl", "relcl") and any(g.lower_ == "to" for g in c.children) for c in tok.children):
            return "insists"  # "Yemenis have the right to express themselves": a claim of what is due
        if (lemma in EVALUATIVE and tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.dep_ == "dobj"
                and tok.head.head.lemma_.lower() in LIGHT_VERBS and (tok.head.head.lemma_.lower() != "have" or any(
                    c.tag_ == "MD" for c in tok.head.head.children))):
            return "states"  # "it would have a significant meaning", "it could make a positive contribution"
        if quoted and first_person(tok):
            if lemma in WISH_VERBS and any(c.dep_ == "aux" and c.lower_ in WISH_MODALS for c in tok.children):
                if any(c.dep_ in ("dobj", "nsubj", "ccomp", "xcomp") and (c.lower_ == "you" or any(
                        g.dep_ == "nsubj" and g.lower_ == "you" for g in c.children)) for c in tok.children if c.i > tok.i):
                    return "urges"  # "I would like you to see the other side": a request of the listener
                return "wants"  # "We would like the truth", "I'd love to see him home"
            if lemma == "need" and tok.pos_ == "VERB" and not is_negated(tok) and any(
                    c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children):
                return "wants"  # "We need real change"
            if lemma in BELIEF_VERBS and not any(c.dep_ == "neg" for c in tok.children):
                return "states"  # "I believe that North Korea wants to buy time"
        if quoted and lemma in AIM_NOUNS and tok.dep_ == "nsubj" and any(
                c.dep_ == "poss" and c.lower_ in FIRST_PERSON_OWNERS for c in tok.children) and any(
                c.dep_ in ("xcomp", "attr", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in tok.head.children):
            return "rejects" if is_negated(tok.head) or any(
                c.dep_ == "neg" for x in tok.head.children if x.dep_ in ("xcomp", "attr", "ccomp") for c in x.children) \
                else "wants"  # "My goal is not to apologize": refused; "Our aim is to ..." wanted
        if quoted and lemma in BELIEF_NOUNS and tok.dep_ == "nsubj" and any(
                c.dep_ == "poss" and c.lower_ in FIRST_PERSON_OWNERS for c in tok.children):
            return "states"  # "Our belief is that a board will make better decisions"
        if quoted and tok.dep_ == "neg" and tok.head.lemma_.lower() not in NOT_DENIALS and of_past(tok) and any(
                c.dep_ == "nsubj" and c.lower_ in QUOTE_SPEAKER_SUBJECTS for c in tok.head.children):
            found[0] = "denies"  # "I didn't take the money"; "I don't know" is no denial
        if not quoted and tok.dep_ == "neg" and any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_SUBJECTS for c in tok.head.children):
            head = tok.head.lemma_.lower()  # "he did not take the money" denies; "he does not care about the polls"
            # dismisses; "she does not know" denies nothing
            found[0] = "denies" if of_past(tok) and head not in NOT_DENIALS else \
                "rejects" if head in DISMISSING_NEGATIONS and not of_past(tok) else found[0] or "states"
        if imperative and tok.tag_ == "VB" and tok.dep_ in ("ROOT", "ccomp", "parataxis") and not any(
                c.dep_.startswith(("nsubj", "csubj")) or c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD")
                for c in tok.children) and (
                tok.i == tok.sent.start + sum(1 for t in tok.sent if t.i < tok.i and (
                    t.is_punct or t.dep_ in ("aux", "neg", "intj", "advmod")))
                or tok.i == first_word):
            # "Lock it up", "Don't leave it out in the open": urged; "Let's be clear", "make no mistake" state
            return "states" if lemma in ATTENTION_IMPERATIVES or lemma == "make" and any(
                c.lower_ == "mistake" for c in tok.children) else "urges"
        return None

    weak: Optional[str] = None  # a stance with no label of its own: read on for one that has a label
    for tok in tokens:
        got = one(tok)
        if got is not None and got != "states":
            return got
        weak = weak or got
    got = weak or found[0]
    return "argues" if got == "states" and argued[0] else got


def modal_stance(modal: Token, quoted: bool) -> str:
    """The stance of an obligation ("must", "should", "ought"): laid on another party it demands ("You
    should resign", "Obama said Bahrain must respect ...", "he told the Pakistanis they must ..."); negated
    it warns ("the world should not be naive"); a "must" on a course insists ("talks must be prepared with
    care"); a "should" on a subject of its own urges. "cannot", "shall" and "need" only state."""
    low, head = modal.lower_, modal.head
    if low not in DEMAND_MODALS or head.lemma_.lower() in COGNITION | {"say", "admit", "confess", "note"}:
        return "states"
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in head.children) or asked(head):
        return "states"  # "I should have left it alone": a regret; "I don't know if I should sell it": asked
    if is_negated(head):
        return "warns"
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if demanded_of(head) and (quoted or party_named(head)) or not quoted and subj is not None and \
            subj.dep_ == "nsubj" and subj.lower_ in ("they", "you") and head.lemma_.lower() not in COGNITION | {"be", "have"}:
        return "demands"
    if low == "must":
        return "insists"
    if subj is not None and subj.lower_ in ("he", "she", "they", "i") and head.lemma_.lower() in UNEARNED_VERBS:
        return "states"  # "He should get due credit for that": what one deserves, no call
    if subj is None or subj.lower_ in DEMONSTRATIVES | {"it"} or subj.dep_ == "nsubjpass" or \
            head.lemma_.lower() == "be" and subj.dep_ == "nsubj":
        return "states"  # "it should be noted", "he should be fine", "more details should be released Monday"
    return "urges"


def verdict(word: Token, quoted: bool) -> str:
    """The stance of an evaluative claim in the speaker's own main clause: calling a claim a myth, a lie or
    malarkey rejects it; calling an act or a person unacceptable, outrageous or unqualified opposes it, as
    does calling it bad or a mistake; calling something good, the only choice or an opportunity supports
    it; a threat or dangerous warns; important or necessary for someone to do urges. Negated, a charge is
    denied ("It wasn't a scam") and a need opposed ("it's not necessary to get rid of the water"). A
    verdict told of another ("... shows that getting Republicans to say Trump is unfit") only states."""
    lemma = word.lemma_.lower()
    negated = is_negated(word.head) or any(c.dep_ == "neg" for c in word.children)
    verb = word
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    top = verb.head if verb.dep_ == "conj" else verb  # "This is unacceptable and ..."
    if asked(verb):
        return "states"  # "wondering if that investment was a mistake": no verdict given
    for _ in range(3):  # "X said he thinks flushing is a bad idea", "The fundamental thing is ... That is a
        # violation of law": the speaker's own verdict
        if top.dep_ in ("ccomp", "parataxis") and top.head.i != top.i and (
                top.head.lemma_.lower() in REPORTING or top.head.lemma_.lower() == "be" and top.head.pos_ == "AUX"):
            top = top.head
    if top.dep_ != "ROOT" and not opens_sentence(top):  # the quotation's own main clause, its attribution apart
        return "states"
    if lemma in CHARACTER_WORDS and evaluated_person(word):
        return "states"  # "she said he was a good boy": a tribute, no stance on a course
    if questioned(word):
        return "states"  # "is this a priority for them ...?": asked, no verdict
    if disbelieved(word):  # "I don't think that it's a good idea to ...": the speaker opposes it
        return "opposes" if lemma in APPROVING and of_a_course(word) else "states"
    if negated:
        return "denies" if lemma in CHARGES else "opposes" if lemma in NEEDED and infinitive_after(word) else "states"
    if lemma in DISMISSIVE:
        return "rejects"
    if lemma == "wrong" and subject_lemma(word) in CLAIM_NOUNS:
        return "rejects"  # "Comey said those statements were wrong"
    if lemma == "mistake" and any(t.lower_ in QUOTE_SPEAKER_SUBJECTS | FIRST_PERSON_OWNERS for t in word.sent):
        return "confirms"  # "I have acknowledged that using two accounts was a mistake": an admission
    if lemma in CONDEMNING and not (lemma in LAMENTS and subject_lemma(word) in PERSONAL_SUBJECTS | {"we", "they"}):
        return "opposes"  # not "he was horrible in the loss": a lament
    if lemma in DISAPPROVING and of_a_course(word):
        return "opposes"  # "flushing the reservoir is a bad idea"; not "the worst Christmas ever"
    if lemma in CHARGES:
        return "accuses"  # "That is a fundamental violation of law", "it was a scam"
    if lemma in ALARMING:
        return "warns"
    if lemma in NEEDED:
        return "urges" if infinitive_after(word) or any(
            c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            for h in (word, word.head) for c in h.children) else "argues"  # "it is important that the party not
        # act", "it's important for parents to listen"; "the secrecy was essential to protecting them" argues
    return "supports" if lemma in APPROVING and of_a_course(word) else "states"


def of_a_course(word: Token) -> bool:
    """The word judges a course of action, a choice or a proposal ("a bad idea", "the only choice", "a
    good opportunity", "flushing it is wrong", "it is better to wait"), not an event or a thing ("the worst
    Christmas ever", "a terrible thing", "a good game"): only then does it support or oppose."""
    if word.pos_ == "NOUN":  # "Clinton was the only choice"; not "the fault of American policy choices"
        return word.dep_ in ("attr", "oprd") and word.lemma_.lower() in COURSE_NOUNS | {
            "progress", "victory", "failure", "disaster", "solution"}
    if word.dep_ == "amod":
        return word.head.lemma_.lower() in COURSE_NOUNS
    subj = next((c for c in word.head.children if c.dep_ in ("nsubj", "csubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.dep_ == "csubj" or subj.tag_ == "VBG" or subj.lemma_.lower() in COURSE_NOUNS or \
        subj.lower_ == "it" and infinitive_after(word)


def opens_sentence(verb: Token) -> bool:
    """The clause opens a sentence of its own inside a quotation the parse hung on the one before ("They
    have spoiled everything. This is wrong,"): a main clause of the speaker's."""
    start = verb.left_edge.i
    return start > 0 and verb.doc[start - 1].text in (".", "!", "?") and verb.dep_ in ("ccomp", "conj", "parataxis")


def subject_lemma(word: Token) -> str:
    subj = next((c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj.lemma_.lower() if subj is not None else ""


def questioned(word: Token) -> bool:
    """The word's sentence asks ("... is this a priority for the two of them?")."""
    last = [t for t in word.sent if not (t.is_space or t.text in CLOSE_QUOTES | BOTH_QUOTES)]
    return bool(last) and last[-1].text == "?"


def disbelieved(word: Token) -> bool:
    """The verdict is under a negated verb of belief ("I don't think that it's a good idea"); a clause
    coordinated with that verb is the speaker's own ("I don't know if it will happen, but a joint team will
    be a good opportunity": the doubt is about something else, the verdict is his)."""
    cur = word
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        came, cur = cur, cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() in COGNITION | {"say"} and is_negated(cur):
            return not (came.dep_ == "conj" and came.pos_ in ("VERB", "AUX"))
    return False


def asked(verb: Token) -> bool:
    """The clause is asked, not asserted ("wondering if it was a mistake", "I don't know if I should"): an "if" or
    "whether" on the verb or one of its three nearest heads."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether")
               for t in (verb, *islice(verb.ancestors, 3)) for c in t.children)


def infinitive_after(word: Token) -> bool:
    """'important for parents to listen', 'necessary to get rid of the water': the evaluated act follows."""
    heads = [word, word.head]
    return any(c.dep_ in ("xcomp", "ccomp", "advcl", "acl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for h in heads for c in h.children)


def demanded_of(verb: Token) -> bool:
    """A quotation's obligation laid on another, in the active voice: "You should resign", "the
    Democratic Party and a new president need to ..." (not "we must", "it should be noted", "they must
    have known")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.lemma_.lower() in COGNITION | {"be", "have"}:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ == "you" or subj.pos_ in ("NOUN", "PROPN") and subj.lower_ not in DEMONSTRATIVES)


def party_named(verb: Token) -> bool:
    """The subject of a reported obligation is a named party (a country, a body, a person): "Bahrain must
    respect", "the Clinton Foundation must be shut down"; not "the ceasefire should hold"."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")


def links(verb: Token) -> bool:
    """A copula or linking verb ("is", "’s", "became"): its adjective complement evaluates the subject;
    "piss so bad" evaluates nothing."""
    return verb.pos_ == "AUX" or verb.lemma_.lower() in COPULAS | LINKING_VERBS or \
        verb.lower_.replace("\u2019", "'") in ("'s", "'re", "'m")


def evaluated_person(word: Token) -> bool:
    """The evaluative word describes "he"/"she"/"I" or a named person ("He's a really good guy"), or
    qualifies a noun of a person ("(Weston) is a bad guy", "a great kid"), not a course of action."""
    if word.dep_ == "amod" and word.head.lemma_.lower() in PERSON_NOUNS:
        return True
    cop = word.head if word.dep_ in ("acomp", "attr", "conj") else word.head.head if word.dep_ == "amod" else None
    for _ in range(2):
        if cop is not None and cop.dep_ in ("attr", "acomp", "conj") and cop.head.i != cop.i and not any(
                c.dep_ == "nsubj" for c in cop.children):
            cop = cop.head
    return cop is not None and any(c.dep_ == "nsubj" and (c.lower_ in PERSONAL_SUBJECTS or c.ent_type_ == "PERSON")
                                   for c in cop.children)  # "(Weston) is a bad guy": a character remark too


def own_act(verb: Token, speakers: frozenset, side: Optional[set[int]]) -> bool:
    """The verb's subject is the speaker or the speaker's side (or it has none of its own: "to reject")."""
    cur = verb
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.lower_ in speakers or bool(side) and subj.i in side
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            return cur.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in cur.children)
        cur = cur.head
    return True


def epistemic_must(modal: Token) -> bool:
    """'I must have a million pictures', 'he must have left': a guess, not an obligation."""
    head = modal.head
    return modal.lower_ == "must" and (head.lemma_.lower() == "have" and not any(c.dep_ == "xcomp" for c in head.children)
                                       or any(c.dep_ == "aux" and c.lower_ == "have" for c in head.children))


def of_past(neg: Token) -> bool:
    """A denial denies what was done: 'I didn't take it', 'we never met', not 'I don't go out much'."""
    head = neg.head
    if neg.lower_ == "never":
        return True
    return head.tag_ in ("VBD", "VBN") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children)


def first_person(verb: Token) -> bool:
    """The verb's subject is the speaker: "I" or "we"."""
    return any(c.dep_ == "nsubj" and c.lower_ in QUOTE_SPEAKER_SUBJECTS for c in verb.children)


def reported_words(verb: Token) -> list[Token]:
    """The words a reporting verb reports: its clausal complements (or the clause it is parenthetical to)."""
    heads = [c for c in verb.children if c.dep_ in CLAUSE_DEPS] + statement_clauses(verb)
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        heads.append(verb.head)
    out: list[Token] = []
    for head in heads:
        out.extend(t for t in head.subtree if t.i != verb.i and not (t.i > verb.i and head.i < verb.i and t.head.i == verb.i))
    return out


def is_stance(verb: Token, cue: str, stance: str, side: Optional[set[int]] = None,
              subj: Optional[Token] = None) -> tuple[bool, str]:
    """A stance verb ("rejects", "demands") is a position; a verb of saying only when what it reports is
    a stance ("police said the suspect fled" is a fact for key developments), or when it asserts it
    firmly ("insists", "argues", "made clear"), or when counsel for a party says it (their side's case)."""
    if cue in AGREE_CUES and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children):
        return False, stance  # "Pakistan has agreed to return the tail": an act agreed on, an event
    if stance != "states" and not is_negated(verb) and not has_yet_to(verb):
        return True, stance
    if has_yet_to(verb):
        return False, stance
    if not is_negated(verb) and reported_words(verb) and (cue in ASSERTIVE or advocate(subj)):
        if stance == "states":  # "made clear they plan to ...": the words' own label; counsel's case argues
            got = stance_in(reported_words(verb), side=side)
            stance = got if got not in (None, "states") else "argues" if cue not in ASSERTIVE and defence(subj) else stance
        return True, stance
    if is_negated(verb) and STANCE.get(cue) not in (None, "confirms", "denies", "states"):
        return True, "states"  # "did not rule out", "would not support"
    got = stance_in(reported_words(verb), side=side)
    if got is None and subj is not None and own_account(verb):
        got = "argues"  # "X told detectives he ... when it accidentally fired": X's defence, his case
    return (got is not None), (got if got not in (None, "states") else stance)


def own_account(verb: Token) -> bool:
    """The reported words tell the speaker's own act as no fault of theirs: 'he' (or 'I') is a subject
    in them, and an exculpatory adverb ("accidentally") is there."""
    words = reported_words(verb)
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in SPEAKER_SUBJECTS - {"they"} for t in words) and any(
        t.lower_ in EXCULPATORY for t in words)


def advocate(subj: Optional[Token]) -> bool:
    """The subject is counsel for a party ("Gardner's attorney, John Thomas", "defense lawyers")."""
    if subj is None:
        return False
    if subj.lower_ in ADVOCATES:
        return True
    return subj.dep_ == "appos" and subj.head.lower_ in ADVOCATES or any(
        c.dep_ == "compound" and c.lower_ in ADVOCATES for c in subj.children)


def defence(subj: Optional[Token]) -> bool:
    """Counsel for one side ("Gardner's attorney", "his lawyer", "defense attorneys"), whose claim is that
    side's case; a district attorney's or a prosecutor's account of the case is no argument."""
    if subj is None:
        return False
    nouns = [subj, subj.head] if subj.dep_ == "appos" else [subj]
    nouns += [c for c in subj.children if c.dep_ == "compound"]
    for noun in nouns:
        if noun.lower_ in ADVOCATES and noun.lower_ not in PROSECUTORS:
            mods = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "poss")}
            if mods & PROSECUTORS or mods & {"district", "state", "county", "city", "u.s.", "prosecuting"}:
                return False
            if any(c.dep_ == "poss" for c in noun.children) or mods & {"defense", "defence"}:
                return True
    return False


# ----------------------------------------------------------------- how the text reads (issue 11, item 2)

def past_of(verb: Token) -> str:
    """The past tense of a verb of saying or stance, for a participle that reads as its subject's
    statement ("emphasizing X" -> "emphasized X")."""
    lemma = verb.lemma_.lower()
    if lemma in PAST_TENSE:
        return PAST_TENSE[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def reads_alone(text: str, span: Span, verb: Token, subj: Optional[Token], actor: str) -> str:
    """Every position names its actor: a clause without its subject ("emphasizing X", "and rejected Y")
    reads as the subject's statement ("Donald Trump emphasized X"); a leading "He"/"She" is the name."""
    first = span[0]
    if subj is not None and first.i == subj.i and subj.lower_ in PRONOUN_PEOPLE and subj.lower_ in ("he", "she"):
        rest = span.doc[subj.i + 1:span.end].text
        return clean(f"{actor} {rest}")
    if first.i == verb.i or first.i > verb.i - 3 and all(t.dep_ in ("aux", "advmod", "neg") for t in span.doc[first.i:verb.i]):
        if subj is not None and span.start <= subj.i < span.end:
            return text
        if verb.tag_ == "VBG":
            lead = span.doc[first.i:verb.i].text
            rest = span.doc[verb.i + 1:span.end].text
            return clean(f"{actor} {lead} {past_of(verb)} {rest}")
        if verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") or first.i != verb.i:
            return clean(f"{as_written(subj, actor)} {text}")
    return text


def as_written(subj: Optional[Token], actor: str) -> str:
    """How a subject left out of the text is named before its verb: a role of a body as written
    ("members of Congress"), else the actor."""
    if subj is None or subj.pos_ != "NOUN" or subj.lower_ not in ROLE_NOUNS:
        return actor
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == subj.i + 1), None)
    if of is None or of.right_edge.i - subj.i > 5 or actor.split()[-1] not in subj.doc[subj.i:of.right_edge.i + 1].text:
        return actor
    words = subj.doc[subj.i:of.right_edge.i + 1].text
    return words[:1].upper() + words[1:]


def noun_as_verb(noun: Token, span: Span, actor: str, text: str) -> str:
    """'Hillary Clinton's vow to go after X' reads as 'Hillary Clinton vowed to go after X', 'Moscow's
    dismissal of the idea' as 'Russia dismissed the idea': the position is a sentence of its actor."""
    lemma = noun.lemma_.lower()
    verb = NOUN_VERBS.get(lemma)
    content = next((c for c in noun.children if c.i > noun.i and (
        c.dep_ in ("acl", "ccomp", "relcl") or c.dep_ == "prep" and c.lower_ in NOUN_PREPS.get(lemma, ()))), None)
    if verb is None or content is None:
        return clean(f"{actor}\u2019s {span.doc[span.start + 1:span.end].text}") if span[0].lower_ in ("his", "her") else text
    start = content.left_edge.i
    if content.dep_ == "prep" and content.lower_ not in NOUN_VERB_PREPS.get(lemma, ()):
        start = content.i + 1
        if lemma == "accusation" and content.lower_ == "against":
            verb = "accused"
    return clean(f"{actor} {verb} {span.doc[start:span.end].text}")


def object_names(ctx: ArticleContext, verb: Token, actor: str,
                 subjects: list[tuple[int, str]]) -> Optional[dict[str, str]]:
    """The person each 'him'/'her' object of the verb stands for ("Trump attacked her as ..." after Clinton
    was named), never the actor; None when one of them stands for no one."""
    out: dict[str, str] = {}
    for obj in verb.children:
        if obj.dep_ in ("dobj", "dative") and obj.lower_ in OBJECT_PRONOUNS:
            name = pronoun_person(ctx, obj, subjects, frozenset({actor}))
            if not name:
                return None
            out[obj.text] = name
    return out


def with_names(text: str, verb: Token, named: dict[str, str]) -> str:
    """The position's text with the verb's object pronouns as the names they stand for."""
    at = next((text.find(w) for w in (verb.text, past_of(verb)) if text.find(w) >= 0), -1)  # "asking" read as "asked"
    if at < 0:
        return text
    head, rest = text[:at], text[at:]
    for pron, name in named.items():
        rest = re.sub(rf"\b{re.escape(pron)}\b", name, rest, count=1)
    return head + rest


def without_sequence(text: str, verb: Token) -> str:
    """Leave out the verb's narrative-sequence adverbs ("Warren then accused ...", "has warned, however,
    that ..."): the position reads alone without them."""
    for adv in verb.children:
        if adv.dep_ != "advmod" or adv.lower_ not in SEQUENCE_ADVERBS:
            continue
        word = re.escape(adv.text)
        text = re.sub(rf",\s*{word}\s*,", "", text, count=1) if re.search(rf",\s*{word}\s*,", text) else \
            re.sub(rf"\s\b{word}\b(?=\s)", "", text, count=1)
    return clean(text)


# ----------------------------------------------------------------- stances in direct quotations

def quote_tokens(ctx: ArticleContext, quote) -> Optional[Span]:
    """The tokens of a quotation's words, found inside its cited sentence."""
    src = quote.sources[0]
    words = quote.text.split()
    if not words:
        return None
    head = " ".join(words[:4])
    hay = clean(ctx.text[src.start:src.end])
    at = hay.find(head)
    if at < 0:
        return None
    # map the cleaned offset back to the raw text: count non-space characters
    raw, want, seen = ctx.text, len(hay[:at].replace(" ", "")), 0
    i = src.start
    while i < src.end and seen < want:
        if not raw[i].isspace():
            seen += 1
        i += 1
    while i < src.end and raw[i].isspace():
        i += 1
    span = ctx.doc.char_span(i, min(src.end, i + len(quote.text) + 20), alignment_mode="expand")
    if span is None or not len(span):
        return None
    n = len([t for t in span if not t.is_space])
    return span if n else None


def quote_positions(ctx: ArticleContext) -> list[Position]:
    """A direct quotation whose words are a stance is a position of its named speaker (never an outlet):
    "William Hague: “This is clearly unacceptable.”" The quotes section keeps the quotation itself."""
    from briefgen.sections.quotes.extract import extract as quotes_of

    cached = ctx.doc.user_data.get("briefgen_quotes")
    quotes = cached if cached is not None else quotes_of(ctx)
    out: list[Position] = []
    quotes = list(quotes)
    skip: set[int] = set()
    shown: set[int] = set()
    for n, quote in enumerate(quotes):
        if n in skip or quote.partial or len(quote.text.split()) < MIN_QUOTE_WORDS:
            continue
        more = continuation(quotes, n)
        actor = quote.speaker
        if actor and actor not in ctx.actors.actors:  # "South Korean President Moon Jae - in": the actor named
            actor = ctx.actors.resolve(actor.replace(" - ", "-")) or actor
        if actor not in ctx.actors.actors or ctx.actors.type_of(actor) != "person" and is_outlet(actor) or web_name(actor):
            continue
        if tells_facts(ctx, actor):
            continue  # an investigator's words are the facts of the case, for the quotes section
        span = quote_tokens(ctx, quote)
        if span is None or misnamed(ctx, quote.sources[0].sentence):
            continue
        lead = None  # the narrative sentence before that names what the quotation is about
        if points_outside(span, quote.text):
            if n and (n - 1) not in shown and continuation(quotes, n - 1) is quote:
                # "“If you have a gun, lock it up,” she said. “Don't leave it out ...”": the whole quotation
                quote = quote.model_copy(update={"text": f"{quotes[n - 1].text.rstrip(',')}. {quote.text}",
                                                 "sources": list(quotes[n - 1].sources)})
            else:
                lead = told_before(ctx, span, actor)
                if lead is None:
                    continue  # "This is clearly unacceptable": what it is about is not in the words (issue 11)
        stance = stance_in(span, imperative=True, quoted=True, side=side_tokens(ctx, span, actor) - {
            t.i for t in span if t.pos_ == "PRON"})
        if stance is None:
            continue
        if stance == "states" and STANCE.get(quote.cue or "") not in (None, "states", "confirms") \
                and quote.cue not in WEAK_CUES:
            stance = STANCE[quote.cue]  # "X warned: “...”", "X urged: “...”": the reporting verb says the stance
        words = LEADING_CONJUNCTION.sub("", quote.text, count=1)
        words = words[:1].upper() + words[1:] if words != quote.text else words
        sources = list(quote.sources)
        if more is not None:  # "... on the side of the little guy. Don't believe it."
            words = words + ("" if words[-1:] in SENTENCE_ENDS else ".") + " " + more.text
            sources = list(more.sources)
            skip.add(n + 1)  # shown with the part before it, not again alone
        if lead is None:
            words = named_pointer(ctx, span, words, actor)
        text = f"{actor}: \u201c{words}\u201d"  # "But I would like ..." reads alone without its "But"
        if lead is not None:  # "Biden rubbished Trump's claim to understand the middle class: “... malarkey”"
            said = clean(lead.text).rstrip(".")
            text = f"{said[:1].upper()}{said[1:]}: \u201c{words}\u201d"
            sources = [source_for(ctx.doc[lead.start:span.end], ctx.article_id)]
        shown.add(n)
        out.append(Position(text=text, sources=sources, actor=actor, cue=quote.cue or "say",
                            stance=stance, party=party_of(ctx, actor)))
    return out


SENTENCE_ENDS = frozenset(".?!\u2026")
POINTER = re.compile(r"^(?:%s) (?:%s)\b" % ("|".join(sorted(POINTING_DETERMINERS)), "|".join(sorted(POINTED_PERSONS))), re.I)


def named_pointer(ctx: ArticleContext, span: Span, words: str, actor: str) -> str:
    """A quotation that opens on "this man", "that woman": the one person other than the speaker whom the sentence
    before names, in brackets after it ("This man [Donald Trump] is unqualified"); the words as they are when that
    sentence names none or several."""
    m = POINTER.match(words)
    sent = span[0].sent
    if m is None or sent.start == 0:
        return words
    before = ctx.doc[sent.start - 1].sent
    people = {ctx.actors.resolve_token(t) for t in before if t.ent_type_ == "PERSON"} - {None, actor}
    people = {p for p in people if ctx.actors.type_of(p) == "person"}
    if len(people) != 1:
        return words
    return f"{words[:m.end()]} [{next(iter(people))}]{words[m.end():]}"


def told_before(ctx: ArticleContext, span: Span, actor: str) -> Optional[Span]:
    """The sentence just before the quotation's, when it tells of the same speaker in the writer's words
    ("Biden rubbished Trump's claim to understand the middle class.") and so names what the quotation's
    "it" or "he" is about; None when there is no such sentence."""
    sent = span[0].sent
    if sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    words = [t for t in before if not (t.is_punct or t.is_space)]
    if not words or len(words) > LEAD_MAX_WORDS or before.text.rstrip()[-1:] == "?":
        return None
    if any(t.text in OPEN_QUOTES or t.text in BOTH_QUOTES or t.text in CLOSE_QUOTES for t in before):
        return None  # another quotation, not the writer's account
    if not any(ctx.actors.resolve_token(t) == actor for t in before):
        return None
    doc = ctx.doc
    for tok in before:
        if tok.i >= before.root.i:
            break
        if ctx.actors.resolve_token(tok) != actor:
            continue
        j = tok.i  # "Speaking in Warren, Clinton tried ...", "In London, Foreign Minister X said ...": from the name on
        while j > before.start and doc[j - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET") and doc[j - 1].text != ",":
            j -= 1
        if j > before.start + 1 and doc[j - 1].text == ",":
            return doc[j:before.end]
        break
    return before


def expletive(pron: Token) -> bool:
    """An empty "it" that points forward to its clause: "it's time a prosecutor be appointed", "It is
    important to act", "it seems that ..."."""
    if pron.dep_ == "expl":
        return True
    if pron.lower_ != "it" or pron.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = pron.head
    near = [head] + [c for c in head.children if c.dep_ in ("attr", "acomp")]
    return any(c.dep_ in EXPLETIVE_CLAUSE_DEPS and c.i > pron.i for t in near for c in t.children)


def points_outside(span: Span, words: str) -> bool:
    """The quotation's first sentence holds a third-person pronoun with nothing in the words to point back
    to: "he"/"she" as a subject or object with no name before it ("There's a myth out there that he'll
    ..."), or "it"/"this"/"they" as a subject or object of the main clause with no noun before it and no
    noun as the subject of another of its clauses ("This is clearly unacceptable", "To repeat myself, it's
    a bunch of malarkey"; not "I don't know if it will happen, but the plan will help")."""
    limit = span.start_char + len(words)
    first = [t for t in span if t.idx < limit]
    if not first:
        return False
    sent_end = first[0].sent.end
    first = [t for t in first if t.i < sent_end]
    ids = {t.i for t in first}
    tops = [t for t in first if not t.is_punct and (t.head.i == t.i or t.head.i not in ids)]  # the words' own clause
    main = {t.i for t in tops} | {c.i for t in tops for c in t.children if c.dep_ in MAIN_CLAUSE_DEPS}
    subjects = [t for t in first if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.head.i in main]
    for n, tok in enumerate(first):
        low = tok.lower_
        if tok.pos_ != "PRON" or tok.dep_ not in REFERRING_DEPS:
            continue
        before = first[:n]
        if low in REFERRING_PERSON_PRONOUNS:
            if tok.dep_ != "pobj" and not any(
                    t.pos_ == "PROPN" or t.ent_type_ or t.pos_ == "NOUN" and t.text[:1].isupper() for t in before):
                return True
        elif low in REFERRING_THING_PRONOUNS and tok.head.i in main and not expletive(tok) \
                and not any(t.pos_ in ("NOUN", "PROPN") for t in before) and not subjects:
            if low == "that" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
                continue
            return True
    return False


def continuation(quotes: list, n: int):
    """The quotation that goes on after quote n's attribution in the same paragraph, by the same speaker
    ("“A,” she said. “B.”"), when B refers back to A and the two stay short enough to show as one statement."""
    if n + 1 >= len(quotes):
        return None
    quote, after = quotes[n], quotes[n + 1]
    a, b = quote.sources[0], after.sources[0]
    if after.partial or after.speaker != quote.speaker or a.article != b.article or a.start != b.start or b.end <= a.end:
        return None
    if len(quote.text.split()) + len(after.text.split()) > CONTINUATION_MAX_WORDS:
        return None
    lead = [re.sub(r"[^\w]", "", w.lower()) for w in after.text.split()[:CONTINUATION_LEAD]]
    return after if BACK_REFERENCES & set(lead) else None  # "Don't believe it."; not "The urine, which ..."


def said_after(span: Span) -> bool:
    """The span ends with its attribution by a pronoun ("..., he said"): the item's actor is that "he"."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return len(words) > 2 and words[-1].lemma_.lower() in REPORTING and words[-2].lower_ in PRONOUN_PEOPLE \
        and words[-2].head.i == words[-1].i


TRAILING_SAID = re.compile(r",\s+(?:he|she)\s+\w+\.?$", re.I)
LEADING_CONJUNCTION = re.compile(rf"^(?:{'|'.join(sorted(LEADING_CONJUNCTIONS))})\b,?\s+(?=\w)")


def misnamed(ctx: ArticleContext, sentence: str) -> bool:
    """The sentence names someone by a name the article says was wrong: the position is left to the
    sentences that name them rightly."""
    return any(wrong in sentence for wrong in ctx.actors.corrected)


def tells_facts(ctx: ArticleContext, actor: str) -> bool:
    """The actor is police, a coroner or an investigator: one who tells the facts of a case."""
    words = {re.sub(r"['\u2019]s$", "", w.rstrip(".")) for w in ctx.actors.roles.get(actor, ())}
    party = party_of(ctx, actor) or ""
    words |= {w.lower() for w in party.split()}
    words |= {re.sub(r"['\u2019]s$", "", w.lower()) for w in actor.split()}  # "Riverside County Sheriff's Department"
    return bool(words & FACT_TELLERS)


def party_of(ctx: ArticleContext, actor: str) -> Optional[str]:
    got = ctx.actors.actors.get(actor)
    return getattr(got, "party", None) if got is not None else None


def side_tokens(ctx: ArticleContext, sent: Span, actor: str) -> set[int]:
    """Tokens of the sentence that name the actor, the party the actor speaks for ("Washington could
    provide air support", said by the US president, is his side's offer) or the body the actor's title
    names, even one that is no party (an outlet: "Press TV's news director")."""
    party = party_of(ctx, actor)
    names = {actor, party} - {None}
    body = {re.sub(r"['\u2019]s$", "", w) for w in ctx.actors.roles.get(actor, ())}
    out = set()
    for t in sent:
        name = ctx.actors.resolve_token(t)
        if name in names or name and ctx.actors.type_of(name) != "person" and body and {
                w.lower() for w in name.split()} <= body:
            out.add(t.i)  # "Press TV will pursue ...", said by Press TV's news room director: his body's pledge
    return out


def fit_actor(ctx: ArticleContext, actor: Optional[str]) -> Optional[str]:
    """Never a news outlet, agency, website or handle as the holder of a position."""
    if not actor:
        return None
    if ctx.actors.type_of(actor) != "person" and is_outlet(actor):
        return None
    if actor.startswith("@") or web_name(actor):
        return None
    return actor


WEB_NAME = re.compile(r"\.(?:com|org|net|gov|edu|info|co\.uk|tv)\b", re.I)


def web_name(actor: str) -> bool:
    """A website's name ("StarlineBrass.com"), whatever the parser typed it as: never a position's holder."""
    return bool(WEB_NAME.search(actor))


def recorded_act(verb: Token, subj: Token) -> bool:
    """A formal act (veto, vote, block) told in the perfect or as the joint act of conjoined subjects: the
    record of what was done ("Russia and China have vetoed three resolutions"), no one party's stated stance."""
    if verb.lemma_.lower() not in RECORD_ACTS:
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)
    joint = any(c.dep_ == "conj" for c in subj.children)
    return perfect or joint


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
OPENING_YEAR = re.compile(r"^\W*(?:in|by|back in)\s+(?:\w+\s+)?((?:19|20)\d\d)\b", re.I)


def background_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs (lines) that tell background: one that opens with a year earlier than
    the latest the article names ("In 2011, ..."), and the paragraphs after it that open with a word of
    sequence ("Afterward, ...")."""
    years = [int(y) for y in YEAR.findall(text)]
    if not years:
        return []
    latest = max(years)
    out: list[tuple[int, int]] = []
    start, back = 0, False
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            opening = OPENING_YEAR.match(line)
            if opening:
                back = int(opening.group(1)) < latest
            elif not (back and line.strip().lower().startswith(SEQUENCE_OPENERS)):
                back = False
            if back:
                out.append((start, end))
        start = end + 1
    return out


def told_as_background(lines: list[tuple[int, int]], sent: Span) -> bool:
    """The sentence is in a background paragraph and names no year of its own."""
    return not YEAR.search(sent.text) and any(b <= sent.start_char < e for b, e in lines)


BARE_BODY = re.compile(r"^(?:[Tt]he )?(%s)\b" % "|".join(sorted(UNNAMED_BODIES)), re.I)
BODY_OWNER = re.compile(r"\b[Tt]he (%s)['\u2019]s\b" % "|".join(sorted(UNNAMED_BODIES)))


def body_country(sent: Span, own: bool) -> Optional[str]:
    """The country a national body of this sentence belongs to when the text does not say it: the nearest sentence
    that names one (this one when `own`, then the BODY_BEFORE before it) when it names one alone, else the one the
    article's lead names, named most in the article and clearly more than the next; else None."""
    doc = sent.doc
    sents = list(doc.sents)
    at = next((k for k, s_ in enumerate(sents) if s_.start == sent.start), 0)

    places = doc.user_data.get("briefgen_places")
    if places is None:
        places = doc.user_data["briefgen_places"] = Places(doc)

    def countries(s_: Span) -> set[str]:  # "Manama, Bahrain": Bahrain, the place that holds the city
        return {places.outer(clean(e.text)) for e in s_.ents if e.label_ == "GPE" and e.text[:1].isupper()}
    for s_ in ([sent] if own else []) + sents[max(0, at - BODY_BEFORE):at][::-1]:
        named = countries(s_)
        if len(named) == 1:
            return next(iter(named))
        if named:
            return None  # "Libya and Yemen": which one is not said
    named = {n for s_ in sents[:BODY_LEAD] for n in countries(s_)}
    if not named:
        return None

    def mentions(n: str) -> int:  # "Pakistan" and "Pakistani(s)"
        return sum(1 for e in doc.ents if e.label_ == "GPE" and clean(e.text) == n
                   or e.label_ == "NORP" and len(n) >= 4 and e.text.startswith(n[:4]))
    counts = sorted(((mentions(n), n) for n in named), key=lambda x: (-x[0], x[1]))
    if len(counts) > 1 and counts[0][0] <= counts[1][0] * BODY_STANDS_OUT:
        return None
    return counts[0][1]


def named_body(sent: Span, text: str, actor: str) -> tuple[str, Optional[str]]:
    """An item whose actor is a national body named bare ("Parliament threatened to ...") or whose words lean on
    one ("welcomed the government's withdrawal"), in a sentence that names no country or people: the item names
    the body's country ("Pakistan's Parliament threatened ...", "the government's (Bahrain) withdrawal") and the
    country is returned as the party the actor speaks for; else the text as it is and None."""
    bare = actor.lower().removeprefix("the ") in UNNAMED_BODIES and BARE_BODY.match(text)
    owner = BODY_OWNER.search(text)
    if not bare and not owner:
        return text, None
    if bare and re.match(r"\s+of\s+[A-Z]", text[bare.end():]):
        return text, None  # "Parliament of Pakistan"
    if not bare and any(e.label_ in ("GPE", "NORP") and e.text in text[owner.start():] for e in sent.ents):
        return text, None  # "the government's withdrawal from Bahrain": the sentence says whose
    country = body_country(sent, bool(bare))
    if country is None:
        return text, None
    if bare:
        m = BARE_BODY.match(text)
        word = m.group(1)
        return f"{country}\u2019s {word[:1].upper() + word[1:] if word[:1].isupper() else word}{text[m.end():]}", country
    return text[:owner.end()] + f" ({country})" + text[owner.end():], None


def extract(ctx: ArticleContext) -> list[Position]:
    """Every (sentence, actor, cue) position of one article, in text order."""
    doc = ctx.doc
    if doc is None or len(doc) == 0:
        return []
    quoted = quoted_tokens(doc)
    subjects = subject_people(ctx)
    out: list[Position] = []
    seen: set[tuple[int, str, str]] = set()
    spans: dict[int, list[tuple[str, int, int]]] = {}
    background = background_lines(doc.text)

    def emit(sent: Span, anchor: Token, span: Span, actor: str, cue: str, stance: str,
             subj: Optional[Token] = None) -> None:
        key = (sent.start, actor, cue)
        text = clean(span.text)
        if told_as_background(background, sent):
            return  # "In 2011, X resigned ... Afterward, ... he vowed to ...": an old vow, not this story's
        if key in seen or len(text.split()) < 3 or misnamed(ctx, sent.text):
            return
        seen.add(key)
        spans.setdefault(sent.start, []).append((actor, span.start, span.end))
        text = re.sub(r"[,;:]\s*([\"\u201d\u2019])$", r"\1", text)  # 'had “been friends,”' ends at the quote
        if said_after(span):
            text = TRAILING_SAID.sub("", text)  # "..., he said": the actor heads the item, the pronoun points nowhere
        if anchor.pos_ in ("VERB", "AUX"):
            if subj is not None and span.start <= subj.i < anchor.i and any(
                    c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in subj.children):
                # "Another senior official, X, blamed ...": the name and the verb on, pointing back to nobody
                first = min([anchor.i] + [c.i for c in anchor.children if c.dep_ in ("aux", "neg") and c.i > subj.i])
                text = clean(f"{actor} {doc[first:span.end].text}")
            if subj is not None and span.start <= subj.left_edge.i < subj.i < span.end and subj.pos_ == "NOUN" \
                    and title_only(ctx, subj) == actor:
                # "the vice president said ...": the one person the article gave that title, by name
                text = clean(f"{doc[span.start:subj.left_edge.i].text} {actor} {doc[subj.i + 1:span.end].text}")
            text = reads_alone(text, span, anchor, subj, actor)
            text = without_sequence(text, anchor)
        src = source_for(anchor, ctx.article_id)
        party = party_of(ctx, actor)
        text, country = named_body(sent, text, actor)
        out.append(Position(text=text, sources=[src],
                            actor=actor, cue=cue, stance=stance, party=party or country))

    for sent in doc.sents:
        try:
            cues = cue_tokens(sent, quoted)
            cue_set = {t.i for t in cues}
            for verb in cues:
                if verb.dep_ in ("relcl", "acl") and any(c.dep_ == "advmod" and c.lower_ in BYGONE for c in verb.children):
                    continue  # "Clinton, who once praised the TPP, ...": a stance she held before, background
                subj = subject_of(verb)
                if subj is None:
                    continue
                if recorded_act(verb, subj):
                    continue  # "Russia and China have vetoed three resolutions": past votes, not a stance stated now
                if verb.tag_ == "VBG" and subj.head.i != verb.i and any(
                        t.dep_ == "conj" and t.i < subj.i or t.head.i == subj.i and t.dep_ == "conj" for t in subj.subtree):
                    continue  # "North and South Korea have been talking, offering a respite": what the joint
                    # act did, not one party's offer
                said_by = actor_for(ctx, subj, subjects)
                actor = fit_actor(ctx, said_by)  # never an outlet, even its own editorial call (issue 11, item 2)
                if actor and subj.lower_ in PRONOUN_PEOPLE:
                    named = frozenset(ctx.actors.resolve_token(t) for t in reported_words(verb) if t.pos_ == "PROPN")
                    if actor in named:  # "He said Sam wanted ...": he is not Sam
                        actor = fit_actor(ctx, pronoun_person(ctx, subj, subjects, named))
                if not actor:
                    continue
                cue = cue_of(verb)
                side = side_tokens(ctx, sent, actor)
                if ctx.actors.type_of(actor) != "person" or any(c.dep_ == "conj" for c in subj.children):
                    side |= {t.i for t in reported_words(verb) if t.lower_ in GROUP_SUBJECTS and t.dep_ == "nsubj"}
                own = stance_of(verb, cue)
                keep, stance = is_stance(verb, cue, own, side, subj)
                if not keep or (stance in ("states", "confirms", "promises", "insists", "argues") or stance != own) \
                        and tells_facts(ctx, actor):
                    continue  # "the sheriff said the suspect must have fled", "more information should be released
                    # Monday, the police spokesman said": the facts of the case, whatever label their words take
                named = object_names(ctx, verb, actor, subjects)
                if named is None:
                    continue  # "asked him to ..." with no one he can be: does not stand alone
                before = len(out)
                emit(sent, verb, text_span(verb, subj, cue_set), actor, cue, stance, subj)
                if len(out) > before and named:
                    out[-1] = out[-1].model_copy(update={"text": with_names(out[-1].text, verb, named)})
            for cop, adj in adjective_cues(sent, quoted):
                subj = subject_of(cop)
                actor = fit_actor(ctx, actor_for(ctx, subj, subjects)) if subj is not None else None
                if actor:
                    start = subj.left_edge.i if subj.i < cop.i else cop.i
                    end = max([adj.right_edge.i] + [c.right_edge.i for c in cop.children if c.dep_ == "ccomp" and c.i > adj.i])
                    emit(sent, cop, trim(doc[max(start, sent.start):min(end + 1, sent.end)]),
                         actor, adj.lemma_.lower(), ADJ_STANCE[adj.lemma_.lower()])
            for noun, actor in noun_cues(ctx, sent, quoted, subjects):
                if not fit_actor(ctx, actor) or NOUN_STANCE[noun.lemma_.lower()] == "states":
                    continue  # "X's statement", "his remarks": a statement, not a stance
                span = trim(doc[noun.left_edge.i:noun.right_edge.i + 1])
                if any(a == actor and b <= span.start and span.end <= e for a, b, e in spans.get(sent.start, ())):
                    continue  # "X elaborated on his plans for ...": the verb's position already says it
                before = len(out)
                emit(sent, noun, span, actor, noun.lemma_.lower(), NOUN_STANCE[noun.lemma_.lower()])
                if len(out) > before:
                    out[-1] = out[-1].model_copy(update={"text": noun_as_verb(noun, span, actor, out[-1].text)})
            for tok, actor in according_to(ctx, sent):
                if tok.i in quoted or not fit_actor(ctx, actor) or stance_in(sent) is None:
                    continue  # "..., according to police": a sourced fact, for key developments
                emit(sent, tok, trim(sent), actor, "according to", "states")
        except (IndexError, ValueError) as err:  # a malformed parse of one sentence never stops the article
            skipped(ctx, "positions", sent.start_char, err)
    try:
        out.extend(quote_positions(ctx))
    except (IndexError, ValueError) as err:
        skipped(ctx, "positions", 0, err)
    return out
