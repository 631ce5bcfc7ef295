"""Anywhere Python runs: the lock is the OS's through filelock (no fcntl), workers start with spawn off Linux."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, run_cli


def test_no_posix_only_module_in_the_package():
    for path in (ROOT / "briefgen").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import fcntl" not in text and 'get_context("fork")' not in text, path


def test_start_method_default_and_override(monkeypatch):
    from briefgen import pipeline
    from briefgen.errors import ConfigError

    monkeypatch.delenv("BRIEFGEN_START_METHOD", raising=False)
    assert pipeline.start_method() == ("fork" if sys.platform.startswith("linux") else "spawn")
    monkeypatch.setattr(pipeline.sys, "platform", "darwin")
    assert pipeline.start_method() == "spawn"
    monkeypatch.setattr(pipeline.sys, "platform", "win32")
    assert pipeline.start_method() == "spawn"
    monkeypatch.setenv("BRIEFGEN_START_METHOD", "spawn")
    assert pipeline.start_method() == "spawn"
    monkeypatch.setenv("BRIEFGEN_START_METHOD", "teleport")
    with pytest.raises(ConfigError, match="BRIEFGEN_START_METHOD"):
        pipeline.start_method()


@pytest.mark.slow
def test_spawned_workers_extract_what_one_process_does(monkeypatch):
    from briefgen import facts as facts_io, pipeline
    from briefgen.config import Config
    from briefgen.pipeline import build_facts

    monkeypatch.setattr(pipeline, "BATCH", 1)  # one article a batch, so both articles go to the pool
    monkeypatch.setenv("BRIEFGEN_START_METHOD", "spawn")
    one = build_facts([str(SEEDS)], Config(date="2025-08-20", jobs=1))
    two = build_facts([str(SEEDS)], Config(date="2025-08-20", jobs=2))
    assert facts_io.dumps(one) == facts_io.dumps(two)


@pytest.mark.slow
def test_build_with_spawned_workers_through_the_cli(tmp_path):
    """`python -m briefgen build --jobs 2` with spawn: the workers import briefgen.__main__ again and must not
    start a run of their own; the briefing equals the one-process one."""
    articles = tmp_path / "articles"
    articles.mkdir()
    text = (SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]).read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if len(p) > 200][:34] or [text]
    for i in range(34):  # more than one batch of 32, so the pool is used
        (articles / f"a{i:02d}.txt").write_text(f"Report {i}\n\n{paragraphs[i % len(paragraphs)]}\n", encoding="utf-8")
    env = {"BRIEFGEN_START_METHOD": "spawn"}
    for jobs, out in (("1", "one"), ("2", "two")):
        done = run_cli("build", str(articles), "--out", str(tmp_path / out), "--format", "md", "--jobs", jobs,
                       "--date", "2026-03-01", "--no-cache", env=env, timeout=600)
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "one" / "briefing.md").read_text() == (tmp_path / "two" / "briefing.md").read_text()
    assert json.loads((tmp_path / "two" / "facts.json").read_text())["articles"]


@pytest.mark.slow
def test_the_lock_is_held_across_processes_and_freed_when_its_holder_dies(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from briefgen.output import locked
        with locked(Path({str(out)!r})):
            print("held", flush=True)
            time.sleep(60)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        done = run_cli("build", str(SEEDS), "--out", str(out), "--format", "md", "--lock", "fail")
        assert done.returncode == 3 and "another briefgen run is writing here" in done.stderr
        started = time.monotonic()
        done = run_cli("build", str(SEEDS), "--out", str(out), "--format", "md", "--lock-timeout", "1")
        assert done.returncode == 3 and time.monotonic() - started >= 1
    finally:
        holder.kill()
        holder.wait(10)
    done = run_cli("build", str(SEEDS), "--out", str(out), "--format", "md", "--lock", "fail")
    assert done.returncode == 0, done.stderr  # the kernel let go of the killed holder's lock
    assert (out / ".briefgen.lock").exists() and Path(out / "briefing.md").is_file()
