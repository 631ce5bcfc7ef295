"""Files → articles: the text, and the title, author, date and source where the file says them.

Offsets in the facts file are offsets into `Document.text`, the article text as briefgen read it:
for .txt the decoded file less a closing byline; for .md the body after the front matter; for .html
the text trafilatura extracts. Files that cannot be used are skipped with a reason, never fatal.
"""
from __future__ import annotations

import codecs
import hashlib
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import yaml

from briefgen.errors import InputError
from briefgen.facts import Article, Skipped

log = logging.getLogger("briefgen.ingest")

EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_CHARS = 1_000_000  # longer articles are cut here, with a warning; a parse of more tells an analyst nothing
BYLINE = re.compile(r"^\s*(?:written\s+by|by)\s*[:\-]?\s+(?P<name>[A-Z][\w.'\u2019\-]*(?:[ \t]+(?:[A-Z][\w.'\u2019\-]*|de|van|von|der|al|bin|and))*)\s*$",
                    re.IGNORECASE | re.MULTILINE)
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
FRONT_KEYS = ("title", "source", "published", "url", "author")


@dataclass
class Document:
    """An article and its text, ready to parse."""

    article: Article
    text: str


@dataclass
class Ingested:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class Skip(Exception):
    """This file is not a usable article; the message says why."""


def decode(data: bytes) -> str:
    """Text from bytes: BOMs honoured, UTF-8 first, Windows-1252/Latin-1 as the last resort."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise Skip(f"not valid {codec.upper()} text ({err.reason})") from None
    if b"\x00" in data[:8192]:
        raise Skip("binary file (not text)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        log.warning("not UTF-8, read as Windows-1252/Latin-1")
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if sample and controls / len(sample) > 0.02:
        raise Skip("binary file (not text)")
    return text


def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\x00", "")


def split_byline(text: str) -> tuple[str, Optional[str]]:
    """A closing "Written by X" / "By X" line is the author, not content: cut it from the text."""
    tail_start = max(0, len(text.rstrip()) - 200)
    for match in BYLINE.finditer(text, tail_start):
        if not text[match.end():].strip():
            return text[:match.start()].rstrip() + "\n", match.group("name").strip()
    return text, None


def txt_title(text: str) -> Optional[str]:
    """A first line followed by a blank line, short and without a closing full stop, is a title."""
    lines = text.lstrip("\n").split("\n", 2)
    if len(lines) >= 2 and lines[1].strip() == "" and 0 < len(lines[0].strip()) <= 200 \
            and not lines[0].rstrip().endswith((".", "\u201d", '"')):
        return lines[0].strip()
    return None


def read_markdown(text: str, path: Path) -> tuple[str, dict]:
    match = FRONT_MATTER.match(text)
    if not match:
        return text, {}
    try:
        meta = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f"line {mark.line + 2}: " if mark else ""
        raise Skip(f"front matter is not valid YAML ({line}{getattr(err, 'problem', None) or 'parse error'})") from None
    if not isinstance(meta, dict):
        raise Skip("front matter must be a mapping of keys (title:, author:, ...)")
    return text[match.end():], {k: (str(meta[k]) if meta.get(k) is not None else None) for k in FRONT_KEYS}


def read_html(text: str) -> tuple[str, dict]:
    """The article text of a web page (not its menus, scripts or styles), with its metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(text, include_comments=False, include_tables=False, include_images=False,
                                      include_links=False, with_metadata=True, favor_precision=True)
    if doc is None:
        raise Skip("no article text found in the HTML")
    body = getattr(doc, "text", None) or ""
    meta = {"title": getattr(doc, "title", None), "author": getattr(doc, "author", None),
            "published": getattr(doc, "date", None), "source": getattr(doc, "sitename", None),
            "url": getattr(doc, "url", None)}
    return body, meta


def read_article(path: Path, data: bytes) -> tuple[str, dict]:
    """The text of one article file and what it says about itself."""
    if not data.strip():
        raise Skip("empty file")
    text = normalise(decode(data))
    if not text.strip():
        raise Skip("only white space")
    suffix = path.suffix.lower()
    meta: dict = {}
    if suffix in (".md", ".markdown"):
        text, meta = read_markdown(text, path)
    elif suffix in (".html", ".htm"):
        text, meta = read_html(text)
    if suffix != ".html" and suffix != ".htm":
        text, byline = split_byline(text)
        if byline and not meta.get("author"):
            meta["author"] = byline
        if suffix == ".txt":
            meta.setdefault("title", txt_title(text))
    if not text.strip():
        raise Skip("no article text")
    if len(text) > MAX_CHARS:
        log.warning("%s: %d characters; only the first %d are read", path, len(text), MAX_CHARS)
        cut = text.rfind("\n", 0, MAX_CHARS)
        text = text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]
    return text, meta


def find_files(inputs: Iterable[str | Path]) -> list[Path]:
    """Every article file under the inputs (files, folders or globs), in a stable order, each once."""
    found: list[Path] = []
    seen: set[str] = set()

    def add(p: Path) -> None:
        key = os.path.realpath(p)
        if key not in seen:
            seen.add(key)
            found.append(p)

    for raw in inputs:
        p = Path(raw)
        if any(ch in str(raw) for ch in "*?[") and not p.exists():
            parent = Path(str(raw)).parent
            for m in sorted(parent.glob(Path(str(raw)).name)):
                if m.is_file():
                    add(m)
            continue
        if p.is_dir():
            visited: set[str] = set()
            for root, dirs, files in os.walk(p, followlinks=True):
                real = os.path.realpath(root)
                if real in visited:  # a symlink loop, or a folder reached twice
                    dirs[:] = []
                    continue
                visited.add(real)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(EXTENSIONS) and not name.startswith("."):
                        add(Path(root) / name)
        elif p.is_file():
            add(p)
        else:
            raise InputError(f"{raw}: no such file or folder")
    return found


def ingest(inputs: Iterable[str | Path]) -> Ingested:
    """Read every article under `inputs`; duplicates (same text) are kept once with all their paths."""
    result = Ingested()
    by_hash: dict[str, Document] = {}
    ids: set[str] = set()
    for path in find_files(inputs):
        try:
            data = path.read_bytes()
            text, meta = read_article(path, data)
        except Skip as why:
            log.warning("%s: skipped: %s", path, why)
            result.skipped.append(Skipped(path=str(path), reason=str(why)))
            continue
        except OSError as err:
            log.warning("%s: skipped: %s", path, err.strerror or err)
            result.skipped.append(Skipped(path=str(path), reason=f"cannot read: {err.strerror or err}"))
            continue
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest in by_hash:
            first = by_hash[digest].article
            first.paths.append(str(path))
            log.warning("%s: same text as %s; counted once", path, first.path)
            continue
        art_id = path.stem
        n = 2
        while art_id in ids:
            art_id, n = f"{path.stem}-{n}", n + 1
        ids.add(art_id)
        article = Article(id=art_id, path=str(path), sha256=digest, paths=[str(path)],
                          **{k: meta.get(k) for k in FRONT_KEYS})
        doc = Document(article=article, text=text)
        by_hash[digest] = doc
        result.documents.append(doc)
    return result
