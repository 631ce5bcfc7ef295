"""What every section's rules share per article: quotation marks, negation, subjects, "according to".

The word lists these read are in `briefgen.extract.lexicon`; each section's own rules are in
`briefgen.sections.<name>`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from briefgen.extract.lexicon import BOTH_QUOTES, CLOSE_QUOTES, LOW_OPEN_QUOTE, OPEN_QUOTES


def quoted_tokens(doc: Doc) -> set[int]:
    """Token indices inside quotation marks; a paragraph break closes any quote left open (one pass)."""
    inside: set[int] = set()
    depth = False
    for tok in doc:
        text = tok.text
        if tok.is_space and "\n" in text:
            depth = False
            continue
        if text in OPEN_QUOTES:
            depth = True
            continue
        if text in CLOSE_QUOTES:
            depth = False
            continue
        if text in BOTH_QUOTES or text == LOW_OPEN_QUOTE:
            depth = not depth
            continue
        if depth:
            inside.add(tok.i)
        if "\n" in tok.whitespace_:
            depth = False
    return inside


def has_negation(tok: Token) -> bool:
    """The word itself is negated ("did not confirm")."""
    return any(c.dep_ == "neg" for c in tok.children)


def is_negated(verb: Token) -> bool:
    """Negated itself, or through the "have/be" it is the complement of ("has not to ...")."""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children if verb.dep_ == "xcomp" and verb.head.lemma_ in ("have", "be"))


def nearest_subject(verb: Token) -> Optional[Token]:
    """The first nominal subject on the way from the verb up to the root."""
    t = verb
    for _ in range(4):
        for c in t.children:
            if c.dep_ == "nsubj":
                return c
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def according_to(sent_tokens: list[Token]) -> Optional[Token]:
    """The source named by "according to X" among these tokens."""
    for tok in sent_tokens:
        if tok.lower_ == "according":
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.lower_ == "to":
                for obj in nxt.children:
                    if obj.dep_ == "pobj":
                        return obj
                if nxt.i + 1 < len(tok.doc):
                    return tok.doc[nxt.i + 1]
    return None


def window_start(tok: Token, sentences: int = 2) -> int:
    """The first token of the sentence `sentences` before the token's own: where an antecedent is sought."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(sentences):
        if start > 0:
            start = doc[start - 1].sent.start
    return start
