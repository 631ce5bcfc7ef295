"""Rules that once could be switched off with no test failing: each now has a test that fails without it."""
from __future__ import annotations

import logging

import pytest

from briefgen.items import Article, Source
from briefgen.sections.positions.model import Position

from conftest import SEEDS


def test_a_wound_in_the_leg_is_no_scope(context):
    from briefgen.sections.casualties import extract as casualties

    items = casualties.extract(context("A man was shot in the leg in Baltimore on Sunday."))
    assert [(i.count, i.kind) for i in items] == [(1, "wounded")]
    assert "leg" not in (items[0].scope or "")
    items = casualties.extract(context("Three people were wounded in the chest during the attack in Kyiv."))
    assert items[0].scope == "during the attack in Kyiv"


def _position(article: str, sentence: str, text: str) -> Position:
    return Position(text=text, sources=[Source(article=article, sentence=sentence, start=0, end=len(sentence))],
                    actor="Volodymyr Zelenskyy", cue="reject", stance="rejects")


def test_paraphrased_reports_in_two_articles_become_one_position():
    from briefgen.merge.fold import fold_reports

    a = _position("a1", "Zelenskyy rejected any plan to give up the Donbas region to Russia on Monday.",
                  "any plan to give up the Donbas region")
    b = _position("a2", "On Monday Zelenskyy again rejected plans to give the Donbas region up to Russia.",
                  "plans to give the Donbas region up")
    merged = fold_reports([a, b], key_of=lambda p: (p.actor, p.stance))
    assert len(merged) == 1 and {s.article for s in merged[0].sources} == {"a1", "a2"}
    same_article = fold_reports([a, a.model_copy(update={"text": "x"})], key_of=lambda p: (p.actor, p.stance))
    assert len(same_article) == 2  # one article never reports the same statement twice


def test_a_cache_entry_is_rebound_to_the_article_that_holds_the_same_text(tmp_path):
    from briefgen.cache import Cache
    from briefgen.extract.article import ArticleFacts

    first = Article(id="first", path="a/first.txt", sha256="ab" * 32)
    second = Article(id="second", path="b/second.txt", sha256="ab" * 32)
    result = ArticleFacts(article=first, positions=[_position("first", "S.", "t")])
    store = Cache(tmp_path, "settings")
    store.put(result)
    got = store.get(second)
    assert got is not None and got.article.id == "second"
    assert [s.article for p in got.positions for s in p.sources] == ["second"]


def test_a_fact_with_many_sources_says_how_many_are_not_shown():
    from briefgen.render.context import MAX_CITED, Citations, rec

    sources = [{"article": f"a{i}", "sentence": f"S{i}.", "start": 0, "end": 3} for i in range(MAX_CITED + 2)]
    item = rec({"text": "x", "sources": sources})
    Citations().attach(item)
    assert len(item.cites) == MAX_CITED
    assert str(item.cite).endswith(" (and 2 more sources)")
    same = rec({"text": "x", "sources": [dict(s, article="a0") for s in sources]})
    Citations().attach(same)  # more sentences of one article cited already: no more sources
    assert "more source" not in str(same.cite)
    from briefgen.render.context import Words

    french = rec({"text": "x", "sources": sources[:MAX_CITED + 1]})
    Citations().attach(french, words=Words("fr"))
    assert str(french.cite).endswith(" (et 1 autre source)")


def test_default_aliases_can_be_switched_off():
    from briefgen.config import Config

    assert Config().all_aliases().get("White House") == "United States"
    assert "White House" not in Config(default_aliases=False).all_aliases()
    assert Config(default_aliases=False, aliases={"POTUS": "Donald Trump"}).all_aliases() == {"POTUS": "Donald Trump"}


def test_a_format_left_out_this_run_is_named_as_stale(tmp_path, caplog):
    from briefgen.build import _warn_stale_formats

    (tmp_path / "briefing.pdf").write_bytes(b"%PDF old")
    with caplog.at_level(logging.WARNING, logger="briefgen.build"):
        _warn_stale_formats(tmp_path, "briefing", ["md", "html"], False, {})
    assert any("briefing.pdf holds an earlier briefing" in r.getMessage() for r in caplog.records)


@pytest.mark.slow
def test_two_processes_extract_what_one_does(monkeypatch):
    from briefgen import facts as facts_io, pipeline
    from briefgen.config import Config
    from briefgen.pipeline import build_facts

    monkeypatch.setattr(pipeline, "BATCH", 1)  # one article a batch, so two articles go to the pool
    one = build_facts([str(SEEDS)], Config(date="2025-08-20", jobs=1))
    two = build_facts([str(SEEDS)], Config(date="2025-08-20", jobs=2))
    assert facts_io.dumps(one) == facts_io.dumps(two)
