"""Analyst edits: suppress, correct, add; applied on every run, by ids that survive re-runs."""
from __future__ import annotations

import json
import logging

import pytest

from briefgen.errors import ConfigError
from briefgen.facts import Casualty, Facts, Position, Source
from briefgen.overrides import apply, load

from test_schedule import FERRY, RELIEF, STORM


def src(sentence: str, article: str = "a") -> list[Source]:
    return [Source(article=article, sentence=sentence, start=0, end=len(sentence))]


@pytest.fixture
def sample() -> Facts:
    return Facts(
        date="2026-03-01",
        casualties=[Casualty(id="cas-1", text="Three people were killed", count=3, kind="killed",
                             sources=src("Three people were killed."), conflicts=["cas-2"]),
                    Casualty(id="cas-2", text="four people were killed", count=4, kind="killed",
                             sources=src("Police said four people were killed.", "b"), conflicts=["cas-1"])],
        positions=[Position(id="pos-1", text="Holt said the town would rebuild", actor="Jane Holt", cue="say",
                            sources=src("Holt said the town would rebuild."))])


def overrides_file(tmp_path, text: str):
    path = tmp_path / "overrides.yaml"
    path.write_text(text)
    return path


def test_suppress_correct_add(tmp_path, sample):
    path = overrides_file(tmp_path, """
suppress: [cas-2]
correct:
  cas-1: {count: 12, qualifier: at_least}
add:
  positions:
    - text: Grey promised more troops
      actor: Paul Grey
      cue: promise
      sources: [{article: phone-call, sentence: "Grey promised more troops.", start: 0, end: 26}]
""")
    out = apply(sample, load(path), path)
    assert [(c.id, c.count, c.qualifier) for c in out.casualties] == [("cas-1", 12, "at_least")]
    assert out.casualties[0].conflicts == []  # the suppressed figure no longer disagrees
    added = out.positions[-1]
    assert added.actor == "Paul Grey" and added.id.startswith("pos-")
    assert apply(sample, load(path), path).positions[-1].id == added.id  # the same id every run
    assert sample.casualties[0].count == 3  # the facts given are not modified


def test_stale_ids_warn(tmp_path, sample, caplog):
    path = overrides_file(tmp_path, "suppress: [pos-gone]\ncorrect: {cas-old: {count: 1}}\n")
    with caplog.at_level(logging.WARNING, logger="briefgen"):
        out = apply(sample, load(path), path)
    assert out == sample
    assert "pos-gone" in caplog.text and "cas-old" in caplog.text


@pytest.mark.parametrize("text,expected", [
    ("supress: [x]\n", "overrides.yaml:1: key 'supress': unknown key"),
    ("correct: {cas-1: {count: many}}\n", "correct.cas-1.count"),
    ("correct: {cas-1: {colour: red}}\n", "correct.cas-1.colour: unknown field"),
    ("correct: {cas-1: {id: cas-9}}\n", "cannot be corrected"),
    ("add: {casualties: [{text: x, count: 1, kind: killed, sources: []}]}\n", "needs its sources"),
])
def test_errors_name_the_key(tmp_path, sample, text, expected):
    path = overrides_file(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        apply(sample, load(path), path)
    assert expected in str(err.value)


def test_override_survives_reruns_through_the_cli(tmp_path, cli):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "storm.txt").write_text(STORM.format(count="Three"))
    (inputs / "relief.txt").write_text(RELIEF)
    config = tmp_path / "briefgen.yaml"
    config.write_text("inputs: [in]\noutput: {dir: out}\nformats: [md]\noverrides: overrides.yaml\n")
    (tmp_path / "overrides.yaml").write_text("{}\n")
    first = cli("build", "--config", str(config))
    assert first.returncode == 0, first.stderr
    facts = json.loads((tmp_path / "out" / "facts.json").read_text())
    [figure] = [c for c in facts["casualties"] if c["count"] == 3]
    [quote] = facts["quotes"]
    (tmp_path / "overrides.yaml").write_text(
        f"suppress: [{quote['id']}]\ncorrect:\n  {figure['id']}: {{count: 4, qualifier: at_least}}\n")

    # A new article and an edited one around it: the analyst's edits still apply, by the same ids.
    (inputs / "ferry.txt").write_text(FERRY)
    (inputs / "relief.txt").write_text(RELIEF.replace("Wednesday", "Thursday"))
    second = cli("build", "--config", str(config))
    assert second.returncode == 0, second.stderr
    assert "match no fact" not in second.stderr
    md = (tmp_path / "out" / "briefing.md").read_text()
    assert "at least 4 people killed" in md and "3 people killed" not in md.split("## Casualty")[-1]
    # the quote is gone from the Quotes section (a position may still cite the same sentence: another fact)
    assert quote["text"] not in md.split("## Quotes")[-1].split("## Sources")[0]
    after = json.loads((tmp_path / "out" / "facts.json").read_text())
    assert figure["id"] in {c["id"] for c in after["casualties"]}
    assert quote["id"] not in {q["id"] for q in after["quotes"]}
