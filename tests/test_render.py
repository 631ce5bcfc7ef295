"""Rendering facts → Markdown, HTML and PDF with the built-in templates (hand-made facts, no spaCy)."""
from __future__ import annotations

import io
import re

import pytest

from briefgen.config import Config
from briefgen.sections import all_sections

DEFAULT_TITLES = {s.name: s.title for s in all_sections()}
from briefgen.facts import (Article, Casualty, Development, Facts, OpenQuestion, Position, Quote, Skipped,
                            Source)
from briefgen.render import render_all
from briefgen.render.markdown import escape_md

HOSTILE = "Crowd chanted <script>alert(1)</script> and {{ 7*7 }} {% if 1 %}x{% endif %} [click](http://evil.example) **bold**"


def src(article: str, sentence: str, start: int) -> Source:
    return Source(article=article, sentence=sentence, start=start, end=start + len(sentence))


def make_facts(**changes) -> Facts:
    data = dict(
        title="Harbour fire", date="2024-03-02",
        articles=[Article(id="a1", path="a1.txt", title="Fire at the harbour", author="Ann Writer",
                          source="Coast News", published="2024-03-01"),
                  Article(id="a2", path="a2.txt", title="Harbour fire toll rises")],
        developments=[
            Development(id="d1", text="A fire broke out at the harbour warehouse",
                        sources=[src("a1", "A fire broke out at the harbour warehouse on Friday.", 0)], score=3),
            Development(id="d2", text=HOSTILE, sources=[src("a2", HOSTILE + ".", 0)], score=1),
            Development(id="d3", text="# Heading attempt", sources=[src("a2", "# Heading attempt.", 200)], score=0.5),
        ],
        positions=[
            Position(id="p1", text="The port authority rejected claims of negligence", actor="Port Authority",
                     cue="reject", stance="rejects", sources=[src("a1", "The port authority rejected claims.", 60)]),
            Position(id="p2", text="The union demanded an inquiry", actor="Dockers Union", cue="demand",
                     stance="demands", sources=[src("a2", "The union demanded an inquiry.", 90)]),
            Position(id="p3", text="The authority said the site was safe", actor="Port Authority", cue="say",
                     sources=[src("a2", "The authority said the site was safe.", 130)]),
        ],
        quotes=[Quote(id="q1", text="We saw flames everywhere", speaker="Lena Ortiz",
                      sources=[src("a1", "\"We saw flames everywhere,\" said Lena Ortiz.", 100)])],
        casualties=[
            Casualty(id="c1", text="at least 4 people were killed", count=4, qualifier="at_least", kind="killed",
                     sources=[src("a1", "At least 4 people were killed.", 150)], conflicts=["c2"]),
            Casualty(id="c2", text="six people died", count=6, kind="killed",
                     sources=[src("a2", "Six people died.", 170)], conflicts=["c1"]),
            Casualty(id="c3", text="11 were injured", count=11, kind="wounded",
                     sources=[src("a2", "Eleven were injured.", 180)]),
        ],
        skipped=[Skipped(path="notes.docx", reason="unsupported file type")],
    )
    data.update(changes)
    return Facts(**data)


@pytest.fixture(scope="module")
def facts() -> Facts:
    return make_facts()


@pytest.fixture(scope="module")
def config() -> Config:
    return Config(marking="OFFICIAL-SENSITIVE", author="Desk", organisation="Coast Office")


@pytest.fixture(scope="module")
def rendered(facts: Facts, config: Config) -> dict[str, bytes]:
    return render_all(facts, config, ["md", "html", "pdf"])


def pdf_pages(data: bytes) -> list[str]:
    pypdf = pytest.importorskip("pypdf")
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_sections_in_configured_order(rendered):
    md = rendered["md"].decode()
    headings = [line[3:] for line in md.splitlines() if line.startswith("## ")]
    assert headings == [DEFAULT_TITLES[name] for name in
                        ("developments", "positions", "open_questions", "casualties", "quotes", "sources")]


def test_custom_order_titles_and_limit(facts):
    config = Config(sections=[{"name": "quotes", "title": "What they said"}, {"name": "developments", "limit": 1}])
    md = render_all(facts, config, ["md"])["md"].decode()
    headings = [line[3:] for line in md.splitlines() if line.startswith("## ")]
    assert headings == ["What they said", "Key developments", "Sources"]  # Sources is kept: citations lead there
    assert "2 more not shown" in md


def test_every_citation_resolves_to_a_cited_sentence(rendered, facts):
    md = rendered["md"].decode()
    body, sources = md.split("## Sources", 1)
    markers = set(re.findall(r"\[\[(\d+)\]\]\(#src-(\d+)\)", body))
    assert markers and all(a == b for a, b in markers)
    anchors = dict(re.findall(r'<a id="src-(\d+)"></a>\\\[\d+\\\] “(.*)”', sources))
    assert {a for a, _ in markers} == set(anchors)
    assert "A fire broke out at the harbour warehouse on Friday." in anchors.values()
    assert "**Coast News**, “Fire at the harbour”, Ann Writer, March 1, 2024" in sources
    assert "notes.docx: unsupported file type" in sources  # skipped files are listed


def test_each_item_cites_its_own_sentence(rendered):
    md = rendered["md"].decode()
    line = next(l for l in md.splitlines() if "union demanded an inquiry" in l)
    n = re.search(r"#src-(\d+)", line).group(1)
    assert f'<a id="src-{n}"></a>\\[{n}\\] “The union demanded an inquiry.”' in md


def test_empty_section_says_so(rendered):
    assert "No open questions were found in these articles." in rendered["md"].decode()


def test_all_empty_facts_render_every_empty_message():
    md = render_all(Facts(), Config(), ["md"])["md"].decode()
    for phrase in ("No key developments", "No positions", "No open questions", "No casualty figures", "No quotes",
                   "No articles were read"):
        assert phrase in md


def test_positions_grouped_by_actor(rendered):
    md = rendered["md"].decode()
    part = md.split("\n## Positions", 1)[1].split("\n## ", 1)[0]
    assert part.count("### Port Authority") == 1
    authority = part.split("### Port Authority", 1)[1].split("###", 1)[0]
    assert "rejected claims of negligence" in authority and "site was safe" in authority


def test_conflicting_figures_side_by_side_never_averaged(rendered):
    md = rendered["md"].decode()
    row = next(l for l in md.splitlines() if l.startswith("|") and "at least 4 people killed" in l)
    assert "6 people killed" in row  # both figures on one table row
    assert "5 people" not in md
    html = rendered["html"].decode()
    assert re.search(r"<td>at least 4 people killed .*</td>\s*<td>6 people killed", html)


def test_conflict_partner_shown_even_past_the_limit(facts):
    md = render_all(facts, Config(sections=[{"name": "casualties", "limit": 1}]), ["md"])["md"].decode()
    assert "6 people killed" in md


def test_md_and_html_are_deterministic(facts, config, rendered):
    again = render_all(facts, config, ["md", "html"])
    assert again["md"] == rendered["md"] and again["html"] == rendered["html"]


def test_hostile_text_stays_literal(rendered):
    html = rendered["html"].decode()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html
    assert "{% if 1 %}x{% endif %}" in html
    assert "evil.example" in html and 'href="http://evil.example"' not in html
    assert "<strong>bold</strong>" not in html
    assert "<h1>Heading attempt" not in html and "# Heading attempt" in html


def test_escape_md_examples():
    assert escape_md("1. item") == "1\\. item"
    assert escape_md("- dash") == "\\- dash"
    assert escape_md("a\n\n# b") == "a # b"
    assert escape_md("x <b> & y") == "x \\<b\\> & y"
    assert escape_md("&lt;") == "&amp;lt;"  # shown as written, not as "<"


def test_whats_new_block_at_top(facts, config):
    whats_new = {"since": "2024-03-01", "developments": [facts.developments[0]], "positions": [],
                 "casualties": [{"kind": "killed", "old": facts.casualties[0], "new": facts.casualties[1]}],
                 "answered": [OpenQuestion(id="o1", text="Whether the port reopens", cue="unclear",
                                           sources=[src("a0", "It is unclear whether the port reopens.", 5)])]}
    md = render_all(facts, config, ["md"], whats_new=whats_new)["md"].decode()
    assert md.index("## What's new since 2024-03-01") < md.index("## Key developments")
    assert "at least 4 people killed → 6 people killed" in md
    assert "Whether the port reopens" in md and "**a0**" in md  # its source is listed too
    empty = render_all(facts, config, ["md"], whats_new={"since": "yesterday"})["md"].decode()
    assert "Nothing new since yesterday." in empty


def test_rtl_cjk_emoji_do_not_crash(facts, config):
    odd = make_facts(developments=[Development(id="x", text="مرحبا بالعالم 東京で火災 🔥🚒",
                                               sources=[src("a1", "مرحبا 東京 🔥", 0)])])
    out = render_all(odd, config, ["md", "html", "pdf"])
    assert "東京で火災 🔥".encode() in out["md"] and out["pdf"].startswith(b"%PDF")


def test_pdf_has_headings_and_marking_on_every_page(rendered):
    data = rendered["pdf"]
    assert data.startswith(b"%PDF")
    pages = pdf_pages(data)
    text = "\n".join(pages)
    for title in DEFAULT_TITLES.values():
        assert title in text
    assert all("OFFICIAL-SENSITIVE" in page for page in pages)
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_pdf_text_is_deterministic(facts, config, rendered):
    again = render_all(facts, config, ["pdf"])["pdf"]
    assert pdf_pages(again) == pdf_pages(rendered["pdf"])
    assert again == rendered["pdf"]  # no creation date, no random id, fixed font timestamps
    assert b"CreationDate" not in again


def test_long_word_wraps(config):
    word = "x" * 3000
    url = "https://example.org/" + "/".join(["segment"] * 300)
    facts = make_facts(developments=[Development(id="l", text=f"{word} {url}", sources=[src("a1", word, 0)])])
    pages = pdf_pages(render_all(facts, config, ["pdf"])["pdf"])
    assert 1 <= len(pages) <= 6
    pieces = [line.strip() for page in pages for line in page.splitlines() if line.strip() and set(line.strip()) == {"x"}]
    assert len(pieces) > 10 and max(map(len, pieces)) < 300  # broken across many lines, not clipped


def test_figure_line_names_outlets_never_a_headline_beside_them():
    """A figure cited by an article with an outlet and one without names only the outlet: the headline of
    the other beside it read as that outlet's headline (or as one more outlet)."""
    both = [src("a1", "At least 4 people were killed.", 150), src("a2", "Four people were killed.", 190)]
    facts = make_facts(casualties=[Casualty(id="c1", text="at least 4 people were killed", count=4,
                                            qualifier="at_least", kind="killed", sources=both)])
    md = render_all(facts, Config(), ["md"])["md"].decode()
    line = next(l for l in md.splitlines() if l.startswith("- **at least 4 people killed**"))
    assert "reported in Coast News, and 1 more source [" in line and "Harbour fire toll rises" not in line
    alone = make_facts(casualties=[Casualty(id="c1", text="11 were injured", count=11, kind="wounded",
                                            sources=[src("a2", "Eleven were injured.", 180)])])
    md = render_all(alone, Config(), ["md"])["md"].decode()
    line = next(l for l in md.splitlines() if l.startswith("- **11 people wounded**"))
    assert "reported in" not in line and "](#src-" in line


def test_a_total_beside_its_victims_figure_says_it_counts_the_attacker():
    """'3 people killed' beside '2 victims killed' read as a rival total, or as the same figure twice (judged): the
    total says why it is larger, and the victims' figure reads on its line."""
    def fig(id_, count, who, sentence, start):
        return Casualty(id=id_, text=sentence, count=count, kind="killed", who=who, sources=[src("a1", sentence, start)])

    facts = make_facts(casualties=[fig("c1", 3, "people", "Three people died.", 150),
                                   fig("c2", 2, "victims", "She shot her two sons.", 170)])
    md = render_all(facts, Config(), ["md"])["md"].decode()
    line = next(l for l in md.splitlines() if l.startswith("- **3 people killed, including the attacker**"))
    assert "; among them **2 victims killed**" in line  # on the total's line: never a rival total of its own
    assert "- **2 victims killed**" not in md
    alone = make_facts(casualties=[fig("c1", 3, "people", "Three people died.", 150)])
    assert "including the attacker" not in render_all(alone, Config(), ["md"])["md"].decode()
