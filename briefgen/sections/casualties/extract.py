"""Casualty figures: how many were killed, wounded, missing or displaced, read off the parse.

A small grammar over spaCy's dependencies, in modules by job: people.py (what a token names),
harm.py (the harm kind), counting.py (who is harmed and how many, victims and perpetrator apart),
scope.py (scope phrases and the figures of other events), passes.py (the article-level passes, in
order). This module finds each sentence's candidates and runs the passes.

Per sentence: each nominal a harm word points at is one candidate; a victims-plus-suspect total is
added when one sentence tells both ("killed three people before killing himself" → also 4 killed);
headlines the parser mangles ("3 dead, 26 wounded") are read by a fallback. Per article, the same kind
and count is one item citing every sentence that gives it.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Optional

from spacy.tokens import Span, Token

from briefgen.extract.context import ArticleContext, skipped, source_for
from briefgen.items import Source
from briefgen.sections.casualties.candidate import Candidate
from briefgen.sections.casualties.claims import as_of, claimant, event_date, latest_date
from briefgen.sections.casualties.counting import (
    ArticleFlags,
    article_flags,
    conjuncts,
    harms_others_in,
    is_suspect,
    number_count,
    patient_count,
    patients,
)
from briefgen.sections.casualties.harm import (
    Harm,
    base_kind,
    final_kind,
    harm_kind,
    irrealis,
    killing_in,
    negated,
    raised_to,
    shot_at,
    survived,
)
from briefgen.sections.casualties.lexicon import (
    DEATH_MODIFIERS,
    DEATH_NOUNS,
    FALLBACK_GAP,
    FALLBACK_KIND,
    GROUP_BLOCKERS,
    GROUP_KINDS,
    GROUP_NOUNS,
    GROUP_WORDS,
    KILL_VERBS,
    MAX_SENTENCE,
    OTHERS,
    REFLEXIVE,
    SEVERITY,
    SHOOT_VERBS,
    TOLL_NOUNS,
)
from briefgen.sections.casualties.model import Casualty
from briefgen.sections.casualties.numbers import VAGUE, is_number_word
from briefgen.sections.casualties.passes import PASSES, resolve_shot
from briefgen.sections.casualties.roundup import is_roundup, roundup_groups
from briefgen.sections.casualties.people import is_count_number, is_person, lemma, of_noun, who_of
from briefgen.sections.casualties.scope import (
    core_tokens,
    elsewhere,
    lead_places,
    item_phrase,
    link_line,
    long_ago,
    other_event,
    running_toll,
    span_words,
    tally_sentence,
    timeline_entry,
)


def _sentence_candidates(sent: Span, flags: "ArticleFlags") -> list[Candidate]:
    """Every figure in one sentence, one per counted nominal."""
    doc = sent.doc
    out = []
    blocked: set[int] = set()
    for pi, harm in _harmed(sent, blocked, flags.latest_year).items():
        cand = _candidate(sent, doc[pi], harm, flags)
        if cand is not None:
            out.append(cand)
            selves = sum(1 for p in conjuncts(doc[pi]) if p.lower_ in REFLEXIVE)
            if selves and cand.kind == "killed" and cand.count > selves:
                # "killed 2 children, herself": 2 victims killed, and 3 in all
                out.append(replace(cand, count=cand.count - selves, includes_suspect=False, who=_victims(cand.who)))
                cand.total = True
    out.extend(_fallback(sent, out, blocked))
    _sentence_total(sent, out, flags)
    return out


def _harmed(sent: Span, blocked: Optional[set[int]] = None, latest_year: int = 0) -> dict[int, Harm]:
    """Each nominal a harm word points at, with every harm word that points at it."""
    by_patient: dict[int, Harm] = {}
    elsewhere = False  # the sentence has turned to another event: what follows is about it too
    for tok in sent:
        kind = harm_kind(tok)
        if not kind:
            continue
        if shot_at(tok) or negated(tok) or irrealis(tok) or long_ago(tok) or running_toll(tok):
            if blocked is not None:
                blocked.add(tok.i)  # "Eight died ... three years ago": the headline fallback must not read it
            continue
        elsewhere = elsewhere or other_event(tok, latest_year)
        if elsewhere:
            if blocked is not None:
                blocked.add(tok.i)  # the headline fallback must not read it either
            continue
        for patient in patients(tok, kind):
            if not sent.start <= patient.i < sent.end:
                continue
            harm = by_patient.setdefault(patient.i, Harm())
            harm.kinds.add(kind)
            harm.triggers.append(tok)
            if any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.children) and any(
                    c.dep_ == "conj" and base_kind(c) for c in tok.children):
                harm.either = True
    return by_patient


def _candidate(sent: Span, patient: Token, harm: Harm, flags: "ArticleFlags") -> Optional[Candidate]:
    kind = final_kind(harm)
    alone = all(t.dep_ == "amod" and t.head.i == patient.i and t.i < patient.i for t in harm.triggers)
    # a harm adjective after the list's last noun ("two adults and four children dead") is the whole list's
    shared = frozenset(t.i for t in harm.triggers if t.dep_ == "amod" and t.i > t.head.i)
    count = patient_count(patient, kind, alone, shared)
    if count is None or count.value <= 0:
        return None
    reflexive = patient.lower_ in REFLEXIVE
    others = harms_others_in(sent)
    if reflexive and kind == "shot" and (flags.suicide or others and killing_in(sent)):
        kind = "killed"  # "shot himself" after a murder, or in an article about a suicide
    suspect = is_suspect(patient, flags) or reflexive and (others or kind == "killed")
    if kind == "shot" and survived(sent):
        kind = "wounded"
    of = of_noun(patient) if is_count_number(patient) else None
    who = "suspects" if suspect else who_of(of if of is not None else patient)
    parts = conjuncts(patient)
    includes = (any(c.lower_ == "including" for c in patient.subtree)
                or len(parts) > 1 and any(p.lower_ in REFLEXIVE for p in parts))
    text, start, end, scope = item_phrase(sent, count.tokens + core_tokens(patient), harm.triggers)
    severe = any(c.dep_ == "advmod" and c.lower_ in SEVERITY for t in harm.triggers for c in t.children)
    agentive = who == "victims" or any(_done_by_someone(t) for t in harm.triggers)
    raised = any(lemma(t) in TOLL_NOUNS and raised_to(t) is not None for t in harm.triggers)
    return Candidate(count=count.value, qualifier=count.qualifier, kind=kind, who=who, start=start, end=end,
                     sent=sent, scope=scope, suspect=suspect, includes_suspect=includes,
                     implicit=count.implicit, text=text, claimed_by=claimant(sent, harm.triggers[0], raised),
                     as_of=as_of(sent) or event_date(harm.triggers[0]), words=count.words, summed=count.summed, severe=severe, agentive=agentive,
                     others=_others(patient, harm.triggers), raised=raised,
                     tally=raised or lemma(patient) in DEATH_NOUNS or any(
                         t.pos_ == "NOUN" and lemma(t) in DEATH_NOUNS | TOLL_NOUNS for t in harm.triggers))


def _others(patient: Token, triggers: list[Token]) -> bool:
    """"three other victims were shot": people besides the ones told before; not with "also" ("three other men
    were also shot": shot like the one told before, who may be among the dead)."""
    if any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for t in triggers for c in t.children):
        return False
    return patient.lower_ in OTHERS or any(c.dep_ == "amod" and c.lower_ in OTHERS for c in patient.children)


def _done_by_someone(trigger: Token) -> bool:
    """"the gunman killed three people", "were shot and killed by ...": a doer harmed them, so the attacker is
    not among them (unlike "three people are dead", "left four dead", which may count the attacker)."""
    for t in (trigger, trigger.head if trigger.dep_ == "conj" else trigger):
        if lemma(t) not in KILL_VERBS | SHOOT_VERBS and not (lemma(t) == "gun" and t.pos_ == "VERB"):
            continue
        if any(c.dep_ == "agent" for c in t.children):
            return True
        if any(c.dep_ == "dobj" for c in t.children) and (
                any(c.dep_ == "nsubj" for c in t.children) or t.dep_ in ("advcl", "conj", "xcomp", "pcomp", "relcl")):
            return True
    return False


def _fallback(sent: Span, found: list[Candidate], blocked: Iterable[int] = ()) -> list[Candidate]:
    """Headlines the parser mangles: "3 dead, 26 wounded", "1 Dead ...; 4 Others Hurt"."""
    covered = {i for c in found for i in range(c.start, c.end)}
    blocked = set(blocked)
    doc = sent.doc
    out = []
    for tok in sent:
        if tok.i in covered or not is_count_number(tok) or tok.lower_ in VAGUE:
            continue
        if tok.i + 1 < sent.end and doc[tok.i + 1].text in ("-", "%", ":", "/", "."):
            continue
        if tok.i > sent.start and is_number_word(doc[tok.i - 1].text):
            continue  # "two dozen": "dozen" is the end of the number "two" starts
        count = number_count(tok)
        if count is None or count.value <= 0:
            continue
        j = max(count.tokens) + 1
        if _listed_before(doc, count, sent):
            continue  # "2 Adults, 3 Children Dead": a part of the dead the line lists, not their number
        while j < sent.end and j - tok.i <= 4 and doc[j].lower_ in FALLBACK_GAP:
            j += 1
        if j >= sent.end or doc[j].lower_ not in FALLBACK_KIND or negated(doc[j]) or j in blocked:
            continue
        if tok.i > sent.start and doc[tok.i - 1].lower_ in ("no", "none", "not"):
            continue
        start = min(count.tokens)
        kind = FALLBACK_KIND[doc[j].lower_]
        if kind == "shot" and any(doc[k].lower_ in DEATH_MODIFIERS for k in range(tok.i, j)):
            kind = "killed"
        out.append(Candidate(count=count.value, qualifier=count.qualifier, kind=kind,
                             who="people", start=start, end=j + 1, sent=sent, claimed_by=claimant(sent, doc[j]),
                             as_of=as_of(sent), words=count.words, fallback=True))
        covered.update(range(start, j + 1))
    return out


def _listed_before(doc, count, sent: Span) -> bool:
    """The number follows a comma after another number and its people ("2 Adults, 3 Children Dead")."""
    i = min(count.tokens) - 1
    if i - 2 < sent.start or doc[i].text != ",":
        return False
    return is_person(doc[i - 1]) and is_count_number(doc[i - 2])


def _sentence_total(sent: Span, cands: list[Candidate], flags: ArticleFlags) -> None:
    """"killed three people before killing himself" → also 4 killed in all."""
    suspects = [c for c in cands if c.kind == "killed" and c.suspect]
    victims = [c for c in cands if c.kind == "killed" and not c.suspect and not c.includes_suspect]
    if not suspects or not victims:
        return
    best = max(victims, key=lambda c: c.count)
    sus = suspects[0]
    start, end = min(best.start, sus.start), max(best.end, sus.end)
    first, second = sorted((best, sus), key=lambda c: c.start)
    text = (span_words(sent.doc, start, end) if end - start <= 30
            else f"{first.text} \u2026 {second.text}")
    cands.append(Candidate(count=best.count + sus.count, qualifier=best.qualifier, kind="killed",
                           who="people", start=start, end=end, sent=sent, includes_suspect=True,
                           scope=best.scope, total=True, text=text, claimed_by=best.claimed_by,
                           as_of=best.as_of))
    best.includes_suspect = True
    best.who = _victims(best.who)  # "3 victims killed" beside "4 people killed": the part, named as such


def _victims(who: str) -> str:
    """The victims' figure beside a victims-plus-suspect total is shown as the victims'."""
    return "victims" if who == "people" else who


def _to_items(cands: Iterable[Candidate], article_id: str) -> list[Casualty]:
    """One item per (kind, count, claimant), citing every sentence that gives it.

    A sentence that names no claimant joins the item of the same figure that has one; two claimants
    giving the same figure ("Kyiv said ...", "Moscow said ...") stay two items."""
    items: dict[tuple, Casualty] = {}
    for c in cands:
        doc = c.sent.doc
        key = (c.kind, c.count, c.claimed_by)
        same = [k for k in items if k[:2] == key[:2] and (c.claimed_by is None or k[2] in (None, c.claimed_by))]
        sources = [source_for(c.sent, article_id)] + [source_for(s, article_id) for s in c.extra_sents]
        if same:
            item = items[same[0]]
            have = {(s.start, s.end) for s in item.sources}
            item.sources.extend(s for s in sources if (s.start, s.end) not in have)
            if item.claimed_by is None and c.claimed_by is not None:
                item.claimed_by = c.claimed_by
                items[key] = items.pop(same[0])
            item.as_of = item.as_of or c.as_of
            if c.who == "victims" and item.who == "people":
                item.who = "victims"  # the headline's "killed 2 children" is the victims' figure told below
            continue
        text = c.text or span_words(doc, c.start, c.end)
        if not text:
            continue
        items[key] = Casualty(text=text, sources=_dedupe_sources(sources), count=c.count,
                              qualifier=c.qualifier, kind=c.kind, who=c.who, scope=c.scope,
                              claimed_by=c.claimed_by, as_of=c.as_of, words=c.words, summed=c.summed,
                              place=c.place)
    return sorted(items.values(), key=lambda i: (i.sources[0].start, i.kind, i.count))


def _dedupe_sources(sources: list[Source]) -> list[Source]:
    seen, out = set(), []
    for s in sources:
        if (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            out.append(s)
    return out


def extract(ctx: ArticleContext) -> list[Casualty]:
    """Every casualty figure the article states, one item per kind and count."""
    doc = ctx.doc
    if doc is None or len(doc) == 0:
        return []
    flags = article_flags(doc)
    flags.latest_date = latest_date(doc)
    cands: list[Candidate] = []
    uncounted: list[tuple[Span, Casualty]] = []  # uncounted groups ("a number of guards were wounded"), for the merge
    tallied: set[int] = set()  # the numbers of the article's tally sentences
    for sent in doc.sents:
        if len(sent) <= MAX_SENTENCE and tally_sentence(sent):
            tallied.update(n.value for n in (number_count(t) for t in sent if is_count_number(t)) if n is not None)
            continue
        if len(sent) > MAX_SENTENCE or link_line(sent) or timeline_entry(sent, flags.latest_year):
            continue
        try:
            cands.extend(_sentence_candidates(sent, flags))
            uncounted.extend((sent, g) for g in _uncounted_groups(sent, flags, ctx.article_id))
        except (IndexError, ValueError, RecursionError) as err:  # a parse this grammar did not foresee
            skipped(ctx, "casualties", sent.start_char, err)
    # "Violent Night In The City Leaves 2 Dead, 8 Injured" over "a series of shootings ... which have left two dead
    # and eight other people injured": the headline's figures are that tally's
    cands = [c for c in cands if not (c.fallback and c.count in tallied)]
    lead = lead_places(doc)  # a round-up's figures of other places than the story's are not its figures
    cands = [c for c in cands if not elsewhere(c.sent, lead)]
    # a round-up's places are counted apart: the passes compare the figures of one place
    if is_roundup(lead):  # whether anyone died is the article's question, not one place's
        cands = resolve_shot(cands, ctx)
    groups = roundup_groups(cands, doc, lead) if is_roundup(lead) else [cands]
    out: list[Candidate] = []
    for group in groups:
        for _name, run in PASSES:
            group = run(group, ctx)
        out.extend(group)
    for c in out:
        c.claimed_by = full_claimant(c.claimed_by, ctx.actors)
    if is_roundup(lead):
        uncounted = []  # a round-up's groups may be of any of its places
    return _to_items(out, ctx.article_id) + [g for sent, g in uncounted if not elsewhere(sent, lead)]


def _group_least(patient: Token) -> Optional[int]:
    """The least number an uncounted group of people allows: "several guards" 2, "a number of people" 2, "many
    civilians" 3; None when the nominal is no such group (a count, one person, "how many people")."""
    if any(c.dep_ == "nummod" for c in patient.children):
        return None  # "some 20 people": a count
    if patient.lower_ in GROUP_NOUNS and any(c.lower_ in ("a", "an") for c in patient.children):
        people = [p for c in patient.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and is_person(p) and p.tag_ in ("NNS", "NNPS")]
        return GROUP_NOUNS[patient.lower_] if people else None
    if patient.tag_ not in ("NNS", "NNPS") or not is_person(patient):
        return None
    for c in patient.children:
        if c.dep_ in ("amod", "det") and c.lower_ in GROUP_WORDS:
            if any(b.lower_ in GROUP_BLOCKERS for b in c.children):
                return None
            return GROUP_WORDS[c.lower_]
    return None


def _uncounted_groups(sent: Span, flags: ArticleFlags, article_id: str) -> list[Casualty]:
    """Each uncounted group of harmed people the sentence tells ("The statement said a number of guards were
    wounded"), as an item the merge reads and never shows: count is the least the group allows."""
    out = []
    for pi, harm in _harmed(sent, None, flags.latest_year).items():
        kind = final_kind(harm)
        patient = sent.doc[pi]
        least = _group_least(patient)
        if kind not in GROUP_KINDS or least is None or is_suspect(patient, flags):
            continue
        words = span_words(sent.doc, patient.left_edge.i, patient.right_edge.i + 1) or patient.text
        out.append(Casualty(text=words, sources=[source_for(sent, article_id)], count=least, qualifier="at_least",
                            kind=kind, who=who_of(patient), uncounted=True))
    return out


def full_claimant(name: Optional[str], actors) -> Optional[str]:
    """A claimant named by a surname alone ("according to Spoyer") is the person the article names in full
    ("Patty Spoyer"): a bare surname reads as nobody (judged)."""
    if not name or " " in name.strip() or not name[:1].isupper() or actors is None:
        return name
    return actors.full_name_of(name) or name
