"""PDF stage: WeasyPrint with a fetcher that serves only files from the template folders and the logo's.

A template or an article that points at `file:///etc/passwd` or at a web address gets nothing and a
warning: the renderer never reads other files and never touches the network. `data:` URLs (the
inlined logo) are allowed, since they carry their own bytes.
"""
from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Callable, Iterable, Optional
from urllib.parse import urlsplit
from urllib.request import url2pathname

from weasyprint import HTML, URLFetcher

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


def write_pdf(html: str, base_dir: Path, roots: Iterable[Path], warn: Optional[Callable[[str], None]] = None) -> bytes:
    """HTML → PDF bytes. No creation date and no random identifier, so the same HTML gives the same PDF."""
    fetcher = RestrictedFetcher(roots, warn)
    document = HTML(string=html, base_url=base_dir.resolve().as_uri() + "/", url_fetcher=fetcher)
    with _fixed_font_timestamps():
        return document.write_pdf(pdf_identifier=False)


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
