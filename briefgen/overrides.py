"""Analyst edits that persist across scheduled runs: suppress a fact, correct a field, add a fact.

Edits name facts by id; an id stays the same while the fact's source sentence and wording are
unchanged, so an edit keeps applying run after run. An id that matches nothing any more (the article
was edited or removed) is reported as a warning and otherwise ignored. The overrides file is YAML:

    suppress: [pos-1a2b3c4d5e]            # fact ids to leave out
    correct:                              # fact id → fields to change
      cas-0f9e8d7c6b: {count: 12, qualifier: at_least}
    add:                                  # new facts, with their source
      casualties:
        - {text: "...", count: 3, kind: killed, sources: [{article: a1, sentence: "...", start: 0, end: 10}]}
"""
from __future__ import annotations

import logging
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from briefgen.config import read_yaml, validation_message
from briefgen.errors import ConfigError
from briefgen.facts import Facts, one_line
from briefgen.merge.ids import item_id
from briefgen.sections import extracted_sections

log = logging.getLogger("briefgen.overrides")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# `add:` takes a list of new facts for every extracted section (plugins included).
Additions = create_model("Additions", __base__=_Strict,
                         **{s.name: (list[s.model], Field(default_factory=list)) for s in extracted_sections()})


class Overrides(_Strict):
    suppress: list[str] = Field(default_factory=list)
    correct: dict[str, dict] = Field(default_factory=dict)
    add: Additions = Field(default_factory=Additions)


def load(path: Path) -> Overrides:
    data, lines = read_yaml(path, "overrides")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        raise ConfigError(f"{path}:1: an overrides file must be a mapping of keys (suppress:, correct:, add:), "
                          f"not {kind}")
    try:
        return Overrides.model_validate(data)
    except ValidationError as err:
        raise ConfigError(one_line(validation_message(path, err, lines))) from None


def apply(facts: Facts, overrides: Overrides, path: Path) -> Facts:
    """The facts with the analyst's edits; an id that no longer exists is ignored (the fact went away)."""
    data = facts.model_copy(deep=True)
    suppress = set(overrides.suppress)
    used: set[str] = set()
    for spec in extracted_sections():
        section = spec.name
        kept = []
        for item in getattr(data, section):
            if item.id in suppress:
                used.add(item.id)
                continue
            fix = overrides.correct.get(item.id)
            if fix:
                used.add(item.id)
                item = _corrected(item, fix, spec.model, path)
            kept.append(item)
        for n, added in enumerate(getattr(overrides.add, section)):
            if not added.sources:
                raise ConfigError(f"{path}: add.{section}.{n}: every added fact needs its sources")
            if not added.id:
                added = added.model_copy(update={"id": item_id(spec.prefix or section, added.sources[0].sentence, added.text)})
            kept.append(added)
        setattr(data, section, kept)
    for figure in data.casualties:  # a suppressed figure no longer disagrees with anything
        figure.conflicts = [i for i in figure.conflicts if i not in suppress]
    stale = [i for i in list(overrides.suppress) + list(overrides.correct) if i not in used]
    if stale:
        log.warning("%s: %d override(s) match no fact any more (source sentence changed or article gone): %s",
                    path, len(stale), ", ".join(sorted(set(stale))))
    return data


def _corrected(item, fix: dict, model: type, path: Path):
    """The item with the analyst's fields; its id stays, so the correction keeps applying."""
    if "id" in fix:
        raise ConfigError(f"{path}: correct.{item.id}.id: a fact's id cannot be corrected")
    try:
        return model.model_validate({**item.model_dump(), **fix})
    except ValidationError as err:
        first = err.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        msg = "unknown field" if first["type"] == "extra_forbidden" else first["msg"]
        raise ConfigError(one_line(f"{path}: correct.{item.id}.{key}: {msg}")) from None
