"""Issue 18, templates, rendering and facts files: defects 9, 10, 11, 12, 14 (YAML facts), 17, 20, 21, 26,
29, 30 (facts and overrides), 32. Each test failed on the code before its fix.

Most go through the real command in-process (`briefgen.cli.main`): a facts file rendered with `render`
needs no spaCy, so they are fast. A user mistake must give exactly one `briefgen: error:` line naming
the file (and line), the documented exit status, no traceback, and must leave the last output as it was.
"""
from __future__ import annotations

import json
import os
import re
import struct
import time
import zlib
from pathlib import Path

import pytest

from briefgen import facts as facts_io
from briefgen.cli import main
from briefgen.config import Config, Page
from briefgen.errors import ConfigError, UserError
from briefgen.facts import Article, Casualty, Development, Facts, FactsError, Source
from briefgen.render import render_all
from briefgen.render import templates as tpl
from briefgen.render.limits import MAX_TABLE_COLUMNS, MAX_WORD_CHARS
from briefgen.render.pdf import break_long_words
from briefgen.render.templates import TemplateError

from conftest import run_cli

SENTENCE = "The old bridge collapsed into the river on Monday."


def facts_dict(**extra) -> dict:
    data = {
        "schema_version": 1, "title": "Bridge", "date": "2024-06-01",
        "articles": [{"id": "n1", "path": "n1.txt", "title": "Bridge falls"}],
        "developments": [{"id": "dev-1", "text": "The old bridge collapsed",
                          "sources": [{"article": "n1", "sentence": SENTENCE, "start": 0, "end": len(SENTENCE)}],
                          "score": 1.5}],
        "casualties": [{"id": "cas-1", "text": "3 people were hurt", "count": 3, "kind": "wounded",
                        "sources": [{"article": "n1", "sentence": "Three people were hurt.", "start": 60,
                                     "end": 83}]}],
    }
    data.update(extra)
    return data


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_error(err: str, *parts: str) -> str:
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("briefgen: error:")]
    assert len(lines) == 1, err
    for part in parts:
        assert part in lines[0], (part, lines[0])
    return lines[0]


@pytest.fixture
def good(tmp_path, capsys):
    """A facts file and the briefing rendered from it into out/: the output a failed run must keep."""
    path = write(tmp_path / "good.json", json.dumps(facts_dict()))
    out = tmp_path / "out"
    code, _, err = run(capsys, "render", str(path), "--out", str(out), "--format", "md,html", "-q")
    assert code == 0, err
    return path, out, {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def unchanged(out: Path, before: dict) -> bool:
    return all((out / name).read_bytes() == data for name, data in before.items())


def render_md(facts: Facts, folder: Path | None = None, **config) -> str:
    return render_all(facts, Config(templates=folder, **config), ["md"])["md"].decode()


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00")) + chunk(b"IEND", b""))


# ---- 9: NaN and Infinity ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, text", [
    ("nan.json", '{"schema_version": 1,\n "developments": [{"text": "x", "sources": [], "score": NaN}]}'),
    ("inf.json", '{"schema_version": 1,\n "developments": [{"text": "x", "sources": [], "score": -Infinity}]}'),
    ("big.json", '{"schema_version": 1,\n "developments": [{"text": "x", "sources": [], "score": 1e999}]}'),
    ("nan.yaml", "schema_version: 1\ndevelopments:\n- text: x\n  sources: []\n  score: .nan\n"),
])
def test_9_nan_or_infinity_in_facts_file_refused(tmp_path, capsys, good, name, text):
    _, out, before = good
    path = write(tmp_path / name, text)
    code, _, err = run(capsys, "render", str(path), "--out", str(out), "--format", "md,html")
    assert code == 2
    line = one_error(err, str(path), "key 'developments.0.score'", "finite number")
    assert f"{path}:" in line
    assert unchanged(out, before)


def test_9_every_facts_file_briefgen_writes_reads_back(good, tmp_path):
    path, out, _ = good
    assert not (out / "facts.json").exists()  # render writes the briefing only, never a facts file
    written = tmp_path / "written.json"
    written.write_text(facts_io.dumps(facts_io.load(path)), encoding="utf-8")
    assert facts_io.dumps(facts_io.load(written)) == written.read_text(encoding="utf-8")


# ---- 10: template symlinks -------------------------------------------------------------------------

def test_10_template_symlink_out_of_folder_refused(tmp_path, capsys, good):
    path, out, before = good
    secret = write(tmp_path / "private" / "secret.txt", "TOP-SECRET-LINE\n")
    pack = tmp_path / "pack"
    pack.mkdir()
    os.symlink(secret, pack / "leak.md.j2")
    write(pack / "summary.md.j2", '{% include "leak.md.j2" %}\n')
    code, _, err = run(capsys, "render", str(path), "--templates", str(pack), "--out", str(out))
    assert code == 1
    one_error(err, "leak.md.j2", "symbolic link", "outside the templates folder")
    assert "TOP-SECRET" not in err
    assert unchanged(out, before)
    assert not any(b"TOP-SECRET" in p.read_bytes() for p in out.iterdir() if p.is_file())


def test_10_template_replaced_by_symlink_to_etc_passwd_refused(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    os.symlink("/etc/passwd", pack / "summary.md.j2")
    with pytest.raises(TemplateError, match="symbolic link to /etc/passwd"):
        render_md(Facts.model_validate(facts_dict()), pack)


def test_10_symlink_inside_the_folder_still_works(tmp_path):
    pack = tmp_path / "pack"
    write(pack / "parts" / "mine.md.j2", "MY SUMMARY\n\n")
    os.symlink(pack / "parts" / "mine.md.j2", pack / "summary.md.j2")
    assert "MY SUMMARY" in render_md(Facts.model_validate(facts_dict()), pack)


# ---- 11: the logo ----------------------------------------------------------------------------------

@pytest.mark.parametrize("logo", ["/etc/passwd", "notes.png"])
def test_11_logo_must_be_an_image(tmp_path, capsys, good, logo):
    path, out, before = good
    write(tmp_path / "notes.png", "root:x:0:0:root:/root:/bin/bash\n")  # an image's name, not an image's bytes
    config = write(tmp_path / "briefgen.yaml", f"logo: {logo}\n")
    code, _, err = run(capsys, "render", str(path), "--config", str(config), "--out", str(out))
    assert code == 1
    one_error(err, "logo", "not a PNG, JPEG, GIF, WebP or SVG image")
    assert unchanged(out, before)
    assert not any(b"root:x:0" in p.read_bytes() for p in out.iterdir() if p.is_file())


def test_11_logo_is_embedded_and_its_folder_is_no_fetch_root(tmp_path, monkeypatch):
    logo = write(tmp_path / "brand" / "logo.png", tiny_png())
    write(tmp_path / "brand" / "private.png", tiny_png())
    seen = {}

    def fake_write_pdf(html, base_dir, roots, warn=None, css=""):
        seen["roots"] = [Path(r).resolve() for r in roots]
        return b"%PDF"

    monkeypatch.setattr("briefgen.render.pdf.write_pdf", fake_write_pdf)
    out = render_all(Facts.model_validate(facts_dict()), Config(logo=logo), ["html", "pdf"])
    assert b'src="data:image/png;base64,' in out["html"]
    assert logo.parent.resolve() not in seen["roots"]


def test_11_logo_that_is_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        render_all(Facts.model_validate(facts_dict()), Config(logo=fifo), ["html"])


# ---- 12: page.* into CSS ---------------------------------------------------------------------------

def test_12_page_font_cannot_put_a_script_in_the_html(tmp_path, capsys, good):
    path, out, before = good
    config = write(tmp_path / "briefgen.yaml",
                   'title: T\npage:\n  font: "serif; } </style><script>alert(1)</script><style> body {"\n')
    code, _, err = run(capsys, "render", str(path), "--config", str(config), "--out", str(out))
    assert code == 2
    one_error(err, f"{config}:3:", "key 'page.font'", "not a plain CSS value")
    assert unchanged(out, before)
    assert b"<script>" not in (out / "briefing.html").read_bytes()


@pytest.mark.parametrize("key, value", [("size", "A4; } body { display: none"), ("margin", "url(http://x.invalid/)"),
                                        ("font_size", "10pt\\3c /style\\3e")])
def test_12_every_page_value_checked_even_when_config_is_copied(key, value):
    bad = Config().model_copy(update={"page": Page().model_copy(update={key: value})})  # skips validation
    with pytest.raises(ConfigError, match=f"page.{key}"):
        render_all(Facts.model_validate(facts_dict()), bad, ["html"])


def test_12_plain_page_values_still_work():
    page = Page(size="A4 landscape", margin="15mm 10mm", font="'Noto Sans', Arial, sans-serif",
                font_size="10.5pt")
    html = render_all(Facts.model_validate(facts_dict()), Config(page=page), ["html"])["html"].decode()
    assert "size: A4 landscape;" in html and "font-family: 'Noto Sans', Arial, sans-serif;" in html


def test_12_stylesheet_text_cannot_close_the_style_element(tmp_path):
    write(tmp_path / "extra.css.j2", "/* </style><script>alert(1)</script> */\n")
    html = render_all(Facts.model_validate(facts_dict()), Config(templates=tmp_path), ["html"])["html"].decode()
    assert html.count("</style>") == 1  # the comment's text stays inside the one <style> element
    assert html.index("<script>") < html.index("</style>") and "<\\/style>" in html


# ---- 14 (facts-file part): impossible dates in YAML ------------------------------------------------

@pytest.mark.parametrize("value, line", [("2025-02-30", 6), ("2025-01-01 25:61:00", 6), ("2025-13-45", 6),
                                         ("2025-02-29T10:00:00Z", 6)])
def test_14_impossible_date_in_yaml_facts_names_file_and_line(tmp_path, capsys, good, value, line):
    _, out, before = good
    path = write(tmp_path / "facts.yaml", "schema_version: 1\ntitle: T\narticles:\n- id: a\n  path: a.txt\n"
                                          f"  published: {value}\n")
    code, _, err = run(capsys, "render", str(path), "--out", str(out))
    assert code == 2
    one_error(err, f"{path}:{line}:", "not a valid date or time", value)
    assert unchanged(out, before)


def test_14_real_unquoted_dates_in_yaml_are_kept_as_text(tmp_path):
    path = write(tmp_path / "facts.yaml", "date: 2025-08-20\narticles:\n- id: a\n  path: a.txt\n"
                                          "  published: 2025-08-19 10:00:00\n")
    facts = facts_io.load(path)
    assert facts.date == "2025-08-20" and facts.articles[0].published == "2025-08-19 10:00:00"


# ---- 17: one very long word ------------------------------------------------------------------------

def test_17_long_runs_get_break_opportunities_only_in_body_text():
    word = "y" * 1000
    html = (f'<html><head><style>a {{ background: url(data:image/png;base64,{"A" * 500}) }}</style></head>'
            f'<body><a href="#{"z" * 300}">{word}</a> &amp;{"q" * 100}</body></html>')
    broken = break_long_words(html)
    assert broken.replace("\u200b", "") == html
    assert "A" * 500 in broken and f'href="#{"z" * 300}"' in broken  # style and attributes untouched
    text = re.sub(r"<[^>]*>", " ", broken.split("<body>")[1])
    assert max(len(run) for run in re.findall(r"[^\s\u200b&]+", text)) <= MAX_WORD_CHARS
    assert "&amp;" in broken


@pytest.mark.slow
def test_17_forty_thousand_character_word_pdf_is_quick():
    word = "x" * 40_000  # took 44 s before (quadratic); 80,000 took 224 s
    facts = Facts(articles=[Article(id="a1", path="a1.txt")],
                  developments=[Development(id="d", text=f"Start {word} end",
                                            sources=[Source(article="a1", sentence=word, start=0, end=len(word))])])
    started = time.perf_counter()
    pdf = render_all(facts, Config(), ["pdf"])["pdf"]
    assert pdf.startswith(b"%PDF")
    assert time.perf_counter() - started < 25


# ---- 20: deep nesting ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, text", [
    ("deep.json", '{"title": "T",\n "skipped": ' + "[" * 5000 + "]" * 5000 + "}"),
    ("deep.yaml", "title: T\nskipped: " + "[" * 5000 + "]" * 5000 + "\n"),
    ("deep2.yaml", "title: T\nx:\n" + "".join(" " * i + "k:\n" for i in range(1, 3000))),
    ("cycle.yaml", "title: T\nskipped: &a [*a]\n"),
])
def test_20_deeply_nested_facts_refused_in_one_line(tmp_path, capsys, good, name, text):
    _, out, before = good
    path = write(tmp_path / name, text)
    code, _, err = run(capsys, "render", str(path), "--out", str(out))
    assert code == 2
    one_error(err, str(path), "nested more than", "levels deep")
    assert "RecursionError" not in err
    assert unchanged(out, before)


def test_20_yaml_alias_bomb_refused_quickly(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    path = write(tmp_path / "bomb.yaml", "\n".join(lines) + "\n")
    started = time.perf_counter()
    with pytest.raises(FactsError, match="YAML alias"):
        facts_io.load(path)
    assert time.perf_counter() - started < 30


def test_20_unpaired_surrogate_and_huge_number_refused(tmp_path):
    with pytest.raises(FactsError, match="key 'title'.*surrogate"):
        facts_io.load(write(tmp_path / "s.json", '{"title": "\\ud800"}'))
    with pytest.raises(FactsError, match="not valid JSON"):
        facts_io.load(write(tmp_path / "n.json", '{"title": ' + "9" * 5000 + "}"))


@pytest.mark.slow
def test_20_deep_facts_json_in_the_output_folder_does_not_stop_the_next_build(tmp_path):
    articles = write(tmp_path / "in" / "a.txt", "Talks resume\n\nThe minister said on Tuesday that talks would "
                                                "resume next week.\n")
    out = tmp_path / "out"
    write(out / "facts.json", '{"title": ' + "[" * 100_000 + "]" * 100_000 + "}")
    result = run_cli("build", str(articles.parent), "--out", str(out), "--format", "md")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr
    assert "nested more than" in result.stderr  # the warning names why the old facts were not used
    assert (out / "briefing.md").is_file()
    facts_io.load(out / "facts.json")


# ---- 21: template time limit -----------------------------------------------------------------------

def test_21_nested_ranges_stop_with_one_line(tmp_path, capsys, good):
    path, out, before = good
    pack = tmp_path / "pack"
    write(pack / "summary.md.j2", "x\n{% for i in range(100000) %}{% for j in range(100000) %}"
                                  "{% endfor %}{% endfor %}\n")
    started = time.perf_counter()
    code, _, err = run(capsys, "render", str(path), "--templates", str(pack), "--out", str(out))
    assert time.perf_counter() - started < 60
    assert code == 1
    one_error(err, "summary.md.j2:2:", "loop turns and calls")
    assert unchanged(out, before)


def test_21_time_limit_stops_a_template_without_loops(tmp_path, monkeypatch):
    monkeypatch.setattr(tpl, "TEMPLATE_TIME_LIMIT", 0.5)
    write(tmp_path / "summary.md.j2", "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
                                      "{% endmacro %}\n{{ f(40) }}\n")
    started = time.perf_counter()
    with pytest.raises(TemplateError, match=r"summary\.md\.j2:1: the template ran for more than 0.5 s"):
        render_md(Facts.model_validate(facts_dict()), tmp_path)
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize("expr", ['"x" * 10**9', "[1] * 10**9", "10 ** (10 ** 9)", '"%999999999s" % 1',
                                  '"{:999999999}".format(1)', '"a"|center(999999999)', '"%999999999s"|format(1)'])
def test_21_huge_values_refused(tmp_path, expr):
    write(tmp_path / "summary.md.j2", "{{ " + expr + " }}\n")
    with pytest.raises(TemplateError, match="cannot be built in a template"):
        render_md(Facts.model_validate(facts_dict()), tmp_path)


def test_21_loops_behave_as_before(tmp_path):
    write(tmp_path / "summary.md.j2",
          "{% for x in [1, 2, 3] if x != 2 %}{{ loop.index }}/{{ loop.length }}:{{ x }}{{ ',' if not loop.last }}"
          "{% else %}none{% endfor %} {% for a, b in [(1, 2)] %}{{ a + b }}{% endfor %} "
          "{% for x in [] %}{% else %}empty{% endfor %}\n\n")
    assert "1/2:1,2/2:3 3 empty" in render_md(Facts.model_validate(facts_dict()), tmp_path)


# ---- 26: a template that is not UTF-8 --------------------------------------------------------------

def test_26_non_utf8_template_is_named_itself(tmp_path, capsys, good):
    path, out, before = good
    pack = tmp_path / "pack"
    write(pack / "summary.md.j2", b"Fine line\nCaf\xe9 au lait\n")  # Latin-1, included by briefing.md.j2
    code, _, err = run(capsys, "render", str(path), "--templates", str(pack), "--out", str(out))
    assert code == 1
    line = one_error(err, "summary.md.j2:2:", "not UTF-8")
    assert "briefing.md.j2" not in line
    assert unchanged(out, before)


# ---- 29: overrides file that is a list -------------------------------------------------------------

@pytest.mark.parametrize("text", ["- cas-1\n- dev-1\n", "just text\n"])
def test_29_overrides_file_must_be_a_mapping(tmp_path, text):
    from briefgen import overrides

    path = write(tmp_path / "overrides.yaml", text)
    with pytest.raises(ConfigError) as info:
        overrides.load(path)
    message = str(info.value)
    assert message.startswith(f"{path}:1: an overrides file must be a mapping")
    assert "key ''" not in message and "Overrides" not in message


# ---- 30: schema_version and negative counts --------------------------------------------------------

@pytest.mark.parametrize("value, part", [('"2"', "must be a whole number"), ("2.0", "must be a whole number"),
                                         ("true", "must be a whole number"), ("-7", "must be 1 or more"),
                                         ("0", "must be 1 or more"), ("2", "newer than this briefgen reads")])
def test_30_schema_version_checked(tmp_path, capsys, good, value, part):
    _, out, before = good
    text = json.dumps(facts_dict()).replace('{"schema_version": 1', '{\n"schema_version": ' + value)
    path = write(tmp_path / "f.json", text)
    code, _, err = run(capsys, "render", str(path), "--out", str(out))
    assert code == 2
    one_error(err, f"{path}:2:", "key 'schema_version'", part)
    assert unchanged(out, before)


def test_30_negative_casualty_count_in_facts_file_refused(tmp_path, capsys, good):
    _, out, before = good
    data = facts_dict()
    data["casualties"][0]["count"] = -5
    path = write(tmp_path / "f.json", json.dumps(data, indent=1))
    code, _, err = run(capsys, "render", str(path), "--out", str(out))
    assert code == 2
    one_error(err, str(path), "key 'casualties.0.count'", "greater than or equal to 0")
    assert unchanged(out, before)


def test_30_negative_count_from_overrides_refused(tmp_path):
    from briefgen import overrides

    facts = Facts.model_validate(facts_dict())
    path = write(tmp_path / "o.yaml", "correct:\n  cas-1: {count: -3}\n")
    with pytest.raises(ConfigError, match=r"correct\.cas-1\.count: Input should be greater than or equal to 0"):
        overrides.apply(facts, overrides.load(path), path)
    path = write(tmp_path / "a.yaml", "add:\n  casualties:\n  - text: x\n    count: -1\n    kind: killed\n"
                                      "    sources: [{article: n1, sentence: x, start: 0, end: 1}]\n")
    with pytest.raises(ConfigError, match=r"a.yaml:4: key 'add.casualties.0.count'"):
        overrides.load(path)


# ---- 32: many disagreeing figures ------------------------------------------------------------------

def disagreeing(n: int) -> Facts:
    ids = [f"cas-{i}" for i in range(n)]
    return Facts(articles=[Article(id=f"a{i}", path=f"a{i}.txt") for i in range(n)],
                 casualties=[Casualty(id=ids[i], text=f"{10 + i} killed", count=10 + i, kind="killed",
                                      sources=[Source(article=f"a{i}", sentence=f"{10 + i} killed.", start=0, end=10)],
                                      conflicts=[x for x in ids if x != ids[i]]) for i in range(n)])


def table_widths(text: str) -> list[int]:
    return [line.count("|") - 1 for line in text.splitlines() if line.startswith("|")]


def test_32_nineteen_disagreeing_figures_are_rows_not_columns():
    text = render_md(disagreeing(19))
    assert table_widths(text) and max(table_widths(text)) <= MAX_TABLE_COLUMNS
    assert all(f"{10 + i} people killed" in text for i in range(19))
    assert "19 figures, one per row, not averaged" in text


def test_32_a_few_disagreeing_figures_stay_side_by_side():
    text = render_md(disagreeing(MAX_TABLE_COLUMNS))
    assert max(table_widths(text)) == MAX_TABLE_COLUMNS and "shown side by side" in text


@pytest.mark.slow
def test_32_pdf_of_nineteen_figures_is_readable():
    import io

    import pypdf

    pdf = render_all(disagreeing(19), Config(), ["pdf"])["pdf"]
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert all(f"{10 + i} people killed" in text for i in range(19))
    fragments = [line for line in text.splitlines() if line.strip().isalpha() and len(line.strip()) <= 4]
    assert not fragments  # 19 narrow columns wrapped "people" as "pe", "opl", "e"
