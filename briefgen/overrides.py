"""Analyst edits that persist across scheduled runs: suppress a fact, correct a field, add a fact.

Edits name facts by id. Ids are carried from run to run on the facts *as extracted* (before these
edits, kept in the output folder: build.EXTRACTED), matched by their normalised source sentences, so
an edit keeps applying while its fact is in the articles, however the feed grows. An id that matches
nothing any more (the article was edited or removed) is reported as a warning, once per change (see
`stale_ids`), and otherwise ignored. The overrides file is YAML:

    suppress: [pos-1a2b3c4d5e]            # fact ids to leave out
    correct:                              # fact id → fields to change
      cas-0f9e8d7c6b: {count: 12, qualifier: at_least}
    add:                                  # new facts, with their source
      casualties:
        - {text: "...", count: 3, kind: killed, sources: [{article: a1, sentence: "...", start: 0, end: 10}]}

`load` checks the whole file, corrections included, before any article is read. `edit` is how
`briefgen serve` changes the file: the analyst's comments and layout are kept (a round-trip YAML
writer), the result is checked like a hand-written file, the previous file is kept as
`overrides.yaml.bak`, and the new one replaces it atomically.
"""
from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, create_model

from briefgen.config import read_yaml, validation_message
from briefgen.errors import ConfigError
from briefgen.facts import Facts, one_line
from briefgen.merge.ids import item_id
from briefgen.sections import extracted_sections

log = logging.getLogger("briefgen.overrides")
BACKUP_SUFFIX = ".bak"  # `briefgen serve` keeps the file it replaces as overrides.yaml.bak
ACTIONS = ("suppress", "correct", "restore")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# `add:` takes a list of new facts for every extracted section (plugins included).
Additions = create_model("Additions", __base__=_Strict,
                         **{s.name: (list[s.model], Field(default_factory=list)) for s in extracted_sections()})


class Overrides(_Strict):
    suppress: list[str] = Field(default_factory=list)
    correct: dict[str, dict] = Field(default_factory=dict)
    add: Additions = Field(default_factory=Additions)


def section_of(fact_id: str):
    """The section whose facts have ids like `fact_id` (`cas-...` → casualties), or None."""
    for spec in extracted_sections():
        if fact_id.startswith(f"{spec.prefix or spec.name}-"):
            return spec
    return None


def load(path: Path) -> Overrides:
    """The overrides file, checked whole (corrections against the fields of their kind of fact)."""
    data, lines = read_yaml(path, "overrides")
    return _validate(data, lines, path)


def _validate(data: Any, lines: dict, path: Path) -> Overrides:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        raise ConfigError(f"{path}:1: an overrides file must be a mapping of keys (suppress:, correct:, add:), "
                          f"not {kind}")
    try:
        overrides = Overrides.model_validate(data)
    except ValidationError as err:
        raise ConfigError(one_line(validation_message(path, err, lines))) from None
    for fact_id, fix in overrides.correct.items():
        _check_correction(path, lines, fact_id, fix)
    for spec in extracted_sections():
        for n, added in enumerate(getattr(overrides.add, spec.name)):
            if not added.sources:
                where = _where(path, lines, ("add", spec.name, n))
                raise ConfigError(f"{where}: add.{spec.name}.{n}: every added fact needs its sources")
    return overrides


def _where(path: Path, lines: dict, key: tuple) -> str:
    line = next((lines[key[:n]] for n in range(len(key), 0, -1) if key[:n] in lines), None)
    return f"{path}:{line}" if line else str(path)


def _check_correction(path: Path, lines: dict, fact_id: str, fix: dict) -> None:
    """Each corrected field exists for that kind of fact and has a value it accepts."""
    if "id" in fix:
        raise ConfigError(f"{_where(path, lines, ('correct', fact_id, 'id'))}: correct.{fact_id}.id: "
                          f"a fact's id cannot be corrected")
    spec = section_of(fact_id)
    if spec is None:
        return  # an id of no known kind matches no fact: reported as stale when the facts are known
    fields = spec.model.model_fields
    for key, value in fix.items():
        where = _where(path, lines, ("correct", fact_id, key))
        if key not in fields:
            raise ConfigError(one_line(f"{where}: correct.{fact_id}.{key}: unknown field"))
        info = fields[key]
        try:
            TypeAdapter(info.annotation if not info.metadata else _annotated(info)).validate_python(value)
        except ValidationError as err:
            raise ConfigError(one_line(f"{where}: correct.{fact_id}.{key}: {err.errors()[0]['msg']}")) from None


def _annotated(info):
    from typing import Annotated

    return Annotated[(info.annotation, *info.metadata)]


def stale_ids(facts: Facts, overrides: Overrides) -> list[str]:
    """The ids suppressed or corrected that name no fact of `facts` (the facts as extracted)."""
    known = {item.id for spec in extracted_sections() for item in getattr(facts, spec.name)}
    return sorted({i for i in list(overrides.suppress) + list(overrides.correct) if i not in known})


def warn_stale(path: Path, stale: list[str], level: int = logging.WARNING) -> None:
    if stale:
        log.log(level, "%s: %d override(s) match no fact any more (source sentence changed or article gone): %s",
                path, len(stale), ", ".join(stale))


def apply(facts: Facts, overrides: Overrides, path: Path, warn: bool = True) -> Facts:
    """The facts with the analyst's edits; an id that no longer exists is ignored (the fact went away),
    with a warning unless `warn` is false (the caller decides when to repeat it: build does so once)."""
    data = facts.model_copy(deep=True)
    suppress = set(overrides.suppress)
    for spec in extracted_sections():
        section = spec.name
        kept = []
        for item in getattr(data, section):
            if item.id in suppress:
                continue
            fix = overrides.correct.get(item.id)
            if fix:
                item = _corrected(item, fix, spec.model, path)
            kept.append(item)
        for n, added in enumerate(getattr(overrides.add, section)):
            if not added.sources:
                raise ConfigError(f"{path}: add.{section}.{n}: every added fact needs its sources")
            if not added.id:
                added = added.model_copy(update={"id": item_id(spec.prefix or section, added.sources[0].sentence, added.text)})
            kept.append(added)
        setattr(data, section, kept)
    # an edited item shows its own words, and so does an item that pointed to an edited one (merge/told.py): the
    # pointer said "these words are shown there", which the edit may have made untrue
    edited = set(overrides.correct)
    for spec in extracted_sections():
        for item in getattr(data, spec.name):
            if item.see is not None and (item.see in edited or (item.id in edited
                                                                and "see" not in overrides.correct[item.id])):
                item.see = None
    for figure in data.casualties:  # a suppressed figure no longer disagrees with anything
        figure.conflicts = [i for i in figure.conflicts if i not in suppress]
    if [d.text for d in data.developments] != [d.text for d in facts.developments]:
        from briefgen.merge.story import bottom_line

        data.bottom_line = bottom_line(data.developments)  # never a suppressed or uncorrected development
    if warn:
        warn_stale(path, stale_ids(facts, overrides))
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


# --- Changing the file (briefgen serve) -----------------------------------------------------------

def _round_trip():
    from ruamel.yaml import YAML

    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.width = 100
    y.indent(mapping=2, sequence=4, offset=2)
    return y


def edit(path: Path, action: str, fact_id: str, fields: Optional[dict] = None) -> Overrides:
    """Suppress a fact, correct fields of it, or restore it (drop its suppression and correction) in the
    overrides file at `path` (created if missing). Returns the overrides as now written.

    The file is read as it is (comments kept), changed, checked as `load` checks it, and written: the
    previous file to `path.bak`, then the new text to a temporary file renamed over `path`.
    """
    from briefgen.output import write_files

    if action not in ACTIONS:
        raise ConfigError(f"unknown review action {action!r}; choose from {', '.join(ACTIONS)}")
    if not fact_id or section_of(fact_id) is None:
        raise ConfigError(f"{fact_id!r} is not the id of a fact")
    path = Path(path)
    y = _round_trip()
    old_text = None
    if path.exists():
        load(path)  # a file broken by hand is not rewritten: the error names its line
        old_text = path.read_text(encoding="utf-8-sig")
    data = y.load(old_text) if old_text and old_text.strip() else None
    if data is None:
        from ruamel.yaml.comments import CommentedMap

        data = CommentedMap()
    suppress = data.get("suppress")
    correct = data.get("correct")
    if action == "suppress":
        if suppress is None:
            data["suppress"] = suppress = _seq()
        if fact_id not in suppress:
            suppress.append(fact_id)
    elif action == "correct":
        if not fields:
            raise ConfigError(f"correct.{fact_id}: give the fields to correct")
        if correct is None:
            data["correct"] = correct = _map()
        entry = correct.get(fact_id)
        if entry is None:
            correct[fact_id] = entry = _map(flow=True)
        for key, value in fields.items():
            entry[key] = value
        if suppress is not None and fact_id in suppress:  # a corrected fact is shown again
            suppress.remove(fact_id)
    else:
        if suppress is not None:
            while fact_id in suppress:
                suppress.remove(fact_id)
        if correct is not None and fact_id in correct:
            del correct[fact_id]
    buffer = io.StringIO()
    y.dump(data, buffer)
    text = buffer.getvalue()
    if old_text and not (old_text.strip() and y.load(old_text) is not None):  # a file of comments only
        text = old_text.rstrip("\n") + "\n" + text
    data_plain, lines = _read_text(text, path)
    overrides = _validate(data_plain, lines, path)
    files: dict[Path, bytes] = {}
    if old_text is not None:
        write_files({path.with_name(path.name + BACKUP_SUFFIX): old_text.encode("utf-8")},
                    kept="the overrides file is unchanged")
    files[path] = text.encode("utf-8")
    write_files(files, kept="the overrides file is unchanged")
    log.info("%s: %s %s", path, {"suppress": "suppressed", "correct": "corrected", "restore": "restored"}[action],
             fact_id)
    return overrides


def _read_text(text: str, path: Path) -> tuple[Any, dict]:
    """Parse YAML written here the way `load` parses a file (same limits, key lines)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / path.name
        probe.write_text(text, encoding="utf-8")
        data, lines = read_yaml(probe, "overrides")
    return data, lines


def _seq():
    from ruamel.yaml.comments import CommentedSeq

    return CommentedSeq()


def _map(flow: bool = False):
    from ruamel.yaml.comments import CommentedMap

    m = CommentedMap()
    if flow:
        m.fa.set_flow_style()
    return m
