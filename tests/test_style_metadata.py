"""Issue 14, item 3: document metadata from the config (time of issue, reference, version,
distribution, handling caveat, prepared/checked by) and `extra:` values any template can use."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen.cli import main
from test_style_sources import make_facts

CONFIG = """\
title: Harbour fire
marking: OFFICIAL
issued: 2026-03-01 14:05
reference: BR-2026-014
version: 2.1
distribution: [Duty officer, Ops desk]
handling: Not for onward distribution
prepared_by: A. Analyst
checked_by: B. Checker
extra:
  desk: Maritime desk
  phone: "+44 20 7946 0000"
"""


def run(tmp_path: Path, config: str, *args: str, files: dict[str, str] | None = None) -> tuple[int, Path]:
    facts = tmp_path / "facts.json"
    facts.write_text(make_facts().model_dump_json(), encoding="utf-8")
    (tmp_path / "briefgen.yaml").write_text(config, encoding="utf-8")
    for name, text in (files or {}).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    code = main(["render", str(facts), "--out", str(out), "--config", str(tmp_path / "briefgen.yaml"), *args])
    return code, out


def test_metadata_is_printed_under_the_title(tmp_path):
    code, out = run(tmp_path, CONFIG, "--format", "md,html")
    assert code == 0
    md = (out / "briefing.md").read_text(encoding="utf-8")
    head = md.split("## ", 1)[0]
    assert "Reference BR-2026-014 · Version 2.1 · Issued March 1, 2026, 2:05 PM" in head
    assert "Prepared by A. Analyst · Checked by B. Checker" in head
    assert "Distribution: Duty officer; Ops desk" in head
    assert "**Handling: Not for onward distribution**" in head
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert '<meta name="dcterms.identifier" content="BR-2026-014">' in html
    assert '<meta name="dcterms.created" content="2026-03-01">' in html


def test_extra_values_reach_any_template(tmp_path):
    files = {"t/summary.md.j2": "Desk: {{ extra.desk }}, {{ extra.phone }}; ref {{ document.reference }}\n\n"}
    code, out = run(tmp_path, CONFIG + "templates: t\n", "--format", "md,html", files=files)
    assert code == 0
    assert "Desk: Maritime desk, +44 20 7946 0000; ref BR-2026-014" in (out / "briefing.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_pdf_carries_the_metadata(tmp_path):
    code, out = run(tmp_path, CONFIG, "--format", "pdf")
    assert code == 0
    reader = PdfReader(io.BytesIO((out / "briefing.pdf").read_bytes()))
    text = reader.pages[0].extract_text()
    assert "BR-2026-014" in text and "Not for onward distribution" in text


@pytest.mark.parametrize("line, message", [
    ("issued: soon\n", "key 'issued': 'soon' is not a time written YYYY-MM-DD HH:MM"),
    ("distribution: {a: 1}\n", "key 'distribution'"),
    ("extra: [1, 2]\n", "key 'extra'"),
])
def test_bad_metadata_is_one_line_naming_file_and_line(tmp_path, capsys, line, message):
    code, _ = run(tmp_path, "title: x\n" + line, "--format", "md")
    err = capsys.readouterr().err
    assert code != 0 and message in err and "briefgen.yaml:2:" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
