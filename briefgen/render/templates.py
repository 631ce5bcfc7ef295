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
from typing import Any, Callable, Optional

import jinja2
from jinja2 import BaseLoader, StrictUndefined, TemplateAssertionError, TemplateNotFound, nodes
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup

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


class SearchPathLoader(BaseLoader):
    """User folder first, then built-ins; `builtin:NAME` skips the user folder. Reports what it tried."""

    def __init__(self, user_dir: Optional[Path], debug: Debug = None) -> None:
        self.user_dir = Path(user_dir) if user_dir else None
        self.builtin_dir = builtin_templates_dir()
        self.plugin_dirs = [Path(s.templates) for s in all_sections() if s.templates]  # after the built-ins
        self.debug = debug

    def folders(self, name: str) -> tuple[str, list[Path]]:
        if name.startswith(PREFIX):
            return name[len(PREFIX):], [self.builtin_dir, *self.plugin_dirs]
        return name, [d for d in (self.user_dir, self.builtin_dir, *self.plugin_dirs) if d is not None]

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
        for folder in (self.user_dir, self.builtin_dir, *self.plugin_dirs):
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


FILTERS = {"md": md.escape_md, "raw": raw, "cite": cite, "figure": figure, "css_string": css_string}


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


def make_env(user_dir: Optional[Path], kind: str, debug: Debug = None, language: str = "en",
             ) -> ImmutableSandboxedEnvironment:
    """kind 'md': every printed value is Markdown-escaped; 'html': HTML autoescape; 'css': as written.
    `_("...")` (Jinja's i18n extension, new style) translates through the catalogue of `language`."""
    options: dict[str, Any] = {}
    if kind == "md":
        options["finalize"] = md.finalize
    env = BriefingEnvironment(
        loader=SearchPathLoader(user_dir, debug), undefined=StrictUndefined, autoescape=(kind == "html"),
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
        message = f"undefined: {message}"
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
    try:
        return _render_template(env, name, context)
    finally:
        _RENDERING.pop()


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


def list_templates(user_dir: Optional[Path]) -> list[tuple[str, str]]:
    """Every template name and where it comes from: 'user DIR' when the user's folder holds it, else 'built-in'."""
    user = user_templates_dir(user_dir)
    user_names = set(_template_files(user)) if user is not None and user.is_dir() else set()
    names = sorted(user_names | set(_template_files(builtin_templates_dir())))
    return [(name, f"user {user}" if name in user_names else "built-in") for name in names]


def check_templates(user_dir: Optional[Path], facts: Facts, config: Config) -> list[str]:
    """Compile every template and render every output, section and layout; returns 'file:line: message' lines."""
    from briefgen.render import render_all
    from briefgen.render.context import build_context

    user_dir = user_templates_dir(user_dir)
    errors: list[str] = []

    def note(err: Exception) -> None:
        line = str(err)
        if line not in errors:
            errors.append(line)

    config = config.model_copy(update={"templates": Path(user_dir) if user_dir else None})
    every_section = config.model_copy(update={"sections": [s.name for s in all_sections()]})
    for name, _origin in list_templates(user_dir):
        env = make_env(user_dir, "html" if name.endswith(".html.j2") else "md")
        try:
            env.get_template(name)
        except Exception as err:  # noqa: BLE001
            converted = as_template_error(err, name)
            note(converted or err)
    whats_new = {"since": "the last briefing", "developments": facts.developments[:1],
                 "positions": facts.positions[:1], "casualties": [], "answered": facts.open_questions[:1]}
    for sample in (facts, Facts(title=facts.title, date=facts.date)):
        for layout in ("full", "onepage"):
            try:
                render_all(sample, every_section.model_copy(update={"layout": layout}), ["md", "html"],
                           whats_new=whats_new)
            except TemplateError as err:
                note(err)
        context = build_context(sample, every_section)
        env = make_env(user_dir, "md")
        for spec in all_sections():
            try:
                render_template(env, spec.template_name, {**context, "section": context[spec.name]})
            except TemplateError as err:
                note(err)
    return errors
