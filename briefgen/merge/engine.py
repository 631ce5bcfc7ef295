"""Across articles: one fact, many sources; figures that disagree are kept side by side.

Actors are folded first (merge/actors.py), so that "Trump" in one article and "Donald Trump" in
another are one speaker; then each registered section merges its items (its own `merge.py`), ids are
made in one place (merge/ids.py), and each section's list comes out in the order the briefing shows it.
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping, Optional, Sequence

from briefgen.extract.article import ArticleFacts
from briefgen.facts import Article, Facts, Skipped
from briefgen.items import shown as shown_items
from briefgen.merge.actors import merge_actor_lists
from briefgen.merge.ids import assign_ids, sentence_key
from briefgen.merge.story import bottom_line, headline_like, story_title
from briefgen.merge.story_lexicon import DEFAULT_TITLE, HEADLINE_START
from briefgen.merge.told import point_to_told
from briefgen.sections import Section, extracted_sections
from briefgen.sections.base import MergeContext
from briefgen import similar
from briefgen.sections.developments.repeats import fold_statement, restated_statement, story_words
from briefgen.sections.developments.lexicon import (ASKED_COVER, KEPT, LEADING, PLAIN_STANCE, REPEAT_COVER, REPEAT_MOST, REPEAT_OF,
                                                   QUOTED_SPAN, REPEAT_QUOTED, SHOWN)

__all__ = ["carry_ids", "merge", "merge_order"]

WORD = re.compile(r"\w+")


def merge_order(sections: Sequence[Section]) -> list[Section]:
    """Sections in registry order, each after the sections it `needs`."""
    done: list[Section] = []
    pending = list(sections)
    while pending:
        names = {s.name for s in done}
        ready = [s for s in pending if all(n in names or n not in {p.name for p in sections} for n in s.needs)]
        if not ready:  # a cycle: take them as listed
            ready = pending[:1]
        for s in ready:
            done.append(s)
            pending.remove(s)
    return done


def merge(results: Iterable[ArticleFacts], skipped: Sequence[Skipped] = (), title: Optional[str] = None,
          date: str = "", development_limit: int = KEPT, order: Optional[Sequence[str]] = None,
          shown: Optional[Mapping[str, int]] = None) -> Facts:
    """One facts file from every article's facts. `title` None or the config's default ("Briefing") means a
    title made from the story (merge/story.py); any other title is kept as given. `order` and `shown`: the
    briefing's sections in order and how many items each shows (default: every section, SHOWN each), for the
    items that point to what another section shows (merge/told.py)."""
    results = list(results)
    actors, rename = merge_actor_lists(r.actors for r in results)
    articles: list[Article] = [r.article for r in results]
    ctx = MergeContext(published={a.id: a.published or "" for a in articles}, rename=rename,
                       options={"development_limit": development_limit})
    sections = extracted_sections()
    kept = None
    for section in merge_order(sections):
        items = [item for r in results for item in getattr(r, section.name)]
        if section.merge is not None:
            items = section.merge(items, ctx)
        items = assign_ids(items, section.prefix or section.name)
        if section.finish is not None:
            items = section.finish(items, ctx)
        ctx.merged[section.name] = items
        if kept is None and all(n in ctx.merged for n in ("developments", *REPEAT_OF, *REPEAT_QUOTED)):
            kept = shown_developments(ctx)
    if kept is None:  # a section drop_repeats reads is not registered
        kept = shown_developments(ctx)
    if not title or title == DEFAULT_TITLE:  # made before the printed headlines go: they are its material
        title = story_title(articles, kept, actors) or DEFAULT_TITLE
    order = [s.name for s in sections] if order is None else list(order)
    shown = shown if shown is not None else {name: SHOWN for name in order}
    developments = ctx.merged["developments"] = not_asked(
        ctx.shown_developments, shown_items(ctx.merged.get("open_questions") or [], shown.get("open_questions", SHOWN)))
    point_to_told(ctx.merged, order, shown)
    return Facts(title=title, bottom_line=bottom_line(developments), date=date, articles=articles,
                 actors=actors, **{s.name: ctx.merged[s.name] for s in sections}, skipped=list(skipped))


def shown_developments(ctx: MergeContext) -> list:
    """The merged developments without those a shown position or quote says again (drop_repeats), which the title
    is made from; and, without printed headlines too, set as `ctx.shown_developments` for the sections merged after
    (open questions compare with what the briefing shows)."""
    kept = drop_repeats(ctx.merged.get("developments", []), ctx.merged)
    ctx.shown_developments = [d for d in kept if not printed_headline(d)]
    return kept


def not_asked(developments: list, questions: Sequence) -> list:
    """The developments without those past the first LEADING whose sentence a shown open question asks about
    and most of whose words (ASKED_COVER) the question gives ("Anti-TPP activists said they fear Obama ... will make
    a deal ..." beside "Unclear: whether Obama ... will make a deal ..."): judges read the two as one item said twice
    (rounds 16-17, DUP), and the question says what an analyst lists — it is open. A question that says only what is
    open ("Will anyone be charged?" beside "No one has been charged ...") leaves the development its facts. The open
    questions were worded against the developments shown before this."""
    asked: dict[tuple, list[frozenset]] = {}
    for q in questions:
        for s in q.sources:
            asked.setdefault(sentence_key(s.article, s.sentence), []).append(similar.content_words(q.text))
    if not asked:
        return developments

    def told_by_question(d) -> bool:
        words = similar.content_words(d.text)
        return bool(words) and any(len(words & q) >= ASKED_COVER * len(words)
                                   for s in d.sources for q in asked.get(sentence_key(s.article, s.sentence), ()))
    return [d for n, d in enumerate(developments) if n < LEADING or not told_by_question(d)]


def printed_headline(item) -> bool:
    """An article's headline printed as its first line with a full stop ("Sanders: Brexit's message could draw
    Trump support in US."): material for the title, not a development; the title is made before it goes."""
    src = item.sources[0] if item.sources else None
    return src is not None and src.start < HEADLINE_START and headline_like(item.text.rstrip(" ."))


def drop_repeats(developments: list, merged: dict[str, list], others: Sequence[str] = REPEAT_OF,
                 quoted: Sequence[str] = REPEAT_QUOTED) -> list:
    """Developments without the ones that only say again what a shown position or quote says.

    A development repeats a position with a stance (wants, rejects, offers, ...) when it cites the position's
    source sentence and nearly all its content words (REPEAT_COVER) are in the position's text; it repeats a
    shown quote, or a position that only states ("X insists ..."), when it cites its sentence and most of its
    content words (more than REPEAT_MOST) are in its text: the quote's words with a speaker's tail, the statement
    with a connective. The first LEADING developments stay: they are the story's main events, which the briefing
    states first even when a party's stance or a quotation states them too. Past them, a development that tells a
    shown development's statement again in other words (repeats.restated_statement: one speaker, one thing stated,
    "air support" / "air power") folds into it, the fuller text kept (repeats.fold_statement).
    """
    by_sentence: dict[tuple, list] = {}

    def add(item, share: str) -> None:
        for s in item.sources:
            by_sentence.setdefault(sentence_key(s.article, s.sentence), []).append((item, share))

    for name in others:
        for item in shown_items(merged.get(name) or [], SHOWN):
            plain = getattr(item, "stance", None) == PLAIN_STANCE
            add(item, "most" if plain else "nearly all")
    for name in quoted:
        for item in shown_items(merged.get(name) or [], SHOWN):
            add(item, "quoted")
    common = story_words([d.text for d in developments])
    out = []
    for n, dev in enumerate(developments):
        words = similar.content_words(dev.text)
        if n >= LEADING and words and any(
                repeats(dev.text, words, item.text, share)
                for s in dev.sources for item, share in by_sentence.get(sentence_key(s.article, s.sentence), ())):
            continue
        # a shown party's statement told again in other words: folded into it, the fuller text kept
        again = next((k for k, kept in enumerate(out[:SHOWN]) if restated_statement(dev.text, kept.text, common)),
                     None) if n >= LEADING else None
        if again is not None:
            out[again] = fold_statement(out[again], dev)
            continue
        out.append(dev)
    return out


def repeats(text: str, words: frozenset, other: str, share: str) -> bool:
    """A development's `text` (content `words`) says `other` again: "nearly all" its content words in `other`
    (REPEAT_COVER), "most" of them (more than REPEAT_MOST), or "quoted": REPEAT_MOST of its words inside
    quotation marks, and nearly all of those in `other`."""
    if share == "quoted":
        inner = " ".join(QUOTED_SPAN.findall(text))
        inner_words = similar.content_words(inner)
        return (len(WORD.findall(inner)) >= REPEAT_MOST * len(WORD.findall(text)) and bool(inner_words)
                and len(inner_words & similar.content_words(other)) >= REPEAT_COVER * len(inner_words))
    inside = len(words & similar.content_words(other))
    return inside >= REPEAT_COVER * len(words) if share == "nearly all" else inside > REPEAT_MOST * len(words)


def carry_ids(old: Optional[Facts], new: Facts) -> Facts:
    """Keep each fact's id from the last run while one of its source sentences is still cited.

    Merging picks a lead wording for a fact reported by several articles; a new article can bring a
    wording that sorts first, which would give the fact a new id and orphan an analyst's override.
    Sentences are matched by their normalised text, never by offsets, which move when an article grows.
    """
    if old is None:
        return new
    for section in extracted_sections():
        before: dict[tuple, str] = {}
        for item in getattr(old, section.name):
            for s in item.sources:
                before.setdefault(sentence_key(s.article, s.sentence), item.id)
        items = getattr(new, section.name)
        fresh = {item.id for item in items}
        taken: set[str] = set()
        renamed: dict[str, str] = {}
        for item in items:
            for s in item.sources:
                old_id = before.get(sentence_key(s.article, s.sentence))
                if old_id and old_id not in taken and (old_id == item.id or old_id not in fresh):
                    renamed[item.id] = old_id
                    item.id = old_id
                    break
            taken.add(item.id)
        if renamed:
            for item in items:
                if hasattr(item, "conflicts"):
                    item.conflicts = sorted(renamed.get(c, c) for c in item.conflicts)
    return new
