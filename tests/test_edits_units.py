"""Edits that stick, piece by piece (no parse): ids carried, what's-new on extracted facts, the overrides file."""
from __future__ import annotations

import logging

import pytest

from briefgen import overrides
from briefgen.errors import ConfigError
from briefgen.facts import Article, Casualty, Development, Facts, Source
from briefgen.merge import carry_ids
from briefgen.whatsnew import diff


def src(article: str, sentence: str) -> list[Source]:
    return [Source(article=article, sentence=sentence, start=0, end=len(sentence))]


def dev(did: str, text: str, *sources: tuple[str, str]) -> Development:
    return Development(id=did, text=text, sources=[s for a, t in sources for s in src(a, t)])


def facts(*, developments=(), casualties=(), positions=(), date="2026-03-01") -> Facts:
    return Facts(date=date, articles=[Article(id=a, path=f"{a}.txt") for a in "abc"],
                 developments=list(developments), casualties=list(casualties), positions=list(positions))


def killed(cid: str, count: int, article: str = "a") -> Casualty:
    sentence = f"{count} people were killed."
    return Casualty(id=cid, text=sentence, count=count, kind="killed", sources=src(article, sentence))


def test_carried_id_follows_the_sentence_when_a_new_article_brings_the_lead_wording():
    old = facts(developments=[dev("dev-old", "The pier closed.", ("a", "The pier closed on Monday."))])
    # a new article reports it first: the merge picks its wording, whose id is new
    new = facts(developments=[dev("dev-new", "Officials closed the pier.", ("c", "Officials closed the pier."),
                                  ("a", "The pier  closed on Monday."))])
    assert [d.id for d in carry_ids(old, new).developments] == ["dev-old"]


def test_whats_new_ignores_suppressions_and_corrections():
    before = facts(developments=[dev("dev-1", "The pier closed.", ("a", "The pier closed."))],
                   casualties=[killed("cas-4", 4)])
    after = facts(developments=[dev("dev-1", "The pier closed.", ("a", "The pier closed.")),
                                dev("dev-2", "The road reopened.", ("b", "The road reopened."))],
                  casualties=[killed("cas-4", 4)])
    edits = overrides.Overrides(suppress=["dev-2"], correct={"cas-4": {"count": 5, "qualifier": "at_least"}})
    edited = overrides.apply(after, edits, "o.yaml")
    changes = diff(before, after, edited=edited, shown_before=before, limits={})
    assert changes["developments"] == [] and changes["casualties"] == []  # nothing the reader is told is news


def test_moved_figure_shown_as_corrected_and_as_last_shown():
    shown_before = facts(casualties=[killed("cas-3", 3).model_copy(update={"count": 30})])
    before = facts(casualties=[killed("cas-3", 3)])
    after = facts(casualties=[killed("cas-6", 6)])
    edited = overrides.apply(after, overrides.Overrides(correct={"cas-6": {"count": 7}}), "o.yaml")
    [moved] = diff(before, after, edited=edited, shown_before=shown_before)["casualties"]
    assert (moved["old"].count, moved["new"].count) == (30, 7)


def test_bounded_furniture_free_and_counted():
    new_items = [dev(f"dev-{n}", f"Event number {n} happened.", ("b", f"Event number {n} happened."))
                 for n in range(7)]
    new_items.insert(1, dev("dev-ad", "Sign up for our newsletter to get the news.", ("b", "Sign up now.")))
    changes = diff(facts(), facts(developments=new_items), limits={"developments": 3})
    assert [d.id for d in changes["developments"]] == ["dev-0", "dev-1", "dev-2"]
    assert changes["developments"][-1].more == 4 and changes["more"]["developments"] == 4
    assert diff(facts(), facts(developments=new_items), since="2026-03-01 14:15")["since"] == "2026-03-01 14:15"


def test_corrections_checked_when_loaded_with_their_line(tmp_path):
    path = tmp_path / "overrides.yaml"
    path.write_text("suppress: []\ncorrect:\n  pos-1234567890:\n    stance: rejects\n  cas-1234567890: {count: -2}\n")
    with pytest.raises(ConfigError) as err:
        overrides.load(path)
    assert str(err.value).startswith(f"{path}:5: correct.cas-1234567890.count: Input should be greater than")
    path.write_text("correct:\n  cas-1234567890: {colour: red}\n")
    with pytest.raises(ConfigError, match=r"overrides\.yaml:2: correct\.cas-1234567890\.colour: unknown field"):
        overrides.load(path)


def test_edit_keeps_comments_backs_up_and_refuses_bad_values(tmp_path):
    path = tmp_path / "overrides.yaml"
    original = "# storm desk edits\nsuppress:\n  - dev-aaaaaaaaaa   # wrong pier\n"
    path.write_text(original)
    overrides.edit(path, "suppress", "quo-bbbbbbbbbb")
    text = path.read_text()
    assert "# storm desk edits" in text and "# wrong pier" in text and "quo-bbbbbbbbbb" in text
    assert (tmp_path / "overrides.yaml.bak").read_text() == original
    overrides.edit(path, "correct", "cas-cccccccccc", {"count": 5})
    assert overrides.load(path).correct == {"cas-cccccccccc": {"count": 5}}
    before = path.read_text()
    for args in (("correct", "cas-cccccccccc", {"count": -1}), ("correct", "cas-cccccccccc", {"colour": "red"}),
                 ("correct", "cas-cccccccccc", None), ("undo", "cas-cccccccccc", None),
                 ("suppress", "not-an-id", None)):
        with pytest.raises(ConfigError):
            overrides.edit(path, *args)
    assert path.read_text() == before
    overrides.edit(path, "restore", "cas-cccccccccc")
    overrides.edit(path, "restore", "dev-aaaaaaaaaa")
    loaded = overrides.load(path)
    assert loaded.suppress == ["quo-bbbbbbbbbb"] and loaded.correct == {}
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary left behind


def test_edit_creates_the_file_and_leaves_a_broken_one_alone(tmp_path):
    path = tmp_path / "overrides.yaml"
    overrides.edit(path, "suppress", "dev-aaaaaaaaaa")
    assert overrides.load(path).suppress == ["dev-aaaaaaaaaa"]
    assert not (tmp_path / "overrides.yaml.bak").exists()
    path.write_text("suppress: [\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        overrides.edit(path, "suppress", "dev-bbbbbbbbbb")
    assert path.read_text() == "suppress: [\n"


def test_stale_ids_are_the_facts_as_extracted(caplog):
    extracted = facts(developments=[dev("dev-1", "The pier closed.", ("a", "The pier closed."))])
    edits = overrides.Overrides(suppress=["dev-1", "dev-gone"])
    assert overrides.stale_ids(extracted, edits) == ["dev-gone"]
    with caplog.at_level(logging.WARNING, logger="briefgen"):
        overrides.apply(extracted, edits, "o.yaml", warn=False)
    assert "match no fact" not in caplog.text


def test_bottom_line_follows_the_edited_developments():
    from briefgen.merge.story import bottom_line

    devs = [dev("dev-1", "Insurers sent assessors.", ("a", "Insurers sent assessors.")),
            dev("dev-2", "The road reopened.", ("b", "The road reopened."))]
    original = facts(developments=devs).model_copy(update={"bottom_line": bottom_line(devs)})
    assert "Insurers" in original.bottom_line
    edited = overrides.apply(original, overrides.Overrides(suppress=["dev-1"],
                                                           correct={"dev-2": {"text": "The coast road reopened."}}),
                             "o.yaml")
    assert edited.bottom_line == "The coast road reopened."
    assert overrides.apply(original, overrides.Overrides(), "o.yaml").bottom_line == original.bottom_line
