"""The ingest cache: what `read_article` made of a file, keyed by the file's bytes, so that an unchanged
article is not decoded, cleaned of page furniture and language-checked again on every run.

A key is a hash of the ingest settings (the briefgen version, the code of `briefgen/ingest/` and of the
config helpers it calls, the versions of the libraries that read HTML, PDF, Word and languages, and the
languages asked for), the file's path as given (its extension decides the format, and warnings name
it), whether only the head of the file was read, and the bytes read. A changed byte, a renamed file or
an edited furniture rule each miss. An entry holds the text and metadata (or the reason the file is
skipped) and the log records ingest and the libraries it calls wrote for it, which a hit writes
again, so a run from the cache says exactly what a run without it says. Records below the level that was on when the entry was made
(DEBUG lines from a quiet run) were never made: a run that wants them reads the file again.

Entries are `<cache>/ingest/<settings>/<2 hex>/<key>.ingest` (JSON), written atomically; a folder of
settings no longer used, and a temporary left by a killed run, are removed as the article cache's are
(briefgen.cache).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import Optional

from briefgen.cachedirs import STALE_DAYS, prune_settings, write_atomic

log = logging.getLogger("briefgen.ingest")

PACKAGE = Path(__file__).resolve().parent.parent  # briefgen/
CODE = ("ingest", "config.py", "errors.py", "similar.py")  # what read_article runs (furniture compares
# headlines by similar.content_words) besides the libraries below
LIBRARIES = ("pyyaml", "trafilatura", "pypdf", "python-docx", "py3langid", "lxml", "spacy")  # spacy: stop words
# Whose log lines an entry keeps: ingest's own, and those of the libraries read_article calls (pypdf's
# "wrong pointing object", trafilatura's), which a run without the cache shows too.
LOGGERS = ("briefgen.ingest", "briefgen.ingest.furniture", "trafilatura", "htmldate", "courlan", "justext",
           "pypdf", "docx", "py3langid")
FOLDER = "ingest"
FORMAT = 2  # of an entry; bump when its layout changes
SUFFIX = ".ingest"  # JSON; not `.json`, so an entry is never taken for one of the article cache's


@lru_cache(maxsize=1)
def code_digest() -> str:
    from importlib import metadata

    from briefgen import __version__

    h = hashlib.sha256(f"{__version__}\0{FORMAT}".encode())
    for name in CODE:
        target = PACKAGE / name
        files = sorted(p for p in target.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if target.is_dir() else [target]  # every file of ingest/: a word list in data counts too
        for path in files:
            try:
                h.update(str(path.relative_to(PACKAGE)).encode())
                h.update(path.read_bytes())
            except OSError:
                pass
    for lib in LIBRARIES:
        try:
            h.update(f"\0{lib}={metadata.version(lib)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"\0{lib}=-".encode())
    return h.hexdigest()


def settings_key(languages: tuple[str, ...]) -> str:
    return hashlib.sha256(json.dumps([code_digest(), list(languages)]).encode()).hexdigest()[:16]


def levels() -> dict[str, int]:
    """The level each of LOGGERS writes from now: records below it are never made."""
    return {name: logging.getLogger(name).getEffectiveLevel() for name in LOGGERS}


def complete_for_now(made: dict) -> bool:
    """Whether an entry made at the levels `made` holds every line this run would write."""
    return all(isinstance(made.get(name), int) and made[name] <= level for name, level in levels().items())


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[list] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append([record.name, record.levelno, record.getMessage()])


class IngestCache:
    def __init__(self, folder: Path, languages: tuple[str, ...]):
        self.root = Path(folder) / FOLDER
        self.settings = settings_key(languages)
        self.hits = 0
        self.misses = 0
        self._pruned = False

    def _path(self, key: str) -> Path:
        return self.root / self.settings / key[:2] / f"{key}{SUFFIX}"

    @staticmethod
    def key(path: Path, data: bytes, truncated: bool) -> str:
        h = hashlib.sha256(os.fsencode(os.fspath(path)))
        h.update(b"\0T\0" if truncated else b"\0F\0")
        h.update(data)
        return h.hexdigest()

    def get(self, key: str) -> Optional[dict]:
        """The entry, or None (absent, damaged, or made with fewer log records than this run writes)."""
        if not self._pruned:
            self.prune()
        path = self._path(key)
        try:
            entry = json.loads(path.read_bytes())
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, RecursionError) as err:
            log.warning("%s: unreadable ingest cache entry ignored (%s)", path, type(err).__name__)
            self.misses += 1
            return None
        if not _valid(entry) or not complete_for_now(entry["levels"]):
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def put(self, key: str, entry: dict) -> None:
        if not self._pruned:
            self.prune()
        path = self._path(key)
        try:
            blob = json.dumps(entry).encode("ascii")  # \u escapes: a lone surrogate survives the trip
        except (TypeError, ValueError):  # metadata that is not plain text: not cached, read again next time
            return
        try:
            write_atomic(path, blob)
        except OSError as err:  # a cache that cannot be written costs speed, not correctness
            log.debug("cannot write ingest cache entry %s: %s", path, err)

    def prune(self, days: int = STALE_DAYS, now: Optional[float] = None) -> None:
        """Mark this settings folder as in use; remove other settings folders unused for `days` days."""
        self._pruned = True
        prune_settings(self.root, self.settings, days, now)

    @staticmethod
    @contextlib.contextmanager
    def capture():
        """Collect what LOGGERS write inside the block (it still reaches the usual handlers)."""
        handler = _Capture()
        # on the topmost of LOGGERS only: a child's records reach its parent's handler once
        loggers = [logging.getLogger(name) for name in LOGGERS
                   if not any(name.startswith(other + ".") for other in LOGGERS)]
        for logger in loggers:
            logger.addHandler(handler)
        try:
            yield handler
        finally:
            for logger in loggers:
                logger.removeHandler(handler)


def entry_of(text: Optional[str], meta: Optional[dict], skip: Optional[str], records: list[list],
             keys: tuple[str, ...]) -> dict:
    return {"text": text, "meta": {k: (meta or {}).get(k) for k in keys} if skip is None else None,
            "skip": skip, "logs": records, "levels": levels()}


def _valid(entry: object) -> bool:
    if not isinstance(entry, dict) or not isinstance(entry.get("levels"), dict):
        return False
    logs = entry.get("logs")
    if not isinstance(logs, list) or not all(isinstance(r, list) and len(r) == 3 and isinstance(r[0], str)
                                             and isinstance(r[1], int) and isinstance(r[2], str) for r in logs):
        return False
    if entry.get("skip") is not None:
        return isinstance(entry["skip"], str)
    meta = entry.get("meta")
    return isinstance(entry.get("text"), str) and isinstance(meta, dict) \
        and all(v is None or isinstance(v, str) for v in meta.values())


def replay(records: list[list]) -> None:
    """Write again the log records ingest wrote when the entry was made."""
    for name, level, message in records:
        logging.getLogger(name).log(level, "%s", message)
