"""Who gives a figure and when: its claimant ("police said", "according to the health ministry") and
its time as the text words it ("as of Tuesday").

In war reporting the claimant is half the fact: "Ukraine's military said 30 soldiers were killed" and
"Russia's defence ministry said 30 soldiers were killed" are two claims, kept apart. The claimant is the
subject of a verb that gives figures ("said", "reported", "confirmed") whose complement holds the
harm word (or that heads its sentence), or who "according to" names; a pronoun ("he said") and a
document ("according to a statement") name nobody and give no claimant.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from spacy.tokens import Span, Token

from briefgen.extract.context import clean
from briefgen.extract.grammar import according_to
from briefgen.sections.casualties.lexicon import (
    AS_OF,
    CLAIM_VERBS,
    CLAIMANT_DROP,
    CLAIMANT_NOUNS,
    EVENT_DATE,
    MAX_CLAIMANT_TOKENS,
    MONTH_ABBR,
)
from briefgen.sections.casualties.people import lemma


def claimant(sent: Span, trigger: Token, total: bool = False) -> Optional[str]:
    """Who the sentence says gives the figure that `trigger` (the harm word) belongs to, or None.

    A running total (`total`: "the toll to 99") told in a clause that qualifies another noun ("Saturday's deaths,
    which would push the toll to 99, occurred ..., an official said") is the writer's sum: the claimant gave
    the part the clause qualifies, not the total, so it gets none."""
    if total and _in_modifier_clause(trigger):
        return None
    t = trigger
    reported = False  # the harm word is inside the verb's complement: "police said [three were killed]"
    for _ in range(8):
        if t.head.i == t.i:
            break
        reported = reported or t.dep_ in ("ccomp", "parataxis")
        t = t.head
        if reported and lemma(t) in CLAIM_VERBS and t.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return _name(subj)
    root = sent.root  # "Three were killed, police said."
    if lemma(root) in CLAIM_VERBS and root.i != trigger.i and any(c.dep_ in ("ccomp", "parataxis") for c in root.children):
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return _name(subj)
    src = according_to(list(sent))
    return _name(src) if src is not None else None


def _in_modifier_clause(tok: Token) -> bool:
    """`tok` sits in a relative or participle clause of a noun ("deaths, which would push the toll to 99")."""
    t = tok
    for _ in range(8):
        if t.dep_ in ("relcl", "acl"):
            return True
        if t.head.i == t.i or lemma(t.head) in CLAIM_VERBS:
            return False
        t = t.head
    return False


def _name(tok: Token) -> Optional[str]:
    """The claimant's words: the noun with its compounds, possessives and adjectives ("Ukraine's military")."""
    if tok.pos_ in ("PRON", "NUM") or tok.lower_ in ("who", "which", "that") or lemma(tok) in CLAIMANT_NOUNS:
        return None
    if tok.is_upper and len(tok.text) > 3:
        return None  # a dateline ("CYPRESS, Texas -"), not who gives the figure
    keep = [tok]
    for c in tok.children:
        if c.dep_ in ("compound", "poss", "amod", "case") and c.i < tok.i:
            keep.extend(c.subtree)
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and len(list(tok.subtree)) <= MAX_CLAIMANT_TOKENS:
        keep = list(tok.subtree)  # "the ministry of health"
    idx = sorted({t.i for t in keep})
    words = [tok.doc[i] for i in idx]
    while words and (words[0].lower_ in CLAIMANT_DROP or words[0].is_punct):
        words = words[1:]
    if not words or len(words) > MAX_CLAIMANT_TOKENS:
        return None
    return clean(tok.doc[words[0].i:words[-1].i + 1].text)


def as_of(sent: Span) -> Optional[str]:
    """The time the sentence gives its figures for: "as of Tuesday", "as of 5 p.m. local time"."""
    m = AS_OF.search(sent.text)
    return clean(m.group(1)).rstrip(",.;: ") or None if m else None


def event_date(trigger: Token) -> Optional[str]:
    """The calendar date the sentence gives the harm ("was killed June 5, 2014", "On July 18, rebels detonated a
    bomb that killed three"): the figure's own date, which a later article's date is not."""
    t = trigger
    for _ in range(6):
        for c in t.children:
            if c.dep_ == "npadvmod" and c.ent_type_ == "DATE":
                found = _date_text(c)
                if found:
                    return found
            if c.dep_ == "prep" and c.lower_ in ("on", "in"):
                for o in c.children:
                    if o.dep_ == "pobj" and o.ent_type_ == "DATE":
                        found = _date_text(o)
                        if found:
                            return found
        if t.dep_ not in ("relcl", "acl", "advcl", "conj", "dobj", "nsubj", "nsubjpass", "pobj", "prep") or t.head.i == t.i:
            break
        t = t.head
    return None


def _date_text(tok: Token) -> Optional[str]:
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return None
    m = EVENT_DATE.search(ent.text)
    return m.group(0) if m else None


def calendar(text: str) -> Optional[tuple[Optional[int], int, int]]:
    """(year or None, month, day) of a date as the text writes it ("June 5, 2014", "Sept. 25"), or None."""
    m = EVENT_DATE.search(text or "")
    if not m:
        return None
    words = re.findall(r"[A-Za-z]+|\d+", m.group(0))
    month = MONTH_ABBR.get(words[0][:3].lower())
    nums = [int(w) for w in words[1:] if w.isdigit()]
    if month is None or not nums or not 1 <= nums[0] <= 31:
        return None
    return (nums[1] if len(nums) > 1 else None), month, nums[0]


def days_before(text: str, later: date) -> Optional[int]:
    """How many days the date `text` names lies before `later` (a date without a year takes `later`'s year,
    or the year before when it would fall after it: "Dec. 30" in a January article)."""
    found = calendar(text)
    if found is None:
        return None
    year, month, day = found
    try:
        when = date(year or later.year, month, day)
        if year is None and when > later:
            when = date(later.year - 1, month, day)
    except ValueError:
        return None
    return (later - when).days


def latest_date(doc) -> Optional[date]:
    """The latest calendar date the article's text names ("Tuesday, Sept. 25, 2012"): its own date, when the text
    has no other; a date without a year takes the latest year the article names."""
    text = doc.text
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", " ".join(e.text for e in doc.ents if e.label_ == "DATE"))]
    default = max(years, default=2000)
    best = None
    for m in EVENT_DATE.finditer(text):
        found = calendar(m.group(0))
        if found is None:
            continue
        year, month, day = found
        try:
            when = date(year or default, month, day)
        except ValueError:
            continue
        best = when if best is None or when > best else best
    return best
