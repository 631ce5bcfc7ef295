"""Open questions across articles: the same point once, and a question for every figure the reports dispute."""
from __future__ import annotations

from briefgen.merge.fold import fold, sources_of, text_order
from briefgen.sections.base import MergeContext
from briefgen.sections.casualties.lexicon import KIND_WORDS
from briefgen.sections.casualties.model import Casualty
from briefgen.sections.open_questions.model import OpenQuestion


def figure_disagreements(casualties: list[Casualty]) -> list[OpenQuestion]:
    """One unresolved point per kind of figure on which the articles disagree (see casualties' merge:
    same kind and group, ranges that cannot both be right), citing every disputed figure of that kind."""
    by_id = {c.id: c for c in casualties}
    by_kind: dict[str, list[Casualty]] = {}
    for c in casualties:
        if c.conflicts:
            group = by_kind.setdefault(c.kind, [])
            for f in [c] + [by_id[i] for i in c.conflicts if i in by_id]:
                if all(f is not g for g in group):
                    group.append(f)
    out = []
    for kind, group in by_kind.items():
        figures = sorted(group, key=lambda x: (x.count, x.id))
        counts = list(dict.fromkeys(f"{f.count:,}" for f in figures))
        listed = ", ".join(counts[:-1]) + f" and {counts[-1]}" if len(counts) > 1 else counts[0]
        whos = {f.who for f in figures}
        who = whos.pop() if len(whos) == 1 else "people"
        out.append(OpenQuestion(text=f"How many {who} were {KIND_WORDS.get(kind, kind)}? "
                                     f"The reports give {listed}.",
                                sources=sources_of(figures), cue="figures differ", kind="disagreement"))
    return out


def merge(items: list[OpenQuestion], ctx: MergeContext) -> list[OpenQuestion]:
    items = fold(items, key_of=lambda q: q.kind) + figure_disagreements(ctx.merged.get("casualties", []))
    return sorted(items, key=text_order)
