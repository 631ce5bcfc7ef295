"""Word output: the briefing's HTML converted by pandoc (the `pypandoc-binary` package ships it) into
the organisation's reference document (`reference_doc:`: its styles, page set-up, header, footer and
logo), then the marking added to every header and footer with python-docx.

Citations stay links: pandoc turns each `[3]` into an internal link to the bookmark of its sentence
in Sources. The file is deterministic: pandoc gets SOURCE_DATE_EPOCH, the document's dates are the
briefing's, and the ZIP entries carry one fixed time.
"""
from __future__ import annotations

import contextlib
import io
import os
import stat
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional

from briefgen.errors import UserError

MARK_COLOUR = (0xB0, 0x00, 0x20)


def writable_formats() -> tuple[str, ...]:
    """The formats a run can write (briefgen.config.FORMATS), docx among them."""
    from briefgen.config import FORMATS

    return FORMATS
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def check_reference(path: Optional[Path]) -> Optional[Path]:
    """The reference document, checked: a regular file that is a Word (.docx) document."""
    if path is None:
        return None
    path = Path(path)
    try:
        info = path.stat()
    except OSError as err:
        raise UserError(f"{path}: cannot read the reference document (reference_doc:): {err.strerror or err}") from None
    if not stat.S_ISREG(info.st_mode) or not zipfile.is_zipfile(path):
        raise UserError(f"{path}: the reference document (reference_doc:) is not a Word .docx file; save it as "
                        f".docx from Word, or start from `pandoc -o custom-reference.docx --print-default-data-file "
                        f"reference.docx`")
    return path


@contextlib.contextmanager
def _fixed_time():
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = saved or "0"
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)


def _mark(paragraph: Any, marking: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(marking)
    run.bold = True
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(*MARK_COLOUR)


def _headers_and_footers(document: Any) -> list[tuple[Any, str]]:
    parts = []
    odd_even = document.settings.odd_and_even_pages_header_footer
    for index, section in enumerate(document.sections):
        pairs = [(section.header, "top"), (section.footer, "bottom")]
        if section.different_first_page_header_footer:
            pairs += [(section.first_page_header, "top"), (section.first_page_footer, "bottom")]
        if odd_even:
            pairs += [(section.even_page_header, "top"), (section.even_page_footer, "bottom")]
        for part, where in pairs:
            if part.is_linked_to_previous and index > 0:
                continue  # shows the previous section's, already marked
            part.is_linked_to_previous = False
            parts.append((part, where))
    return parts


def add_marking(document: Any, marking: str) -> None:
    """The marking as the first line of every header and the last line of every footer, kept beside what
    the reference document has there (the organisation's name, a logo)."""
    for part, where in _headers_and_footers(document):
        paragraphs = part.paragraphs
        if where == "top":
            if paragraphs and not paragraphs[0].text.strip() and not paragraphs[0].runs:
                target = paragraphs[0]
            elif paragraphs:
                target = paragraphs[0].insert_paragraph_before()
            else:
                target = part.add_paragraph()
        else:
            target = paragraphs[-1] if paragraphs and not paragraphs[-1].text.strip() and not paragraphs[-1].runs \
                else part.add_paragraph()
        _mark(target, marking)


def _when(context: dict) -> datetime:
    for value in (context.get("document").issued_iso if context.get("document") else None, context.get("date_iso")):
        if value:
            try:
                moment = datetime.fromisoformat(str(value))
            except ValueError:
                continue
            return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime(1970, 1, 1, tzinfo=timezone.utc)


def _properties(document: Any, context: dict) -> None:
    props = document.core_properties
    doc = context.get("document")
    props.title = str(context.get("title") or "")
    props.author = str(context.get("author") or context.get("organisation") or "")
    props.category = str(context.get("marking") or "")
    props.subject = str(context.get("subtitle") or "")
    props.identifier = str(getattr(doc, "reference", None) or "")
    props.version = str(getattr(doc, "version", None) or "")
    props.language = str(context.get("language") or "en").replace("_", "-")
    props.comments = str(getattr(doc, "handling", None) or "")
    props.last_modified_by = str(getattr(doc, "checked_by", None) or getattr(doc, "prepared_by", None) or "")
    when = _when(context)
    props.created = props.modified = when
    props.last_printed = when
    props.revision = 1


def _fixed_zip(data: bytes) -> bytes:
    """The same entries, in the same order, each stamped with one fixed time: the same briefing, the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def write_docx(body_html: str, context: dict, reference: Optional[Path] = None) -> bytes:
    """The briefing's HTML body (without the marking blocks) → .docx bytes in the reference document."""
    import docx
    import pypandoc

    reference = check_reference(reference)
    page = f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body_html}</body></html>'
    args = ["--sandbox"]  # pandoc reads no file and fetches nothing but what it is given
    if reference is not None:
        args.append(f"--reference-doc={reference}")
    with tempfile.TemporaryDirectory(prefix="briefgen-docx-") as tmp:
        target = Path(tmp) / "briefing.docx"
        try:
            with _fixed_time():
                pypandoc.convert_text(page, "docx", format="html", outputfile=str(target), extra_args=args,
                                      sandbox=False)
        except (RuntimeError, OSError) as err:
            first = (str(err).strip().splitlines() or ["unknown error"])[-1][:300]
            where = f"{reference}: " if reference is not None else ""
            raise UserError(f"{where}pandoc could not write the Word document: {first}") from None
        document = docx.Document(str(target))
    if context.get("marking"):
        add_marking(document, str(context["marking"]))
    _properties(document, context)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())
