"""Issue 18, "Output folder, runs and cache": regression tests for defects 1-7, 19-25 and 31.

Each test goes through the real CLI (a subprocess without a terminal, as cron runs it) or through
`briefgen.cli.main` in-process where a limit has to be made small, or through the unit that owns the
behaviour. The articles are two short texts written for these tests; most runs write Markdown only.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import _thread
import time
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

STORM = """Storm hits coastal town

{count} people were killed when a storm hit the coastal town of Marlow on Tuesday, police said.

The mayor, Jane Holt, said the town would rebuild. "We will not give up," Holt said.
"""
FERRY = """Ferry service suspended

The harbour authority suspended the ferry service to the island on Thursday.

Captain Ruth Mayer said the crossing was too dangerous.
"""
OLD = 1_000_000_000  # an mtime in 2001: older than any retention period


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("briefgen: error:")]


def one_error(result, code: int, *parts: str) -> str:
    """Exit `code`, exactly one `briefgen: error:` line holding every part, no traceback, no internal error."""
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    lines = error_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    for part in parts:
        assert part in lines[0], (part, lines[0])
    return lines[0]


def story(folder: Path, count: str = "Five", ferry: bool = True) -> Path:
    inputs = folder / "in"
    inputs.mkdir(exist_ok=True)
    (inputs / "storm.txt").write_text(STORM.format(count=count))
    if ferry:
        (inputs / "ferry.txt").write_text(FERRY)
    return inputs


def config(folder: Path, name: str = "{date:%Y-%m-%d}-briefing", extra: str = "") -> Path:
    path = folder / "briefgen.yaml"
    path.write_text(f"inputs: [in]\noutput:\n  dir: out\n  name: \"{name}\"\n{extra}formats: [md]\n")
    return path


def ok(result) -> None:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file() and not p.name.startswith(".")}


# 1 -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern", ["{date:%A}", "{date}", "{date:%a}", "{date:%B}", "{date:%b}", "{date:%p}",
                                     "{date:%B}-{date:%p}"])
def test_retention_never_matches_the_analysts_files(tmp_path, pattern):
    from briefgen.output import prune

    mine = [tmp_path / n for n in ("notes.md", "README.md", "Monday.md", "plan.html", "x.facts.json")]
    for path in mine:
        path.write_text("mine")
        os.utime(path, (OLD, OLD))
    assert prune(tmp_path, pattern, days=30) == []
    assert all(p.exists() for p in mine)


def test_retention_still_removes_its_own_dated_files(tmp_path):
    from briefgen.output import prune

    old = tmp_path / "2001-09-09-briefing.facts.json"
    bare = tmp_path / "2001-09-09 01:46:40.123456.md"
    for path in (old, bare):
        path.write_text("x")
        os.utime(path, (OLD, OLD))
    assert prune(tmp_path, "{date:%Y-%m-%d}-briefing", days=30) == [old]
    assert prune(tmp_path, "{date}", days=30) == [bare]


@pytest.mark.slow
def test_build_with_a_weekday_name_keeps_notes(tmp_path):
    story(tmp_path)
    cfg = config(tmp_path, "{date:%A}", "  retention_days: 30\n")
    out = tmp_path / "out"
    out.mkdir()
    for name in ("notes.md", "README.md"):
        (out / name).write_text("the analyst's own")
        os.utime(out / name, (OLD, OLD))
    result = run_cli("build", "--config", str(cfg), "--date", "2025-08-19")
    ok(result)
    assert (out / "Tuesday.md").is_file()
    assert (out / "notes.md").read_text() == "the analyst's own" and (out / "README.md").exists()
    assert "cannot be read back as a date" in result.stderr  # retention says it does nothing


# 2, 19 ---------------------------------------------------------------------------------------------

def test_only_briefgens_own_temporaries_are_removed(tmp_path):
    from briefgen.output import remove_stale_temporaries, write_files

    theirs = [tmp_path / n for n in (".notes.tmp", ".draft.md.tmp", ".latest.md.abc12345.tmp", ".x.tmp")]
    for path in theirs:
        path.write_text("someone else's")
    ours = tmp_path / ".latest.md.k3j4h5g6.briefgen.tmp"
    ours.write_text("half")
    assert remove_stale_temporaries(tmp_path) == [ours]
    assert all(p.exists() for p in theirs)
    write_files({tmp_path / "latest.md": b"whole"})
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([p.name for p in theirs] + ["latest.md"])


@pytest.mark.slow
def test_runs_keep_hidden_tmp_files_and_clean_cache_temporaries(tmp_path):
    story(tmp_path)
    cfg = config(tmp_path)
    out = tmp_path / "out"
    ok(run_cli("build", "--config", str(cfg), "--date", "2025-08-19"))
    (out / ".draft.md.tmp").write_text("an editor's swap file")
    (out / ".2025-08-19-briefing.md.abcd1234.briefgen.tmp").write_text("left by a killed run")
    entry = next((out / ".cache").glob("*/*/*.json"))
    stale, fresh = entry.parent / ".tmp-abcd1234", entry.parent / ".tmp-efgh5678"
    stale.write_text("{half")
    os.utime(stale, (OLD, OLD))
    fresh.write_text("{being written by another run")
    result = run_cli("build", "--config", str(cfg), "--date", "2025-08-19")  # nothing changed
    ok(result)
    assert "nothing changed" in result.stderr
    assert (out / ".draft.md.tmp").read_text() == "an editor's swap file"
    assert not (out / ".2025-08-19-briefing.md.abcd1234.briefgen.tmp").exists()
    assert not stale.exists() and fresh.exists()


# 3 -------------------------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("blocked", ["latest.md", "facts.json"])
def test_a_folder_in_place_of_a_target_changes_nothing(tmp_path, blocked):
    story(tmp_path)
    cfg = config(tmp_path)
    out = tmp_path / "out"
    ok(run_cli("build", "--config", str(cfg), "--date", "2025-08-19"))
    (out / blocked).unlink()
    (out / blocked).mkdir()
    before = snapshot(out)
    story(tmp_path, count="Six")  # the next run has something to write
    for _ in range(2):  # the same clear failure each time, never an internal error
        result = run_cli("build", "--config", str(cfg), "--date", "2025-08-19")
        one_error(result, 1, str(out / blocked), "is a folder")
        assert snapshot(out) == before
        assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    (out / blocked).rmdir()
    ok(run_cli("build", "--config", str(cfg), "--date", "2025-08-19"))
    assert b"Six people" in (out / "latest.md").read_bytes()


def test_write_files_checks_every_target_first(tmp_path):
    from briefgen.output import OutputError, write_files

    first = tmp_path / "a.md"
    first.write_bytes(b"old")
    (tmp_path / "b.md").mkdir()
    with pytest.raises(OutputError, match="b.md: is a folder"):
        write_files({first: b"new", tmp_path / "b.md": b"new"})
    assert first.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.md"]


# 4 -------------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_backfill_leaves_latest_and_facts_json(tmp_path):
    story(tmp_path)
    cfg = config(tmp_path)
    out = tmp_path / "out"
    ok(run_cli("build", "--config", str(cfg), "--date", "2025-08-21"))
    newest = {n: (out / n).read_bytes() for n in ("latest.md", "facts.json", ".briefgen-state.json")}
    story(tmp_path, count="Three")
    result = run_cli("build", "--config", str(cfg), "--date", "2025-08-19")
    ok(result)
    assert b"Three people" in (out / "2025-08-19-briefing.md").read_bytes()
    assert json.loads((out / "2025-08-19-briefing.facts.json").read_text())["date"] == "2025-08-19"
    assert {n: (out / n).read_bytes() for n in newest} == newest
    assert json.loads((out / "facts.json").read_text())["date"] == "2025-08-21"
    # The next day moves latest.* forward again.
    ok(run_cli("build", "--config", str(cfg), "--date", "2025-08-22"))
    assert json.loads((out / "facts.json").read_text())["date"] == "2025-08-22"
    assert b"Three people" in (out / "latest.md").read_bytes()


@pytest.mark.slow
def test_backfill_without_a_dated_name_is_refused(tmp_path):
    story(tmp_path)
    out = tmp_path / "out"
    ok(run_cli("build", str(tmp_path / "in"), "--out", str(out), "--format", "md", "--date", "2025-08-21"))
    before = snapshot(out)
    result = run_cli("build", str(tmp_path / "in"), "--out", str(out), "--format", "md", "--date", "2025-08-19")
    one_error(result, 2, "2025-08-19", "2025-08-21", str(out), "dated output.name")
    assert snapshot(out) == before


@pytest.mark.slow
@pytest.mark.parametrize("day", ["2025-13-45", "2025-02-30", "yesterday", "2025-8-1"])
def test_impossible_dates_are_refused(tmp_path, day):
    story(tmp_path)
    out = tmp_path / "out"
    result = run_cli("build", str(tmp_path / "in"), "--out", str(out), "--format", "md", "--date", day)
    one_error(result, 2, "--date", day)
    assert not out.exists() or not snapshot(out)


@pytest.mark.slow
def test_impossible_date_in_the_config_is_refused(tmp_path):
    story(tmp_path)
    cfg = config(tmp_path)
    cfg.write_text(cfg.read_text() + "date: '2025-02-30'\n")
    result = run_cli("build", "--config", str(cfg))
    one_error(result, 2, str(cfg), "key 'date'", "2025-02-30", "not a real date")
    assert not (tmp_path / "out").exists() or not snapshot(tmp_path / "out")


# 5 -------------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_output_folder_inside_the_inputs_is_not_read_back(tmp_path):
    inputs = story(tmp_path)
    out = inputs / "out"
    for day in ("2025-08-19", "2025-08-20"):
        ok(run_cli("build", str(inputs), "--out", str(out), "--format", "md,html", "--date", day))
    facts = json.loads((out / "facts.json").read_text())
    assert sorted(a["id"] for a in facts["articles"]) == ["ferry", "storm"]
    assert not facts["skipped"]
    assert "Five people" in (out / "briefing.md").read_text()
    assert all("out/" not in a["path"] for a in facts["articles"])


@pytest.mark.slow
def test_output_folder_that_is_the_input_folder_still_reads_the_articles(tmp_path):
    inputs = story(tmp_path)
    (inputs / "notes.md").write_text("Port reopens\n\nThe port of Marlow reopened on Friday, officials said.\n")
    for day in ("2025-08-19", "2025-08-20"):
        ok(run_cli("build", str(inputs), "--out", str(inputs), "--format", "md", "--date", day,
                   "--no-cache"))
    facts = json.loads((inputs / "facts.json").read_text())
    assert sorted(a["id"] for a in facts["articles"]) == ["ferry", "notes", "storm"]


# 6 -------------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_render_follows_output_name_and_leaves_facts_json(tmp_path):
    story(tmp_path)
    cfg = config(tmp_path)
    out = tmp_path / "out"
    ok(run_cli("build", "--config", str(cfg), "--date", "2025-08-21"))
    facts_json = (out / "facts.json").read_bytes()
    edited = json.loads(facts_json)
    edited["title"] = "Edited by hand"
    hand = tmp_path / "edited.json"
    hand.write_text(json.dumps(edited))
    result = run_cli("render", str(hand), "--config", str(cfg))
    ok(result)
    assert not (out / "briefing.md").exists()
    assert "Edited by hand" in (out / "2025-08-21-briefing.md").read_text()
    assert "Edited by hand" in (out / "latest.md").read_text()
    assert json.loads((out / "2025-08-21-briefing.facts.json").read_text())["title"] == "Edited by hand"
    assert (out / "facts.json").read_bytes() == facts_json  # the next what's-new baseline is build's
    # An older facts file is rendered under its own date; latest.* stays on the newest briefing.
    edited["date"], edited["title"] = "2025-08-10", "Older"
    hand.write_text(json.dumps(edited))
    ok(run_cli("render", str(hand), "--config", str(cfg)))
    assert "Older" in (out / "2025-08-10-briefing.md").read_text()
    assert "Edited by hand" in (out / "latest.md").read_text()


# 7 -------------------------------------------------------------------------------------------------

def _sources(facts: dict):
    for section in ("developments", "positions", "quotes", "open_questions", "casualties"):
        for item in facts.get(section, []):
            yield from item["sources"]


@pytest.mark.slow
def test_swapped_cache_entries_are_not_trusted(tmp_path):
    inputs = story(tmp_path)
    out = tmp_path / "out"
    args = ("build", str(inputs), "--out", str(out), "--format", "md")
    ok(run_cli(*args, "--date", "2025-08-19"))
    a, b = sorted((out / ".cache").glob("*/*/*.json"))
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    result = run_cli(*args, "--date", "2025-08-20", "-vv")
    ok(result)
    assert result.stderr.count("cache entry ignored") == 2, result.stderr
    assert "parsed storm" in result.stderr and "parsed ferry" in result.stderr
    facts = json.loads((out / "facts.json").read_text())
    texts = {"storm": (inputs / "storm.txt").read_text(), "ferry": (inputs / "ferry.txt").read_text()}
    sources = list(_sources(facts))
    assert sources
    for source in sources:
        assert source["sentence"] in texts[source["article"]], source


def test_cache_rejects_an_entry_of_another_text(tmp_path):
    from briefgen.cache import Cache, entry_key
    from briefgen.extract import ArticleFacts
    from briefgen.facts import Article

    cache = Cache(tmp_path, "f" * 16)
    one = Article(id="one", path="one.txt", sha256="1" * 64)
    two = Article(id="two", path="two.txt", sha256="2" * 64)
    cache.put(ArticleFacts(article=one))
    cache._path(entry_key(two)).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(cache._path(entry_key(one)), cache._path(entry_key(two)))
    assert cache.get(one) is not None
    assert cache.get(two) is None


# 20 ------------------------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("damaged", ["facts.json", ".briefgen-state.json", ".briefgen-baseline.json"])
def test_deeply_nested_json_in_the_output_folder_is_survived(tmp_path, damaged):
    story(tmp_path)
    cfg = config(tmp_path)
    out = tmp_path / "out"
    ok(run_cli("build", "--config", str(cfg), "--date", "2025-08-19"))
    story(tmp_path, count="Six")
    ok(run_cli("build", "--config", str(cfg), "--date", "2025-08-20"))  # a baseline exists now
    (out / damaged).write_text("[" * 200_000 + "]" * 200_000)
    # The next day with the same articles reads all three: the state, facts.json, and (no new facts) the baseline.
    result = run_cli("build", "--config", str(cfg), "--date", "2025-08-21")
    ok(result)
    assert "WARNING" in result.stderr and damaged in result.stderr, result.stderr
    assert json.loads((out / "facts.json").read_text())["date"] == "2025-08-21"
    assert "August 21, 2025" in (out / "latest.md").read_text()  # the briefing's date as its language writes it
    story(tmp_path, count="Seven")
    later = run_cli("build", "--config", str(cfg), "--date", "2025-08-22")  # and every later run too
    ok(later)
    assert "WARNING" not in later.stderr, later.stderr
    assert b"Seven people" in (out / "latest.md").read_bytes()


# 21 ------------------------------------------------------------------------------------------------

LOOP = "{% for i in range(100000) %}{% for j in range(100000) %}{{ '' }}{% endfor %}{% endfor %}\n"


@pytest.fixture
def facts_file(tmp_path) -> Path:
    from briefgen.cli import main

    inputs = story(tmp_path)
    path = tmp_path / "facts.json"
    assert main(["extract", str(inputs), "-o", str(path), "-q"]) == 0
    return path


@pytest.fixture
def watchdog():
    """Ctrl-C the test itself after 60 s, so a render without a time limit fails instead of hanging."""
    timer = threading.Timer(60, _thread.interrupt_main)
    timer.start()
    yield
    timer.cancel()


def test_templates_have_a_time_limit(tmp_path, facts_file, monkeypatch, capsys, watchdog):
    from briefgen import build
    from briefgen.cli import main

    monkeypatch.setattr(build, "RENDER_TIME_LIMIT", 1.5, raising=False)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text(LOOP)
    out = tmp_path / "out"
    started = time.monotonic()
    code = main(["render", str(facts_file), "--templates", str(templates), "--out", str(out), "--format", "md"])
    took = time.monotonic() - started
    err = capsys.readouterr().err
    assert code == 1, err
    assert took < 30
    lines = error_lines(err)
    # Whichever stops the loop first, the time limit or the count of loop turns (on a fast, idle machine
    # ten million turns come before 1.5 s), the one line names the template.
    assert len(lines) == 1 and "briefing.md.j2" in lines[0] and (
        "time limit" in lines[0] or "loop turns" in lines[0]), err
    assert not out.exists() or not snapshot(out)
    # The lock was released and the alarm is off: a good render works at once.
    (templates / "briefing.md.j2").unlink()
    assert main(["render", str(facts_file), "--templates", str(templates), "--out", str(out), "--format", "md"]) == 0
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


# 22 ------------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_render_of_a_fifo_does_not_block(tmp_path):
    fifo = tmp_path / "facts.json"
    os.mkfifo(fifo)
    result = run_cli("render", str(fifo), "--out", str(tmp_path / "out"), timeout=60)
    one_error(result, 2, str(fifo), "not a regular file")
    result = run_cli("templates", "check", "--facts", str(fifo), timeout=60)
    one_error(result, 2, str(fifo), "not a regular file")


# 23, 31 --------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_extract_into_a_folder_or_a_missing_folder(tmp_path):
    inputs = story(tmp_path)
    target = tmp_path / "adir"
    target.mkdir()
    one_error(run_cli("extract", str(inputs), "-o", str(target)), 1, str(target), "is a folder")
    missing = tmp_path / "missing" / "f.json"
    line = one_error(run_cli("extract", str(inputs), "-o", str(missing)), 1, str(missing), "does not exist")
    assert "briefing" not in line
    assert not (tmp_path / "missing").exists()


@pytest.mark.slow
def test_templates_init_onto_a_file(tmp_path):
    target = tmp_path / "plain-file"
    target.write_text("x")
    one_error(run_cli("templates", "init", str(target)), 1, str(target), "not a folder")
    assert target.read_text() == "x"
    under = target / "sub"
    one_error(run_cli("templates", "init", str(under)), 1, "plain-file")


@pytest.mark.slow
def test_templates_without_an_action_is_a_usage_error():
    result = run_cli("templates")
    one_error(result, 2, "templates needs an action")


# 24 ------------------------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("sig, code, said", [(signal.SIGTERM, 143, "stopped by SIGTERM"),
                                             (signal.SIGINT, 130, "interrupted")])
def test_stop_signals_are_reported_and_logged(tmp_path, sig, code, said):
    story(tmp_path)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text(LOOP)  # the run hangs in rendering, holding the lock
    cfg = config(tmp_path, extra="log_file: briefgen.log\ntemplates: templates\n")
    log_file = tmp_path / "briefgen.log"
    run = subprocess.Popen([sys.executable, "-m", "briefgen", "build", "--config", str(cfg), "--date", "2025-08-19"],
                           cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    try:
        deadline = time.monotonic() + 60
        while "article(s)" not in (log_file.read_text() if log_file.exists() else ""):
            assert time.monotonic() < deadline and run.poll() is None, "the run did not reach rendering"
            time.sleep(0.1)
        time.sleep(0.5)
        run.send_signal(sig)
        _, stderr = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert run.returncode == code, stderr
    assert "Traceback" not in stderr, stderr
    assert any(said in line for line in stderr.splitlines()[-2:]), stderr  # then the run's end line
    assert any(said in line for line in log_file.read_text().splitlines()[-2:])
    out = tmp_path / "out"
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    (templates / "briefing.md.j2").unlink()
    ok(run_cli("build", "--config", str(cfg), "--date", "2025-08-19", "--lock", "fail"))  # lock released


# 25 ------------------------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_log_file_on_a_full_disk_gives_one_warning(tmp_path):
    story(tmp_path)
    cfg = config(tmp_path, extra="log_file: /dev/full\n")
    result = run_cli("build", "--config", str(cfg), "--date", "2025-08-19", "-v")
    ok(result)
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "log_file /dev/full" in line]
    assert len(warnings) == 1 and warnings[0].startswith("briefgen: warning: log_file /dev/full: cannot write"), \
        result.stderr
    assert (tmp_path / "out" / "latest.md").is_file()
