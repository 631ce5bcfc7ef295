"""The facts model: the public contract between extraction, analysts and rendering.

Field order here is the key order of the facts file, so keep it stable; bump SCHEMA_VERSION when a
change would break a reader. docs/facts.md documents every field.
"""
from __future__ import annotations

import json
import re
import stat
from pathlib import Path
from typing import Any, Optional

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

# Limits on a facts file read by `load` (documented in docs/errors.md, "Templates, rendering and facts files").
MAX_FACTS_DEPTH = 32  # levels of nested lists and mappings; a real facts file has 5
MAX_FACTS_VALUES = 5_000_000  # values, counting each YAML alias as the values it stands for ("billion laughs")


class FactsBase(Model):
    schema_version: int = Field(default=SCHEMA_VERSION, ge=1, strict=True)
    title: str = "Briefing"
    bottom_line: str = ""  # where the story stands: its top developments, two or three sentences
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


def one_line(message: str) -> str:
    """A message on one line: a newline or other control character (in a key, say) is shown escaped."""
    return "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in message)


class FactsError(ConfigError):
    """A facts file that cannot be used; the message names the file, and the key where known."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


def _key_lines(raw: str) -> dict:
    """Line of every key of a JSON or YAML text (JSON is read as YAML for this); empty if that fails."""
    from briefgen.config import _lines_of

    try:
        node = yaml.compose(raw.replace("\t", " "), Loader=_FactsLoader)
        return _lines_of(node) if node is not None else {}
    except (yaml.YAMLError, RecursionError, TypeError, ValueError):  # only for a better message: never fatal
        return {}


class _BadDate(yaml.YAMLError):
    def __init__(self, mark: yaml.Mark, text: str, reason: str) -> None:
        super().__init__(f"{text}: {reason}")
        self.problem_mark, self.text, self.reason = mark, text, reason


class _FactsLoader(yaml.SafeLoader):
    """Safe YAML in which a date or time stays the text as written (the facts file holds strings);
    an impossible one (2025-02-30, 25:61:00) is an error at its line, not a ValueError."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    text = loader.construct_scalar(node)
    try:
        yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError, AttributeError, TypeError) as err:  # PyYAML fails on `!!timestamp ''`
        reason = str(err) if isinstance(err, (ValueError, OverflowError)) else "not a date"
        raise _BadDate(node.start_mark, text, reason) from None
    return text


_FactsLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_SURROGATE = re.compile("[\ud800-\udfff]")
_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\n]|\'\')*\'|[\[\]{}\n]')


def _deep_line(raw: str) -> Optional[int]:
    """The line where `[`/`{` nesting first goes past MAX_FACTS_DEPTH (quoted strings skipped), if it does."""
    depth, line = 0, 1
    for match in _TOKENS.finditer(raw):
        token = match.group()
        if token == "\n":
            line += 1
        elif token in "[{":
            depth += 1
            if depth > MAX_FACTS_DEPTH:
                return line
        elif token in "]}":
            depth = max(depth - 1, 0)
        else:
            line += token.count("\n")
    return None


def _too_deep(path: Path, raw: str) -> FactsError:
    line = _deep_line(raw)
    return FactsError(f"{path}{':' + str(line) if line else ''}: nested more than {MAX_FACTS_DEPTH} levels deep; "
                      f"a facts file needs at most 6")


def _check_shape(path: Path, raw: str, data: object) -> None:
    """Refuse data nested too deep, too many values (YAML aliases expanded) or text Python cannot write out.
    Iterative, and stops at the first problem, so a hostile file costs at most MAX_FACTS_VALUES steps."""
    stack: list[tuple[object, int, tuple]] = [(data, 1, ())]
    seen = 0
    while stack:
        value, depth, where = stack.pop()
        seen += 1
        if seen > MAX_FACTS_VALUES:
            raise FactsError(f"{path}: more than {MAX_FACTS_VALUES:,} values (counting what each YAML alias "
                             f"repeats); write the facts out without aliases")
        if depth > MAX_FACTS_DEPTH:
            raise _too_deep(path, raw)
        if isinstance(value, str):
            if _SURROGATE.search(value):
                key = ".".join(str(p) for p in where)
                raise FactsError(f"{path}: key '{key}': text holds an unpaired UTF-16 surrogate "
                                 f"(\\u{ord(_SURROGATE.search(value).group()):04x}), which is not a character")
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and _SURROGATE.search(key):
                    raise FactsError(f"{path}: a key holds an unpaired UTF-16 surrogate, which is not a character")
                stack.append((item, depth + 1, where + (key,)))
        elif isinstance(value, (list, tuple)):
            stack.extend((item, depth + 1, where + (n,)) for n, item in enumerate(value))


def _parse(path: Path, raw: str) -> object:
    if str(path).endswith(".json"):
        try:
            return json.loads(raw)
        except json.JSONDecodeError as err:
            raise FactsError(f"{path}:{err.lineno}: not valid JSON: {err.msg}") from None
        except RecursionError:
            raise _too_deep(path, raw) from None
        except ValueError as err:  # e.g. an integer of more than 4,300 digits
            raise FactsError(f"{path}: not valid JSON: {str(err).split(';')[0]}") from None
    try:
        return yaml.load(raw, Loader=_FactsLoader)  # noqa: S506 - a SafeLoader subclass
    except _BadDate as err:
        raise FactsError(f"{path}:{err.problem_mark.line + 1}: not a valid date or time: {err.text!r} "
                         f"({err.reason}); write a real one, or quote it to keep it as text") from None
    except yaml.reader.ReaderError as err:  # a character YAML does not allow, e.g. NUL
        line = raw.count("\n", 0, err.position) + 1
        character = err.character if isinstance(err.character, int) else ord(str(err.character)[:1] or "\0")
        raise FactsError(f"{path}:{line}: not valid YAML: {err.reason} (U+{character:04X})") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(err, "problem", None) or (str(err).splitlines() or ["parse error"])[0]
        raise FactsError(f"{path}{where}: not valid YAML: {' '.join(str(problem).split())}") from None
    except RecursionError:
        raise _too_deep(path, raw) from None
    except ValueError as err:  # e.g. an integer of more than 4,300 digits
        raise FactsError(f"{path}: not valid YAML: {str(err).split(';')[0]}") from None
    except (TypeError, OverflowError, IndexError, AttributeError, KeyError):  # PyYAML on e.g. `!!float ''`
        raise FactsError(f"{path}: not valid YAML: a value does not fit its explicit tag (such as !!float, "
                         f"!!int, !!timestamp)") from None


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_version(path: Path, raw: str, data: dict) -> None:
    if "schema_version" not in data:
        return
    version = data["schema_version"]
    if isinstance(version, int) and not isinstance(version, bool) and 1 <= version <= SCHEMA_VERSION:
        return
    line = _key_lines(raw).get(("schema_version",))  # only now: composing a big file as YAML is slow
    where = f"{path}{':' + str(line) if line else ''}: key 'schema_version'"
    if isinstance(version, bool) or not isinstance(version, int):
        raise FactsError(f"{where}: must be a whole number such as {SCHEMA_VERSION}, not {_short(version)}")
    if version < 1:
        raise FactsError(f"{where}: must be 1 or more, not {version}")
    if version > SCHEMA_VERSION:
        raise FactsError(f"{where}: {version} is newer than this briefgen reads ({SCHEMA_VERSION}); upgrade briefgen")


def load(path: Path) -> Facts:
    """A facts file (JSON, or YAML for any other suffix); any problem is a one-line FactsError."""
    from briefgen.config import validation_message

    path = Path(path)
    try:
        if path.exists() and not path.is_dir() and not stat.S_ISREG(path.stat().st_mode):
            raise FactsError(f"{path}: cannot read facts file: not a regular file (a named pipe or a device)")
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise FactsError(f"{path}: cannot read facts file: {getattr(err, 'strerror', None) or err}") from None
    data = _parse(path, raw)
    if not isinstance(data, dict):
        raise FactsError(f"{path}:1: a facts file must be a mapping with schema_version, articles, ...")
    _check_shape(path, raw, data)
    _check_version(path, raw, data)
    try:
        return Facts.model_validate(data)
    except ValidationError as err:
        raise FactsError(validation_message(path, err, _key_lines(raw))) from None
