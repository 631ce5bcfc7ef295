"""`paused_gc` (briefgen/pipeline.py): bulk reading and merging run without cyclic collections (each walks
every live object, the spaCy pipeline included), and the collector is left as it was found."""
from __future__ import annotations

import gc

import pytest

import briefgen.pipeline as pipeline
from briefgen.pipeline import paused_gc


def test_it_pauses_nests_and_restores():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # it was off before: left off
    finally:
        gc.enable()


def test_it_restores_after_an_error():
    with pytest.raises(ValueError):
        with paused_gc():
            raise ValueError("boom")
    assert gc.isenabled()


def test_the_merge_and_the_cache_reads_run_with_it(monkeypatch, tmp_path):
    from briefgen.config import Config
    from briefgen.facts import Article
    from briefgen.ingest import Document, Ingested

    seen = {}

    def merge(results, skipped, title=None, date=None, **_):
        seen["merge"] = gc.isenabled()
        raise RuntimeError("stop here")

    class Cache:
        def get(self, article):
            seen["cache"] = gc.isenabled()
            return object()  # a hit: nothing is parsed

    monkeypatch.setattr(pipeline, "merge", merge)
    doc = Document(article=Article(id="a", path="a.txt", sha256="0" * 64), text="Text.")
    with pytest.raises(RuntimeError):
        pipeline.facts_from(Ingested(documents=[doc]), Config(date="2025-01-01"), Cache())
    assert seen == {"merge": False, "cache": False}
    assert gc.isenabled()


def test_reading_earlier_facts_runs_with_it(monkeypatch, tmp_path):
    import briefgen.build as build

    seen = []
    monkeypatch.setattr(build.facts_io, "load", lambda path: seen.append(gc.isenabled()))
    (tmp_path / "facts.json").write_text("{}")
    build._load_facts(tmp_path / "facts.json")
    assert seen == [False] and gc.isenabled()
