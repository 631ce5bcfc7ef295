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
TMP_SUFFIX = ".tmp"


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
    """Hold the output folder's lock: a second run waits for it, or stops at once when wait is False.

    flock is released by the kernel when the process dies, so a killed run never leaves a stale lock.
    """
    ensure_dir(folder)
    path = folder / LOCK_NAME
    try:
        handle = open(path, "a+")
    except OSError as err:
        raise OutputError(f"{path}: cannot open lock file: {err.strerror or err}") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise LockedError(f"{folder}: another briefgen run is writing here (lock {path}); "
                                  f"try again later or use --lock wait") from None
            log.info("another briefgen run holds %s; waiting for it to finish", path)
            fcntl.flock(handle, fcntl.LOCK_EX)
        log.debug("lock taken on %s at %.6f", folder, time.time())
        try:
            yield
        finally:
            log.debug("lock released on %s at %.6f", folder, time.time())
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_files(files: Mapping[Path, bytes]) -> list[Path]:
    """Write every file atomically, renaming in the order given; a file whose content is unchanged is left alone.

    Each file goes to a hidden temporary name in its own folder (`.NAME.XXXX.tmp`), is flushed to disk,
    then renamed over the old one, so a reader sees either the whole old file or the whole new one.
    Returns what was written.
    """
    staged: list[tuple[Path, str]] = []
    path = None
    try:
        for path, data in files.items():
            try:
                if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
                    continue
            except OSError:
                pass
            mode = _mode_for(path)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TMP_SUFFIX)
            staged.append((path, tmp))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fchmod(handle.fileno(), mode)  # mkstemp makes 0600; keep the usual permissions
                os.fsync(handle.fileno())
    except OSError as err:
        for _, tmp in staged:
            _remove(tmp)
        what = "disk full" if err.errno == errno.ENOSPC else (err.strerror or str(err))
        raise OutputError(f"{path}: cannot write: {what}; the previous briefing is unchanged") from None
    for target, tmp in staged:
        os.replace(tmp, target)
    for folder in {target.parent for target, _ in staged}:
        _fsync_dir(folder)
    return [p for p, _ in staged]


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


UMASK = _umask()  # read once at import: os.umask can only be read by setting it


def _mode_for(path: Path) -> int:
    """An existing file keeps its mode; a new one gets what open() would give it."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~UMASK


def _fsync_dir(folder: Path) -> None:
    """Make the renames themselves durable, so a power cut cannot bring back a missing file."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Temporary files left by a run that was killed mid-write; call only while holding the lock."""
    removed = []
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return removed
    for path in candidates:
        if path.name.startswith(".") and path.name.endswith(TMP_SUFFIX) and path.is_file():
            _remove(str(path))
            removed.append(path)
    if removed:
        log.info("removed %d temporary file(s) left by an interrupted run", len(removed))
    return removed


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


# What each strftime code can produce, so that retention only ever matches briefgen's own archive names.
STRFTIME = {"Y": r"\d{4}", "y": r"\d{2}", "m": r"\d{2}", "d": r"\d{2}", "H": r"\d{2}", "M": r"\d{2}",
            "S": r"\d{2}", "j": r"\d{3}", "U": r"\d{2}", "W": r"\d{2}", "V": r"\d{2}", "G": r"\d{4}",
            "u": r"\d", "w": r"\d", "b": "[A-Za-z]+", "B": "[A-Za-z]+", "a": "[A-Za-z]+", "A": "[A-Za-z]+",
            "p": "[A-Za-z]+", "F": r"\d{4}-\d{2}-\d{2}", "%": "%"}


def _field_regex(spec: str) -> str:
    """`{date:%Y-%m-%d}` → a regex for the text it formats to."""
    fmt = spec.partition(":")[2]
    if not fmt:
        return ".+"
    out, i = [], 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt):
            out.append(STRFTIME.get(fmt[i + 1], ".+?"))
            i += 2
        else:
            out.append(re.escape(fmt[i]))
            i += 1
    return "".join(out)


def name_regex(pattern: str) -> re.Pattern:
    """The archived files a name pattern produces: `{date:%Y-%m-%d}-briefing` → 2026-01-02-briefing.md, ..."""
    parts, pos = [], 0
    for m in re.finditer(r"\{([^{}]*)\}", pattern):
        parts.append(re.escape(pattern[pos:m.start()]))
        parts.append(_field_regex(m.group(1)))
        pos = m.end()
    parts.append(re.escape(pattern[pos:]))
    return re.compile("^" + "".join(parts) + r"\.(md|html|pdf|facts\.json)$")


def prune(folder: Path, pattern: str, days: int, now: float | None = None, keep: tuple[str, ...] = ()) -> list[Path]:
    """Remove archived briefings (files named by `pattern`) older than `days` days; latest.* and `keep` stay."""
    regex = name_regex(pattern)
    cutoff = (now or time.time()) - days * 86400
    removed = []
    for path in sorted(folder.iterdir()):
        if not regex.match(path.name) or path.name.startswith("latest.") or path.name in keep:
            continue
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except OSError as err:
            log.warning("cannot remove archived %s: %s", path.name, err.strerror or err)
    for path in removed:
        log.info("removed archived %s (older than %d days)", path.name, days)
    return removed
