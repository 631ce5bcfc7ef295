"""Scope: what a figure covers, and the figures that are not this story's.

The scope phrases after the harm word ("since the war began", "in Kyiv") and the item's text, as the
sentence words them. Not read at all: lines of related-story links ("+ Two killed in crash"), events
dated years back ("Last year a boy was gunned down"), harm inside a mention of a separate, previous or
avenged event ("in retaliation for a shooting that left one dead", and the rest of that sentence), and
tallies of many events or a period ("in four separate shootings", "across the city", "the city's 9th
homicide", "over the past week", "this year", "in 2009").
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from briefgen.extract.context import clean, doc_text
from briefgen.sections.casualties.counting import own_trigger
from briefgen.sections.casualties.harm import base_kind
from briefgen.sections.casualties.lexicon import (
    LEAD_SENTENCES,
    ROUNDUP_PLACES,
    ROUNDUP_THREAD,
    PLACE_LOOKBACK,
    AREA_WORDS,
    BODY_PARTS,
    BULLETS,
    CONFLICT_NOUNS,
    DATE_REACH,
    DEFINITE,
    DISTANCE_MARKS,
    EVENT_NOUNS,
    LONG_AGO,
    MAX_GAP,
    MAX_SCOPE_TOKENS,
    MOTIVE_NOUNS,
    OTHER_MARKS,
    PERIOD,
    PLURAL_EVENTS,
    YEAR,
    SCOPE_PREPS,
    SCENE_NOUNS,
    TIMELINE,
    SERIES_NOUNS,
    TIME_UNITS,
)
from briefgen.sections.casualties.people import is_count_number, lemma, of_noun


def long_ago(tok: Token) -> bool:
    """"Last year a boy was gunned down": an earlier event the article recalls, not this one."""
    verb = tok if tok.dep_ not in ("acl", "relcl", "amod", "oprd", "acomp") else tok.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        verb = verb.head  # "went on a shooting spree a few months ago, killing four"
    dates = " ".join(t.text if t.ent_type_ == "DATE" else "|" for t in verb.subtree)
    return bool(LONG_AGO.search(dates))


def running_toll(tok: Token) -> bool:
    """"the conflict has killed nearly 30,000 people": a war's or an uprising's running toll over months or
    years, not the figure of the event the story reports."""
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in tok.children):
        return False
    if any(c.dep_ == "nsubj" and lemma(c) in CONFLICT_NOUNS for c in tok.children):
        return True
    t = tok  # "a civil war that activists say has killed ...": the war the relative clause is about
    for _ in range(3):
        if t.dep_ not in ("ccomp", "relcl") or t.head.i == t.i:
            return False
        was_relative, t = t.dep_ == "relcl", t.head
        if was_relative:
            return lemma(t) in CONFLICT_NOUNS
    return False


def other_event(tok: Token, latest_year: int = 0) -> bool:
    """A harm word inside a mention of another event ("in retaliation for a shooting that left one dead",
    "killed in a separate shooting", "a previous attack that wounded two", "the July 2012 theater shooting
    that left 12 dead" in an article that names a later year, "a series of shootings has left ..."): not this
    story's figure."""
    for prep in tok.children:  # "killed in a separate shooting"
        if prep.dep_ == "prep" and any(lemma(o) in EVENT_NOUNS and _other_marked(o, latest_year, True)
                                       for o in prep.children):
            return True
    verb = tok.head if tok.dep_ in ("oprd", "acomp", "xcomp") else tok
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):  # "a series of shootings left ..."
        of = of_noun(subj)
        if any(lemma(e) in EVENT_NOUNS and _other_marked(e, latest_year, True, True) for e in (subj, of) if e is not None):
            return True
    t = tok
    relative = False  # the harm is told in a relative clause of the event ("shootings that have left three dead")
    for _ in range(12):
        lem = lemma(t)
        if lem in MOTIVE_NOUNS or any(c.dep_ == "prep" and any(lemma(o) in MOTIVE_NOUNS for o in c.children)
                                      for c in t.children if t.i != tok.i):
            return True  # "in retaliation for ...", "an act of retaliation to ..."
        if (lem in EVENT_NOUNS or t.lower_ in EVENT_NOUNS) and _other_marked(t, latest_year, t.i != tok.i, relative):
            return True
        if _time_away(t):
            return True
        if t.head.i == t.i:
            break
        relative = relative or t.dep_ == "relcl"
        t = t.head
    return False


def _time_away(t: Token) -> bool:
    """`t` is told as a span of time before or after something else: "ten days after a gunman killed five
    officers in Dallas", "days after the conviction of a man in the 2012 shooting that left 12 dead"."""
    def distance(marker: Token, clause: Token) -> bool:
        return any(n.dep_ == "npadvmod" and lemma(n) in TIME_UNITS
                   for n in list(marker.children) + list(clause.children))
    for c in t.children:
        if c.dep_ == "mark" and c.lower_ in DISTANCE_MARKS and distance(c, t):
            return True
    head = t.head
    return (t.dep_ in ("pobj", "pcomp") and head.i != t.i and head.lower_ in DISTANCE_MARKS
            and any(n.dep_ == "npadvmod" and lemma(n) in TIME_UNITS for n in head.children))


def _other_marked(event: Token, latest_year: int, wider: bool, many: bool = False) -> bool:
    """An event noun that names another event: "another shooting", "a previous attack", an event dated
    in an earlier year than the article's latest, or (`many`: as the subject of the harm) many events
    ("a series of shootings has left seven dead")."""
    if any(c.dep_ in ("amod", "det", "nummod") and c.lower_ in OTHER_MARKS for c in event.children):
        return True
    if not wider:
        return False  # the harm word itself ("another killing"): only the explicit marks
    if latest_year:  # "the May 2, 2016, shooting" in an article that names a later year
        before = [t for t in event.subtree if t.i < event.i and t.ent_type_ in ("DATE", "EVENT")]
        before += list(event.doc[max(event.i - DATE_REACH, event.sent.start):event.i])
        if any(YEAR.fullmatch(t.text) and int(t.text) < latest_year for t in before):
            return True
    if many and event.lower_ in PLURAL_EVENTS:  # "a series of shootings has left ...", "shootings left ..."
        dets = {c.lower_ for c in event.children if c.dep_ in ("det", "poss", "nummod")}
        return not dets & DEFINITE
    return False


def tally_sentence(sent: Span) -> bool:
    """A sentence about many events or a period, not one incident: "in four separate shootings",
    "across the city", "homicides this year", "the city's 40th killing", "so far this year"."""
    toks = list(sent)
    for t in toks:
        low = t.lower_
        if low in PLURAL_EVENTS and any(
                c.dep_ in ("nummod", "amod") and (is_count_number(c) or c.lower_ in OTHER_MARKS | {"multiple", "several"})
                for c in t.children):
            return True  # "four separate shootings", "other incidents", "multiple shootings"
        if (low in PLURAL_EVENTS or low == "violence") and t.head.lower_ == "of" and lemma(t.head.head) in SERIES_NOUNS:
            return True  # "a series of shootings overnight that have left two dead", "the outbreak of violence"
        if low in SCENE_NOUNS and any(c.dep_ == "nummod" and is_count_number(c) and c.lower_ != "one"
                                      for c in t.children):
            return True  # "at those six crime scenes": many places, many events
        if low in ("across", "throughout") and any(lemma(o) in AREA_WORDS for o in t.children):
            return True  # "across the city"
        if low == "citywide":
            return True
        if t.ent_type_ == "ORDINAL" and lemma(t.head) in EVENT_NOUNS and t.head.i > t.i:
            return True  # "the city's 40th homicide"
    return bool(PERIOD.search(sent.text))


def timeline_entry(sent: Span, latest_year: int) -> bool:
    """"1993: Dr. Ann Lee is shot to death outside a clinic": a timeline entry opening with an earlier year."""
    doc = sent.doc
    full = doc_text(doc)
    line = full[full.rfind("\n", 0, sent.start_char) + 1:sent.start_char + 1]
    m = TIMELINE.match(line)
    if m and sent.start_char > full.rfind("\n", 0, sent.start_char) + m.end():
        return bool(latest_year) and int(m.group(1)) < latest_year  # a later sentence of the entry's paragraph
    before = [t for t in doc[max(sent.start - 4, 0):sent.start] if not t.is_space]
    if before and before[-1].text == ":" and "\n" not in doc[before[0].i:sent.start].text:
        before = before[-2:]  # the parser may cut "1998:" off as a sentence of its own
    else:
        before = []
    toks = before + [t for t in sent if not t.is_space][:4]
    for a, b in zip(toks, toks[1:]):
        if YEAR.fullmatch(a.text) and b.text in (":", "-", "\u2013", "\u2014"):
            return bool(latest_year) and int(a.text) < latest_year
    return False


def core_tokens(tok: Token) -> list[int]:
    """The words of a counted nominal worth quoting: number, modifiers, noun, coordinated nouns."""
    idx = [tok.i]
    for child in tok.children:
        if child.dep_ in ("nummod", "quantmod", "det", "amod", "compound", "poss", "predet", "advmod", "nmod"):
            idx.extend(t.i for t in child.subtree)
        elif child.dep_ == "conj" and not own_trigger(child):
            idx.extend(core_tokens(child))
        elif child.dep_ == "prep" and child.lower_ == "of" and is_count_number(tok):
            idx.extend(t.i for t in child.subtree)
    return idx


def _trigger_tokens(tok: Token) -> tuple[list[int], list[Token]]:
    """The harm word with its particles ("shot dead", "killed or wounded") and its scope phrases."""
    idx = [tok.i]
    scopes: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("prt", "oprd", "acomp", "neg", "auxpass", "aux") or (
                child.dep_ == "advmod" and child.i == tok.i - 1):
            idx.extend(t.i for t in child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "to" and any(lemma(o) == "death" for o in child.children):
            idx.extend(t.i for t in child.subtree)
        elif child.dep_ == "agent":
            sub = list(child.subtree)
            if len(sub) <= 8:
                idx.extend(t.i for t in sub)
        elif child.dep_ == "conj" and base_kind(child) and not _has_own_patient(child):
            idx.append(child.i)
            idx.extend(c.i for c in tok.children if c.dep_ == "cc" and c.i < child.i)
            more, sc = _trigger_tokens(child)
            idx.extend(more)
            scopes.extend(sc)
        elif child.dep_ == "prep" and child.lower_ in SCOPE_PREPS and child.i > tok.i:
            scopes.append(child)
        elif child.dep_ == "advcl" and child.i > tok.i and any(
                m.dep_ == "mark" and m.lower_ == "since" for m in child.children):
            scopes.append(child)  # "since the war began"
    return idx, scopes


def _has_own_patient(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "dobj", "nsubj") for c in tok.children) or tok.dep_ == "acl"


def _scope(scopes: list[Token], end: int) -> tuple[Optional[str], int]:
    """The scope phrases right after the harm word ("since ...", "in ..."), and where the text ends."""
    parts = []
    for prep in sorted({t.i: t for t in scopes}.values(), key=lambda t: t.i):
        if any(lemma(o) in BODY_PARTS for o in prep.children):
            continue
        sub = list(prep.subtree)
        if len(sub) > MAX_SCOPE_TOKENS or sub[0].i > end + 1 + 3:
            break
        cut = next((t.i for t in sub if t.text in ("|", "-", "\u2013", "\u2014") and t.whitespace_), None)
        last = sub[-1].i if cut is None else cut - 1
        if last < sub[0].i:
            break
        parts.append(prep.doc[sub[0].i:last + 1].text)
        end = max(end, last)
        if cut is not None:
            break
    return (clean(" ".join(parts)) if parts else None), end


def item_phrase(sent: Span, people: list[int], triggers: list[Token]) -> tuple[str, int, int, Optional[str]]:
    """The item's text: the counted people and the harm word with its scope, as the sentence words them.

    Far-apart parts ("A woman who was shot near ... and died") are joined with an ellipsis so the text
    stays short; every word is the article's.
    """
    harm: list[int] = []
    scopes: list[Token] = []
    for trig in triggers:
        more, sc = _trigger_tokens(trig)
        harm.extend(more)
        scopes.extend(sc)
    people = [i for i in people if sent.start <= i < sent.end]
    harm = [i for i in harm if sent.start <= i < sent.end]
    scope, scope_end = _scope(scopes, max(harm))
    harm.append(scope_end)
    start, end = min(people + harm), max(people + harm) + 1
    a, b = (people, harm) if min(people) <= min(harm) else (harm, people)
    doc = sent.doc
    if min(b) - max(a) > MAX_GAP and max(a) < min(b):
        text = span_words(doc, min(a), max(a) + 1) + " \u2026 " + span_words(doc, min(b), max(b) + 1)
    else:
        text = span_words(doc, start, end)
    return text, start, end, scope


def span_words(doc: Doc, start: int, end: int) -> str:
    """The text of doc[start:end] without dangling conjunctions or punctuation at its edges."""
    while start < end - 1 and (doc[start].pos_ in ("CCONJ", "PUNCT") or doc[start].is_space):
        start += 1
    while end - 1 > start and (doc[end - 1].pos_ in ("CCONJ", "PUNCT", "ADP") or doc[end - 1].is_space):
        end -= 1
    return clean(doc[start:end].text)


def link_line(sent: Span) -> bool:
    """A bulleted or bracketed line of related-story links ("+ Two killed in crash"), not the article."""
    full = doc_text(sent.doc)
    start = full.rfind("\n", 0, sent.start_char) + 1
    end = full.find("\n", sent.end_char)
    text = full[start:end if end >= 0 else len(full)].strip()
    if text.startswith(BULLETS) and not text.endswith((".", "\"", "\u201d")):
        return True
    return text.startswith("[") and text.endswith("]")


def _places(sent: Span) -> set[str]:
    return {clean(e.text).lower() for e in sent.ents if e.label_ == "GPE" and not e.text.isupper()}


def lead_places(doc: Doc) -> set[str]:
    """The places the article's lead names: the first of its first LEAD_SENTENCES sentences that names a place
    (a country or city, not a dateline), with every place the article names beside one of them alone
    ("Benghazi, Libya", "Sanaa, Yemen"): the story's own places. Empty when the lead names none."""
    sents = list(doc.sents)
    lead: set[str] = set()
    for sent in sents[:LEAD_SENTENCES]:
        lead = _places(sent)
        if lead:
            break
    if len(lead) < ROUNDUP_PLACES:
        return lead
    pairs = [p for p in (_places(s) for s in sents) if len(p) == 2]
    for _ in range(2):  # "Benghazi, Libya" puts Benghazi in Libya; then what is beside Benghazi alone
        lead |= {q for p in pairs if p & lead for q in p}
    return lead


def figure_places(sent: Span) -> set[str]:
    """Where a figure is: the places its sentence names, else those of the nearest of the PLACE_LOOKBACK sentences
    before it that names one ("Troops fired on marchers in Manama. More than 50 were injured")."""
    found = _places(sent)
    back = sent
    for _ in range(PLACE_LOOKBACK):
        if found or back.start == 0:
            break
        back = sent.doc[back.start - 1].sent
        found = _places(back)
    return found


def elsewhere(sent: Span, lead: set[str]) -> bool:
    """A figure of another place in a round-up of several places' unrest (a lead naming ROUNDUP_PLACES places
    or more): its place is none of the lead's and is a thread of its own, named in ROUNDUP_THREAD sentences or
    more of the article; only the story's own places are its figures' place (a figure whose place is unknown
    stays, and so does every figure of a story of one place, whose other place names are streets and towns)."""
    if len(lead) < ROUNDUP_PLACES:
        return False
    where = figure_places(sent)
    if not where or where & lead:
        return False
    doc = sent.doc
    named = [_places(s) for s in doc.sents]
    located = {clean(e.text).lower() for e in doc.ents  # "in Sylvania": a place, not a name the tagger took for one
               if e.label_ == "GPE" and e.start > 0 and doc[e.start - 1].lower_ == "in"}
    return any(w in located and sum(1 for p in named if w in p) >= ROUNDUP_THREAD for w in where)
