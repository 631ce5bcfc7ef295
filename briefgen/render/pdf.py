"""PDF stage: WeasyPrint with a fetcher that serves only files from the template folders and the logo's.

A template or an article that points at `file:///etc/passwd` or at a web address gets nothing and a
warning: the renderer never reads other files and never touches the network. `data:` URLs (the
inlined logo) are allowed, since they carry their own bytes.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
from pathlib import Path
from typing import Callable, Iterable, Optional
from urllib.parse import urlsplit
from urllib.request import url2pathname

from weasyprint import CSS, HTML, URLFetcher

from briefgen.render.limits import MAX_WORD_CHARS

log = logging.getLogger("briefgen.render")


class _QuietFontNotice(logging.Filter):
    """WeasyPrint warns on every PDF that it subsets fonts with fontTools; the PDF is fine, so say nothing."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "HarfBuzz-Subset" not in record.getMessage()


logging.getLogger("weasyprint").addFilter(_QuietFontNotice())


class RestrictedFetcher(URLFetcher):
    """Serve `file:` URLs inside the allowed folders and `data:` URLs; refuse everything else."""

    def __init__(self, roots: Iterable[Path], warn: Optional[Callable[[str], None]] = None) -> None:
        super().__init__(timeout=1, allowed_protocols=("file", "data"), allow_redirects=False)
        self.roots = [Path(r).resolve() for r in roots]
        self.warn = warn

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme == "data":
            return True
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            return False
        path = Path(url2pathname(parts.path)).resolve()
        return path.is_file() and any(path.is_relative_to(root) for root in self.roots)

    def fetch(self, url, headers=None):  # noqa: ANN001 - WeasyPrint's signature
        if not self.allows(url):
            message = f"refused to fetch {url[:200]}: only files in the template folders and the logo's folder"
            log.warning(message)
            if self.warn:
                self.warn(message)
            raise ValueError(message)
        return super().fetch(url, headers)


_TEXT = re.compile(r">([^<]+)<")
_LONG_RUN = re.compile(r"[^\s&<>\u200b]{%d,}" % (MAX_WORD_CHARS + 1))
_BODY = re.compile(r"<body\b", re.I)


def _break_run(match: re.Match) -> str:
    run = match.group()
    return "\u200b".join(run[i:i + MAX_WORD_CHARS] for i in range(0, len(run), MAX_WORD_CHARS))


def _break_text(match: re.Match) -> str:
    return ">" + _LONG_RUN.sub(_break_run, match.group(1)) + "<"


def break_long_words(html: str) -> str:
    """A zero-width space every MAX_WORD_CHARS characters of a longer run without a break in the body's text
    (never in a tag, an attribute or the stylesheet). WeasyPrint's search for a place to wrap such a word
    is quadratic in its length (an 80,000-character word took 224 s); the printed text is unchanged."""
    body = _BODY.search(html)
    if body is None:
        return html
    start = body.start()
    return html[:start] + _TEXT.sub(_break_text, html[start:])


def write_pdf(html: str, base_dir: Path, roots: Iterable[Path], warn: Optional[Callable[[str], None]] = None,
              css: str = "") -> bytes:
    """HTML → PDF bytes. No creation date and no random identifier, so the same HTML gives the same PDF.
    `css` is a stylesheet of briefgen's own, applied after the document's (the marking's page boxes)."""
    html = break_long_words(html)
    fetcher = RestrictedFetcher(roots, warn)
    document = HTML(string=html, base_url=base_dir.resolve().as_uri() + "/", url_fetcher=fetcher)
    sheets = [CSS(string=css, url_fetcher=fetcher)] if css else []
    with _fixed_font_timestamps():
        return document.write_pdf(pdf_identifier=False, stylesheets=sheets)


@contextlib.contextmanager
def _fixed_font_timestamps():
    """fontTools stamps each subset font with the current time unless SOURCE_DATE_EPOCH is set."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
