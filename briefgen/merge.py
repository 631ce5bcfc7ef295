"""Across articles: one fact, many sources; figures that disagree are kept side by side.

Actors are folded first, so that "Trump" in one article and "Donald Trump" in another are one
speaker; then each section's items are clustered (the same quote, statement or question reported
by several articles becomes one item citing all of them) and given stable ids.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Optional, Sequence, TypeVar

from briefgen.extract import ArticleFacts, developments
from briefgen.extract.actors import merge_actor_lists
from briefgen.facts import (Article, Casualty, Facts, Item, OpenQuestion, Position, Quote, Skipped, Source,
                            item_id)
from briefgen.similar import clusters

T = TypeVar("T", bound=Item)
PREFIX = {"developments": "dev", "positions": "pos", "quotes": "quo", "open_questions": "opq", "casualties": "cas"}
SIMILAR = 0.6  # share of content words two reports must have in common to be the same fact
SAME_REPORT = 0.5  # the same, for whole source sentences from different articles (paraphrased reports)
DEVELOPMENTS_KEPT = 50  # the facts file keeps this many ranked developments; the briefing shows fewer


def _sources(members: Sequence[Item]) -> list[Source]:
    seen, out = set(), []
    for m in members:
        for s in m.sources:
            key = (s.article, s.start, s.end)
            if key not in seen:
                seen.add(key)
                out.append(s)
    return out


def _fold(items: list[T], key_of, text_of=lambda i: i.text, threshold: float = SIMILAR) -> list[T]:
    """One item per cluster of items with the same key and much the same text; the first keeps its text."""
    if not items:
        return []
    groups = [key_of(i) for i in items]
    out = []
    for members in clusters([text_of(i) for i in items], threshold, groups=groups):
        group = [items[i] for i in members]
        lead = group[max(range(len(group)), key=lambda k: (len(group[k].text), -k))]  # the fullest wording
        out.append(lead.model_copy(update={"sources": _sources([lead] + [g for g in group if g is not lead])}))
    return out


def _fold_reports(items: list[T], key_of, threshold: float = SAME_REPORT) -> list[T]:
    """Different articles reporting the same statement in other words: their sentences say much the same,
    the key (actor and stance) is the same, and each article contributes at most one item."""
    if not items:
        return []
    out: list[T] = []
    for members in clusters([i.sources[0].sentence for i in items], threshold, groups=[key_of(i) for i in items]):
        groups: list[list[T]] = []
        for item in (items[m] for m in members):
            arts = {s.article for s in item.sources}
            home = next((g for g in groups if not arts & {s.article for x in g for s in x.sources}), None)
            if home is None:
                groups.append([item])
            else:
                home.append(item)
        for group in groups:
            lead = group[0]
            out.append(lead.model_copy(update={"sources": _sources(group)}))
    return out


def _assign_ids(items: list[T], prefix: str) -> list[T]:
    used: set[str] = set()
    for item in items:
        if item.id:
            used.add(item.id)
            continue
        first = item.sources[0]
        new = item_id(prefix, first.sentence, item.text)
        n = 2
        while new in used:
            new, n = item_id(prefix, first.sentence, item.text, str(n)), n + 1
        used.add(new)
        item.id = new
    return items


def _recency(item: Item, published: dict[str, str]) -> str:
    return max((published.get(s.article) or "" for s in item.sources), default="")


def merge_casualties(items: list[Casualty], published: dict[str, str]) -> list[Casualty]:
    """Equal figures merge; differing figures of one kind from different articles point at each other."""
    by_figure: dict[tuple, list[Casualty]] = defaultdict(list)
    for c in items:
        by_figure[(c.kind, c.who, c.count, c.qualifier)].append(c)
    merged = []
    for group in by_figure.values():
        lead = group[0]
        merged.append(lead.model_copy(update={"sources": _sources(group)}))
    merged = _assign_ids(merged, PREFIX["casualties"])
    by_kind: dict[tuple, list[Casualty]] = defaultdict(list)
    for c in merged:
        by_kind[(c.kind, c.who)].append(c)
    for group in by_kind.values():
        for c in group:
            mine = {s.article for s in c.sources}
            c.conflicts = sorted(o.id for o in group if o is not c and o.count != c.count
                                 and {s.article for s in o.sources} - mine)
    # Most recent first, then the best corroborated, then the largest figure.
    merged.sort(key=lambda c: (c.kind, c.who, _neg(_recency(c, published)), -len({s.article for s in c.sources}),
                               -c.count, c.id))
    return merged


KIND_WORDS = {"killed": "killed", "wounded": "wounded", "killed_or_wounded": "killed or wounded",
              "missing": "missing", "displaced": "displaced", "detained": "detained", "affected": "affected"}


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
        who = c.who if c.who != "people" else "people"
        out.append(OpenQuestion(text=f"How many {who} were {KIND_WORDS.get(c.kind, c.kind)}? "
                                     f"The reports give {listed}.",
                                sources=_sources(figures), cue="figures differ", kind="disagreement"))
    return out


def _neg(text: str) -> tuple:
    return tuple(-ord(ch) for ch in text)


def merge(results: Iterable[ArticleFacts], skipped: Sequence[Skipped] = (), title: str = "Briefing",
          date: str = "", development_limit: int = DEVELOPMENTS_KEPT) -> Facts:
    results = list(results)
    actors, rename = merge_actor_lists(r.actors for r in results)
    articles: list[Article] = [r.article for r in results]
    published = {a.id: a.published or "" for a in articles}

    positions = [p.model_copy(update={"actor": rename.get(p.actor, p.actor)}) for r in results for p in r.positions]
    quotes = [q.model_copy(update={"speaker": rename.get(q.speaker, q.speaker)}) for r in results for q in r.quotes]
    questions = [q for r in results for q in r.open_questions]
    casualties = [c for r in results for c in r.casualties]

    positions = _fold_reports(_fold(positions, key_of=lambda p: p.actor), key_of=lambda p: (p.actor, p.stance))
    quotes = _fold(quotes, key_of=lambda q: q.speaker)
    questions = _fold(questions, key_of=lambda q: q.kind)
    devs = developments.rank([d for r in results for d in r.developments], limit=development_limit)

    figures = merge_casualties(casualties, published)
    questions += figure_disagreements(figures)
    return Facts(
        title=title,
        date=date,
        articles=articles,
        actors=actors,
        developments=_assign_ids(devs, PREFIX["developments"]),
        positions=_assign_ids(sorted(positions, key=lambda p: (p.actor, p.sources[0].article, p.sources[0].start)),
                              PREFIX["positions"]),
        quotes=_assign_ids(sorted(quotes, key=lambda q: (q.sources[0].article, q.sources[0].start)), PREFIX["quotes"]),
        open_questions=_assign_ids(sorted(questions, key=lambda q: (q.sources[0].article, q.sources[0].start)),
                                   PREFIX["open_questions"]),
        casualties=figures,
        skipped=list(skipped),
    )


def carry_ids(old: Optional[Facts], new: Facts) -> Facts:
    """Keep each fact's id from the last run while one of its source sentences is still cited.

    Merging picks a lead wording for a fact reported by several articles; a new article can bring a
    wording that sorts first, which would give the fact a new id and orphan an analyst's override.
    """
    if old is None:
        return new
    for section in PREFIX:
        before: dict[tuple, str] = {}
        for item in getattr(old, section):
            for s in item.sources:
                before.setdefault((s.article, s.start, s.end, s.sentence), item.id)
        items = getattr(new, section)
        fresh = {item.id for item in items}
        taken: set[str] = set()
        renamed: dict[str, str] = {}
        for item in items:
            for s in item.sources:
                old_id = before.get((s.article, s.start, s.end, s.sentence))
                if old_id and old_id not in taken and (old_id == item.id or old_id not in fresh):
                    renamed[item.id] = old_id
                    item.id = old_id
                    break
            taken.add(item.id)
        if section == "casualties" and renamed:
            for item in items:
                item.conflicts = sorted(renamed.get(c, c) for c in item.conflicts)
    return new
