"""The template search path, the sandboxed Jinja environments, and template errors as one line.

Search path (as MkDocs' custom_dir): the user's folder first, file by file, then the built-ins. A user
file may extend the very file it replaces through the `builtin:` prefix
(`{% extends "builtin:briefing.md.j2" %}`), and `{{ super() }}` keeps the built-in block.
"""
from __future__ import annotations

import os
import re
import shutil
import time
import traceback
from pathlib import Path
import difflib
from typing import Any, Callable, Iterable, Optional, Sequence, Union

import jinja2
from jinja2 import BaseLoader, StrictUndefined, TemplateAssertionError, TemplateNotFound, nodes
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup
from types import SimpleNamespace

from briefgen.config import Config
from briefgen.sections import all_sections
from briefgen.errors import UserError
from briefgen.facts import Facts
from briefgen.render import markdown as md
from briefgen.render.i18n import format_day, format_moment, format_number, translations
from briefgen.render.limits import MAX_TEMPLATE_OUTPUT, MAX_TEMPLATE_STEPS, MAX_TEMPLATE_TEXT, TEMPLATE_TIME_LIMIT
from briefgen.render.paths import builtin_templates_dir

PREFIX = "builtin:"
COPY_SUFFIXES = (".j2", ".css", ".png", ".svg", ".jpg", ".md")
Debug = Optional[Callable[[str], None]]


class TemplateError(UserError):
    """A template that does not compile or render; the message is 'file:line: what is wrong'."""


Folders = Union[None, Path, Sequence[Path]]


def as_folders(folders: Folders) -> list[Path]:
    if folders is None:
        return []
    if isinstance(folders, (str, Path)):
        return [Path(folders)]
    return [Path(f) for f in folders if f is not None]


class SearchPathLoader(BaseLoader):
    """The user's folders in order (`templates:`, then each of `theme:`), then the built-ins, then section
    plugins' folders; `builtin:NAME` skips the user's folders. Reports what it tried."""

    def __init__(self, user_dirs: Folders, debug: Debug = None) -> None:
        self.user_dirs = as_folders(user_dirs)
        self.builtin_dir = builtin_templates_dir()
        self.plugin_dirs = [Path(s.templates) for s in all_sections() if s.templates]  # after the built-ins
        self.debug = debug

    @property
    def user_dir(self) -> Optional[Path]:
        return self.user_dirs[0] if self.user_dirs else None

    def folders(self, name: str) -> tuple[str, list[Path]]:
        if name.startswith(PREFIX):
            return name[len(PREFIX):], [self.builtin_dir, *self.plugin_dirs]
        return name, [*self.user_dirs, self.builtin_dir, *self.plugin_dirs]

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        name, folders = self.folders(template)
        pieces = split_template_path(name)  # refuses '..': a template cannot reach outside its folders
        considered = []
        for folder in folders:
            path = folder.joinpath(*pieces)
            considered.append(str(path))
            if path.is_file():
                if self.debug:
                    self.debug(f"{template}: considered {', '.join(considered)}; using {path}")
                _confined(path, folder)
                mtime = path.stat().st_mtime
                text = _read_template(path)
                return text, str(path), lambda: path.is_file() and path.stat().st_mtime == mtime
        if self.debug:
            self.debug(f"{template}: considered {', '.join(considered)}; none exists")
        raise TemplateNotFound(template)

    def list_templates(self) -> list[str]:
        names = set()
        for folder in (*self.user_dirs, self.builtin_dir, *self.plugin_dirs):
            if folder is not None and folder.is_dir():
                names.update(_template_files(folder))
        return sorted(names)


def _confined(path: Path, folder: Path) -> None:
    """Refuse a template that is (or sits under) a symbolic link leading out of its templates folder, as
    the PDF fetcher refuses such files: a template pack must not print /etc/passwd into the briefing."""
    real, root = path.resolve(), folder.resolve()
    if not real.is_relative_to(root):
        raise TemplateError(f"{_display(str(path))}: is a symbolic link to {real}, outside the templates folder "
                            f"{_display(str(folder))}; copy the file into the folder instead")


def _read_template(path: Path) -> str:
    """A template's text; one that is not UTF-8 is named itself (not the template that includes it)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise TemplateError(f"{_display(str(path))}:{line}: template is not UTF-8 text (byte 0x{data[err.start]:02x}); "
                            f"save it as UTF-8") from None


def user_templates_dir(folder: Optional[Path]) -> Optional[Path]:
    """The user's templates folder, checked: a mistyped `templates:` must not silently fall back to the built-ins."""
    if folder is None:
        return None
    folder = Path(folder)
    if not folder.is_dir():
        raise TemplateError(f"{folder}: templates folder not found (set by `templates:` or --templates)")
    return folder


def template_folders(templates: Optional[Path], theme: Sequence[Path] = ()) -> list[Path]:
    """The user's template folders in search order, each checked: `templates:` (or --templates), then `theme:`."""
    folders = [user_templates_dir(templates)] if templates is not None else []
    for folder in theme:
        if not Path(folder).is_dir():
            raise TemplateError(f"{folder}: theme folder not found (set by `theme:`)")
        folders.append(Path(folder))
    return [f for f in folders if f is not None]


def config_folders(config: Config) -> list[Path]:
    return template_folders(config.templates, getattr(config, "theme", []) or [])


BUILTIN_LAYOUTS = {"full": "briefing.md.j2", "onepage": "onepage.md.j2"}


def _find(name: str, folders: list[Path]) -> Optional[Path]:
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    return None


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]}?" if close else ""


def layout_template(layout: str, folders: list[Path]) -> str:
    """The template of a layout: briefing.md.j2, onepage.md.j2, or NAME.md.j2 from the user's folders."""
    if layout in BUILTIN_LAYOUTS:
        return BUILTIN_LAYOUTS[layout]
    name = f"{layout}.md.j2"
    if _find(name, folders) is None:
        where = ", ".join(_display(str(f)) for f in folders) or "none set"
        own = [n[:-len(".md.j2")] for f in folders for n in _template_files(f)
               if "/" not in n and n.endswith(".md.j2")]
        raise TemplateError(f"config key 'layout': unknown layout {layout!r}: no {name} in the templates folders "
                            f"({where}); choose full, onepage or add {name}{_did_you_mean(layout, ['full', 'onepage', *own])}")
    return name


def check_sections(config: Config, folders: list[Path]) -> None:
    """Every section in `sections:` is built in or has its template, sections/NAME.md.j2, in a user's folder."""
    known = [s.name for s in all_sections()]
    for entry in config.section_list():
        if entry.name in known:
            continue
        name = f"sections/{entry.name}.md.j2"
        if _find(name, folders) is None:
            where = ", ".join(_display(str(f)) for f in folders) or "none set"
            own = [n[len("sections/"):-len(".md.j2")] for f in folders for n in _template_files(f)
                   if n.startswith("sections/") and n.endswith(".md.j2")]
            raise TemplateError(f"config key 'sections': unknown section {entry.name!r}: no {name} in the templates "
                                f"folders ({where}){_did_you_mean(entry.name, known + own)}")


def unused_overrides(folders: list[Path], config: Config) -> list[str]:
    """A warning for each file in the user's folders that has the name of no built-in template and that no
    template, `layout:` or `sections:` uses: a misspelt override (`sections/casualty.md.j2`) overrides nothing."""
    from jinja2 import meta

    builtin = set(_template_files(builtin_templates_dir()))
    for plugin in (s.templates for s in all_sections() if s.templates):
        builtin.update(_template_files(Path(plugin)))
    used = set(builtin) | {"extra.css.j2", f"{config.layout}.md.j2"}
    used.update(f"sections/{s.name}.md.j2" for s in config.section_list())
    parser = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    files = [(folder, name) for folder in folders for name in _template_files(folder)]
    for folder, name in files:
        try:
            tree = parser.parse((folder / name).read_text(encoding="utf-8"))
        except Exception:  # noqa: BLE001 - a broken template is reported when it is rendered or checked
            continue
        used.update(ref[len(PREFIX):] if ref.startswith(PREFIX) else ref
                    for ref in meta.find_referenced_templates(tree) if ref)
    warnings = []
    for folder, name in files:
        if name not in used:
            warnings.append(f"{_display(str(folder / name))}: overrides no built-in template and no template, "
                            f"layout: or sections: uses it{_did_you_mean(name, sorted(builtin))}")
    return warnings


def _template_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.j2")
                  if p.is_file() and "__pycache__" not in p.parts)


def css_string(value: Any) -> Markup:
    """A value as a quoted CSS string, for `content:` in @page boxes; it cannot close the string or <style>."""
    text = "" if value is None else " ".join(str(value).split())
    out = []
    for ch in text:
        if ch in '"\\<>&' or ord(ch) < 32:
            out.append(f"\\{ord(ch):x} ")
        else:
            out.append(ch)
    return Markup('"' + "".join(out) + '"')


def raw(value: Any) -> Markup:
    """Trust a value as Markdown (for text from your own config, never for article text)."""
    return Markup("" if value is None else str(value))


def cite(item: Any) -> Markup:
    """An item's citation markers, e.g. [1][2], each linking to its sentence in Sources."""
    return getattr(item, "cite", Markup(""))


def figure(item: Any) -> str:
    """A casualty figure as reported: 'at least 12 civilians killed'."""
    from briefgen.render.context import _figure
    return getattr(item, "figure", None) or _figure(item)


FILTERS = {"md": md.escape_md, "raw": raw, "cite": cite, "figure": figure, "css_string": css_string,
           # in the briefing's language: make_env replaces these English ones
           "day": lambda value, style="long": format_day(value, "en", style),
           "moment": lambda value, style="long": format_moment(value, "en", style),
           "number": lambda value: format_number(value, "en")}


THE_OBJECT = "\x00object\x00"  # replaced by the expression the template wrote (`section`), see _in_own_terms


def _fields(obj: Any) -> Optional[list[str]]:
    if isinstance(obj, SimpleNamespace):
        return list(vars(obj))
    if isinstance(obj, dict):
        return [str(k) for k in obj]
    return None


class BriefingUndefined(StrictUndefined):
    """StrictUndefined whose message speaks of the template's own names, not Python's:
    "`section` has no attribute `titel`; did you mean `title`?", never "'briefgen.render.context.Rec
    object' has no attribute 'titel'"."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:  # type: ignore[override]
        if self._undefined_hint:
            return self._undefined_hint
        name = self._undefined_name
        if self._undefined_obj is jinja2.utils.missing:
            known = _KNOWN_NAMES[-1] if _KNOWN_NAMES else []
            close = difflib.get_close_matches(str(name), known, n=1, cutoff=0.6)
            return f"`{name}` is undefined" + (f"; did you mean `{close[0]}`?" if close else "")
        fields = _fields(self._undefined_obj)
        if fields is None:
            kind = {str: "a text", int: "a number", float: "a number", list: "a list", bool: "true/false",
                    type(None): "none"}.get(type(self._undefined_obj), "this value")
            return f"{THE_OBJECT} ({kind}) has no attribute `{name}`"
        close = difflib.get_close_matches(str(name), fields, n=1, cutoff=0.6)
        hint = f"; did you mean `{close[0]}`?" if close else f"; it has {', '.join(f'`{f}`' for f in fields[:12])}"
        return f"{THE_OBJECT} has no attribute `{name}`{hint}"


_KNOWN_NAMES: list[list[str]] = []  # the context's names of each render in progress, for "did you mean"


def _in_own_terms(message: str, filename: Optional[str], lineno: Optional[int]) -> str:
    """Put the expression the template wrote (`section`, `item.cites[0]`) where the message says THE_OBJECT."""
    if THE_OBJECT not in message:
        return message
    attribute = re.search(r"attribute `([^`]*)`", message)
    expression = None
    if attribute and filename and lineno:
        try:
            line = Path(filename).read_text(encoding="utf-8").splitlines()[lineno - 1]
        except (OSError, UnicodeDecodeError, IndexError):
            line = ""
        name = re.escape(attribute.group(1))
        found = re.search(rf"([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*|\[[^\]]*\])*)(?:\.{name}\b|\[['\"]{name}['\"]\])", line)
        expression = found.group(1) if found else None
    return message.replace(THE_OBJECT, f"`{expression}`" if expression else "this record")


class TemplateLimit(jinja2.TemplateRuntimeError):
    """A template that runs too long or builds too much (limits in briefgen/render/limits.py)."""


class Budget:
    """What one template render may still spend: loop turns and calls, and time (checked every 64 steps)."""

    def __init__(self) -> None:
        self.steps = 0
        self.deadline = time.monotonic() + TEMPLATE_TIME_LIMIT

    def tick(self) -> None:
        self.steps += 1
        if self.steps > MAX_TEMPLATE_STEPS:
            raise TemplateLimit(f"the template took more than {MAX_TEMPLATE_STEPS:,} loop turns and calls "
                                f"(a runaway loop?); stopped")
        if not self.steps & 63 and time.monotonic() > self.deadline:
            raise TemplateLimit(f"the template ran for more than {TEMPLATE_TIME_LIMIT:g} s (a runaway loop?); stopped")


_WIDTH = re.compile(r"(?:%[^a-zA-Z%]*?|\{[^{}]*?:[^{}]*?)(\d{7,})")


def _check_text(size: int) -> None:
    if size > MAX_TEMPLATE_TEXT:
        raise TemplateLimit(f"a text of more than {MAX_TEMPLATE_TEXT:,} characters cannot be built in a template")


def _check_widths(fmt: Any) -> None:
    """`"%999999999s" % x` or `"{:999999999}".format(x)` would build a text of that width."""
    if isinstance(fmt, str):
        for match in _WIDTH.finditer(fmt):
            _check_text(int(match.group(1)))


def _bounded_filter(func: Callable) -> Callable:
    """A built-in filter whose number arguments (a width, a length) must stay within MAX_TEMPLATE_TEXT."""
    def bounded(*args: Any, **kwargs: Any) -> Any:
        for value in list(args) + list(kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool):
                _check_text(value)
        if func is _FORMAT:
            _check_widths(args[0] if args else None)
        return func(*args, **kwargs)
    for attr in ("jinja_pass_arg",):
        if hasattr(func, attr):
            setattr(bounded, attr, getattr(func, attr))
    return bounded


_FORMAT = jinja2.filters.FILTERS["format"]
WIDTH_FILTERS = ("center", "indent", "format", "wordwrap", "truncate", "batch", "slice")


class BriefingEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, plus: an unknown filter or test is an error when the file is read, even in a branch
    that this run does not take (Jinja would otherwise wait until the branch runs); and a budget of time,
    loop turns, calls and text sizes (see briefgen/render/limits.py), so a template cannot hang a run."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.budget = Budget()

    def _parse(self, source: str, name: Optional[str], filename: Optional[str]) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for node in tree.find_all((nodes.Filter, nodes.Test)):
            known = self.filters if isinstance(node, nodes.Filter) else self.tests
            if node.name not in known:
                kind = "filter" if isinstance(node, nodes.Filter) else "test"
                raise TemplateAssertionError(f"No {kind} named {node.name!r}.", node.lineno, name, filename)
        for node in tree.find_all(nodes.For):  # every loop turn is counted: `for x in budgeted(ITER)`
            node.iter = nodes.Call(nodes.EnvironmentAttribute("budgeted", lineno=node.lineno), [node.iter], [],
                                   None, None, lineno=node.iter.lineno)
        return tree

    def budgeted(self, iterable: Any) -> Any:
        budget = self.budget
        for item in iterable:
            budget.tick()
            yield item

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's
        __self.budget.tick()
        wrapped = getattr(__obj, "__wrapped__", None)  # the sandbox's str.format / str.format_map
        if getattr(wrapped, "__name__", None) in ("format", "format_map"):
            _check_widths(getattr(wrapped, "__self__", None))
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(n, int):
                    _check_text(len(seq) * n)
        elif operator == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1:
            _check_text(right * abs(left).bit_length() // 3)  # about the digits of the result
        elif operator == "%":
            _check_widths(left)
        return super().call_binop(context, operator, left, right)


def make_env(user_dir: Folders, kind: str, debug: Debug = None, language: str = "en",
             ) -> ImmutableSandboxedEnvironment:
    """kind 'md': every printed value is Markdown-escaped; 'html': HTML autoescape; 'css': as written.
    `_("...")` (Jinja's i18n extension, new style) translates through the catalogue of `language`."""
    options: dict[str, Any] = {}
    if kind == "md":
        options["finalize"] = md.finalize
    env = BriefingEnvironment(
        loader=SearchPathLoader(user_dir, debug), undefined=BriefingUndefined, autoescape=(kind == "html"),
        keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, auto_reload=False,
        extensions=["jinja2.ext.i18n"], **options)
    env.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    env.filters.update(FILTERS)
    env.filters["day"] = lambda value, style="long": format_day(value, language, style)
    env.filters["moment"] = lambda value, style="long": format_moment(value, language, style)
    env.filters["number"] = lambda value: format_number(value, language)
    for name in WIDTH_FILTERS:
        env.filters[name] = _bounded_filter(env.filters[name])
    return env


def _where(err: BaseException) -> tuple[Optional[str], Optional[int]]:
    """The innermost template file and line in a traceback (Jinja rewrites frames to template lines)."""
    filename, lineno = None, None
    for frame in traceback.extract_tb(err.__traceback__):
        if frame.filename.endswith(".j2") or frame.filename.startswith(PREFIX):
            filename, lineno = frame.filename, frame.lineno
    return filename, lineno


def _display(filename: str) -> str:
    """A template's path as the user would type it: relative to the working directory when inside it."""
    try:
        relative = os.path.relpath(filename)
    except ValueError:  # another drive on Windows
        return filename
    return filename if relative.startswith("..") else relative


def as_template_error(err: BaseException, name: str) -> Optional[TemplateError]:
    """One line 'file:line: message' for an error raised while compiling or rendering a template."""
    if isinstance(err, jinja2.TemplateSyntaxError) and err.lineno:  # also unknown filters and tests
        filename = err.filename or name
        return TemplateError(f"{_display(filename)}:{err.lineno}: {err.message}")
    filename, lineno = _where(err)
    if filename is None:
        if isinstance(err, TemplateNotFound):
            return TemplateError(f"{name}: template not found: {err.name}")
        if not isinstance(err, jinja2.TemplateError):
            return None  # not a template's fault: a bug in briefgen, let it show
        filename = name
    message = err.message if isinstance(err, jinja2.TemplateError) and err.message else str(err)
    if isinstance(err, jinja2.UndefinedError):
        message = f"undefined: {_in_own_terms(message, filename, lineno)}"
    elif isinstance(err, SecurityError):
        message = f"not allowed in a template: {message}"
    elif isinstance(err, TemplateNotFound):
        message = f"template not found: {err.name}"
    elif not isinstance(err, jinja2.TemplateError):
        message = f"{type(err).__name__}: {message}"
    where = f":{lineno}" if lineno else ""
    return TemplateError(f"{_display(filename)}{where}: {message}")


_RENDERING: list[str] = []  # the templates being rendered now, outermost first (for time-limit messages)


def rendering_now() -> Optional[str]:
    """The template file being rendered at this moment, if any: what a time-limit message names."""
    return _RENDERING[-1] if _RENDERING else None


def render_template(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    """Render one template; any template mistake becomes a TemplateError naming file and line."""
    _RENDERING.append(_display(name))
    _KNOWN_NAMES.append(sorted(context))
    try:
        return _render_template(env, name, context)
    finally:
        _RENDERING.pop()
        _KNOWN_NAMES.pop()


def _render_template(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    if isinstance(env, BriefingEnvironment):
        env.budget = Budget()
    try:
        chunks, size = [], 0
        for chunk in env.get_template(name).generate(context):  # what render() joins, with a size check
            size += len(chunk)
            if size > MAX_TEMPLATE_OUTPUT:
                raise TemplateError(f"{_display(name)}: the template wrote more than {MAX_TEMPLATE_OUTPUT:,} "
                                    f"characters (a runaway loop?); stopped")
            chunks.append(chunk)
        return "".join(chunks)
    except UserError:
        raise
    except Exception as err:  # noqa: BLE001 - sorted into template errors and real bugs below
        converted = as_template_error(err, name)
        if converted is None:
            raise
        raise converted from None


# ---- init / list / check: the `briefgen templates` commands -------------------------------------

def _builtin_files() -> list[Path]:
    root = builtin_templates_dir()
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in COPY_SUFFIXES
                  and "__pycache__" not in p.parts)


def init_templates(dest: Path) -> list[Path]:
    """Copy the built-in templates and stylesheet into `dest` to edit; never overwrite a changed file."""
    dest = Path(dest)
    root = builtin_templates_dir()
    plan = [(src, dest / src.relative_to(root)) for src in _builtin_files()]
    clashes = [str(target) for src, target in plan if target.exists() and target.read_bytes() != src.read_bytes()]
    if clashes:
        more = f" (and {len(clashes) - 1} more)" if len(clashes) > 1 else ""
        raise UserError(f"{clashes[0]}: already exists and differs from the built-in template{more}; "
                        f"move it away or choose another folder")
    written = []
    for src, target in plan:
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
        written.append(target)
    return written


def list_templates(user_dir: Folders) -> list[tuple[str, str]]:
    """Every template name and where it comes from: 'user DIR' for the first of the user's folders that
    holds it (templates:, then theme:), else 'built-in'."""
    folders = [user_templates_dir(f) for f in as_folders(user_dir)]
    origin: dict[str, str] = {}
    for folder in folders:
        if folder is not None and folder.is_dir():
            for name in _template_files(folder):
                origin.setdefault(name, f"user {folder}")
    for name in _template_files(builtin_templates_dir()):
        origin.setdefault(name, "built-in")
    return sorted(origin.items())


def check_templates(user_dir: Folders, facts: Facts, config: Config) -> list[str]:
    """Compile every template and render every output, section and layout; returns 'file:line: message' lines.
    Files that override nothing are 'warning: ...' lines (errors with `strict`)."""
    from briefgen.render import render_all
    from briefgen.render.context import build_context

    folders = [f for f in (user_templates_dir(f) for f in as_folders(user_dir)) if f is not None]
    errors: list[str] = []

    def note(err: Exception) -> None:
        line = str(err)
        if line not in errors:
            errors.append(line)

    config = config.model_copy(update={"templates": folders[0] if folders else None, "theme": folders[1:],
                                       "strict": False})
    for warning in unused_overrides(folders, config):
        note(TemplateError(f"warning: {warning}"))
    try:
        check_sections(config, folders)
        layouts = list(dict.fromkeys(["full", "onepage", config.layout]))
        layout_template(config.layout, folders)
    except TemplateError as err:
        note(err)
        layouts = ["full", "onepage"]
    custom = [s for s in config.section_list() if s.name not in {x.name for x in all_sections()}
              and _find(f"sections/{s.name}.md.j2", folders) is not None]
    every_section = config.model_copy(update={"sections": [s.name for s in all_sections()] + custom})
    for name, _origin in list_templates(folders):
        env = make_env(folders, "html" if name.endswith(".html.j2") else "md", language=config.language)
        try:
            env.get_template(name)
        except Exception as err:  # noqa: BLE001
            converted = as_template_error(err, name)
            note(converted or err)
    whats_new = {"since": "the last briefing", "developments": facts.developments[:1],
                 "positions": facts.positions[:1], "casualties": [], "answered": facts.open_questions[:1]}
    for sample in (facts, Facts(title=facts.title, date=facts.date)):
        for layout in layouts:
            try:
                render_all(sample, every_section.model_copy(update={"layout": layout}), ["md", "html"],
                           whats_new=whats_new)
            except TemplateError as err:
                note(err)
        context = build_context(sample, every_section)
        env = make_env(folders, "md", language=config.language)
        for section in context["sections"]:
            try:
                render_template(env, section.template, {**context, "section": section})
            except TemplateError as err:
                note(err)
    return errors
