"""Which file changes rebuild the review page: an article, the config, a template, the logo, the overrides.

Folders are watched with `watchfiles` (recursively, as the inputs are read); the events are filtered to
those files, so the article cache, briefgen's temporaries and the output folder never cause a rebuild.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Optional

from briefgen.config import Config
from briefgen.ingest import EXTENSIONS

log = logging.getLogger("briefgen.serve")
DEBOUNCE_MS = 200  # changes within this many milliseconds are one rebuild


def _folders(inputs: list, config: Config, config_path: Optional[Path], overrides_path: Path) -> list[Path]:
    found: list[Path] = []
    for entry in inputs:
        text = str(entry)
        if any(ch in text for ch in "*?["):  # a glob: watch the folder before its first wildcard
            text = text[:min(text.index(ch) for ch in "*?[" if ch in text)] or "."
        path = Path(text)
        found.append(path if path.is_dir() else path.parent)
    for extra in (config_path, overrides_path, config.logo):
        if extra is not None:
            found.append(Path(extra).parent)
    if config.templates is not None:
        found.append(Path(config.templates))
    out: list[Path] = []
    for path in found:
        path = path.resolve()
        if path.is_dir() and path not in out:
            out.append(path)
    return out


def relevant(path: Path, config: Config, config_path: Optional[Path], out_dir: Path, overrides_path: Path) -> bool:
    """A change of this file changes the page."""
    path = path.resolve()
    if any(part.startswith(".") for part in path.parts[-2:]):
        return False  # temporaries (.NAME.XXXX.briefgen.tmp), the cache (.cache/), editors' swap files
    named = [p for p in (config_path, overrides_path, config.logo) if p is not None]
    if any(path == Path(p).resolve() for p in named):
        return True
    if config.templates is not None and Path(config.templates).resolve() in path.parents:
        return True
    if path.parent == Path(out_dir).resolve():
        return False  # the briefing's own files, written by a build
    return path.name.lower().endswith(EXTENSIONS)


def watch(review, inputs: list, config: Config, config_path: Optional[Path], out_dir: Path, overrides_path: Path,
          stop: threading.Event) -> None:
    """Rebuild the page after each batch of relevant changes, until `stop` is set."""
    import watchfiles

    folders = _folders(inputs, config, config_path, overrides_path)
    if not folders:
        return
    log.info("watching %s", ", ".join(str(f) for f in folders))
    try:
        for changes in watchfiles.watch(*folders, stop_event=stop, debounce=DEBOUNCE_MS, step=50,
                                        raise_interrupt=False, ignore_permission_denied=True):
            if any(relevant(Path(p), config, config_path, out_dir, overrides_path) for _, p in changes):
                log.info("changed: %s", ", ".join(sorted({Path(p).name for _, p in changes})))
                review.rebuild()
    except Exception as err:  # the watcher must not take the server down: the page still works, without reload
        log.warning("file watching stopped: %s: %s; reload the page by hand", type(err).__name__, err)
