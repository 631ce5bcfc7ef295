"""Open questions: what the article itself says is not yet known, decided or agreed.

Triggers are read from the parse, not from strings: a hedge adjective ("unclear", "uncertain"),
a negated verb of telling or deciding ("has not confirmed", "did not clarify", "have not released"),
"has yet to", "declined to comment", "remains to be seen", "under consideration", an indirect
question ("whether ..."), "differences remain", "no arrests have been made", "will be central to
negotiations", and "might agree/attend" about a decision still to be taken. One item per sentence
at most; its text is the clause that holds the trigger, in the article's words.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from briefgen.extract.context import ArticleContext, clean, skipped, source_for
from briefgen.sections.developments.extract import full_names
from briefgen.sections.open_questions.lexicon import (
    CONCESSIVE_MARKS,
    GENERIC_EVENTS,
    HEDGE_ADJ,
    LIST_OPENERS,
    PLACE_HEADS,
    PLACE_MAX,
    PLACE_PREPS,
    PLACE_SENTENCES,
    PRIORITY,
    SEPARATE,
    UPDATE_MARK,
    WH_WORDS,
)
from briefgen.sections.open_questions.model import OpenQuestion
from briefgen.sections.open_questions.rules import trigger
from briefgen.sections.open_questions.write import written


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children)








def clause_head(tok: Token) -> Token:
    """The clause the trigger belongs to: climb to a verb with its own subject (or the root)."""
    cur = tok
    for _ in range(12):
        if cur.dep_ == "ROOT" or cur.head.i == cur.i:
            return cur
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("ccomp", "advcl", "conj", "relcl", "parataxis") \
                and _has_subject(cur):
            if cur.dep_ == "advcl" and cur.i > cur.head.i:
                return clause_head(cur.head)  # "X has been floated, though its acceptance remains uncertain"
            return cur
        cur = cur.head
    return cur


def continues_list(clause: Token) -> bool:
    """"considering options, including returning the lion and improving its fencing, moving it to another park or
    ...": a list the parser split, its next member hung on the verb; it is no separate clause to cut."""
    doc = clause.doc
    before = clause.left_edge.i - 2  # the word before the comma
    if before < clause.sent.start or not doc[before + 1].is_punct:
        return False
    return any(t.lower_ in LIST_OPENERS and t.right_edge.i == before for t in clause.head.subtree)


def clause_text(tok: Token) -> Span:
    """The words of the trigger's clause, without the separate clauses hung on it."""
    head = clause_head(tok)
    doc, sent = tok.doc, tok.sent
    drop = [c for c in head.children if c.dep_ in SEPARATE and c.pos_ in ("VERB", "AUX") and (
            _has_subject(c) or c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tok.i and not continues_list(c))  # "..., telling radio host X"
            and not (c.left_edge.i <= tok.i <= c.right_edge.i) and not (c.dep_ == "advcl" and c.i > head.i and _has_subject(c) and not any(
                m.dep_ == "mark" and m.lower_ in CONCESSIVE_MARKS for m in c.children))]  # "..., although he said ..."
    start, end = head.left_edge.i, head.right_edge.i
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < head.i), None)
    if subj is not None and not subj.left_edge.i <= tok.i < subj.left_edge.i + 1 and tok.i >= subj.left_edge.i:
        start = subj.left_edge.i  # "Despite ..., differences remain ...": the clause starts at its subject
    for c in drop:
        if c.right_edge.i < tok.i and c.i < head.i:
            start = max(start, c.right_edge.i + 1)
        elif c.left_edge.i > tok.i:
            end = min(end, c.left_edge.i - 1)
    start, end = max(start, sent.start), min(end, sent.end - 1)
    while start < end and start != tok.i and (doc[start].is_punct or doc[start].dep_ in ("cc", "mark")
                                              or doc[start].is_space):
        start += 1
    while end > start and (doc[end].is_punct and doc[end].text not in ("\u201d", '"') or doc[end].is_space
                           or doc[end].dep_ in ("cc", "mark")):  # "No one has been arrested but"
        end -= 1
    return doc[start:end + 1]


def rank(cue: str, kind: str) -> int:
    """Stronger signals first, so the sentence's item quotes the clause that says most."""
    for n, p in enumerate(PRIORITY):
        if cue.startswith(p):
            return n
    if cue in HEDGE_ADJ:
        return len(PRIORITY)
    return len(PRIORITY) + (2 if kind == "speculation" else 1)


def speculation_ok(ctx: ArticleContext, tok: Token) -> bool:
    """'X might agree': only when X is a named actor, so that a modal alone is no open question; not in a clause
    hung on a noun ("Trump's suggestion that Putin might agree ... has not been met with enthusiasm")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ in ("acl", "relcl"):
        return False
    return subj is not None and bool(ctx.actors.resolve_token(subj))


def sentence_question(ctx: ArticleContext, sent: Span) -> Optional[OpenQuestion]:
    found: list[tuple[int, int, Token, str, str]] = []
    for tok in sent:
        hit = trigger(tok)
        if hit is None:
            continue
        cue, kind = hit
        if kind == "speculation":
            if not speculation_ok(ctx, tok):
                continue
            kind = "hedge"
            found.append((rank(cue, "speculation"), tok.i, tok, cue, kind))
        else:
            found.append((rank(cue, kind), tok.i, tok, cue, kind))
    if not found:
        return None
    _, _, tok, cue, kind = min(found, key=lambda f: (f[0], f[1]))
    span = clause_text(tok)
    head = clause_head(tok)
    if span and span[0].tag_ in ("WP", "WDT") and head.dep_ == "relcl" and head.head.i < span.start:
        # "There are members of Congress who aren't confident ...": the clause that says they exist; a clause
        # hung on a noun elsewhere ("Cary, 22, who was the target of ...") has no predicate of its own
        noun = head.head
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # "members of the board who ..."
            noun = noun.head.head
        expl = next((c for c in noun.head.children if c.dep_ == "expl"), None) if noun.dep_ == "attr" else None
        if expl is not None:
            span = span.doc[max(expl.i, tok.sent.start):span.end]
        elif cue == "whether" or cue.split()[-1] in WH_WORDS:
            clause = tok.head  # "a rate that calls into question whether ...": the unknown itself
            span = span.doc[tok.i:min(clause.right_edge.i + 1, tok.sent.end)]
        else:
            return None
    if len(clean(span.text).split()) < 3:
        span = sent
    text = written(sent, tok, cue, span, head)
    if text is None:
        return None
    text = full_names(sent, placed_event(sent, text), ctx)  # "Saadi's whereabouts": whose, in full
    src = source_for(sent, ctx.article_id)
    return OpenQuestion(text=text, sources=[src], cue=cue, kind=kind)


def place_before(sent: Span) -> Optional[str]:
    """Where the nearest of the few sentences before this one places what it tells: a street, a block or a named
    place after "on"/"at"/"in" ("on the 15200 block of Hazelridge near Kelly"), in at most PLACE_MAX words."""
    doc, start = sent.doc, sent.start
    for _ in range(PLACE_SENTENCES):
        if start <= 0:
            return None
        prev = doc[start - 1].sent
        start = prev.start
        for prep in prev:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or not (obj.lemma_.lower() in PLACE_HEADS or obj.ent_type_ in ("FAC", "LOC")):
                continue
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            words = doc[prep.i:(of.right_edge.i if of is not None else obj.i) + 1]  # not "near ..., on the east side"
            if len(words) <= PLACE_MAX and not any(t.is_punct for t in words):
                return clean(words.text)
    return None


def placed_event(sent: Span, text: str) -> str:
    """A bare "the incident" (GENERIC_EVENTS) in the item leans on the sentence that told it; placed as that sentence
    or the few before it place it ("Further details about the incident on the 15200 block of Hazelridge are
    unclear"): a page that tells several incidents says which. The text as it is when no place is told."""
    for noun in GENERIC_EVENTS:
        m = re.search(rf"\bthe {noun}\b(?!\s+(?:on|at|in|near|of)\b)", text, re.IGNORECASE)
        if m is None:
            continue
        place = place_before(sent)
        if place is None:
            return text
        return text[:m.end()] + " " + place + text[m.end():]
    return text


def update_marks(doc) -> tuple[list[int], list[Span]]:
    """Where a live page's UPDATE lines start, and its sentences: the page adds each update at the top."""
    sents = list(doc.sents)
    marks = [s.start_char for s in sents if (first := next((t for t in s if not t.is_space), None)) is not None
             and first.text == UPDATE_MARK]
    return marks, sents


def answered_above(item: OpenQuestion, sent: Span, updates: tuple[list[int], list[Span]]) -> bool:
    """Whether newer text above an UPDATE line settles what the page's older text below it still asks ("Police
    are looking into whether the shooting was an accident" under "... appears to have been an accident")."""
    from briefgen.sections.open_questions.merge import settled_by  # merge reads this module's items

    marks, sents = updates
    above = [m for m in marks if m < sent.start_char]
    if not above:
        return False
    last = next(k for k, s in enumerate(sents) if s.start_char == max(above))
    upto = last + 1 + (len(sents[last]) <= 3)  # the UPDATE line, and its text when the mark stands alone
    newer = [s for s in sents[:upto] if s.end_char <= sent.start_char]
    return any(settled_by(f"{item.text} {sent.text}", s.text) for s in newer)


def extract(ctx: ArticleContext) -> list[OpenQuestion]:
    """At most one open question per sentence, in text order."""
    doc = ctx.doc
    if doc is None or len(doc) == 0:
        return []
    out: list[OpenQuestion] = []
    seen: set[str] = set()
    updates = update_marks(doc)
    for sent in doc.sents:
        if len(sent) > 400 or not any(t.is_alpha for t in sent):
            continue
        try:
            item = sentence_question(ctx, sent)
        except (IndexError, ValueError, StopIteration) as err:
            skipped(ctx, "open_questions", sent.start_char, err)
            continue
        if item is not None and answered_above(item, sent, updates):
            continue
        if item is not None and item.text.lower() not in seen:
            seen.add(item.text.lower())
            out.append(item)
    return out
