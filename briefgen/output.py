"""Writing the briefing safely: a lock, atomic files, a dated archive and latest.* copies.

Everything is rendered in memory before the first byte is written; each file is written to a
temporary name in the same folder and renamed over the old one, so a crash, a kill or a full disk
at any moment leaves the previous briefing whole.
"""
from __future__ import annotations

import errno
import fcntl
import logging
import os
import re
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator, Mapping

from briefgen.errors import LockedError, UserError

log = logging.getLogger("briefgen.output")
LOCK_NAME = ".briefgen.lock"


class OutputError(UserError):
    """The output folder cannot be written."""


def ensure_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{folder}: cannot create output folder: {err.strerror or err}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: output folder is not writable")


@contextmanager
def locked(folder: Path, wait: bool = True) -> Iterator[None]:
    """Hold the output folder's lock: a second run waits for it, or stops at once when wait is False."""
    ensure_dir(folder)
    path = folder / LOCK_NAME
    try:
        handle = open(path, "a+")
    except OSError as err:
        raise OutputError(f"{path}: cannot open lock file: {err.strerror or err}") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise LockedError(f"{folder}: another briefgen run is writing here (lock {path}); "
                              f"try again later or use --lock wait") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_files(files: Mapping[Path, bytes]) -> list[Path]:
    """Write every file atomically; a file whose content is unchanged is left alone. Returns what was written."""
    staged: list[tuple[Path, str]] = []
    try:
        for path, data in files.items():
            try:
                if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
                    continue
            except OSError:
                pass
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            staged.append((path, tmp))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
    except OSError as err:
        for _, tmp in staged:
            _remove(tmp)
        what = "disk full" if err.errno == errno.ENOSPC else (err.strerror or str(err))
        raise OutputError(f"{path}: cannot write: {what}; the previous briefing is unchanged") from None
    for path, tmp in staged:
        os.replace(tmp, path)
    return [p for p, _ in staged]


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def file_stem(pattern: str, when: datetime) -> str:
    """The output name for this run: `{date:%Y-%m-%d}-briefing` → 2026-11-22-briefing."""
    try:
        stem = pattern.format(date=when)
    except (KeyError, ValueError, IndexError, AttributeError) as err:
        raise UserError(f"output name '{pattern}': {err}; use e.g. '{{date:%Y-%m-%d}}-briefing'") from None
    if not stem or "/" in stem or stem.startswith("."):
        raise UserError(f"output name '{pattern}' gives '{stem}', not a plain file name")
    return stem


def prune(folder: Path, pattern: str, days: int, now: float | None = None) -> list[Path]:
    """Remove archived briefings (files named by `pattern`) older than `days` days."""
    regex = re.compile("^" + re.sub(r"\\\{[^}]*\\\}", ".+", re.escape(pattern)) + r"\.(md|html|pdf|facts\.json)$")
    cutoff = (now or time.time()) - days * 86400
    removed = []
    for path in sorted(folder.iterdir()):
        if regex.match(path.name) and not path.name.startswith("latest.") and path.stat().st_mtime < cutoff:
            path.unlink()
            removed.append(path)
    for path in removed:
        log.info("removed archived %s (older than %d days)", path.name, days)
    return removed
