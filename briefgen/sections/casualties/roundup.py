"""Round-ups: an article about several places' unrest (its lead names ROUNDUP_PLACES places or more).

A round-up's figures are of several places, each its own count: a figure is told with its place ("12 wounded
(in Iraq)"), the article-level passes compare only figures of one place (one man killed in Yemen is no part
of 15 killed in Libya), and a figure whose place the text does not tell is not shown (a reader would take it
for the story's main place). The lead's weekday is the story's day: a figure told on another weekday ("a
deadly assault Thursday that killed five" under a Saturday lead, "On Friday, troops fired on marchers. More
than 50 were injured") is an earlier event the round-up recalls.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from briefgen.extract.context import clean
from briefgen.sections.casualties.candidate import Candidate
from briefgen.sections.casualties.lexicon import (
    CLAIM_VERBS,
    LEAD_SENTENCES,
    PLACE_LABELS,
    PLACE_LINK_REACH,
    PLACE_LOOKBACK,
    POSSESSIVE,
    ROUNDUP_PLACES,
    ROUNDUP_SCOPE,
    ROUNDUP_TOLL_SCOPE,
    WEEKDAY,
)
from briefgen.sections.casualties.people import lemma


def is_roundup(lead: set[str]) -> bool:
    return len(lead) >= ROUNDUP_PLACES


def _place_ents(sent: Span) -> list:
    """The places a sentence names (countries, cities, regions), not an all-capitals dateline."""
    return [e for e in sent.ents if e.label_ in PLACE_LABELS and not e.text.isupper() and e.text[:1].isupper()]


def _name(ent) -> str:
    text = clean(ent.text)
    for mark in POSSESSIVE:
        if text.endswith(mark):
            text = text[: -len(mark)]
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


class Places:
    """The places a text puts one in the other: "Benghazi, Libya", "Yemen's capital of Sanaa" (a place's
    possessive followed within PLACE_LINK_REACH words, with no verb, person or list between, by another place);
    not a list ("Libya, Yemen and Algeria"). `outer` is the widest place that holds a place (Libya for
    Benghazi), as the text writes it; `closure` the places linked to it."""

    def __init__(self, doc: Doc) -> None:
        self.parent: dict[str, str] = {}
        self.written: dict[str, str] = {}
        self.links: dict[str, set[str]] = {}
        for sent in doc.sents:
            ents = _place_ents(sent)
            for e in ents:
                self.written.setdefault(_name(e).lower(), _name(e))
            for a, b in zip(ents, ents[1:]):
                gap = doc[a.end:b.start]
                possessive = doc[a.end - 1].lower_ in POSSESSIVE or (
                    a.end < len(doc) and doc[a.end].lower_ in POSSESSIVE)
                if b.root.dep_ == "conj" or (b.end < len(doc) and doc[b.end].pos_ == "CCONJ"):
                    continue  # "in Libya, Yemen and Algeria": a list of places, none in another
                inner, outer = _name(a).lower(), _name(b).lower()
                if possessive and len(gap) <= PLACE_LINK_REACH and not any(
                        t.pos_ in ("VERB", "AUX", "CCONJ", "PUNCT") or t.ent_type_ == "PERSON" for t in gap):
                    inner, outer = outer, inner  # "Yemen's capital of Sanaa"
                elif not (len(gap) == 1 and gap[0].text == ","):
                    continue
                if inner != outer:
                    self.parent.setdefault(inner, outer)
                    self.links.setdefault(inner, {inner}).add(outer)
                    self.links.setdefault(outer, {outer}).add(inner)

    def outer(self, name: str) -> str:
        seen, low = set(), name.lower()
        while low in self.parent and low not in seen:
            seen.add(low)
            low = self.parent[low]
        return self.written.get(low, name) if low != name.lower() else name

    def closure(self, name: str) -> frozenset[str]:
        out = {name.lower()}
        for _ in range(3):
            out |= {q for p in list(out) for q in self.links.get(p, ())}
        return frozenset(out)


def figure_place(c: Candidate) -> Optional[str]:
    """Where a figure is: the place its sentence names nearest to the figure, else the last place of the nearest
    of the PLACE_LOOKBACK sentences before it that names one. None when none names one."""
    sent = c.sent
    for _ in range(PLACE_LOOKBACK + 1):
        ents = _place_ents(sent)
        if ents:
            inside = [e for e in ents if c.start <= e.start and e.end <= c.end]
            if inside:  # "killed ... since Russia's invasion of Ukraine": the place the figure's own words name
                nearest = inside[-1]
            elif sent is c.sent:
                nearest = min(ents, key=lambda e: min(abs(e.start - c.start), abs(e.start - c.end)))
            else:
                nearest = ents[-1]
            return _name(nearest)
        if sent.start == 0:
            return None
        sent = sent.doc[sent.start - 1].sent
    return None


def _weekdays(sent: Span) -> set[str]:
    """The weekdays a sentence dates its events by, not the day a source spoke ("police said Sunday")."""
    out = set()
    for t in sent:
        if WEEKDAY.fullmatch(t.text) and not (t.head.pos_ == "VERB" and lemma(t.head) in CLAIM_VERBS):
            out.add(t.text.lower())
    return out


def lead_weekday(doc: Doc) -> Optional[str]:
    """The story's day: the first weekday the lead's first LEAD_SENTENCES sentences name."""
    for i, sent in enumerate(doc.sents):
        if i >= LEAD_SENTENCES:
            break
        days = _weekdays(sent)
        if days:
            return sorted(days)[0] if len(days) == 1 else None
    return None


def figure_weekdays(c: Candidate) -> set[str]:
    """The weekdays a figure is told on: its sentence's, else (a sentence that names no date) those of the
    sentence before it in the same paragraph ("On Friday, troops fired on marchers. More than 50 ...")."""
    days = _weekdays(c.sent)
    if days or any(t.ent_type_ == "DATE" for t in c.sent) or c.sent.start == 0:
        return days
    doc = c.sent.doc
    gap = doc[c.sent.start - 1]
    if "\n" in gap.text or "\n" in (gap.whitespace_ or ""):
        return set()
    return _weekdays(gap.sent)


def roundup_groups(cands: list[Candidate], doc: Doc, lead: set[str]) -> list[list[Candidate]]:
    """A round-up's figures by place: those of another weekday than the lead's and those whose place the text
    does not tell are dropped; each figure's `place` is set; figures whose places the text links ("Benghazi,
    Libya") are one group. When the figures are of one of the lead's places (or of none), the article is
    counted as one story: all its figures, as they are."""
    day = lead_weekday(doc)
    places = Places(doc)
    kept: list[tuple[Candidate, str, frozenset[str]]] = []
    for c in cands:
        if day and (figure_weekdays(c) - {day}):
            continue
        where = figure_place(c)
        if where is not None:
            kept.append((c, where, places.closure(where)))
    groups: list[tuple[set[str], list[Candidate]]] = []
    for c, _where, closure in kept:
        home = next((g for g in groups if g[0] & closure), None)
        if home is None:
            groups.append((set(closure), [c]))
        else:
            home[0].update(closure)
            home[1].append(c)
    if not groups or len(groups) == 1 and groups[0][0] & lead:
        return [cands]  # the figures are of the lead's one place (a local story whose lead names streets and towns)
    for c, where, _closure in kept:
        c.place = places.outer(where)
        if not (c.scope and len(c.scope.split()) > 2 and any(name in c.scope.lower() for name in places.written)):
            # the scope says the place, unless the figure's own phrase names one; a raised running toll says so
            # ("toll so far in Libya" beside "in Libya": two figures of one place, a day's and all days', judged)
            c.scope = (ROUNDUP_TOLL_SCOPE if c.raised else ROUNDUP_SCOPE).format(place=c.place)
    return [g[1] for g in groups]
