"""Actors across articles: "Trump" in one article and "Donald Trump" in another are one actor."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from briefgen.extract.actors import same_person
from briefgen.items import Actor


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
                if have.party is None and a.party:
                    have.party = a.party
    people = sorted((a for a in pool.values() if a.type == "person" and len(a.name.split()) > 1),
                    key=lambda a: (-a.mentions, a.name))
    # Indexes, so that folding costs one look-up per actor, not a scan of every person.
    by_surname: dict[str, set[str]] = defaultdict(set)
    by_first_last: dict[tuple[str, str], list[Actor]] = defaultdict(list)
    by_given: dict[str, set[str]] = defaultdict(set)
    for p in people:
        parts = p.name.lower().split()
        by_surname[parts[-1]].add(p.name)
        by_given[parts[0]].add(p.name)
        by_first_last[(parts[0], parts[-1])].append(p)  # in `people` order: most mentioned first
    rename: dict[str, str] = {}
    for a in pool.values():
        words = a.name.split()
        if len(words) == 1:
            match = _distinct_people(set(by_surname.get(a.name.lower(), ())), pool)
            if not match and a.type == "person":  # "Chun" for "Chun Hae-sung": the family name written first
                match = _distinct_people({n for n in by_given.get(a.name.lower(), ()) if "-" in n.split()[-1]}, pool)
            if len(match) == 1:
                rename[a.name] = next(iter(match))
        elif a.type == "person":
            # "Donald J. Trump" in one article, "Donald Trump" in another: the more mentioned form wins.
            low = a.name.lower().split()
            same = [p for p in by_first_last.get((low[0], low[-1]), ()) if p.name != a.name]
            if same and (same[0].mentions, -len(same[0].name)) > (a.mentions, -len(a.name)):
                rename[a.name] = same[0].name
    for name in list(rename):  # follow chains (surname → middle-initial form → canonical form)
        seen = {name}
        while rename[name] in rename and rename[name] not in seen:
            seen.add(rename[name])
            rename[name] = rename[rename[name]]
    merged = {name: pool[name] for name in sorted(pool) if name not in rename}  # pool holds copies already
    for name in sorted(rename):
        target, a = merged[rename[name]], pool[name]
        target.aliases = sorted((set(target.aliases) | set(a.aliases) | {name}) - {target.name})
        target.mentions += a.mentions
        if a.type == "person":
            target.type = "person"
        if target.party is None and a.party:
            target.party = a.party
    mapping = {a.name: rename.get(a.name, a.name) for a in pool.values()}
    for a in merged.values():  # a party named by an alias ("Kremlin" in one article) is its canonical actor
        if a.party:
            a.party = mapping.get(a.party, a.party)
    for a in merged.values():
        for alias in a.aliases:
            mapping.setdefault(alias, a.name)
    return sorted(merged.values(), key=lambda a: (-a.mentions, a.name)), mapping


def _distinct_people(names: set[str], pool: dict[str, Actor]) -> set[str]:
    """Collapse "Donald J. Trump" and "Donald Trump" to one when deciding if a surname is ambiguous."""
    out: set[str] = set()
    for name in sorted(names, key=lambda n: (-pool[n].mentions, len(n))):
        if not any(same_person(name, o) for o in out):
            out.add(name)
    return out
