"""Writing the briefing safely: a lock, atomic files, a dated archive and latest.* copies.

Everything is rendered in memory before the first byte is written; each file is written to a
temporary name in the same folder and renamed over the old one, so a crash, a kill or a full disk
at any moment leaves the previous briefing whole.
"""
from __future__ import annotations

import errno
import logging
import os
import re
import signal
import string
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator, Mapping, Optional

from briefgen.errors import LockedError, UserError

log = logging.getLogger("briefgen.output")
LOCK_NAME = ".briefgen.lock"
TMP_SUFFIX = ".briefgen.tmp"  # `.NAME.XXXXXXXX.briefgen.tmp`: only names of this shape are ever cleaned up
TMP_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}" + re.escape(TMP_SUFFIX) + "$")
KEPT = "the previous briefing is unchanged"


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
def locked(folder: Path, wait: bool = True, timeout: Optional[float] = None) -> Iterator[None]:
    """Hold the output folder's lock: a second run waits for it (at most `timeout` seconds, if given), or
    stops at once when wait is False.

    The lock is the operating system's (flock on Linux and macOS, LockFileEx on Windows, through the
    filelock library), released by the kernel when the process dies, so a killed run never leaves a
    stale lock. The empty lock file itself stays.
    """
    from filelock import FileLock, Timeout

    ensure_dir(folder)
    path = folder / LOCK_NAME
    lock = FileLock(path, thread_local=False, fallback_to_soft=False, preserve_lock_file=True)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if not wait:
                raise LockedError(f"{folder}: another briefgen run is writing here (lock {path}); "
                                  f"try again later or use --lock wait") from None
            if timeout is None:
                log.info("another briefgen run holds %s; waiting for it to finish", path)
            else:
                log.info("another briefgen run holds %s; waiting for it at most %g s", path, timeout)
            try:
                lock.acquire(timeout=-1 if timeout is None else timeout, poll_interval=0.05)
            except Timeout:
                raise LockedError(f"{folder}: another briefgen run held the lock for more than {timeout:g} s "
                                  f"(--lock-timeout); this run stopped without writing") from None
    except OSError as err:
        raise OutputError(f"{path}: cannot open lock file: {err.strerror or err}") from None
    log.debug("lock taken on %s at %.6f", folder, time.time())
    try:
        yield
    finally:
        log.debug("lock released on %s at %.6f", folder, time.time())
        lock.release()


def check_targets(paths) -> None:
    """Refuse, before anything is replaced, a target that cannot be replaced by a file (a folder in its place)."""
    for path in paths:
        if path.is_dir():
            raise OutputError(f"{path}: is a folder, not a file; move it away and run again; {KEPT}")
        if not path.parent.is_dir():
            raise OutputError(f"{path}: cannot write: folder {path.parent} does not exist")


def write_files(files: Mapping[Path, bytes], kept: str = KEPT) -> list[Path]:
    """Write every file atomically, renaming in the order given; a file whose content is unchanged is left alone.

    Each file goes to a hidden temporary name in its own folder (`.NAME.XXXXXXXX.briefgen.tmp`), is flushed
    to disk, then renamed over the old one, so a reader sees either the whole old file or the whole new one.
    Every target is checked before the first temporary is made; SIGTERM and Ctrl-C wait until the renames
    are done. Returns what was written. `kept` ends a failure message (what is left as it was).
    """
    check_targets(files)
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
                if hasattr(os, "fchmod"):  # not on Windows, where mkstemp's file is not private anyway
                    os.fchmod(handle.fileno(), mode)  # mkstemp makes 0600; keep the usual permissions
                os.fsync(handle.fileno())
    except OSError as err:
        for _, tmp in staged:
            _remove(tmp)
        what = "disk full" if err.errno == errno.ENOSPC else (err.strerror or str(err))
        raise OutputError(f"{path}: cannot write: {what}; {kept}") from None
    except BaseException:  # SIGTERM, Ctrl-C: leave no temporary behind
        for _, tmp in staged:
            _remove(tmp)
        raise
    with _signals_held():
        for i, (target, tmp) in enumerate(staged):
            try:
                os.replace(tmp, target)
            except OSError as err:
                for _, left in staged[i:]:
                    _remove(left)
                done = ", ".join(p.name for p, _ in staged[:i])
                raise OutputError(f"{target}: cannot replace: {err.strerror or err}"
                                  + (f" ({done} already replaced; the next run writes the set again)" if done
                                     else f"; {kept}")) from None
    for folder in {target.parent for target, _ in staged}:
        _fsync_dir(folder)
    return [p for p, _ in staged]


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGTERM and SIGINT for the few milliseconds of the renames, so a stop never splits the set."""
    held = {signal.SIGTERM, signal.SIGINT}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, OSError, ValueError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


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
        if TMP_NAME.match(path.name) and path.is_file() and not path.is_symlink():
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


ARCHIVE_EXTENSIONS = (".facts.json", ".md", ".html", ".pdf")
STRPTIME_ALIASES = {"F": "%Y-%m-%d", "T": "%H:%M:%S"}  # strftime codes strptime does not read
BARE_DATE = "%Y-%m-%d %H:%M:%S.%f"  # what a bare `{date}` formats to (str of a datetime with microseconds)


def strptime_format(pattern: str) -> Optional[str]:
    """`{date:%Y-%m-%d}-briefing` → `%Y-%m-%d-briefing`, the format to read a name back; None if it cannot be."""
    out = []
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError:
        return None
    for literal, field, spec, conversion in parts:
        out.append(literal.replace("%", "%%"))
        if field is None:
            continue
        if field != "date" or conversion:
            return None
        out.append(re.sub(r"%(.)", lambda m: STRPTIME_ALIASES.get(m.group(1), m.group(0)), spec) if spec else BARE_DATE)
    return "".join(out)


def names_a_day(fmt: str) -> bool:
    """Whether a strptime format pins down one calendar day (a year, and a day of it)."""
    codes = set(re.findall(r"%(.)", fmt.replace("%%", "")))
    return bool(codes & {"Y", "y"}) and ("j" in codes or ("d" in codes and bool(codes & {"m", "b", "B"})))


def parse_stem(pattern: str, stem: str, one_day: bool = True) -> Optional[datetime]:
    """The date a name was made from, if `pattern` names one day and gives exactly this stem for it; else None.

    Retention deletes only files whose name reads back this way, so `{date:%A}` (which names no day:
    `Monday.md` may be anyone's) never matches anything, and `{date:%Y-%m-%d}` never matches `notes`.
    """
    fmt = strptime_format(pattern)
    if fmt is None or (one_day and not names_a_day(fmt)):
        return None
    try:
        when = datetime.strptime(stem, fmt)
        return when if pattern.format(date=when) == stem else None
    except Exception:  # strptime's own errors (ValueError, re.error on a repeated code): not ours
        return None


def archived_stem(pattern: str, name: str, one_day: bool = True) -> Optional[tuple[str, datetime]]:
    """(`stem`, its date) when `name` is an archived briefing file that `pattern` produces (`one_day`: and
    the pattern pins down a day, as retention needs)."""
    for ext in ARCHIVE_EXTENSIONS:
        if name.endswith(ext) and len(name) > len(ext):
            stem = name[:-len(ext)]
            when = parse_stem(pattern, stem, one_day)
            if when is not None:
                return stem, when
    return None


def is_output_name(name: str, pattern: Optional[str], plain: str) -> bool:
    """Whether a file name in the output folder is one briefgen writes there (`latest.md`, `briefing.html`,
    `2026-03-01-briefing.md`, ...), so that it is never read back as an article."""
    if name.startswith("latest.") or name in {f"{plain}{ext}" for ext in ARCHIVE_EXTENSIONS}:
        return True
    return pattern is not None and archived_stem(pattern, name, one_day=False) is not None


def prune(folder: Path, pattern: str, days: int, now: float | None = None, keep: tuple[str, ...] = ()) -> list[Path]:
    """Remove archived briefings (files named by `pattern`) older than `days` days; latest.* and `keep` stay.

    Only names that `pattern` gives back exactly for some date are candidates: an analyst's own files
    in the folder are never touched, whatever the pattern.
    """
    cutoff = (now or time.time()) - days * 86400
    removed = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(("latest.", ".")) or path.name in keep or archived_stem(pattern, path.name) is None:
            continue
        try:
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except OSError as err:
            log.warning("cannot remove archived %s: %s", path.name, err.strerror or err)
    for path in removed:
        log.info("removed archived %s (older than %d days)", path.name, days)
    return removed
