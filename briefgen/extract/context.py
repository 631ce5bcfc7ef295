"""What every extractor shares: the per-article context and how a fact cites its sentence."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Span, Token

from briefgen.items import Source

log = logging.getLogger("briefgen.extract")

if TYPE_CHECKING:
    from briefgen.extract.actors import ActorIndex


@dataclass
class ArticleContext:
    """One parsed article, as every extractor sees it."""

    article_id: str
    text: str
    doc: Doc
    actors: "ActorIndex"
    title: Optional[str] = None
    options: dict = field(default_factory=dict)


def source_for(span: Span | Token, article_id: str) -> Source:
    """Cite the whole sentence (or run of sentences) that holds `span`, with offsets into the text."""
    if isinstance(span, Token):
        doc, first_i, last_i = span.doc, span.i, span.i
    else:
        doc, first_i, last_i = span.doc, span[0].i, span[-1].i  # an empty span raises IndexError, as before
    sentences = sentence_of(doc)
    if sentences is None:  # sentences from a user hook: ask spaCy, token by token
        first, last = doc[first_i].sent, doc[last_i].sent
        start, end = first.start_char, last.end_char
    else:
        start, end = sentences[first_i][0], sentences[last_i][1]
    # A span's text is doc.text[start_char:end_char] (a token's trailing white space is one space at most).
    return Source(article=article_id, sentence=doc_text(doc)[start:end], start=start, end=end)


def sentence_of(doc: Doc) -> Optional[list[tuple[int, int]]]:
    """Per token, the (start_char, end_char) of its sentence, built once per document (Token.sent walks the
    sentence on every call); None when a user hook decides sentences."""
    if "sent" in doc.user_hooks or "sents" in doc.user_hooks:
        return None
    index = doc.user_data.get("briefgen_sentence_of")
    if index is None:
        index = []
        for sent in doc.sents:
            index.extend([(sent.start_char, sent.end_char)] * len(sent))
        doc.user_data["briefgen_sentence_of"] = index
    return index


def source_between(doc: Doc, article_id: str, start_char: int, end_char: int) -> Source:
    """Cite every sentence that the character range [start_char, end_char) touches."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Source(article=article_id, sentence=doc.text[start_char:end_char],
                      start=start_char, end=end_char)
    return source_for(span, article_id)


def clean(text: str) -> str:
    """One line of text, with runs of white space folded."""
    return " ".join(text.split())


def doc_text(doc: Doc) -> str:
    """The document's text, built once (Doc.text joins every token on each call)."""
    text = doc.user_data.get("briefgen_text")
    if text is None:
        text = doc.user_data["briefgen_text"] = doc.text
    return text


def ents_of(sent: Span) -> list[Span]:
    """The entities inside one sentence, from a per-document index (Span.ents scans the whole document)."""
    doc = sent.doc
    index = doc.user_data.get("briefgen_sent_ents")
    if index is None:
        index = {}
        for ent in doc.ents:
            index.setdefault(ent[0].sent.start, []).append(ent)
        doc.user_data["briefgen_sent_ents"] = index
    return [e for e in index.get(sent.start, []) if e.end <= sent.end]


def skipped(ctx: ArticleContext, section: str, where: int, err: BaseException) -> None:
    """A sentence a rule could not handle is skipped, never silently: the log names the article, the
    section, the character offset and the exception type, so a bug report can point at it."""
    log.warning("%s: %s: sentence at character %d skipped (%s)", ctx.article_id, section, where, type(err).__name__)
