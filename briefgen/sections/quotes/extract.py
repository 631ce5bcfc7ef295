"""Direct quotes: the words inside quotation marks, who said them and with which reporting verb.

Quotation marks are paired by scanning the raw text, paragraph by paragraph, so that every mark
style (straight, curly, NYT-style ``...'' or ''...'') and unbalanced counts are handled without the
parser's help. Each quoted span is then attributed through the dependency parse: the nearest speech
verb of the sentence(s) it sits in and that verb's subject, else "according to X", a colon after a
speaker, a trailing "— Name", or the speaker of the sentence (or quote) just before. A span that
cannot be attributed is dropped: scare quotes ("the so-called “deal”") have no speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span, Token

from briefgen.extract.context import ArticleContext, clean, skipped, source_for
from briefgen.extract.actors import clean_name, pronoun_gender, same_person, strip_title
from briefgen.extract.grammar import according_to, quoted_tokens, window_start
from briefgen.extract.lexicon import GROUP_PRONOUNS, PERSON_PRONOUNS, PLACE_WORDS, PRONOUN_SEX, REPORTING_VERBS
from briefgen.items import Source
from briefgen.sections.quotes.lexicon import (
    EPITHET_NOUNS,
    BACK_VERBS,
    ANAPHORIC_OPENERS,
    BRACKET_PRONOUNS,
    BRACKET_EVIDENCE,
    BRACKET_SENTENCES,
    SUBJECT_DEPS,
    CLIMB,
    CONNECTIVE_OPENERS,
    DASH_NAME,
    DEMONSTRATIVE_VERBS,
    DEMONSTRATIVES,
    AHEAD_SENTENCES,
    BARE_FORCES,
    DESCRIPTION_DETERMINERS,
    ANSWER_VERBS,
    ASKING_VERBS,
    DESCRIPTION_WINDOW,
    GENERIC_DESCRIPTIONS,
    MAX_DESCRIPTION_WORDS,
    ELLIPTICAL_OPENER,
    FINITE_TAGS,
    MARK,
    MAX_JOIN_GAP_WORDS,
    MAX_TAG_CLAUSE_WORDS,
    TAG_VERB_WITHIN,
    MAX_JOINED_WORDS,
    MAX_SINGLE_WORDS,
    MAX_SPEAKER_TOKENS,
    MAX_TAIL_WORDS,
    NAME_AFTER,
    NAME_POS,
    NAMED_FORCE,
    NOT_SPEAKERS,
    OPENERS_BEFORE,
    PARAGRAPH_SENTENCES,
    PERSON_NOUNS,
    POSSESSIVE_MARKS,
    PRIOR_WINDOW,
    SAYING_NOUNS,
    SPEECH_VERBS,
    SUBORDINATE,
    TERMINAL,
)
from briefgen.sections.quotes.model import Quote

MEMO = "briefgen_quotes"  # the quotations one by one (the positions read these)
JOINED = "briefgen_quotes_joined"  # the quotes section's items: a quotation split by a speech tag is one
PRIOR = "briefgen_quotes_prior"  # (speaker, token index) of the last attributed quote, while extracting


@dataclass
class Quoted:
    """One quotation: the character ranges of its words (several when it runs over paragraphs)."""

    segments: list[tuple[int, int]] = field(default_factory=list)  # content ranges, marks excluded
    open_at: int = 0  # the opening mark's offset
    close_at: int = 0  # just past the closing mark (or the paragraph end when unclosed)


# ----------------------------------------------------------------- pairing quotation marks

def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line: a line break ends a paragraph."""
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _classify(text: str, m: re.Match, lo: int, hi: int) -> tuple[str, str]:
    """("D"|"S"|"", "open"|"close"|"either"): which kind of mark this is, and which way it faces."""
    mark, s, e = m.group(), m.start(), m.end()
    before = text[s - 1] if s > lo else " "
    after = text[e] if e < hi else " "
    if mark in ("\u201c", "``"):
        return "D", "open"
    if mark == "\u201d":
        return "D", "close"
    if mark in ('"', "''"):
        if before in OPENERS_BEFORE and not after.isspace() and after not in "'\"\u2019\u201d":
            return "D", "open"
        if after.isspace() or (not after.isalnum() and not before.isspace()):
            return "D", "close"
        return "D", "either"
    # Single marks: an apostrophe inside or at the end of a word is never a quotation mark here.
    if before.isalnum() and after.isalnum():
        return "", ""
    if mark in ("\u2018", "'") and (before.isspace() or before in "([\u201c\"") and after.isalnum():
        return "S", "open"
    if mark in ("\u2019", "'") and not before.isspace() and (after.isspace() or after in ".,;:!?)\u201d\"-\u2014"):
        return "S", "close"
    return "", ""


def pair_quotes(text: str) -> list[Quoted]:
    """Every double-quoted span, then single-quoted spans outside them; unbalanced marks never raise."""
    paras = _paragraphs(text)
    spans: list[Quoted] = []
    pending: Optional[Quoted] = None  # a quote left open at the end of the previous paragraph
    for n, (lo, hi) in enumerate(paras):
        marks = [(m, *_classify(text, m, lo, hi)) for m in MARK.finditer(text, lo, hi)]
        doubles = [(m, way) for m, kind, way in marks if kind == "D"]
        cur: Optional[Quoted] = None
        start, first_here = 0, len(spans)
        if pending is not None:
            if doubles and doubles[0][1] in ("open", "either") and not text[lo:doubles[0][0].start()].strip():
                cur, start = pending, doubles[0][0].end()  # the quote goes on: "“" reopens without a close
                doubles = doubles[1:]
            else:
                _finish_unclosed(pending, spans)
            pending = None
        nested: Optional[str] = None  # the style of a quotation inside the open one (“...” inside "...")
        for m, way in doubles:
            if cur is not None and nested is not None:
                if _style(m.group()) == nested and way in ("close", "either"):
                    nested = None
                continue
            if cur is None:
                if way in ("open", "either"):
                    cur, start = Quoted(open_at=m.start()), m.end()
            elif way == "open" and _style(m.group()) != _style(text[cur.open_at]):
                nested = _style(m.group())  # a quotation quoted inside the open one, in the other style
            elif way in ("close", "either"):
                cur.segments.append((start, m.start()))
                cur.close_at = m.end()
                spans.append(cur)
                cur = None
            else:  # a new opening mark while one is open: the earlier one was never closed
                cur, start = Quoted(open_at=m.start()), m.end()
        if cur is not None:
            cur.segments.append((start, hi))
            cur.close_at = hi
            pending = cur
        singles = [(m, way) for m, kind, way in marks if kind == "S"]
        spans.extend(_single_quotes(text, singles, spans[first_here:] + ([pending] if pending else [])))
        if n == len(paras) - 1 and pending is not None:
            _finish_unclosed(pending, spans)
    spans.sort(key=lambda s: s.open_at)
    return spans


def _style(mark: str) -> str:
    """Curly (“ ”) or straight (" '' ``) double marks: a quotation inside another takes the other style."""
    return "curly" if mark in ("\u201c", "\u201d") else "straight"


def _finish_unclosed(span: Quoted, spans: list[Quoted]) -> None:
    """An unclosed quote runs to its paragraph's end when it holds a few words; else it is dropped."""
    if span.segments and sum(b - a for a, b in span.segments) >= 15:
        spans.append(span)


def _single_quotes(text: str, marks: list[tuple[re.Match, str]], doubles: list[Quoted]) -> list[Quoted]:
    """‘...’ pairs at word boundaries, outside double quotes, in one paragraph and not too long."""
    def inside(pos: int) -> bool:
        return any(d.open_at <= pos < d.close_at for d in doubles)
    out, open_m = [], None
    for m, way in marks:
        if inside(m.start()):
            continue
        if way == "open":
            open_m = m
        elif open_m is not None:
            body = text[open_m.end():m.start()]
            if body.strip() and len(body.split()) <= MAX_SINGLE_WORDS:
                out.append(Quoted(segments=[(open_m.end(), m.start())], open_at=open_m.start(), close_at=m.end()))
            open_m = None
    return out


# ----------------------------------------------------------------- attribution

@dataclass
class Attribution:
    speaker: str
    cue: Optional[str]
    token: Optional[Token]  # the token that carries the attribution (for the source sentences)


def _tokens(doc: Doc, start: int, end: int) -> Optional[Span]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _is_speech_verb(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.lemma_.lower() in BACK_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" and c.i == tok.i + 1 for c in tok.children):
        return True  # "she shot back", "he fired back"
    if tok.lemma_.lower() not in SPEECH_VERBS:
        return False
    if any(c.dep_ == "neg" for c in tok.children):  # "for not calling it “terrorism”" quotes no one
        return False
    if tok.lemma_.lower() == "put":  # "as X put it"
        return any(c.lower_ == "it" for c in tok.children)
    return True


def _subject(verb: Token, depth: int = 0, qranges: Optional[list[tuple[int, int]]] = None) -> Optional[Token]:
    """The subject of a speech verb, climbing from "saying"/"adding"/"telling" to the clause that has one.

    A subject-less "adding" that the parser hung inside the words another speech verb reports
    ("X said the city had failed, adding ...") belongs to that outer verb. A "subject" the parser found
    inside the quotation itself is not the speaker: the one outside it is ("“..., its heart beating,”
    said Jane Doe")."""
    def outside(child: Token) -> bool:
        return not qranges or not _inside(child.i, qranges)
    agent = _agent(verb)
    if agent is not None and verb.tag_ == "VBN" and verb.lemma_ != "quote":
        # the agent before any outer verb: "Jane Roe, described by her family as a “kind soul”, ..., police said"
        return agent  # is the family's word, not the police's
    if depth == 0 and not any(c.dep_ in ("nsubj", "csubj") and outside(c) for c in verb.children):
        for anc in list(verb.ancestors)[:6]:
            if _is_speech_verb(anc):
                return _subject(anc, 1, qranges)
    tok = verb
    for _ in range(4):
        # two subjects (a dateline the parser took for one, then the real one): the one nearest the verb
        kids = sorted(tok.children, key=lambda c: (c.dep_ not in ("nsubj", "csubj") or c.i > tok.i, -c.i))
        for child in kids:
            if not outside(child):
                continue
            if child.dep_ in ("nsubj", "csubj") or (child.dep_ == "nsubjpass" and tok.lemma_ == "quote"):
                if child.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                    return tok.head
                return child
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ in CLIMB and tok.head.i != tok.i:
            if tok.dep_ == "acl" and (tok.head.pos_ == "PROPN" or tok.head.ent_type_ in ("PERSON", "ORG", "NORP")):
                return tok.head  # "Smith, speaking to reporters, ..." / "a statement by X saying" climbs on
            tok = tok.head
            continue
        break
    return _agent(verb)


def _agent(verb: Token) -> Optional[Token]:
    """The agent of a passive verb of saying: "was described by X as", "labelled by X"."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _noun_phrase(tok: Token) -> str:
    """The speaker noun phrase as written ("a police spokesman"), cut before commas and clauses."""
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("prep", "compound") and child.i == right + 1:
            right = child.right_edge.i
        else:
            break
    doc = tok.doc
    clauses = {c.i for t in doc[tok.i + 1:right + 1] if t.dep_ in ("relcl", "acl") for c in t.subtree}
    if len(doc[left:right + 1]) > MAX_SPEAKER_TOKENS:  # "a resident of the district who spoke on condition of
        # anonymity": too long to keep whole, so the description without its clause
        right = min([right] + [i - 1 for i in clauses])
    words = [t for t in doc[left:right + 1] if not t.is_punct or t.text in ("'", "\u2019", "-", ".")]
    for i, t in enumerate(words):
        if t.i > tok.i and t.text == ",":
            words = words[:i]
            break
    words = words[:MAX_SPEAKER_TOKENS] if len(words) > MAX_SPEAKER_TOKENS else words
    # the words as written, spaces where the text has them ("Moon Jae-in", not "Moon Jae - in")
    joined = "".join(t.text + (" " if t.whitespace_ or n + 1 < len(words) and words[n + 1].i != t.i + 1 else "")
                     for n, t in enumerate(words))
    return clean(joined).replace(" 's", "'s").replace(" \u2019s", "\u2019s")


def _speaker_name(ctx: ArticleContext, tok: Token) -> Optional[str]:
    """Canonical actor for the subject token, a resolved pronoun, or the noun phrase as written."""
    low = tok.lower_
    if tok.pos_ == "PRON" or low in PERSON_PRONOUNS or low in GROUP_PRONOUNS:
        if low in PERSON_PRONOUNS:
            return _resolve_pronoun(ctx, tok.i, PERSON_PRONOUNS[low])
        return None
    if tok.pos_ in ("DET", "NUM", "PUNCT", "SCONJ", "ADP"):
        return None
    if not_speaker(tok):
        return None
    outlet_person = _outlet_person(tok)  # "Fox News’ Jane Roe said": Jane Roe, not Fox News
    if outlet_person:
        return ctx.actors.resolve(outlet_person) or outlet_person
    name = ctx.actors.resolve_token(tok)
    if name and tok.is_upper and len(tok.text) > 2 and tok.i - tok.sent.start <= 1:
        # "WASHINGTON (UPI) — A spokesman for X called ...": the dateline is not the speaker; its apposition is
        appos = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i), None)
        if appos is not None:
            return _speaker_name(ctx, appos)
    if name:
        return name
    if tok.pos_ == "PROPN" or tok.ent_type_ or tok.text[:1].isupper():
        # A name the tagger missed ("Zelenskyy hailed"), alone or with its compounds; a compound whose
        # head is a role noun stays a role ("Clinton aide" is not Clinton: its head is not a name).
        for text in (tok.text, tok.doc[tok.left_edge.i:tok.i + 1].text):
            got = ctx.actors.resolve(text)
            if got:
                return got
    for child in tok.children:  # "a spokesman, John Smith," names the speaker in apposition
        if child.dep_ == "appos":
            got = ctx.actors.resolve_token(child)
            if got and ctx.actors.type_of(got) == "person":
                return got
    if tok.pos_ == "PROPN":  # a name no entity covers: its run of proper nouns, titles dropped
        left = tok.i
        while left > tok.sent.start and tok.doc[left - 1].pos_ == "PROPN" and tok.doc[left - 1].head.i == tok.i:
            left -= 1
        words = [t.text for t in tok.doc[left:tok.i + 1]]
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            return clean_name(" ".join(strip_title(words)))
    epithet = _epithet(ctx, tok)
    if epithet:
        return epithet
    phrase = _noun_phrase(tok)
    if not any(c.isalpha() for c in phrase):
        return None
    words = phrase.split()
    named = strip_title(words)
    if all(w[:1].isupper() for w in words) and 2 <= len(named) < len(words):
        return " ".join(named)  # "South Korean President Moon Jae-in" is Moon Jae-in
    if phrase.lower() in ("it", "this", "that", "which", "who", "i", "you"):
        return None
    return phrase


def _epithet(ctx: ArticleContext, tok: Token) -> Optional[str]:
    """"said the man who built his career on ...": a definite person noun with a clause saying who he is is an
    epithet for a person the article names; when the quote just before has a named person speaker (of a fitting
    gender) and no other subject comes between, he is that one. A bare "the man" (a suspect, a passer-by) stays
    a description."""
    gender = EPITHET_NOUNS.get(tok.lemma_.lower())
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in EPITHET_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if not any(c.dep_ in ("relcl", "acl") and c.i > tok.i for c in tok.children):
        return None
    prior = tok.doc.user_data.get(PRIOR)
    index = ctx.actors
    if prior is None or not 0 < tok.i - prior[1] <= PRIOR_WINDOW or index.type_of(prior[0]) != "person":
        return None
    known = index.genders.get(prior[0])
    if gender and known and known != gender:
        return None
    between = [t for t in tok.doc[prior[1] + 1:tok.i] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"]
    if any(index.resolve_token(t) not in (None, prior[0]) for t in between):
        return None  # another person spoke or acted since
    return prior[0]


def not_speaker(tok: Token) -> bool:
    """A street, a place, a hearing or an accident says nothing: "on Hayes", "the hearing", "the crash"."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return False
    if tok.ent_type_ in ("FAC", "LOC", "DATE", "TIME", "EVENT", "CARDINAL", "ORDINAL"):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in PLACE_WORDS and nxt.i == tok.head.i:
        return True
    if tok.head.lower_ in PLACE_WORDS and tok.dep_ == "compound":
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at", "near", "in") and tok.head.dep_ != "agent":
        return True  # "shot on Hayes": a place, not who spoke
    return tok.lemma_.lower() in NOT_SPEAKERS


def _by_surname(ctx: ArticleContext, text: str) -> Optional[str]:
    """The one person of the article whose name is or ends with this written name ("Ravel-Asante")."""
    got = ctx.actors.resolve(text)
    if got:
        return got
    written = clean_name(text).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    fits = {n for n, a in ctx.actors.actors.items() if a.type != "country" and _capitalised(n)
            and (n == written or n.endswith(" " + written))}
    return fits.pop() if len(fits) == 1 else None


def _capitalised(name: str) -> bool:
    """A name as written ("Nadia Petrenko"), not a description ("the statement", "a neighbour")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _resolve_pronoun(ctx: ArticleContext, token_i: int, gender: Optional[str]) -> Optional[str]:
    """he/she: the last person who was a sentence subject in this or the two sentences before (the
    likeliest antecedent), else the nearest person named; a known gender that contradicts is skipped."""
    index, doc = ctx.actors, ctx.doc
    start = window_start(doc[token_i])
    subjects = [t for t in doc[start:token_i] if t.dep_ in ("nsubj", "nsubjpass")]
    main = [t for t in subjects if t.head.dep_ == "ROOT" or _is_speech_verb(t.head)]
    for tok in reversed(main):  # "..., a hospital official said. He spoke on condition ...": a description
        if tok.pos_ == "PRON":
            continue
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and _is_speech_verb(tok.head) and index.resolve_token(tok) is None \
                and not any(c.dep_ in ("appos", "poss") or c.pos_ == "PROPN" for c in tok.children) \
                and tok.lemma_.lower() not in NOT_SPEAKERS:
            return _noun_phrase(tok)  # the nearest speaker before is unnamed: he is that one
        break
    for tok in list(reversed(main)) + list(reversed(subjects)):
        name = _outlet_person(tok)
        if name:
            return name
        name = index.resolve_token(tok)
        if name is None and tok.pos_ == "PROPN" and tok.ent_type_ not in ORG_ENTS:
            # a name the entities missed ("High-Edward, who ..."): a person, whatever type the index guessed
            name = _by_surname(ctx, doc[tok.left_edge.i:tok.i + 1].text)
            if name:
                known = index.genders.get(name)
                if not (gender and known and known != gender):
                    return name
        if name is None:  # "Trump's campaign manager, Kellyanne Conway, said": the apposition is the subject
            appos = next((c for c in tok.children if c.dep_ == "appos"), None)
            name = index.resolve_token(appos) if appos is not None else None
        if name and index.type_of(name) == "person":
            known = index.genders.get(name)
            if not (gender and known and known != gender):
                return name
    prior = doc.user_data.get(PRIOR)  # the speaker of the quote just before ("..., Gray said. ... she said")
    if prior is not None and 0 < token_i - prior[1] <= PRIOR_WINDOW and (
            index.type_of(prior[0]) == "person" or index.type_of(prior[0]) != "country" and _capitalised(prior[0])):
        known = index.genders.get(prior[0])
        if not (gender and known and known != gender):
            return prior[0]
    ahead = _speaker_ahead(ctx, token_i, gender)
    if ahead:
        return ahead
    return index.last_person_before(token_i, gender=gender)


def _outlet_person(tok: Token) -> Optional[str]:
    """A person the entities took for their outlet or employer ("Fox News’ Jane Roe", "CNN's John Doe"): the two
    or three capitalised words after the possessive that end at the subject."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ORG_ENTS | {"PERSON", ""}:
        return None
    words = []
    i = tok.i
    while i >= tok.sent.start and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and doc[i].is_alpha:
        words.insert(0, doc[i].text)
        i -= 1
    if not 2 <= len(words) <= 3 or i <= tok.sent.start or doc[i].text not in POSSESSIVE_MARKS:
        return None
    owner = doc[i - 1]
    if not (owner.ent_type_ in ORG_ENTS and owner.ent_type_ != "GPE" or owner.ent_type_ == "" and owner.pos_ == "PROPN"):
        return None  # the outlet or employer, not "Trump's" or "Russia's"
    return " ".join(words)


def _body_start(doc) -> int:
    """The first token after the headline: an opening line without a full stop is the article's headline."""
    for tok in doc:
        if "\n" in tok.whitespace_ or "\n" in tok.text:
            return tok.i + 1 if tok.text not in (".", "!", "?") else 0
        if tok.i > 40:
            break
    return 0


def _in_headline(ctx: ArticleContext, span: Quoted) -> bool:
    """Whether the quotation marks lie in the article's headline: its title, the line opening the text."""
    title = " ".join((ctx.title or "").split())
    text = ctx.text.lstrip()
    first = text.split("\n", 1)[0]
    if not title or " ".join(first.split()) != title:
        return False
    return span.close_at <= len(ctx.text) - len(text) + len(first)


def _speaker_ahead(ctx: ArticleContext, token_i: int, gender: Optional[str]) -> Optional[str]:
    """he/she in a quotation that opens the article (no person named in the body before it, only in the
    headline: "Family mourn victim Jane Roe" then "“...,” he said."): the person the next sentences name as
    the subject of a speech verb ("Roe-Smith said ...", the one who goes on speaking), not the headline's."""
    doc, index = ctx.doc, ctx.actors
    body = _body_start(doc)
    quoted = quoted_tokens(doc)
    if any((t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")) and t.i not in quoted
           for t in doc[body:token_i]):
        return None
    sent = doc[token_i].sent
    for _ in range(AHEAD_SENTENCES):
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
        for tok in sent:
            if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and _is_speech_verb(tok.head):
                name = index.resolve_token(tok) or _by_surname(ctx, doc[tok.left_edge.i:tok.i + 1].text)
                known = index.genders.get(name) if name else None
                if name and index.type_of(name) in ("person", None) and not (gender and known and known != gender):
                    return name
    return None




def _ends_sentence(sent: Span) -> bool:
    """True when the sentence ends with terminal punctuation (or a paragraph break)."""
    toks = [t for t in sent if not t.is_space]
    if not toks or any("\n" in t.text or "\n" in t.whitespace_ for t in sent[-2:]):
        return True
    for t in reversed(toks[-3:]):
        if t.text in TERMINAL:
            return True
        if not t.is_quote and t.text not in (")", "]"):
            return False
    return False


def _dash_speaker(ctx: ArticleContext, at: int) -> Optional[Attribution]:
    """ “...” — Jane Doe  at the end of a paragraph: the name after the dash is the speaker."""
    text = ctx.text
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    m = DASH_NAME.match(text, at, end)
    if m is None:
        return None
    name = m.group(1)
    tok = _tokens(ctx.doc, m.start(1), m.end(1))
    if tok is None:
        return None
    speaker = ctx.actors.resolve(name) or (clean(name) if tok[-1].pos_ == "PROPN" or tok[-1].ent_type_ else None)
    return Attribution(speaker, None, tok[0]) if speaker else None


def _name_after(ctx: ArticleContext, at: int) -> Optional[Attribution]:
    """ “...,” Lt. Jane Doe.  A name with nothing else after the closing mark, ending the paragraph."""
    text = ctx.text
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    m = NAME_AFTER.match(text, at, end)
    if m is None:
        return None
    toks = _tokens(ctx.doc, m.start(1), m.end(1))
    if toks is None or toks[-1].pos_ != "PROPN":
        return None
    words = strip_title(m.group(1).split())
    if len(words) < 2:
        return None
    name = ctx.actors.resolve(" ".join(words)) or clean_name(" ".join(words))
    return Attribution(name, None, toks[-1])


def _sentences(doc: Doc, first: Token, last: Token) -> list[Span]:
    """The sentences the quote touches, widened over splits the parser made inside one sentence."""
    out, tok = [], first
    while True:
        sent = tok.sent
        out.append(sent)
        if sent.end > last.i or sent.end >= len(doc):
            break
        tok = doc[sent.end]
    for _ in range(2):
        if out[0].start == 0:
            break
        prev = doc[out[0].start - 1].sent
        if _ends_sentence(prev):
            break
        out.insert(0, prev)
    for _ in range(2):
        if out[-1].end >= len(doc) or _ends_sentence(out[-1]):
            break
        out.append(doc[out[-1].end].sent)
    tail = _tail_attribution(doc, last, out[-1])
    if tail is not None:
        out.append(tail)
    return out


def _tail_attribution(doc: Doc, last: Token, sent: Span) -> Optional[Span]:
    """The sentence right after a quotation that ends its own sentence, when it is only an attribution
    ("“... missing.” Trump said." / "”? said Jane Doe."): the parser split the two apart."""
    if sent.end >= len(doc) or any(not (t.is_punct or t.is_space) for t in doc[last.i + 1:sent.end]):
        return None
    if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[last.i:sent.end]):
        return None  # a new paragraph is a new statement
    nxt = doc[sent.end].sent
    words = [t for t in nxt if not (t.is_punct or t.is_space)]
    if not words or len(words) > MAX_TAIL_WORDS or nxt[0].is_quote:
        return None
    verbs = [t for t in words[:MAX_SPEAKER_TOKENS] if _is_speech_verb(t)]
    if not verbs or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verbs[0].children):
        return None  # "Trump said the emails were personal." reports words of its own
    return nxt


def _inside(i: int, qranges: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in qranges)


def _beside(verb: Token, first: Token, last: Token) -> Optional[Token]:
    """The speaker written right by the quote when the parse gives the verb no subject outside it:
    between the closing mark and the verb ("“...,” Quick said"), or after the verb ("“...,” said
    ranking Democrat Elijah Cummings (D-Md.)"): the last name (else noun) of that run of words."""
    doc = verb.doc
    if 0 < verb.i - last.i <= 4:
        gap = [t for t in doc[last.i + 1:verb.i] if not (t.is_punct or t.is_space)]
        if gap and all(t.pos_ in NAME_POS or t.text[:1].isupper() for t in gap):
            return gap[-1]
        if gap:
            return None
    if 4 < verb.i - last.i <= MAX_SPEAKER_TOKENS:
        named = _titled_name_gap(doc[last.i + 1:verb.i])
        if named is not None:
            return named
    if not (0 < verb.i - last.i <= 3 or 0 < first.i - verb.i <= 2):
        return None
    run: list[Token] = []
    for t in doc[verb.i + 1:min(len(doc), verb.i + 1 + MAX_SPEAKER_TOKENS)]:
        if t.is_punct or t.is_space or t.pos_ in ("ADP", "SCONJ", "CCONJ", "PRON", "DET") and run or \
                t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG":  # "said ranking Democrat X" goes on
            break
        run.append(t)
    names = [t for t in run if t.pos_ == "PROPN"]
    nouns = [t for t in run if t.pos_ == "NOUN"]
    return names[-1] if names else (nouns[-1] if nouns else None)


def _titled_name_gap(gap: Span) -> Optional[Token]:
    """The words between a closing mark and its verb that are a person's name with its description and age
    ("“...,” building superintendent Jane Roe, 30, said"), however the parser tagged the description: the name."""
    words = [t for t in gap if not (t.is_punct or t.is_space)]
    if words and words[-1].like_num:  # the age after the name
        words = words[:-1]
    if len(words) < 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words[-2:]):
        return None  # a description, then a name of two words at least
    if words[-1].ent_type_ not in ("PERSON", "GPE", ""):
        return None
    if any(t.tag_ in FINITE_TAGS or not t.is_alpha or t.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") for t in words):
        return None  # "officials in New York": a place, not a name
    return words[-1]


def _own_clause(tok: Token) -> bool:
    """A coordinated clause with a subject of its own ("..., but residents were “...”")."""
    return tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _governs(verb: Token, qroots: list[Token], first: Token, last: Token) -> bool:
    """Whether a fragment belongs to what `verb` reports: the verb heads its clause (not through a
    clause coordinated with the verb's own), is its sibling before it ("remarking ... he did not feel
    “...”"), sits right by it, or precedes it across a sentence split the parser made."""
    if min(abs(verb.i - first.i), abs(verb.i - last.i)) <= 3:
        return True
    for root in qroots:
        if verb.i < first.i and verb.sent.start != first.sent.start:
            return True
        prev, tok = root, root
        for _ in range(40):
            if tok.i == verb.i:
                if not (prev.head.i == verb.i and _own_clause(prev)):
                    return True
                break
            if verb.i < first.i and verb.head.i != verb.i and tok.i == verb.head.i and verb.dep_ != "conj":
                return True
            if tok.head.i == tok.i:
                break
            prev, tok = tok, tok.head
    return False


def _antecedent(ctx: ArticleContext, rel: Token) -> Optional[str]:
    """The noun a relative pronoun stands for ("the team, which issued a statement"), as written."""
    if rel.head.dep_ != "relcl" or rel.head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = rel.head.head
    return ctx.actors.resolve_token(noun) or _noun_phrase(noun)


def _says(verb: Token) -> bool:
    """A speech verb, or a verb whose object is a noun of saying ("issued a statement")."""
    return _is_speech_verb(verb) or any(c.dep_ == "dobj" and c.lemma_.lower() in SAYING_NOUNS for c in verb.children)


def _possessor(ctx: ArticleContext, qroots: list[Token], qranges: list[tuple[int, int]]) -> Optional[Token]:
    """ "Comey's conclusion that her actions were “extremely careless”": the possessor of a noun of
    saying that the quotation's clause hangs on is its speaker."""
    for root in qroots:
        tok = root
        for _ in range(6):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.lemma_.lower() in SAYING_NOUNS and tok.pos_ == "NOUN" and not _inside(tok.i, qranges):
                poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                return poss
    return None


def _attribute(ctx: ArticleContext, qtoks: list[Span], partial: bool,
               previous: Optional[tuple[Attribution, int]]) -> Optional[Attribution]:
    """Who said the quote whose token spans are `qtoks` (marks included)."""
    doc = ctx.doc
    first, last = qtoks[0][0], qtoks[-1][-1]
    qranges = [(s.start, s.end) for s in qtoks]
    sents = _sentences(doc, first, last)
    outside = [t for s in sents for t in s if not _inside(t.i, qranges)]

    # 1. A speech verb in the quote's own sentence(s): the nearest one wins.
    verbs = [t for t in outside if _is_speech_verb(t)]
    qroots = [t for s in qtoks for t in s if not _inside(t.head.i, qranges) or t.head.i == t.i]
    if partial:  # a fragment must be governed by the verb, or sit right by it
        verbs = [v for v in verbs if _governs(v, qroots, first, last)]
    words = [t for t in qroots if not (t.is_punct or t.is_space)]  # the marks hang wherever the parser put them
    poss = _possessor(ctx, words, qranges) if partial else None
    if poss is not None:  # "Comey's conclusion that her actions were “extremely careless”"
        name = _speaker_name(ctx, poss)
        if name:
            return Attribution(name, None, poss)
    heads = {a.i for r in qroots for a in r.ancestors}
    verbs.sort(key=lambda v: (v.i not in heads, min(abs(v.i - first.i), abs(v.i - last.i))))
    for verb in verbs:
        subj = _subject(verb, qranges=qranges)
        if subj is None or _inside(subj.i, qranges):
            subj = _beside(verb, first, last)
        if subj is not None and not _inside(subj.i, qranges):
            name = _speaker_name(ctx, subj)
            if name:
                return Attribution(name, verb.lemma_.lower(), verb)
    # 2. "according to X"
    obj = according_to(outside)
    if obj is not None and not _inside(obj.i, qranges):
        name = _speaker_name(ctx, obj)
        if name:
            return Attribution(name, "according to", obj)
    # 3. "X put it bluntly: “...”" — a colon right before the opening mark, after a subject.
    before = [t for t in outside if t.i < first.i]
    if before and before[-1].text == ":":
        subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.i < first.i]
        # the subject of the main clause before the colon, not of a clause inside it ("for what happened")
        # ... unless a clause says the words: "the team, which issued a statement on Facebook: “...”"
        subjects.sort(key=lambda t: (not _says(t.head), t.head.dep_ in SUBORDINATE, -t.i))
        named = [(subj, _speaker_name(ctx, subj)) for subj in subjects]
        named = [(subj, _antecedent(ctx, subj) if subj.lower_ in ("which", "who", "that") else name)
                 for subj, name in named]
        named = [(subj, name) for subj, name in named if name]
        # "The timing doesn't surprise pollster Jane Doe: “...”": a thing is no speaker, the person
        # named right before the colon is
        person = ctx.actors.resolve_token(before[-2]) if len(before) > 1 else None
        if person and ctx.actors.type_of(person) == "person" and not any(
                ctx.actors.type_of(name) for _, name in named[:1]):
            return Attribution(person, before[-2].head.lemma_.lower(), before[-2])
        for subj, name in named:
            return Attribution(name, subj.head.lemma_.lower(), subj)
    # 4. A trailing "— Name" or "-Name" closing the paragraph.
    got = _dash_speaker(ctx, last.idx + len(last.text))
    if got is not None:
        return got
    if partial:
        return None
    # 4b. A name alone after the quotation, closing the paragraph: "“...,” Lt. Jane Doe."
    got = _name_after(ctx, last.idx + len(last.text))
    if got is not None:
        return got
    # 5. A quote standing alone: the speaker of the sentence just before (or of the quote just before).
    alone = all(t.is_punct or t.is_space for t in outside)
    if not alone or sents[0].start == 0:
        return None
    prev_sent = doc[sents[0].start - 1].sent
    if previous is not None and previous[1] >= prev_sent.start:
        return previous[0]
    verbs = [t for t in prev_sent if _is_speech_verb(t)]
    ends_colon = any(t.text == ":" for t in list(prev_sent)[-3:])
    for verb in reversed(verbs):
        subj = _subject(verb)
        if subj is not None:
            name = _speaker_name(ctx, subj)
            if name:
                return Attribution(name, verb.lemma_.lower(), verb)
    if ends_colon:
        subjects = [t for t in prev_sent if t.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            name = _speaker_name(ctx, subjects[0])
            if name:
                return Attribution(name, subjects[0].head.lemma_.lower(), subjects[0])
    if not verbs and not ends_colon:
        return _paragraph_speaker(ctx, prev_sent)
    return None


def _paragraph_speaker(ctx: ArticleContext, last_sent: Span) -> Optional[Attribution]:
    """A quotation standing alone after a paragraph whose last sentence reports no one ("Roe says police had
    no address. After the fire, investigators found ..." then "“...”"): the named person the paragraph's
    first sentence makes the subject of its main speech verb, the paragraph's speaker."""
    doc = ctx.doc
    sent = last_sent
    for _ in range(PARAGRAPH_SENTENCES):
        if sent.start == 0 or any("\n" in t.text for t in doc[max(0, sent.start - 1):sent.start]):
            break  # the paragraph's first sentence
        sent = doc[sent.start - 1].sent
    else:
        return None
    if sent is last_sent:
        return None
    root = sent.root
    if not _is_speech_verb(root):
        return None
    subj = _subject(root)
    if subj is None or subj.pos_ != "PROPN":
        return None
    name = _speaker_name(ctx, subj)
    return Attribution(name, root.lemma_.lower(), root) if name else None


# ----------------------------------------------------------------- the extractor

def looks_like_title(qtext: str) -> bool:
    """A short Title Case phrase (“Fox News Sunday”, “The Art of the Deal.”) names a work, not words said."""
    words = [w.strip(".,;:\u2019'") for w in qtext.split()]
    if not words or len(words) > 7 or "!" in qtext or "?" in qtext:
        return False
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return len([w for w in words if w[:1].isupper()]) >= 2 and all(w[:1].isupper() for w in long)


def _is_clause(qtoks: list[Span]) -> bool:
    """The quotation holds a verb with its own subject ("But Pete Wilson won"): words said, not a title."""
    inside = {t.i for span in qtoks for t in span}
    words = [t for span in qtoks for t in span if t.is_alpha]
    if words and all(t.ent_type_ == "WORK_OF_ART" for t in words):
        return False  # the parser's own verdict: a title ("Here's the Thing", the podcast)
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i in inside and t.head.pos_ in ("VERB", "AUX")
               and t.head.tag_ in FINITE_TAGS for span in qtoks for t in span)


def _is_phrase(qtoks: list[Span]) -> bool:
    """The quoted words hold no clause of their own: no piece's head word (its root inside the marks) is a verb with
    its subject inside the marks. A phrase ("the extraordinary circumstances behind the mission", "one of the main
    reasons that ...") or a predicate whose subject is the reporter's ("deserve someone who's with them", "is a very
    dangerous road"): words that read only in the reporter's sentence. "indications thus far support (the shooting)
    being an accident" and "It's gutless leadership" are clauses."""
    for span in qtoks:
        inside = {t.i for t in span}
        heads = [t for t in span if t.is_alpha and (t.head.i not in inside or t.head.i == t.i)]
        if any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS and c.i in inside for c in t.children)
               for t in heads):
            return False
    return True


def _stands_alone(ctx: ArticleContext, qtoks: list[Span]) -> bool:
    """True when nothing but punctuation (or a trailing "— Name") shares the quote's sentence(s)."""
    first, last = qtoks[0][0], qtoks[-1][-1]
    before = [t for t in ctx.doc[first.sent.start:first.i] if not (t.is_punct or t.is_space)]
    after_text = ctx.text[last.idx + len(last.text):last.sent.end_char]
    return not before and (not after_text.strip(" \t\n.,") or DASH_NAME.match(after_text) is not None)


def _quote_text(text: str, span: Quoted) -> str:
    parts = [clean(text[a:b]) for a, b in span.segments]
    out = " ".join(p for p in parts if p)
    return out.rstrip(" ,;:").strip()


def _is_partial(text: str, span: Quoted, qtext: str) -> bool:
    """A fragment: starts lower-case, or sits inside a sentence without being a whole sentence."""
    if not qtext:
        return True
    first = qtext.lstrip("([\u2026.\u2018'")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return True
    end = span.segments[-1][1]
    inner = text[end - 1:end] if end > 0 else ""
    outer = text[span.close_at:span.close_at + 1]
    return not (inner in (",", ".", "?", "!", "\u2026") or outer in (",", ".", "?", "!") or len(qtext.split()) >= 6)


def extract(ctx: ArticleContext) -> list[Quote]:
    """Every attributed direct quote in the article, in text order, one item per pair of marks."""
    doc, text = ctx.doc, ctx.text
    if not text or len(doc) == 0:
        return []
    cached = doc.user_data.get(MEMO)
    if cached is None:  # positions read the quotations too (their stances): one pass per article
        _remember(ctx)
    return [q.model_copy() for q in doc.user_data[MEMO]]


def extract_joined(ctx: ArticleContext) -> list[Quote]:
    """The quotes section's items: as `extract`, with the halves of one quotation joined ("“X,” he
    said. “Y.”" is one quote), and a paragraph that cannot stand alone joined to its speaker's quote
    just before."""
    doc, text = ctx.doc, ctx.text
    if not text or len(doc) == 0:
        return []
    if doc.user_data.get(JOINED) is None:
        _remember(ctx)
    return [q.model_copy() for q in doc.user_data[JOINED]]


def _remember(ctx: ArticleContext) -> None:
    pieces = _extract(ctx)
    ctx.doc.user_data.pop(PRIOR, None)
    ctx.doc.user_data[MEMO] = [q for q, _, _ in pieces]
    named, carried = [], {}
    for q, span, a in pieces:
        who = _placed_speaker(ctx, q, a)
        if who != q.speaker:
            carried[q.speaker] = who
        elif q.speaker in carried and _by_pronoun(a):
            who = carried[q.speaker]  # "“...,” he continued" after "the executive answered": the same person
        named.append((q.model_copy(update={"speaker": who}), span))
    ctx.doc.user_data[JOINED] = join_split(ctx, named)


def _by_pronoun(a: Optional[Attribution]) -> bool:
    """Whether the attribution's verb has a he/she/they as its subject (the speaker came from the one before)."""
    tok = a.token if a is not None else None
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    subj = _subject(tok)
    return subj is not None and subj.pos_ == "PRON"


def _extract(ctx: ArticleContext) -> list[tuple[Quote, Quoted, Attribution]]:
    doc, text = ctx.doc, ctx.text
    out: list[tuple[Quote, Quoted, Attribution]] = []
    seen: set[tuple[str, str]] = set()
    previous: Optional[tuple[Attribution, int]] = None
    doc.user_data.pop(PRIOR, None)
    for span in pair_quotes(text):
        try:
            item, attribution, end_i = _one(ctx, span, previous)
        except (IndexError, ValueError) as err:
            skipped(ctx, "quotes", span.open_at, err)
            continue
        if attribution is not None:
            previous = (attribution, end_i)
            doc.user_data[PRIOR] = (attribution.speaker, end_i)
        if item is None or (item.text, item.speaker) in seen:
            continue
        seen.add((item.text, item.speaker))
        out.append((item, span, attribution))
    return out


# ----------------------------------------------------------------- the speaker as the reader can place them

HYPHEN_GIVEN = re.compile(r"[ \t]+([A-Z][a-z]+-[a-z]+)\b")  # "Paik Hak-soon": a given name after the family name
ORG_ENTS = frozenset({"ORG", "NORP", "GPE", "FAC", "LOC"})


def written_name(ctx: ArticleContext, tok: Token) -> Optional[str]:
    """The whole name a proper noun ends (or, before a hyphenated given name, begins) where it is
    written: its person entity, else its run of capitalised words, titles dropped; a person's name
    that no entity covers is its last two words ("Neighbour Carmen Velez" is Carmen Velez)."""
    doc = tok.doc
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ == "PERSON" and len(ent) > 1 and ent.end - 1 == tok.i:
        kept = len(strip_title([t.text for t in ent]))  # token by token: "al-Majid" keeps its particle
        name = clean_name(doc[ent.end - kept:ent.end].text)
        return name if len(name.split()) > 1 else None
    left = tok.i
    while left > tok.sent.start:
        prev = doc[left - 1]
        if "\n" in prev.whitespace_ or not prev.text[:1].isupper() or not prev.i < prev.head.i <= tok.i:
            break
        if not (prev.pos_ == "PROPN" or prev.pos_ == "ADJ" and prev.ent_type_ in ORG_ENTS):
            break
        left -= 1
    run = list(doc[left:tok.i + 1])
    words = [t.text for t in run]
    m = HYPHEN_GIVEN.match(ctx.text, tok.idx + len(tok.text))
    if m and len(words) == 1:
        words.append(m.group(1))
    if any(t.ent_type_ in ORG_ENTS for t in run) and tok.ent_type_ != "PERSON":
        return " ".join(words) if len(words) > 1 else None  # "South African National Parks"
    words = strip_title(words)
    while len(words) > 2 and words[0].isupper() and "." not in words[0]:
        words = words[1:]  # "CS Judi Wakhungu": an abbreviated title
    if len(words) < 2:
        return None
    return " ".join(words[-2:]) if len(words) > 2 else " ".join(words)


def _full_name(ctx: ArticleContext, name: str, upto: int) -> str:
    """A speaker written as one word ("Paik", "Mansour", "Parks") is the one full name the article
    gives that word before (or in) the quote's attribution, when exactly one fits."""
    if len(name.split()) != 1 or not name[:1].isupper():
        return name
    found = set()
    for tok in ctx.doc[:upto]:
        if tok.text == name and tok.pos_ == "PROPN":
            full = written_name(ctx, tok)
            if full and name in full.split():
                found.add(full)
    return found.pop() if len(found) == 1 else name


def _described(ctx: ArticleContext, verb: Optional[Token], name: str) -> Optional[str]:
    """A definite description as speaker ("the senator", "the statement", "the conservative-leaning
    newspaper"): the named person or organisation the sentence just before made its subject."""
    if verb is None or not name.lower().startswith("the ") or len(name.split()) > 4:
        return None
    subj = _subject(verb)
    if subj is None or subj.lower_ != name.split()[-1].lower() or subj.tag_ in ("NNS", "NNPS") or subj.pos_ == "PROPN":
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in subj.children):
        return None  # "the head of the agency", "the man who called": a description that says more
    doc, index = ctx.doc, ctx.actors
    sent = subj.sent
    if verb.lemma_ in ANSWER_VERBS and sent.start > 0:
        asked = _asked(ctx, doc[sent.start - 1].sent)
        if asked:
            return asked
    for _ in range(DESCRIPTION_WINDOW):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        for tok in subjects:
            got = index.resolve_token(tok) or index.resolve_span(doc[tok.left_edge.i:tok.i + 1])
            if got and index.type_of(got) in ("person", "organisation"):
                return got
            head = name.split()[-1].lower()
            if got is None and tok.pos_ == "NOUN" and tok.tag_ == "NN" and _is_speech_verb(tok.head) and (
                    head in PERSON_NOUNS or head == tok.lower_) and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                # "A neighbor said he ... “...,” the man said": the one the sentence before introduced, unnamed
                mods = [c.text for c in tok.lefts if c.dep_ in ("amod", "compound")]
                return " ".join([next(c.lower_ for c in tok.children if c.dep_ == "det")] + mods + [tok.text])
        if subjects:
            return None  # the sentence before has a subject, and it is no named actor
    return None


def _asked(ctx: ArticleContext, sent: Span) -> Optional[str]:
    """The one named person a sentence's asking verb has as its object ("The senator asked Roe, “...?”")."""
    found = set()
    for tok in sent:
        if tok.lemma_ in ASKING_VERBS and tok.pos_ == "VERB":
            for obj in tok.children:
                if obj.dep_ in ("dobj", "dative") and obj.pos_ == "PROPN":
                    got = ctx.actors.resolve_token(obj) or _by_surname(ctx, obj.text)
                    if got and ctx.actors.type_of(got) in ("person", None) and _capitalised(got):
                        found.add(got)
    return found.pop() if len(found) == 1 else None


def _appositive(ctx: ArticleContext, name: str, tok: Optional[Token]) -> Optional[str]:
    """A description as speaker ("Jane's former coach", "the superintendent"): the one person the article
    described so before, in apposition or as a title ("John Roe, a family friend and Jane's former coach";
    "said the building superintendent, John Roe"), when exactly one person fits."""
    words = name.split()
    if not words or _capitalised(name) and words[0].lower() not in DESCRIPTION_DETERMINERS \
            or len(words) > MAX_DESCRIPTION_WORDS:
        return None
    head = words[-1].lower().rstrip(".,")
    if head in NOT_SPEAKERS or head in GENERIC_DESCRIPTIONS or not head.isalpha():
        return None
    upto = tok.i if tok is not None else len(ctx.doc)
    # the description says more than its noun (a possessor, an adjective), and all of it was said of the person
    modifiers = {w.lower() for w in re.findall(r"[\w-]+", " ".join(words[:-1]))} - DESCRIPTION_DETERMINERS - {"s"}
    if not modifiers:
        return None
    index = ctx.actors
    found: set[str] = set()
    for t in ctx.doc[:upto]:
        if t.lower_ != head or t.pos_ != "NOUN" or t.tag_ not in ("NN", "NNP"):
            continue
        cand = None
        node = t
        for _ in range(3):  # "a family friend and Jane's former coach": up the coordination to the apposition
            if node.dep_ == "conj":
                node = node.head
        if node.dep_ == "appos" and node.head.pos_ == "PROPN":
            cand = node.head
        else:
            cand = next((c for c in t.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                         and c.i > t.i), None)
            if cand is None and t.dep_ == "compound" and t.head.pos_ == "PROPN":
                cand = t.head
        if cand is None:
            continue
        described = {w.lower_ for w in t.subtree} | {w.lower_ for w in t.lefts}
        if not modifiers <= described:  # "the executive" after "Jane Roe, the executive in charge": too little
            continue
        who = index.resolve_token(cand) or _by_surname(ctx, ctx.doc[cand.left_edge.i:cand.i + 1].text)
        if who and index.type_of(who) in ("person", None) and _capitalised(who):
            found.add(who)
    return found.pop() if len(found) == 1 else None


def _named_force(ctx: ArticleContext, name: str) -> Optional[str]:
    """"police said" in an article that names one police force ("Springfield Police Department"): that force."""
    if name.lower() not in BARE_FORCES:
        return None
    found = {m.group(1) for m in NAMED_FORCE.finditer(ctx.text)}
    return found.pop() if len(found) == 1 else None


def _joint(ctx: ArticleContext, verb: Optional[Token], name: str) -> Optional[str]:
    """A plural description as speaker ("the two experts wrote in a joint statement") after a sentence whose
    subject names two or more people ("Jane Roe ... and John Doe ... applauded"): those people together."""
    if verb is None or not name.lower().startswith("the ") or len(name.split()) > 4:
        return None
    subj = _subject(verb)
    if subj is None or subj.tag_ != "NNS" or subj.lower_ != name.split()[-1].lower():
        return None
    doc, index = ctx.doc, ctx.actors
    sent = subj.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    for tok in before:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
            people = [tok] + [c for c in tok.subtree if c.dep_ == "conj" and c.head.i in {x.i for x in tok.subtree}]
            names = [index.resolve_token(t) for t in people if t.pos_ == "PROPN"]
            names = [n for n in dict.fromkeys(names) if n and index.type_of(n) == "person"]
            if len(names) >= 2 and len(names) == len([t for t in people if t.pos_ == "PROPN"]):
                return ", ".join(names[:-1]) + " and " + names[-1]
            return None
    return None


def _placed_speaker(ctx: ArticleContext, quote: Quote, attribution: Attribution) -> str:
    """The speaker as the reader can place them: a full name for a surname, the actor a description
    stands for."""
    name = quote.speaker
    tok = attribution.token
    verb = tok if tok is not None and tok.pos_ in ("VERB", "AUX") else None
    described = _described(ctx, verb, name) or _joint(ctx, verb, name) or _appositive(ctx, name, tok) \
        or _named_force(ctx, name)
    if described:
        return described
    upto = tok.sent.end if tok is not None else len(ctx.doc)
    return _full_name(ctx, name, upto)


# ----------------------------------------------------------------- one quotation in several pieces

WORDS = re.compile(r"[\w'\u2019]+")


def leans_back(qtext: str) -> str:
    """How a quotation leans on the words before it: "connective" ("But ...", "If they do, ..."),
    "anaphoric" ("He walked over ..."), "demonstrative" ("This is ...") or "" when it stands alone."""
    words = [w.lower().replace("\u2019", "'") for w in WORDS.findall(qtext[:80])]
    if not words:
        return ""
    if words[0] in CONNECTIVE_OPENERS or ELLIPTICAL_OPENER.match(qtext.lstrip("([\u2026. ")):
        return "connective"
    if words[0] in ANAPHORIC_OPENERS:
        return "anaphoric"
    first = words[0][:-2] if words[0].endswith("'s") else words[0]
    if first in DEMONSTRATIVES and (first != words[0] or len(words) > 1 and words[1] in DEMONSTRATIVE_VERBS):
        return "demonstrative"
    return ""


def _continues(text: str, a: tuple[Quote, Quoted], b: tuple[Quote, Quoted]) -> bool:
    """Whether quotation b goes on with a's words: the same speaker, nothing but a speech tag between
    them in one paragraph, or b opening the next paragraph when it cannot stand alone."""
    (qa, sa), (qb, sb) = a, b
    if qa.speaker != qb.speaker or sb.open_at < sa.close_at or looks_like_title(qb.text):
        return False  # a title named after a quotation ("Here's the Thing.", the podcast) is no more of it
    gap = text[sa.close_at:sb.open_at]
    if qa.partial:
        return _names_referent(text, qa, sa, qb, gap)
    # an apostrophe inside a word of the tag ("since bin Laden’s death") is no quotation mark
    if MARK.search(re.sub(r"(?<=\w)['\u2019](?=\w)", "", gap)) or \
            len(WORDS.findall(gap)) > MAX_JOIN_GAP_WORDS and not _long_tag(gap):
        return False
    if "\n" in gap:
        if gap[gap.rindex("\n") + 1:].strip() or not leans_back(qb.text):
            return False
        return len(WORDS.findall(qa.text)) + len(WORDS.findall(qb.text)) <= MAX_JOINED_WORDS
    if qb.partial:  # “X,” he said, “and Y.”: the tag ends with a comma right before the words go on
        return gap.rstrip().endswith(",") and len(WORDS.findall(gap)) <= 4
    return True


def _names_referent(text: str, qa: Quote, sa: Quoted, qb: Quote, gap: str) -> bool:
    """A whole quotation opening the next paragraph with a pronoun ("They inspired and conspired ...") right after a
    paragraph that ends on the same speaker's partial quotation in a sentence naming whom the pronoun stands for ("But
    he also said that Omar and his men were the ones “who truly ...”"): one quote, so that the pronoun's referent is
    shown with it (round 14, judged DANGLING). The sentence names someone when it holds a capitalised word after its
    first that is not the speaker's name."""
    if qb.partial or leans_back(qb.text) != "anaphoric" or "\n" not in gap or gap[gap.rindex("\n") + 1:].strip() \
            or gap[:gap.index("\n")].strip(" .,;:!?\u2026'\u2019\"\u201d)"):
        return False  # the partial ends its paragraph, the pronoun-led quotation opens the next
    if len(WORDS.findall(qa.text)) + len(WORDS.findall(qb.text)) > MAX_JOINED_WORDS:
        return False
    sentence = qa.sources[0].sentence
    before = sentence[:max(0, sa.open_at - qa.sources[0].start)]
    own = {w.lower() for w in WORDS.findall(qa.speaker)}
    names = [w for w in WORDS.findall(before)[1:] if w[:1].isupper() and w.lower() not in own and w != "I"]
    return bool(names)


def _long_tag(gap: str) -> bool:
    """A speech tag longer than MAX_JOIN_GAP_WORDS that says who the speaker is ("said Jo Roe, who chairs the
    committee and ..."): one sentence in one paragraph, at most MAX_TAG_CLAUSE_WORDS words, a reporting verb among its
    first TAG_VERB_WITHIN words."""
    words = [w.lower() for w in WORDS.findall(gap)]
    # the period of an initial or an abbreviation ("U.S. envoy", "F. Kerry") ends no sentence (round 14)
    if "\n" in gap or len(words) > MAX_TAG_CLAUSE_WORDS or re.search(r"(?<!\b[A-Z])[.!?]\s+\w", gap):
        return False  # a sentence after the tag ("Jo Roe said. She then accused ...") is the reporter's
    return any(_reporting(w) for w in words[:TAG_VERB_WITHIN])


def _reporting(word: str) -> bool:
    forms = {word, word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ied") else word}
    return bool(forms & REPORTING_VERBS) or word in ("said", "says", "told", "tells")


def _glue(a: str, b: str) -> str:
    tail = a[len(a.rstrip(".,;:!?\u2026'\u2019\"\u201d)]")):]  # the punctuation a ends with
    if any(c in TERMINAL or c in ",\u2026" for c in tail):
        return f"{a} {b}"
    if b[:1].islower():
        return f"{a}, {b}"
    return f"{a}. {b}"


def join_split(ctx: ArticleContext, pieces: list[tuple[Quote, Quoted]]) -> list[Quote]:
    """One quotation split by a speech tag ("“X,” he said. “Y.”") is one quote citing both halves'
    sentences; so is a paragraph that opens with a connective or a pronoun and goes on with the same
    speaker's quote just before it."""
    out: list[tuple[Quote, Quoted]] = []
    for piece in pieces:
        if out and _continues(ctx.text, out[-1], piece):
            (qa, sa), (qb, sb) = out[-1], piece
            src_a, src_b = qa.sources[0], qb.sources[0]
            start, end = min(src_a.start, src_b.start), max(src_a.end, src_b.end)
            src = Source(article=src_a.article, sentence=ctx.text[start:end], start=start, end=end)
            joined = qa.model_copy(update={"text": _glue(qa.text, qb.text), "sources": [src]})
            out[-1] = (joined, Quoted(segments=sa.segments + sb.segments, open_at=sa.open_at, close_at=sb.close_at))
            continue
        out.append(piece)
    return [bracketed(ctx, q, span) for q, span in out]


OPENING_WORD = re.compile(r"\s*([A-Z][a-z]+)\b(?!['\u2019])")


def bracketed(ctx: ArticleContext, q: Quote, span: Quoted) -> Quote:
    """A whole quotation that opens with "He"/"She"/"His"/"Her" for someone other than its speaker ("He needs to
    stop blaming everyone else ..." by a newspaper, after "... called on Jon Doe to ...") with the person's name in
    brackets, as journalists write it ("[Jon Doe] needs to stop ..."): the person `bracket_person` finds. The
    quotation as it is when none fits (it then ranks after the quotations that stand alone)."""
    m = OPENING_WORD.match(q.text)
    if q.partial or not m or m.group(1).lower() not in BRACKET_PRONOUNS or not span.segments:
        return q
    word = m.group(1)
    at = ctx.text.find(word, span.segments[0][0], span.segments[0][0] + len(q.text[:m.end(1)]) + 3)
    tok = ctx.doc.char_span(at, at + len(word)) if at >= 0 else None
    if tok is None or len(tok) != 1 or tok[0].text != word:
        return q
    gender, form = BRACKET_PRONOUNS[word.lower()]
    name = bracket_person(ctx, tok[0], gender, q.speaker)
    if not name:
        return q
    return q.model_copy(update={"text": form.format(name) + q.text[m.end(1):]})


def _is_speaker(name: str, speaker: str) -> bool:
    """Whether the person is the quotation's speaker: the same first and last name, or one's words all in the
    other's ("Alves" or "Pedro" for "Pedro Alves"; not "Jane Alves" for "Pedro Alves")."""
    a, b = set(name.lower().split()), set(speaker.lower().split())
    return bool(a and b) and (same_person(name, speaker) or a <= b or b <= a)


def _other_subject(ctx: ArticleContext, words: Span, name: str, gender: Optional[str]) -> bool:
    """Whether a subject of these words may be whom the pronoun stands for instead of `name`: a "he"/"she" of the
    pronoun's gender ("He texted Bui ..."), or another person ("Fine ... saw the gunman, assuming he was there to
    guard President Jon Doe"; "Bryson was devoted to ... Iron Man"): then the person is not known."""
    index = ctx.actors
    for tok in words:
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            if not gender or PERSON_PRONOUNS[low] == gender:
                return True
            continue
        who = index.resolve_token(tok)
        if who is None:
            appos = next((c for c in tok.children if c.dep_ == "appos"), None)
            who = index.resolve_token(appos) if appos is not None else None
        if who is not None and who != name and index.type_of(who) == "person":
            return True
    return False


def bracket_person(ctx: ArticleContext, tok: Token, gender: Optional[str], speaker: str) -> Optional[str]:
    """The person a pronoun opening a quotation stands for: in the nearest sentence before it (its own sentence's
    words before it first, then up to BRACKET_SENTENCES sentences back) that names a person who fits (a person, the
    gender not contradicted, not the speaker), that one person; None when that sentence names several, or none does,
    or when a subject of it may be the one instead (`_other_subject`)."""
    index, doc = ctx.actors, ctx.doc
    hi, lo = tok.i, tok.sent.start
    for _ in range(BRACKET_SENTENCES + 1):
        fits = set()
        for i, name in index.person_mentions:
            if lo <= i < hi and index.type_of(name) == "person" and not _is_speaker(name, speaker):
                known = index.genders.get(name)
                if not (gender and known and known != gender):
                    fits.add(name)
        if len(fits) == 1:
            name = fits.pop()
            # a name is put in the quotation only when the article says the person is the pronoun's "he" or "she"
            if gender and (index.genders.get(name) or PRONOUN_SEX.get(pronoun_gender(doc, name, BRACKET_EVIDENCE) or "")) != gender:
                return None
            return name if not _other_subject(ctx, doc[lo:hi], name, gender) else None
        if fits or lo == 0:
            return None
        hi, lo = lo, doc[lo - 1].sent.start
    return None


def _source(ctx: ArticleContext, span: Span) -> Source:
    """The same Source as `source_for(span)`, cut from ctx.text: source_for rebuilds doc.text on every
    call, which is linear in the article and made quote extraction slower than the parse."""
    first, last = span[0].sent, span[-1].sent
    start, end = first.start_char, last.end_char
    if ctx.text[start:end] != first.doc[first.start:last.end].text:  # ctx.text is not the doc's text
        return source_for(span, ctx.article_id)
    return Source(article=ctx.article_id, sentence=ctx.text[start:end], start=start, end=end)


def _one(ctx: ArticleContext, span: Quoted, previous: Optional[tuple[Attribution, int]]
         ) -> tuple[Optional[Quote], Optional[Attribution], int]:
    doc, text = ctx.doc, ctx.text
    qtext = _quote_text(text, span)
    if not any(c.isalpha() for c in qtext):
        return None, None, 0
    qtoks = []
    for n, (a, b) in enumerate(span.segments):
        lo = span.open_at if n == 0 else a - 1
        hi = span.close_at if n == len(span.segments) - 1 else b
        toks = _tokens(doc, max(0, lo), min(len(text), hi))
        if toks is not None:
            qtoks.append(toks)
    if not qtoks or looks_like_title(qtext) and not _is_clause(qtoks):
        return None, None, 0
    partial = _is_partial(text, span, qtext)
    if partial and qtext[:1].isupper() and _stands_alone(ctx, qtoks):
        partial = False  # a quote that is its own sentence ("“We need help now” — Jane Doe")
    end_i = qtoks[-1][-1].i
    if partial and _in_headline(ctx, span):
        return None, None, end_i  # "..., campaign says schedule ‘cherry-picked.’": the headline, no quotation
    attribution = _attribute(ctx, qtoks, partial, previous)
    if attribution is None:
        return None, None, end_i
    lo_i, hi_i = qtoks[0].start, qtoks[-1].end - 1
    if attribution.token is not None:
        lo_i, hi_i = min(lo_i, attribution.token.i), max(hi_i, attribution.token.i)
    src = _source(ctx, doc[lo_i:hi_i + 1])
    quote = Quote(text=qtext, sources=[src], speaker=attribution.speaker, cue=attribution.cue, partial=partial,
                  phrase=partial and _is_phrase(qtoks))
    return quote, attribution, end_i
