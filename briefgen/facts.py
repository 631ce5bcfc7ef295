"""The facts model: the public contract between extraction, analysts and rendering.

Field order here is the key order of the facts file, so keep it stable; bump SCHEMA_VERSION when a
change would break a reader. docs/facts.md documents every field.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal, Optional

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefgen.errors import ConfigError

SCHEMA_VERSION = 1

ActorType = Literal["person", "organisation", "country", "group"]
Qualifier = Literal["exact", "about", "at_least", "more_than", "up_to"]
CasualtyKind = Literal["killed", "wounded", "killed_or_wounded", "missing", "displaced", "detained", "affected"]
SECTIONS = ("developments", "positions", "quotes", "open_questions", "casualties")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(Model):
    """Where a fact comes from: the exact sentence and its character offsets in the article text."""

    article: str
    sentence: str
    start: int
    end: int


class Article(Model):
    id: str
    path: str
    title: Optional[str] = None
    author: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    sha256: str = ""
    paths: list[str] = Field(default_factory=list)  # every path holding this same text (duplicates)


class Actor(Model):
    name: str
    type: ActorType
    aliases: list[str] = Field(default_factory=list)
    mentions: int = 0


class Item(Model):
    id: str = ""
    text: str
    sources: list[Source]


class Development(Item):
    score: float = 0.0
    support: int = 1  # how many articles report it


class Position(Item):
    actor: str
    cue: str  # the reporting or stance verb's lemma, e.g. "reject", "say"
    stance: str = "states"  # wants, offers, rejects, demands, confirms, denies, warns, supports, opposes, states


class Quote(Item):
    speaker: str
    cue: Optional[str] = None
    partial: bool = False


class OpenQuestion(Item):
    cue: str
    kind: Literal["hedge", "disagreement"] = "hedge"


class Casualty(Item):
    count: int
    qualifier: Qualifier = "exact"
    kind: CasualtyKind
    who: str = "people"  # victims, police, suspects, civilians, soldiers, people
    scope: Optional[str] = None
    conflicts: list[str] = Field(default_factory=list)  # ids of other figures for the same kind that disagree


class Skipped(Model):
    path: str
    reason: str


class Facts(Model):
    schema_version: int = SCHEMA_VERSION
    title: str = "Briefing"
    date: str = ""
    articles: list[Article] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    developments: list[Development] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    open_questions: list[OpenQuestion] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)


def item_id(prefix: str, *parts: str) -> str:
    """A fact id that stays the same while the source sentence and the fact's text are unchanged."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]
    return f"{prefix}-{digest}"


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
