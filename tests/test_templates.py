"""The template search path, overrides, errors, the sandbox, the restricted fetcher, and the documented contract."""
from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.errors import UserError
from briefgen.facts import Article, Casualty, Development, Facts, OpenQuestion, Source
from briefgen.render import render_all
from briefgen.render.context import build_context
from briefgen.render.paths import builtin_templates_dir
from briefgen.render.templates import FILTERS, TemplateError, check_templates, init_templates, list_templates

DOC = Path(__file__).resolve().parent.parent / "docs" / "templates.md"


def src(article: str, sentence: str, start: int = 0) -> Source:
    return Source(article=article, sentence=sentence, start=start, end=start + len(sentence))


@pytest.fixture(scope="module")
def facts() -> Facts:
    return Facts(
        title="Bridge collapse", date="2024-06-01",
        articles=[Article(id="n1", path="n1.txt", title="Bridge falls")],
        developments=[Development(id="d1", text="The old bridge collapsed into the river",
                                  sources=[src("n1", "The old bridge collapsed into the river.")], score=2)],
        open_questions=[OpenQuestion(id="o1", text="It is unclear why the bridge failed", cue="unclear",
                                     sources=[src("n1", "It is unclear why the bridge failed.", 50)])],
        casualties=[Casualty(id="c1", text="3 people were hurt", count=3, kind="wounded",
                             sources=[src("n1", "Three people were hurt.", 90)])],
    )


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def md(facts: Facts, folder: Path | None = None, **config) -> str:
    return render_all(facts, Config(templates=folder, **config), ["md"])["md"].decode()


def test_one_partial_changes_one_section(tmp_path, facts):
    write(tmp_path, "sections/casualties.md.j2", "## {{ section.title }}\n\nCUSTOM {{ section.items|length }}\n\n")
    out = md(facts, tmp_path)
    assert "CUSTOM 1" in out
    assert "## Key developments" in out and "The old bridge collapsed" in out  # the rest is built-in


def test_block_override_with_super(tmp_path, facts):
    write(tmp_path, "briefing.md.j2",
          '{% extends "builtin:briefing.md.j2" %}{% block summary %}{{ super() }}EXTRA LINE\n\n{% endblock %}')
    out = md(facts, tmp_path)
    assert "EXTRA LINE" in out and "Based on 1 article." in out  # super() kept the built-in summary
    assert out.index("Based on 1 article") < out.index("EXTRA LINE") < out.index("## Key developments")


def test_builtin_prefix_reaches_builtin_even_when_overridden(tmp_path, facts):
    write(tmp_path, "sections/quotes.md.j2", '{% include "builtin:sections/quotes.md.j2" %}MINE\n\n')
    out = md(facts, tmp_path)
    assert "No quotes were found" in out and "MINE" in out


def test_init_edit_render_and_no_overwrite(tmp_path, facts):
    written = init_templates(tmp_path)
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {"briefing.md.j2", "style.css.j2", "briefing.html.j2", "onepage.md.j2",
            "sections/sources.md.j2"} <= names
    assert init_templates(tmp_path) == []  # identical files: nothing to do, no error
    quotes = tmp_path / "sections" / "quotes.md.j2"
    quotes.write_text("## {{ section.title }}\n\nEDITED\n\n", encoding="utf-8")
    assert "EDITED" in md(facts, tmp_path)
    with pytest.raises(UserError, match="quotes.md.j2"):
        init_templates(tmp_path)
    assert "EDITED" in quotes.read_text()


@pytest.mark.parametrize("text, line, message", [
    ("## {{ section.title }}\n\n{% for x in %}\n", 3, "Expected an expression"),
    ("## {{ section.title }}\n\n{{ no_such_variable }}\n", 3, "undefined"),
    ("## {{ section.title }}\n\n\n{{ section.title|no_such_filter }}\n", 4, "no_such_filter"),
    ("## {{ section.title }}\n\n{{ section.itemz }}\n", 3, "itemz"),
])
def test_errors_name_file_and_line(tmp_path, facts, text, line, message):
    path = write(tmp_path, "sections/developments.md.j2", text)
    with pytest.raises(TemplateError) as err:
        md(facts, tmp_path)
    first = str(err.value)
    assert "\n" not in first
    assert re.match(rf"^.*{re.escape(path.name)}:{line}: ", first), first
    assert message in first


def test_unknown_filter_in_untaken_branch_is_reported(tmp_path, facts):
    write(tmp_path, "sections/quotes.md.j2", "{% if false %}\n{{ 1|nope }}\n{% endif %}\n")
    with pytest.raises(TemplateError, match=r"quotes\.md\.j2:2: .*nope"):
        md(facts, tmp_path)


@pytest.mark.parametrize("expr", [
    "''.__class__.__mro__",
    "section.__class__.__init__.__globals__",
    "config.__dict__",
    "sections.append(1)",
    "range.__self__",
])
def test_sandbox_refuses_tricks(tmp_path, facts, expr):
    write(tmp_path, "sections/quotes.md.j2", f"{{{{ {expr} }}}}\n")
    with pytest.raises(TemplateError, match="quotes.md.j2:1"):
        md(facts, tmp_path)


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"\x00\xff\x00\x00"  # one red pixel
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_fetcher_refuses_files_outside_and_network(tmp_path, facts):
    folder = tmp_path / "tpl"
    (folder).mkdir()
    (folder / "ok.png").write_bytes(tiny_png())
    secret = tmp_path / "secret.png"
    secret.write_bytes(tiny_png())
    write(folder, "briefing.html.j2",
          '{% extends "builtin:briefing.html.j2" %}{% block footer %}'
          '<img src="file:///etc/hostname"><img src="' + secret.as_uri() + '">'
          '<img src="http://example.invalid/x.png"><img src="ok.png">{% endblock %}')
    write(folder, "extra.css.j2", 'body { background: url("file:///etc/passwd"); }\n')
    lines: list[str] = []
    out = render_all(facts, Config(templates=folder), ["pdf"], debug=lines.append)
    assert out["pdf"].startswith(b"%PDF")
    refused = [line for line in lines if line.startswith("refused")]
    for target in ("file:///etc/hostname", secret.as_uri(), "http://example.invalid", "file:///etc/passwd"):
        assert any(target in line for line in refused), (target, refused)
    assert not any("ok.png" in line for line in refused)  # files in the templates folder are served
    assert b"/Image" in out["pdf"]


def test_logo_is_inlined(tmp_path, facts):
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    out = render_all(facts, Config(logo=logo), ["html", "pdf"])
    assert b'src="data:image/png;base64,' in out["html"]
    assert b"/Image" in out["pdf"]


def test_list_templates(tmp_path):
    write(tmp_path, "sections/casualties.md.j2", "x")
    write(tmp_path, "extra.css.j2", "h2 { color: red }")
    listing = dict(list_templates(tmp_path))
    assert listing["sections/casualties.md.j2"] == f"user {tmp_path}"
    assert listing["extra.css.j2"] == f"user {tmp_path}"
    assert listing["briefing.md.j2"] == "built-in"
    assert dict(list_templates(None))["style.css.j2"] == "built-in"


def test_check_templates(tmp_path, facts):
    assert check_templates(None, facts, Config()) == []
    write(tmp_path, "sections/positions.md.j2", "## {{ section.title }}\n{{ oops }}\n")  # not in config sections
    write(tmp_path, "onepage.md.j2", '{% extends "builtin:onepage.md.j2" %}{% block watch %}{% if %}{% endblock %}')
    errors = check_templates(tmp_path, facts, Config(sections=["developments"]))
    assert any(re.search(r"positions\.md\.j2:2: undefined", e) for e in errors), errors
    assert any(re.search(r"onepage\.md\.j2:1: ", e) for e in errors), errors


def test_onepage_layout(facts):
    out = md(facts, layout="onepage")
    for heading in ("## Bottom line", "## Casualty figures", "## What to watch", "## Sources"):
        assert heading in out
    assert "**The old bridge collapsed into the river** [[1]](#src-1)" in out
    assert "It is unclear why the bridge failed" in out and "## Positions" not in out


def test_config_drives_css(facts):
    config = Config(marking="SECRET <x>", page={"size": "Letter", "margin": "11mm", "header": "Desk \"A\"",
                                                "footer": "Footer text", "font_size": "12pt"})
    html = render_all(facts, config, ["html"])["html"].decode()
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "size: Letter;" in style and "margin: 11mm;" in style and "font-size: 12pt" in style
    from briefgen.render.marking import page_css  # the marking's page boxes are briefgen's own stylesheet
    assert '@top-center { content: "SECRET \\3c x\\3e " !important' in page_css(config.marking)
    assert "SECRET &lt;x&gt;</div>" in html and "SECRET <x>" not in html
    assert 'content: "Desk \\22 A\\22 "' in style and '"Footer text"' in style


def test_extra_css_is_added(tmp_path, facts):
    write(tmp_path, "extra.css.j2", "h2 { color: rgb(1, 2, 3); }\n")
    html = render_all(facts, Config(templates=tmp_path), ["html"])["html"].decode()
    assert "h2 { color: rgb(1, 2, 3); }" in html and "@page" in html  # added to, not replacing, the built-in CSS


def test_debug_lists_considered_and_used(tmp_path, facts):
    write(tmp_path, "sections/quotes.md.j2", "Q\n")
    lines: list[str] = []
    render_all(facts, Config(templates=tmp_path), ["md"], debug=lines.append)
    quotes = next(line for line in lines if line.startswith("sections/quotes.md.j2"))
    assert f"using {tmp_path / 'sections' / 'quotes.md.j2'}" in quotes
    dev = next(line for line in lines if line.startswith("sections/developments.md.j2"))
    assert str(tmp_path / "sections" / "developments.md.j2") in dev
    assert f"using {builtin_templates_dir() / 'sections' / 'developments.md.j2'}" in dev


def documented(heading: str) -> set[str]:
    """First-column names in the table under a '## heading' of docs/templates.md."""
    text = DOC.read_text(encoding="utf-8")
    part = text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    part = part.split("\n### ", 1)[0]
    return set(re.findall(r"^\| `([a-z_]+)` \|", part, flags=re.M))


def test_context_matches_documentation(facts):
    assert set(build_context(facts, Config())) == documented("Variables")


def test_filters_match_documentation():
    assert set(FILTERS) == documented("Filters")


def test_missing_templates_folder_is_an_error(tmp_path, facts):
    with pytest.raises(TemplateError, match="templates folder not found"):
        md(facts, tmp_path / "nope")
    with pytest.raises(TemplateError):
        list_templates(tmp_path / "nope")
