"""Key developments across articles: one item per event, most salient and corroborated first.

Candidates reporting the same event are clustered (`briefgen.similar`) into one item citing every
article, and items are picked greedily by score, corroboration and novelty (an MMR penalty keeps the
same event from appearing twice).
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Optional

from briefgen import similar
from briefgen.items import Source
from briefgen.sections.developments.lexicon import (
    CANDIDATE_BUDGET,
    CLUSTER_THRESHOLD,
    DEFAULT_LIMIT,
    MAX_PER_ARTICLE,
    MIN_PER_ARTICLE,
    REDUNDANCY,
    WEIGHTS,
)
from briefgen.sections.developments.model import Development


def article_of(item: Development) -> str:
    return item.sources[0].article if item.sources else ""


def merge_cluster(members: list[Development], shared: Counter) -> Development:
    """One item for a cluster: the best sentence of each article, the best one's text."""
    best_of: dict[str, Development] = {}
    for it in sorted(members, key=lambda m: (-m.score, m.text)):
        best_of.setdefault(article_of(it), it)
    ordered = sorted(best_of.values(), key=lambda m: (-m.score, m.text))
    head = ordered[0]
    sources: list[Source] = []
    for it in ordered:
        sources.extend(it.sources[:1])
    support = len(best_of)
    words = similar.content_words(head.text)
    spread = (sum(min(shared[w], 4) - 1 for w in words if shared[w] > 1) / math.sqrt(len(words))
              if words else 0.0)
    score = head.score + WEIGHTS["support"] * (support - 1) + WEIGHTS["spread"] * min(spread, 3.0)
    return Development(text=head.text, sources=sources, score=round(score, 4), support=support)


def _best_per_article(items: list[Development]) -> list[Development]:
    """Few articles keep all their candidates; many keep their best few (never under MIN_PER_ARTICLE),
    so ranking a thousand articles costs about what a few hundred would. `items` come sorted by article, best first."""
    n_articles = len({article_of(it) for it in items})
    keep = max(MIN_PER_ARTICLE, min(MAX_PER_ARTICLE, CANDIDATE_BUDGET // max(n_articles, 1)))
    out, seen = [], Counter()
    for it in items:
        art = article_of(it)
        if seen[art] < keep:
            seen[art] += 1
            out.append(it)
    return out


def rank(items: list[Development], limit: Optional[int] = None) -> list[Development]:
    """All articles' candidates in, one item per event out, most salient and corroborated first.

    `limit` None means DEFAULT_LIMIT; 0 or less means no limit.
    """
    items = [it for it in items if it.text and it.sources]
    if not items:
        return []
    items = sorted(items, key=lambda m: (article_of(m), -m.score, m.text))
    items = _best_per_article(items)
    texts = [it.text for it in items]
    sets = [similar.content_words(t) for t in texts]
    groups = [article_of(it) for it in items]
    n_articles = len(set(groups))
    # words found in several articles' candidates: what the story as a whole is about
    per_article: dict = defaultdict(set)
    for words, group in zip(sets, groups):
        per_article[group] |= words
    shared: Counter = Counter(w for words in per_article.values() for w in words)
    if n_articles < 2:
        shared = Counter()
    order = sorted(range(len(items)), key=lambda i: (-items[i].score, items[i].text, i))
    merged = [merge_cluster([items[i] for i in members], shared)
              for members in similar.leader_clusters(sets, CLUSTER_THRESHOLD, order=order, apart=groups)]
    merged.sort(key=lambda m: (-m.score, m.text))
    cap = DEFAULT_LIMIT if limit is None else (limit if limit > 0 else len(merged))
    return select(merged, cap)


def select(pool: list[Development], cap: int) -> list[Development]:
    """Greedy MMR: the best item first, then the best of what is not already said.

    Each candidate keeps its largest overlap with what was chosen so far, updated against the newest
    choice only, so a round costs one comparison per candidate.
    """
    chosen: list[Development] = []
    sets = [similar.content_words(m.text) for m in pool]
    overlap = [0.0] * len(pool)
    alive = list(range(len(pool)))
    while alive and len(chosen) < cap:
        best, best_val = None, -math.inf
        for i in alive:
            val = pool[i].score - WEIGHTS["redundancy"] * overlap[i]
            if val > best_val + 1e-12:
                best, best_val = i, val
        if best is None:
            break
        chosen.append(pool[best])
        alive = [i for i in alive if i != best]
        for i in alive:
            overlap[i] = max(overlap[i], similar.similarity(sets[i], sets[best]))
        alive = [i for i in alive if overlap[i] < REDUNDANCY]
    return chosen
