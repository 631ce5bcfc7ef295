"""Issue 14, item 6: Word output through pandoc into the organisation's reference document, the marking
in every header and footer, citations and sources intact; the .docx is read back with python-docx."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from briefgen.config import Config
from briefgen.errors import UserError
from briefgen.render import render_all
from test_style_sources import make_facts

pytestmark = pytest.mark.slow  # pandoc runs in a subprocess


@pytest.fixture
def reference(tmp_path: Path) -> Path:
    """An organisation's reference document: its header and footer text, and a style of its own."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Ministry of Harbours"
    section.footer.paragraphs[0].text = "Crown copyright"
    path = tmp_path / "org-reference.docx"
    document.save(str(path))
    return path


def read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_docx_has_sections_marking_in_header_and_footer_and_citations(reference):
    config = Config(marking="OFFICIAL-SENSITIVE", reference_doc=reference, reference="BR-7", issued="2026-03-01 14:05")
    data = render_all(make_facts(), config, ["docx"])["docx"]
    document = read(data)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    for name in ("Key developments", "Positions", "Casualty figures", "Sources"):
        assert name in headings, headings
    header = [p.text for p in document.sections[0].header.paragraphs]
    footer = [p.text for p in document.sections[0].footer.paragraphs]
    assert header[0] == "OFFICIAL-SENSITIVE" and "Ministry of Harbours" in header  # kept from the reference
    assert footer[-1] == "OFFICIAL-SENSITIVE" and "Crown copyright" in footer
    body = "\n".join(p.text for p in document.paragraphs)
    assert "A fire broke out [1]" in body or "A fire broke out[1]" in body
    assert "“A fire broke out.”" in body and "Coast News" in body
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert 'w:anchor="src-1"' in xml and 'w:name="src-1"' in xml  # [1] links to its sentence's bookmark
    assert document.core_properties.identifier == "BR-7" and document.core_properties.category == "OFFICIAL-SENSITIVE"


def test_docx_is_deterministic(reference):
    config = Config(marking="OFFICIAL", reference_doc=reference)
    first = render_all(make_facts(), config, ["docx"])["docx"]
    assert render_all(make_facts(), config, ["docx"])["docx"] == first


def test_docx_without_reference_uses_pandocs_default():
    document = read(render_all(make_facts(), Config(marking="SECRET"), ["docx"])["docx"])
    assert document.sections[0].header.paragraphs[0].text == "SECRET"


def test_a_reference_that_is_not_a_docx_is_one_line(tmp_path):
    bad = tmp_path / "org.docx"
    bad.write_text("not a document", encoding="utf-8")
    with pytest.raises(UserError) as err:
        render_all(make_facts(), Config(reference_doc=bad), ["docx"])
    assert str(err.value).startswith(f"{bad}: the reference document (reference_doc:) is not a Word .docx file")


def test_cli_build_writes_docx_from_format_flag_and_from_config(tmp_path, reference):
    """`--format docx` and `formats: [docx]`: the run writes briefing.docx with the reference's header."""
    from conftest import ROOT, run_cli

    out = tmp_path / "out"
    result = run_cli("build", str(ROOT / "seeds"), "--out", str(out), "--date", "2025-08-20", "--format", "md,docx")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.glob("briefing.*")) == ["briefing.docx", "briefing.md"]
    document = read((out / "briefing.docx").read_bytes())
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Key developments" in headings
    config = tmp_path / "briefgen.yaml"
    config.write_text(f"formats: [docx]\nreference_doc: {reference}\ndate: 2025-08-20\n", encoding="utf-8")
    out2 = tmp_path / "out2"
    result = run_cli("build", str(ROOT / "seeds"), "--config", str(config), "--out", str(out2))
    assert result.returncode == 0, result.stderr
    assert [p.name for p in out2.glob("briefing.*")] == ["briefing.docx"]
    header = read((out2 / "briefing.docx").read_bytes()).sections[0].header
    assert "Ministry of Harbours" in " ".join(p.text for p in header.paragraphs)
