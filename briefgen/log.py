"""What each log level is for, in one place.

ERROR: the run failed (also printed as the final one-line message). WARNING: something the user
should know and may fix: a skipped file, a cut article, a resource refused. INFO: what a run did,
one line per step (shown with -v, and always in the log file). DEBUG: per-article detail such as
"parsed <id>", used by tests to count parses.

Every line carries its time, its level and, during a run, the run's id (`[run 3fa2c1d0]` at the end
of the line, the first
eight characters of the run id that `--json` and the monitoring pings carry), so two overlapping runs
writing to one log file can be told apart; and never colour, so a cron mail or a log file reads the same
as a terminal. Other libraries (WeasyPrint, fontTools, spaCy) are heard at WARNING and above only,
in the same format; Python warnings are routed through logging too.
"""
from __future__ import annotations

import errno
import logging
import sys
from pathlib import Path
from typing import Optional

from briefgen.errors import ConfigError

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s%(run_tag)s"
DATEFMT = "%Y-%m-%dT%H:%M:%S"
_OURS: list[logging.Handler] = []  # the handlers setup() added, so a second call replaces them
_RUN = {"tag": ""}  # " [run 3fa2c1d0]" while a run is going


def set_run_id(run_id: Optional[str]) -> None:
    """Tag every line from now on with this run's id (None: no tag)."""
    _RUN["tag"] = f" [run {run_id[:8]}]" if run_id else ""


class RunTag(logging.Filter):
    """Adds `run_tag` to every record a handler of ours formats, whatever logger it came from."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.run_tag = _RUN["tag"]
        return True


class LogFile(logging.FileHandler):
    """The `log_file:` handler: a write that fails (a full disk, a removed mount) is reported once, as one
    warning line on stderr, and the file is then left alone for the rest of the run; never a traceback."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        if self.failed:
            return
        self.failed = True
        err = sys.exc_info()[1]
        why = "disk full" if getattr(err, "errno", None) == errno.ENOSPC else (
            getattr(err, "strerror", None) or str(err) or type(err).__name__)
        try:
            sys.stderr.write(f"briefgen: warning: log_file {self.baseFilename}: cannot write: {why}; "
                             f"no more lines are written to it in this run\n")
        except (OSError, ValueError):
            pass
        self.setLevel(logging.CRITICAL + 1)  # nothing more reaches the file

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # the final flush on a full disk
            pass


def _formatter() -> logging.Formatter:
    return logging.Formatter(FORMAT, DATEFMT)


def setup(verbosity: int = 0, log_file: Optional[Path] = None) -> None:
    """Log lines with time and level to stderr (and to a file when asked); no colour, ever."""
    level = logging.WARNING if verbosity <= 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    root = logging.getLogger()
    for handler in _OURS:
        root.removeHandler(handler)
        handler.close()
    _OURS.clear()
    ours = logging.getLogger("briefgen")
    ours.handlers.clear()
    ours.setLevel(logging.DEBUG if log_file is not None else level)
    ours.propagate = True
    root.setLevel(logging.WARNING)  # other libraries: warnings and errors only
    err = logging.StreamHandler(sys.stderr)
    err.setLevel(level)
    err.setFormatter(_formatter())
    err.addFilter(RunTag())
    handlers: list[logging.Handler] = [err]
    if log_file is not None:
        try:
            Path(log_file).parent.mkdir(parents=True, exist_ok=True)
            handler = LogFile(log_file, encoding="utf-8")
        except OSError as error:
            raise ConfigError(f"log_file {log_file}: cannot open: {error.strerror or error}") from None
        handler.setLevel(logging.DEBUG if verbosity >= 2 else logging.INFO)
        handler.setFormatter(_formatter())
        handler.addFilter(RunTag())
        handler.briefgen_file = True  # type: ignore[attr-defined]
        handlers.append(handler)
    for handler in handlers:
        root.addHandler(handler)
        _OURS.append(handler)
    logging.captureWarnings(True)


def to_file(level: int, message: str, *args: object) -> None:
    """Write a line to the log file only: for what the CLI already prints to stderr (the final error)."""
    for handler in _OURS:
        if getattr(handler, "briefgen_file", False):
            record = logging.getLogger("briefgen").makeRecord("briefgen", level, __file__, 0, message, args, None)
            record.run_tag = _RUN["tag"]
            if record.levelno >= handler.level:
                handler.handle(record)
