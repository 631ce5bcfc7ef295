"""The facts model: the public contract between extraction, analysts and rendering.

Field order here is the key order of the facts file, so keep it stable; bump SCHEMA_VERSION when a
change would break a reader. docs/facts.md documents every field.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError, create_model

from briefgen.errors import ConfigError
from briefgen.items import Actor, ActorType, Article, Item, Model, Skipped, Source  # noqa: F401
from briefgen.sections import extracted_sections
from briefgen.sections.casualties.model import Casualty, CasualtyKind, Qualifier  # noqa: F401
from briefgen.sections.developments.model import Development  # noqa: F401
from briefgen.sections.open_questions.model import OpenQuestion  # noqa: F401
from briefgen.sections.positions.model import Position  # noqa: F401
from briefgen.sections.quotes.model import Quote  # noqa: F401

SCHEMA_VERSION = 1


class FactsBase(Model):
    schema_version: int = SCHEMA_VERSION
    title: str = "Briefing"
    date: str = ""
    articles: list[Article] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)


def _facts_model() -> type[FactsBase]:
    """The whole file: the top-level keys, then one list per extracted section in the registry's order
    (plugins included), then `skipped`."""
    fields: dict[str, Any] = {s.name: (list[s.model], Field(default_factory=list)) for s in extracted_sections()}
    fields["skipped"] = (list[Skipped], Field(default_factory=list))
    return create_model("Facts", __base__=FactsBase, **fields)


Facts = _facts_model()


def to_dict(facts: Facts) -> dict:
    return facts.model_dump(mode="json")


def dumps(facts: Facts, fmt: str = "json") -> str:
    if fmt == "yaml":
        return yaml.safe_dump(to_dict(facts), sort_keys=False, allow_unicode=True, width=100)
    # pydantic's encoder writes the same bytes as json.dumps(indent=2, ensure_ascii=False), several times faster.
    return facts.model_dump_json(indent=2) + "\n"


class FactsError(ConfigError):
    """A facts file that cannot be used; the message names the file, and the key where known."""


def _key_lines(raw: str) -> dict:
    """Line of every key of a JSON or YAML text (JSON is read as YAML for this); empty if that fails."""
    from briefgen.config import _lines_of

    try:
        node = yaml.compose(raw.replace("\t", " "), Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    return _lines_of(node) if node is not None else {}


def load(path: Path) -> Facts:
    from briefgen.config import validation_message

    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise FactsError(f"{path}: cannot read facts file: {getattr(err, 'strerror', None) or err}") from None
    try:
        data = json.loads(raw) if str(path).endswith(".json") else yaml.safe_load(raw)
    except json.JSONDecodeError as err:
        raise FactsError(f"{path}:{err.lineno}: not valid JSON: {err.msg}") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise FactsError(f"{path}{where}: not valid YAML: {getattr(err, 'problem', err)}") from None
    if not isinstance(data, dict):
        raise FactsError(f"{path}:1: a facts file must be a mapping with schema_version, articles, ...")
    version = data.get("schema_version")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        line = _key_lines(raw).get(("schema_version",))
        raise FactsError(f"{path}{':' + str(line) if line else ''}: key 'schema_version': {version} is newer "
                         f"than this briefgen reads ({SCHEMA_VERSION}); upgrade briefgen")
    try:
        return Facts.model_validate(data)
    except ValidationError as err:
        raise FactsError(validation_message(Path(path), err, _key_lines(raw))) from None
