"""quotes extraction (placeholder until the rules land)."""
from __future__ import annotations

from briefgen.extract.common import ArticleContext
from briefgen.facts import Quote


def extract(ctx: ArticleContext) -> list[Quote]:
    return []
