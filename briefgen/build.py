"""One scheduled or interactive run: facts → briefing files, written safely, only when something changed.

Files in the output folder (see docs/scheduling.md):

- `<name>.md/.html/.pdf` and `facts.json`: the briefing and its facts. With a dated name
  (`{date:%Y-%m-%d}-briefing`) or `output.archive: true`, each briefing is kept under its dated name,
  with `<dated name>.facts.json`, and `latest.*` hold the newest one.
- `.briefgen-state.json`: what the last run wrote (a key of everything the output depends on, and
  each file's size and mtime), so an unchanged re-run writes nothing.
- `.briefgen-baseline.json`: the facts (as extracted) the current briefing's what's-new was measured
  against, so a re-render without new facts (new templates, a new day, a deleted output, an analyst's
  edit) repeats the same what's-new.
- `.briefgen-extracted.json`: this briefing's facts as extracted, before the analyst's overrides: the
  ids of the next run are carried from it (a suppressed fact keeps its id), and what's-new compares
  it, so an edit is never reported as news.
- `.briefgen-notes.json`: when the last briefing (and its baseline) were made, for "since"; which
  stale overrides were last warned about, so that warning is given once per change.
- `.briefgen.lock`, `.cache/`: the run lock and the per-article cache.

Every file is written to a temporary name and renamed, in this order: baseline, briefing files,
facts files, state. A run killed at any moment leaves each file whole, and the next run, finding the
state out of date, renders again and ends with a consistent set.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date as _date, datetime
from pathlib import Path
from typing import Callable, Iterator, Optional

from briefgen import __version__, facts as facts_io, merge, overrides, whatsnew
from briefgen import log as logsetup
from briefgen.config import FORMATS, Config
from briefgen.errors import ConfigError, LockedError, UserError
from briefgen.facts import Facts
from briefgen.output import (KEPT, archived_stem, ensure_dir, file_stem, is_output_name, locked, parse_stem,
                             prune, remove_stale_temporaries, write_files)
from briefgen.cache import Cache
from briefgen.ingest import Ingested
from briefgen.pipeline import Timings, briefing_date, facts_from, ingest_inputs, make_cache, paused_gc

log = logging.getLogger("briefgen.build")
STATE = ".briefgen-state.json"
BASELINE = ".briefgen-baseline.json"
EXTRACTED = ".briefgen-extracted.json"
NOTES = ".briefgen-notes.json"
DATED = "{date:%Y-%m-%d}-"  # prefix of archived names when `archive: true` and the name holds no date
# Limits (docs/errors.md, "Output folder, runs and cache"):
RENDER_TIME_LIMIT = 300.0  # seconds for one render (every template and the PDF); then the run stops
# Settings that change how a run goes, not what it writes: changing them never re-renders the briefing.
RUN_ONLY = ("jobs", "executor", "scheduler", "cache", "log_file", "lock", "lock_timeout", "deliver", "monitor", "hooks")
Hook = Callable[["BuildReport"], None]


@dataclass
class BuildReport:
    written: list[Path] = field(default_factory=list)
    unchanged: bool = False
    timings: Timings = field(default_factory=Timings)
    facts: Optional[Facts] = None
    whats_new: Optional[dict] = None
    stem: Optional[str] = None      # the briefing's file name, without extension
    backfill: bool = False          # an older briefing written under its dated name only


def _digest_folder(h: "hashlib._Hash", folder: Optional[Path]) -> None:
    if folder and Path(folder).is_dir():
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                h.update(str(path.relative_to(folder)).encode())
                h.update(path.read_bytes())


def _template_digest(config: Config) -> str:
    """Changes to the templates (the analyst's, the built-in ones, the logo) must trigger a re-render."""
    h = hashlib.sha256()
    for folder in (config.templates, *(getattr(config, "theme", None) or [])):  # in search order
        h.update(b"\0folder\0")
        _digest_folder(h, folder)
    try:
        from briefgen.render.paths import builtin_templates_dir
        _digest_folder(h, builtin_templates_dir())
    except (ImportError, FileNotFoundError):
        pass
    for extra in (config.logo, getattr(config, "reference_doc", None)):  # the Word styles render too
        h.update(b"\0file\0")
        if extra and Path(extra).is_file():
            h.update(Path(extra).read_bytes())
    return h.hexdigest()


class RenderTimeout(UserError):
    """Rendering went past RENDER_TIME_LIMIT (a template looping for ever, most likely)."""


class _Overtime(BaseException):
    """Raised by the alarm inside whatever is rendering; a BaseException so no `except Exception` keeps it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Stop the block after `seconds` with RenderTimeout, naming the template that was running.

    A SIGALRM timer, so it interrupts a template loop in pure Python; only in the main thread (signals
    cannot be set elsewhere), where every CLI command runs.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def alarm(signum, frame):
        from briefgen.render.templates import rendering_now

        raise _Overtime(rendering_now())

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Overtime as err:
        template = _running_template(err.__traceback__) or (err.args[0] if err.args else None)
        where = f"{template}: template" if template else "rendering the briefing"
        raise RenderTimeout(f"{where} took longer than {seconds:g} s (the render time limit); {KEPT}") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _running_template(tb) -> Optional[str]:
    """The innermost template file in a traceback (Jinja compiles each template under its file name)."""
    found = None
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".j2"):
            found = name
        tb = tb.tb_next
    return found


def render_facts(facts: Facts, config: Config, out_dir: Path, formats: list[str], whats_new: Optional[dict] = None,
                 stem: str = "briefing", latest: bool = False, debug: Optional[Callable[[str], None]] = None,
                 timings: Optional[Timings] = None, first: Optional[dict[Path, bytes]] = None,
                 archived: Optional[bool] = None, main_facts: bool = True) -> list[Path]:
    """Render in memory, then write every output atomically (plus the facts files, renamed last).

    `first` holds files to rename before the briefing (the what's-new baseline). `latest` adds latest.*;
    `archived` (default: as `latest`) adds `<stem>.facts.json`; `main_facts` adds facts.json.
    """
    from briefgen.render import render_all

    started = time.perf_counter()
    with time_limit(RENDER_TIME_LIMIT):
        rendered = render_all(facts, config, formats, whats_new=whats_new, debug=debug)
    if timings is not None:
        timings.add("render", time.perf_counter() - started)
    data = facts_io.dumps(facts).encode("utf-8")
    files: dict[Path, bytes] = dict(first or {})
    for fmt in formats:
        files[out_dir / f"{stem}.{fmt}"] = rendered[fmt]
    if latest:
        for fmt in formats:
            files[out_dir / f"latest.{fmt}"] = rendered[fmt]
    if latest if archived is None else archived:
        files[out_dir / f"{stem}.facts.json"] = data
    if main_facts:
        files[out_dir / "facts.json"] = data
    return write_files(files)


def run_render(facts: Facts, config: Config, out_dir: Path, formats: list[str],
               debug: Optional[Callable[[str], None]] = None) -> list[Path]:
    """`briefgen render`: the facts file's briefing under the config's output name, with latest.* when the
    name is dated and the briefing is not older than the newest one; facts.json (the next what's-new
    baseline of `build`) and the run state are left to `build`."""
    formats = [f for f in FORMATS if f in formats]
    out_dir = Path(out_dir)
    ensure_dir(out_dir)
    with locked(out_dir):
        remove_stale_temporaries(out_dir)
        pattern = archive_pattern(config)
        stem = file_stem(pattern or config.output.name, briefing_when(facts.date))
        latest = pattern is not None and not _older(facts.date, _newest_date(out_dir, _read_json(out_dir / STATE)))
        return render_facts(facts, config, out_dir, formats, stem=stem, latest=latest, debug=debug,
                            archived=pattern is not None, main_facts=False)


def archive_pattern(config: Config) -> Optional[str]:
    """The dated name pattern of archived briefings, or None when each run replaces the last."""
    name = config.output.name
    if "{" in name:
        return name
    return DATED + name if config.output.archive else None


def briefing_when(day: str) -> datetime:
    """The date that names the files: the briefing's own date (so --date backfills file correctly)."""
    try:
        return datetime.combine(_date.fromisoformat(day), datetime.now().time())
    except (TypeError, ValueError):
        return datetime.now()


def output_targets(out_dir: Path, stem: str, formats: list[str], archived: bool, backfill: bool = False) -> list[Path]:
    """Every file this run is responsible for (a backfill: only the dated files of its own day)."""
    paths = [out_dir / f"{stem}.{fmt}" for fmt in formats]
    if archived and not backfill:
        paths += [out_dir / f"latest.{fmt}" for fmt in formats]
    if archived:
        paths.append(out_dir / f"{stem}.facts.json")
    return paths if backfill else paths + [out_dir / "facts.json"]


def _day(value: object) -> Optional[_date]:
    try:
        return _date.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None


def _newest_date(out_dir: Path, state: dict, previous: Optional[Facts] = None) -> Optional[_date]:
    """The date of the briefing latest.* and facts.json hold now, if known."""
    if previous is None:
        previous = _load_facts(out_dir / "facts.json", quiet=True)
    return _day(previous.date if previous is not None else None) or _day(state.get("date"))


def _older(day: object, newest: Optional[_date]) -> bool:
    this = _day(day)
    return this is not None and newest is not None and this < newest


def _archived_before(out_dir: Path, pattern: str, day: object) -> Optional[Facts]:
    """The facts of the newest archived briefing dated before `day`: the baseline of a backfilled briefing."""
    this = _day(day)
    best: Optional[tuple[_date, Path]] = None
    try:
        names = [p.name for p in out_dir.iterdir() if p.name.endswith(".facts.json")]
    except OSError:
        return None
    for name in names:
        found = archived_stem(pattern, name)
        if found is None or not name.endswith(".facts.json") or found[0] + ".facts.json" != name:
            continue
        when = found[1].date()
        if this is not None and when < this and (best is None or when > best[0]):
            best = (when, out_dir / name)
    return _load_facts(best[1]) if best else None


def _content(facts: Facts) -> dict:
    """The facts without what only dates or labels them: equal content means no new information."""
    data = facts_io.to_dict(facts)
    data.pop("date", None)
    data.pop("title", None)
    return data


# --- Analyst edits and what's new ------------------------------------------------------------------
# The facts of a run exist twice: as extracted (ids carried from the last run's extracted facts) and as
# the analyst's overrides leave them (what the briefing shows). Ids and what's-new use the first, so a
# suppressed fact keeps its id and a correction is never news; the briefing shows the second.

def load_edits(config: Config) -> Optional[overrides.Overrides]:
    """The overrides file, checked whole before any article is read (None without `overrides:`)."""
    return overrides.load(config.overrides) if config.overrides is not None else None


@dataclass
class EditedRun:
    extracted: Facts  # as extracted, ids carried
    facts: Facts  # with the overrides applied: what the briefing shows
    extracted_before: Optional[Facts]  # the last briefing's facts as extracted (or, before any, its facts.json)
    notes: dict  # the notes file as read
    stale: list[str] = field(default_factory=list)
    stale_key: Optional[str] = None

    def notes_file(self, out_dir: Path, briefed: bool = False) -> dict[Path, bytes]:
        """The notes to write: the stale warning given; with `briefed`, this briefing's time."""
        notes = dict(self.notes)
        notes["stale_warned"] = self.stale_key
        if briefed:
            notes["baseline_at"] = self.notes.get("next_baseline_at")
            notes["briefed_at"] = datetime.now().strftime("%Y-%m-%d %H:%M")
        notes.pop("next_baseline_at", None)
        return {out_dir / NOTES: json.dumps(notes, sort_keys=True, indent=1).encode()}


@paused_gc()
def edited_facts(out_dir: Path, config: Config, edits: Optional[overrides.Overrides], extracted: Facts,
                 previous: Optional[Facts] = None, warn: bool = True) -> EditedRun:
    """Carry ids onto freshly merged facts from the last run's extracted facts, then apply the overrides.

    A stale override (its fact gone) is warned about when the overrides file or the set of stale ids
    changed since the last warning (kept in the notes); otherwise it is logged at INFO only (and never
    with `warn` false: `serve` shows stale ids on its page).
    """
    before = _load_facts(out_dir / EXTRACTED, quiet=True)
    if before is None:
        before = previous if previous is not None else _load_facts(out_dir / "facts.json", quiet=True)
    extracted = merge.carry_ids(before, extracted)
    notes = _read_json(out_dir / NOTES)
    run = EditedRun(extracted=extracted, facts=extracted, extracted_before=before, notes=notes)
    if edits is None or config.overrides is None:
        return run
    run.facts = overrides.apply(extracted, edits, config.overrides, warn=False)
    run.stale = overrides.stale_ids(extracted, edits)
    if run.stale and warn:
        try:
            text = Path(config.overrides).read_bytes()
        except OSError:
            text = b""
        run.stale_key = hashlib.sha256(text + b"\0" + "\n".join(run.stale).encode()).hexdigest()
        repeated = notes.get("stale_warned") == run.stale_key
        overrides.warn_stale(config.overrides, run.stale, logging.INFO if repeated else logging.WARNING)
    return run


def whats_new_limits(config: Config) -> dict[str, int]:
    """Items per list of what's new: the limit of the section each list belongs to."""
    sections = {s.name: s for s in config.section_list()}
    return {kind: (sections[name].limit if name in sections and sections[name].limit else None) or config.limit
            for kind, name in whatsnew.LIMIT_OF.items()}


def _since(baseline: Facts, at: Optional[str]) -> Optional[str]:
    """"2026-03-01 14:15": the baseline briefing's date, with its time when that is known for that day."""
    if baseline.date and isinstance(at, str) and at[:10] == baseline.date and len(at) >= 16:
        return f"{baseline.date} {at[11:16]}"
    return baseline.date or None


@paused_gc()
def run_whats_new(run: EditedRun, out_dir: Path, config: Config,
                  previous: Optional[Facts]) -> tuple[Optional[Facts], Optional[dict]]:
    """The baseline (facts as extracted) and what's new against it, shown as the overrides leave it.

    With no new information since the last briefing (the same extracted facts: a template change, a new
    day, an analyst's edit), the same baseline as the last briefing's is used, so what's-new repeats.
    """
    baseline, at = run.extracted_before, run.notes.get("briefed_at")
    if baseline is not None and _content(baseline) == _content(run.extracted):
        baseline, at = _load_facts(out_dir / BASELINE), run.notes.get("baseline_at")
    run.notes["next_baseline_at"] = at
    if baseline is None:
        return None, None
    return baseline, whatsnew.diff(baseline, run.extracted, edited=run.facts, shown_before=previous,
                                   limits=whats_new_limits(config), since=_since(baseline, at))


def _input_key(ingested: Ingested, config: Config, cache: Optional[Cache],
               templates: Optional[str] = None) -> Optional[str]:
    """What a run's output depends on, known before any parse: the articles as read, the extraction
    settings (the cache key: version, model, aliases, extraction code), the config, the templates and
    the overrides file. None without a cache (then every run extracts)."""
    if cache is None:
        return None
    overrides_text = ""
    if config.overrides is not None:
        try:
            overrides_text = Path(config.overrides).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    blob = {"articles": [d.article.model_dump(mode="json") for d in ingested.documents],
            "skipped": [s.model_dump(mode="json") for s in ingested.skipped],
            "extraction": cache.settings, "date": briefing_date(config),
            "config": config.model_dump(mode="json", exclude=set(RUN_ONLY)),
            "templates": templates or _template_digest(config), "overrides": overrides_text}
    return hashlib.sha256(json.dumps(blob, sort_keys=True, default=str).encode()).hexdigest()


def _state_key(facts: Facts, config: Config, stem: str, templates: Optional[str] = None) -> str:
    settings = config.model_dump(mode="json", exclude={"inputs": True, **{key: True for key in RUN_ONLY},
                                                      "output": {"retention_days"}})
    blob = {"version": __version__, "facts": facts_io.to_dict(facts), "stem": stem, "config": settings,
            "templates": templates or _template_digest(config)}
    return hashlib.sha256(json.dumps(blob, sort_keys=True).encode()).hexdigest()


def _stamp(path: Path) -> Optional[list[int]]:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _intact(recorded: dict, targets: list[Path]) -> bool:
    """Every target exists exactly as the last run left it (not deleted, not overwritten by hand)."""
    return all(recorded.get(p.name) is not None and recorded.get(p.name) == _stamp(p) for p in targets)


def run_build(inputs: list[str], config: Config, out_dir: Path, formats: list[str], use_cache: bool = True,
              lock_wait: bool = True, progress: bool = False,
              debug_templates: Optional[Callable[[str], None]] = None,
              on_locked: Optional[Callable[[], None]] = None, after_write: Optional[Hook] = None) -> BuildReport:
    """The whole scheduled run, under the output folder's lock; failures are also written to the log file.

    `on_locked` runs once the lock is held, before anything is read (the start ping, `hooks.before`);
    `after_write` runs with the report while the lock is still held (delivery), so two runs never send
    the same briefing twice.
    """
    try:
        return _run_build(inputs, config, Path(out_dir), formats, use_cache, lock_wait, progress, debug_templates,
                          on_locked, after_write)
    except LockedError as err:  # another run is at work: no failure (docs/scheduling.md)
        logsetup.to_file(logging.WARNING, "run skipped: %s", err)
        raise
    except UserError as err:
        logsetup.to_file(logging.ERROR, "run failed: %s", err)
        raise
    except Exception as err:
        logsetup.to_file(logging.ERROR, "run failed: internal error: %s: %s", type(err).__name__, err)
        raise


def _run_build(inputs: list[str], config: Config, out_dir: Path, formats: list[str], use_cache: bool,
               lock_wait: bool, progress: bool, debug_templates: Optional[Callable[[str], None]],
               on_locked: Optional[Callable[[], None]] = None, after_write: Optional[Hook] = None) -> BuildReport:
    report = BuildReport()
    formats = [f for f in FORMATS if f in formats]  # one order, no duplicates
    briefing_date(config)  # an impossible `date:` stops the run before anything is read or locked
    edits = load_edits(config)  # so does a mistake in the overrides file
    ensure_dir(out_dir)
    with locked(out_dir, wait=lock_wait, timeout=config.lock_timeout):
        if on_locked is not None:
            on_locked()
        report = _locked_build(report, inputs, config, out_dir, formats, use_cache, progress, debug_templates, edits)
        if after_write is not None:
            after_write(report)
    return report


def _locked_build(report: BuildReport, inputs: list[str], config: Config, out_dir: Path, formats: list[str],
                  use_cache: bool, progress: bool, debug_templates: Optional[Callable[[str], None]],
                  edits: Optional[overrides.Overrides] = None) -> BuildReport:
    if True:  # the body of the locked block
        remove_stale_temporaries(out_dir)
        cache = make_cache(config, (config.cache or out_dir / ".cache") if use_cache else None)
        if cache is not None:
            cache.prune()
        pattern = archive_pattern(config)
        ingested = ingest_inputs(inputs, report.timings, exclude=out_dir, model=config.model, cache=cache,
                                 is_output=lambda name: is_output_name(name, pattern, config.output.name))
        state_path = out_dir / STATE
        state = _read_json(state_path)
        templates = _template_digest(config)  # read once a run: both keys below hold it
        quick = _input_key(ingested, config, cache, templates)
        day_stem = file_stem(pattern or config.output.name, briefing_when(briefing_date(config)))
        expected = output_targets(out_dir, day_stem, formats, pattern is not None)
        if quick and state.get("inputs") == quick and isinstance(state.get("files"), dict) \
                and _intact(state["files"], expected):
            # Same articles, settings and templates as the run that wrote these files: nothing to redo.
            report.unchanged = True
            report.stem = day_stem
            log.info("nothing changed since the last run; no file rewritten")
            _retain(out_dir, pattern, config, expected, day_stem)
            return report
        previous = _load_facts(out_dir / "facts.json")
        run = edited_facts(out_dir, config, edits, facts_from(ingested, config, cache, report.timings, progress),
                           previous)
        facts = run.facts
        report.facts = facts
        pattern = archive_pattern(config)
        stem = file_stem(pattern or config.output.name, briefing_when(facts.date))
        report.stem = stem
        newest = _newest_date(out_dir, state, previous)
        if _older(facts.date, newest):
            if pattern is None:
                raise ConfigError(f"date {facts.date} is before the briefing already in {out_dir} ({newest}); "
                                  f"it would replace the newer one: to backfill, use a dated output.name such "
                                  f"as '{{date:%Y-%m-%d}}-briefing' or output.archive: true")
            return _backfill(report, facts, config, out_dir, formats, pattern, stem, newest, debug_templates)
        targets = output_targets(out_dir, stem, formats, pattern is not None)
        key = _state_key(facts, config, stem, templates)
        recorded = state.get("files") if state.get("key") == key and isinstance(state.get("files"), dict) else {}
        if recorded and _intact(recorded, targets):
            report.unchanged = True
            extra = {} if run.extracted_before is not None and _content(run.extracted_before) == _content(run.extracted) \
                else {out_dir / EXTRACTED: facts_io.dumps(run.extracted).encode("utf-8")}
            if quick and state.get("inputs") != quick:
                extra[state_path] = json.dumps({**state, "inputs": quick}, sort_keys=True, indent=1).encode()
            write_files({**extra, **run.notes_file(out_dir)})
            log.info("nothing changed since the last run; no file rewritten")
            _retain(out_dir, pattern, config, targets, stem)
            return report

        baseline, report.whats_new = run_whats_new(run, out_dir, config, previous)
        first: dict[Path, bytes] = {out_dir / EXTRACTED: facts_io.dumps(run.extracted).encode("utf-8")}
        if baseline is not None:
            first[out_dir / BASELINE] = facts_io.dumps(baseline).encode("utf-8")
        else:
            _unlink(out_dir / BASELINE)
        written = render_facts(facts, config, out_dir, formats, report.whats_new, stem, pattern is not None,
                               debug_templates, report.timings, first)
        report.written = [p for p in written if not p.name.startswith(".")]
        files = {name: stamp for name, stamp in recorded.items() if _stamp(out_dir / name) == stamp}
        files.update({p.name: _stamp(p) for p in targets})
        write_files({state_path: json.dumps({"key": key, "inputs": quick, "date": facts.date, "stem": stem,
                                             "files": files},
                                            sort_keys=True, indent=1).encode(),
                     **run.notes_file(out_dir, briefed=True)})
        log.info("wrote %s", ", ".join(p.name for p in report.written) or "no file (all identical)")
        _warn_stale_formats(out_dir, stem, formats, pattern is not None, files)
        _retain(out_dir, pattern, config, targets, stem)
    return report


def _backfill(report: BuildReport, facts: Facts, config: Config, out_dir: Path, formats: list[str], pattern: str,
              stem: str, newest: _date, debug_templates: Optional[Callable[[str], None]]) -> BuildReport:
    """A briefing dated before the newest one (`--date` in the past): only its own dated files are written,
    with what's-new measured against the archived briefing before it; latest.*, facts.json, the baseline
    and the run state still describe the newest briefing."""
    report.backfill = True
    log.info("briefing of %s is older than the newest (%s): written under its dated name only; "
             "latest.* and facts.json left as they were", facts.date, newest)
    report.whats_new = whatsnew.diff(_archived_before(out_dir, pattern, facts.date), facts,
                                     limits=whats_new_limits(config))
    written = render_facts(facts, config, out_dir, formats, report.whats_new, stem, latest=False,
                           debug=debug_templates, timings=report.timings, archived=True, main_facts=False)
    report.written = written
    log.info("wrote %s", ", ".join(p.name for p in written) or "no file (all identical)")
    _retain(out_dir, pattern, config, output_targets(out_dir, stem, formats, True, backfill=True), stem)
    return report


def _retain(out_dir: Path, pattern: Optional[str], config: Config, targets: list[Path],
            stem: Optional[str] = None) -> None:
    """Retention runs on every successful run, also when nothing changed for days."""
    if pattern and config.output.retention_days:
        if stem is not None and parse_stem(pattern, stem) is None:
            log.warning("output.retention_days: the names of output.name '%s' (%s) cannot be read back as a date; "
                        "no archived file is removed", pattern, stem)
            return
        prune(out_dir, pattern, config.output.retention_days, keep=tuple(p.name for p in targets))


def _warn_stale_formats(out_dir: Path, stem: str, formats: list[str], archived: bool, files: dict) -> None:
    """A format not asked for this time keeps the older briefing: say so rather than let it pass as current."""
    for fmt in FORMATS:
        if fmt in formats:
            continue
        path = out_dir / (f"latest.{fmt}" if archived else f"{stem}.{fmt}")
        if path.is_file() and path.name not in files:
            log.warning("%s holds an earlier briefing: %s was not among this run's formats", path.name, fmt)


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _read_json(path: Path) -> dict:
    """The run state; a damaged one (a hand edit, JSON nested past Python's recursion limit) is ignored
    with a warning and rewritten by this run."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return {}
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as err:
        why = "nested too deeply" if isinstance(err, RecursionError) else "not valid JSON"
        log.warning("%s: %s; ignored, this run writes it again", path, why)
        return {}
    return data if isinstance(data, dict) else {}


@paused_gc()
def _load_facts(path: Path, quiet: bool = False) -> Optional[Facts]:
    """Facts written here by an earlier run, if any and readable; a damaged file gives a warning, not a failure."""
    if not path.is_file():
        return None
    try:
        return facts_io.load(path)
    except (UserError, ValueError, RecursionError, MemoryError) as err:
        # A facts file damaged by hand or by a disk (even JSON nested past the recursion limit) must not
        # fail this run and every later one: this run writes facts.json again.
        if not quiet:
            why = str(err) if isinstance(err, UserError) else \
                f"{path}: {'nested too deeply' if isinstance(err, RecursionError) else type(err).__name__}"
            log.warning("earlier facts unreadable, what's-new measured without them: %s", why)
        return None
