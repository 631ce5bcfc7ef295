"""Whether candidate sentences of several articles report one event: clustered candidates split by time,
figures, words said and predicate (the cross-article merge of key developments), and one item per event."""
from __future__ import annotations

import math
from collections import Counter
from typing import Optional, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from briefgen import similar
from briefgen.items import Source
from briefgen.sections.developments.lexicon import (
    FIGURE,
    FIGURE_SKIP,
    GROUP_OF,
    INTENT,
    NUMBER_WORDS,
    SAME_STATEMENT,
    SIZED_GROUP,
    TALLY_KINDS,
    WEEKDAYS,
    WEIGHTS,
    YEAR,
)
from briefgen.sections.developments.model import Development, article_of


def merge_cluster(members: list[Development], shared: Counter, agreement: Optional[int] = None) -> Development:
    """One item for a cluster: the best sentence of each article, the best one's text. `agreement`, when given,
    is how many articles report the event (more than cite the statement): what the score counts."""
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
    score = head.score + WEIGHTS["support"] * (max(support, agreement or 0) - 1) + WEIGHTS["spread"] * min(spread, 3.0)
    return Development(text=head.text, sources=sources, score=round(score, 4), support=support,
                       predicates=sorted({p for it in ordered for p in it.predicates}))


def time_marks(text: str) -> tuple[frozenset, frozenset]:
    """The years and the weekdays a sentence names: what tells one event from an earlier one."""
    return (frozenset(YEAR.findall(text)), frozenset(d.lower() for d in WEEKDAYS.findall(text)))


def same_time(a: str, b: str) -> bool:
    """Whether two reports can be of the same event: no different year ("the 2009 shooting" is not the
    2014 one), and no different weekday when both name one."""
    (ya, da), (yb, db) = time_marks(a), time_marks(b)
    if ya != yb and (ya or yb):
        return False
    return not (da and db and not da & db)


def figures(text: str) -> dict[str, frozenset]:
    """What the sentence counts and by how much: {"year": {40}, "injured": {8}} from "faces up to 40 years"
    and "eight other people injured"; a group's size too: {"delegation": {550}} from "a 550-member delegation"."""
    out: dict[str, set] = {}
    for m in FIGURE.finditer(text):
        raw = m.group(1).lower().replace(",", "")
        value = NUMBER_WORDS.get(raw)
        if value is None:
            try:
                value = float(raw)
            except ValueError:
                continue
        words = [w for w in m.group(2).lower().split() if w not in FIGURE_SKIP]
        # the kind of tally it is, where a word of it says so ("four other overnight incidents": incidents)
        kind = next((TALLY_KINDS[similar.lemma(w)] for w in words[:2] if similar.lemma(w) in TALLY_KINDS), None)
        noun = words[0] if words else None
        if kind is None and (noun is None or len(noun) < 3 or noun in STOP_WORDS):
            continue
        out.setdefault(kind or similar.lemma(noun), set()).add(value)
    # a group's size: "a 550-member delegation", "a delegation of more than 400"
    for value, noun in ([(m.group(1), m.group(2)) for m in SIZED_GROUP.finditer(text)]
                        + [(m.group(2), m.group(1)) for m in GROUP_OF.finditer(text)]):
        noun = noun.lower()
        if noun in STOP_WORDS or noun in FIGURE_SKIP:
            continue
        out.setdefault(similar.lemma(noun), set()).add(float(value.replace(",", "")))
    return {k: frozenset(v) for k, v in out.items()}


def same_figures(a: str, b: str) -> bool:
    """Whether two reports can be one fact by their figures: nothing both count with figures that differ, and
    not two different tallies (different_tallies)."""
    fa, fb = figures(a), figures(b)
    if not all(fa[k] & fb[k] for k in fa.keys() & fb.keys()):
        return False
    return not different_tallies(fa, fb)


def different_tallies(fa: dict[str, frozenset], fb: dict[str, frozenset]) -> bool:
    """Whether two sentences' figures are two tallies: each counts a kind (lexicon.TALLY_KINDS: the dead, the
    injured, the incidents) the other does not ("two dead and eight injured" and "four other incidents left eight
    wounded": a subset of the night's shootings, not the same count)."""
    kinds = set(TALLY_KINDS.values())
    ka, kb = fa.keys() & kinds, fb.keys() & kinds
    return bool(ka - kb) and bool(kb - ka)


def intents(text: str) -> frozenset:
    """What the sentence's decisions or promises are to do, as lemmas ("agreed Monday to work together" -> "work")."""
    return frozenset(similar.lemma(m.group(1).lower()) for m in INTENT.finditer(text)
                     if m.group(1).lower() not in STOP_WORDS)


def same_intent(a: str, b: str) -> bool:
    """Whether two reports can be one decision: not when each tells a decision to do something and none of the
    one's is the other's ("agreed to return the tail" and "agreed to work together against ...")."""
    ia, ib = intents(a), intents(b)
    return not (ia and ib and not ia & ib)


def rarity(sets: Sequence[frozenset]) -> dict[str, float]:
    """Each word's inverse sentence frequency over all candidates, log(N / df): the story's own vocabulary
    ("police", "shooting", the town) weighs little, what tells one statement from another much."""
    df: Counter = Counter(w for words in sets for w in words)
    n = max(len(sets), 1)
    return {w: math.log((n + 1) / c) for w, c in df.items()}


def same_statement(a: frozenset, b: frozenset, weight: dict[str, float]) -> bool:
    """Whether two similar sentences say the same thing: their shared words, weighted by rarity, make up
    SAME_STATEMENT of both (a cosine), so that sharing only the story's vocabulary ("police", "the girl",
    "Detroit") does not make "the girl was looking down the barrel" and "the girl has been identified" one."""
    if not a or not b:
        return False
    wa = sum(weight.get(w, 0.0) ** 2 for w in a)
    wb = sum(weight.get(w, 0.0) ** 2 for w in b)
    both = sum(weight.get(w, 0.0) ** 2 for w in a & b)
    return bool(wa and wb) and both / math.sqrt(wa * wb) >= SAME_STATEMENT


def same_predicate(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two reports say the same thing happened: they share a predicate (extract.predicates), or one of
    them has none known. "Five people were shot" and "Shots rang out" do not; nor "was booked" and "is charged"."""
    return not a or not b or bool(set(a) & set(b))


def split_times(members: list[int], texts: list[str], sets: Optional[Sequence[frozenset]] = None,
                weight: Optional[dict[str, float]] = None,
                preds: Optional[Sequence[Sequence[str]]] = None) -> list[list[int]]:
    """A cluster split wherever a member's time, figures or decision (same_intent) are not its leader's, or (given the word sets and
    their weights) it does not say the same thing as the leader: each such member leads its own group.
    Given the predicates, a member that shares a leader's words but not its predicate says something else (the
    same person's other remark, another step of the case) and leads its own group: no false "reported by"."""
    groups: list[list[int]] = []
    for m in members:
        home = next((g for g in groups if same_time(texts[g[0]], texts[m]) and same_figures(texts[g[0]], texts[m])
                     and same_intent(texts[g[0]], texts[m])
                     and (sets is None or weight is None or same_statement(sets[g[0]], sets[m], weight))
                     and (preds is None or same_predicate(preds[g[0]], preds[m]))),
                    None)
        if home is None:
            groups.append([m])
        else:
            home.append(m)
    return groups
