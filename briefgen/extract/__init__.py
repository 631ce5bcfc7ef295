"""Per-article extraction: one parsed article in, every section's candidate facts out.

`extract_article` is a pure function of the article text and the settings, so it can run in worker
processes and its result can be cached by content hash.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

from briefgen.extract import actors, casualties, developments, positions, questions, quotes
from briefgen.extract.common import ArticleContext
from briefgen.facts import (Actor, Article, Casualty, Development, Model, OpenQuestion, Position, Quote)


class ArticleFacts(Model):
    """What one article yields before merging; also the unit of the extraction cache."""

    article: Article
    actors: list[Actor] = []
    developments: list[Development] = []
    positions: list[Position] = []
    quotes: list[Quote] = []
    open_questions: list[OpenQuestion] = []
    casualties: list[Casualty] = []


def extract_article(article: Article, text: str, doc: Doc, aliases: Optional[dict[str, str]] = None,
                    options: Optional[dict] = None) -> ArticleFacts:
    index = actors.find_actors(doc, aliases)
    ctx = ArticleContext(article_id=article.id, text=text, doc=doc, actors=index, title=article.title,
                         options=dict(options or {}))
    return ArticleFacts(
        article=article,
        actors=index.as_list(),
        developments=developments.extract(ctx),
        positions=positions.extract(ctx),
        quotes=quotes.extract(ctx),
        open_questions=questions.extract(ctx),
        casualties=casualties.extract(ctx),
    )
