"""Per-article extraction: one parsed article in, every registered section's candidate facts out.

`extract_article` is a pure function of the article (text and title) and the settings, so it can run
in worker processes and its result can be cached (see briefgen/cache.py for what the key covers).
"""
from __future__ import annotations

import logging
from typing import Any, Optional

from pydantic import Field, create_model
from spacy.tokens import Doc

from briefgen.extract import actors
from briefgen.extract.context import ArticleContext
from briefgen.items import Actor, Article, Model
from briefgen.sections import extracted_sections

log = logging.getLogger("briefgen.extract")


class ArticleFactsBase(Model):
    article: Article
    actors: list[Actor] = Field(default_factory=list)


def _article_facts_model() -> type[ArticleFactsBase]:
    """What one article yields before merging, one list per extracted section; also the cache's unit."""
    fields: dict[str, Any] = {s.name: (list[s.model], Field(default_factory=list)) for s in extracted_sections()}
    return create_model("ArticleFacts", __base__=ArticleFactsBase, **fields)


ArticleFacts = _article_facts_model()


def extract_article(article: Article, text: str, doc: Doc, aliases: Optional[dict[str, str]] = None) -> ArticleFacts:
    index = actors.find_actors(doc, aliases)
    ctx = ArticleContext(article_id=article.id, text=text, doc=doc, actors=index, title=article.title)
    found: dict[str, list] = {}
    for section in extracted_sections():
        if section.extract is None:
            continue
        try:
            found[section.name] = section.extract(ctx)
        except Exception as err:  # a plugin's or a rule's bug costs one section of one article, said aloud
            log.warning("%s: section %s skipped (%s: %s)", article.id, section.name, type(err).__name__, err)
            found[section.name] = []
    return ArticleFacts(article=article, actors=index.as_list(), **found)
