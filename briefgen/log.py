"""What each log level is for, in one place.

ERROR: the run failed (also printed as the final one-line message). WARNING: something the user
should know and may fix: a skipped file, a cut article, a resource refused. INFO: what a run did,
one line per step (shown with -v, and always in the log file). DEBUG: per-article detail such as
"parsed <id>", used by tests to count parses.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Optional

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup(verbosity: int = 0, log_file: Optional[Path] = None) -> None:
    """Log lines with time and level to stderr (and to a file when asked); no colour, ever."""
    level = logging.WARNING if verbosity <= 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    root = logging.getLogger("briefgen")
    root.handlers.clear()
    root.setLevel(logging.DEBUG)
    root.propagate = False
    err = logging.StreamHandler(sys.stderr)
    err.setLevel(level)
    err.setFormatter(logging.Formatter(FORMAT, "%Y-%m-%dT%H:%M:%S"))
    root.addHandler(err)
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setLevel(logging.DEBUG if verbosity >= 2 else logging.INFO)
        handler.setFormatter(logging.Formatter(FORMAT, "%Y-%m-%dT%H:%M:%S"))
        root.addHandler(handler)
