"""Key developments: the sentences that report what happened, ranked by salience.

Per article (`extract`), every real sentence (not a headline, byline, caption, question, boilerplate
or a quotation) is scored on signals that hold for news in general: position (news is written as an
inverted pyramid, so the lead carries the event), event grammar (a past-tense action verb with a
named actor, numbers and dates), entity density, and overlap with the headline and with the words
the article keeps returning to. Across articles (`rank`), candidates reporting the same event are
clustered (`briefgen.similar`) into one item citing every article, and items are picked greedily by
score, corroboration and novelty (an MMR penalty keeps the same event from appearing twice).
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from typing import Optional

from spacy.tokens import Doc, Span

from briefgen import similar
from briefgen.extract.common import ArticleContext, clean, ents_of, source_for
from briefgen.facts import Development, Source

MAX_PER_ARTICLE = 25
MIN_PER_ARTICLE = 5
DEFAULT_LIMIT = 12
MIN_WORDS = 6
MAX_WORDS = 80
CLUSTER_THRESHOLD = 0.3
REDUNDANCY = 0.4

# how much each salience signal counts; position dominates, as in news the lead carries the event
WEIGHTS = {"position": 1.2, "event": 0.5, "entities": 0.3, "title": 0.5, "central": 0.6, "length": 0.1,
           "dangling": 0.3,
           "support": 0.25, "spread": 0.15, "redundancy": 2.0}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW"}
NUMBER_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"}
QUOTE_CHARS = "\"\u201c\u201d"
END_PUNCT = tuple(".!\"'\u201d\u2019)")

BOILERPLATE = re.compile(
    r"\b(subscribe (?:to|now|today|here)|subscription (?:offer|required)|newsletter|cookie policy|"
    r"(?:use|uses|accept) cookies|advertisement|copyright|all rights reserved|click here|"
    r"share (?:on|this)|follow us|sign up|log in to|read more|related (?:articles?|stories|content|coverage)|"
    r"continue reading|terms of (?:use|service)|privacy policy|photo credit|getty images|ap photo|"
    r"file photo|toggle caption|enlarge this image|image caption|email (?:us|this)|download (?:the|our) app|"
    r"javascript|your browser|this (?:image|photo|video) (?:taken|shows|provided)|"
    r"in this (?:image|photo|video)|pictured|watch (?:the )?video|reporting by|editing by|"
    r"contributed to this report|this story has been|this article (?:was|has been)|"
    r"\(associated press\)|autoplay|skip ad|full screen|view (?:photos|gallery)|"
    r"slideshow|next slide|previous slide)", re.IGNORECASE)
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
ELLIPSIS = re.compile(r"(?:\.\.\.|\u2026)")
BYLINE = re.compile(r"^\s*(?:written\s+by|posted\s+by|by|updated|published|posted|photos?|images?|credits?|source|caption)"
                    r"\b[\s:]", re.IGNORECASE)
# "WASHINGTON (Reuters) -", "LONDON —", "Seoul (CNN)", "(CNN)": a dateline in front of the lead
DATELINE = re.compile(r"^\s*(?:[A-Z][A-Z.'\u2019-]+,?\s+){1,4}(?:\([^()]{1,30}\)\s*)?[-\u2013\u2014:]+\s+"
                      r"|^\s*(?:[A-Z][A-Za-z.'\u2019-]*,?\s+){0,3}\([A-Z][^()]{0,29}\)\s*(?:[-\u2013\u2014:]+\s+)?")
REPORTING = {"say", "tell", "add", "state", "note", "explain", "claim", "report", "announce", "write",
             "according"}


# ---------------------------------------------------------------- per article

def words_of(sent: Span) -> list:
    return [t for t in sent if t.is_alpha or t.like_num]


def quoted_share(text: str) -> float:
    """Share of the sentence's characters that sit inside quotation marks (balanced or not)."""
    inside, total, depth = 0, 0, False
    for ch in text:
        if ch in QUOTE_CHARS:
            depth = (not depth) if ch == '"' else (ch == "\u201c")
            continue
        if ch.isalnum():
            total += 1
            inside += depth
    return inside / total if total else 0.0


def is_headline(sent: Span) -> bool:
    """A line of its own without closing punctuation: a headline, caption label or section title."""
    text = sent.text.strip()
    if text.endswith(END_PUNCT):
        return False
    return True


def is_caption(sent: Span) -> bool:
    """A photo caption: the present simple ("A man holds ...") with a full date, or a date in front."""
    dates = [e for e in ents_of(sent) if e.label_ == "DATE" and YEAR.search(e.text)]
    if not dates:
        return False
    if dates[0].start == sent.start:
        return True
    root = sent.root
    if root.tag_ in ("VBZ", "VBP") and root.lemma_ not in ("be", "have"):
        return True
    last = [t for t in sent if not t.is_punct and not t.is_space]
    ends_with_date = bool(last) and dates[-1].end - 1 == last[-1].i
    return ends_with_date and root.tag_ not in ("VBD", "VBN", "MD")


def skip_reason(sent: Span) -> Optional[str]:
    """Why this sentence cannot be a development, or None if it can."""
    text = sent.text.strip()
    words = words_of(sent)
    if len(words) < MIN_WORDS:
        return "short"
    if len(words) > MAX_WORDS:
        return "long"
    if text.endswith("?") or text.rstrip(QUOTE_CHARS + "'\u2019").endswith("?"):
        return "question"
    cut = ELLIPSIS.search(text)
    if cut and len(text[cut.end():].split()) < 4:
        return "truncated"
    if is_headline(sent):
        return "headline"
    if BYLINE.match(text):
        return "byline"
    if BOILERPLATE.search(text):
        return "boilerplate"
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return "no verb"
    if is_caption(sent):
        return "caption"
    if quoted_share(text) > 0.5:
        return "quote"
    if text[:1] in QUOTE_CHARS:  # a quotation followed by its attribution
        return "quote"
    if sum(1 for t in sent if t.lower_ in ("i", "you", "we", "me", "my", "your", "our")) >= 2:
        return "first person"
    return None


def strip_dateline(text: str, sent_index: int) -> str:
    """Drop a dateline ("WASHINGTON (Reuters) -") in front of the first sentences."""
    if sent_index > 2:
        return text
    m = DATELINE.match(text)
    if m and len(text) - m.end() > 40 and text[m.end():][:1].isupper():
        return text[m.end():]
    return text


def event_score(sent: Span) -> float:
    """How much the sentence's grammar reports an event: a past action by a named actor, figures."""
    root = sent.root
    score = 0.0
    if any(t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN") for t in sent):
        score += 0.4
    head = root
    if root.lemma_ in REPORTING:  # "X said (that) Y happened": the event is the complement
        comp = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
        head = comp[0] if comp else root
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if head.pos_ in ("VERB", "AUX") and subjects:
        score += 0.2
    if any(s.ent_type_ in ENTITY_LABELS or s.pos_ == "PROPN" for s in subjects):
        score += 0.2  # a named actor: "Russian forces", "NATO military chiefs"
    if {e.label_ for e in ents_of(sent)} & NUMBER_LABELS:
        score += 0.2
    if head.lemma_ in ("be", "have") and head.tag_ != "VBD" and not any(
            c.dep_ in ("xcomp", "acomp") and any(g.pos_ == "VERB" for g in c.subtree) for c in head.children):
        score -= 0.2  # states and descriptions, not events ("are due to meet" is one)
    return score


def entity_density(sent: Span) -> float:
    ents = [e for e in ents_of(sent) if e.label_ in ENTITY_LABELS or e.label_ in NUMBER_LABELS]
    return min(1.0, 4.0 * sum(len(e) for e in ents) / max(1, len(sent)))


def guess_title(doc: Doc) -> Optional[str]:
    """The first line if it reads as a headline (no closing punctuation), for title overlap."""
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        return text if not text.endswith(END_PUNCT) and len(text.split()) >= 3 else None
    return None


def centrality(words: frozenset, freq: Counter, top: float) -> float:
    """How much the sentence is about what the whole article keeps mentioning."""
    if not words or not top:
        return 0.0
    mass = sum(freq[w] for w in words if freq[w] >= 2)
    return min(1.0, mass / (top * math.sqrt(len(words))))


def dangling(sent: Span) -> float:
    """1 when the sentence opens on a pronoun ("It left ...", "This means ..."): it leans on the
    sentence before it, so it reads badly alone in a briefing."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None:
        return 0.0
    return 1.0 if first.pos_ == "PRON" or first.lower_ in ("this", "that", "these", "those") else 0.0


def position_score(rank_in_article: int) -> float:
    return 1.0 / (1.0 + 0.35 * rank_in_article)


def extract(ctx: ArticleContext) -> list[Development]:
    """Up to MAX_PER_ARTICLE candidate event sentences of one article, best first."""
    doc = ctx.doc
    if doc is None or len(doc) == 0:
        return []
    sents = list(doc.sents)
    if not sents:
        return []
    words_by_sent = [similar.content_words(s.text) for s in sents]
    freq: Counter = Counter(w for ws in words_by_sent for w in ws)
    top_counts = sorted(freq.values(), reverse=True)[:10]
    top = sum(top_counts) / len(top_counts) if top_counts else 0.0
    title = ctx.title or guess_title(doc)
    title_words = similar.content_words(title) if title else frozenset()
    scored: list[tuple[float, str, Span]] = []
    kept = 0
    for i, sent in enumerate(sents):
        if skip_reason(sent) is not None:
            continue
        text = clean(strip_dateline(sent.text.strip(), i))
        if not text:
            continue
        words = words_by_sent[i]
        w = WEIGHTS
        score = (w["position"] * position_score(kept)
                 + w["event"] * event_score(sent)
                 + w["entities"] * entity_density(sent)
                 + w["title"] * similar.similarity(words, title_words)
                 + w["central"] * centrality(words, freq, top)
                 + w["length"] * min(1.0, len(words) / 12.0)
                 - w["dangling"] * dangling(sent))
        kept += 1
        scored.append((round(score, 4), text, sent))
    scored.sort(key=lambda x: (-x[0], x[2].start))
    return [Development(text=text, sources=[source_for(sent, ctx.article_id)], score=score, support=1)
            for score, text, sent in scored[:MAX_PER_ARTICLE]]


# ---------------------------------------------------------------- across articles

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


CANDIDATE_BUDGET = 5000  # candidates ranked across all articles; each article keeps its best share


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
