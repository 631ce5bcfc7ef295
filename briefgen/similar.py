"""Near-duplicate blocking: which sentences, across many articles, say the same thing.

Sentences become sets of content words (lower-cased, crudely lemmatised, stop words out). Two sets
are compared with the set cosine (Ochiai) |a∩b| / sqrt(|a|·|b|): unlike Jaccard it forgives a long
sentence that repeats a short one with extra detail, unlike containment it does not let a two-word
fragment match everything.

Comparing every pair would cost n², so candidate pairs come from prefix filtering: order each set's
words rarest first (by how many sets hold them); two sets whose cosine reaches t must share a word
among the first |x| - ceil(t²·|x|) + 1 of each. Only those prefix words are indexed and probed, and
each probe looks at most `max_postings` earlier sets per word, so the work grows linearly with the
number of sentences even when a word is everywhere. The cap may miss a pair that shares only very
common words; union-find still joins duplicates through the chain of recent ones.
Everything is deterministic: no salted hashes, ties broken by index and word.
"""
from __future__ import annotations

import math
from functools import lru_cache
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Hashable, Iterable, Optional, Sequence, Union

from spacy.lang.en.stop_words import STOP_WORDS

WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*", re.UNICODE)
ASCII = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                       "\u2014": "-"})
EXTRA_STOP = {"said", "says", "say", "told", "tell", "according", "also", "would", "could", "mr", "mrs",
              "ms", "s", "t", "new", "like", "just", "year", "years", "time", "people"}
STOP = frozenset(w.lower() for w in STOP_WORDS) | frozenset(EXTRA_STOP)
CLITICS = {"s", "re", "ve", "ll", "d", "m"}
SUFFIXES = ("ies", "ied", "ing", "ed", "es", "s")

TextOrSet = Union[str, frozenset]


def lemma(word: str) -> str:
    """A crude, deterministic lemma so that "attacks", "attacked" and "attacking" meet."""
    if word.isdigit() or len(word) <= 4:
        return word
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                return stem + "y"
            if suffix == "s" and stem.endswith(("s", "u", "i")):  # "press", "virus", "analysis"
                return word
            if suffix in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                stem = stem[:-1]  # "stopped" → "stop"
            return stem
    return word


@lru_cache(maxsize=1 << 16)
def content_words(text: str) -> frozenset[str]:
    """The sentence's content words: lower-cased lemmas without stop words, numbers kept."""
    text = unicodedata.normalize("NFKC", text or "").translate(ASCII).lower()
    out = set()
    for word in WORD.findall(text):
        base, _, suffix = word.partition("'")
        if suffix == "t" and base.endswith("n"):  # "don't", "isn't": auxiliaries
            continue
        if suffix in CLITICS:  # "Trump's" → trump, "they're" → they
            word = base
        word = word.replace("'", "").replace(".", "")
        if not word or word in STOP or (len(word) < 2 and not word.isdigit()):
            continue
        out.add(lemma(word))
    return frozenset(out)


def as_set(x: TextOrSet) -> frozenset:
    return x if isinstance(x, frozenset) else content_words(x)


def similarity(a: TextOrSet, b: TextOrSet) -> float:
    """Set cosine of the two sentences' content words, in [0, 1]."""
    sa, sb = as_set(a), as_set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / math.sqrt(len(sa) * len(sb))


def containment(a: TextOrSet, b: TextOrSet) -> float:
    """Share of the smaller set found in the larger one."""
    sa, sb = as_set(a), as_set(b)
    small = min(len(sa), len(sb))
    return len(sa & sb) / small if small else 0.0


@dataclass
class Stats:
    """What the blocking did: how many pairs were actually compared (for scaling checks)."""

    comparisons: int = 0


def prefix_length(size: int, threshold: float) -> int:
    """How many of a set's rarest words two sets reaching `threshold` must share one of."""
    if size == 0:
        return 0
    t = min(max(threshold, 0.0), 1.0)
    return max(1, min(size, size - math.ceil(t * t * size - 1e-9) + 1))


def candidate_pairs(sets: Sequence[frozenset], threshold: float, max_postings: int = 40,
                    groups: Optional[Sequence[Hashable]] = None, apart: Optional[Sequence[Hashable]] = None,
                    stats: Optional[Stats] = None) -> list[tuple[int, int, float]]:
    """Pairs (i, j, similarity), i < j, whose similarity reaches `threshold`, found without n².

    `groups` is a blocking key: only sets of the same group are paired (e.g. the same speaker).
    `apart` labels sets never to pair with each other (e.g. sentences of the same article).
    """
    if groups is None:
        return _pairs(sets, range(len(sets)), threshold, max_postings, apart, stats)
    by_group: dict[Hashable, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        by_group[g].append(i)
    found: list[tuple[int, int, float]] = []
    for members in by_group.values():
        found.extend(_pairs(sets, members, threshold, max_postings, apart, stats))
    found.sort(key=lambda p: (p[0], p[1]))
    return found


def _pairs(sets: Sequence[frozenset], members: Iterable[int], threshold: float, max_postings: int,
           apart: Optional[Sequence[Hashable]], stats: Optional[Stats]) -> list[tuple[int, int, float]]:
    """Prefix filtering over the sets at `members` (ascending indices)."""
    members = list(members)
    df = Counter(w for j in members for w in sets[j])
    index: dict[str, list[int]] = defaultdict(list)
    found: list[tuple[int, int, float]] = []
    sizes = {j: len(sets[j]) for j in members}
    for j in members:
        s = sets[j]
        if not s:
            continue
        size_j = sizes[j]
        ordered = sorted(s, key=lambda w: (df[w], w))
        prefix = ordered[: prefix_length(len(ordered), threshold)]
        seen: set[int] = set()
        for w in prefix:
            for i in index[w][-max_postings:]:
                if i in seen:
                    continue
                seen.add(i)
                if apart is not None and apart[i] == apart[j]:
                    continue
                if stats is not None:
                    stats.comparisons += 1
                sim = len(sets[i] & s) / math.sqrt(sizes[i] * size_j)  # `similarity`, inlined: the hot loop
                if sim >= threshold:
                    found.append((i, j, sim))
        for w in prefix:
            index[w].append(j)
    found.sort(key=lambda p: (p[0], p[1]))
    return found


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the smallest index is the root: deterministic


def cluster_sets(sets: Sequence[frozenset], threshold: float, groups: Optional[Sequence[Hashable]] = None,
                 apart: Optional[Sequence[Hashable]] = None, stats: Optional[Stats] = None,
                 max_postings: int = 40) -> list[list[int]]:
    """Clusters (lists of indices, ascending) of sets linked by similarity >= threshold.

    Clusters come in the order of their first member; every index appears exactly once.
    """
    uf = UnionFind(len(sets))
    for i, j, _ in candidate_pairs(sets, threshold, max_postings=max_postings, groups=groups,
                                   apart=apart, stats=stats):
        uf.union(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(sets)):
        members[uf.find(i)].append(i)
    return [members[root] for root in sorted(members)]


def clusters(texts: Iterable[str], threshold: float = 0.5, groups: Optional[Sequence[Hashable]] = None,
             apart: Optional[Sequence[Hashable]] = None, stats: Optional[Stats] = None) -> list[list[int]]:
    """Clusters of texts that say much the same thing (see `cluster_sets`, `candidate_pairs`)."""
    return cluster_sets([content_words(t) for t in texts], threshold, groups=groups, apart=apart, stats=stats)


def leader_clusters(sets: Sequence[frozenset], threshold: float, order: Optional[Sequence[int]] = None,
                    apart: Optional[Sequence[Hashable]] = None, stats: Optional[Stats] = None,
                    max_postings: int = 40) -> list[list[int]]:
    """Clusters without chaining: each leader (in `order`, e.g. best first) takes the still free sets
    that are similar to it directly, most similar first, and at most one per `apart` label.

    Unlike union-find, A~B and B~C does not put A with C, so a story's shared vocabulary cannot
    snowball into one cluster. Each cluster lists its leader first, then the others by index.
    """
    n = len(sets)
    order = list(range(n)) if order is None else list(order)
    near: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for i, j, sim in candidate_pairs(sets, threshold, max_postings=max_postings, apart=apart, stats=stats):
        near[i].append((-sim, j))
        near[j].append((-sim, i))
    taken = [False] * n
    out: list[list[int]] = []
    for lead in order:
        if taken[lead]:
            continue
        taken[lead] = True
        members, labels = [], {apart[lead]} if apart is not None else set()
        for _, k in sorted(near[lead]):
            if taken[k] or (apart is not None and apart[k] in labels):
                continue
            taken[k] = True
            members.append(k)
            if apart is not None:
                labels.add(apart[k])
        out.append([lead] + sorted(members))
    return out
