"""One invocation of briefgen as an operator sees it: its id, what it ran with, how long it took, how it ended.

The id tags every log line (briefgen/log.py), goes with every monitoring ping (healthchecks' `rid`) and
opens the `--json` summary, so a log line, a ping and a summary of the same run can be matched.
"""
from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional

from briefgen import __version__
from briefgen.errors import EXIT_DELIVERY, EXIT_INTERRUPTED, EXIT_LOCKED, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE

STATUS = {EXIT_OK: "ok", EXIT_LOCKED: "locked", EXIT_USAGE: "usage-error", EXIT_DELIVERY: "delivery-failed",
          EXIT_INTERRUPTED: "interrupted", EXIT_TERMINATED: "terminated"}


@dataclass
class RunInfo:
    command: str
    config: Optional[Path] = None
    run_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    started_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    started: float = field(default_factory=time.monotonic)
    out_dir: Optional[Path] = None
    date: Optional[str] = None
    written: list[str] = field(default_factory=list)
    unchanged: Optional[bool] = None
    backfill: bool = False
    delivered: dict[str, str] = field(default_factory=dict)
    whats_new: dict[str, int] = field(default_factory=dict)
    error: Optional[str] = None
    exit_code: Optional[int] = None

    def duration(self) -> float:
        return time.monotonic() - self.started

    def status(self) -> str:
        if self.exit_code is None:
            return "running"
        if self.exit_code == EXIT_OK:
            return "unchanged" if self.unchanged else "written"
        return STATUS.get(self.exit_code, "failed")

    def changed(self) -> str:
        """What the run changed, for the end-of-run log line."""
        if self.error and self.written:
            return f"wrote {len(self.written)} file(s), then failed"
        if self.error:
            return "nothing written"
        if self.unchanged:
            return "nothing changed"
        if self.written:
            return f"wrote {len(self.written)} file(s)"
        return "no file written"

    def summary(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "version": __version__, "command": self.command, "pid": os.getpid(),
                "config": str(self.config) if self.config else None,
                "out_dir": str(self.out_dir) if self.out_dir else None, "date": self.date,
                "started_at": self.started_at, "duration_s": round(self.duration(), 3),
                "exit_code": self.exit_code, "status": self.status(), "unchanged": self.unchanged,
                "backfill": self.backfill, "written": self.written, "whats_new": self.whats_new,
                "delivered": self.delivered, "error": self.error}

    def summary_json(self) -> str:
        return json.dumps(self.summary(), sort_keys=False) + "\n"  # one line a run: appendable to a .jsonl file
