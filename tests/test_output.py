import errno
import os
import threading
import time
from pathlib import Path

import pytest

from briefgen.errors import LockedError
from briefgen.output import OutputError, file_stem, locked, prune, write_files
from datetime import datetime


def test_atomic_write_and_unchanged_files_left_alone(tmp_path):
    target = tmp_path / "briefing.md"
    assert write_files({target: b"one"}) == [target]
    mtime = target.stat().st_mtime_ns
    time.sleep(0.01)
    assert write_files({target: b"one"}) == []
    assert target.stat().st_mtime_ns == mtime
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_failed_write_leaves_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"old pdf")
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fd, mode):
            self.handle = real_fdopen(fd, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", Full)
    with pytest.raises(OutputError, match="disk full"):
        write_files({target: b"new pdf"})
    assert target.read_bytes() == b"old pdf"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]


def test_lock_fail_mode(tmp_path):
    with locked(tmp_path):
        with pytest.raises(LockedError):
            with locked(tmp_path, wait=False):
                pass


def test_lock_wait_mode_waits(tmp_path):
    order = []

    def second():
        with locked(tmp_path, wait=True):
            order.append("second")

    with locked(tmp_path):
        t = threading.Thread(target=second)
        t.start()
        time.sleep(0.2)
        order.append("first")
    t.join(5)
    assert order == ["first", "second"]


def test_dated_names_and_retention(tmp_path):
    assert file_stem("{date:%Y-%m-%d}-briefing", datetime(2026, 1, 2)) == "2026-01-02-briefing"
    old = tmp_path / "2020-01-01-briefing.md"
    new = tmp_path / "2026-01-02-briefing.md"
    latest = tmp_path / "latest.md"
    for p in (old, new, latest):
        p.write_text("x")
    os.utime(old, (1, 1))
    os.utime(latest, (1, 1))
    assert prune(tmp_path, "{date:%Y-%m-%d}-briefing", days=7) == [old]
    assert new.exists() and latest.exists()


def test_written_files_get_normal_permissions(tmp_path):
    from briefgen.output import UMASK

    target = tmp_path / "latest.html"
    write_files({target: b"<p>x</p>"})
    assert target.stat().st_mode & 0o777 == 0o666 & ~UMASK  # not mkstemp's 0600
    target.chmod(0o640)
    write_files({target: b"<p>y</p>"})
    assert target.stat().st_mode & 0o777 == 0o640  # an existing file keeps its mode


def test_retention_only_matches_our_own_names(tmp_path):
    from briefgen.output import archived_stem

    pattern = "{date:%Y-%m-%d}-briefing"
    assert archived_stem(pattern, "2026-01-02-briefing.pdf") and archived_stem(pattern, "2026-01-02-briefing.facts.json")
    assert not archived_stem(pattern, "notes-briefing.md")
    assert not archived_stem(pattern, ".2026-01-02-briefing.pdf.x1.tmp")
    keep = tmp_path / "notes.md"
    keep.write_text("mine")
    os.utime(keep, (1, 1))
    assert prune(tmp_path, "{date:%Y-%m-%d}", days=1) == [] and keep.exists()
    assert archived_stem("{date:%Y-%m-%d}", "2026-01-02.md")


def test_stale_temporaries_are_removed(tmp_path):
    from briefgen.output import remove_stale_temporaries

    (tmp_path / ".latest.pdf.abc12345.briefgen.tmp").write_bytes(b"%PDF-half")
    (tmp_path / "latest.pdf").write_bytes(b"%PDF-whole")
    assert [p.name for p in remove_stale_temporaries(tmp_path)] == [".latest.pdf.abc12345.briefgen.tmp"]
    assert [p.name for p in tmp_path.iterdir()] == ["latest.pdf"]


def test_cache_prunes_folders_of_old_settings(tmp_path):
    from briefgen.cache import Cache

    old = tmp_path / ("0" * 16)
    old.mkdir()
    os.utime(old, (1, 1))
    other = tmp_path / "not-ours"
    other.mkdir()
    os.utime(other, (1, 1))
    cache = Cache(tmp_path, "f" * 16)
    assert cache.prune(days=30) == [old]
    assert other.exists() and (tmp_path / ("f" * 16)).is_dir()
