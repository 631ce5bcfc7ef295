"""An open question written as an analyst lists it, or None when the article's words cannot be made so.

The item is the article's clause that holds the unknown, kept as it is when it names its subject ("Police
have not said where the driver is"), or put as the question it leaves ("Unclear: why ...", "Will anyone be
charged? ..."). It cannot lean on a sentence the briefing does not show: a he/she subject (and a his/her
with no name before it) becomes the person named just before; any other pronoun ("They're unsure ...",
"That appears unlikely", "where it is") drops the item. Inside a speaker's quotation only a wh-clause or a
hedge adjective names an unknown ("We will never know" is the speaker's).
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from briefgen.extract.context import clean, ents_of
from briefgen.extract.lexicon import REPORTING_VERBS
from briefgen.sections.developments.extract import antecedent, stand_alone
from briefgen.sections.developments.lexicon import DESCRIBED_MAX, PERSON_NOUNS
from briefgen.sections.open_questions.rules import idea_of, voicer
from briefgen.sections.open_questions.lexicon import (
    ALLEGED,
    ALLEGED_WHETHER,
    DISPUTE_VERBS,
    ANTECEDENT_SENTENCES,
    ANTECEDENT_WORDS,
    COLLECTIVE_PLURALS,
    BACK_PRONOUNS,
    CONCESSIVE_MARKS,
    CONFLICT_POINT,
    CONCERN_PREPS,
    CONFLICT_PREPS,
    DEICTIC,
    ESTIMATE_WORDS,
    EVENT_DEICTIC,
    LEANING_PRONOUNS,
    NOT_YET_REPORTED,
    NO_NOUN_QUESTIONS,
    NO_ONE_QUESTION,
    PLURAL_POSSESSIVE,
    POSSESSIVE_PRONOUNS,
    PRONOUN_GENDERS,
    QUOTED_CUES,
    SUBJECT_PRONOUNS,
    SPECULATE,
    VAGUE_SUBJECTS,
    WH_WORDS,
    WHETHER_QUESTIONS,
    UNCONFIRMED,
    SENTENCE_POINT,
    STAND_ALONE_KEPT,
    OBJECT_PERSONS,
    CONCERN_NOUNS,
    GUESS_MODALS,
    NOT_PERSON_ENTS,
    QUESTION_NOUNS,
    DOUBTED,
    STEP_VERBS,
    CONCERN_VERBS,
    SUBJECTLESS_ASK,
    RUMOUR_TAIL,
    OPINION_VERBS,
    SAME_VIEW,
    STATE_LEAD,
    STATE_NAMERS,
    STATE_STANDS_OUT,
    UNNAMED_STATES,
    AWAITED_FROM,
    DASH_ASIDE,
    WEIGHED_OPTIONS,
    WEIGHED_QUESTION,
    AWAITING_SUBJECT,
    AWAITED_THING,
    UNKNOWN_ASPECTS,
    EVENT_NOUNS,
    UNDER_ASPECT,
    UNDER_EVENT,
    UNCLEAR_CUES,
    WHY_MARKS,
)

OPEN_MARKS = {"\u201c": 1, "\u201d": -1}


def in_quotation(tok: Token) -> bool:
    """Whether the token sits inside quotation marks opened in its sentence (curly or straight)."""
    sent = tok.sent
    before = tok.doc[sent.start:tok.i].text
    curly = before.count("\u201c") - before.count("\u201d")
    return curly > 0 or before.count('"') % 2 == 1


def negated_verb(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "n\u2019t", "never") for c in tok.children)


def _subject(head: Token) -> Optional[Token]:
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _quoted_ok(cue: str) -> bool:
    return cue.startswith(QUOTED_CUES) or cue.split()[-1] in WH_WORDS


def _may_have_ok(tok: Token, head: Token) -> bool:
    """A guess about what happened, not a rough count, a negated or a conceded one, nor a clause hung on a noun."""
    if any(c.dep_ == "neg" for c in tok.children) or tok.dep_ in ("relcl", "acl"):
        return False
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in tok.children):
        return False
    subj = _subject(tok)
    if subj is None or subj.pos_ == "PRON":
        return False
    if any(c.dep_ == "prt" and c.i == tok.right_edge.i for c in tok.children) and not any(
            c.dep_ == "dobj" for c in tok.children):
        return False  # "the bus X may have gotten on": a relative clause with its preposition left at the end
    return not any(t.like_num or t.lower_ in ESTIMATE_WORDS and t.dep_ in ("advmod", "amod", "quantmod")
                   for t in subj.subtree)


def _side_clause(span: Span, tok: Token) -> Optional[int]:
    """Where the trigger's own clause starts when the item opens on another clause with its own subject."""
    cur = tok
    while cur.head.i != cur.i and span.start <= cur.head.i < span.end:
        if cur.dep_ in ("advcl", "conj") and cur.i > cur.head.i and _subject(cur) is not None:
            return cur.left_edge.i
        cur = cur.head
    return None


def _it_is_unclear(tok: Token, span: Span) -> Optional[Token]:
    """"It is unclear whether ...", "it remains to be seen how ...": the word that opens the unknown itself."""
    first = span[0]
    if first.lower_ != "it":
        return None
    for t in span:
        if t.i <= tok.i or t.i <= first.i:
            continue
        if t.lower_ in ("whether", "if") and t.dep_ == "mark" or t.lower_ in WH_WORDS and t.tag_ in ("WDT", "WP", "WRB"):
            return t
    return None


def _plural(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.tag_ in ("NNS", "NNPS") or tok.lower_ in COLLECTIVE_PLURALS)


def plural_antecedent(tok: Token) -> Optional[tuple[str, bool]]:
    """Who a leading "they" is, and whether one body: the subject of the clause it is joined to ("Drills have been
    suspended, but they are likely to resume"), the noun that says the sentence ("They're searching for the weapon,
    police said"; "The parks service said they are considering ..."), else the plural noun subject of the sentence
    before ("Investigators wouldn't say ... They're waiting")."""
    sent, doc = tok.sent, tok.doc
    verb = tok.head
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        subj = _subject(verb.head)
        if subj is not None and _plural(subj):
            return clean(doc[subj.left_edge.i:subj.i + 1].text), True
    for verb in sent:
        if verb.lemma_.lower() in REPORTING_VERBS and (verb.i > tok.i or tok.head.dep_ == "ccomp" and tok.head.head.i == verb.i):
            subj = _subject(verb)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not (subj.left_edge.i <= tok.i <= subj.right_edge.i):
                return clean(doc[subj.left_edge.i:subj.i + 1].text), _plural(subj)
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    subj = _subject(prev.root)
    if subj is not None and _plural(subj) and subj.i - subj.left_edge.i < ANTECEDENT_WORDS:
        return clean(doc[subj.left_edge.i:subj.i + 1].text), True
    return None


def wh_clause(sent: Span, after: int = -1) -> Optional[Span]:
    """The sentence's first indirect question after a position ("what led Bournes to kill his family")."""
    for t in sent:
        if t.i > after and t.lower_ in WH_WORDS | {"whether"} and t.head.pos_ in ("VERB", "AUX") and t.i < t.head.i \
                and (t.tag_ in ("WDT", "WP", "WRB") or t.dep_ == "mark"):
            return sent.doc[t.i:min(t.head.right_edge.i + 1, sent.end)]
    return None


def described_subject(sent: Span, pronoun: str) -> Optional[str]:
    """"The son promised reform. His whereabouts were unclear": the subject of the sentence before, when it is a
    short "the <person noun>" phrase of the pronoun's gender (or of either)."""
    if sent.start <= 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    subj = _subject(prev.root)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in PERSON_NOUNS:
        return None
    if PERSON_NOUNS[subj.lemma_.lower()] not in ("", PRONOUN_GENDERS.get(pronoun)):
        return None
    phrase = sent.doc[subj.left_edge.i:subj.right_edge.i + 1]
    if phrase[0].lower_ != "the" or len(phrase) > DESCRIBED_MAX or any(t.is_punct for t in phrase):
        return None
    return named_earlier(prev, subj) or clean(phrase.text)


def named_earlier(sent: Span, noun: Token) -> Optional[str]:
    """"Qaddafi sent his son, Saadi, to the city. ... the son promised reform": the name the same person noun was
    given in apposition a few sentences before, when it was given one name only (the model may take a lone first
    name for a place: the person noun says it is a person's)."""
    doc, start = sent.doc, sent.start
    for _ in range(ANTECEDENT_SENTENCES - 1):
        if start > 0:
            start = doc[start - 1].sent.start
    names = {(clean(doc[a.left_edge.i:a.i + 1].text), owner_of(t)) for t in doc[start:sent.end] if t.i != noun.i
             and t.lemma_.lower() == noun.lemma_.lower() for a in t.children if a.dep_ == "appos" and a.pos_ == "PROPN"
             and a.ent_type_ not in NOT_PERSON_ENTS}
    if len(names) != 1:
        return None
    name, owner = names.pop()
    # a lone first name says nothing of who the person is: "Colonel Qaddafi's son Saadi", as the article gave it
    return f"{owner}'s {noun.lower_} {name}" if owner and len(name.split()) == 1 else name


def owner_of(noun: Token) -> Optional[str]:
    """Whose the person noun is ("Qaddafi's son", "Colonel Qaddafi sent his son"): a named possessor, or the named
    subject of the verb a his/her possessor's noun is the object of; else None."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.pos_ == "PROPN":
        return clean(noun.doc[poss.left_edge.i:poss.i + 1].text).replace("\u2019s", "").replace("'s", "")
    if poss.lower_ in POSSESSIVE_PRONOUNS and noun.dep_ in ("dobj", "nsubjpass", "attr"):
        subj = _subject(noun.head)
        if subj is not None and subj.pos_ == "PROPN":
            return clean(noun.doc[subj.left_edge.i:subj.i + 1].text)
    return None


def one_antecedent(sent: Span, pronoun: str = "") -> Optional[str]:
    """The person a he/she/his/her stands for, only when one person fits: the person the sentence before has as
    its subject ("the son"), else the person named last before the sentence when no other person is named in it
    or the sentences before ("Muammar Qaddafi's son Saadi ... His whereabouts" could be either Qaddafi). Names
    whose words are all in a longer name are the same person."""
    described = described_subject(sent, pronoun)
    if described is not None:
        return described
    who = antecedent(sent)
    if who is None:
        return None
    doc = sent.doc
    first = sent[0]
    if first.lower_ == pronoun and first.dep_ in ("nsubj", "nsubjpass") and subject_named(doc[sent.start - 1].sent, who):
        # "Mayor Tomas Hale told reporters after meeting Governor Lena Varga ... He did not say when": a sentence
        # that opens on he/she carries on the sentence before's named subject, whoever it names on the way
        return who
    start = doc[max(sent.start - 1, 0)].sent.start
    for _ in range(ANTECEDENT_SENTENCES - 1):
        if start > 0:
            start = doc[start - 1].sent.start
    names = {frozenset(clean(e.text).replace("\u2019s", "").replace("'s", "").split())
             for e in ents_of(doc[start:sent.start]) if e.label_ == "PERSON"}
    names.add(frozenset(who.split()))
    people = [n for n in names if n and not any(n < m for m in names)]
    return who if len(people) == 1 else None


def _resolve(toks: list[Token], sent: Span, quoted: bool, name: Optional[str] = None) -> Optional[list[str]]:
    """The tokens' texts with a he/she subject named, or None when a pronoun would be left leaning."""
    out: list[str] = []
    named_before = False
    skip: set[int] = set()
    for n, t in enumerate(toks):
        if t.i in skip:
            continue
        low, text = t.lower_, t.text_with_ws
        nxt_tok = toks[n + 1] if n + 1 < len(toks) else None
        if low == "the" and t.dep_ == "det" and nxt_tok is not None and nxt_tok.lower_ == "other" \
                and nxt_tok.head.i == t.head.i and t.head.tag_ == "NN" and any(c.dep_ == "relcl" for c in t.head.children):
            # "the other friend who jumped in to help" leans on a friend named before; "another friend who ..." does not
            skip.add(nxt_tok.i)
            out.append("another ")
            continue
        if low == "they" and t.dep_ in ("nsubj", "nsubjpass") and not named_before and not quoted \
                and (found := plural_antecedent(t)) is not None:
            them, many = found
            text = them + (t.whitespace_ or " ")
            nxt = toks[n + 1].lower_.replace("\u2019", "'") if n + 1 < len(toks) else ""
            verb = ("are" if many else "is") if nxt in ("'re", "are") else "was" if nxt == "were" and not many else \
                "has" if nxt in ("have", "'ve") and not many else None
            if verb is not None:
                skip.add(toks[n + 1].i)
                text = f"{them} {verb} "
            elif not many:
                return None  # a verb that would not agree with one body
        elif low in SUBJECT_PRONOUNS and t.dep_ in ("nsubj", "nsubjpass"):
            who = None if quoted or named_before else name or one_antecedent(sent, low)
            if who is None and not named_before:
                return None
            if who is not None:
                text = who + t.whitespace_
                if nxt_tok is not None and nxt_tok.lower_.replace("\u2019", "'") == "'s" and not t.whitespace_ \
                        and nxt_tok.pos_ == "AUX":
                    # "the board he's proposing": "Kent Craford is proposing", not the possessive "Kent Craford's"
                    skip.add(nxt_tok.i)
                    text = f"{who} {'has' if nxt_tok.lemma_.lower() == 'have' else 'is'}" + nxt_tok.whitespace_
        elif low in POSSESSIVE_PRONOUNS and t.tag_ == "PRP$":
            if nxt_tok is not None and nxt_tok.text == "/" or n > 0 and toks[n - 1].text == "/":
                pass  # "his/her own hand": no one in particular
            elif not named_before:
                who = None if quoted else name or one_antecedent(sent, low)
                if who is None:
                    return None
                text = f"{who}'s" + t.whitespace_
        elif low == "her" or low in LEANING_PRONOUNS and t.dep_ != "expl":
            return None
        elif low in BACK_PRONOUNS and t.dep_ != "expl" or low in PLURAL_POSSESSIVE and t.tag_ == "PRP$":
            if not any(p.pos_ in ("NOUN", "PROPN") and p.dep_ != "npadvmod" and not p.ent_type_ in ("DATE", "TIME")
                       for p in toks[:n]):
                return None  # "it", "they" with no noun before them in the item
        elif low in DEICTIC and t.pos_ == "PRON" and t.tag_ == "DT" or low in ("these", "those") and t.dep_ == "det":
            if not (low in EVENT_DEICTIC and n > 0 and toks[n - 1].lower_ in WH_WORDS):  # "why this happened"
                return None
        if t.pos_ == "PROPN" or text != t.text_with_ws:
            named_before = True
        out.append(text)
    return out


def written(sent: Span, tok: Token, cue: str, span: Span, head: Token) -> Optional[str]:
    """The item's text as an analyst lists it (see the module's note), or None; a "feel the same" names the view it
    leans on, or the item is dropped."""
    text = _written(sent, tok, cue, span, head)
    if text is not None and not in_quotation(tok):
        text = implied_question(sent, tok, cue, text) or text
    text = named_state(sent, text) if text is not None else None
    if text is None:
        return None
    if not SAME_VIEW.search(text):
        return text
    view = same_view(sent)
    return None if view is None else SAME_VIEW.sub(view.replace("\\", "\\\\"), text, count=1)


def _np(noun: Token, sent: Span) -> Optional[str]:
    """A noun's phrase as the item shows it, lower-cased unless it starts with a name; None when it leans on a
    pronoun ("his", "it") the item could not resolve."""
    toks = [t for t in sent.doc[noun.left_edge.i:noun.right_edge.i + 1] if not t.is_space]
    if any(t.pos_ == "PRON" for t in toks) or not toks:
        return None
    if toks[0].lower_ in ("further", "more", "additional", "other") and len(toks) > 1:
        toks = toks[1:]  # "Further details about the incident": the details are the unknown
    text = clean("".join(t.text_with_ws for t in toks)).rstrip(",;: ")
    return text if toks[0].pos_ == "PROPN" else text[:1].lower() + text[1:]


def implied_question(sent: Span, tok: Token, cue: str, text: str = "") -> Optional[str]:
    """A procedural unknown ("waiting to hear more from the medical examiner", "The circumstances ... are under
    investigation", "Further details ... are unclear as police continue to investigate") written as the question it
    implies, naming what is pending, with the sentence's status in brackets; None to keep the item as written."""
    if cue == "waiting for":
        subj = _subject(tok)
        said = AWAITING_SUBJECT.match(text)  # the subject as the item writes it ("They" resolved to "Investigators")
        if subj is None or said is None:
            return None
        who = said.group("who")
        who = who if sent.doc[subj.left_edge.i].pos_ == "PROPN" and subj.pos_ != "PRON" \
            or who.split()[0].isupper() else who[:1].lower() + who[1:]
        hear = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if hear is not None:
            src = next((g for c in hear.subtree if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children if g.dep_ == "pobj"), None)
            source = _np(src, sent) if src is not None else None
            return AWAITED_FROM.format(source=source, who=who) if source else None
        thing, verb = next((c for c in tok.children if c.dep_ == "dobj"), None), tok.lower_
        if thing is None:
            verb = f"{tok.lower_} for"
            thing = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                          for g in c.children if g.dep_ == "pobj"), None)
        if thing is None or any(c.dep_ in ("relcl", "acl", "xcomp", "ccomp") for c in thing.children):
            return None  # "waiting for the family to be notified": not a finding
        body = _np(thing, sent)
        if body is None:
            return None
        plural = thing.tag_ in ("NNS", "NNPS")
        return AWAITED_THING.format(thing=body, who=who, verb=verb, pronoun="them" if plural else "it")
    if cue.endswith("ing") and (weighed := WEIGHED_OPTIONS.match(text)) is not None:
        who = weighed.group("who")
        if who.split()[0] in ("The", "A", "An"):
            who = who[:1].lower() + who[1:]
        options = DASH_ASIDE.sub(" ", weighed.group("options")).strip(" .")
        return WEIGHED_QUESTION.format(who=who, options=options)
    if cue.startswith("under "):
        verb = tok.head
        subj = _subject(verb)
        if subj is None or subj.pos_ in ("PRON", "PROPN") or subj.ent_type_:
            return None
        body = _np(subj, sent)
        if body is None:
            return None
        state = cue
        if subj.lemma_.lower() in UNKNOWN_ASPECTS or subj.lower_ in UNKNOWN_ASPECTS:
            return UNDER_ASPECT.format(aspect=body, state=state)
        if subj.lower_ in EVENT_NOUNS or subj.lemma_.lower() in EVENT_NOUNS:
            return UNDER_EVENT.format(event=body, state=state)
        return None
    if cue in UNCLEAR_CUES:
        verb = tok.head if tok.dep_ == "acomp" else None
        subj = _subject(verb) if verb is not None else None
        if subj is None or not (subj.lemma_.lower() in UNKNOWN_ASPECTS or subj.lower_ in UNKNOWN_ASPECTS) \
                or not any(c.dep_ == "prep" for c in subj.children):
            return None  # "The motive is unclear" is written already; an aspect of what must be named
        body = _np(subj, sent)
        if body is None:
            return None
        why = next((c for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in WHY_MARKS for m in c.children)), None)
        if why is not None:
            toks = [t for t in sent.doc[why.left_edge.i:why.right_edge.i + 1]
                    if not (t.dep_ == "mark" and t.head.i == why.i)]
            if any(t.pos_ == "PRON" for t in toks):
                why = None
            else:
                return f"Unclear: {body} ({clean(''.join(t.text_with_ws for t in toks)).rstrip(',;: ')})"
        return f"Unclear: {body}"
    return None


def named_state(sent: Span, text: str) -> Optional[str]:
    """An item that blames or asks about "the state" or "the regime" with no country or people named in its sentence
    ("Some accuse the state of deploying mercenaries"): the country named in the sentence before or the article's
    lead that the article names most, when one stands out, put after it ("the state (Libya)"); else None (which state
    is in another sentence). The text as it is for any other item."""
    m = re.search(r"\b[Tt]he (?:state|regime)\b(?!['\u2019]s| of [A-Z])", text)
    if m is None or any(e.label_ in STATE_NAMERS for e in sent.ents):
        return text
    if not any(t.lower_ in UNNAMED_STATES and t.dep_ != "compound" and t.i > sent.start and t.doc[t.i - 1].lower_ == "the"
               and all(c.dep_ == "det" for c in t.children if c.i < t.i)
               and not any(a.dep_ in ("relcl", "acl") for a in (t, *t.ancestors))  # "rebels, who oppose the regime"
               for t in sent):
        return text
    doc = sent.doc
    sents = list(doc.sents)
    at = next((k for k, s_ in enumerate(sents) if s_.start == sent.start), 0)
    near = sents[:STATE_LEAD] + sents[max(0, at - 1):at]
    named = {clean(e.text) for s_ in near for e in s_.ents if e.label_ == "GPE"}
    if not named:
        return None
    def mentions(n: str) -> int:  # "Libya" and "Libyan(s)"
        return sum(1 for e in doc.ents if e.label_ == "GPE" and clean(e.text) == n
                   or e.label_ == "NORP" and len(n) >= 4 and e.text.startswith(n[:4]))
    counts = sorted(((mentions(n), n) for n in named), key=lambda x: (-x[0], x[1]))
    if len(counts) > 1 and counts[0][0] <= counts[1][0] * STATE_STANDS_OUT:
        return None
    return text[:m.end()] + f" ({counts[0][1]})" + text[m.end():]


def same_view(sent: Span) -> Optional[str]:
    """"Kent Craford ... said he thinks flushing the water is a bad idea. ... Craford would not speculate whether the
    board would feel the same": the view the same person stated in the sentences before ("think flushing the water
    is a bad idea"), the nearest one, when its words stand alone; else None."""
    doc = sent.doc
    subj = _subject(sent.root)
    names = {t.lower_ for t in (subj.subtree if subj is not None else []) if t.pos_ == "PROPN"}
    if not names:
        return None
    start, prev = sent.start, []
    for _ in range(ANTECEDENT_SENTENCES):
        if start <= 0:
            break
        prev.append(doc[start - 1].sent)
        start = prev[-1].start
    for before in prev:  # the nearest first
        for t in reversed(list(before)):
            clause = next((c for c in t.children if c.dep_ == "ccomp"), None)
            holder = _subject(t)
            if t.lemma_.lower() not in OPINION_VERBS or t.pos_ != "VERB" or clause is None or holder is None \
                    or in_quotation(t):
                continue
            told = {w.lower_ for w in before if w.pos_ == "PROPN"}
            if holder.pos_ == "PROPN" and holder.lower_ not in names or holder.pos_ == "PRON" and not told & names:
                continue
            toks = [w for w in clause.subtree if not (w.dep_ == "mark" and w.head.i == clause.i)]
            while toks and toks[-1].is_punct:
                toks.pop()
            words = _resolve(toks, before, False)
            return None if words is None else f"{t.lemma_.lower()} {clean(''.join(words))}"
    return None


def _written(sent: Span, tok: Token, cue: str, span: Span, head: Token) -> Optional[str]:
    """The item's text as an analyst lists it (see the module's note), or None."""
    quoted = in_quotation(tok)
    if quoted and not _quoted_ok(cue):
        return None
    doc = tok.doc
    prefix, toks, suffix = "", list(span), ""
    if cue.endswith(" have"):
        if not _may_have_ok(tok, head):
            return None
        speaker = guess_speaker(tok)  # "The witness ... said it appears that rebels may have ...": whose guess
        prefix, suffix = UNCONFIRMED, (f", {speaker[0]} {speaker[1]}" if speaker else "")
    if head.dep_ in ("relcl", "acl") and span[0].dep_ != "expl" and span[0].i != tok.i:
        return None  # "The bus Caballero may have gotten on": a clause hung on a noun, no predicate of its own
    subj = _subject(head)
    if subj is not None and subj.lower_ == "we" and not quoted:
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or not negated_verb(verb):
            return None  # the newsroom's own voice ("We're waiting for more information")
        prefix, toks = NOT_YET_REPORTED, list(doc[obj.left_edge.i:obj.right_edge.i + 1])
    if cue.startswith("no one "):
        verb = tok.head
        if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
            prefix = NO_ONE_QUESTION.format(verb=verb.lower_) + " "
    elif cue.startswith("no ") and cue[3:] in NO_NOUN_QUESTIONS:
        prefix = NO_NOUN_QUESTIONS[cue[3:]] + " "
    elif cue in CONCERN_NOUNS and (feared := feared_clause(tok)) is not None:
        # "allies voiced concern that Pyongyang may be using the talks ...": the worry is the unknown, then whose
        clause, who = feared
        words = _resolve(clause, sent, quoted)
        if words is None:
            return None
        body = clean("".join(words))
        for modal, be, verb in modal_be(clause):
            body = body.replace(f"{modal} {be}", verb, 1)
        return f"Unclear: whether {lower_first(body, clause[0])}. {who}."
    elif cue in CONCERN_NOUNS and (about := concern_about(tok)) is not None:
        # "Doctors have some concerns with his blood levels ...": a worry told as a statement, listed as what worries
        # whom, not as the article's sentence
        clause, who = about
        words = _resolve(clause, sent, quoted)
        if words is None:
            return None
        body = clean("".join(words)).rstrip(",;: ")
        if body.split()[0].lower() in ("the", "a", "an", "his", "her", "its", "their", "this", "these", "those", "some"):
            body = body[:1].lower() + body[1:]  # "the dam's spillway"; a name ("his" resolved to one) keeps its capital
        return f"Of concern to {who}: {body}" if body else None
    elif cue == "fear" and (feared := feared_verb_clause(tok)) is not None:
        clause, who = feared  # "Activists said they fear Obama will make a deal": whether he will, then who fears so
        words = _resolve(clause, sent, quoted)
        if words is None:
            return None
        body = clean("".join(words))
        return f"Unclear: whether {lower_first(body, clause[0])}. {who}."
    elif cue == "accuse":
        prefix = UNCONFIRMED  # "Some accuse the state of ...": an accusation no one named makes
    elif cue in ALLEGED:
        subj = _subject(tok.head)
        if tok.head.i != head.i or subj is None or subj.pos_ == "PRON":
            return None
        if disputed(tok.doc):
            toks = [t for t in span if t.i != tok.i]
            prefix = ALLEGED_WHETHER.format(clause="")
        else:
            # no one in the article denies or disputes it: "allegedly" is the reporter's caution, not a question the
            # story leaves open; listed as what it is, a report not confirmed ("Unconfirmed: X allegedly sent ...")
            prefix = UNCONFIRMED
    elif cue.startswith("conflict") or cue.startswith("contradict"):
        noun = tok.head
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in CONFLICT_PREPS), None)
        if noun.pos_ != "NOUN" or noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children) or prep is None:
            return None
        rest = doc[prep.i:prep.right_edge.i + 1]
        words = _resolve(list(rest), sent, quoted)
        if words is None:
            return None
        prefix = CONFLICT_POINT.format(noun=noun.lemma_.lower(), rest=clean("".join(words))) + " "
    elif (subj := _subject(head)) is not None and subj.lemma_.lower() in VAGUE_SUBJECTS and not any(
            c.dep_ in ("prep", "relcl", "acl", "compound", "poss") for c in subj.children):
        clause = wh_clause(sent)  # "despite the urge to make sense of what led X to ..., the reason will remain unknown"
        if clause is None:
            return None
        prefix, toks = "Unclear: ", list(clause)
    elif cue == "whether" and tok.dep_ == "mark" and (tok.head.dep_ in ("relcl", "acl") or head.dep_ in ("relcl", "acl")):
        # "..., a rate that calls into question whether access was for sale": the unknown, not the noun it hangs on
        prefix, toks = "Unclear: ", list(doc[tok.i:min(tok.head.right_edge.i + 1, sent.end)])
    elif cue == "whether" and tok.dep_ == "mark" and tok.head.head.dep_ == "prep" \
            and tok.head.head.head.lemma_.lower() in QUESTION_NOUNS:
        # "The stray lions fueled questions about whether to dart a predator ...": the question itself
        end = min(tok.head.head.right_edge.i + 1, sent.end)
        alt = doc[end + 2] if end + 2 < sent.end else None
        if alt is not None and doc[end].text == "," and doc[end + 1].lower_ == "or" and alt.tag_ == "VB" \
                and alt.dep_ == "conj" and _subject(alt) is None and doc[tok.i + 1].lower_ == "to":
            end = alt.right_edge.i + 1  # "whether to dart the lion ..., or kill it": the parser hangs the other way on
        prefix, toks = "Unclear: ", list(doc[tok.i:min(end, sent.end)])
        while len(toks) > 1 and toks[-1].is_punct:
            toks.pop()
    elif cue in DOUBTED and (clause := that_clause(tok)) is not None and span.start <= tok.i < clause[0].i:
        # "There are members of Congress who aren't confident that the relationship can be patched": whether it can,
        # then who doubts it
        words, lead = _resolve(clause, sent, quoted), _resolve([t for t in span if t.i <= tok.i], sent, quoted)
        if words is None or lead is None:
            return None
        body, who = clean("".join(words)), clean("".join(lead))
        return f"Unclear: whether {lower_first(body, clause[0])}. " \
               f"{who[:1].upper() + who[1:]}."
    elif cue.endswith(SPECULATE) and (clause := wh_clause(sent, tok.i)) is not None and (subj := _subject(tok)) is not None \
            and subj.pos_ == "PROPN":
        # "Craford would not speculate whether the board would agree": the unknown, then who would not guess
        words = _resolve(list(clause), sent, quoted, name=clean(doc[subj.left_edge.i:subj.i + 1].text))
        if words is None:
            return None
        body = clean("".join(words))
        return f"Unclear: {body[:1].lower() + body[1:]}. {clean(doc[subj.left_edge.i:subj.i + 1].text)} would not speculate."
    elif cue.split()[-1] in WH_WORDS and (side := _side_clause(span, tok)) is not None:
        clause = wh_clause(sent, side - 1)  # "Bowen will focus on the death, while the city will look into how ..."
        if clause is None:
            return None
        prefix, toks = "Unclear: ", list(clause)
    else:
        opener = _it_is_unclear(tok, span)
        if opener is not None:
            prefix = "Unclear: " + ("whether " if opener.lower_ == "if" else "")
            toks = [t for t in span if t.i >= opener.i + (opener.lower_ == "if")]
    if not toks:
        return None
    if cue == "whether" and not prefix and (asked := whether_question(tok)):
        prefix = asked + " "  # "... will decide whether a criminal charge is filed": the question it leaves open
        if toks[0].lower_ == "whether":
            # "Officials are working with the prosecutor to determine whether there are charges to be filed": who
            # decides, not "whether there are charges" with no one named
            toks = [t for t in sent if not t.is_space]
            while len(toks) > 1 and toks[-1].is_punct:
                toks.pop()
    if not prefix and (toks[0].lower_ == "whether" or toks[0].lower_ in WH_WORDS and toks[0].tag_ in ("WDT", "WP", "WRB")):
        prefix = "Unclear: "  # an indirect question left without its governing words
    toks = [t for t in toks if not (t.lower_ == "also" and t.dep_ == "advmod" and t.i > toks[0].i)]  # leans on before
    if len(toks) > 1 and toks[0].lower_ == "that" and toks[0].dep_ == "mark":
        toks = toks[1:]  # "(The investigation shows) that gunfire may have been exchanged"
    if cue == "to be sentenced":
        prefix = SENTENCE_POINT
    words = _resolve(toks, sent, quoted)
    if words is None:
        words = whole_sentence(sent, toks, quoted)
        if words is None:
            return None
    body = clean("".join(words)).rstrip(",;: ")
    if prefix == "Unclear: " and SUBJECTLESS_ASK.match(body):
        return None  # "Unclear: whether to dart a predator ...": a dilemma no one in the story is named as facing
    cut = RUMOUR_TAIL.search(body)
    if cut is not None and len(body[:cut.start()].split()) >= 3:
        body = body[:cut.start()]  # "..., with some saying he was holed up in a hotel in the city": hearsay hung on
    if prefix.endswith(("Unclear: ", "whether ", NOT_YET_REPORTED, UNCONFIRMED)) and body and not toks[0].pos_ == "PROPN":
        body = body[:1].lower() + body[1:] if not (len(body.split()[0]) > 1 and body.split()[0].isupper()) else body
    elif body:
        body = body[:1].upper() + body[1:]
    text = clean(prefix + body + suffix)
    return text or None


def disputed(doc) -> bool:
    """Whether the article reports someone denying or disputing what it tells ("denied", "insist he never ...",
    "disputes the account"): only then is an alleged act a question the story leaves open."""
    return any(t.lemma_.lower() in DISPUTE_VERBS and t.pos_ in ("VERB", "NOUN") for t in doc)


def guess_speaker(tok: Token) -> Optional[tuple[str, str]]:
    """Who a "may have" guess is told by, and the verb of saying: the noun subject of the verb the guess's clause
    hangs on, in its own short words ("The witness, who spoke on condition of anonymity, said" → "a witness")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "xcomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in REPORTING_VERBS:
            break
    else:
        return None
    subj = _subject(cur)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or cur.lemma_.lower() not in REPORTING_VERBS:
        return None
    words = [t for t in subj.subtree if t.i <= subj.i and not t.is_punct
             and not any(a.dep_ in ("relcl", "acl", "appos") for a in t.ancestors if a.i != subj.i and subj.is_ancestor(a))]
    if any(t.pos_ == "PRON" for t in words) or len(words) > DESCRIBED_MAX:
        return None
    if words[0].lower_ == "the" and subj.pos_ == "NOUN" and subj.tag_ == "NN":
        return ("an " if words[1].lower_[:1] in "aeiou" else "a ") + " ".join(t.text for t in words[1:]), cur.text
    said = " ".join(t.text for t in words)
    return (said if words[0].pos_ == "PROPN" else said[:1].lower() + said[1:]), cur.text  # ", police said"


def whole_sentence(sent: Span, toks: list[Token], quoted: bool) -> Optional[list[str]]:
    """An item that is its whole sentence, made to stand alone the way a development is (developments'
    `stand_alone`: "The judge will sentence him Aug. 28" names him), when that keeps its first words: a subject it
    would name is left to this section's own stricter rule."""
    words = [t for t in sent if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    if quoted or not toks or toks[0].i != words[0].i or toks[-1].i < words[-1].i:
        return None
    objects = [t for t in toks if t.lower_ in OBJECT_PERSONS and t.pos_ == "PRON" and t.dep_ in ("dobj", "pobj", "dative")]
    if not objects or any(t.pos_ == "PRON" and t.dep_ in ("nsubj", "nsubjpass", "poss") for t in toks):
        return None  # only a him/her the sentence's object: its subject and the rest are this section's to name
    if any(one_antecedent(sent, t.lower_) is None for t in objects):
        return None  # "... were convicted. The judge will sentence him": which of them
    text = clean(sent.text).rstrip(".")
    alone = stand_alone(sent, text)
    keep = text.split()[:STAND_ALONE_KEPT]
    if alone is None or alone == text or alone.split()[:STAND_ALONE_KEPT] != keep:
        return None
    return [alone]


def concern_about(noun: Token) -> Optional[tuple[list[Token], str]]:
    """What a worry is with or about and who has it ("Doctors have some concerns with his blood levels"), when a
    noun subject has or voices it and the worry has no that-clause; else None."""
    verb = noun.head
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in CONCERN_PREPS), None)
    subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in CONCERN_VERBS or prep is None or subj is None \
            or subj.pos_ == "PRON" or in_quotation(noun):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    toks = list(noun.doc[obj.left_edge.i:max(obj.right_edge.i, noun.right_edge.i) + 1])
    while toks and toks[-1].is_punct:
        toks.pop()
    who = clean(noun.doc[subj.left_edge.i:subj.right_edge.i + 1].text)
    if subj.pos_ != "PROPN":
        who = who[:1].lower() + who[1:]
    return toks, who


def feared_clause(noun: Token) -> Optional[tuple[list[Token], str]]:
    """The that-clause a worry is about and who voiced it ("some of Seoul's allies voiced concern"), when a noun
    subject voices it; else None (the item stays the article's words)."""
    def that_of(n: Token) -> Optional[Token]:
        return next((c for c in n.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                     and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)

    clause = that_of(noun)
    if clause is None:  # "voiced skepticism at the idea that ...": the idea's that-clause
        idea = idea_of(noun)
        clause = that_of(idea) if idea is not None else None
    verb = noun.head
    subj = voicer(verb)
    if clause is None or subj is None or subj[-1].pos_ == "PRON" and subj[-1].tag_ == "PRP" or in_quotation(noun):
        return None
    toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    while toks and toks[-1].is_punct:
        toks.pop()
    who = clean(subj.text)
    return toks, f"{who[:1].upper() + who[1:]} {verb.text} {noun.text}"


def feared_verb_clause(verb: Token) -> Optional[tuple[list[Token], str]]:
    """The clause feared and who fears it ("Anti-TPP activists fear so"; a "they" is the speaker or the plural noun
    that says the sentence), or None."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    subj = _subject(verb)
    if clause is None or subj is None or in_quotation(verb):
        return None
    if subj.lower_ == "they":
        found = plural_antecedent(subj)
        if found is None or not found[1]:
            return None
        who = found[0]
    elif subj.pos_ in ("NOUN", "PROPN"):
        who = clean(verb.doc[subj.left_edge.i:subj.right_edge.i + 1].text)
    else:
        return None
    toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks, f"{who[:1].upper() + who[1:]} {verb.text} so"


def lower_first(body: str, first: Token) -> str:
    """The item's first letter in lower case after a label, unless it starts a name or an all-capitals word."""
    word = body.split()[0] if body.split() else ""
    if first.pos_ == "PROPN" or len(word) > 1 and word.isupper() or word == "I":
        return body
    return body[:1].lower() + body[1:]


def that_clause(adj: Token) -> Optional[list[Token]]:
    """The that-clause of "not confident that ...", without its "that"."""
    clause = next((c for c in adj.children if c.dep_ == "ccomp" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks or None


def modal_be(clause: list[Token]) -> list[tuple[str, str, str]]:
    """"Pyongyang may be using": the guess written as the question's plain "is using" (are for a plural subject)."""
    out = []
    for t in clause:
        auxes = [c for c in t.children if c.dep_ == "aux"]
        for a, b in zip(auxes, auxes[1:]):
            if a.lower_ in GUESS_MODALS and b.lower_ == "be" and b.i == a.i + 1:
                subj = _subject(t)
                plural = subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we"))
                out.append((a.text, b.text, "are" if plural else "is"))
    return out


def whether_question(tok: Token) -> Optional[str]:
    """The question a whether-clause about a step against someone asks ("whether to press charges", "whether a
    criminal charge is filed": "Will anyone be charged?"), from its verb and the nouns it has as subject or object."""
    verb = tok.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in WHETHER_QUESTIONS:
        return WHETHER_QUESTIONS[verb.lemma_.lower()]  # "whether to charge the driver"
    if verb.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in verb.children):
        for w in verb.children:  # "whether there are criminal charges to be filed"
            if w.dep_ == "attr" and w.pos_ == "NOUN" and w.lemma_.lower() in WHETHER_QUESTIONS:
                return WHETHER_QUESTIONS[w.lemma_.lower()]
        return None
    if verb.lemma_.lower() not in STEP_VERBS:
        return None  # "whether to amend the charge against X": he is charged already
    for w in verb.children:
        if w.dep_ in ("nsubjpass", "dobj", "attr") and w.pos_ == "NOUN" and w.lemma_.lower() in WHETHER_QUESTIONS:
            return WHETHER_QUESTIONS[w.lemma_.lower()]  # "whether to press charges", "whether a charge is filed"
    return None


def subject_named(prev: Span, who: str) -> bool:
    """Whether `who` is the sentence's own named subject, not owned by another name ("Qaddafi's son Saadi"):
    a pronoun in the next sentence carries it on, whoever else the sentence names on the way."""
    subj = _subject(prev.root)
    return (subj is not None and subj.pos_ == "PROPN" and clean(prev.doc[subj.left_edge.i:subj.i + 1].text).endswith(who)
            and not any(c.dep_ == "poss" for c in subj.subtree))
