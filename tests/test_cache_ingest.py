"""The ingest cache (briefgen/ingest/memo.py): an unchanged file is not cleaned again, and everything that
changes what ingest makes of a file (its bytes, its name, the ingest code, the log level) reads it again,
with the same text, metadata, skip reasons and warnings as a run without the cache."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

import briefgen.ingest as ingest_module
from briefgen import cachedirs
from briefgen.ingest import ingest, memo

STORY = ("Harbour bridge to close for repairs\n\nThe harbour bridge will close for six weeks from Monday, "
         "the roads agency said on Friday. Engineers found cracks in two of its supports last month.\n\n"
         "Written by Jo Marsh\n")


def _documents(result):
    return [(d.article.model_dump(), d.text) for d in result.documents], [s.model_dump() for s in result.skipped]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "bridge.txt").write_text(STORY, encoding="utf-8")
    return arts


@pytest.fixture
def counted(monkeypatch):
    """How many times read_article really ran."""
    calls = []
    real = ingest_module.read_article

    def read_article(path, *args, **kwargs):
        calls.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(ingest_module, "read_article", read_article)
    return calls


def test_an_unchanged_file_is_taken_from_the_cache_as_it_was_read(folder, tmp_path, counted):
    cache = tmp_path / "cache"
    plain = _documents(ingest([str(folder)]))
    first = _documents(ingest([str(folder)], cache=cache))
    second = _documents(ingest([str(folder)], cache=cache))
    assert counted == ["bridge.txt", "bridge.txt"]  # without the cache, then to fill it; not a third time
    assert plain == first == second
    assert second[0][0][0]["title"] == "Harbour bridge to close for repairs"
    assert second[0][0][0]["author"] == "Jo Marsh"


def test_a_changed_byte_is_read_again(folder, tmp_path, counted):
    cache = tmp_path / "cache"
    ingest([str(folder)], cache=cache)
    path = folder / "bridge.txt"
    path.write_text(STORY.replace("six weeks", "nine weeks"), encoding="utf-8")  # same size
    again = ingest([str(folder)], cache=cache)
    assert counted == ["bridge.txt", "bridge.txt"]
    assert "nine weeks" in again.documents[0].text


def test_a_renamed_file_is_read_again_under_its_new_name(folder, tmp_path, counted):
    cache = tmp_path / "cache"
    ingest([str(folder)], cache=cache)
    (folder / "bridge.txt").rename(folder / "harbour.txt")
    again = ingest([str(folder)], cache=cache)
    assert counted == ["bridge.txt", "harbour.txt"]
    assert again.documents[0].article.id == "harbour"


def test_edited_ingest_code_reads_every_file_again(folder, tmp_path, counted, monkeypatch):
    cache = tmp_path / "cache"
    ingest([str(folder)], cache=cache)
    monkeypatch.setattr(memo, "code_digest", lambda: "an edited furniture rule")
    ingest([str(folder)], cache=cache)
    assert counted == ["bridge.txt", "bridge.txt"]


def test_log_lines_of_the_libraries_ingest_calls_are_given_again(folder, tmp_path, counted, monkeypatch, caplog):
    real = ingest_module.read_article

    def noisy(path, *args, **kwargs):
        logging.getLogger("pypdf._reader").warning("Ignoring wrong pointing object 6 0 (offset 0)")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(ingest_module, "read_article", noisy)
    cache = tmp_path / "cache"
    for _ in range(2):
        caplog.clear()
        ingest([str(folder)], cache=cache)
        assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == \
            ["Ignoring wrong pointing object 6 0 (offset 0)"]
    assert counted == ["bridge.txt"]  # the second run's line came from the cache


def test_the_ingest_code_digest_covers_what_read_article_runs():
    assert {"ingest", "config.py", "similar.py"} <= set(memo.CODE)
    assert {"trafilatura", "pypdf", "python-docx", "py3langid", "pyyaml"} <= set(memo.LIBRARIES)


def test_warnings_and_skip_reasons_are_given_again_from_the_cache(folder, tmp_path, counted, caplog):
    cache = tmp_path / "cache"
    (folder / "latin.txt").write_bytes("Caf\u00e9 owners protest new rent rules\n\nThe caf\u00e9 owners met on "
                                       "Tuesday.\n".encode("latin-1"))
    (folder / "scan.txt").write_bytes(b"%PDF-1.7 not text at all")
    runs = []
    for _ in range(2):
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="briefgen.ingest"):
            result = ingest([str(folder)], cache=cache)
        runs.append(([(r.levelno, r.getMessage()) for r in caplog.records], _documents(result)))
    assert counted == ["bridge.txt", "latin.txt", "scan.txt"]
    assert runs[0] == runs[1]
    messages = [m for _, m in runs[1][0]]
    assert any("latin.txt: not UTF-8" in m for m in messages), messages
    assert any("scan.txt: skipped: binary file" in m for m in messages), messages
    assert runs[1][1][1][0]["reason"].startswith("binary file")
    assert "Caf\u00e9" in runs[1][1][0][1][1]


def test_an_entry_made_at_a_quieter_log_level_is_not_used_when_debug_lines_are_wanted(folder, tmp_path, counted,
                                                                                      caplog):
    cache = tmp_path / "cache"
    logger = logging.getLogger("briefgen.ingest")
    before = logger.level
    logger.setLevel(logging.WARNING)
    try:
        ingest([str(folder)], cache=cache)
        logger.setLevel(logging.DEBUG)
        ingest([str(folder)], cache=cache)  # the DEBUG lines were never made: read again
        ingest([str(folder)], cache=cache)  # now they are in the entry
    finally:
        logger.setLevel(before)
    assert counted == ["bridge.txt", "bridge.txt"]


def test_a_damaged_entry_is_ignored_with_a_warning(folder, tmp_path, counted, caplog):
    cache = tmp_path / "cache"
    ingest([str(folder)], cache=cache)
    (entry,) = (cache / memo.FOLDER).rglob(f"*{memo.SUFFIX}")
    entry.write_text('{"text": 3, "level"')
    with caplog.at_level(logging.WARNING, logger="briefgen.ingest"):
        again = ingest([str(folder)], cache=cache)
    assert counted == ["bridge.txt", "bridge.txt"]
    assert "unreadable ingest cache entry" in caplog.text
    assert again.documents[0].text.startswith("Harbour bridge")
    entry.write_text('{"text": 3, "meta": {}, "skip": null, "logs": [], "levels": {}}')  # valid JSON, wrong shape
    ingest([str(folder)], cache=cache)
    assert counted == ["bridge.txt"] * 3


def test_entries_are_not_taken_for_article_cache_entries(folder, tmp_path):
    cache = tmp_path / "cache"
    ingest([str(folder)], cache=cache)
    assert not list(cache.rglob("*.json"))
    assert len(list((cache / memo.FOLDER).rglob(f"*{memo.SUFFIX}"))) == 1


def test_old_settings_folders_and_stale_temporaries_are_pruned(folder, tmp_path):
    import os
    import time

    cache = tmp_path / "cache"
    ingest([str(folder)], cache=cache)
    root = cache / memo.FOLDER
    (here,) = root.iterdir()
    old = root / ("0" * len(here.name))
    old.mkdir()
    stale = next(here.iterdir()) / f"{cachedirs.TMP_PREFIX}abcd"
    stale.write_text("{half")
    long_ago = time.time() - 40 * 86400
    os.utime(old, (long_ago, long_ago))
    os.utime(stale, (long_ago, long_ago))
    ingest([str(folder)], cache=cache)
    assert not old.exists() and not stale.exists() and here.exists()


@pytest.mark.slow
def test_a_cached_build_writes_the_same_bytes_as_one_without_the_cache(folder, tmp_path):
    from briefgen.build import run_build
    from briefgen.config import Config

    (folder / "ferry.md").write_text("---\ntitle: Ferry service cut\npublished: 2025-03-02\n---\nThe island ferry "
                                     "will run twice a day instead of four times, the operator said on Sunday.\n",
                                     encoding="utf-8")
    import re

    config = Config(date="2025-03-03")

    def two_runs(out: Path, use_cache: bool):
        (folder / "ferry.md").write_text(ferry, encoding="utf-8")
        run_build([str(folder)], config, out, ["md", "html"], use_cache=use_cache)
        (folder / "ferry.md").write_text(ferry.replace("twice", "three times"), encoding="utf-8")
        return run_build([str(folder)], config, out, ["md", "html"], use_cache=use_cache)

    ferry = (folder / "ferry.md").read_text(encoding="utf-8")
    cached, fresh = tmp_path / "cached", tmp_path / "fresh"
    second = two_runs(cached, True)
    assert second.timings.parsed == 1 and second.timings.cached == 1  # only the changed article parsed again
    two_runs(fresh, False)
    for name in ("facts.json", ".briefgen-extracted.json", "briefing.md", "briefing.html"):
        a, b = ((out / name).read_text(encoding="utf-8") for out in (cached, fresh))
        if name.startswith("briefing"):  # what's new says since when, to the minute
            a, b = (re.sub(r"\b\d\d:\d\d\b", "hh:mm", x) for x in (a, b))
        assert a == b, name
