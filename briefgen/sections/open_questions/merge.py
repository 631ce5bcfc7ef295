"""Open questions across articles: the same point once, and a question for every figure the reports dispute."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from briefgen import similar
from briefgen.merge.fold import fold, sources_of, text_order
from briefgen.sections.base import MergeContext
from briefgen.sections.casualties.lexicon import KIND_WORDS
from briefgen.sections.casualties.model import Casualty
from briefgen.sections.developments.extract import quote_tail
from briefgen.sections.developments.lexicon import CONNECTIVES, SHOWN, SINCE_PERFECT
from briefgen.sections.open_questions.lexicon import (
    AGREEMENT_WORDS,
    PLURAL_TELLS,
    ALLEGED,
    ANSWER_SHARED,
    ANSWERS,
    ASIDE,
    ASKING_OPENERS,
    DARK_ABOUT,
    DECIDED_LATER,
    DETAIL_UNKNOWN,
    NAME,
    PLACE_BEFORE,
    SOUGHT_SUBJECT,
    TOLD_SHARE,
    UNCONFIRMED,
    WHEREABOUTS_CUES,
    COUNT_BEFORE,
    FIRST_PERSON_START,
    INNER_CONNECTIVE,
    HEDGED,
    MOTIVE_WH,
    QUESTION_WORDS,
    SAME_QUESTION_WORDS,
    SAME_UNKNOWN_SHARED,
    SENTENCE_ASKED,
    SENTENCE_POINT,
    SENTENCED_WHO,
    SCOPE_WORDS,
    SAME_POINT_TOPICS,
    TIME_WORDS,
    VAGUE_TOPIC,
    WH_WORDS,
)
from briefgen.sections.open_questions.model import OpenQuestion

_ANSWERS = {topic: (re.compile(raised, re.IGNORECASE), re.compile(settled)) for topic, (raised, settled) in ANSWERS.items()}
_HEDGED = re.compile(HEDGED, re.IGNORECASE)
_ANSWERS_ANY = re.compile("|".join(f"(?:{raised})" for raised, _ in ANSWERS.values()), re.IGNORECASE)
_FIRST_PERSON = re.compile(FIRST_PERSON_START, re.IGNORECASE)
_COUNT = re.compile(COUNT_BEFORE, re.IGNORECASE)
_MOTIVE = re.compile(MOTIVE_WH, re.IGNORECASE)
_VAGUE = similar.content_words(" ".join(QUESTION_WORDS | TIME_WORDS | VAGUE_TOPIC))


def figure_disagreements(casualties: list[Casualty]) -> list[OpenQuestion]:
    """One unresolved point per kind of figure on which the articles disagree (see casualties' merge:
    same kind and group, ranges that cannot both be right), citing every disputed figure of that kind."""
    by_id = {c.id: c for c in casualties}
    by_kind: dict[str, list[Casualty]] = {}
    for c in casualties:
        if c.conflicts:
            group = by_kind.setdefault(c.kind, [])
            for f in [c] + [by_id[i] for i in c.conflicts if i in by_id]:
                if all(f is not g for g in group):
                    group.append(f)
    out = []
    for kind, group in by_kind.items():
        if told_together(group):
            continue
        figures = sorted(group, key=lambda x: (x.count, x.id))
        counts = list(dict.fromkeys(f"{f.count:,}" for f in figures))
        listed = ", ".join(counts[:-1]) + f" and {counts[-1]}" if len(counts) > 1 else counts[0]
        whos = {f.who for f in figures}
        who = whos.pop() if len(whos) == 1 else "people"
        out.append(OpenQuestion(text=f"How many {who} were {KIND_WORDS.get(kind, kind)}? "
                                     f"The reports give {listed}.",
                                sources=sources_of(figures), cue="figures differ", kind="disagreement"))
    return out


def told_together(figures: list[Casualty]) -> bool:
    """Whether the figures count different things, not a dispute between reports: one article gives two of them
    (it knows both), or their sentences name different spans of time (the night's dead and the weekend's)."""
    counts: dict[str, set] = defaultdict(set)
    scopes: set[str] = set()
    for f in figures:
        for a in {s.article for s in f.sources}:
            counts[a].add(f.count)
        words = {SCOPE_WORDS[w] for s in f.sources for w in re.findall(r"[a-z]+", s.sentence.lower()) if w in SCOPE_WORDS}
        scopes |= words
    return any(len(c) > 1 for c in counts.values()) or len(scopes) > 1


def question_key(q: OpenQuestion) -> tuple:
    """What the item asks: the question before its "?" (arrested and charged ask the same), else its cue, its
    first word (the one who does not say) and its content words."""
    text = q.text.lower()
    if "?" in text:
        asked = text.split("?", 1)[0]
        for word, same in SAME_QUESTION_WORDS.items():
            asked = re.sub(rf"\b{word}\b", same, asked)
        return ("?", asked)
    first = text.split()[0] if text.split() else ""
    if first == "unclear:":
        return ()  # each "Unclear: ..." names its own unknown
    verb = q.cue.split()[-1]
    after = text.split(verb, 1)[1] if verb in text else text  # what is not said, not who does not say it
    return (q.cue, first, similar.content_words(after) - similar.content_words(q.cue))


def one_item_per_unknown(items: list[OpenQuestion]) -> list[OpenQuestion]:
    """The same unknown once, where it is first shown: the same question ("Will anyone be charged?"), or the same
    one not saying the same kind of thing ("Kerry did not specify what those steps were" / "... other steps")."""
    out: list[OpenQuestion] = []
    keys: list[tuple[tuple, int]] = []
    for q in items:
        key = q.kind == "hedge" and question_key(q)
        if key:
            same = next((at for k, at in keys if k[0] == key[0] and k[1] == key[1]
                         and (key[0] == "?" or len(k[2] & key[2]) >= SAME_UNKNOWN_SHARED)), None)
            if same is not None:  # the one shown cites where the other asks it too
                out[same] = out[same].model_copy(update={"sources": sources_of([out[same], q])})
                continue
            keys.append((key, len(out)))
        out.append(q)
    return out


def asks_what_was_agreed(q: OpenQuestion) -> bool:
    """Whether the item is about the untold details of an agreement ("details of the promised cooperation were
    unclear", "did not specify other steps agreed to")."""
    return q.kind == "hedge" and bool(DETAIL_UNKNOWN.search(q.text)) \
        and bool(similar.content_words(q.text) & AGREEMENT_WORDS)


def one_per_agreement(items: list[OpenQuestion]) -> list[OpenQuestion]:
    """The untold details of what was agreed once, where first shown, citing every item that says so: two items on
    one gap are one question."""
    out: list[OpenQuestion] = []
    first = None
    for q in items:
        if not asks_what_was_agreed(q):
            out.append(q)
        elif first is None:
            first = len(out)
            out.append(q)
        else:
            out[first] = out[first].model_copy(update={"sources": sources_of([out[first], q])})
    return out


def article_order(ctx: MergeContext) -> dict[str, int]:
    """Each article's place in time: by published date where known, else file order."""
    arts = list(ctx.published)
    ranked = sorted(range(len(arts)), key=lambda k: (ctx.published[arts[k]] or "", k))
    return {arts[k]: n for n, k in enumerate(ranked)}


def answered(question: OpenQuestion, statements: list, order: dict[str, int],
             undated: frozenset = frozenset()) -> bool:
    """Whether a later article settles the question's point: "condition unknown" → "found dead", "not
    identified" → "identified as ...", "at large" → "was arrested". When neither article has a date, which
    came later is not known: another article stating the answer as a fact settles it.

    The answer must be about the same point: a count ("15 died") answers no one person's condition, and for
    SAME_POINT_TOPICS it shares a content word with the question's main clause when that clause names one
    beyond the topic and hedge words."""
    asking = {s.article for s in question.sources}
    asked = max((order.get(a, -1) for a in asking), default=-1)
    asked_in = " ".join([question.text, *(s.sentence for s in question.sources)])  # the sentence says what it is about
    topics = [t for t, (raised, _) in _ANSWERS.items() if raised.search(asked_in)]
    if not topics:
        return False
    main_clause = question.text.split(",", 1)[0]
    about = similar.content_words(_ANSWERS_ANY.sub(" ", main_clause)) - TIME_WORDS - QUESTION_WORDS
    for item in statements:
        src = item.sources[0] if item.sources else None
        if src is None or src.article in asking:
            continue
        if order.get(src.article, -1) <= asked and not (src.article in undated and asking <= undated):
            continue
        for topic in topics:
            for sentence in {item.text, *(s.sentence for s in item.sources if s.article == src.article)}:
                hit = _ANSWERS[topic][1].search(sentence)
                if not hit or _HEDGED.search(sentence[:hit.end()][-80:]) or _COUNT.search(sentence[:hit.start()]):
                    continue
                if topic not in SAME_POINT_TOPICS or not about \
                        or len(about & similar.content_words(sentence)) >= ANSWER_SHARED:
                    return True
    return False


def settled_by(asked: str, statement: str) -> bool:
    """Whether the statement settles a point the question raises (its topic's settling words, not hedged, not
    after a count)."""
    for topic, (raised, settles) in _ANSWERS.items():
        if not raised.search(asked):
            continue
        hit = settles.search(statement)
        if hit and not _HEDGED.search(statement[:hit.end()][-80:]) and not _COUNT.search(statement[:hit.start()]):
            return True
    return False


def as_question(item: OpenQuestion) -> OpenQuestion:
    """Written as an analyst lists an unknown: a capital first letter, and "Unclear: whether ..." for an
    indirect question left without its governing words."""
    text = CONNECTIVES.sub("", item.text.strip(), count=1)  # "However, it is unclear ...": leans on the sentence before
    text = INNER_CONNECTIVE.sub(r"\1 ", text, count=1)  # "Russia, however, has not confirmed ..."
    text = SINCE_PERFECT.sub(r"\1 ", text)  # "has since provided": since a time the item does not give
    first = text.split()[0].lower() if text else ""
    if item.kind == "hedge" and (first == "whether" or first in WH_WORDS) and not text.endswith("?"):
        text = f"Unclear: {text}"
    elif text[:1].islower():
        text = text[:1].upper() + text[1:]
    return item if text == item.text else item.model_copy(update={"text": text})


def stands_alone(item: OpenQuestion) -> bool:
    """Not the tail of a quotation opened in an earlier sentence, nor a speaker's own "I'll go"."""
    return not quote_tail(item.text) and not _FIRST_PERSON.match(item.text)


def has_topic(item: OpenQuestion) -> bool:
    """Whether the unknown names what is unknown: "No further details have been released at this time" and
    "Unclear: what exactly happened" do not; "why this might have happened" asks the motive."""
    return bool(similar.content_words(item.text) - _VAGUE) or bool(_MOTIVE.search(item.text))


# "had carried out the attack": a bare definite event; a described one ("the attack on the embassy") or the story's
# own event told generically ("the incident", "the case") names itself
_BARE_EVENT = re.compile(r"\bthe (attack|bombing|blast|explosion|shooting|stabbing|crash|raid|ambush|assault|strike|"
                         r"killing|collision|riot)s?\b(?!\s+(?:of|on|in|at|against|near|outside|by|that|site|scene|police|"
                         r"helicopter|unit|squad|department)\b)",
                         re.I)

# the words a development tells the same kind of event in ("the shootings" beside "was shot", "the killing" beside
# "found dead")
_EVENT_ROOTS = {
    "shooting": ("shoot", "shot", "gunfire", "gunman", "gunmen", "fired"),
    "killing": ("kill", "dead", "death", "died", "slain", "murder", "homicide", "shot", "stabbed"),
    "stabbing": ("stab",),
    "bombing": ("bomb", "blast", "explo"),
    "blast": ("blast", "bomb", "explo"),
    "explosion": ("explo", "blast", "bomb"),
    "attack": ("attack", "assault", "ambush"),
    "assault": ("assault", "attack"),
    "crash": ("crash", "collid", "collision"),
}


def event_shown(item: OpenQuestion, statements: list) -> bool:
    """Whether the event a bare "the attack" points to is one the shown developments tell: else the item leans on
    a referent the briefing never shows (a side incident told in one sentence)."""
    hit = _BARE_EVENT.search(item.text)
    if hit is None:
        return True
    noun = hit.group(1).lower()
    roots = _EVENT_ROOTS.get(noun, (noun[:-1] if noun.endswith("e") else noun,))  # "strike" / "striking"
    told = " ".join(getattr(d, "text", "") for d in statements[:SHOWN]).lower()
    # one attack is not told by "attacks in India and Afghanistan" (a group's record): the plural noun is not it
    plural = "" if hit.group(0).lower().endswith("s") else r"(?!e?s\b)"
    return any(re.search(rf"\b{re.escape(root)}{'' if root in PLURAL_TELLS else plural}", told) for root in roots)


def told_by(item: OpenQuestion, statements: list) -> bool:
    """Whether a shown development already tells the item's sentence: it cites the same sentence of the same article
    and its text holds the item's words ("X ran off and was still being sought", told as a development and again
    as an open question)."""
    mine = {(s.article, s.sentence) for s in item.sources}
    words = similar.content_words(item.text.split("?", 1)[-1].removeprefix(SENTENCE_POINT))  # the item's own words
    for d in statements[:SHOWN]:
        if mine & {(s.article, s.sentence) for s in getattr(d, "sources", [])} and words \
                and len(words & similar.content_words(getattr(d, "text", ""))) >= TOLD_SHARE * len(words):
            return True
    return False


def open_part(item: OpenQuestion) -> Optional[str]:
    """What is still open, put as an analyst asks it, when a shown development tells the item's sentence; None when
    nothing but the development's words is left. "Will anyone be charged? <the development>" keeps its question;
    "Unconfirmed: X allegedly sent ..." asks whether X sent it; "X ran off and was still being sought" asks where X
    is; "The precise number of athletes will be hammered out" says the number is unclear; "remained in the dark over
    what happened" asks the wh-clause when it names what is unknown; "Unclear: the sentence. The judge will sentence
    Dana Roe May 4" asks what sentence Dana Roe will get."""
    text = item.text
    if "?" in text:
        return text.split("?", 1)[0] + "?"
    if text.startswith(SENTENCE_POINT):
        # "Unclear: the sentence. The judge will sentence Dana Roe May 4": the development says the rest word for word
        who = SENTENCED_WHO.search(text[len(SENTENCE_POINT):])
        return SENTENCE_ASKED.format(who=who.group("after") or who.group("before")) if who is not None else None
    if text.startswith(UNCONFIRMED):
        body = text[len(UNCONFIRMED):]
        alleged = re.compile(r"\b(?:" + "|".join(sorted(ALLEGED)) + r")\s+", re.IGNORECASE)
        if not alleged.search(body):
            return text
        aside = ASIDE.match(body)
        if aside is not None:
            body = aside.group("who") + " " + body[aside.end():]
        body = alleged.sub("", body, count=1)
        return f"{UNCONFIRMED}whether {body}"
    if text.startswith(ASKING_OPENERS):
        return text
    if item.cue in WHEREABOUTS_CUES:
        named = sought_name(text, item.cue)
        if named is not None:
            return f"Unclear: where {named} is"
        sought = SOUGHT_SUBJECT.match(text)
        return f"Unclear: where the {sought.group('who')} is" if sought is not None else None
    if item.cue == "to be decided" and (later := DECIDED_LATER.match(text)) is not None:
        what = later.group("what")
        if what.split()[0].lower() not in ("the", "a", "an"):
            return None
        # when and how it is to be settled, from the item's own words ("... will be hammered out after talks with
        # the IOC"): the development tells the rest
        when = re.sub(r"^\s*(?:will|would) (?:still )?be ", "to be ", text[later.end("what"):]).rstrip(" .")
        return f"Unclear: {what[:1].lower() + what[1:]}" + (f" ({when})" if when.startswith("to be ") else "")
    if item.cue == "in the dark" and (dark := DARK_ABOUT.search(text)) is not None:
        asked = item.model_copy(update={"text": f"Unclear: {dark.group('what')}"})
        return asked.text if has_topic(asked) else None
    return None


def sought_name(text: str, cue: str) -> Optional[str]:
    """The person an at-large item is about: the last name before the words that say it ("The man who owned the gun,
    42-year-old Dale Weston, ran off ... still being sought"), not a place after a preposition ("police in New
    York")."""
    word = cue.split()[-1]
    end = text.find("large" if word == "large" else "sought")
    before = text[:end] if end > 0 else text
    names = [m for m in NAME.finditer(before) if not PLACE_BEFORE.search(before[:m.start()])]
    return names[-1].group(0) if names else None


def told_tail(item: OpenQuestion, statements: list) -> Optional[str]:
    """The question alone when what follows it is the sentence a shown development tells ("Unclear: the
    justification for X's firing. The White House has provided conflicting justifications ...", with the
    development telling the second part; "Unclear: whether X will make a deal. Activists fear so.", with the
    development telling the activists' fear): the development says the rest; else None."""
    cut = next((m for m in re.finditer(r"\. (?=[A-Z\u201c\"])", item.text)
                if not re.search(r"(?:\b[A-Z]|\.[A-Za-z]+|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Sgt|Jr|Sr))$",
                                 item.text[:m.start()])), None) \
        if item.text.startswith("Unclear: ") and not item.text.startswith(SENTENCE_POINT) else None
    if cut is None:
        return None
    head, tail = item.text[:cut.start()], item.text[cut.end():]
    asked = item.model_copy(update={"text": head})
    mine = {(s.article, s.sentence) for s in item.sources}
    words = similar.content_words(tail)
    for d in statements[:SHOWN]:
        if not mine & {(s.article, s.sentence) for s in getattr(d, "sources", [])}:
            continue
        told = similar.content_words(getattr(d, "text", ""))
        if words and len(words & told) >= TOLD_SHARE * len(words) and has_topic(asked):
            return head
    return None


def unrepeated(items: list[OpenQuestion], statements: list) -> list[OpenQuestion]:
    """Each open question a shown development tells written as only what is open (its source stays the sentence),
    or left out when nothing else is left."""
    out = []
    for q in items:
        head = told_tail(q, statements)
        if head is not None:
            out.append(q.model_copy(update={"text": head}))
            continue
        if not told_by(q, statements):  # a point in dispute told as a development too ("differences remain")
            out.append(q)
            continue
        text = open_part(q)
        if text is not None:
            out.append(q if text == q.text else q.model_copy(update={"text": text}))
    return out


def one_per_question(items: list[OpenQuestion]) -> list[OpenQuestion]:
    """Figure disagreements asking the same question ("How many people were wounded?") once: the one
    listing most figures leads and cites every figure's source."""
    out: list[OpenQuestion] = []
    by_question: dict[str, int] = {}
    for q in items:
        if q.kind != "disagreement" or "?" not in q.text:
            out.append(q)
            continue
        asked = q.text.split("?", 1)[0]
        if asked not in by_question:
            by_question[asked] = len(out)
            out.append(q)
            continue
        k = by_question[asked]
        lead, other = (q, out[k]) if len(q.text) > len(out[k].text) else (out[k], q)
        out[k] = lead.model_copy(update={"sources": sources_of([lead, other])})
    return out


def shown_order(items: list[OpenQuestion], order: dict[str, int]) -> list[OpenQuestion]:
    """The latest article's questions first, then one from each article in turn (latest first), each
    article's in text order: what is still open at the latest report leads, and no one article fills the list."""
    by_article: dict[str, list[OpenQuestion]] = defaultdict(list)
    for q in sorted(items, key=text_order):
        by_article[q.sources[0].article if q.sources else ""].append(q)
    articles = sorted(by_article, key=lambda a: (-order.get(a, -1), a))
    out: list[OpenQuestion] = []
    depth = 0
    while len(out) < len(items):
        for a in articles:
            if depth < len(by_article[a]):
                out.append(by_article[a][depth])
        depth += 1
    return out


def merge(items: list[OpenQuestion], ctx: MergeContext) -> list[OpenQuestion]:
    other_story = ctx.options.get("off_story") or frozenset()  # found by the developments' merge
    items = [q for q in items if not {s.article for s in q.sources} <= other_story]
    items = fold(items, key_of=lambda q: q.kind)
    order = article_order(ctx)
    statements = ctx.merged.get("developments", [])
    undated = frozenset(a for a, date in ctx.published.items() if not date)
    items = [as_question(q) for q in items
             if stands_alone(q) and has_topic(q) and event_shown(q, statements)
             and (q.kind != "hedge" or not answered(q, statements, order, undated))]
    # the developments as the briefing shows them (merge/engine.py makes them once); a merge run alone: all of them
    shown = ctx.shown_developments if ctx.shown_developments is not None else statements
    items = unrepeated(items, shown)
    items += one_per_question(figure_disagreements(ctx.merged.get("casualties", [])))
    return one_per_agreement(one_item_per_unknown(shown_order(items, order)))
