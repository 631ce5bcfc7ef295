"""Open questions across articles: the same point once, and a question for every figure the reports dispute."""
from __future__ import annotations

import re

from briefgen.merge.fold import fold, sources_of, text_order
from briefgen.sections.base import MergeContext
from briefgen.sections.casualties.lexicon import KIND_WORDS
from briefgen.sections.casualties.model import Casualty
from briefgen.sections.open_questions.lexicon import ANSWERS, HEDGED, WH_WORDS
from briefgen.sections.open_questions.model import OpenQuestion

_ANSWERS = {topic: (re.compile(raised, re.IGNORECASE), re.compile(settled)) for topic, (raised, settled) in ANSWERS.items()}
_HEDGED = re.compile(HEDGED, re.IGNORECASE)


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


def article_order(ctx: MergeContext) -> dict[str, int]:
    """Each article's place in time: by published date where known, else file order."""
    arts = list(ctx.published)
    ranked = sorted(range(len(arts)), key=lambda k: (ctx.published[arts[k]] or "", k))
    return {arts[k]: n for n, k in enumerate(ranked)}


def answered(question: OpenQuestion, statements: list, order: dict[str, int]) -> bool:
    """Whether a later article settles the question's point: "condition unknown" → "found dead", "not
    identified" → "identified as ...", "at large" → "was arrested"."""
    asked = max((order.get(s.article, -1) for s in question.sources), default=-1)
    topics = [t for t, (raised, _) in _ANSWERS.items() if raised.search(question.text)]
    for item in statements:
        src = item.sources[0] if item.sources else None
        if src is None or order.get(src.article, -1) <= asked:
            continue
        for topic in topics:
            for sentence in {item.text, *(s.sentence for s in item.sources if s.article == src.article)}:
                hit = _ANSWERS[topic][1].search(sentence)
                if hit and not _HEDGED.search(sentence[:hit.end()][-80:]):
                    return True
    return False


def as_question(item: OpenQuestion) -> OpenQuestion:
    """Written as an analyst lists an unknown: a capital first letter, and "Unclear: whether ..." for an
    indirect question left without its governing words."""
    text = item.text.strip()
    first = text.split()[0].lower() if text else ""
    if item.kind == "hedge" and (first == "whether" or first in WH_WORDS) and not text.endswith("?"):
        text = f"Unclear: {text}"
    elif text[:1].islower():
        text = text[:1].upper() + text[1:]
    return item if text == item.text else item.model_copy(update={"text": text})


def merge(items: list[OpenQuestion], ctx: MergeContext) -> list[OpenQuestion]:
    items = fold(items, key_of=lambda q: q.kind)
    order = article_order(ctx)
    statements = ctx.merged.get("developments", [])
    items = [as_question(q) for q in items if q.kind != "hedge" or not answered(q, statements, order)]
    items += figure_disagreements(ctx.merged.get("casualties", []))
    return sorted(items, key=text_order)
