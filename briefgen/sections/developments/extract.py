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
from collections import Counter
from typing import Optional

from spacy.tokens import Doc, Span

from briefgen import similar
from briefgen.extract.context import ArticleContext, clean, ents_of, source_for
from briefgen.extract.actors import pronoun_gender
from briefgen.extract.lexicon import OUTLET_WORDS, REPORTING_VERBS
from briefgen.sections.developments.lexicon import (
    ANAPHORIC_DETERMINERS,
    ANAPHORIC_HEADS,
    BACKGROUND,
    BODY_HEADS,
    BOILERPLATE,
    BRACKETED_LINK,
    CONNECTIVES,
    BYLINE,
    COLOUR_ACTIONS,
    COPULAR_BLOCKERS,
    COPULAR_COMPLEMENT,
    COPULAR_NAMED,
    COPULAR_RANKED_ENTS,
    COPULAR_RANKED_TAGS,
    COPULAR_TIMED,
    COPULAS,
    EVENT_CLASSES,
    STATIVE_BLOCKERS,
    STATIVE_COMPLEMENTS,
    STATIVE_NAMED_ENTS,
    STATIVE_NAMED_POS,
    STATIVE_PARTICIPLE,
    STATIVE_PEOPLE,
    STATIVE_SPAN,
    STATIVE_WHEN,
    TALLY_KINDS,
    DATELINE,
    DATELINE_DATED,
    EDITOR_NOTE,
    NEWSROOM_LEADIN,
    LIGHT_PREDICATES,
    TEASER,
    DESCRIBED_MAX,
    DATELINE_SENTENCES,
    ELLIPSIS,
    END_PUNCT,
    ENTITY_LABELS,
    GENERIC_COUNTS,
    MONTH_NAME,
    GENERIC_DETERMINERS,
    PERSONAL_PRONOUNS,
    GENERIC_TAGS,
    FIRST_PERSON_SUBJECTS,
    MAIN_ACTIONS,
    MAX_PER_ARTICLE,
    MAX_WORDS,
    MIN_WORDS,
    NEWSROOM,
    NEWSROOM_NEWS,
    NUMBER_LABELS,
    OBJECT_DEPS,
    OBJECT_PRONOUNS,
    OUTLET_LINK_LEAD,
    CREDIT_LEAD,
    FORMER_BEFORE,
    FULL_NAME_DEPS,
    NAME_GOES_ON,
    NAME_TITLE,
    PAPER_WORDS,
    PRINT_NAME_ENDS,
    SURNAME_FIRST,
    PHOTO_CREDIT,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PRONOUN_GENDER,
    RESOLVED_OBJECTS,
    POSITION_DECAY,
    QUOTE_CHARS,
    SIDE_CLAUSES,
    STRAIGHT_CLOSE,
    SUBJECT_AS_PERSON,
    UNKNOWN_RULES,
    UNRESOLVED_OPENINGS,
    POINTING_EVENTS,
    POINTING_VERBS,
    WEIGHTS,
    WEEKDAYS,
    YEAR,
)
from briefgen.sections.developments.lexicon import (  # candidates
    CALL_LETTERS,
    EARLIER_TOLD,
    TOLD_LEMMAS,
    QUOTE_LED,
    QUOTED_INNER_END,
    QUOTED_MIN_WORDS,
    QUOTED_PERSON,
    TRAILING_NOTE,
)
from briefgen.sections.developments.lexicon import (  # standing alone
    AGE_PROTAGONIST_MENTIONS,
    BAIL_HEADS,
    BUT_FOR_TAIL,
    NONE_OF_KIND,
    OWN_OUTLET_SENTENCES,
    STAFF_NOUNS,
    EPITHET_HEADS,
    EPITHET_PLACES,
    LEADING_COMPARISON,
    LEADING_EXPLAINING,
    LEANING_ADVERBS,
    HARM_LEMMAS,
    OTHER_WORDS,
    OWNER_ENTS,
    PART_HEADS,
    LIST_COLON,
    EVENT_IT_VERBS,
    LIST_ENTRIES,
    LIST_WORDS,
    LABEL_LEAD,
    INFERENCE_SO,
    POINTING_SUBJECTS,
    SHELL_HEADS,
    SHELL_SAYS_WHICH,
    THING_POSSESSIVES,
    SAID_HERE,
    THING_IT,
    DOERLESS_DEEDS,
    INTRODUCED_BEFORE,
    INTRODUCED_MENTIONS,
    NAMING_ACROSS,
    NAMING_SHOWN,
    CLAIMED_IT_SKIP_VERBS,
    HABITUAL_ADVERBS,
    HABITUAL_CASES,
    HABITUAL_CASE_DETS,
    VAGUE_COUNTS,
    BACK_DETERMINERS,
    BARE_GROUPS,
    BARE_PEOPLE,
    CAPTION_DATE_END,
    COUNTED_DEPS,
    COUNTED_NAMED,
    DATELINE_CAPS,
    INNER_CONNECTIVE,
    KIN_NOUNS,
    LEADING_RELATIVE,
    LEAD_NAMES,
    NAMING_VERBS,
    PARTITIVE_BACK,
    PARTITIVE_HEADS,
    POINTED_MAX,
    POINTED_SENTENCES,
    POINTING_DETERMINERS,
    POINTING_KEPT,
    POINTING_TIMES,
    OWNER_WORDS,
    POSSESSIVE_PERSONS,
    RARE_MENTIONS,
    SINCE_PERFECT,
    TITLE_HEADS,
    TITLE_KEPT,
)
from briefgen.sections.developments.model import Development

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
    text = TRAILING_NOTE.sub("", sent.text.strip())  # "... not immediately.[10:29.]": a transcript's time mark
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


def after_credit(sent: Span) -> bool:
    """Whether the sentence opens a line on a photo credit ("Andy Mai/New York Daily News A 16-year-old girl ..."),
    in the sentence or split off before it: a caption, which retells what the article tells."""
    doc = sent.doc
    line_start = doc.text.rfind("\n", 0, sent.start_char) + 1
    head = doc.text[line_start:sent.start_char]
    if head.strip() and PHOTO_CREDIT.search(head):
        return True
    return bool(CREDIT_LEAD.match(sent.text))


def newsroom_told_earlier(sent: Span) -> bool:
    """Whether the sentence tells what the newsroom was told earlier ("KWWL was told this morning by the department
    that ..."): the outlet's own earlier account, which the article tells because it now corrects it."""
    root = sent.root
    if root.lemma_.lower() not in TOLD_LEMMAS or not EARLIER_TOLD.search(sent.text):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    words = sent.doc[subj.left_edge.i:subj.i + 1]
    return bool(NEWSROOM.search(words.text)) or any(CALL_LETTERS.match(t.text) for t in words)


def skip_reason(sent: Span) -> Optional[str]:
    """Why this sentence cannot be a development, or None if it can."""
    text = sent.text.strip()
    words = words_of(sent)
    if len(words) < MIN_WORDS:
        return "short"
    if len(words) > MAX_WORDS:
        return "long"
    if newsroom_told_earlier(sent):
        return "newsroom told earlier"
    if text.endswith("?") or text.rstrip(QUOTE_CHARS + "'\u2019").endswith("?"):
        return "question"
    cut = ELLIPSIS.search(text)
    if cut and len(text[cut.end():].split()) < 4:
        return "truncated"
    if is_headline(sent):
        return "headline"
    if BYLINE.match(text):
        return "byline"
    if EDITOR_NOTE.match(text):
        return "editor's note"
    if TEASER.search(text):
        return "teaser"
    if BOILERPLATE.search(text):
        return "boilerplate"
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return "no verb"
    if is_caption(sent) or after_credit(sent):
        return "caption"
    if quoted_share(text) > 0.5:
        return "quote"
    if text[:1] in QUOTE_CHARS:  # a quotation followed by its attribution
        return "quote"
    if sum(1 for t in sent if t.lower_ in ("i", "you", "we", "me", "my", "your", "our")) >= 2:
        return "first person"
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIRST_PERSON_SUBJECTS for c in sent.root.children):
        return "first person"
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is not None and first.i == sent.root.i and first.tag_ == "VB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children):
        return "imperative"  # "Stay with us as we learn more", "Watch the video": the outlet speaking to its reader
    return None


def reported(sent: Span) -> Optional[str]:
    """A statement quoted whole before its attribution ('"The death was ruled a homicide," Chief Jo Roe said.') told
    as reported speech ("Chief Jo Roe said the death was ruled a homicide."), or None: when the quotation is more
    than one sentence, a question, the speaker's own view or appeal (first or second person), opens on a word that
    points elsewhere ("It", "This") or has no subject; when the attribution is more than a speaker and "said"."""
    m = QUOTE_LED.match(sent.text.strip())
    if m is None:
        return None
    quoted, who = m.group("q").strip(), (m.group("who") or m.group("who2")).strip()
    words = quoted.split()
    if len(words) < QUOTED_MIN_WORDS or QUOTED_PERSON.search(quoted) or QUOTED_INNER_END.search(quoted):
        return None
    first = words[0].lower()
    if not quoted[:1].isupper() or first in UNRESOLVED_OPENINGS or re.split(r"['\u2019]", first)[0] in UNRESOLVED_OPENINGS:
        return None
    start = sent.start_char + sent.text.index(quoted)
    inside = [t for t in sent if start <= t.idx < start + len(quoted)]
    subjects = [t for t in inside if t.dep_ in ("nsubj", "nsubjpass") and t.head in inside]
    if not subjects or subjects[0].left_edge.i != inside[0].i or any(t.is_punct for t in inside if t.i < subjects[0].i):
        return None  # no subject, or a phrase before it ("So they sat ...", "For farmers, the levy is ...")
    if not (who[:1].isupper() or who.lower() in PERSON_PRONOUNS):
        return None  # "the release", "a spokesman": no one named
    verb = "says" if re.search(r"\bsays\b", sent.text[sent.text.index(quoted) + len(quoted):]) else "said"
    head = quoted if inside[0].pos_ == "PROPN" or inside[0].text == "I" else quoted[:1].lower() + quoted[1:]
    return clean(f"{who[:1].upper() + who[1:]} {verb} {head}.")


def strip_dateline(text: str, sent_index: int) -> str:
    """Drop a dateline ("WASHINGTON (Reuters) -") in front of the first sentences."""
    if sent_index > DATELINE_SENTENCES:
        return text
    for pattern in (DATELINE, DATELINE_DATED):
        m = pattern.match(text)
        if m and len(text) - m.end() > 40 and text[m.end():][:1].isupper():
            return text[m.end():]
    return text


def paragraph_start(sent: Span) -> bool:
    """Whether the sentence opens a paragraph (a line break before it): where a dateline stands, also in a page
    that runs one story after another ("KENNEWICK – Former classmates ...")."""
    before = sent.doc.text[max(0, sent.start_char - 3):sent.start_char]
    return sent.start_char == 0 or "\n" in before


def strip_caps_dateline(text: str) -> str:
    """Drop a dateline in capitals ("KENNEWICK \u2013") in front of a paragraph past the lead: a page that runs one
    story after another starts each with its own."""
    m = DATELINE_CAPS.match(text)
    if m and len(text) - m.end() > 40 and text[m.end():][:1].isupper():
        return text[m.end():]
    return text


def strip_newsroom_leadin(text: str) -> str:
    """Cut the newsroom's own lead-in ("As we've reported before, ..."): the rest says the fact."""
    m = NEWSROOM_LEADIN.match(text)
    if m and len(text) - m.end() > 20:
        rest = text[m.end():]
        return rest[:1].upper() + rest[1:]
    return text


def event_score(sent: Span) -> float:
    """How much the sentence's grammar reports an event: a past action by a named actor, figures."""
    root = sent.root
    score = 0.0
    if any(t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN") for t in sent):
        score += 0.4
    head = root
    if root.lemma_ in REPORTING_VERBS or root.lemma_ == "according":  # "X said (that) Y happened": the event is the complement
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


def main_verbs(sent: Span) -> list:
    """The verbs that say what the sentence reports: past a reporting verb to what was reported ("police said
    X was arrested"), past a verb that governs another ("appears to have shot"), with the verbs joined to them
    ("failed a test and was arrested")."""
    head = sent.root
    for _ in range(4):
        comp = [c for c in head.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
        if not comp or (head.lemma_ not in REPORTING_VERBS and head.lemma_ != "according"
                        and not any(c.dep_ == "xcomp" for c in comp)):
            break
        head = comp[0]
    verbs = [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return [v for v in verbs if v.pos_ in ("VERB", "AUX")]


def action_score(sent: Span) -> float:
    """1 when the sentence's main verb is one of the main event's actions (MAIN_ACTIONS: a death, an arrest, a
    charge, a ruling, a vote), or its status negated ("no one has been charged"); -1 when it is colour or
    background by its verb (COLOUR_ACTIONS: where people live or study, what they feel or remember), or when every
    main verb is a bare copula with a noun phrase complement (lexicon.COPULAS: "Y was a student at Z High School",
    "the area is a part of town filled with businesses": a description, no event), or a bare copula of a thing with a
    place, a phrase or an adjective (lexicon.STATIVE_*: "the park is under growing pressure": the scene); else 0."""
    verbs = main_verbs(sent)
    lemmas = {v.lemma_.lower() for v in verbs}
    if lemmas & MAIN_ACTIONS:
        return 1.0

    def described(verb) -> bool:
        # no auxiliary, passive or negation; no name, figure or pronoun as the complement, no superlative or ordinal
        # in it; no date or time in the sentence, no quotation
        kids = list(verb.children)
        deps = {c.dep_ for c in kids}
        attr = next((c for c in kids if c.dep_ == COPULAR_COMPLEMENT), None)
        if verb.lemma_.lower() not in COPULAS or attr is None or "nsubj" not in deps or deps & COPULAR_BLOCKERS:
            return False
        if attr.pos_ in COPULAR_NAMED or attr.ent_type_:
            return False
        return not any(t.tag_ in COPULAR_RANKED_TAGS or t.ent_type_ in COPULAR_RANKED_ENTS for t in attr.subtree)

    def stative(verb) -> bool:
        # a bare copula of a thing, with a place, a phrase or an adjective as its complement, no clause telling when
        kids = list(verb.children)
        deps = {c.dep_ for c in kids}
        if (verb.lemma_.lower() not in COPULAS or "nsubj" not in deps or deps & COPULAR_BLOCKERS
                or deps & STATIVE_BLOCKERS):
            return False
        if any(c.dep_ == "advcl" and any(g.lower_ in STATIVE_WHEN for g in c.children) for c in kids):
            return False
        subj = next(c for c in kids if c.dep_ == "nsubj")
        if (subj.pos_ in STATIVE_NAMED_POS or subj.ent_type_ in STATIVE_NAMED_ENTS
                or subj.lemma_.lower() in PERSON_NOUNS or subj.lemma_.lower() in STATIVE_PEOPLE):
            return False
        comps = [c for c in kids if c.dep_ in STATIVE_COMPLEMENTS]
        return bool(comps) and not any(c.dep_ == "acomp" and (c.tag_ == STATIVE_PARTICIPLE or c.lemma_.lower() in EVENT_CLASSES
                                                             or c.lemma_.lower() in TALLY_KINDS) for c in comps)

    if lemmas & COLOUR_ACTIONS:
        return -1.0
    # a span of time ("for several hours") says how long, not when: no event's own time
    if (verbs and verbs[0].i == sent.root.i and all(stative(v) for v in verbs)
            and not any(e.label_ in COPULAR_TIMED and e.root.head.lower_ not in STATIVE_SPAN for e in sent.ents)
            and not any(q in sent.text for q in QUOTE_CHARS)):
        return -1.0
    # the description may go on in a clause of its own a source says ("..., but police say the public is safe")
    if (verbs and verbs[0].i == sent.root.i and described(verbs[0]) and all(described(v) or v.lemma_ in REPORTING_VERBS for v in verbs[1:])
            and not any(e.label_ in COPULAR_TIMED for e in sent.ents)
            and not any(q in sent.text for q in QUOTE_CHARS)):
        return -1.0
    return 0.0


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


def quote_tail(text: str) -> bool:
    """The end of a quotation opened in an earlier sentence: a closing mark before any opening one, curly
    ("...,” she said") or straight (a first '"' right after the quotation's last word or punctuation)."""
    close, open_ = text.find("\u201d"), text.find("\u201c")
    if close >= 0 and (open_ < 0 or close < open_):
        return True
    first = text.find('"')
    return first > 0 and text[first - 1] in STRAIGHT_CLOSE and (first + 1 == len(text) or not text[first + 1].isalnum())


def antecedent(sent: Span) -> Optional[str]:
    """The person named last before this sentence (in it or the two sentences before), for a leading he/she."""
    doc = sent.doc
    start = sent.start
    for _ in range(3):
        if start <= 0:
            return None
        prev = doc[start - 1].sent
        people = [e for e in ents_of(prev) if e.label_ == "PERSON"]
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"), None)
        if subj is not None and subj.ent_type_ == "ORG" and subj.lower_ in OUTLET_WORDS \
                and not named_as_person(doc, subj.text):
            subj = None  # "..., the Lakeview Herald reported.": the newspaper that tells it, no "he"
        if subj is not None and subj.ent_type_ in SUBJECT_AS_PERSON:
            # the sentence's named subject (centering), not a person named on the way ("Speaking after
            # hosting Zelenskyy, Trump told ..."), even with no PERSON label or a wrong ORG one
            names = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subj]
            return clean(prev.doc[names[0].i:subj.i + 1].text)
        if people:
            return clean(people[-1].text)
        start = prev.start
    return None


def named_as_person(doc: Doc, word: str) -> bool:
    """Whether the article labels a person with this word ("Lanier" in "Walter Lanier"): a named subject the
    model labels an organisation stands for a "he"/"she" only then, not a newsroom or a newspaper."""
    return any(e.label_ == "PERSON" and word in e.text.split() for e in doc.ents)  # the whole article's


def sentences_before(sent: Span, n: int):
    """The (at most) n sentences before this one, nearest first."""
    doc, start = sent.doc, sent.start
    for _ in range(n):
        if start <= 0:
            return
        prev = doc[start - 1].sent
        yield prev
        start = prev.start


def main_person_before(sent: Span, sentences: int = 3) -> Optional[str]:
    """Of the people named in the few sentences before this one (a PERSON, or a sentence's named subject), the one
    the article mentions most (by the last word of the name), when one stands out: whom a "him" with no name in
    its sentence is about. Not one the sentence's own subject describes ("The judge will sentence him" is not
    about "Judge Walter Lanier")."""
    doc = sent.doc
    own = {c.lemma_.lower() for c in sent if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"}
    named: list[str] = []
    for prev in sentences_before(sent, sentences):
        spans = [e for e in ents_of(prev) if e.label_ == "PERSON"]
        for subj in (c for c in prev if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"
                     and c.ent_type_ in SUBJECT_AS_PERSON and c.ent_type_ != "ORG"):
            names = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subj]
            spans.append(doc[names[0].i:subj.i + 1])
        for span in spans:
            titled = {t.lemma_.lower() for t in doc[max(prev.start, span.start - 3):span.end]}
            if not titled & own:
                named.append(clean(span.text))
    if not named:
        return None
    words = Counter(t.text for t in doc if t.pos_ == "PROPN")
    best = sorted({n: words[n.split()[-1]] for n in named}.items(), key=lambda x: (-x[1], -len(x[0]), x[0]))
    if len(best) > 1 and best[0][1] == best[1][1] and best[0][0].split()[-1] != best[1][0].split()[-1]:
        return None
    return best[0][0]


def main_body_before(sent: Span, sentences: int = 3) -> Optional[str]:
    """The organisation named in the few sentences before this one that the article names most, when one stands
    out and is no news outlet: what "the firm" or "the company" is."""
    doc = sent.doc
    named: list[str] = []
    for prev in sentences_before(sent, sentences):
        named += [clean(e.text) for e in ents_of(prev) if e.label_ == "ORG"
                  and not set(e.text.lower().split()) & OUTLET_WORDS]
    if not named:
        return None
    text = doc.text
    best = sorted({n: text.count(n) for n in named}.items(), key=lambda x: (-x[1], x[0]))
    if len(best) > 1 and best[0][1] == best[1][1]:
        return None
    return best[0][0]


def age_at(doc: Doc, i: int) -> Optional[str]:
    """The age when tokens i.. read "N-year-old" (the parse splits it into five tokens), else None."""
    words = [t.lower_ for t in doc[i:i + 5]]
    return doc[i].text if len(words) == 5 and words[1:] == ["-", "year", "-", "old"] and doc[i].like_num else None


def named_age(sent: Span, age: str) -> Optional[str]:
    """The person the article gives this age before the sentence ("Dana Roe, 18," or "18-year-old Dana Roe"), when
    exactly one person has it: the name a "the 18-year-old" stands for."""
    doc = sent.doc
    found = set()
    for ent in ents_of(doc[:sent.start]):
        if ent.label_ != "PERSON":
            continue
        after = doc[ent.end:min(ent.end + 3, len(doc))]
        if (len(after) >= 2 and after[0].text == "," and after[1].text == age) or (
                ent.start >= 5 and age_at(doc, ent.start - 5) == age):
            found.add(clean(ent.text))
    return found.pop() if len(found) == 1 else None


def definite_subject(sent: Span) -> Optional[tuple[int, int, Optional[str]]]:
    """A description that only points back to what was named before: "the 18-year-old" used as a noun, or a
    subject "The two ...", "The firm says ..." with no name in it. (start token, end token, the age or None)."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ != "the" or tok.i + 1 >= sent.end:
            continue
        age = age_at(doc, tok.i + 1)
        if age is not None:
            end = tok.i + 6
            nxt = doc[end] if end < sent.end else None
            if nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
                return tok.i, end, age
    for tok in sent.root.children:
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        counted = any(c.dep_ == "nummod" and c.i < tok.i for c in tok.children)  # "The two cases ..."
        if tok.lower_ not in ANAPHORIC_HEADS and not counted:
            continue
        span = list(tok.subtree)
        if span[0].lower_ == "the" and not any(t.pos_ == "PROPN" for t in span) and not (
                counted and any(c.dep_ in ("prep", "relcl", "acl") for c in tok.children)):
            return span[0].i, tok.i + 1, None
    return None


def person_antecedent(sent: Span) -> Optional[str]:
    """The name a leading "he"/"she" stands for, stricter than `antecedent`: the pronoun carries on the subject of
    the sentence before, so when that subject is no name ("The woman who received the photos ...") or a name that
    is no person's ("Fox News' Bret Baier noticed ...": the person inside it, if any), nothing else stands in."""
    if sent.start <= 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in PERSON_NOUNS:
        # "The woman who received the photos ... . She sent ...": the subject itself, when it is a short phrase
        # naming a person of no other gender than the pronoun's
        pronoun = next((t.lower_ for t in sent if t.lower_ in PERSON_PRONOUNS), "")
        phrase = prev.doc[subj.left_edge.i:subj.right_edge.i + 1]
        if PERSON_NOUNS[subj.lemma_.lower()] not in ("", PRONOUN_GENDER.get(pronoun)):
            return None
        if phrase[0].lower_ == "the" and len(phrase) <= DESCRIBED_MAX and not any(t.is_punct for t in phrase):
            return clean(phrase.text[:1].upper() + phrase.text[1:])
        return None
    if subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ == "ORG" and not named_as_person(sent.doc, subj.text):
        inside = [e for e in ents_of(prev) if e.label_ == "PERSON"
                  and subj.left_edge.i <= e.start and e.end - 1 <= subj.right_edge.i]
        return clean(inside[-1].text) if inside else None
    return antecedent(sent)


def stand_alone(sent: Span, text: str) -> Optional[str]:
    """The sentence made to stand alone in a briefing, or None when it cannot be.

    A leading connective ("Instead,", "Meanwhile,") is cut; a leading "he"/"she" subject becomes the person
    named just before; a sentence that opens on another pronoun, on a clause without a subject, in lower
    case or inside a quotation cannot stand alone.
    """
    text = BRACKETED_LINK.sub("", OUTLET_LINK_LEAD.sub("", text, count=1))
    cut = CONNECTIVES.sub("", text, count=1)
    if cut != text and cut:
        cut = cut[:1].upper() + cut[1:]
    text = cut
    if not text or quote_tail(text):
        return None
    first = text.split()[0].lower().strip(",")
    if first in UNRESOLVED_OPENINGS or re.split(r"['\u2019]", first)[0] in UNRESOLVED_OPENINGS:  # "They're ..."
        return None
    if first in PERSON_PRONOUNS:
        tok = next((t for t in sent if t.lower_ == first), None)
        name = person_antecedent(sent) if tok is not None and tok.dep_ in ("nsubj", "nsubjpass") else None
        if name is None:
            return None
        text = untitled_if_former(sent.doc.text, name) + text[len(text.split()[0]):]
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(t.lower_ in ANAPHORIC_DETERMINERS and t.dep_ == "det" for s in subjects for t in s.subtree):
        # "Two of those incidents were fatal": what the sentence is about is in another sentence. Not elsewhere
        # ("played down those allegations", "In explaining why many of those ..."): it still says what happened
        return None
    if sent.root.lemma_.lower() in POINTING_VERBS and any(
            s.lemma_.lower() in POINTING_EVENTS and not any(c.dep_ in ("acl", "relcl", "prep") for c in s.children)
            for s in subjects):
        # "Warren's comments came amid testy questioning", "The move comes after ...": what was said or done is
        # in another sentence; the item tells only when it came ("The decision to close the bridge came ..." says it)
        return None
    people = [e for e in ents_of(sent) if e.label_ == "PERSON"]
    # a named possessor the article labels a person elsewhere ("Ezra's parents will hold a memorial for him"): the
    # pronoun after it has its name in the sentence
    owners = [t for t in sent if t.dep_ == "poss" and t.pos_ == "PROPN" and (
        named_as_person(sent.doc, t.text) or t.head.lemma_.lower() in KIN_NOUNS)]
    obj = next((t for t in sent if t.lower_ in OBJECT_PRONOUNS and t.dep_ in OBJECT_DEPS), None)
    if obj is not None and not people and not any(t.i < obj.i for t in owners) and in_main_clause(obj):
        # "The judge will sentence him Aug. 28": the story's most mentioned person named just before, else dropped
        name = main_person_before(sent) if obj.lower_ in RESOLVED_OBJECTS else None
        at = [i for i in range(len(text)) if text.startswith(obj.text, i) and (i == 0 or not text[i - 1].isalnum())
              and not text[i + len(obj.text):i + len(obj.text) + 1].isalnum()]
        if name is None or len(at) != 1:
            return None
        text = text[:at[0]] + name + text[at[0] + len(obj.text):]
    described = definite_subject(sent)
    if described is not None:
        start, end, age = described
        name = named_age(sent, age) if age else None
        phrase = sent.doc[start:end].text
        if name is None and age:  # the story's own person, named just before ("the 18-year-old insisted ...")
            name = protagonist_before(sent)
        if name is None and age:  # no one named with that age: "an 18-year-old told police", which leans on nothing
            name = ("an " if age.startswith("8") or age in ("11", "18") or (len(age) == 2 and age[0] == "8")
                    else "a ") + sent.doc[start + 1:end].text
            if start == sent.start or text.startswith(phrase):
                name = name[:1].upper() + name[1:]
        if name is None and not age and sent.doc[end - 1].lower_ in BODY_HEADS and end - start == 2:
            name = main_body_before(sent)  # "The firm says it fired ...": the company named just before
        if name is None or phrase not in text:
            return None
        at = text.index(phrase)
        text = text[:at] + name + text[at + len(phrase):]
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.i > sent.start and subject.lower_ in PERSON_PRONOUNS | {"they"}:
        # "Eager to shred with some friends, he and two buddies went ...": the subject after an opening phrase
        at = [i for i in range(len(text)) if text.startswith(subject.text, i) and (i == 0 or not text[i - 1].isalnum())
              and not text[i + len(subject.text):i + len(subject.text) + 1].isalnum()]
        if not people and not any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.i < subject.i
                                  for t in sent):  # "Although Weiner admitted ..., he claimed ...": named already
            name = person_antecedent(sent) if subject.lower_ in PERSON_PRONOUNS else None
            if name is None or len(at) != 1:
                return None
            text = text[:at[0]] + (name[:1].lower() + name[1:] if name.lower().startswith("the ") else name) \
                + text[at[0] + len(subject.text):]
    root = sent.root
    if root.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass")
                                               for c in root.children):
        return None  # "Emphasizing his commitment to ...": a clause without its subject
    if not text[:1].isupper():
        if not text[:1].isalpha():
            return None if not text[:1].isdigit() else text
        return None
    return text



# ---------------------------------------------------------------- standing alone, with the article's actors

def leans_back(sent: Span) -> bool:
    """Whether the sentence names what it is about only by pointing at another sentence, anywhere in it: "both
    homes" (no clause after the noun that says which), "Friends of the women", "The nations have agreed", "those"
    twice ("In addition to those murders, ... at those six crime scenes")."""
    pointing = [t for t in sent if t.dep_ == "det" and t.lower_ in ANAPHORIC_DETERMINERS]
    if len(pointing) >= 2:
        return True  # "In addition to those murders, ... at those six crime scenes": it leans on what came before twice
    for tok in sent:
        if tok.dep_ == "det" and tok.lower_ in BACK_DETERMINERS and tok.head.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ in ("relcl", "acl") for c in tok.head.children):
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in BARE_GROUPS and tok.i > sent.start and \
                tok.doc[tok.i - 1].lower_ == "the" and all(c.dep_ == "det" for c in tok.children) and not any(
                    e.label_ in ("GPE", "NORP", "ORG") and e.end <= tok.i for e in ents_of(sent)):
            return True  # "The nations have also agreed ...": which ones another sentence said (not "In Libya and
            # Yemen, the governments have ...")
        if tok.lower_ in BARE_PEOPLE and tok.i > sent.start and tok.doc[tok.i - 1].lower_ == "the" and not any(
                c.dep_ in ("amod", "compound", "nummod", "prep", "relcl", "acl", "appos") for c in tok.children):
            return True
    return False


def other_counted(sent: Span) -> bool:
    """Whether a subject counts more of what another sentence told ("Three other male victims, ages 24 and 25, were
    wounded in the shooting", "Another man was hurt"): "other"/"another" on a person or thing with no "than" after it,
    so the incident they are others of is named only in the sentence before."""
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN":
            continue
        mods = [c for c in tok.children if c.i < tok.i]
        if not any(c.lower_ in OTHER_WORDS and c.dep_ in ("amod", "det") for c in mods):
            continue
        if any(t.lower_ == "than" for t in tok.subtree):
            continue
        if tok.lower_ == "another" or any(c.lower_ == "another" for c in mods) or any(c.dep_ == "nummod" for c in mods):
            return True
    return False


def listed_back(sent: Span) -> bool:
    """Whether a subject lists people only by "the" and their ages ("The 19-year-old man, 38-year-old woman and
    21-year-old woman were standing outside"): which ones, and where, another sentence told."""
    doc = sent.doc
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or not any(
                c.dep_ in ("conj", "appos") and age_at(doc, c.left_edge.i) is not None for c in tok.children):
            continue  # (the parse makes the second of the list an apposition as often as a conjunct)
        first = tok.left_edge
        if first.lower_ == "the" and age_at(doc, first.i + 1) is not None and not any(
                t.pos_ == "PROPN" for t in tok.subtree):
            return True
    return False


def object_it(sent: Span, text: str) -> bool:
    """Whether an object "it" has nothing before it in the item to stand for ("Pakistani officials said China had
    expressed interest in it"): every singular noun before it is the subject of its own clause, the noun it hangs on,
    a time, a person, in the speaker's words of saying or cut from the item ("In the days after the operation,")."""
    for tok in sent:
        if tok.lower_ not in THING_IT or tok.dep_ not in OBJECT_DEPS:
            continue
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            continue
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if nxt is not None and nxt.pos_ in ("ADJ", "VERB", "AUX", "PART", "SCONJ", "ADV") or any(
                c.dep_ in ("ccomp", "xcomp", "acomp", "oprd") and c.i > tok.i for c in verb.children):
            continue  # "made it clear that ...", "found it hard to ...": the clause after says what it is
        skip = set()
        for v in (verb, *[a for a in verb.ancestors if a.lemma_.lower() in REPORTING_VERBS]):
            for c in v.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    skip |= {t.i for t in c.subtree}
        if tok.head.dep_ == "prep" or tok.head.pos_ == "ADP":
            skip.add(tok.head.head.i)
        things = [t for t in sent if t.i < tok.i and t.i not in skip and t.tag_ in ("NN", "NNP")
                  and t.ent_type_ not in ("PERSON", "DATE", "TIME") and t.lemma_.lower() not in PERSON_NOUNS
                  and t.lower_ not in POINTING_TIMES
                  and re.search(rf"(?<!\w){re.escape(t.text)}(?!\w)", text[:max(0, len(text) - (sent.end_char - t.idx))
                                                                          + len(t.text)])]
        if not things:
            return True
    return False


def harmed_they(sent: Span) -> bool:
    """Whether a "they" is the one harmed in a clause a speaker reports ("Police said they were slain by ...") with
    nothing before it in the sentence but the speaker that it could stand for: who was harmed is in another
    sentence."""
    for tok in sent:
        if tok.lower_ != "they" or tok.dep_ != "nsubjpass" or tok.head.lemma_.lower() not in HARM_LEMMAS:
            continue
        said = tok.head.head
        if tok.head.dep_ != "ccomp" or said.lemma_.lower() not in REPORTING_VERBS:
            continue
        speaker = {t.i for c in said.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        before = [t for t in sent if t.i < tok.i and t.i not in speaker]
        if not any(t.tag_ in ("NNS", "NNPS") or t.dep_ == "conj" or t.ent_type_ in ("ORG", "NORP") for t in before):
            return True
    return False


def pointed_at(sent: Span) -> list:
    """The nouns "those"/"these" points at in the sentence ("did not include those meetings", "play down those
    allegations"): not one a clause after it says which ("those seeking her assistance", "those who ..."), nor a
    time ("these days")."""
    out = []
    for tok in sent:
        if tok.dep_ != "det" or tok.lower_ not in POINTING_DETERMINERS or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        noun = tok.head
        if noun.lower_ in POINTING_TIMES or any(c.dep_ in ("relcl", "acl") for c in noun.children):
            continue
        out.append(tok)
    return out


def earlier_mention(sent: Span, noun) -> Optional[str]:
    """How a sentence before this one (the nearest of POINTED_SENTENCES) writes the noun "those" points at, with
    what says which after it ("the hundreds of meetings Clinton had with individuals ..." -> "meetings Clinton had
    with individuals ..."), when that is short enough; else None."""
    for prev in sentences_before(sent, POINTED_SENTENCES):
        for tok in reversed(list(prev)):
            if tok.lemma_.lower() != noun.lemma_.lower() or tok.pos_ != noun.pos_:
                continue
            after = [c for c in tok.children if c.i > tok.i and c.dep_ in ("prep", "relcl", "acl")]
            if not after:
                continue
            left = min([tok.i] + [c.left_edge.i for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod")])
            right = max(c.right_edge.i for c in after)
            if right + 1 - left > POINTED_MAX or any(t.is_punct and t.text in ",;:" for t in prev.doc[tok.i:right + 1]):
                continue
            return clean(prev.doc[left:right + 1].text)
    return None


def leading_phrase(sent: Span, tok) -> Optional[str]:
    """The phrase in front of the sentence's subject that holds this token, up to its comma ("Responding to those
    questions,", "Despite these concerns,"), when the sentence opens on it; else None."""
    cur = tok
    for _ in range(30):
        if cur.head.i == sent.root.i or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.i == sent.root.i or cur.dep_ not in ("advcl", "prep", "npadvmod", "advmod") or cur.left_edge.i != sent.start:
        return None
    end = cur.right_edge.i + 1
    if end >= sent.end or sent.doc[end].text != ",":
        return None
    return sent.doc[sent.start:end + 1].text


def name_pointed(sent: Span, text: str) -> Optional[str]:
    """"those"/"these" on a noun that points at another sentence, made to say what it points at: "those meetings" ->
    "the meetings Clinton had with individuals ..." (how the sentence before wrote them, earlier_mention), or "the"
    when the item's own phrase says what kind ("those foundation donors" -> "the foundation donors"); None when
    neither can be (the item does not say what it is about)."""
    for det in pointed_at(sent):
        noun = det.head
        lead = leading_phrase(sent, det)
        if lead is not None and lead in text and text.index(lead) == 0:
            rest = text[len(lead):].lstrip(" ,")
            if len(rest.split()) >= MIN_WORDS and rest[:1].isalpha():
                text = rest[:1].upper() + rest[1:]  # "Responding to those questions, Stumpf said ...": the phrase goes
                continue
        own = [c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod")]
        mention = earlier_mention(sent, noun)
        phrase = sent.doc[det.i:noun.i + 1].text
        m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)
        if m is None:
            return None
        if mention is not None and not own:
            named = "the " + mention
        elif own:
            named = "the" + phrase[len(det.text):]
        elif det.lower_ in POINTING_KEPT:
            continue  # "policy issues that matter to this crowd": the scene the article is at, left
        else:
            return None
        if m.start() == 0:
            named = named[:1].upper() + named[1:]
        text = text[:m.start()] + named + text[m.end():]
    return text


def counted_back(sent: Span) -> list:
    """The subjects and possessors in any clause that are "the" and a count with nothing that names or places them
    ("As the two girls hung out ...", "The two organizations' work ..."): which ones another sentence said, as their
    "the" tokens. Not when a name before it in the sentence says which ("Security forces in Libya and Yemen ... as the
    two regimes struck back")."""
    out = []
    for tok in sent:
        if tok.dep_ not in COUNTED_DEPS or tok.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "nummod" and c.i < tok.i for c in tok.children):
            continue
        phrase = list(tok.subtree) if tok.dep_ != "poss" else [t for t in tok.subtree if t.i <= tok.i]
        if phrase[0].lower_ != "the" or any(t.pos_ == "PROPN" for t in phrase):
            continue
        if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in tok.children):
            continue  # "the two men who ...", "the two sides in the dispute": it says which
        if any(e.label_ in COUNTED_NAMED and e.end <= phrase[0].i for e in ents_of(sent)):
            continue
        out.append((phrase[0], tok))
    return out


def counted_as_new(sent: Span, text: str) -> Optional[str]:
    """A counted "the two girls" (counted_back) told as new, "two girls", as an unnamed "the man, who ..." is
    (described_unnamed): "the" points at a sentence the briefing does not show. None for a counted possessor ("The
    two organizations' work"): what is theirs is told only of the ones another sentence named."""
    for the, noun in counted_back(sent):
        if noun.dep_ == "poss":
            return None  # "The two organizations' work is ...": "Two organizations' work" still leans on which two
        phrase = sent.doc[the.i:noun.i + 1].text
        m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)
        if m is None:
            continue
        rest = phrase[len(the.text):].lstrip()
        if m.start() == 0:
            rest = rest[:1].upper() + rest[1:]
        text = text[:m.start()] + rest + text[m.end():]
    return text


def owner_named(sent: Span, text: str) -> Optional[str]:
    """A possessive "his"/"her" with no person named or described before it in the sentence ("The highlights
    included ... statements about his relationship with ..."): the person named just before, as "Name's", when the
    pronoun occurs once in the item; else None. The text as it is when every such pronoun has its person."""
    for tok in sent:
        if tok.dep_ != "poss" or tok.lower_ not in POSSESSIVE_PERSONS:
            continue
        before = sent.doc[sent.start:tok.i]
        if any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in sent):
            # "As her colleagues grilled Stumpf, Warren lit into ...", "Repeating from his speech ..., Biden
            # rubbished ...": the named subject the clause is about
            return text
        if any(e.label_ == "PERSON" for e in ents_of(sent) if e.start < tok.i) or any(
                t.pos_ == "PROPN" or t.lemma_.lower() in PERSON_NOUNS or t.lemma_.lower() in KIN_NOUNS
                or t.lower_ in PERSON_PRONOUNS or t.lower_ in POSSESSIVE_PERSONS or t.lower_ in TITLE_HEADS
                or t.lower_ in OWNER_WORDS for t in before):
            return text  # "Police said Gardner confessed to his ...", "The mom ... said her son ...": told before it
        name = person_antecedent(sent) or main_person_before(sent)
        name = untitled_if_former(sent.doc.text, name) if name else None  # "Former Rep. Anthony Weiner"
        at = [m.start() for m in re.finditer(rf"(?<![\w'\u2019]){tok.text}(?![\w'\u2019])", text)]
        if name is None or len(at) != 1 or name.lower().startswith("the ") or \
                pronoun_gender(sent.doc, name) != POSSESSIVE_PERSONS[tok.lower_]:
            return None
        return text[:at[0]] + name + "\u2019s" + text[at[0] + len(tok.text):]
    return text


def its_owner(sent: Span, text: str) -> Optional[str]:
    """A possessive "its" with no organisation, place or thing before it in the sentence that it could stand for ("By
    announcing a 10% reduction in its global workforce, Mark Fields was let go"): the organisation named most in the
    sentences before, as "Name's", when "its" occurs once in the item; else None. The text as it is otherwise."""
    for tok in sent:
        if tok.dep_ != "poss" or tok.lower_ not in THING_POSSESSIVES:
            continue
        if any(e.label_ in OWNER_ENTS and e.start < tok.i for e in ents_of(sent)) or any(
                t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i for t in sent) or any(
                t.pos_ == "PROPN" for t in sent[:tok.i - sent.start]):
            return text  # "The city said its budget ...", "Under pressure, the board cut its budget"
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.i > tok.i and (t.ent_type_ in OWNER_ENTS or t.pos_ == "NOUN")
               and t.ent_type_ != "PERSON" for t in sent):
            return text  # "Despite its losses, the company grew": the subject after it owns it
        name = main_body_before(sent)
        at = [m.start() for m in re.finditer(r"(?<![\w'\u2019])its(?![\w'\u2019])", text, re.IGNORECASE)]
        if name is None or len(at) != 1:
            return None
        return text[:at[0]] + name + "\u2019s" + text[at[0] + 3:]
    return text


def claimed_it(sent: Span) -> bool:
    """Whether a subject "it" of what a speaker says or claims has nothing before it to stand for ("Labor unions,
    environmental groups and many lawmakers claim it will result in job losses"): the speaker is plural or a person,
    and no singular noun before it but a compound's. Not an "it" the words after it say ("claim it is clear that
    ...", "said it will be up to the prosecutor")."""
    for tok in sent:
        if tok.lower_ not in THING_IT or tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp":
            continue
        verb, speaker_verb = tok.head, tok.head.head
        if verb.pos_ not in ("VERB", "AUX") or speaker_verb.lemma_.lower() not in REPORTING_VERBS:
            continue  # "the findings made it clear that ...": no speaker's claim
        if verb.lemma_.lower() in CLAIMED_IT_SKIP_VERBS or any(
                c.dep_ in ("ccomp", "xcomp", "acomp", "attr") and c.i > tok.i for c in verb.children):
            continue
        speaker = next((c for c in speaker_verb.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.i > tok.i or not (
                speaker.tag_ in ("NNS", "NNPS") or speaker.ent_type_ == "PERSON"
                or speaker.lemma_.lower() in PERSON_NOUNS or speaker.lower_ in PERSON_PRONOUNS | {"they", "we", "i"}):
            continue
        things = [t for t in sent if t.i < tok.i and t.tag_ in ("NN", "NNP") and t.dep_ != "compound"
                  and t.ent_type_ not in ("PERSON", "DATE", "TIME", "NORP") and t.lemma_.lower() not in PERSON_NOUNS
                  and not (speaker.left_edge.i <= t.i <= speaker.right_edge.i and speaker.ent_type_ == "PERSON")]
        if not things:
            return True
    return False


def deed_without_doer(sent: Span) -> bool:
    """Whether the main subject is a misstep with no one's name on it ("A series of unforced errors have handed
    Clinton a wide lead": whose errors is in the sentence before): a DOERLESS_DEEDS noun, or "a series/string/number
    of" one, with no possessor, name or "by" agent."""
    for subj in sent.root.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        head = subj
        if subj.lemma_.lower() not in DOERLESS_DEEDS:
            head = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), None)
        if head is None or head.lemma_.lower() not in DOERLESS_DEEDS:
            continue
        span = list(subj.subtree)
        if any(t.dep_ == "poss" or t.pos_ in ("PROPN", "PRON") or t.lower_ == "by" for t in span):
            continue
        return True
    return False


def introduced_before(sent: Span) -> bool:
    """Whether the subject of what a speaker says is "the" and a bare noun that the
    sentence just before brought in with "a"/"an" ("... boarded a bus. Police said the bus was headed to ..."), and
    that the article names in few sentences: the item leans on that sentence for which one it is."""
    doc = sent.doc
    if sent.start == 0:
        return False
    root = sent.root
    if root.lemma_.lower() not in REPORTING_VERBS or not any(c.dep_ == "nsubj" for c in root.lefts):
        return False  # only what a speaker named first says ("Police said the bus ..."): a main-clause "The shooting
        # happened around 3 a.m." after "a shooting" is mostly the story's own event, told on
    verbs = [c for c in root.rights if c.dep_ == "ccomp"]
    before = []
    prev = doc[sent.start - 1].sent
    for _ in range(INTRODUCED_BEFORE):
        before.append(prev)
        if prev.start == 0:
            break
        prev = doc[prev.start - 1].sent
    for verb in verbs:
        for subj in verb.children:
            if subj.dep_ not in ("nsubj", "nsubjpass") or subj.tag_ != "NN" or \
                    subj.lemma_.lower() in PERSON_NOUNS or subj.lower_.endswith("ing"):
                continue
            kids = list(subj.children)
            if len(kids) != 1 or kids[0].lower_ != "the" or kids[0].i != subj.i - 1:
                continue
            lemma = subj.lemma_.lower()
            brought = any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) for s in before for t in s)
            if not brought:
                continue
            mentions = sum(1 for s in doc.sents if any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in s))
            if mentions <= INTRODUCED_MENTIONS:
                return True
    return False


def habitual(sent: Span) -> bool:
    """A remark on how things go in general, no event of the story: a frequency phrase on the main verb ("In some
    cases, local residents have killed lions before officials arrived", "Officers often find ..."), the main verb in
    the present or the present perfect, its subject a bare plural noun ("residents", "local residents") with no name in
    it. Not a past tense main verb ("In some cases, the bullets struck ...": the story's own) nor a named subject."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    present = root.tag_ in ("VBP", "VBZ") or (root.tag_ == "VBN" and any(
        a.lemma_.lower() == "have" and a.tag_ in ("VBP", "VBZ") for a in aux)) or any(
        a.tag_ in ("VBP", "VBZ") for a in aux) and root.tag_ == "VB"
    if not present:
        return False
    often = any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in root.children) or any(
        c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lemma_.lower() in HABITUAL_CASES and (
            p.tag_ == "NN" and p.i > 0 and sent.doc[p.i - 1].lower_ == "on"
            or any(d.lower_ in HABITUAL_CASE_DETS for d in p.children if d.dep_ in ("det", "amod")))
            for p in c.children) for c in root.children)
    if not often:
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].tag_ != "NNS":
        return False
    return not any(t.pos_ in ("PROPN", "NUM") or t.dep_ in ("det", "poss") and t.lower_ not in GENERIC_DETERMINERS
                   for t in subjects[0].subtree)


def it_happened(sent: Span) -> bool:
    """Whether an "it" is the subject of "happen"/"occur" in a clause under the main one ("Her son was playing a game
    right before it happened"): what happened is told only in another sentence."""
    return any(t.lower_ in THING_IT and t.dep_ == "nsubj" and t.head.lemma_.lower() in EVENT_IT_VERBS
               and t.head.dep_ in ("advcl", "ccomp", "relcl", "pcomp", "pobj", "conj") for t in sent)


def part_of_before(sent: Span) -> bool:
    """Whether a subject is "the" and only a part or a pick of what another sentence told ("The highlights included
    ...", "The rest were freed"): nothing after it says of what."""
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in PART_HEADS and tok.i > sent.start and \
                tok.doc[tok.i - 1].lower_ == "the" and not any(
                    c.dep_ in ("prep", "relcl", "acl", "compound", "amod", "poss") for c in tok.children):
            return True
    return False


def listed_on(sent: Span, text: str) -> Optional[str]:
    """An item that ends on the first entry of a list its colon opened ("talked through policy issues that matter to
    this crowd: Her vote for the auto bailout.", the next entries split off as sentences of their own, noun phrases
    with no verb of their own): the entries that follow joined on ("...: her vote for the auto bailout; her vow to
    ...; her fight for ..."), up to LIST_ENTRIES and LIST_WORDS, else None. The text as it is when it is no such
    item."""
    m = LIST_COLON.search(text)
    if m is None or ":" not in sent.text:
        return text
    colon = max(t.i for t in sent if t.text == ":")
    after = [t for t in sent if t.i > colon and not t.is_punct]
    if not after or any(t.pos_ in ("VERB", "AUX") for t in after):
        return text
    entries = []
    rest = sent.doc[sent.end:] if sent.end < len(sent.doc) else None
    for nxt in (rest.sents if rest is not None else ()):
        if nxt.root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.root.children) \
                or "\n\n" in sent.doc[sent.end - 1:nxt.start + 1].text_with_ws:
            break  # "He was 34.": the list is over (also at a paragraph's end)
        entries.append(nxt)
        if len(entries) >= LIST_ENTRIES:
            return None
    if not entries:
        return text

    def entry(t: str, first) -> str:
        t = clean(t).rstrip(" .;")
        return t if first.pos_ == "PROPN" else t[:1].lower() + t[1:]
    head = text[:m.start()] + ": " + entry(m.group("item"), after[0])
    joined = "; ".join([head] + [entry(e.text, e[0]) for e in entries]) + "."
    return None if len(joined.split()) > LIST_WORDS else joined


def partitive(sent: Span, text: str) -> Optional[str]:
    """A subject that counts part of a group another sentence named ("None of them were hurt"): the group made
    explicit from the sentence before ("None of the children were hurt", its last plural noun for people), else
    None. The text as it is when there is no such subject."""
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in PARTITIVE_HEADS:
            continue
        back = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and g.lower_ in PARTITIVE_BACK]
        if not back:
            return text
        prev = next(sentences_before(sent, 1), None)
        group = None if prev is None else next(
            (t for t in reversed(list(prev)) if t.tag_ == "NNS" and t.lemma_.lower() in PERSON_NOUNS), None)
        phrase = f"{tok.text} of {back[0].text}"
        if group is None or back[0].lower_ != "them" or phrase not in text:
            return None
        return text.replace(phrase, f"{tok.text} of the {group.text.lower()}", 1)
    return text


def fragment(sent: Span, text: str) -> bool:
    """A caption or a label, not a sentence: a noun phrase as its root ("The scene at 942 Main Street where police
    say ..."), or the caption's own date at the end ("... in Warren, Michigan on Thursday, Aug. 11, 2016.")."""
    root = sent.root
    if root.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("nsubj", "nsubjpass", "cop", "aux") for c in root.children):
        # no clause of its own: every subject in it belongs to a clause hung on the noun ("... where police say")
        # (a parse that makes a noun the root of "Biden rubbished Trump's claim" still has its subject outside)
        if all(in_noun_clause(t) for t in sent if t.dep_ in ("nsubj", "nsubjpass")):
            return True
    return bool(CAPTION_DATE_END.search(text))


def in_noun_clause(tok) -> bool:
    """Whether the token sits in a clause hung on a noun (a relative clause or a participle after it)."""
    return any(t.dep_ in ("relcl", "acl") for t in (tok, *tok.ancestors))


def cut_relative_lead(text: str) -> str:
    """Cut a leading phrase that places the event only against the sentence before ("About two hours later,", "In
    the confusion,"), when the rest is a sentence of its own (it has more than a few words)."""
    m = LEADING_RELATIVE.match(text) or LEADING_COMPARISON.match(text) or LEADING_EXPLAINING.match(text)
    if not m:
        return text
    rest = text[m.end():]
    if len(rest.split()) < MIN_WORDS or not rest[:1].isalnum():
        return text
    return rest[:1].upper() + rest[1:]


def full_names(sent: Span, text: str, ctx: ArticleContext) -> str:
    """A person the item names by one word ("McGee said ...") gets the full name the article gives them ("Chip
    McGee", through its actors), once, when the item does not name them in full already. Not after a title or
    another name ("Sen. Warren", "Mr. Lee"): that one is placed; nor the story's main actors (named in the title or
    the first LEAD_NAMES sentences): the briefing's top names them, and does not repeat "Donald Trump" in every
    item. The full name's last word is the one word, and it is the only person of the article who bears
    that word: a child named by a first name ("5-year-old Augustine") is not his father ("Michael Augustine Bournes")."""
    index = ctx.actors
    doc = sent.doc
    lead = " ".join([ctx.title or ""] + [t.text for t in list(doc.sents)[:LEAD_NAMES]
                                         if t.text.strip().endswith(END_PUNCT)])
    done: set[str] = set()
    words = []
    for ent in ents_of(sent):
        if ent.label_ == "PERSON" and len(ent) <= 3 and " " not in ent.text.strip():
            words.append((ent.start, ent.end, ent.text.strip()))
    for tok in sent:
        if tok.pos_ == "PROPN" and tok.dep_ in FULL_NAME_DEPS and tok.ent_type_ in ("", "ORG", "PERSON") \
                and not any(start <= tok.i < end for start, end, _ in words):
            words.append((tok.i, tok.i + 1, tok.text))
    for start, end, word in sorted(words):
        if start > sent.start and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text.endswith(".")):
            continue
        if end < sent.end and doc[end].pos_ == "PROPN" and doc[end].tag_ != "POS":
            continue
        word = re.sub(r"['\u2019]s$", "", word)
        full = index.full_name_of(word) or surname_first(index, word)  # "Augustine" the boy is not "Michael Augustine Bournes"
        if not full or full in done or full in text:
            continue
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", lead):
            continue  # the story's main actor: the briefing names them in full at its top
        if not whole_name(doc.text, full):
            continue  # "Michael Augustine “August” Bournes": the full name is a part of a longer one
        m = re.search(rf"(?<![\w.-]){re.escape(word)}(?![\w-])", text)
        if not m or (m.start() >= 2 and text[m.start() - 2:m.start()].strip()[-1:].isupper()):
            continue
        full = untitled_if_former(doc.text, full)
        text = text[:m.start()] + full + text[m.end():]
        done.add(full)
    return text


def surname_first(index, word: str) -> Optional[str]:
    """The full name a surname written first stands for ("Chun" -> "Chun Hae-sung"): the article's one person whose
    two-word name opens on the word and goes on with a hyphenated given name (SURNAME_FIRST); else None."""
    full = index.resolve(word)
    if not full or index.type_of(full) != "person":
        return None
    parts = full.split()
    if len(parts) != 2 or parts[0].lower() != word.lower() or not SURNAME_FIRST.match(parts[1]):
        return None
    return full


def untitled_if_former(text: str, full: str) -> str:
    """`full` without its leading title ("Rep. Anthony Weiner" -> "Anthony Weiner") when the text writes it after
    "former"/"ex-" anywhere: the title is one the person held, not holds; else `full` as it is."""
    title = NAME_TITLE.match(full)
    if title is None:
        return full
    if any(FORMER_BEFORE.search(text[:m.start()]) for m in re.finditer(re.escape(full), text)):
        return full[title.end():]
    return full


def whole_name(text: str, full: str) -> bool:
    """Whether the text writes `full` at least once as a whole name: not followed by a nickname in quotes or by
    another capitalised word ("Michael Augustine “August” Bournes" holds "Michael Augustine" only as a part)."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(full)}(?![\w-])", text):
        if not NAME_GOES_ON.match(text, m.end()):
            return True
    return False


def titled_subject(sent: Span, text: str, ctx: ArticleContext) -> Optional[str]:
    """A subject that is "the" and a title with no name ("The Republican nominee has made ..."): the person the
    article names with that title before, else None (the item does not say who). Titles an article uses for its
    one holder (TITLE_KEPT: "the judge", "the coroner") stay as they are: the role places them."""
    for tok in sent.root.children:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in TITLE_HEADS:
            continue
        span = sent.doc[tok.left_edge.i:tok.i + 1]
        # a finite verb right after the title is the sentence's own verb the parse hung on the noun ("The lame duck
        # governor fawned over Donald Trump after ..."), not a clause that says which governor
        # (a VBN too, when the parse made a subordinate clause the root: "... after the billionaire won ...")
        misparsed = any(c.dep_ == "mark" for c in sent.root.children)
        mods = [c for c in tok.children if c.dep_ in ("prep", "relcl", "acl", "appos")
                and not (c.dep_ == "acl" and c.i == tok.i + 1 and (c.tag_ == "VBD" or c.tag_ == "VBN" and misparsed))]
        if span[0].lower_ != "the" or any(t.pos_ == "PROPN" for t in span) or mods or any(
                t.pos_ == "PROPN" for c in tok.children if c.dep_ != "acl" or c in mods for t in c.subtree):
            return text
        if tok.lower_ in TITLE_KEPT:
            return text  # "the judge", "the coroner": the one holder of the role in the story, named or not
        name = ctx.actors.person_titled(tok.i, {tok.lower_})
        if name is None:
            return None
        if name in text or span.text not in text:
            return text
        at = text.index(span.text)
        return text[:at] + name + text[at + len(span.text):]
    return text


def naming_of(doc: Doc, lemma: str) -> set[str]:
    """The names the article gives a person it calls "the <lemma>": "the boy was named/identified as Ezra Dunn",
    "identified the boy as Ezra Dunn", "the boy, Ezra Dunn,", "Ezra Dunn, the boy"."""
    names: set[str] = set()
    people = [e for e in doc.ents if e.label_ == "PERSON" and len(e.text.split()) >= 2]
    for ent in people:
        root = ent.root
        head = root.head
        if root.dep_ == "appos" and head.lemma_.lower() == lemma and head.pos_ == "NOUN":
            names.add(clean(ent.text))  # "the boy, Ezra Dunn,"
        if root.dep_ in ("oprd", "attr", "pobj", "npadvmod", "dobj") or head.lower_ == "as":
            verb = head.head if head.lower_ == "as" else head
            if verb.lemma_.lower() not in NAMING_VERBS:
                continue
            for c in verb.children:
                if c.dep_ in ("nsubjpass", "dobj", "nsubj") and c.lemma_.lower() == lemma and c.i != root.i:
                    names.add(clean(ent.text))  # "the boy was named Ezra Dunn", "identified the boy as ..."
        for c in root.children:
            if c.dep_ == "appos" and c.lemma_.lower() == lemma:
                names.add(clean(ent.text))  # "Ezra Dunn, the boy,"
    return names


def described_person(sent: Span, text: str) -> Optional[str]:
    """A subject "the boy", "the victim" (PERSON_NOUNS, "the" and the noun alone) becomes the one name the article
    gives that person (naming_of); the text as it is when the article names no one so, or the sentence is the one
    that names them ("The coroner said the boy was named ...")."""
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lemma_.lower() not in PERSON_NOUNS or tok.tag_ != "NN":
            continue
        if tok.i == 0 or sent.doc[tok.i - 1].lower_ != "the" or any(c.dep_ != "det" for c in tok.children):
            continue
        names = naming_of(sent.doc, tok.lemma_.lower())
        if len(names) != 1:
            continue
        name = names.pop()
        if name in text:
            continue
        phrase = sent.doc[tok.i - 1:tok.i + 1].text
        m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE)
        if m:
            text = text[:m.start()] + name + text[m.end():]
    return text


def described_unnamed(sent: Span, text: str) -> str:
    """A subject "the" and a person noun told about on the side, with no name ("The man, who was hospitalized ...,
    had joined ..."), when the article gives no one name for that noun (naming_of): "the" points at another
    sentence, so the person is told as new ("A man, who ..."), as an unnamed age is ("an 18-year-old told
    police"). Not a bare "the man"
    (mostly the one person of the story), nor one a restrictive clause says which ("The man who owned the gun"),
    nor one the sentence names ("The man, Ed Lund, ...")."""
    doc = sent.doc
    for tok in sent.root.children:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NN" or tok.lemma_.lower() not in PERSON_NOUNS:
            continue
        span = doc[tok.left_edge.i:tok.right_edge.i + 1]
        if span[0].lower_ != "the" or any(e.label_ == "PERSON" for e in ents_of(sent)
                                          if span.start <= e.start < span.end):
            return text
        if any(c.dep_ == "appos" for c in tok.children):
            return text
        side = [c for c in tok.children if c.dep_ in ("relcl", "acl", "prep")]
        if any(doc[c.left_edge.i - 1].text != "," for c in side):
            return text  # restrictive: it says which
        if not side:
            return text  # "The Portland teen ...": left (told as new, it cost the summaries their overlap)
        if len(naming_of(doc, tok.lemma_.lower())) == 1:
            return text  # described_person puts the name in
        phrase = doc[span[0].i:tok.i + 1].text
        m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)
        if not m:
            return text
        rest = phrase[3:].lstrip()
        article = "an" if rest[:1].lower() in "aeiou" else "a"
        if m.start() == 0:
            article = article.capitalize()
        return text[:m.start()] + article + " " + rest + text[m.end():]
    return text


def rare_definite(sent: Span, text: str) -> bool:
    """Whether the subject is "the" and a thing the article names nowhere else, described on the side ("The pledge,
    which was made in a joint statement, ...", "The gathering, organized by ..."): it points back at a sentence the
    briefing does not show, and the side clause tells about it without saying which it is. Not a person
    (described_person), nor one a restrictive clause or a name says which ("The team that first arrived ...", "The
    exchanges between Warren and Stumpf ..."), nor a bare one ("The strikes caused major fires ..."): that is
    mostly the event just told, which readers list."""
    doc = sent.doc
    for tok in sent.root.children:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or tok.lemma_.lower() in PERSON_NOUNS \
                or tok.lower_ in TITLE_HEADS:
            continue
        span = list(doc[tok.left_edge.i:tok.i + 1])  # the noun phrase up to its head, without what follows it
        if span[0].lower_ != "the" or any(t.pos_ == "PROPN" or t.like_num for t in span):
            return False
        if doc[span[0].i:tok.i + 1].text not in text:
            return False  # stand_alone put a name in its place ("The firm says ..." -> "Norland Bank says ...")
        mods = [c for c in tok.children if c.dep_ in ("prep", "relcl", "acl")]
        if any(doc[c.left_edge.i - 1].text != "," for c in mods):
            return False  # restrictive: it says which
        if not mods:
            return False  # "The strikes caused major fires": the event the sentence before told, often the main one
        seen = sum(1 for t in doc if t.lower_ == tok.lower_)  # the same form: "gatherings" elsewhere are others
        return seen <= RARE_MENTIONS
    return False


def inner_pronoun(sent: Span, text: str) -> str:
    """A "he"/"she" subject inside the sentence ("... had several stops where he could have gotten off") when the
    sentence names no person before it: the person named just before (person_antecedent), when the pronoun occurs
    once; else the text as it is."""
    pron = next((t for t in sent if t.lower_ in PERSON_PRONOUNS and t.dep_ in ("nsubj", "nsubjpass")
                 and t.i > sent.start and t.head.i != sent.root.i), None)
    if pron is None:
        return text
    if any(e.label_ == "PERSON" and e.start < pron.i for e in ents_of(sent)) or any(
            t.i < pron.i and (t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj")
                              and t.ent_type_ not in EPITHET_PLACES  # "headed to New York City ... he": no one
                              or t.tag_ == "NN" and t.lemma_.lower() in PERSON_NOUNS
                              or t.lower_ in PERSON_PRONOUNS) for t in sent):
        return text  # named, described ("the man ... he") or a "he" stand_alone named, before it
    at = [m.start() for m in re.finditer(rf"(?<![\w'\u2019]){pron.text}(?![\w'\u2019])", text)]
    name = person_antecedent(sent)
    if name is None or len(at) != 1:
        return text
    name = name[:1].lower() + name[1:] if name.lower().startswith("the ") else name
    return text[:at[0]] + name + text[at[0] + len(pron.text):]


def leaning_adverb(sent: Span, text: str) -> str:
    """Cut a "then"/"also" between the main subject and the main verb ("Bournes then set fire to ..."): it sets the
    event against another sentence, and the rest says what happened."""
    root = sent.root
    adv = next((t for t in root.lefts if t.lower_ in LEANING_ADVERBS and t.dep_ == "advmod" and t.i == root.i - 1),
               None)
    if adv is None or not any(t.dep_ in ("nsubj", "nsubjpass") and t.i < adv.i for t in root.lefts):
        return text
    return re.sub(rf"(?<![\w'\u2019]){adv.text}\s+(?={re.escape(root.text)}(?![\w'\u2019]))", "", text, count=1)


def protagonist_before(sent: Span) -> Optional[str]:
    """The person named most in the sentences before (main_person_before) when the article names them at least
    AGE_PROTAGONIST_MENTIONS times and more often than anyone else: whom a "the 18-year-old" with no one given that age
    stands for (the story's own person)."""
    name = main_person_before(sent)
    if name is None:
        return None
    doc = sent.doc
    words = Counter(t.text for t in doc if t.pos_ == "PROPN")
    last = name.split()[-1]
    others = {e.text.split()[-1] for e in doc.ents if e.label_ == "PERSON"} - {last}
    if words[last] < AGE_PROTAGONIST_MENTIONS or any(words[o] >= words[last] for o in others):
        return None
    return name


def whose_bail(sent: Span, text: str) -> Optional[str]:
    """A subject "Bail"/"Bond" with no one's in it ("Bail has been set at $500,000."): whose, the sentence before told;
    the person named most just before put in ("Bail for Dana Roe has been set ..."), else None. Any other text as it
    is."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in BAIL_HEADS or any(
            c.dep_ in ("poss", "prep", "compound", "amod", "relcl", "acl") for c in subj.children):
        return text
    if subj.i != sent.start or not text.lower().startswith(subj.lower_ + " "):
        return text
    if any(e.label_ == "PERSON" for e in ents_of(sent)):
        return text
    name = main_person_before(sent)
    if name is None:
        return None
    return text[:len(subj.text)] + " for " + name + text[len(subj.text):]


def but_for_tail(sent: Span, text: Optional[str]) -> Optional[str]:
    """An item that closes on ", but for" and a noun phrase ("None of them were hurt, but for one neighbor with a
    child of her own."): the tail means "except" and does not say what befell them. When the item counts none of a
    kind ("None of the children were hurt") and the tail is one of another kind (a neighbor), the claim stands
    without it: cut. Else None: cutting it would leave a claim the article does not make ("Nobody was hurt")."""
    if text is None:
        return None
    m = BUT_FOR_TAIL.search(text)
    if not m:
        return text
    kind = NONE_OF_KIND.match(text)
    lemmas = {t.lower_: t.lemma_.lower() for t in sent.doc}
    but = next((t for t in sent if t.lower_ == "for" and t.i > sent.start and t.nbor(-1).lower_ == "but"), None)
    tail = next((c for c in but.children if c.dep_ == "pobj"), None) if but is not None else None
    if kind is None or tail is None or tail.pos_ != "NOUN":
        return None
    if lemmas.get(kind.group(1).lower(), kind.group(1).lower()) == tail.lemma_.lower():
        return None
    return text[:m.start()] + (m.group(1) or ".")


def place_epithet(sent: Span, text: str) -> Optional[str]:
    """A subject "the" + a place + a person noun ("The Portland teen is in the hot seat ..."), with nothing in it that
    names the person and nothing after it that says which: the person named most in the sentences before, else None
    (who it is is in another sentence). Any other text as it is."""
    for tok in sent.root.children:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lemma_.lower() not in EPITHET_HEADS:
            continue
        span = sent.doc[min(t.i for t in tok.subtree):tok.i + 1]
        mods = list(span)[1:-1]
        if span[0].lower_ != "the" or any(c.dep_ in ("relcl", "acl", "prep", "appos") for c in tok.children) or not (
                mods and any(t.ent_type_ in EPITHET_PLACES or t.pos_ == "PROPN" for t in mods)
                and all(t.ent_type_ in EPITHET_PLACES or t.pos_ in ("ADJ", "NOUN", "PROPN") for t in mods
                        if t.pos_ != "PUNCT")):
            continue
        if not text.lower().startswith(span.text.lower()):
            return text
        name = main_person_before(sent)
        if name is None or tok.lemma_.lower() == "couple":
            return None
        return name + text[len(span.text):]
    return text


def pointing_subject(sent: Span) -> bool:
    """Whether the main subject is a demonstrative pronoun after an opening phrase ("For those more visually
    inclined, that's enough water to fill 57 pools"): what it stands for is in the sentence before."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in POINTING_SUBJECTS and c.pos_ in ("PRON", "DET")
               and not any(True for _ in c.children) for c in sent.root.children)


def shell_definite(sent: Span) -> bool:
    """Whether the item holds "the" and a general noun that only renames what another sentence told ("Ambulances
    were rushed to the site", "bystanders surrounding the animal", "will return for the event"), with nothing on
    the noun that says which ("the site of the blast", "the memorial event"), outside a quotation."""
    for tok in sent:
        if tok.lower_ not in SHELL_HEADS or tok.pos_ != "NOUN":
            continue
        dets = [c for c in tok.children if c.dep_ == "det"]
        if len(dets) != 1 or dets[0].lower_ != "the" or any(
                c.dep_ in SHELL_SAYS_WHICH and not (c.dep_ == "prep" and all(
                    p.ent_type_ in ("DATE", "TIME") for p in c.children if p.dep_ == "pobj") and any(
                    p.dep_ == "pobj" for p in c.children)) for c in tok.children):
            continue  # "the site of the blast" says which; "the event on Sunday" only when
        if any(t.pos_ == "NOUN" and t.lemma_.lower() not in PERSON_NOUNS and t.lemma_.lower() not in SHELL_HEADS
               and t.lower_ not in SHELL_HEADS and not (t.dep_ in ("nsubj", "nsubjpass") and t.head == sent.root)
               and t.ent_type_ not in ("DATE", "TIME") and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an")
                                                               for c in t.children)
               for t in sent.doc[sent.start:tok.i]):
            continue  # "Officials had planned to capture the lion, but the animal ...": named before it, in the sentence
        if sent.doc[sent.start:tok.i].text.count("\u201c") > sent.doc[sent.start:tok.i].text.count("\u201d") or \
                sent.doc[sent.start:tok.i].text.count('"') % 2:
            continue
        return True
    return False


def label_lead(sent: Span, text: str) -> bool:
    """Whether a label with no verb and a colon stand in front of the clause ("The chief point of contention:
    Reservoir 5 can hold ..."; not "The letter continues: ..."), or a "So" that draws a conclusion about a state ("So
    the risk is slight"; not an event, "So he walked south"): the writer's frame, which leans on what the sentences
    before set out."""
    lead = LABEL_LEAD.match(text)
    if lead is not None:
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is not None and not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start:colon.i]):
            return True
    return INFERENCE_SO.match(text) is not None and sent.root.lemma_.lower() in COPULAS


def standing(sent: Span, text: str, ctx: ArticleContext) -> Optional[str]:
    """The item `stand_alone` made, made to stand alone with what the article's actors tell (a full name for a
    surname, the person a title stands for), a leading phrase that leans on the sentence before cut off; None when
    it still leans on another sentence or is no sentence."""
    if fragment(sent, text) or leans_back(sent) or rare_definite(sent, text) or other_counted(sent) \
            or harmed_they(sent) or listed_back(sent) or part_of_before(sent) or it_happened(sent) \
            or claimed_it(sent) or deed_without_doer(sent) or introduced_before(sent) or pointing_subject(sent) \
            or shell_definite(sent) or label_lead(sent, text):
        return None
    text = listed_on(sent, text)
    if text is None:
        return None
    text = SAID_HERE.sub(r"\1", text)
    text = owner_named(sent, text)
    text = its_owner(sent, text) if text is not None else None
    if text is not None:
        text = counted_as_new(sent, text)
        text = name_pointed(sent, text) if text is not None else None
    if text is None:
        return None
    text = SINCE_PERFECT.sub(r"\1 ", INNER_CONNECTIVE.sub(r"\1 ", text, count=1), count=1)
    text = described_unnamed(sent, described_person(sent, text))
    text = partitive(sent, text)
    if text is None:
        return None
    text = place_epithet(sent, leaning_adverb(sent, cut_relative_lead(text)))
    text = but_for_tail(sent, text)
    text = whose_bail(sent, text) if text is not None else None
    if text is None or object_it(sent, text):
        return None
    text = titled_subject(sent, text, ctx)
    if text is None:
        return None
    return paper_named(sent, full_names(sent, inner_pronoun(sent, text), ctx))


def paper_named(sent: Span, text: str) -> str:
    """"the newspaper"/"the paper" written as the one newspaper the article names before the sentence ("admitted to
    the newspaper" -> "admitted to the New York Post"), once; the text as it is when it names none or several."""
    m = PAPER_WORDS.search(text)
    if m is None:
        return text
    if any(e.label_ == "ORG" and e[-1].lower_ in PRINT_NAME_ENDS for e in ents_of(sent)):
        return text  # "sent screen shots to the Post and spoke to the newspaper": named in the item already
    papers = {re.sub(r"^[Tt]he\s+", "", clean(e.text)) for e in sent.doc.ents
              if e.label_ == "ORG" and e.end <= sent.start and e[-1].lower_ in PRINT_NAME_ENDS}
    name = max(papers, key=len, default="")
    if not name or any(not name.endswith(p) for p in papers):
        return text  # none, or two papers ("the Post" is the "New York Post" named before)
    return text[:m.start()] + m.group(1) + " " + name + text[m.end():]


def background(sent: Span, text: str, latest_year: int) -> float:
    """1 for history and background: the past perfect, an earlier year than the article's latest, or a
    background phrase ("last year", "previously")."""
    years = [int(y) for y in YEAR.findall(text)]
    if years and latest_year and max(years) < latest_year:
        return 1.0
    root = sent.root
    if root.tag_ == "VBN" and any(c.lower_ == "had" and c.dep_ == "aux" for c in root.children):
        return 1.0
    return 1.0 if BACKGROUND.search(text) else 0.0


def hedged(sent: Span) -> float:
    """1 when the sentence says something is not known or not yet done ("names have not been released",
    "police are investigating whether ..."): an open question, not a development."""
    from briefgen.sections.open_questions.rules import RULES  # here: the open_questions package reads this module

    rules = [r for r in RULES if r.name in UNKNOWN_RULES]
    for tok in sent:
        for rule in rules:
            hit = rule.test(tok)
            if hit is not None and hit[1] == "hedge" and in_main_clause(tok) and not other_news(sent, tok):
                return 1.0
    return 0.0


def other_news(sent: Span, tok) -> bool:
    """Whether a clause with its own subject, apart from the unknown, reports something ("Kerry did not
    specify other steps, although he said commitments were made to ..."). The clause a "whether" opens is the
    unknown itself, with all its parts ("whether someone shot the child or if the child had the gun"), and so is
    the clause a wh-word opens ("investigating what led up to the gun going off and whether ...")."""
    scope = tok.head if tok.dep_ == "mark" or tok.tag_ in ("WDT", "WP", "WRB") else None
    for verb in sent:
        if scope is not None and scope.left_edge.i <= verb.i <= scope.right_edge.i:
            continue
        if verb.dep_ in ("advcl", "conj") and verb.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not (
                verb.left_edge.i <= tok.i <= verb.right_edge.i) and not (
                tok.left_edge.i <= verb.i <= tok.right_edge.i and verb.head.i != tok.i):
            return True
    return False


def in_main_clause(tok) -> bool:
    """Whether the token belongs to what the sentence asserts, not to a clause hung on a noun ("a rate
    that calls into question whether ...") or a side clause ("..., although it is unclear ...")."""
    cur = tok
    for _ in range(30):
        if cur.dep_ in SIDE_CLAUSES:
            return False
        if cur.head.i == cur.i:
            return True
        cur = cur.head
    return True


def newsroom(sent: Span) -> float:
    """1 when the newsroom is the subject of what the sentence says it did ("Channel 2 Action News watched as
    police worked ..."): the reporting, not the story. Not when it reports or learns the news. Read from the
    words before the first verb, as the parse may make the name the root."""
    verb = next((t for t in sent if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_ in REPORTING_VERBS or verb.lemma_ in NEWSROOM_NEWS:
        return 0.0
    before = sent.doc[sent.start:verb.i].text
    return 1.0 if "," not in before and NEWSROOM.search(before) else 0.0


def corrected_names(text: str, ctx: ArticleContext) -> Optional[str]:
    """The text, or None when it holds a name the article says was wrong ("His name is Dallas Swonger, not
    ..."): a development never repeats a name the story corrected, and its citation, the sentence itself, would."""
    for wrong in ctx.actors.corrected:
        if re.search(rf"(?<!\w){re.escape(wrong)}(?!\w)", text):
            return None
    return text


def position_score(rank_in_article: int) -> float:
    return 1.0 / (1.0 + POSITION_DECAY * rank_in_article)


def generic(sent: Span) -> bool:
    """A statement about the world in general, not an event: a present-tense main verb, not progressive ("are
    glorified", "can change"), a bare subject naming no one in particular ("Fame and power ...", "Entire media
    networks ...", "Circumstances ..."), no past tense, no personal pronoun, and no name, count or reporting verb
    anywhere in the sentence. An essay's opening reflections, which an analyst does not list as developments ("The
    boy is in stable condition" has its "the"; "Officials are investigating ..." is going on)."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.tag_ == "VBG":
        return False
    verbs = [root] + [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if not any(v.tag_ in GENERIC_TAGS for v in verbs) or any(t.tag_ == "VBD" for t in sent):
        return False
    if root.tag_ == "VBN" and any(v.lemma_.lower() == "have" or v.lower_ == "being" for v in verbs[1:]):
        return False  # "Other blasts have targeted ...", "Dogs are being used ...": what happened, or is happening
    if any(e.label_ in ("DATE", "TIME") and (WEEKDAYS.search(e.text) or MONTH_NAME.search(e.text)
                                             or any(c.isdigit() for c in e.text)) for e in sent.ents):
        return False  # "Since Monday, grief counselors have been on campus": a time of the story's own
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN":
        return False
    if any(t.dep_ == "det" and t.lower_ not in GENERIC_DETERMINERS or t.pos_ in ("PROPN", "NUM")
           for t in subjects[0].subtree):
        return False
    if any(t.lower_ in PERSONAL_PRONOUNS for t in sent):
        return False
    inside = {t.i for t in subjects[0].subtree}
    if any(e.label_ in ENTITY_LABELS - {"NORP"} or e.label_ in GENERIC_COUNTS and not (
            e.root.i not in inside and all(t.lower_ in VAGUE_COUNTS for t in e)) for e in sent.ents):
        return False  # a count makes it particular; not "draw millions of viewers", which counts no one in particular
    return not any(t.lemma_.lower() in REPORTING_VERBS for t in sent if t.pos_ == "VERB")


def own_outlet(doc: Doc) -> Optional[str]:
    """The outlet (an organisation's name) whose staff the article tells harmed or attacked ("attacked Press TV staff",
    "killing the network's correspondent" after it) and which it names in OWN_OUTLET_SENTENCES sentences or more: the
    article is that outlet's account of what befell its own people. None when there is none, or two."""
    found = set()
    for sent in doc.sents:
        if not any(t.lemma_.lower() in HARM_LEMMAS for t in sent):
            continue
        for e in ents_of(sent):
            if e.label_ != "ORG":
                continue
            head = e.root.head if e.root.dep_ in ("compound", "poss") else None
            if head is not None and head.lower_ in STAFF_NOUNS:
                found.add(clean(e.text))
    if len(found) != 1:
        return None
    name = next(iter(found))
    if sum(name in s.text for s in doc.sents) < OWN_OUTLET_SENTENCES:
        return None
    return name


def own_account(sent: Span, text: str, outlet: Optional[str]) -> str:
    """An item of the outlet's own account of harm to its staff, told with no reporting verb: "According to X, ..."."""
    if outlet is None or text.startswith("According to") or not any(
            t.lemma_.lower() in HARM_LEMMAS for t in sent) or any(
            t.lemma_.lower() in REPORTING_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            for t in sent):  # "X said ...", not "while reporting on air"
        return text
    first = text[:1] if sent[0].pos_ == "PROPN" or text[:2] == "I " else text[:1].lower()
    return f"According to {outlet}, {first}{text[1:]}"


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
    years = [int(y) for y in YEAR.findall(doc.text)]
    latest_year = max(years) if years else 0
    kept = 0
    corrected = getattr(ctx.actors, "corrected", None)
    outlet = own_outlet(doc)
    for i, sent in enumerate(sents):
        why = skip_reason(sent) or ("generic" if generic(sent) or habitual(sent) else None)
        told = reported(sent) if why == "quote" else None
        if why is not None and told is None:
            continue
        raw = told or clean(strip_newsroom_leadin(strip_dateline(TRAILING_NOTE.sub("", sent.text.strip()), i)))
        if i > DATELINE_SENTENCES and paragraph_start(sent):
            raw = strip_caps_dateline(raw)
        text = stand_alone(sent, raw)
        if text:
            text = standing(sent, text, ctx)
        if text and corrected:
            text = corrected_names(text, ctx)
        if not text:
            continue
        text = own_account(sent, text, outlet)
        words = words_by_sent[i]
        w = WEIGHTS
        action = action_score(sent)
        score = (w["position"] * position_score(kept)
                 + w["event"] * event_score(sent)
                 + (w["action"] if action > 0 else w["colour"]) * action
                 + w["entities"] * entity_density(sent)
                 + w["title"] * similar.similarity(words, title_words)
                 + w["central"] * centrality(words, freq, top)
                 + w["length"] * min(1.0, len(words) / 12.0)
                 - w["dangling"] * dangling(sent)
                 - w["background"] * background(sent, raw, latest_year)
                 - w["hedged"] * hedged(sent)
                 - w["newsroom"] * newsroom(sent))
        kept += told is None  # a quotation told as reported speech takes no place in the article's order
        scored.append((round(score, 4), text, sent))
    scored.sort(key=lambda x: (-x[0], x[2].start))
    return [Development(text=text, sources=[source_for(sent, ctx.article_id)], score=score, support=1,
                        predicates=predicates(sent))
            for score, text, sent in scored[:MAX_PER_ARTICLE]]


def predicates(sent: Span) -> list[str]:
    """What the sentence says happened, as lemmas: every verb but the reporting ones ("police said X was shot and
    killed" -> "kill", "shoot"; "Russia has not confirmed it" -> "confirm"), with the noun object or complement of its main verbs ("made an arrest" ->
    "arrest"). Two reports are one statement only when they share one (same_event.same_predicate)."""
    out = {t.lemma_.lower() for t in sent if t.pos_ == "VERB" and t.lemma_.lower() not in REPORTING_VERBS
           and t.lemma_.lower() not in LIGHT_PREDICATES}
    for verb in main_verbs(sent):
        if verb.pos_ == "VERB" and verb.lemma_.lower() not in LIGHT_PREDICATES:
            out.add(verb.lemma_.lower())  # a reporting verb that reports nothing further is the event itself
        for c in verb.children:
            if c.dep_ in ("dobj", "attr", "acomp", "oprd") and c.pos_ in ("NOUN", "ADJ"):
                out.add(c.lemma_.lower())
    return sorted(out)


# ---------------------------------------------------------------- standing alone, across articles

def namings(items: list[Development]) -> dict[str, set[str]]:
    """Each person noun with the names the articles give it ("the boy was named Ezra Dunn"), from the items and their
    source sentences."""
    found: dict[str, set[str]] = {}
    for item in items:
        for text in [item.text] + [s.sentence for s in item.sources]:
            for m in NAMING_ACROSS.finditer(text):
                if m.group("noun") in PERSON_NOUNS:
                    found.setdefault(m.group("noun"), set()).add(clean(m.group("name")))
    return found


def named_across(items: list[Development], candidates: Optional[list[Development]] = None) -> list[Development]:
    """An item that opens on "The boy ..." (a bare "the" and a person noun, a verb after it) written with the one
    name the articles give that noun ("The boy was pronounced dead" -> "Ezra Dunn was pronounced dead"), though
    its own article names no one so; left as it is when the articles give that noun no name or several. The names
    are read from `candidates` (all articles' candidates), else from the items. Run on the ranked items: a name put
    in before the ranking joined the item to the naming's, which then went."""
    names = {noun: next(iter(found)) for noun, found in namings(candidates or items).items() if len(found) == 1}
    if not names:
        return items
    out = []
    for item in items:
        m = re.match(r"The ([a-z]+) (?=[a-z])", item.text)
        name = names.get(m.group(1)) if m else None
        if name is not None and name.split()[-1] not in item.text and not NAMING_ACROSS.search(item.text):
            item = item.model_copy(update={"text": name + item.text[m.end() - 1:]})
        out.append(item)
    return out


def naming_told(ranked: list[Development]) -> list[Development]:
    """Without an item that only names "the boy" ("The coroner said the boy was named Ezra Dunn") when another
    shown item already tells of that person by name: "the boy" leans on a sentence the briefing does not show, and
    the name is told."""
    shown = [i for i in ranked if not getattr(i, "held", None)][:NAMING_SHOWN]
    out = []
    for item in ranked:
        m = NAMING_ACROSS.search(item.text)
        if m and m.group("noun") in PERSON_NOUNS and item in shown and re.match(
                rf"(?:[A-Z][\w.'\u2019-]*\s+)(?:[\w.'\u2019-]+\s+){{0,5}}(?:said|says|confirmed)\s+{re.escape(m.group(0))}[.\s]*$",
                item.text) and any(
                o is not item and m.group("name").split()[-1] in o.text for o in shown):
            continue
        out.append(item)
    return out
