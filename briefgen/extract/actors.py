"""Actors: one canonical name per person, organisation, country or group, however the text names it.

Names are gathered from spaCy's entities, then folded: a surname or a possessive joins the full
name it belongs to, titles are dropped, and the type is voted over every mention so that one
mislabelled mention ("Zelenskyy" tagged as a place) does not change what the actor is. Metonyms
("Washington", "the Kremlin") map to the actor they stand for through configurable aliases.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from briefgen.facts import Actor

LABEL_TYPE = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}
TITLE_WORDS = {
    "president", "prime", "minister", "secretary", "press", "foreign", "affairs", "defence", "defense",
    "chancellor", "king", "queen", "prince", "senator", "sen.", "rep.", "representative", "governor",
    "gov.", "mayor", "general", "gen.", "col.", "colonel", "lt.", "sgt.", "officer", "chief", "chairman",
    "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "envoy", "ambassador",
    "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "judge", "justice",
    "deputy", "vice", "former", "acting", "host", "director", "commissioner", "detective", "sheriff",
    "pope", "the", "u.s.", "us", "state", "house", "speaker", "leader", "head", "captain", "capt.",
}
POSSESSIVE = re.compile(r"(?:['\u2019]s|['\u2019])$")
PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female"}


def clean_name(text: str) -> str:
    """The name without a leading article, possessive, quotes or surrounding punctuation."""
    text = " ".join(text.replace("\u201c", " ").replace("\u201d", " ").replace('"', " ").split())
    text = POSSESSIVE.sub("", text).strip(" .,;:-\u2013\u2014'\u2018\u2019()")
    if text.lower().startswith("the "):
        text = text[4:]
    return text


def strip_title(words: list[str]) -> list[str]:
    """Drop title words in front of a person's name ("U.S. President Donald Trump" → Donald Trump)."""
    i = 0
    while i < len(words) - 1 and (words[i].lower() in TITLE_WORDS or words[i].isupper() and "." in words[i]):
        i += 1
    return words[i:]


@dataclass
class ActorIndex:
    """The actors of one article (or of all articles, after merging) and how each mention resolves."""

    actors: dict[str, Actor] = field(default_factory=dict)
    by_alias: dict[str, str] = field(default_factory=dict)  # lower-cased alias → canonical name
    by_token: dict[int, str] = field(default_factory=dict)  # token index → canonical name
    person_mentions: list[tuple[int, str]] = field(default_factory=list)  # (token index, name), in order

    def resolve(self, text: str) -> Optional[str]:
        key = clean_name(text).lower()
        if key in self.by_alias:
            return self.by_alias[key]
        words = strip_title(clean_name(text).split())
        return self.by_alias.get(" ".join(words).lower())

    def resolve_token(self, token: Token) -> Optional[str]:
        return self.by_token.get(token.i)

    def resolve_span(self, span: Span) -> Optional[str]:
        """The actor a noun phrase names: an entity inside it, else its text through the aliases."""
        for tok in span:
            if tok.i in self.by_token:
                return self.by_token[tok.i]
        return self.resolve(span.text)

    def type_of(self, name: str) -> Optional[str]:
        actor = self.actors.get(name)
        return actor.type if actor else None

    def last_person_before(self, token_i: int, window: int = 200) -> Optional[str]:
        """The nearest person named before token `token_i` (for pronoun speakers)."""
        best = None
        for i, name in self.person_mentions:
            if i >= token_i:
                break
            if token_i - i <= window:
                best = name
        return best

    def as_list(self) -> list[Actor]:
        return sorted(self.actors.values(), key=lambda a: (-a.mentions, a.name))


def find_actors(doc: Doc, aliases: Optional[dict[str, str]] = None) -> ActorIndex:
    """Collect and fold the actors one parsed article names."""
    aliases = {k.lower(): v for k, v in (aliases or {}).items()}
    mentions: list[tuple[Span, str, str]] = []  # (entity, cleaned name, label)
    for ent in doc.ents:
        if ent.label_ not in LABEL_TYPE and ent.label_ not in ("FAC", "LOC"):
            continue
        name = clean_name(ent.text)
        if not name or not any(c.isalpha() for c in name):
            continue
        if ent.label_ == "PERSON" or len(name.split()) > 1:
            name = " ".join(strip_title(name.split()))
        mentions.append((ent, name, ent.label_))

    # Full person names: any multi-word name tagged PERSON at least once.
    votes: dict[str, Counter] = defaultdict(Counter)
    for _, name, label in mentions:
        votes[name][label] += 1
    full_people = sorted({n for n, c in votes.items() if c["PERSON"] and len(n.split()) > 1},
                         key=lambda n: (-len(n.split()), n))
    surname_of: dict[str, str] = {}
    for full in full_people:
        parts = full.split()
        for key in (parts[-1], " ".join(parts[-2:])):
            surname_of.setdefault(key.lower(), full)

    canon: dict[str, str] = {}
    for name in votes:
        low = name.lower()
        if low in aliases:
            canon[name] = aliases[low]
        elif name in full_people:
            canon[name] = name
        elif low in surname_of:
            canon[name] = surname_of[low]
        else:
            # "Donald Trump" written with a title or middle initial folds into the shorter full name.
            canon[name] = next((f for f in full_people if f.lower() != low and low.endswith(" " + f.split()[-1].lower())
                                and f.split()[0].lower() in low.split()), name)

    index = ActorIndex()
    type_votes: dict[str, Counter] = defaultdict(Counter)
    alias_sets: dict[str, set[str]] = defaultdict(set)
    count: Counter = Counter()
    for ent, name, label in mentions:
        target = canon[name]
        if label in ("FAC", "LOC") and target == name:
            continue  # places and buildings are not actors unless an alias makes them one
        weight = 3 if label == "PERSON" and len(name.split()) > 1 else 1
        type_votes[target][LABEL_TYPE.get(label, "organisation")] += weight
        if name != target:
            alias_sets[target].add(name)
        count[target] += 1
        for tok in ent:
            index.by_token[tok.i] = target
    for target in count:
        if target in full_people:
            kind = "person"
        else:
            kind = type_votes[target].most_common(1)[0][0] if type_votes[target] else "organisation"
        index.actors[target] = Actor(name=target, type=kind, aliases=sorted(alias_sets[target]),
                                     mentions=count[target])
        index.by_alias[target.lower()] = target
        for alias in alias_sets[target]:
            index.by_alias[alias.lower()] = target
    for low, target in aliases.items():
        index.by_alias.setdefault(low, target)
    index.person_mentions = sorted((i, n) for i, n in index.by_token.items()
                                   if index.actors.get(n) and index.actors[n].type == "person")
    return index


def merge_actor_lists(lists: Iterable[list[Actor]]) -> tuple[list[Actor], dict[str, str]]:
    """Fold the actors of many articles into one list; returns it and a map from every name to its canonical one."""
    pool: dict[str, Actor] = {}
    for actors in lists:
        for a in actors:
            have = pool.get(a.name)
            if have is None:
                pool[a.name] = a.model_copy(deep=True)
            else:
                have.aliases = sorted(set(have.aliases) | set(a.aliases))
                have.mentions += a.mentions
                if have.type != "person" and a.type == "person":
                    have.type = "person"
    people = sorted((a for a in pool.values() if a.type == "person" and len(a.name.split()) > 1),
                    key=lambda a: (-a.mentions, a.name))
    rename: dict[str, str] = {}
    for a in pool.values():
        if len(a.name.split()) == 1:
            match = [p for p in people if p.name.split()[-1].lower() == a.name.lower()]
            if len(match) == 1:
                rename[a.name] = match[0].name
    merged = {name: pool[name].model_copy(deep=True) for name in sorted(pool) if name not in rename}
    for name in sorted(rename):
        target, a = merged[rename[name]], pool[name]
        target.aliases = sorted((set(target.aliases) | set(a.aliases) | {name}) - {target.name})
        target.mentions += a.mentions
    mapping = {a.name: rename.get(a.name, a.name) for a in pool.values()}
    for a in merged.values():
        for alias in a.aliases:
            mapping.setdefault(alias, a.name)
    return sorted(merged.values(), key=lambda a: (-a.mentions, a.name)), mapping
