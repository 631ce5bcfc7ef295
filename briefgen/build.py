"""One scheduled or interactive run: facts → briefing files, written safely, only when something changed."""
from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Optional

from briefgen import __version__, facts as facts_io, overrides, whatsnew
from briefgen.config import Config
from briefgen.facts import Facts, FactsError
from briefgen.output import ensure_dir, file_stem, locked, prune, write_files
from briefgen.pipeline import Timings, build_facts, make_cache

log = logging.getLogger("briefgen.build")
STATE = ".briefgen-state.json"


@dataclass
class BuildReport:
    written: list[Path] = field(default_factory=list)
    unchanged: bool = False
    timings: Timings = field(default_factory=Timings)
    facts: Optional[Facts] = None


def _template_digest(config: Config) -> str:
    """Changes to the analyst's templates must trigger a re-render even when no article changed."""
    h = hashlib.sha256()
    folder = config.templates
    if folder and Path(folder).is_dir():
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                h.update(str(path.relative_to(folder)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()


def render_facts(facts: Facts, config: Config, out_dir: Path, formats: list[str], whats_new: Optional[dict] = None,
                 stem: str = "briefing", latest: bool = False, debug: Optional[Callable[[str], None]] = None,
                 timings: Optional[Timings] = None) -> list[Path]:
    """Render in memory, then write every output atomically (plus facts.json)."""
    from briefgen.render import render_all

    started = time.perf_counter()
    rendered = render_all(facts, config, formats, whats_new=whats_new, debug=debug)
    if timings is not None:
        timings.add("render", time.perf_counter() - started)
    files: dict[Path, bytes] = {out_dir / "facts.json": facts_io.dumps(facts).encode("utf-8")}
    for fmt in formats:
        files[out_dir / f"{stem}.{fmt}"] = rendered[fmt]
        if latest:
            files[out_dir / f"latest.{fmt}"] = rendered[fmt]
    if latest:
        files[out_dir / f"{stem}.facts.json"] = files[out_dir / "facts.json"]
    return write_files(files)


def run_build(inputs: list[str], config: Config, out_dir: Path, formats: list[str], use_cache: bool = True,
              lock_wait: bool = True, progress: bool = False,
              debug_templates: Optional[Callable[[str], None]] = None) -> BuildReport:
    report = BuildReport()
    ensure_dir(out_dir)
    with locked(out_dir, wait=lock_wait):
        cache = make_cache(config, (config.cache or out_dir / ".cache") if use_cache else None)
        facts = build_facts(inputs, config, cache, report.timings, progress)
        if config.overrides is not None:
            facts = overrides.apply(facts, overrides.load(config.overrides), config.overrides)
        report.facts = facts
        now = datetime.now()
        stem = file_stem(config.output.name, now)
        archive = config.output.archive or stem != config.output.name
        state_key = hashlib.sha256(json.dumps({
            "version": __version__, "facts": facts_io.to_dict(facts), "formats": formats, "stem": stem,
            "config": config.model_dump(mode="json", exclude={"inputs", "jobs", "cache", "log_file", "lock"}),
            "templates": _template_digest(config)}, sort_keys=True).encode()).hexdigest()
        state_path = out_dir / STATE
        previous_state = _read_json(state_path)
        outputs = [out_dir / f"{stem}.{fmt}" for fmt in formats] + [out_dir / "facts.json"]
        if previous_state.get("key") == state_key and all(p.is_file() for p in outputs):
            report.unchanged = True
            log.info("nothing changed since the last run; no file rewritten")
            return report
        old = _previous_facts(out_dir)
        changes = whatsnew.diff(old, facts)
        report.written = render_facts(facts, config, out_dir, formats, changes, stem, archive, debug_templates,
                                      report.timings)
        # The facts.json just written is the baseline of the next run's "what's new".
        write_files({state_path: json.dumps({"key": state_key, "date": facts.date}, sort_keys=True).encode()})
        if archive and config.output.retention_days:
            prune(out_dir, config.output.name, config.output.retention_days)
    return report


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _previous_facts(out_dir: Path) -> Optional[Facts]:
    """The facts of the last briefing written here, if any and readable."""
    path = out_dir / "facts.json"
    if not path.is_file():
        return None
    try:
        return facts_io.load(path)
    except FactsError as err:
        log.warning("last briefing's facts unreadable, no what's-new section: %s", err)
        return None
