"""What every section shares per article: the context (context.py), actors (actors.py), the grammar
(grammar.py) and its word lists (lexicon.py); `extract_article` (article.py) runs every section.

Sections import the shared modules from here, so this file imports nothing at load time."""
from __future__ import annotations

__all__ = ["ArticleFacts", "extract_article"]


def __getattr__(name: str):
    if name in __all__:
        from briefgen.extract import article

        return getattr(article, name)
    raise AttributeError(name)
