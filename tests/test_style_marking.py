"""Issue 14, item 2: the marking is in the page structure, not the replaceable stylesheet: top and
bottom of every PDF page, and of the HTML and the Markdown, whatever CSS and page shell the user supplies."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen.cli import main
from briefgen.facts import Development, Facts, Source
from test_style_sources import make_facts

MARKING = "OFFICIAL-SENSITIVE"


def long_facts() -> Facts:
    """Enough developments for a briefing of several pages."""
    facts = make_facts()
    article = facts.articles[0].id
    extra = [Development(id=f"x{i}", text=f"Development number {i} " + "with a long sentence " * 12, score=1,
                         sources=[Source(article=article, sentence=f"Sentence {i}.", start=1000 + i * 20,
                                         end=1010 + i * 20)]) for i in range(60)]
    return facts.model_copy(update={"developments": facts.developments + extra})


def marking_positions(pdf: bytes) -> list[tuple[int, list[float]]]:
    """For each page: the heights (from the bottom, as a share of the page) at which the marking is drawn."""
    out = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, 1):
        height = float(page.mediabox.height)
        found: list[float] = []

        def visit(text, cm, tm, font, size, found=found):
            if MARKING in text:
                found.append((cm[5] + tm[5] * cm[3]) / height if cm[3] else tm[5] / height)

        page.extract_text(visitor_text=visit)
        out.append((number, found))
    return out


@pytest.fixture
def user_templates(tmp_path: Path) -> Path:
    folder = tmp_path / "my-templates"
    folder.mkdir()
    # a stylesheet of the user's own that knows nothing of the marking, and a page shell of their own
    (folder / "style.css.j2").write_text("@page { size: A5; margin: 18mm 12mm; }\nbody { font-family: serif; }\n",
                                         encoding="utf-8")
    (folder / "briefing.html.j2").write_text("<html><head><style>{{ css }}</style></head>\n"
                                             "<body>{{ body }}</body></html>\n", encoding="utf-8")
    (folder / "title.md.j2").write_text("# {{ title }}\n\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_replaced_stylesheet_keeps_marking_on_every_pdf_page(tmp_path, user_templates):
    facts = tmp_path / "facts.json"
    facts.write_text(long_facts().model_dump_json(), encoding="utf-8")
    (tmp_path / "briefgen.yaml").write_text(f"marking: {MARKING}\ntemplates: my-templates\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["render", str(facts), "--out", str(out), "--config", str(tmp_path / "briefgen.yaml"),
                 "--format", "md,html,pdf"]) == 0
    pages = marking_positions((out / "briefing.pdf").read_bytes())
    assert len(pages) >= 3
    for number, heights in pages:
        assert any(h > 0.9 for h in heights), f"page {number}: no marking at the top ({heights})"
        assert any(h < 0.1 for h in heights), f"page {number}: no marking at the bottom ({heights})"
        assert len(heights) == 2, f"page {number}: marking drawn {len(heights)} times"

    md = (out / "briefing.md").read_text(encoding="utf-8").strip().splitlines()
    assert md[0] == md[-1] == f"**{MARKING}**"
    html = (out / "briefing.html").read_text(encoding="utf-8")
    body = html.split("<body>", 1)[1]
    assert body.lstrip().startswith('<div class="briefgen-marking briefgen-marking-top"')
    assert body.rstrip().removesuffix("</html>").rstrip().removesuffix("</body>").rstrip().endswith(
        f"{MARKING}</div>")


def test_markdown_and_html_carry_it_top_and_bottom_with_the_built_ins(tmp_path):
    facts = tmp_path / "facts.json"
    facts.write_text(make_facts().model_dump_json(), encoding="utf-8")
    (tmp_path / "briefgen.yaml").write_text("marking: 'SECRET <b>&'\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["render", str(facts), "--out", str(out), "--config", str(tmp_path / "briefgen.yaml"),
                 "--format", "md,html"]) == 0
    md = (out / "briefing.md").read_text(encoding="utf-8")
    assert md.count("**SECRET \\<b\\>&**") == 2
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert html.count("SECRET &lt;b&gt;&amp;</div>") == 2
    assert "<b>" not in html
    assert html.index("briefgen-marking-top") < html.index("<main>") < html.index("briefgen-marking-bottom")


def test_no_marking_no_blocks(tmp_path):
    facts = tmp_path / "facts.json"
    facts.write_text(make_facts().model_dump_json(), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["render", str(facts), "--out", str(out), "--format", "md,html"]) == 0
    assert "briefgen-marking" not in (out / "briefing.html").read_text(encoding="utf-8")
