"""Files → articles: the text, and the title, author, date and source where the file says them.

Offsets in the facts file are offsets into `Document.text`, the article text as briefgen read it:
for .txt the decoded file less a closing byline; for .md the body after the front matter; for .html
the text trafilatura extracts. Files that cannot be used are skipped with a reason, never fatal.

Hostile input is bounded here, before spaCy sees it: only the first `MAX_BYTES` of a file are read
(`MAX_HTML_BYTES` for a web page, whose markup dwarfs its text), the text is cut at `MAX_CHARS`, and a
run of more than `MAX_SENTENCE` characters with no sentence break gets a line break in place of a
space every `MAX_SENTENCE` characters or so (the parse treats a line break as a sentence end). That
swap keeps every offset: `Document.text` differs from the file's text in white space only.
"""
from __future__ import annotations

import codecs
import hashlib
import logging
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import yaml

from briefgen.errors import InputError
from briefgen.facts import Article, Skipped

log = logging.getLogger("briefgen.ingest")

EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")
# Longer articles are cut here, with a warning. 100,000 characters is about 16,000 words, longer than
# any news article; parsing runs at roughly 10,000 characters a second, so more would only stall a run.
MAX_CHARS = 100_000
MAX_BYTES = 4 * MAX_CHARS + 4           # enough bytes for MAX_CHARS in any encoding (UTF-32 with a BOM)
MAX_HTML_BYTES = 16 * 1024 * 1024       # a web page's scripts and styles may be megabytes
MAX_SENTENCE = 2_000                    # characters without a sentence break before one is made
# A sentence ends at a line break, or at . ! ? … (Latin or CJK) and any closing quote or bracket.
BOUNDARY = re.compile(r"\n|[.!?\u2026][\"'\u201d\u2019)\]]*(?=\s)|[\u3002\uff01\uff1f]")
# The first bytes of formats people save by mistake with a text extension.
MAGIC = ((b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
         (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive: .docx or .odt?"),
         (b"\xd0\xcf\x11\xe0", "a Microsoft Office file"), (b"\x1f\x8b", "a gzip archive"),
         (b"{\\rtf", "an RTF document"))
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


def sniff(data: bytes) -> Optional[str]:
    """What a non-text file is, from its first bytes, or None for anything that may be text."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            return what
    return None


def _utf16_without_bom(sample: bytes) -> Optional[str]:
    """'utf-16-le'/'-be' when every other byte is NUL (ASCII text saved as UTF-16 with no BOM)."""
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _decode(data: bytes, codec: str, truncated: bool) -> str:
    """Decode; when the file was cut after MAX_BYTES, a character split by the cut is dropped, not an error."""
    decoder = codecs.getincrementaldecoder(codec)()
    return decoder.decode(data, final=not truncated)


def decode(data: bytes, truncated: bool = False, name: str = "") -> str:
    """Text from bytes: BOMs honoured, UTF-8 first, Windows-1252/Latin-1 as the last resort.

    Raises Skip for binary files. `truncated` says `data` is only the head of the file.
    """
    what = sniff(data)
    if what:
        raise Skip(f"binary file ({what}), not text")
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _decode(data, codec, truncated)
            except UnicodeDecodeError as err:
                raise Skip(f"not valid {codec.upper()} text ({err.reason})") from None
    codec16 = _utf16_without_bom(data[:8192])
    if codec16:
        try:
            return _decode(data, codec16, truncated)
        except UnicodeDecodeError as err:
            raise Skip(f"not valid {codec16.upper()} text ({err.reason})") from None
    if b"\x00" in data[:8192]:
        raise Skip("binary file (not text)")
    try:
        text = _decode(data, "utf-8", truncated)
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        log.warning("%snot UTF-8, read as Windows-1252/Latin-1", f"{name}: " if name else "")
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if sample and controls / len(sample) > 0.02:
        raise Skip("binary file (not text)")
    return text


def break_long_runs(text: str, limit: int = MAX_SENTENCE) -> str:
    """Turn a space into a line break every `limit` characters of a run with no sentence break.

    A "sentence" of hundreds of kilobytes (a table dump, text with no full stops) would be cited whole
    and makes every per-sentence rule slow. Same length out as in, so offsets are unchanged.
    """
    if len(text) <= limit:
        return text
    chars: Optional[list[str]] = None
    start = 0
    for match in BOUNDARY.finditer(text + "\n"):
        end = match.start()
        pos = start
        while end - pos > limit:
            cut = text.rfind(" ", pos + limit // 2, pos + limit)
            if cut < 0:  # no space to turn (one enormous word, or text without spaces): leave it
                pos += limit
                continue
            if chars is None:
                chars = list(text)
            chars[cut] = "\n"
            pos = cut + 1
        start = match.end()
    return text if chars is None else "".join(chars)


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


def read_head(path: Path) -> tuple[bytes, bool]:
    """The first bytes of a file (never the whole of a huge one) and whether there was more."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise Skip("not a regular file")
    limit = MAX_HTML_BYTES if path.suffix.lower() in (".html", ".htm") else MAX_BYTES
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    return data[:limit], len(data) > limit


def read_article(path: Path, data: bytes, truncated: bool = False) -> tuple[str, dict]:
    """The text of one article file and what it says about itself."""
    if not data:
        raise Skip("empty file")
    text = normalise(decode(data, truncated, name=str(path)))
    if not text.strip():
        raise Skip("empty file (only white space)")
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
    if len(text) > MAX_CHARS or truncated:
        log.warning("%s: longer than %d characters; only the first %d are read", path, MAX_CHARS, MAX_CHARS)
        text = cut_text(text, MAX_CHARS)
    return break_long_runs(text), meta


def cut_text(text: str, limit: int) -> str:
    """The text up to `limit` characters, ended at a paragraph, else a sentence, else a space."""
    if len(text) <= limit:
        return text
    for sep in ("\n", ". ", " "):
        cut = text.rfind(sep, limit // 2, limit)
        if cut > 0:
            return text[: cut + 1].rstrip() + "\n"
    return text[:limit]


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
            data, truncated = read_head(path)
            text, meta = read_article(path, data, truncated)
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
