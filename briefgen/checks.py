"""`briefgen config validate`: everything a run needs, checked up front, each problem as FILE:LINE: key 'KEY'.

The typed settings (config.py) catch wrong keys, types and values; this adds what needs the disk or
the environment: inputs that exist, a writable output folder, templates that compile, a logo, an
overrides file that loads, an installed model, and delivery and monitoring settings that can work
(attachments among the formats written, the SMTP password's variable set, apprise URLs it knows).
`build` runs the delivery and monitoring checks too, before anything is read.
"""
from __future__ import annotations

import glob
import importlib.util
import os
from datetime import datetime
from pathlib import Path
from typing import Optional

from briefgen.config import Config, escape_controls, read_yaml, shown
from briefgen.errors import ConfigError, UserError


class Problems:
    def __init__(self, path: Optional[Path]):
        self.path = path
        self.lines: dict = {}
        if path is not None:
            try:
                _, self.lines = read_yaml(path)
            except ConfigError:
                pass
        self.found: list[str] = []

    def add(self, key: str, message: str) -> None:
        where = str(self.path) if self.path is not None else "config"
        loc = tuple(int(p) if p.isdigit() else p for p in key.split("."))
        line = next((self.lines[loc[:n]] for n in range(len(loc), 0, -1) if loc[:n] in self.lines), None)
        self.found.append(f"{where}{':' + str(line) if line else ''}: key '{key}': {message}")


def run_settings(config: Config, formats: list[str], problems: Problems) -> None:
    """Delivery and monitoring: what `build` checks before it starts."""
    email = config.deliver.email
    if email is not None:
        for i, fmt in enumerate(email.attach):
            if fmt not in formats:
                problems.add(f"deliver.email.attach.{i}", f"{fmt} is not among the formats written "
                             f"({','.join(formats)}); add it to formats or remove it here")
        if email.password_env and email.password_env not in os.environ:
            problems.add("deliver.email.password_env", f"environment variable {email.password_env} is not set")
        if email.password_env and not email.username:
            problems.add("deliver.email.password_env", "a password needs deliver.email.username")
        try:
            email.subject.format(title="t", date="d", stem="s")
        except (KeyError, IndexError, ValueError, AttributeError) as err:
            problems.add("deliver.email.subject", f"'{shown(email.subject)}': {err}; use {{title}}, {{date}} "
                         f"or {{stem}}")
    if config.monitor.notify:
        from briefgen.monitor import apprise_accepts

        for i, url in enumerate(config.monitor.notify):
            if not apprise_accepts(url):
                problems.add(f"monitor.notify.{i}", f"'{shown(url)}' is not a notification URL apprise knows "
                             f"(see its list of services: mailto://, slack://, ntfy://, json://, ...)")


def check_run(config: Config, formats: list[str], path: Optional[Path]) -> None:
    """Raise ConfigError with the first delivery or monitoring problem (more: `config validate`)."""
    problems = Problems(path)
    run_settings(config, formats, problems)
    if problems.found:
        more = len(problems.found) - 1
        raise ConfigError(problems.found[0] + (f" (and {more} more: briefgen config validate)" if more else ""))


def validate(config: Config, path: Optional[Path]) -> list[str]:
    """Every problem found, one line each; [] when a run has what it needs."""
    problems = Problems(path)
    for i, item in enumerate(config.inputs):
        if any(c in item for c in "*?["):
            if not glob.glob(item, recursive=True):
                problems.add(f"inputs.{i}", f"{escape_controls(item)}: the pattern matches no file")
        elif not Path(item).exists():
            problems.add(f"inputs.{i}", f"{escape_controls(item)}: no such file or folder")
    _output_dir(config.output.dir, problems)
    from briefgen.build import archive_pattern
    from briefgen.output import file_stem

    try:
        file_stem(archive_pattern(config) or config.output.name, datetime.now())
    except UserError as err:
        problems.add("output.name", str(err))
    if config.templates is not None:
        _templates(config.templates, problems)
    if config.logo is not None and not Path(config.logo).is_file():
        problems.add("logo", f"{config.logo}: no such image file")
    if config.overrides is not None:
        from briefgen import overrides

        try:
            overrides.load(config.overrides)
        except UserError as err:
            problems.add("overrides", str(err))
    if config.log_file is not None:
        folder = _existing_parent(Path(config.log_file).parent)
        if Path(config.log_file).is_dir():
            problems.add("log_file", f"{config.log_file}: is a folder")
        elif folder is None or not os.access(folder, os.W_OK):
            problems.add("log_file", f"{config.log_file}: its folder cannot be created or written")
    if config.cache is not None and Path(config.cache).exists() and not Path(config.cache).is_dir():
        problems.add("cache", f"{config.cache}: not a folder")
    if importlib.util.find_spec(config.model.replace("-", "_")) is None:
        problems.add("model", f"spaCy pipeline '{shown(config.model)}' is not installed")
    from briefgen.pipeline import parse_day

    if config.date:
        try:
            parse_day(config.date)
        except ValueError as err:
            problems.add("date", str(err))
    run_settings(config, list(config.formats), problems)
    return problems.found


def _existing_parent(folder: Path) -> Optional[Path]:
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate if candidate.is_dir() else None
    return None


def _output_dir(folder: Path, problems: Problems) -> None:
    if folder.exists() and not folder.is_dir():
        problems.add("output.dir", f"{folder}: not a folder")
        return
    parent = _existing_parent(folder)
    if parent is None or not os.access(parent, os.W_OK | os.X_OK):
        problems.add("output.dir", f"{folder}: cannot be created or written by this user")


def _templates(folder: Path, problems: Problems) -> None:
    if not Path(folder).is_dir():
        problems.add("templates", f"{folder}: no such folder")
        return
    import jinja2

    env = jinja2.Environment()
    for path in sorted(Path(folder).rglob("*.j2")):
        try:
            env.parse(path.read_text(encoding="utf-8"))
        except jinja2.TemplateSyntaxError as err:
            problems.add("templates", f"{path}:{err.lineno}: template syntax error: {shown(err.message or '', 120)}")
        except (OSError, UnicodeDecodeError) as err:
            problems.add("templates", f"{path}: cannot read: {getattr(err, 'strerror', None) or err}")
