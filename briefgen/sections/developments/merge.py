"""Key developments across articles: ranked (see rank.py), the facts file keeping more than the briefing shows."""
from __future__ import annotations

from briefgen.sections.base import MergeContext
from briefgen.sections.developments.extract import named_across, naming_told
from briefgen.sections.developments.lexicon import KEPT
from briefgen.sections.developments.model import Development
from briefgen.sections.developments.rank import rank


def merge(items: list[Development], ctx: MergeContext) -> list[Development]:
    # every article's candidates, for the names other sections tell stories apart by (positions.off_story): the
    # ranked list leaves out what a later article overtook, which says nothing of what story an article tells
    ctx.options["development_candidates"] = tuple(items)
    ranked = rank(items, limit=ctx.options.get("development_limit", KEPT), published=ctx.published, notes=ctx.options)
    return naming_told(named_across(ranked, items))
