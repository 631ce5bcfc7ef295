"""The folder layout both caches share (the article cache, briefgen.cache, and the ingest cache,
briefgen.ingest.memo): `<root>/<settings>/<2 hex>/<entry>`, entries written atomically, a settings folder
no longer used and a temporary left by a killed run removed. One place, so the two never drift apart."""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Optional

log = logging.getLogger("briefgen.cache")

STALE_DAYS = 30  # a settings folder untouched this long belongs to an old release or old settings
TMP_PREFIX = ".tmp-"  # `.tmp-XXXXXXXX`: an entry being written
TMP_MAX_AGE = 3600  # seconds; an older temporary was left by a killed run or a full disk (another run
                    # sharing `cache:` may be writing a younger one right now)
# The serialization context under which an item writes what only a later merge reads (a development's
# predicates): the caches' entries, never the facts file.
FOR_CACHE = {"cache": True}


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary beside it: a reader sees the old entry or the new, never
    half of one. Raises OSError; the temporary does not outlive a failed write."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TMP_PREFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def remove_stale_temporaries(folder: Path, now: Optional[float] = None) -> list[Path]:
    """Half-written entries older than TMP_MAX_AGE in one settings folder."""
    cutoff = (now or time.time()) - TMP_MAX_AGE
    removed: list[Path] = []
    for path in folder.glob(f"*/{TMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
    return removed


def prune_settings(root: Path, settings: str, days: int = STALE_DAYS,
                   now: Optional[float] = None) -> tuple[list[Path], list[Path]]:
    """Mark `root/settings` as in use, remove its stale temporaries and the sibling settings folders unused
    for `days` days. Returns (folders removed, temporaries removed)."""
    here = root / settings
    try:
        here.mkdir(parents=True, exist_ok=True)
        os.utime(here)
        siblings = list(root.iterdir())
    except OSError:
        return [], []
    temporaries = remove_stale_temporaries(here, now)
    cutoff = (now or time.time()) - days * 86400
    removed: list[Path] = []
    for path in siblings:
        if path == here or not path.is_dir() or len(path.name) != len(settings) \
                or path.name.strip("0123456789abcdef"):
            continue
        try:
            if path.stat().st_mtime < cutoff:
                shutil.rmtree(path)
                removed.append(path)
        except OSError as err:
            log.warning("cannot remove old cache folder %s: %s", path, err.strerror or err)
    return removed, temporaries
