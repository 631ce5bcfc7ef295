"""Open questions across articles: the same point once, and a question for every figure the reports dispute."""
from __future__ import annotations

from briefgen.merge.fold import fold, sources_of, text_order
from briefgen.sections.base import MergeContext
from briefgen.sections.casualties.lexicon import KIND_WORDS
from briefgen.sections.casualties.model import Casualty
from briefgen.sections.open_questions.model import OpenQuestion


def figure_disagreements(casualties: list[Casualty]) -> list[OpenQuestion]:
    """An unresolved point for each kind of figure on which the articles disagree, citing every figure."""
    out = []
    seen: set[tuple] = set()
    by_id = {c.id: c for c in casualties}
    for c in casualties:
        if not c.conflicts:
            continue
        group = sorted({c.id, *c.conflicts})
        if tuple(group) in seen:
            continue
        seen.add(tuple(group))
        figures = sorted((by_id[i] for i in group if i in by_id), key=lambda x: x.count)
        counts = [f"{f.count:,}" for f in figures]
        listed = ", ".join(counts[:-1]) + f" and {counts[-1]}" if len(counts) > 1 else counts[0]
        out.append(OpenQuestion(text=f"How many {c.who} were {KIND_WORDS.get(c.kind, c.kind)}? "
                                     f"The reports give {listed}.",
                                sources=sources_of(figures), cue="figures differ", kind="disagreement"))
    return out


def merge(items: list[OpenQuestion], ctx: MergeContext) -> list[OpenQuestion]:
    items = fold(items, key_of=lambda q: q.kind) + figure_disagreements(ctx.merged.get("casualties", []))
    return sorted(items, key=text_order)
