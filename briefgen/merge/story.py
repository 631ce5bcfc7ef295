"""The story as a whole: a title that names it and a bottom line that says where it stands.

The title comes from the articles' headlines (their own `title`, or a headline standing as an article's
first line) when they have one, else from the top development cut to its main clause; the headline
chosen is the one that shares most words with the other headlines and the top developments, the most
recent article winning a tie. When the title does not name the story's most mentioned actor or place,
that name leads it ("Atlanta: 5 people shot after children's football game").

The bottom line is the top developments (already ranked latest state first), two or three sentences.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Optional, Sequence

from briefgen import similar
from briefgen.items import Actor, Article
from briefgen.merge.story_lexicon import (
    ATTRIBUTION_TAIL,
    BOTTOM_LINE_ITEMS,
    BOTTOM_LINE_WORDS,
    APPOSITION,
    CLAUSE_BREAKS,
    HEADLINE_START,
    KICKER,
    LEADING_ARTICLE,
    NOT_HEADLINE,
    OUTLET_NAME,
    OUTLET_TAIL,
    PLACE_RANK,
    REPORTED,
    SALIENT,
    TITLE_MAX_WORDS,
    TITLE_MIN_WORDS,
    WHEN,
)
from briefgen.sections.developments.model import Development

__all__ = ["bottom_line", "clean_headline", "headline_like", "story_title", "title_from_sentence"]

SPACE = re.compile(r"\s+")
LABEL = re.compile(r"^[^:]{1,40}:\s")  # "Sanders: ...", "AG: ...": the title says who already
TOP_DEVELOPMENTS = 5  # developments whose words say what the story is about


def clean_headline(title: Optional[str]) -> Optional[str]:
    """An article's title without the outlet's name and the "UPDATE:" kicker; None if it is no headline."""
    if not title:
        return None
    text = SPACE.sub(" ", title).strip()
    if NOT_HEADLINE.match(text):
        return None
    text = KICKER.sub("", text)
    cut = OUTLET_TAIL.sub("", text)
    if len(cut.split()) >= TITLE_MIN_WORDS:
        text = cut
    text = text.strip(" .")
    if len(text.split()) < TITLE_MIN_WORDS or not any(c.isalpha() for c in text):
        return None
    return text


def headline_like(text: str) -> bool:
    """A sentence that is an article's headline printed as its first line: short, and in Title Case or
    led by a short "Who: what" label ("Report: Half the meetings were with donors.")."""
    words = text.split()
    if not TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS:
        return False
    head, sep, _ = text.partition(": ")
    if sep and len(head.split()) <= 3 and head[:1].isupper():
        return True
    long_words = [w for w in words if len(w.strip("\"'\u2018\u2019\u201c\u201d")) > 3]
    capitals = sum(1 for w in long_words if w.strip("\"'\u2018\u2019\u201c\u201d")[:1].isupper())
    return len(long_words) >= 3 and capitals >= 0.8 * len(long_words)


def _cut_words(text: str, limit: int = TITLE_MAX_WORDS) -> str:
    words = text.split()
    if len(words) <= limit:
        return text
    kept = words[:limit]
    # end on a content word, not on "of", "the", "and"
    while kept and similar.content_words(kept[-1]) == frozenset():
        kept.pop()
    return " ".join(kept)


def title_from_sentence(sentence: str) -> str:
    """A development sentence cut to a headline: attribution and time words out, its main clause only."""
    text = SPACE.sub(" ", sentence).strip()
    text = ATTRIBUTION_TAIL.sub("", text).rstrip(" .!")
    reported = REPORTED.match(text)
    if reported and len(reported.group("what").split()) >= TITLE_MIN_WORDS:
        who = reported.group("who").split()
        text = f"{who[-1]}: {reported.group('what')}"
    text = WHEN.sub("", text)
    text = APPOSITION.sub(r"\g<head> ", text)
    # the main clause: up to the first clause break that leaves enough words
    for m in CLAUSE_BREAKS.finditer(text):
        head = text[:m.start()]
        if len(head.split()) >= TITLE_MIN_WORDS + 1:
            text = head
            break
    text = LEADING_ARTICLE.sub("", text.strip(" ,.;:"))
    text = _cut_words(text)
    return text[:1].upper() + text[1:]


def _name_forms(actor: Actor) -> set[str]:
    forms = {actor.name, *actor.aliases}
    if actor.type == "person" and len(actor.name.split()) > 1:
        forms.add(actor.name.split()[-1])
    return {f.lower() for f in forms if len(f) > 2}


def _names(title: str, actor: Actor) -> bool:
    low = title.lower()
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", low) for f in _name_forms(actor))


def salient_actors(actors: Sequence[Actor]) -> list[Actor]:
    """The story's most mentioned actors and places (SALIENT of them), news outlets left out; each by
    its fullest name when another actor's name extends it ("Melquan" → "Melquan Robinson")."""
    out: list[Actor] = []
    for actor in actors:
        if OUTLET_NAME.match(actor.name) or actor.mentions < 2:
            continue
        if len(actor.name.split()) == 1:
            longer = [a for a in actors if a.name.split()[0] == actor.name and len(a.name.split()) > 1
                      and a.type == actor.type]
            if longer:
                actor = longer[0].model_copy(update={"aliases": list(actor.aliases) + [actor.name]})
        out.append(actor)
        if len(out) == SALIENT:
            break
    return out


def _story_words(headlines: list[tuple[int, str]], developments: Sequence[Development]) -> Counter:
    """Each content word with the number of headlines and top developments that use it."""
    words: Counter = Counter()
    for _, h in headlines:
        words.update(similar.content_words(h))
    for d in developments[:TOP_DEVELOPMENTS]:
        words.update(similar.content_words(d.text))
    return words


def _fit(text: str, words: Counter) -> float:
    mine = similar.content_words(text)
    if not mine:
        return 0.0
    return sum(min(words[w], 4) - 1 for w in mine) / math.sqrt(len(mine))


def story_title(articles: Sequence[Article], developments: Sequence[Development], actors: Sequence[Actor],
                order: Optional[dict[str, int]] = None) -> str:
    """A title naming the story: the most representative headline, else the top development cut to a
    headline; led by the story's most salient name when the title does not hold it. "" with no material."""
    order = order or {a.id: i for i, a in enumerate(articles)}
    headlines: list[tuple[int, str]] = []
    for a in articles:
        h = clean_headline(a.title)
        if h:
            headlines.append((order.get(a.id, 0), h))
    for d in developments:
        src = d.sources[0] if d.sources else None
        if src is not None and src.start < HEADLINE_START and headline_like(d.text):
            headlines.append((order.get(src.article, 0), d.text.rstrip(" .")))
    words = _story_words(headlines, developments)
    if headlines:
        _, title = max(headlines, key=lambda h: (round(_fit(h[1], words), 6), h[0], -len(h[1])))
        title = _cut_words(title)
    elif developments:
        title = title_from_sentence(developments[0].text)
    else:
        return ""
    named = salient_actors(actors)
    labelled = bool(LABEL.match(title))
    if named and not labelled and not any(_names(title, a) for a in named):
        title = f"{named[0].name}: {title}"
    elif named and not labelled:
        title = _with_place(title, named)
    return title


def _with_place(title: str, named: list[Actor]) -> str:
    """"Mohawk the lion was shot by rangers" + " in Kenya": a title that names no place gets the story's
    main place, when that place is among its PLACE_RANK most mentioned actors."""
    places = [a for a in named if a.type == "country"]
    if not places or any(_names(title, p) for p in places) or named.index(places[0]) >= PLACE_RANK:
        return title
    place = places[0].name
    stem = place.split()[-1][:max(4, len(place.split()[-1]) - 1)].lower()
    if stem in title.lower():  # "Korean athletes" names Korea already
        return title
    return f"{title} in {place}"


def bottom_line(developments: Sequence[Development]) -> str:
    """Where the story stands: the top two or three developments as sentences."""
    out: list[str] = []
    total = 0
    for d in developments[:BOTTOM_LINE_ITEMS]:
        text = SPACE.sub(" ", d.text).strip()
        n = len(text.split())
        if out and total + n > BOTTOM_LINE_WORDS:
            break
        if text and text[-1] not in ".!?\"'\u201d\u2019":
            text += "."
        out.append(text)
        total += n
    return " ".join(out)
