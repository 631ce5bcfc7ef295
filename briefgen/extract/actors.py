"""Actors: one canonical name per person, organisation, country or group, however the text names it.

Names are gathered from spaCy's entities, then folded: a surname or a possessive joins the full
name it belongs to, titles are dropped, and the type is voted over every mention so that one
mislabelled mention ("Zelenskyy" tagged as a place) does not change what the actor is. Metonyms
("Washington", "the Kremlin") map to the actor they stand for through configurable aliases, and a
few demonyms ("Russian", "Ukrainian") to their country.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span, Token

from briefgen.aliases import DEFAULT_ALIASES  # noqa: F401  (re-exported)
from briefgen.extract.lexicon import GENDER_EVIDENCE, GENDER_SHARE, HE_WORDS, REPORTING_VERBS, SHE_WORDS
from briefgen.items import Actor

LABEL_TYPE = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}
TITLE_WORDS = {
    "president", "prime", "minister", "secretary", "press", "foreign", "affairs", "defence", "defense",
    "chancellor", "king", "queen", "prince", "princess", "senator", "sen.", "rep.", "representative",
    "governor", "gov.", "mayor", "general", "gen.", "col.", "colonel", "lt.", "sgt.", "officer", "chief",
    "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
    "advisor", "envoy", "ambassador", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame",
    "lord", "judge", "justice", "deputy", "vice", "former", "acting", "host", "director", "commissioner",
    "detective", "sheriff", "pope", "the", "u.s.", "us", "state", "house", "speaker", "leader", "head",
    "captain", "capt.", "attorney", "counsel", "lawyer", "candidate", "nominee", "lawmaker", "congressman",
    "congresswoman", "assemblyman", "councilman", "councilwoman", "premier", "emir", "sheikh", "rev.",
    "reverend", "father", "bishop", "cardinal", "archbishop", "rabbi", "imam", "admiral", "adm.", "maj.",
    "major", "sgt", "lieutenant", "commander", "cmdr.", "gov", "sen", "rep", "supt.", "prof.", "professor",
    "economist", "analyst", "correspondent", "reporter", "anchor", "columnist", "editor", "strategist",
    "pollster", "manager", "founder", "co-founder", "ceo", "executive", "official", "officials",
    "republican", "democrat", "democratic", "interior", "finance", "health", "economy", "trade",
    "national", "security", "homeland", "joint", "chiefs", "staff", "white", "kremlin", "top", "senior",
    "chancellery", "presidential", "opposition", "party", "cabinet", "first", "lady",
}
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "bin", "ibn",
                  "al", "el", "ben", "dos", "das", "y", "ter", "ten", "zu"}
ABBREVIATION = re.compile(r"(?:\b[A-Za-z]\.)+$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov)\.$")
POSSESSIVE = re.compile(r"(?:['\u2019]s|['\u2019])$")
PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female"}
HONORIFIC_GENDER = {"mr": "male", "mr.": "male", "sir": "male", "lord": "male", "king": "male",
                    "prince": "male", "mrs": "female", "mrs.": "female", "ms": "female", "ms.": "female",
                    "miss": "female", "dame": "female", "lady": "female", "queen": "female",
                    "princess": "female"}
# Demonyms that stand for their country ("Russian forces", "Ukrainian officials").
DEMONYMS: dict[str, str] = {
    "american": "United States", "americans": "United States", "russian": "Russia", "russians": "Russia",
    "ukrainian": "Ukraine", "ukrainians": "Ukraine", "chinese": "China", "british": "United Kingdom",
    "french": "France", "german": "Germany", "germans": "Germany", "italian": "Italy", "spanish": "Spain",
    "polish": "Poland", "japanese": "Japan", "iranian": "Iran", "iranians": "Iran", "israeli": "Israel",
    "israelis": "Israel", "turkish": "Turkey", "indian": "India", "pakistani": "Pakistan",
    "syrian": "Syria", "iraqi": "Iraq", "afghan": "Afghanistan", "egyptian": "Egypt",
    "canadian": "Canada", "australian": "Australia", "mexican": "Mexico", "brazilian": "Brazil",
    "hungarian": "Hungary", "belarusian": "Belarus", "swiss": "Switzerland", "saudi": "Saudi Arabia",
    "north korean": "North Korea", "south korean": "South Korea", "venezuelan": "Venezuela",
}

COUNTRY_NAMES = set(DEMONYMS.values()) | {"United States", "United Kingdom", "Russia", "Ukraine", "China"}
# Titles of one elected to represent a place: "Alabama Sen. Jeff Sessions" speaks for his party or
# himself, not for Alabama; the place is his constituency ("Atlanta Police Chief" still speaks for Atlanta).
CONSTITUENCY_TITLES = {"sen.", "sen", "senator", "rep.", "rep", "representative", "congressman",
                       "congresswoman", "lawmaker", "legislator", "assemblyman", "assemblywoman", "delegate",
                       "councilman", "councilwoman", "mp"}


def clean_name(text: str) -> str:
    """The name without a leading article, possessive, quotes or surrounding punctuation.

    A final dot stays when it closes an abbreviation ("U.S.", "Jr.")."""
    text = " ".join(text.replace("\u201c", " ").replace("\u201d", " ").replace('"', " ").split())
    text = POSSESSIVE.sub("", text).strip(" ,;:-\u2013\u2014'\u2018\u2019()")
    while text.endswith(".") and not ABBREVIATION.search(text):
        text = text[:-1].rstrip()
    text = text.lstrip(".")
    if text.lower().startswith("the "):
        text = text[4:]
    return text


def strip_title(words: list[str]) -> list[str]:
    """Drop titles in front of a person's name: everything up to the last title word
    ("U.S. President Donald Trump" → Donald Trump, "Kremlin aide Yuri Ushakov" → Yuri Ushakov)."""
    last = -1
    for i, word in enumerate(words[:-1]):
        low = word.lower().rstrip(",")
        if low in NAME_PARTICLES:
            continue
        if low in TITLE_WORDS or word[:1].islower() or word.isupper() and "." in word or low.endswith(("'s", "\u2019s")):
            last = i
    return words[last + 1:] if last + 1 < len(words) else words[-1:]


def _possessive_free(words: list[str]) -> list[str]:
    return [POSSESSIVE.sub("", w) if i == len(words) - 1 else w for i, w in enumerate(words)]


@dataclass
class ActorIndex:
    """The actors of one article (or of all articles, after merging) and how each mention resolves."""

    actors: dict[str, Actor] = field(default_factory=dict)
    by_alias: dict[str, str] = field(default_factory=dict)  # lower-cased alias → canonical name
    by_token: dict[int, str] = field(default_factory=dict)  # token index → canonical name
    person_mentions: list[tuple[int, str]] = field(default_factory=list)  # (token index, name), in order
    genders: dict[str, str] = field(default_factory=dict)  # person → "male"/"female", from Mr./Mrs./Ms.
    titled: list[tuple[int, frozenset, str]] = field(default_factory=list)  # (token index, title words, person)
    roles: dict[str, set[str]] = field(default_factory=dict)  # person → words of their titles and bodies
    corrected: set[str] = field(default_factory=set)  # names the article says were wrong ("His name is ...")

    def resolve(self, text: str) -> Optional[str]:
        """The canonical actor a name names, through its aliases, titles dropped, surname alone."""
        name = clean_name(text)
        key = name.lower()
        if key in self.by_alias:
            return self.by_alias[key]
        words = strip_title(name.split())
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

    def gender_of(self, name: str) -> Optional[str]:
        """"male"/"female" when an honorific (Mr., Mrs., Ms.) says so, else None."""
        return self.genders.get(name)

    def last_person_before(self, token_i: int, window: int = 200, gender: Optional[str] = None) -> Optional[str]:
        """The nearest person named before token `token_i` (for pronoun speakers); with `gender`, the
        nearest whose known gender does not contradict it."""
        best = None
        for i, name in self.person_mentions:
            if i >= token_i:
                break
            if token_i - i > window:
                continue
            known = self.genders.get(name)
            if gender and known and known != gender:
                continue
            best = name
        return best

    def person_titled(self, token_i: int, title: set[str], window: int = 400) -> Optional[str]:
        """The person named with all these title words before token `token_i` ("the outgoing governor"
        after "New Jersey Governor Chris Christie", "the vice president" after "Vice President Joe
        Biden"); None when two people bore them in the window, or none did."""
        found = {name for i, words, name in self.titled
                 if title <= words and i < token_i and token_i - i <= window}
        return next(iter(found)) if len(found) == 1 else None

    def full_name_of(self, word: str) -> Optional[str]:
        """The one person of the article a surname alone names ("McGee" -> "Chip McGee"): the full name's last
        word is that word, and no other person bears it (a child "Augustine" is not "Michael Augustine
        Bournes"); else None. Sections that write a bare surname read it through this."""
        full = self.resolve(word)
        if not full or self.type_of(full) != "person":
            return None
        parts = full.split()
        if len(parts) < 2 or parts[-1].lower() != word.lower():
            return None
        bearers = [a for a in self.actors.values() if a.type == "person"
                   and any(word in n.split() for n in [a.name] + list(a.aliases))]
        return full if len(bearers) == 1 else None

    def as_list(self) -> list[Actor]:
        return sorted(self.actors.values(), key=lambda a: (-a.mentions, a.name))


def _mention_name(ent: Span) -> str:
    """The cleaned name of one entity mention; titles dropped from people's names."""
    name = clean_name(ent.text)
    if ent.label_ == "PERSON" and len(name.split()) > 1:
        name = " ".join(strip_title(_possessive_free(name.split())))
    return clean_name(name)


def _honorific_gender(ent: Span) -> Optional[str]:
    words = ent.text.split()
    if words and words[0].lower() in HONORIFIC_GENDER and len(words) > 1:
        return HONORIFIC_GENDER[words[0].lower()]
    if ent.start > 0:
        prev = ent.doc[ent.start - 1]
        return HONORIFIC_GENDER.get(prev.lower_)
    return None


GENDERED_TITLES = {
    "spokeswoman": "female", "congresswoman": "female", "chairwoman": "female", "councilwoman": "female",
    "businesswoman": "female", "actress": "female", "mother": "female", "wife": "female", "daughter": "female",
    "sister": "female", "grandmother": "female", "aunt": "female", "girlfriend": "female", "widow": "female",
    "queen": "female", "princess": "female", "lady": "female", "sen.": None,
    "spokesman": "male", "congressman": "male", "chairman": "male", "councilman": "male",
    "businessman": "male", "actor": "male", "father": "male", "husband": "male", "son": "male",
    "brother": "male", "grandfather": "male", "uncle": "male", "boyfriend": "male", "widower": "male",
    "king": "male", "prince": "male",
}


def _title_gender(ent: Span) -> Optional[str]:
    """'spokeswoman Jane Doe', 'his wife, Jane Doe': a gendered title right before the name."""
    doc = ent.doc
    for i in range(ent.start - 1, max(ent.start - 4, ent[0].sent.start - 1), -1):
        got = GENDERED_TITLES.get(doc[i].lower_)
        if got:
            return got
        if doc[i].pos_ in ("VERB", "AUX", "ADP") and doc[i].lower_ not in ("of",):
            break
    return None


def find_actors(doc: Doc, aliases: Optional[dict[str, str]] = None) -> ActorIndex:
    """Collect and fold the actors one parsed article names."""
    aliases = {k.lower(): v for k, v in (aliases or {}).items()}
    mentions: list[tuple[Span, str, str]] = []  # (entity, cleaned name, label)
    for ent in doc.ents:
        if ent.label_ not in LABEL_TYPE and ent.label_ not in ("FAC", "LOC"):
            continue
        ent = _hyphen_tail(ent)
        name = _mention_name(ent)
        if not name or not any(c.isalpha() for c in name) or len(name) > 80:
            continue
        mentions.append((ent, name, ent.label_))
    mentions = sorted(mentions + _missed_people(doc, mentions), key=lambda m: m[0].start)

    votes: dict[str, Counter] = defaultdict(Counter)
    for _, name, label in mentions:
        votes[name][label] += 1
    alias_of = {name: _alias_target(name, aliases) for name in votes}
    # Full person names: any multi-word name tagged PERSON at least once (and not an alias).
    full_people = sorted({n for n, c in votes.items() if c["PERSON"] and len(n.split()) > 1 and not alias_of[n]},
                         key=lambda n: (-len(n.split()), n))
    surname_of = _surname_table(full_people)
    shared = _shared_surnames(full_people) - set(surname_of)
    given_of = _given_name_table(full_people, surname_of, shared)

    canon: dict[str, str] = {}
    for name in votes:
        canon[name] = alias_of[name] or _fold_person(name, full_people, surname_of) or name
        if canon[name] == name and 2 * votes[name]["PERSON"] > sum(votes[name].values()) and name.lower() in given_of:
            canon[name] = given_of[name.lower()]  # "Chun" after "Chun Hae-sung": a name written first

    renamed = _renamed(doc, full_people)
    for wrong, right in renamed.items():  # "His name is Dallas Swonger": one person
        for name, target in canon.items():
            if target == wrong:
                canon[name] = right

    index = ActorIndex()
    index.corrected = set(renamed) | {w.split()[-1] for w in renamed}
    type_votes: dict[str, Counter] = defaultdict(Counter)
    alias_sets: dict[str, set[str]] = defaultdict(set)
    count: Counter = Counter()
    alias_targets = set(aliases.values()) | set(DEMONYMS.values())
    last_speaker: dict[str, str] = {}  # surname → the last person named in full with it who spoke
    for ent, name, label in mentions:
        target = canon[name]
        if label in ("FAC", "LOC") and target == name:
            continue  # places and buildings are not actors unless an alias makes them one
        if label == "NORP" and target == name and name.lower() in DEMONYMS:
            target = DEMONYMS[name.lower()]
        if target in alias_targets or target != name and alias_of[name]:
            kind = "country" if target in COUNTRY_NAMES or label != "ORG" and target == name else "organisation"
        else:
            kind = LABEL_TYPE.get(label, "organisation")
        if target == name and name.lower() in shared and len(name.split()) == 1:
            # "Melendez said" after "Marisa Melendez" said ...: the last of that name who spoke; a surname
            # no one of that name has spoken before stays the surname (it may be any of them)
            target = last_speaker.get(name.lower(), target) if _speaks(ent) else target
        if label == "PERSON" and target in full_people:
            if _speaks(ent):
                last_speaker[target.split()[-1].lower()] = target
        weight = 3 if label == "PERSON" and len(name.split()) > 1 else 1
        if label == "PERSON" and _honorific_gender(ent):
            weight += 2  # "Mr. Carson" is a person whatever else the tagger says
        type_votes[target][kind] += weight
        if name != target and name.lower() not in shared:
            alias_sets[target].add(name)
        count[target] += 1
        for tok in ent:
            index.by_token[tok.i] = target
        if label == "PERSON":
            words = _titles_of(ent)
            if words:
                index.titled.append((ent.start, frozenset(words), target))
            index.roles.setdefault(target, set()).update(words | _body_words(ent))
        gender = (_honorific_gender(ent) or _title_gender(ent)) if label == "PERSON" else None
        if gender:
            index.genders.setdefault(target, gender)
    for target in count:
        if target in full_people:
            kind = "person"
        elif target in COUNTRY_NAMES:
            kind = "country"
        elif target in alias_targets:
            kind = "organisation" if type_votes[target]["organisation"] >= type_votes[target]["country"] else "country"
        else:
            kind = type_votes[target].most_common(1)[0][0] if type_votes[target] else "organisation"
        index.actors[target] = Actor(name=target, type=kind, aliases=sorted(alias_sets[target]),
                                     mentions=count[target])
        index.by_alias[target.lower()] = target
        for alias in alias_sets[target]:
            index.by_alias[alias.lower()] = target
    for key, full in surname_of.items():  # a bare surname the tagger missed still resolves
        if full in index.actors:
            index.by_alias.setdefault(key, full)
    for low, target in aliases.items():
        index.by_alias.setdefault(low, target)
    for low, target in DEMONYMS.items():
        if target in index.actors:
            index.by_alias.setdefault(low, target)
    index.titled.sort(key=lambda t: t[0])
    index.titled = [(i, w, n) for i, w, n in index.titled if index.actors.get(n) and index.actors[n].type == "person"]
    index.person_mentions = sorted((i, n) for i, n in index.by_token.items()
                                   if index.actors.get(n) and index.actors[n].type == "person")
    _assign_parties(doc, index, aliases)
    return index


PARTY_PREPS = {"of", "for", "from", "at", "with"}
# Nouns of kinship and acquaintance: "Marisa Melendez, Ezequiel's aunt" speaks for no party named Ezequiel.
KINSHIP = {
    "aunt", "uncle", "mother", "father", "mom", "dad", "son", "daughter", "brother", "sister", "wife",
    "husband", "grandmother", "grandfather", "grandson", "granddaughter", "cousin", "niece", "nephew",
    "friend", "neighbor", "neighbour", "girlfriend", "boyfriend", "fiance", "fiancee", "parent", "parents",
    "classmate", "teammate", "stepfather", "stepmother", "relative",
}
# Nouns of a relation to a party, not of speaking for it: "Saleh, a key U.S. ally" does not speak for the
# United States, nor "a Trump supporter" for Trump.
RELATION_NOUNS = KINSHIP | {
    "ally", "partner", "foe", "enemy", "critic", "opponent", "rival", "supporter", "backer", "admirer",
    "target", "victim", "client", "donor", "fan",
}
COUNTRY_BY_LOWER = {c.lower(): c for c in COUNTRY_NAMES}


def _missed_people(doc: Doc, mentions: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """People the tagger missed: a subject written as given name and surname ("Environment CS Judi
    Wakhungu blamed ...", no entity) whose surname the article uses alone elsewhere ("Wakhungu said"),
    as one does for a person and not for a body ("Wells Fargo" is never "Fargo"). The full name and
    each bare surname become person mentions."""
    covered = {i for ent, _, _ in mentions for i in range(ent.start, ent.end)}

    def plain(tok: Token) -> bool:
        return (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper
                and tok.i not in covered and tok.lower_ not in TITLE_WORDS)

    out: list[tuple[Span, str, str]] = []
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or not plain(tok):
            continue
        start = tok.i
        while start > tok.sent.start and plain(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i == tok.i and tok.i - start < 2:
            start -= 1
        if start == tok.i:
            continue
        alone = [t for t in doc if t.i != tok.i and t.text == tok.text and plain(t)
                 and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN") and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")]
        if not alone:
            continue
        full = Span(doc, start, tok.i + 1, label="PERSON")
        out.append((full, clean_name(full.text), "PERSON"))
        out.extend((Span(doc, t.i, t.i + 1, label="PERSON"), t.text, "PERSON") for t in alone)
        covered.update(range(start, tok.i + 1))
        covered.update(t.i for t in alone)
    return out


def _speaks(ent: Span) -> bool:
    """The name is the subject of a verb of saying ("Marisa Melendez said", "said Marisa Melendez")."""
    root = ent.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING_VERBS


def _known_country(part: str, aliases: dict[str, str]) -> Optional[str]:
    got = DEMONYMS.get(part) or aliases.get(part) or COUNTRY_BY_LOWER.get(part)
    return got if got in COUNTRY_NAMES or got in set(aliases.values()) else None


def _party_name(index: ActorIndex, text: str, aliases: dict[str, str], label: str = "ORG",
                place_ok: bool = False) -> Optional[str]:
    """The country or body a name in a title stands for: a demonym, an alias, a country, or an
    organisation (never an outlet); a town only in a title ("Atlanta Police Chief"), never a dateline."""
    low = clean_name(text).lower()
    got = _known_country(low, aliases)
    if got:
        return got
    words = low.split()
    owner = re.split(r"['\u2019]s\b", low)[0].strip() if re.search(r"['\u2019]s\b", low) else None
    for part in ([owner] if owner else []) + ([" ".join(words[:2]), words[0]] if len(words) > 1 else []):
        got = _known_country(part, aliases)
        if got:
            return got  # "Switzerland's Foreign Affairs", "U.S. Joint Chiefs": the country in front
    name = index.by_alias.get(low)
    if not name or not index.actors.get(name) or index.actors[name].type == "person" or is_outlet(name):
        return None
    if label == "ORG":
        return name
    if label == "GPE" and place_ok and not clean_name(text).isupper():
        return name
    return None


def _title_party(index: ActorIndex, ent: Span, aliases: dict[str, str]) -> Optional[str]:
    """'Ukrainian President Volodymyr Zelenskyy', 'Kremlin aide Yuri Ushakov', 'White House Press Secretary
    Karoline Leavitt', "Switzerland's Foreign Minister Ignazio Cassis": the words before the name; a
    country named there wins over a body ("U.S. Secretary of State" is the United States)."""
    doc = ent.doc
    sent_start = ent[0].sent.start
    i = ent.start - 1
    titled = elected = False
    found: list[str] = []
    while i >= sent_start and ent.start - i <= 8:
        tok = doc[i]
        if tok.is_punct and tok.text not in (".", "-") or tok.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "DET", "PRON"):
            if not (tok.lower_ in ("'s", "\u2019s") or tok.tag_ == "POS" or tok.lower_ == "of" and titled):
                break
            i -= 1
            continue
        if tok.lower_ in TITLE_WORDS or tok.pos_ == "NOUN":
            titled = True
        if tok.lower_ in CONSTITUENCY_TITLES:
            elected = True
        got = DEMONYMS.get(tok.lower_)
        if got is None and tok.ent_type_ in ("GPE", "ORG", "NORP", "FAC", "LOC"):
            e = _entity_at(tok)  # the whole entity this token belongs to
            low = clean_name(e.text).lower() if e is not None else ""
            if e is not None and (low not in TITLE_WORDS or _known_country(low, aliases)):  # "of State": a title
                got = _party_name(index, e.text, aliases, e.label_, place_ok=not elected)
                i = e.start
        elif got is None and tok.text[:1].isupper():
            got = _known_country(clean_name(tok.text).lower(), aliases)
        if got:
            found.append(got)
        i -= 1
    if not titled or not found:
        return None
    countries = [f for f in found if f in COUNTRY_NAMES or f in set(aliases.values())]
    return countries[0] if countries else found[0]


def _entity_at(tok: Token) -> Optional[Span]:
    for e in tok.doc.ents:
        if e.start <= tok.i < e.end:
            return e
    return None


def _apposition_party(index: ActorIndex, ent: Span, aliases: dict[str, str]) -> Optional[str]:
    """'Yuri Ushakov, a Kremlin aide,' / 'a spokesman for the Kremlin, Dmitry Peskov' / 'X of the Y Institute'."""
    root = ent.root
    scopes: list[list[Token]] = []
    for child in root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in RELATION_NOUNS:
            continue  # "Saleh, a key U.S. ally": a relation, not a party spoken for
        if child.dep_ == "appos" or child.dep_ == "prep" and child.lower_ in PARTY_PREPS:
            scopes.append(list(child.subtree))
    if root.dep_ == "appos" and root.head.i < ent.start:
        scopes.append([t for t in root.head.subtree if t.i < ent.start])
    for toks in scopes:
        for tok in toks:
            if ent.start <= tok.i < ent.end:
                continue
            if tok.lower_ in DEMONYMS and tok.dep_ in ("amod", "compound", "nmod"):
                return DEMONYMS[tok.lower_]
            if any(t.dep_ == "poss" and t.head.lemma_.lower() in KINSHIP for t in (tok, tok.head)):
                continue  # "Ezequiel's aunt": a relative, not a party
            if tok.ent_type_ in ("GPE", "ORG", "NORP"):
                e = _entity_at(tok)
                cand = _party_name(index, e.text, aliases, e.label_) if e is not None else None
                if cand:
                    return cand
    return None


def _assign_parties(doc: Doc, index: ActorIndex, aliases: dict[str, str]) -> None:
    """Each person carries the party they speak for when a title or an apposition says it (issue 11,
    item 3); a country speaks for itself. Mentions vote; a person's own name is never their party."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        target = index.by_token.get(ent.start)
        if not target or index.type_of(target) != "person":
            continue
        party = _title_party(index, ent, aliases) or _apposition_party(index, ent, aliases)
        if party and party != target:
            votes[target][party] += 1
    for name, actor in index.actors.items():
        if votes.get(name):
            actor.party = votes[name].most_common(1)[0][0]
        elif actor.type == "country":
            actor.party = name


def _renamed(doc: Doc, full_people: list[str]) -> dict[str, str]:
    """A person the article renames ("... lists an incorrect last name for the man. His name is Dallas
    Swonger."): the other full name with the same first name is that person, under the name given."""
    out: dict[str, str] = {}
    for tok in doc:
        if tok.lemma_.lower() != "name" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() != "be":
            continue
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "whose") for c in tok.children):
            continue
        attr = next((c for c in tok.head.children if c.dep_ == "attr" and c.i > tok.i), None)
        ent = next((e for e in doc.ents if attr is not None and e.label_ == "PERSON"
                    and e.start <= attr.i < e.end), None)
        if ent is None:
            continue
        right = _mention_name(ent)
        if right not in full_people:
            continue
        first = right.split()[0].lower()
        for other in full_people:
            if other != right and other.split()[0].lower() == first and not same_person(other, right):
                out[other] = right
    return out


def _hyphen_tail(ent: Span) -> Span:
    """'Moon Jae-in' tagged as 'Moon Jae': a name goes on over a hyphen written without spaces."""
    doc, end = ent.doc, ent.end
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha and end + 2 - ent.start <= 8):
        end += 2
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _titles_of(ent: Span) -> set[str]:
    """The nouns that say what a person is: title words inside or before the name ("New Jersey Governor
    Chris Christie", "the outgoing governor"), and a noun in apposition ("Marisa Melendez, the boy's aunt")."""
    doc = ent.doc
    out = {t.lower_ for t in ent if t.lower_ in TITLE_WORDS and t.is_alpha}
    i = ent.start - 1
    while i >= ent[0].sent.start and ent.start - i <= 5:
        tok = doc[i]
        if tok.is_punct or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
        if tok.pos_ == "NOUN" or tok.lower_ in TITLE_WORDS:
            out.add(tok.lemma_.lower())
        i -= 1
    lead = doc[ent[0].sent.start:ent.start]
    if len(lead) <= 15 and lead and lead[0].lower_ in TITLE_WORDS and lead[0].text[:1].isupper() and not any(
            t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" or t.text in (",", ";", ":") for t in lead):
        out.add(lead[0].lower_)  # "Governor of New Jersey and contender for ... Chris Christie has": his title
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and not (ent.start <= child.i < ent.end):
            out.add(child.lemma_.lower())
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        out.add(root.head.lemma_.lower())
    return {w for w in out if w not in NOT_TITLES}


def _body_words(ent: Span) -> set[str]:
    """The words of the body a person is said to be with ("Chief Tim Barkell with the County Police",
    "Jane Roe, a spokeswoman for the sheriff's office"), lower-cased."""
    root = ent.root
    heads = [root] + ([root.head] if root.dep_ == "appos" else [])
    heads += [c for c in root.children if c.dep_ == "appos"]
    out: set[str] = set()
    doc, i = ent.doc, ent.start - 1
    while i >= ent[0].sent.start and ent.start - i <= 6 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "PART"):
        out.add(doc[i].lower_)  # "Police Chief Ray Moss", "Sheriff's Deputy Ann Lee"
        i -= 1
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in PARTY_PREPS:
                out.update(t.lower_ for t in child.subtree if t.is_alpha)
        out.update(t.lower_ for t in head.lefts if t.is_alpha and not (ent.start <= t.i < ent.end))
    return out


# Words before a name that say nothing of what the person is.
NOT_TITLES = {"the", "former", "acting", "first", "top", "senior", "state", "house", "us", "u.s.", "mr", "mrs", "ms",
              "mr.", "mrs.", "ms.", "dr", "dr.", "year", "time", "day", "week", "month", "people"}


def _shared_surnames(full_people: list[str]) -> set[str]:
    """Surnames that two different people of the article bear (the victim and his aunt)."""
    seen: dict[str, str] = {}
    out: set[str] = set()
    for full in full_people:
        key = full.split()[-1].lower()
        if key in seen and not same_person(seen[key], full):
            out.add(key)
        seen.setdefault(key, full)
    return out


def _given_name_table(full_people: list[str], surname_of: dict[str, str], shared: set[str]) -> dict[str, str]:
    """A bare name that is the first word of exactly one full name whose last word is a hyphenated given
    name, and nobody's surname: that person ("Chun" for "Chun Hae-sung", family name written first)."""
    table: dict[str, set[str]] = defaultdict(set)
    for full in full_people:
        table[full.split()[0].lower()].add(full)
    out = {}
    for key, names in table.items():
        if key in surname_of or key in shared or key in TITLE_WORDS or key in NAME_PARTICLES:
            continue
        if len({n.split()[-1] for n in names}) == 1 and "-" in next(iter(names)).split()[-1]:
            out[key] = sorted(names, key=lambda n: (-len(n), n))[-1]  # a given name after the family name
    return out


def _alias_target(name: str, aliases: dict[str, str]) -> Optional[str]:
    low = name.lower()
    if low in aliases:
        return aliases[low]
    if "the " + low in aliases:
        return aliases["the " + low]
    return None


def _surname_table(full_people: list[str]) -> dict[str, str]:
    """Lower-cased surname (and last two words) → the one full name that ends with it; ambiguous ones are left out."""
    table: dict[str, str] = {}
    clash: set[str] = set()
    for full in full_people:
        parts = full.split()
        for key in {parts[-1].lower(), " ".join(parts[-2:]).lower()}:
            have = table.get(key)
            if have is None:
                table[key] = full
            elif have != full and not same_person(have, full):
                clash.add(key)
    return {k: v for k, v in table.items() if k not in clash}


def same_person(a: str, b: str) -> bool:
    """"Donald J. Trump" and "Donald Trump": same first and last name."""
    pa, pb = a.lower().split(), b.lower().split()
    return pa[0] == pb[0] and pa[-1] == pb[-1]


def _fold_person(name: str, full_people: list[str], surname_of: dict[str, str]) -> Optional[str]:
    """The full person name this mention is a form of, if any."""
    low = name.lower()
    if name in full_people:
        # "Donald J. Trump" folds into "Donald Trump" when both occur (the shorter, commoner form wins).
        shorter = [f for f in full_people if f != name and same_person(f, name) and len(f) < len(name)]
        return shorter[-1] if shorter else name
    if low in surname_of:
        return surname_of[low]
    words = low.split()
    if len(words) > 1:
        # A name written with its title ("U.S. President Donald Trump" tagged ORG) folds into the person.
        bare = " ".join(strip_title(name.split())).lower()
        for full in full_people:
            if bare == full.lower() or (words[-1] == full.split()[-1].lower() and full.split()[0].lower() in words):
                return full
        if bare in surname_of:
            return surname_of[bare]
    return None


CALL_LETTERS = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|HD))?$")


def is_outlet(name: Optional[str]) -> bool:
    """A news outlet, agency, broadcaster, website or social-media handle: who reports, not who holds a
    position ("The Daily Comet reports", "according to WDIV-TV", "@wbalradio")."""
    if not name:
        return False
    from briefgen.extract.lexicon import OUTLET_NAMES, OUTLET_WORDS

    text = name.strip()
    if text.startswith("@") or CALL_LETTERS.match(text.split(" (")[0]):
        return True
    low = clean_name(text).lower()
    if low in OUTLET_NAMES or low.startswith("the ") and low[4:] in OUTLET_NAMES:
        return True
    words = low.replace("-", " ").split()
    return any(w in OUTLET_WORDS or w.endswith(".com") for w in words)


def pronoun_gender(doc: Doc, name: str, evidence: int = GENDER_EVIDENCE) -> Optional[str]:
    """"he" or "she" as the article writes this person: each he/she pronoun counted for the person named last before
    it (a PERSON, or a named subject or possessor; by the name's last word); one set at least `evidence` times
    and GENDER_SHARE of them; else None (not known well enough to write "her" as them). The developments' and the
    quotes' one test of a person's gender from the text."""
    last = name.split()[-1]
    counts = Counter()
    named = None
    for t in doc:
        if t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "poss"):
            named = t.text
        elif named == last and t.lower_ in HE_WORDS:
            counts["he"] += 1
        elif named == last and t.lower_ in SHE_WORDS:
            counts["she"] += 1
    best = "he" if counts["he"] >= counts["she"] else "she"
    total = counts["he"] + counts["she"]
    return best if counts[best] >= evidence and counts[best] >= GENDER_SHARE * total else None
