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
        first = last = span.sent
    else:
        first, last = span[0].sent, span[-1].sent
    doc = first.doc
    # Span.text is the same string as doc.text[start:end], without rebuilding the whole text each call.
    return Source(article=article_id, sentence=doc[first.start:last.end].text, start=first.start_char,
                  end=last.end_char)


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
