"""Scheduled runs through the real CLI (a subprocess without a terminal, as cron runs it).

Each scenario reuses one output folder across its steps, to keep the number of cold starts small.
The articles are short texts written for these tests.
"""
from __future__ import annotations

import fcntl
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT

STORM = """Storm hits coastal town

{count} people were killed when a storm hit the coastal town of Marlow on Tuesday, police said.

The mayor, Jane Holt, said the town would rebuild. "We will not give up," Holt said.

It is unclear whether the sea wall failed.
"""
RELIEF = """Relief effort begins

The government announced a relief fund for the town on Wednesday.

Minister Paul Grey said the army would help clear the roads.
"""
FERRY = """Ferry service suspended

The harbour authority suspended the ferry service to the island on Thursday.

Captain Ruth Mayer said the crossing was too dangerous.
"""


def write_config(folder: Path, extra: str = "") -> Path:
    config = folder / "briefgen.yaml"
    config.write_text("inputs: [in]\n"
                      "output:\n  dir: out\n  name: \"{date:%Y-%m-%d}-briefing\"\n"
                      "formats: [md]\n"
                      "date: '2026-03-01'\n" + extra)
    return config


def outputs(out: Path) -> dict[str, int]:
    """Visible files and their mtimes, plus the state file: everything a run could rewrite."""
    return {p.name: p.stat().st_mtime_ns for p in sorted(out.iterdir())
            if p.is_file() and (not p.name.startswith(".") or p.name == ".briefgen-state.json")}


def parsed(stderr: str) -> list[str]:
    return re.findall(r"DEBUG briefgen\.pipeline(?: \[run \w+\])?: parsed (\S+)", stderr)


def builder(cli):
    def build(*args, **kwargs) -> subprocess.CompletedProcess:
        run = cli("build", *args, **kwargs)
        assert run.returncode == 0, run.stderr
        return run
    return build


def test_config_run_unchanged_rerun_incremental_and_whats_new(tmp_path, cli):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "storm.txt").write_text(STORM.format(count="Three"))
    (inputs / "relief.txt").write_text(RELIEF)
    config = write_config(tmp_path)
    out = tmp_path / "out"
    elsewhere = tmp_path / "cwd"  # cron runs from anywhere: paths are relative to the config file
    elsewhere.mkdir()
    build = builder(cli)

    first = build("--config", str(config), "-vv", cwd=elsewhere)
    assert sorted(parsed(first.stderr)) == ["relief", "storm"]
    assert {"2026-03-01-briefing.md", "latest.md", "facts.json", "2026-03-01-briefing.facts.json"} <= set(os.listdir(out))
    assert "\x1b[" not in first.stderr  # no colour without a terminal
    assert re.search(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d INFO ", first.stderr, re.M)  # time and level
    before = outputs(out)

    # Nothing changed: nothing rewritten, nothing parsed, and the run says so.
    time.sleep(0.05)
    second = build("--config", str(config), "-vv", cwd=elsewhere)
    assert "nothing changed" in second.stderr
    assert parsed(second.stderr) == []
    assert outputs(out) == before

    # One new article among the others: only it is parsed.
    (inputs / "ferry.txt").write_text(FERRY)
    third = build("--config", str(config), "-vv", cwd=elsewhere)
    assert parsed(third.stderr) == ["ferry"]

    # A figure that moved: what's new says 3 → 5, citing the new sentence.
    (inputs / "storm.txt").write_text(STORM.format(count="Five"))
    fourth = build("--config", str(config), "-vv", cwd=elsewhere)
    assert parsed(fourth.stderr) == ["storm"]
    latest = (out / "latest.md").read_text()
    assert re.search(r"What's new", latest, re.I)
    assert re.search(r"3 people killed(?: \([^)]*\))?\s*→\s*5 people killed", latest), latest  # "(police)": issue 19
    assert latest == (out / "2026-03-01-briefing.md").read_text()

    # Re-rendering without new facts (here: a new title) repeats the same what's-new, not an empty one.
    config.write_text(config.read_text() + "title: Storm briefing\n")
    build("--config", str(config), cwd=elsewhere)
    again = (out / "latest.md").read_text()
    assert "Storm briefing" in again
    assert _whats_new(again) == _whats_new(latest)


def _whats_new(md: str) -> str:
    match = re.search(r"^## What's new.*?(?=^## )", md, re.M | re.S)
    assert match, md
    return match.group(0)


def test_lock_fail_and_wait(tmp_path, cli):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "relief.txt").write_text(RELIEF)
    out = tmp_path / "out"
    out.mkdir()
    args = ["build", str(inputs), "--out", str(out), "--format", "md"]
    with open(out / ".briefgen.lock", "a+") as held:  # another run holds the folder
        fcntl.flock(held, fcntl.LOCK_EX)
        refused = cli(*args, "--lock", "fail")
        assert refused.returncode == 3, refused.stderr
        assert "another briefgen run is writing here" in refused.stderr
        assert not (out / "briefing.md").exists()
        waiting = subprocess.Popen([sys.executable, "-m", "briefgen", *args, "--lock", "wait"], cwd=ROOT,
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(2)
        assert waiting.poll() is None and not (out / "briefing.md").exists()
    _, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    assert (out / "briefing.md").is_file()


def test_two_runs_started_together_never_overlap(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "storm.txt").write_text(STORM.format(count="Three"))
    (inputs / "ferry.txt").write_text(FERRY)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "briefgen", "build", str(inputs), "--out", str(out), "--format", "md", "-vv",
           "--lock", "wait"]
    runs = [subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [r.communicate(timeout=180) for r in runs]
    spans = []
    for run, (_, err) in zip(runs, results):
        assert run.returncode == 0, err
        taken = re.search(r"lock taken on .* at ([\d.]+)", err)
        released = re.search(r"lock released on .* at ([\d.]+)", err)
        assert taken and released, err
        spans.append((float(taken.group(1)), float(released.group(1))))
    (a_start, a_end), (b_start, b_end) = sorted(spans)
    assert a_end <= b_start  # one held the lock, then the other: never both at once
    messages = " ".join(err for _, err in results)
    assert "nothing changed" in messages  # the second found the first's briefing already there


def _valid_pdf(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def test_killed_run_leaves_previous_briefing_whole(tmp_path, cli):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(8):  # enough text that parsing and rendering take a moment
        (inputs / f"storm{n:02d}.txt").write_text(STORM.format(count="Three") + "\n" + RELIEF + "\n" + FERRY.replace(
            "Thursday", f"day {n}"))
    config = tmp_path / "briefgen.yaml"
    config.write_text("inputs: [in]\noutput:\n  dir: out\n  name: \"{date:%Y-%m-%d}-briefing\"\n"
                      "formats: [md, pdf]\ndate: '2026-03-01'\n")
    out = tmp_path / "out"
    started = time.monotonic()
    first = cli("build", "--config", str(config))
    duration = time.monotonic() - started
    assert first.returncode == 0, first.stderr
    old_pdf = (out / "latest.pdf").read_bytes()
    old_md = (out / "latest.md").read_bytes()
    assert _valid_pdf(out / "latest.pdf") >= 1

    (inputs / "storm00.txt").write_text(STORM.format(count="Five"))  # the next run has something to write
    for fraction in (0.5, 0.85, 0.97):
        run = subprocess.Popen([sys.executable, "-m", "briefgen", "build", "--config", str(config), "--no-cache"],
                               cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        run.send_signal(signal.SIGKILL)
        run.wait(30)
        for name in ("latest.pdf", "2026-03-01-briefing.pdf"):
            data = (out / name).read_bytes()
            assert data == old_pdf or _valid_pdf(out / name) >= 1  # the old file, or a whole new one
        md = (out / "latest.md").read_bytes()
        assert md == old_md or b"5 people killed" in md
        visible = {p.name for p in out.iterdir() if not p.name.startswith(".")}
        assert visible <= {"latest.md", "latest.pdf", "2026-03-01-briefing.md", "2026-03-01-briefing.pdf",
                           "2026-03-01-briefing.facts.json", "facts.json"}

    final = cli("build", "--config", str(config))
    assert final.returncode == 0, final.stderr
    assert b"5 people killed" in (out / "latest.md").read_bytes()
    assert _valid_pdf(out / "latest.pdf") >= 1
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]  # leftovers of killed runs cleaned


def test_exit_codes_and_config_errors(tmp_path, cli):
    config = tmp_path / "briefgen.yaml"
    config.write_text("inputs: [in]\noutput:\n  dir: out\n  colour: red\n")
    bad = cli("build", "--config", str(config))
    assert bad.returncode == 2
    assert "briefgen.yaml:4" in bad.stderr and "output.colour" in bad.stderr
    config.write_text("inputs: [in]\nformats: md\n")
    wrong_type = cli("build", "--config", str(config))
    assert wrong_type.returncode == 2 and "briefgen.yaml:2" in wrong_type.stderr and "formats" in wrong_type.stderr
    (tmp_path / "in").mkdir()
    log_file = tmp_path / "logs" / "briefgen.log"
    config.write_text(f"inputs: [in]\noutput: {{dir: out}}\nlog_file: {log_file}\n")
    empty = cli("build", "--config", str(config))
    assert empty.returncode == 1 and "no articles" in empty.stderr
    assert re.search(r"ERROR .*run failed: no articles", log_file.read_text())
