"""Monitoring pings, apprise notifications, before/after/failure commands, --lock-timeout, run-tagged logs, --json."""
from __future__ import annotations

import json
import sys
import threading
import time
from urllib.parse import parse_qs, urlsplit

import pytest

from briefgen.cli import main
from conftest import run_cli
from test_ops_support import build, receiver, story  # noqa: F401 - the receiver fixture


def rids(paths: list[str]) -> set[str]:
    return {parse_qs(urlsplit(p).query).get("rid", [""])[0] for p in paths}


def test_pings_on_start_and_success_carry_the_run_id(tmp_path, capsys, receiver):
    folder = story(tmp_path, monitor={"ping": receiver.url + "/ping/check-1"})
    code, out, err = build(capsys, "--config", str(folder / "briefgen.yaml"), "--json")
    assert code == 0, err
    summary = json.loads(out)
    paths = receiver.paths()
    assert [urlsplit(p).path for p in paths] == ["/ping/check-1/start", "/ping/check-1"]
    assert rids(paths) == {summary["run_id"]}
    assert b"wrote" in receiver.bodies("/ping/check-1?")[0]
    assert summary["status"] == "written" and summary["exit_code"] == 0 and summary["duration_s"] >= 0
    assert "latest.md" in summary["written"] and summary["date"] == "2026-03-01"


def test_failure_pings_notifies_and_runs_the_failure_command(tmp_path, capsys, receiver):
    folder = story(tmp_path, monitor={"ping": receiver.url + "/hc", "notify": ["json://127.0.0.1:%d/notify" % receiver.port]},
                   hooks={"failure": [f"{sys.executable} -c \"import os; open('failed.txt','w').write("
                                      f"os.environ['BRIEFGEN_EXIT_CODE'] + ' ' + os.environ['BRIEFGEN_RUN_ID'])\""]})
    for path in (folder / "articles").iterdir():
        path.unlink()
    code, out, err = build(capsys, "--config", str(folder / "briefgen.yaml"), "--json")
    assert code == 1 and "no articles" in err
    summary = json.loads(out)
    assert summary["status"] == "failed" and "no articles" in summary["error"]
    paths = [urlsplit(p).path for p in receiver.paths()]
    assert paths == ["/hc/start", "/hc/fail", "/notify"]
    assert b"no articles" in receiver.bodies("/hc/fail")[0]
    notification = json.loads(receiver.bodies("/notify")[0])
    assert "failed" in notification["title"] and "no articles" in notification["message"]
    assert (folder / "failed.txt").read_text() == f"1 {summary['run_id']}"


def test_success_notifies_only_when_asked(tmp_path, capsys, receiver):
    notify = ["json://127.0.0.1:%d/notify" % receiver.port]
    folder = story(tmp_path, monitor={"notify": notify})
    code, _, err = build(capsys, "--config", str(folder / "briefgen.yaml"))
    assert code == 0, err
    assert receiver.paths() == []  # notify_on: [failure] by default
    folder2 = story(tmp_path / "two", monitor={"notify": notify, "notify_on": ["failure", "success"]})
    code, _, err = build(capsys, "--config", str(folder2 / "briefgen.yaml"))
    assert code == 0, err
    assert [urlsplit(p).path for p in receiver.paths()] == ["/notify"]
    assert "updated" in json.loads(receiver.bodies("/notify")[0])["title"]


def test_a_ping_that_fails_is_a_warning_not_a_failed_run(tmp_path, capsys, receiver):
    receiver.status = 500
    folder = story(tmp_path, monitor={"ping": receiver.url + "/hc", "timeout": 5})
    code, _, err = build(capsys, "--config", str(folder / "briefgen.yaml"))
    assert code == 0
    assert "WARNING" in err and "ping to http://127.0.0.1" in err and "HTTP 500" in err
    assert (folder / "out" / "latest.md").is_file()


def test_before_and_after_commands(tmp_path, capsys):
    py = sys.executable
    folder = story(tmp_path, hooks={
        "before": [f"{py} -c \"open('before.txt','w').write('ran')\""],
        "after": [f"{py} -c \"import os; open('after.txt','w').write(os.environ['BRIEFGEN_EXIT_CODE'] + "
                  f"' ' + os.environ['BRIEFGEN_STATUS'])\""]})
    code, _, err = build(capsys, "--config", str(folder / "briefgen.yaml"))
    assert code == 0, err
    assert (folder / "before.txt").read_text() == "ran"  # run in the config's folder
    assert (folder / "after.txt").read_text() == "0 written"


def test_a_failing_before_command_stops_the_run_before_anything_is_written(tmp_path, capsys, receiver):
    folder = story(tmp_path, monitor={"ping": receiver.url + "/hc"},
                   hooks={"before": [f"{sys.executable} -c \"import sys; print('feed down'); sys.exit(3)\""],
                          "after": ["echo never > after.txt"]})
    code, _, err = build(capsys, "--config", str(folder / "briefgen.yaml"))
    assert code == 1
    assert err.startswith("briefgen: error: hooks.before command") and "exited 3 (feed down)" in err
    assert len(err.strip().splitlines()) == 1
    assert not (folder / "out" / "latest.md").exists() and not (folder / "after.txt").exists()
    assert [urlsplit(p).path for p in receiver.paths()] == ["/hc/start", "/hc/fail"]
    assert "hooks.before: | feed down" in (folder / "briefgen.log").read_text()


def test_lock_timeout_gives_up_with_exit_3_and_no_ping(tmp_path, capsys, receiver):
    from briefgen.output import locked

    folder = story(tmp_path, monitor={"ping": receiver.url + "/hc"})
    (folder / "out").mkdir()
    with locked(folder / "out"):
        started = time.monotonic()
        code, _, err = build(capsys, "--config", str(folder / "briefgen.yaml"), "--lock-timeout", "0.5")
        waited = time.monotonic() - started
    assert code == 3
    assert 0.5 <= waited < 30
    assert "held the lock for more than 0.5 s" in err
    assert receiver.paths() == []  # a run that never started sends nothing
    log = (folder / "briefgen.log").read_text()
    assert "WARNING" in log and "run skipped" in log and " ERROR " not in log


def test_lock_timeout_waits_for_a_run_that_finishes(tmp_path, capsys):
    from briefgen.output import locked

    folder = story(tmp_path, lock_timeout=30)
    (folder / "out").mkdir()
    held = threading.Event()

    def hold():
        with locked(folder / "out"):
            held.set()
            time.sleep(0.5)

    t = threading.Thread(target=hold)
    t.start()
    held.wait(5)
    code, _, err = build(capsys, "--config", str(folder / "briefgen.yaml"))
    t.join(10)
    assert code == 0, err


def test_every_log_line_of_a_run_carries_its_id(tmp_path, capsys):
    folder = story(tmp_path)
    config = str(folder / "briefgen.yaml")
    first = json.loads(build(capsys, "--config", config, "--json")[1])
    second = json.loads(build(capsys, "--config", config, "--json")[1])
    assert second["status"] == "unchanged" and second["unchanged"] is True
    lines = (folder / "briefgen.log").read_text().splitlines()
    for run in (first, second):
        tag = f"[run {run['run_id'][:8]}]"
        mine = [line for line in lines if tag in line]
        assert any("started: briefgen" in line and config in line for line in mine)
        assert any("ended: exit 0" in line for line in mine)
    assert all("[run " in line for line in lines)
    assert any("nothing changed" in line and "ended" in line for line in lines)


def test_hook_and_monitor_settings_do_not_rerender(tmp_path, capsys):
    folder = story(tmp_path)
    config = folder / "briefgen.yaml"
    assert build(capsys, "--config", str(config))[0] == 0
    config.write_text(config.read_text() + "hooks: {after: ['true']}\nlock_timeout: 60\n")
    code, out, err = build(capsys, "--config", str(config), "--json")
    assert code == 0 and json.loads(out)["unchanged"] is True


@pytest.mark.slow
def test_monitored_run_through_the_installed_command(tmp_path, receiver):
    folder = story(tmp_path, monitor={"ping": receiver.url + "/hc"})
    done = run_cli("build", "--config", str(folder / "briefgen.yaml"), "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert [urlsplit(p).path for p in receiver.paths()] == ["/hc/start", "/hc"]
    assert rids(receiver.paths()) == {summary["run_id"]}
    done = run_cli("build", "--config", str(folder / "briefgen.yaml"), "--lock", "fail", "--lock-timeout", "x")
    assert done.returncode == 2 and "not a number of seconds" in done.stderr
    assert main  # the in-process entry point is the same function
