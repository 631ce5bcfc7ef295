"""Issue 14, item 1: sources as a reader cites them (outlet, headline, author, date, link), citations
numbered in order of first appearance, disagreement tables headed by outlet, the one-page layout's notes."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefgen.cli import main
from briefgen.facts import Article, Casualty, Development, Facts, Position, Source


def src(article: str, sentence: str, start: int) -> Source:
    return Source(article=article, sentence=sentence, start=start, end=start + len(sentence))


def make_facts() -> Facts:
    return Facts(
        title="Harbour fire", date="2024-03-02",
        articles=[
            Article(id="0006_00501dcb4f408350038a0f2c375e1d62", path="a.txt", title="Fire at the harbour",
                    author="Ann Writer", source="Coast News", published="2024-03-01T09:30:00",
                    url="https://coast.example/fire_at_the_harbour?id=1&x=(2)"),
            Article(id="b2", path="b.txt", title="Harbour toll rises", source="Daily Port",
                    url="javascript:alert(1)"),
            Article(id="c3", path="c.txt"),
        ],
        developments=[
            Development(id="d1", text="A fire broke out", score=3,
                        sources=[src("0006_00501dcb4f408350038a0f2c375e1d62", "A fire broke out.", 0)]),
            Development(id="d2", text="Crews were called", score=2,
                        sources=[src("c3", "Crews were called.", 0), src("b2", "Crews came.", 5)]),
        ],
        positions=[  # cites b2's sentence, numbered earlier, after a new one: markers must come out sorted
            Position(id="p1", text="The union demanded an inquiry", actor="Union", cue="demand", stance="demands",
                     sources=[src("c3", "The union demanded an inquiry.", 40), src("b2", "Crews came.", 5)]),
        ],
        casualties=[
            Casualty(id="k1", text="at least 4 killed", count=4, qualifier="at_least", kind="killed",
                     sources=[src("0006_00501dcb4f408350038a0f2c375e1d62", "At least 4 were killed.", 60)],
                     conflicts=["k2"]),
            Casualty(id="k2", text="six died", count=6, kind="killed",
                     sources=[src("b2", "Six died.", 70)], conflicts=["k1"]),
        ],
    )


@pytest.fixture
def facts_file(tmp_path: Path) -> Path:
    path = tmp_path / "facts.json"
    path.write_text(make_facts().model_dump_json(), encoding="utf-8")
    return path


def render(facts_file: Path, tmp_path: Path, *extra: str, config: str = "") -> dict[str, str]:
    out = tmp_path / "out"
    args = ["render", str(facts_file), "--out", str(out), "--format", "md,html"]
    if config:
        (tmp_path / "briefgen.yaml").write_text(config, encoding="utf-8")
        args += ["--config", str(tmp_path / "briefgen.yaml")]
    assert main(args + list(extra)) == 0
    return {fmt: (out / f"briefing.{fmt}").read_text(encoding="utf-8") for fmt in ("md", "html")}


def test_sources_name_outlet_headline_author_date_and_link(facts_file, tmp_path):
    out = render(facts_file, tmp_path)
    md, html = out["md"], out["html"]
    sources = md.split("## Sources", 1)[1]
    assert ("**Coast News**, “Fire at the harbour”, Ann Writer, March 1, 2024, "
            "<https://coast.example/fire_at_the_harbour?id=1&x=(2)>") in sources
    assert '<a href="https://coast.example/fire_at_the_harbour?id=1&amp;x=(2)">' in html
    assert "**Daily Port**, “Harbour toll rises”" in sources
    assert "javascript:" not in html.split("<body", 1)[1].replace("javascript:alert(1)", "")  # never a link
    assert 'href="javascript' not in html
    assert "**c3**" in sources  # nothing better than the id
    assert "0006_00501dcb4f408350038a0f2c375e1d62" not in md  # an outlet exists: no file name anywhere


def test_citations_are_numbered_in_order_of_first_appearance(facts_file, tmp_path):
    md = render(facts_file, tmp_path)["md"]
    body = md.split("## Sources", 1)[0]
    seen: list[int] = []
    for n in map(int, re.findall(r"\[\[(\d+)\]\]\(#src-\d+\)", body)):
        if n not in seen:
            seen.append(n)
    assert seen == list(range(1, len(seen) + 1))
    for line in body.splitlines():  # within one item the markers ascend
        numbers = [int(n) for n in re.findall(r"\[\[(\d+)\]\]", line)]
        assert numbers == sorted(numbers), line
    position = next(line for line in body.splitlines() if "union demanded" in line)
    assert re.search(r"\[\[3\]\]\(#src-3\)\[\[4\]\]\(#src-4\)|\[\[\d\]\].*\[\[\d\]\]", position)
    # Sources list the articles in the order of their first citation
    sources = md.split("## Sources", 1)[1]
    assert sources.index("Coast News") < sources.index("**c3**") < sources.index("Daily Port")


def test_disagreement_tables_are_headed_by_outlet(facts_file, tmp_path):
    md = render(facts_file, tmp_path)["md"]
    table = md.split("Sources disagree", 1)[1].split("\n\n", 2)[1]
    header = table.splitlines()[0]
    assert "Coast News" in header and "Daily Port" in header
    assert "0006_" not in header


def test_onepage_keeps_every_cited_sentence_as_a_note(facts_file, tmp_path):
    md = render(facts_file, tmp_path, config="layout: onepage\n")["md"]
    body, notes = md.split("## Sources", 1)
    cited = set(re.findall(r"\(#src-(\d+)\)", body))
    assert cited
    for n in cited:
        note = re.search(rf'^{n}\. <a id="src-{n}"></a>“(.+?)” — \*\*(.+?)\*\*', notes, re.M)
        assert note, f"note {n} missing"
    assert "“A fire broke out.” — **Coast News**" in notes
