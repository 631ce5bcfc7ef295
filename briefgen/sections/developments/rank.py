"""Key developments across articles: one item per event, most salient and corroborated first.

Candidates reporting the same event are clustered (`briefgen.similar`) into one item citing every
article, and items are picked greedily by score, corroboration and novelty (an MMR penalty keeps the
same event from appearing twice).
"""
from __future__ import annotations

import datetime
import math
import re
from collections import Counter, defaultdict
from typing import Optional, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from briefgen import similar
from briefgen.items import Source
from briefgen.sections.developments.lexicon import (
    ANALYSIS,
    CANDIDATE_BUDGET,
    CUSTODY,
    CLUSTER_THRESHOLD,
    DATE_OPENING,
    COVERED,
    DEFAULT_LIMIT,
    EARLIER_DAYS,
    FLOOR,
    FIGURE,
    FIGURE_SKIP,
    FUTURE,
    GROUP_OF,
    HELD_THEN,
    HISTORY,
    IDENTIFIED_BARE,
    LATEST_LEAD,
    LEAD_SENTENCES,
    MACHINERY,
    MAX_PER_ARTICLE,
    MIN_PER_ARTICLE,
    MONTH_DAY,
    MONTHS,
    NAMED_AS,
    NEIGHBOURS,
    NUMBER_WORDS,
    RECOLLECTION,
    REDUNDANCY,
    SAME_STATEMENT,
    SIZED_GROUP,
    UNION_COVERED,
    UNION_MIN,
    STATUS,
    UNNAMED_SUBJECT,
    WEEKDAYS,
    WEIGHTS,
    WEIGHTS_RANK,
    YEAR,
)
from briefgen.sections.developments.model import Development


def article_of(item: Development) -> str:
    return item.sources[0].article if item.sources else ""


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
    return Development(text=head.text, sources=sources, score=round(score, 4), support=support)


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
        noun = next((w for w in m.group(2).lower().split() if w not in FIGURE_SKIP), None)
        if noun is None or len(noun) < 3 or noun in STOP_WORDS:
            continue
        out.setdefault(similar.lemma(noun), set()).add(value)
    # a group's size: "a 550-member delegation", "a delegation of more than 400"
    for value, noun in ([(m.group(1), m.group(2)) for m in SIZED_GROUP.finditer(text)]
                        + [(m.group(2), m.group(1)) for m in GROUP_OF.finditer(text)]):
        noun = noun.lower()
        if noun in STOP_WORDS or noun in FIGURE_SKIP:
            continue
        out.setdefault(similar.lemma(noun), set()).add(float(value.replace(",", "")))
    return {k: frozenset(v) for k, v in out.items()}


def same_figures(a: str, b: str) -> bool:
    """Whether two reports can be one fact by their figures: nothing both count with figures that differ."""
    fa, fb = figures(a), figures(b)
    return all(fa[k] & fb[k] for k in fa.keys() & fb.keys())


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
    """A cluster split wherever a member's time or figures are not its leader's, or (given the word sets and
    their weights) it does not say the same thing as the leader: each such member leads its own group.
    Given the predicates, a member that shares a leader's words but not its predicate says something else (the
    same person's other remark, another step of the case) and leads its own group: no false "reported by"."""
    groups: list[list[int]] = []
    for m in members:
        home = next((g for g in groups if same_time(texts[g[0]], texts[m]) and same_figures(texts[g[0]], texts[m])
                     and (sets is None or weight is None or same_statement(sets[g[0]], sets[m], weight))
                     and (preds is None or same_predicate(preds[g[0]], preds[m]))),
                    None)
        if home is None:
            groups.append([m])
        else:
            home.append(m)
    return groups


def recency(items: list[Development], published: dict[str, str]) -> dict[str, float]:
    """0 for the earliest article, 1 for the latest: by published date where known, else file order (the
    order of `published`, which lists every article as read); articles it does not list, by id."""
    seen = {article_of(it) for it in items}
    arts = [a for a in published if a in seen] + sorted(seen - set(published))
    ordered = sorted(range(len(arts)), key=lambda k: (published.get(arts[k]) or "", k))
    if len(arts) < 2:
        return {a: 0.0 for a in arts}
    return {arts[k]: rank / (len(arts) - 1) for rank, k in enumerate(ordered)}


def dated_earlier(item: Development, published: dict[str, str]) -> float:
    """1 for a sentence dated (by month and day) more than EARLIER_DAYS before its article was published ("On
    July 18, rebels ..." in an October report): history the story recalls, not its latest state."""
    pub = (published.get(article_of(item)) or "")[:10]
    m = MONTH_DAY.search(item.text)
    if not m or len(pub) < 10:
        return 0.0
    try:
        when = datetime.date.fromisoformat(pub)
    except ValueError:
        return 0.0
    month = MONTHS[m.group(1)[:3].lower()]
    year = when.year if month <= when.month else when.year - 1
    try:
        said = datetime.date(int(m.group(3)) if m.group(3) else year, month, int(m.group(2)))
    except ValueError:
        return 0.0
    return 1.0 if (when - said).days > EARLIER_DAYS else 0.0


def superseded_plan(item: Development, late: dict[str, float]) -> float:
    """1 for what an earlier article says is still to come ("the trial is to begin Tuesday") or where it says
    someone is held ("is in the county jail on a $150,000 bond"): a later article reports the story after it, so
    the plan or the custody is no longer the current state."""
    if len(late) < 2 or late.get(article_of(item), 1.0) >= 1.0:
        return 0.0
    return 1.0 if FUTURE.search(item.text) or HELD_THEN.search(item.text) else 0.0


def machinery(text: str) -> float:
    """1 for a sentence that shows only the case's machinery (lexicon.MACHINERY: who leads the investigation, the
    appeal for tips, "no further details", how responders were called to the scene, advice): no development."""
    return 1.0 if any(p.search(text) for p in MACHINERY) else 0.0


def status(text: str) -> float:
    """1 for the case's legal status said as one ("no one has been charged"): where the case stands now."""
    return 1.0 if STATUS.search(text) else 0.0


def latest_leads(items: list[Development], published: dict[str, str]) -> set[tuple[str, int]]:
    """The lead candidates (article, start) of the latest article, when the articles' dates are known and differ:
    its first LATEST_LEAD candidate sentences report the story's latest state. With no dates, file order says too
    little of which report is the latest to reorder on it."""
    arts = {article_of(it) for it in items}
    dated = {a: (published.get(a) or "")[:10] for a in arts if len((published.get(a) or "")) >= 10}
    if len(dated) < 2 or len(set(dated.values())) < 2:
        return set()
    last_day = max(dated.values())
    latest = [a for a, d in dated.items() if d == last_day]
    if len(latest) != 1:
        return set()
    starts = sorted(it.sources[0].start for it in items if article_of(it) == latest[0])
    return {(latest[0], s) for s in starts[:LATEST_LEAD]}


def weekday_leads(items: list[Development]) -> set[str]:
    """The articles whose lead (first LEAD_SENTENCES candidates but the ones opening on a date) tells its news by
    weekday and names no calendar date."""
    firsts: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for it in items:
        firsts[article_of(it)].append((it.sources[0].start, it.text))
    out = set()
    for art, sents in firsts.items():
        lead = " ".join([t for _, t in sorted(sents) if not DATE_OPENING.match(t)][:LEAD_SENTENCES])
        if WEEKDAYS.search(lead) and not MONTH_DAY.search(lead):
            out.add(art)
    return out


def recalled(item: Development, weekday_articles: set[str]) -> float:
    """1 for a sentence opening on a calendar date ("On July 18, ...") with no weekday, in an article whose lead tells
    its news by weekday: an earlier event the article recalls (news gives the date for what is older than a week)."""
    text = item.text
    return 1.0 if (article_of(item) in weekday_articles and DATE_OPENING.match(text)
                   and not WEEKDAYS.search(text)) else 0.0


def adjusted(items: list[Development], published: dict[str, str]) -> list[Development]:
    """Each candidate's score with the story-level signals: recency, a plan a later article overtook, history dated
    weeks before its article, history it says is history, the case's machinery, a neighbour's account, a person's memories, the writer's analysis (down), its legal status and the latest article's lead (up)."""
    late = recency(items, published)
    leads = latest_leads(items, published)
    by_weekday = weekday_leads(items)
    out = []
    for it in items:
        src = it.sources[0]
        score = (it.score + WEIGHTS["recency"] * late[article_of(it)]
                 - (WEIGHTS["future"] + WEIGHTS_RANK["superseded"]) * superseded_plan(it, late)
                 - WEIGHTS["background"] * dated_earlier(it, published)
                 - WEIGHTS_RANK["machinery"] * machinery(it.text)
                 - WEIGHTS_RANK["neighbours"] * bool(NEIGHBOURS.match(it.text))
                 - WEIGHTS_RANK["recollection"] * bool(RECOLLECTION.search(it.text))
                 - WEIGHTS_RANK["analysis"] * bool(ANALYSIS.search(it.text))
                 - WEIGHTS_RANK["history"] * max(float(bool(HISTORY.search(it.text))), recalled(it, by_weekday))
                 + WEIGHTS_RANK["status"] * status(it.text)
                 + WEIGHTS_RANK["latest_lead"] * ((src.article, src.start) in leads))
        out.append(it.model_copy(update={"score": round(score, 4)}))
    return out


def lead_sets(items: list[Development], sets: list[frozenset]) -> dict[str, frozenset]:
    """Each article's lead in words: the content words of its first LEAD_SENTENCES candidates."""
    leads: dict[str, list[tuple[int, frozenset]]] = defaultdict(list)
    for it, words in zip(items, sets):
        leads[article_of(it)].append((it.sources[0].start, words))
    return {a: frozenset().union(*(w for _, w in sorted(firsts, key=lambda x: x[0])[:LEAD_SENTENCES]))
            for a, firsts in leads.items()}


def off_story(items: list[Development], sets: list[frozenset]) -> set[str]:
    """The articles of another story: with three or more articles, one whose lead shares no word with any other
    article's lead (an unrelated article put in the folder). A sentence-by-sentence test costs more than it
    gains: reports of one story often open on different sides of it."""
    leads = lead_sets(items, sets)
    if len(leads) < 3:
        return set()
    return {a for a, words in leads.items()
            if not words & frozenset().union(*(w for b, w in leads.items() if b != a))}


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


def rank(items: list[Development], limit: Optional[int] = None,
         published: Optional[dict[str, str]] = None, notes: Optional[dict] = None) -> list[Development]:
    """All articles' candidates in, one item per event out, most salient and corroborated first.

    `limit` None means DEFAULT_LIMIT; 0 or less means no limit. `notes`, when given, gets "off_story": the
    articles found to be another story's (for the other sections).
    """
    items = [it for it in items if it.text and it.sources]
    if not items:
        return []
    items = adjusted(items, published or {})
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
    other_story = off_story(items, sets)
    if notes is not None:
        notes["off_story"] = frozenset(other_story)
    if other_story:
        items = [it.model_copy(update={"score": round(it.score - WEIGHTS["off_story"], 4)})
                 if article_of(it) in other_story else it for it in items]
    order = sorted(range(len(items)), key=lambda i: (-items[i].score, items[i].text, i))
    weight = rarity(sets)
    preds = [it.predicates for it in items]
    merged = []
    for members in similar.leader_clusters(sets, CLUSTER_THRESHOLD, order=order, apart=groups):
        for same_event in split_times(members, texts):
            # the articles that report this event agree on it, even in statements of their own: the lead
            # statement ranks by that agreement, and cites only the sentences that say the same thing
            agree = len({groups[i] for i in same_event})
            for k, group in enumerate(split_times(same_event, texts, sets, weight, preds)):
                merged.append(merge_cluster([items[i] for i in group], shared, agreement=agree if k == 0 else None))
    # the writer's analysis is no development: down in the ranking, and not shown even where the list is short
    merged = [m for m in merged if not ANALYSIS.search(m.text)]
    merged.sort(key=lambda m: (-m.score, m.text))
    cap = DEFAULT_LIMIT if limit is None else (limit if limit > 0 else len(merged))
    return select(merged, cap)


def counted_words(text: str) -> frozenset:
    """The content words with each number word as its figure ("five" -> "5"), so that "At least 5 people were shot."
    and "Five people were shot in ..." meet as the same statement when the shown items are picked."""
    return similar.content_words(COUNT_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(0).lower()]), text))


# a number word but "one" (mostly a pronoun: "no one", "one of them")
COUNT_WORD = re.compile(r"\b(?:" + "|".join(w for w in NUMBER_WORDS if w != "one") + r")\b", re.IGNORECASE)


def select(pool: list[Development], cap: int) -> list[Development]:
    """Greedy MMR: the best item first, then the best of what is not already said.

    A candidate most of whose words (COVERED) one chosen item already holds says nothing new ("At least 5
    people were shot." after "At least 5 people were shot at a park after a football game"), and goes.
    Each candidate keeps its largest overlap with what was chosen so far, updated against the newest
    choice only, so a round costs one comparison per candidate. An item must earn its place: the list ends at
    the first best candidate scoring under FLOOR of the top item's score, however short it is.
    """
    chosen: list[Development] = []
    words = [similar.content_words(m.text) for m in pool]  # for the MMR similarity
    sets = [counted_words(m.text) for m in pool]  # for what is said already: "five" and "5" meet
    overlap = [0.0] * len(pool)
    covered = [0.0] * len(pool)  # the share of each candidate's words an item already chosen holds
    alive = list(range(len(pool)))
    said: set = set()  # every content word the chosen items hold
    while alive and len(chosen) < cap:
        best, best_val = None, -math.inf
        for i in alive:
            val = pool[i].score - WEIGHTS["redundancy"] * overlap[i]
            if val > best_val + 1e-12:
                best, best_val = i, val
        if best is None or (chosen and pool[best].score < FLOOR * chosen[0].score):
            break
        alive = [i for i in alive if i != best]
        told = said_already(pool[best], chosen)
        if told is None:
            continue
        if told >= 0:
            chosen[told] = pool[best]
        else:
            chosen.append(pool[best])
        for i in alive:
            overlap[i] = max(overlap[i], similar.similarity(words[i], words[best]))
            if sets[i]:
                covered[i] = max(covered[i], len(sets[i] & sets[best]) / len(sets[i]))
        said |= sets[best]
        alive = [i for i in alive if overlap[i] < REDUNDANCY and covered[i] < COVERED
                 and not (len(sets[i]) >= UNION_MIN and len(sets[i] & said) >= UNION_COVERED * len(sets[i]))]
    return chosen


def custody(text: str) -> bool:
    """Someone was taken into custody ("was arrested", "was booked with ..."), not that no one was."""
    return bool(CUSTODY.search(text)) and not STATUS.search(text)


def said_already(item: Development, chosen: list[Development]) -> Optional[int]:
    """What `item` adds to the chosen items: -1 a place of its own; None nothing (an identification of a person
    a chosen item names, "Police have identified the girl as Zion Willis ...", or one without the name; a second
    report of the custody its article already reports); k: it takes the place of chosen item k, the same article's
    report of the custody that does not name the person ("A Galliano man was arrested ..." -> "Neely Gardner, 19,
    was booked with ...")."""
    m = NAMED_AS.search(item.text)
    name = m and (m.group(1) or m.group(2) or "").strip()
    if name and any(name in c.text for c in chosen) or chosen and IDENTIFIED_BARE.search(item.text):
        return None
    if custody(item.text):
        for k, c in enumerate(chosen):
            if article_of(c) == article_of(item) and custody(c.text):
                return k if UNNAMED_SUBJECT.match(c.text) and not UNNAMED_SUBJECT.match(item.text) else None
    return -1
