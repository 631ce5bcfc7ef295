"""Open questions: what the article itself says is not yet known, decided or agreed.

Triggers are read from the parse, not from strings: a hedge adjective ("unclear", "uncertain"),
a negated verb of telling or deciding ("has not confirmed", "did not clarify", "have not released"),
"has yet to", "declined to comment", "remains to be seen", "under consideration", an indirect
question ("whether ..."), "differences remain", "no arrests have been made", "will be central to
negotiations", and "might agree/attend" about a decision still to be taken. One item per sentence
at most; its text is the clause that holds the trigger, in the article's words.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from briefgen.extract.grammar import has_negation
from briefgen.extract.context import ArticleContext, clean, source_for
from briefgen.sections.open_questions.model import OpenQuestion
from briefgen.sections.open_questions.lexicon import (HEDGE_ADJ, HEDGE_ADJ_ATTRIBUTIVE, NOT_ADJ, UNTOLD, ANONYMITY, OWN_MIND, WHETHER_GOV, DECLINE, DECLINED, UNDER, WHETHER_HEADS, STILL_NOUNS, STILL_VERBS, NO_NOUNS, TALKS, PIVOT_ADJ, DECISIONS, CONTENTION, SEPARATE, PRIORITY)




def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children)


def untold_ok(verb: Token, lemma: str) -> bool:
    """A negated verb of telling that leaves a point open, not "asked not to be named" or "I don't know"."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ANONYMITY:
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
    if gov.pos_ == "ADP":
        gov = gov.head
    if clause.dep_ == "csubj" or gov.pos_ == "AUX" and gov.lemma_ == "be":
        return True  # "Whether X will attend is unclear", "the question is whether ..."
    return gov.lemma_.lower() in WHETHER_GOV or gov.lemma_.lower() in HEDGE_ADJ | NOT_ADJ


def trigger(tok: Token) -> Optional[tuple[str, str]]:
    """(cue, kind) when this token marks an unresolved point, else None."""
    low, lemma, dep = tok.lower_, tok.lemma_.lower(), tok.dep_
    doc = tok.doc
    if low == "yet" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        return "yet to", "hedge"
    if tok.pos_ in ("VERB", "AUX") and lemma in UNTOLD and has_negation(tok) and untold_ok(tok, lemma):
        return f"not {lemma}", "hedge"
    if lemma in DECLINE and tok.pos_ == "VERB" and not any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "you") for c in tok.children):
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in DECLINED for c in tok.children):
            return f"{lemma} to", "hedge"
        if any(c.dep_ == "dobj" and c.lemma_.lower() == "comment" for c in tok.children):
            return f"{lemma} comment", "hedge"
    if tok.pos_ == "ADJ" and lemma in HEDGE_ADJ:
        if dep != "amod" or lemma in HEDGE_ADJ_ATTRIBUTIVE:
            return lemma, "disagreement" if lemma == "divided" else "hedge"
    if lemma in NOT_ADJ and tok.pos_ in ("ADJ", "VERB") and dep in ("acomp", "ccomp", "ROOT", "oprd", "attr") and (
            has_negation(tok) or has_negation(tok.head) and tok.head.lemma_.lower() in ("be", "remain", "seem")):
        if tok.tag_ != "VBN" or any(c.dep_ == "auxpass" for c in tok.children) or dep == "acomp":
            return f"not {lemma}", "hedge"
    if lemma == "see" and tok.head.lemma_.lower() == "remain" and any(c.dep_ == "auxpass" for c in tok.children):
        return "remains to be seen", "hedge"
    if low == "under" and any(c.dep_ == "pobj" and c.lemma_.lower() in UNDER for c in tok.children):
        noun = next(c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in UNDER)
        return f"under {noun.lower_}", "hedge"
    if lemma == "float" and tok.tag_ == "VBN":
        return "floated", "hedge"
    if low == "whether" and dep == "mark" and tok.head.dep_ in WHETHER_HEADS and whether_ok(tok.head):
        return "whether", "hedge"
    if lemma in STILL_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() in STILL_NOUNS for c in tok.children):
        return f"{lemma}", "disagreement"
    if lemma in CONTENTION and dep == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in (
            "point", "bone", "source", "subject", "matter"):
        return f"point of {lemma}", "disagreement"
    if lemma == "point" and any(c.lower_ == "sticking" for c in tok.children):
        return "sticking point", "disagreement"
    if lemma == "question" and tok.pos_ == "NOUN" and dep in ("nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ in ("of", "over") for c in tok.children):
        return "question of", "hedge"
    if lemma in NO_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return f"no {lemma}", "hedge"
    if lemma in PIVOT_ADJ and tok.pos_ == "ADJ" and dep in ("acomp", "attr") and any(
            c.dep_ == "prep" and c.lower_ in ("to", "in", "for") and any(
                g.lemma_.lower() in TALKS for g in c.children) for c in tok.children):
        return f"{lemma} {next(c for c in tok.children if c.dep_ == 'prep').lower_}", "hedge"
    if low == "if" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("necessary", "needed", "required"):
        return f"if {doc[tok.i + 1].lower_}", "hedge"
    if lemma in ("ongoing", "continuing") and tok.head.lemma_.lower() in ("investigation", "probe", "inquiry"):
        return f"{lemma} investigation", "hedge"
    if lemma in ("investigation", "probe", "inquiry") and any(
            c.lemma_.lower() in ("ongoing", "continue") for c in tok.head.children if tok.dep_ == "nsubj"):
        return f"{lemma} ongoing", "hedge"
    if tok.pos_ == "VERB" and lemma in DECISIONS:
        modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("might", "could", "may")), None)
        if modal is not None:
            return f"{modal.lower_} {lemma}", "speculation"
    return None


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


def clause_text(tok: Token) -> Span:
    """The words of the trigger's clause, without the separate clauses hung on it."""
    head = clause_head(tok)
    doc, sent = tok.doc, tok.sent
    drop = [c for c in head.children if c.dep_ in SEPARATE and c.pos_ in ("VERB", "AUX") and _has_subject(c)
            and not (c.left_edge.i <= tok.i <= c.right_edge.i) and not (c.dep_ == "advcl" and c.i > head.i)]
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
    while end > start and (doc[end].is_punct and doc[end].text not in ("\u201d", '"') or doc[end].is_space):
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
    """'X might agree': only when X is a named actor, so that a modal alone is no open question."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
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
    text = clean(span.text)
    if len(text.split()) < 3:
        text = clean(sent.text)
    src = source_for(sent, ctx.article_id)
    return OpenQuestion(text=text, sources=[src], cue=cue, kind=kind)


def extract(ctx: ArticleContext) -> list[OpenQuestion]:
    """At most one open question per sentence, in text order."""
    doc = ctx.doc
    if doc is None or len(doc) == 0:
        return []
    out: list[OpenQuestion] = []
    seen: set[str] = set()
    for sent in doc.sents:
        if len(sent) > 400 or not any(t.is_alpha for t in sent):
            continue
        try:
            item = sentence_question(ctx, sent)
        except (IndexError, ValueError, StopIteration):
            continue
        if item is not None and item.text.lower() not in seen:
            seen.add(item.text.lower())
            out.append(item)
    return out
