"""Files → articles: the text, and the title, author, date and source where the file says them.

Offsets in the facts file are offsets into `Document.text`, the article text as briefgen read it:
for .txt the decoded file less a closing byline; for .md the body after the front matter; for .html
the text trafilatura extracts; for .pdf the text of its pages, for .docx its paragraphs; in each case
less the page furniture that `furniture.py` removes (captions, credits, widget labels, related-story
blocks, polls, embedded posts, prompts, bylines, datelines, copyright lines). Files that cannot be
used are skipped with a reason, never fatal: a file of another kind (an image, a .json) is named with
the reason, and so is an article not in English (`language.py`). `-` is one article read from
standard input. Globs may hold wildcards and `**` in any part.

Hostile input is bounded here, before spaCy sees it: only the first `MAX_BYTES` of a file are read
(`MAX_HTML_BYTES` for a web page, whose markup dwarfs its text), the text is cut at `MAX_CHARS`, and a
run of more than `MAX_SENTENCE` characters with no sentence break gets a line break in place of a
space every `MAX_SENTENCE` characters or so (the parse treats a line break as a sentence end). That
swap keeps every offset: `Document.text` differs from the decoded text in white space only.

Decoding is per line where a file mixes UTF-8 and Windows-1252 lines. Invisible characters that can
make a cited sentence lie are removed from the decoded text (and from front matter and HTML metadata)
before anything else reads it: bidirectional controls (U+202E shows text reversed), zero-width joiners
and the like; a zero-width space, a word break, becomes a space. Front matter is parsed with the
bounded YAML loader of briefgen.config (depth, alias expansion, impossible dates); its keys must be
plain values, and `published` (or `date`) must be a real date, or the key is dropped with a warning;
dates are read from any common format and written ISO 8601 (`dates.py`).
"""
from __future__ import annotations

import codecs
import glob
import hashlib
import logging
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

from briefgen.config import InvalidDate, YAMLLimitError, escape_controls, load_yaml, shown
from briefgen.errors import InputError
from briefgen.facts import Article, Skipped
from briefgen.ingest import furniture, language
from briefgen.ingest.dates import parse_date
from briefgen.ingest.lexicon import MIN_EXTRACTED_CHARS
from briefgen.ingest.memo import IngestCache, entry_of as memo_entry, replay as memo_replay

log = logging.getLogger("briefgen.ingest")

EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
TEXT_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024   # a PDF or Word file holds images and fonts beside its text
STDIN = "-"                             # the input that is one article read from standard input
# Files of other kinds found in a folder: named as skipped, with what they are.
OTHER_KINDS = {".json": "a JSON file", ".yaml": "a YAML file", ".yml": "a YAML file", ".xml": "an XML file",
               ".csv": "a CSV file", ".tsv": "a TSV file", ".doc": "an old Word file (save it as .docx)",
               ".odt": "an OpenDocument file (save it as .docx)", ".rtf": "an RTF file (save it as .docx)",
               ".png": "an image", ".jpg": "an image", ".jpeg": "an image", ".gif": "an image", ".webp": "an image",
               ".svg": "an image", ".tif": "an image", ".tiff": "an image", ".bmp": "an image", ".heic": "an image",
               ".mp3": "an audio file", ".mp4": "a video", ".mov": "a video", ".zip": "an archive",
               ".gz": "an archive", ".epub": "an e-book", ".xlsx": "a spreadsheet", ".pptx": "a slide deck"}
# Longer articles are cut here, with a warning. 100,000 characters is about 16,000 words, longer than
# any news article; parsing runs at roughly 10,000 characters a second, so more would only stall a run.
MAX_CHARS = 100_000
MAX_BYTES = 4 * MAX_CHARS + 4           # enough bytes for MAX_CHARS in any encoding (UTF-32 with a BOM)
MAX_HTML_BYTES = 16 * 1024 * 1024       # a web page's scripts and styles may be megabytes
MAX_SENTENCE = 2_000                    # characters without a sentence break before one is made
SNIFF_BYTES = 8192                      # the head of a file that decides "binary or text"
MAX_CONTROL_RATIO = 0.02                # more control characters (NUL included) than this share: binary
MAX_FRONT_MATTER = 64 * 1024            # characters of front matter; more is not an article's metadata
# Nesting depth and alias expansion of front matter: MAX_YAML_DEPTH and MAX_YAML_NODES in briefgen.config.

# Removed at ingest: they change how text displays or splits a name without being seen.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = ("\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200c\u200d\u2060\u2061\u2062"
             "\u2063\u2064\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9\ufffa\ufffb"
             "\U000e0000-\U000e007f\U000e0100-\U000e01ef")
INVISIBLE_RE = re.compile(f"[{BIDI_CONTROLS}{INVISIBLE}]")
BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # below U+0020 but tab, line feed, form feed, return
# A zero-width space marks a word break: a space where it stands between two visible characters.
ZERO_WIDTH_SPACE = re.compile(r"\s*\u200b[\s\u200b]*")
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
# The keys an article's date may have in front matter, first found wins: briefgen's own, then the
# static-site generators' (Hugo, Jekyll and Pelican write `date:`).
DATE_KEYS = ("published", "date", "publishdate", "pubdate")


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
    codec16 = _utf16_without_bom(data[:SNIFF_BYTES])
    if codec16:
        try:
            return _decode(data, codec16, truncated)
        except UnicodeDecodeError as err:
            raise Skip(f"not valid {codec16.upper()} text ({err.reason})") from None
    head = data[:SNIFF_BYTES]
    if head.count(0) > MAX_CONTROL_RATIO * len(head):  # a stray NUL is dropped; many mean binary
        raise Skip("binary file (not text)")
    bad_lines: list[int] = []
    try:
        text = _decode(data, "utf-8", truncated)
    except UnicodeDecodeError:
        text, bad_lines = _decode_lines(data, truncated)
    sample = text[:SNIFF_BYTES]
    controls = len(CONTROL_CHARS.findall(sample))
    if sample and controls / len(sample) > MAX_CONTROL_RATIO:
        raise Skip("binary file (not text)")
    if bad_lines:
        prefix = f"{name}: " if name else ""
        non_ascii = sum(1 for line in data.split(b"\n") if not line.isascii())
        if len(bad_lines) >= non_ascii:
            log.warning("%snot UTF-8, read as Windows-1252/Latin-1", prefix)
        else:
            more = f" (and {len(bad_lines) - 1} more)" if len(bad_lines) > 1 else ""
            log.warning("%sline %d%s not UTF-8, read as Windows-1252/Latin-1; the other lines as UTF-8",
                        prefix, bad_lines[0], more)
    return text


def _decode_lines(data: bytes, truncated: bool) -> tuple[str, list[int]]:
    """Each line as UTF-8 where it is valid, else as Windows-1252 (Latin-1 for its 5 unused bytes).

    A file pasted together from two sources often has both; decoding it wholly as Windows-1252 would
    turn every UTF-8 letter into mojibake (é as Ã©). Returns the text and the 1-based bad line numbers.
    """
    lines = data.split(b"\n")
    out: list[str] = []
    bad: list[int] = []
    for number, line in enumerate(lines, 1):
        try:
            out.append(_decode(line, "utf-8", truncated and number == len(lines)))
        except UnicodeDecodeError:
            bad.append(number)
            try:
                out.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                out.append(line.decode("latin-1"))
    return "\n".join(out), bad


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
    """Line ends as \\n, NULs and invisible characters removed (see `remove_invisible`)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\x00", "")
    return remove_invisible(text)[0]


def remove_invisible(text: str) -> tuple[str, int]:
    """The text without bidirectional controls and zero-width characters, and how many bidi controls
    it had. A zero-width space becomes a space between two words (`Donald\\u200bTrump` is Donald
    Trump), and disappears next to white space."""
    bidi = len(BIDI_RE.findall(text))
    if "\u200b" in text:
        text = ZERO_WIDTH_SPACE.sub(_zero_width_space, text)
    return INVISIBLE_RE.sub("", text), bidi


def _zero_width_space(match: re.Match) -> str:
    run = match.group(0)
    spaces = run.replace("\u200b", "")
    if spaces:
        return spaces
    text, start, end = match.string, match.start(), match.end()
    return " " if 0 < start and end < len(text) else ""


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
    block = match.group(1) or ""
    if len(block) > MAX_FRONT_MATTER:
        raise Skip(f"front matter longer than {MAX_FRONT_MATTER} characters")
    try:
        meta = load_yaml(block) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f"line {mark.line + 2}: " if mark else ""
        problem = getattr(err, "problem", None) or "parse error"
        if isinstance(err, YAMLLimitError):
            raise Skip(f"front matter refused ({line}{problem})") from None
        raise Skip(f"front matter is not valid YAML ({line}{problem})") from None
    if not isinstance(meta, dict):
        raise Skip("front matter must be a mapping of keys (title:, author:, ...)")
    values = {k: front_value(path, k, meta.get(k)) for k in FRONT_KEYS if k != "published"}
    lower = {str(k).lower(): k for k in meta}
    values["published"] = None
    for key in DATE_KEYS:
        if key in lower and meta[lower[key]] not in (None, ""):
            values["published"] = front_value(path, "published", meta[lower[key]], name=str(lower[key]))
            break
    return text[match.end():], values


def front_value(path: Path, key: str, value: Any, name: Optional[str] = None) -> Optional[str]:
    """One front matter key as text, or None (with a warning naming the file) when it is not usable.
    `name` is the key as the file spells it (`date` for the article's date)."""
    if value is None:
        return None
    if isinstance(value, (list, dict, set, bytes)):
        kind = "list" if isinstance(value, (list, set)) else "mapping" if isinstance(value, dict) else "binary value"
        log.warning("%s: front matter '%s' is a %s, not text; ignored", display_path(path), name or key, kind)
        return None
    if key == "published":
        return published_date(path, value, name or key)
    return str(value)


def published_date(path: Path | str, value: Any, key: str = "published") -> Optional[str]:
    """An article's date as ISO 8601 (`2025-08-20`, `2025-08-20T14:00`), or None and a warning naming the
    file and the key.

    Any common format is read (see `dates.py`: `21/08/2025 14:00`, `20 August 2025`, `Aug. 20, 2025`, an
    e-mail style date); an impossible date (`2025-02-30`, `2025-01-01 25:61:00`) or text that is no date
    is dropped: the article is kept without its date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, (date, datetime)):
        return parse_date(value)
    text = str(value).strip()
    if not isinstance(value, InvalidDate) and not isinstance(value, bool):
        day = parse_date(text)
        if day is not None:
            return day
    log.warning("%s: %s '%s' is not a real date (write it YYYY-MM-DD); the article is kept without its date",
                display_path(path), key, shown(text))
    return None


def display_path(path: Path | str) -> str:
    """A path as text that can always be written on one line: bytes of a file name that are not UTF-8
    (which Python keeps as lone surrogates) and control characters (a line break in a name) are shown
    as `\\xNN`. Used for the facts file, the briefing and messages."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return escape_controls(text)


def _parse_date(text: str) -> Optional[str]:
    """Kept for callers of the old name: `dates.parse_date`."""
    return parse_date(text)


def read_html(text: str, path: Path | str = "") -> tuple[str, dict]:
    """The article text of a web page (not its menus, scripts or styles), with its metadata."""
    import trafilatura

    # The date from the page's metadata (meta tags, JSON-LD, <time>) and the original publication date,
    # not an update; no guessing from dates written in the body.
    doc = trafilatura.bare_extraction(text, include_comments=False, include_tables=False, include_images=False,
                                      include_links=False, with_metadata=True, favor_precision=True,
                                      date_extraction_params={"original_date": True, "extensive_search": False})
    if doc is None:
        raise Skip("no article text found in the HTML")
    # Entities such as &#8238; reach the text only now: remove what they hide here too.
    body = remove_invisible(getattr(doc, "text", None) or "")[0]
    meta = {"title": getattr(doc, "title", None), "author": getattr(doc, "author", None),
            "published": getattr(doc, "date", None), "source": getattr(doc, "sitename", None),
            "url": getattr(doc, "url", None)}
    meta = {k: (remove_invisible(str(v))[0] if v else None) for k, v in meta.items()}
    meta["published"] = published_date(path, meta["published"])
    return body, meta


def read_pdf(data: bytes, truncated: bool = False) -> tuple[str, dict]:
    """The text of a PDF's pages (a blank line between pages) and its title and author."""
    if truncated:
        raise Skip(f"PDF larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB")
    import io

    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise Skip("PDF files need the pypdf package") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise Skip("encrypted PDF")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        info = reader.metadata or {}
    except Skip:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as err:
        raise Skip(f"not a readable PDF ({shown(str(err)) or type(err).__name__})") from None
    text = normalise("\n\n".join(p for p in pages if p))
    meta = {"title": _doc_field(info.get("/Title")), "author": _doc_field(info.get("/Author"))}
    return text, meta


def read_docx(data: bytes, truncated: bool = False) -> tuple[str, dict]:
    """The paragraphs of a Word (.docx) file, one a paragraph, and its title and author."""
    if truncated:
        raise Skip(f"Word file larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB")
    import io
    import zipfile

    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise Skip("Word files need the python-docx package") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise Skip(f"not a readable Word file ({shown(str(err)) or type(err).__name__})") from None
    except Exception as err:  # python-docx raises its own errors for a zip that is not a Word file
        raise Skip(f"not a readable Word file ({type(err).__name__})") from None
    paragraphs = [p.text.strip() for p in document.paragraphs]
    text = normalise("\n\n".join(p for p in paragraphs if p))
    props = document.core_properties
    meta = {"title": _doc_field(props.title), "author": _doc_field(props.author)}
    return text, meta


def _doc_field(value: Any) -> Optional[str]:
    text = remove_invisible(str(value))[0].strip() if value else ""
    return escape_controls(text) or None


def kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


def read_head(path: Path) -> tuple[bytes, bool]:
    """The first bytes of a file (never the whole of a huge one) and whether there was more."""
    suffix = path.suffix.lower()
    if str(path) == STDIN:
        data = sys.stdin.buffer.read(MAX_HTML_BYTES + 1)
        return data[:MAX_HTML_BYTES], len(data) > MAX_HTML_BYTES
    if suffix not in EXTENSIONS:
        what = OTHER_KINDS.get(suffix, f"a '{suffix}' file" if suffix else "a file without an extension")
        raise Skip(f"{what}, not an article: briefgen reads {', '.join(EXTENSIONS)}")
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise Skip(f"not a regular file ({kind_of(info.st_mode)})")
    limit = MAX_HTML_BYTES if suffix in (".html", ".htm") else MAX_DOCUMENT_BYTES if suffix in (".pdf", ".docx") \
        else MAX_BYTES
    # O_NONBLOCK: a file swapped for a named pipe after the stat above must not block the run.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise Skip(f"not a regular file ({kind_of(mode)})")
        data = handle.read(limit + 1)
    return data[:limit], len(data) > limit


def kind_of_input(path: Path, data: bytes) -> str:
    """The format of an article: its extension, or for standard input what its first bytes say."""
    if str(path) != STDIN:
        return path.suffix.lower()
    head = data[:SNIFF_BYTES].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return ".pdf"
    if head.startswith(b"pk\x03\x04"):
        return ".docx"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return ".html"
    if head.startswith(b"---"):
        return ".md"
    return ".txt"


def read_article(path: Path, data: bytes, truncated: bool = False, languages: tuple[str, ...] = ("en",)) -> tuple[str, dict]:
    """The text of one article file and what it says about itself, without page furniture."""
    if not data:
        raise Skip("empty file")
    shown_path = display_path(path)
    suffix = kind_of_input(path, data)
    meta: dict = {}
    extracted = suffix in (".html", ".htm", ".pdf", ".docx")
    if suffix == ".pdf":
        text, meta = read_pdf(data, truncated)
        truncated = False
    elif suffix == ".docx":
        text, meta = read_docx(data, truncated)
        truncated = False
    else:
        text = decode(data, truncated, name=shown_path)
        bidi = len(BIDI_RE.findall(text))
        if bidi:
            log.warning("%s: %d bidirectional control character(s) removed (they can make text display reversed)",
                        shown_path, bidi)
        text = normalise(text)
        if not text.strip():
            raise Skip("empty file (only white space)")
        if suffix in (".md", ".markdown"):
            text, meta = read_markdown(text, path)
        elif suffix in (".html", ".htm"):
            text, meta = read_html(text, shown_path)
    if suffix not in (".html", ".htm"):
        text, byline = split_byline(text)
        if byline and not meta.get("author"):
            meta["author"] = byline
    if suffix == ".txt":
        text, title = _txt_headline(text)
        meta.setdefault("title", title)
    elif extracted and meta.get("title"):
        meta["title"] = furniture.clean_title(meta["title"])
    cleaned = furniture.remove(text, title=meta.get("title"))
    if cleaned.dropped:
        log.debug("%s: %d piece(s) of page furniture removed", shown_path, len(cleaned.dropped))
    text = cleaned.text
    for key, value in cleaned.meta.items():
        if not meta.get(key):
            meta[key] = parse_date(value) if key == "published" else value
    if not text.strip():
        raise Skip("no article text" + (" (only page furniture)" if cleaned.dropped else ""))
    if extracted and len(text.strip()) < MIN_EXTRACTED_CHARS:
        log.warning("%s: only %d characters of article text extracted; the %s may not have been read whole",
                    shown_path, len(text.strip()), "page" if suffix in (".html", ".htm") else "file")
    foreign = language.foreign(text, languages) if languages else None
    if foreign:
        names = " or ".join(language.name(code) for code in languages)
        raise Skip(f"written in {foreign}, not {names}: the pipeline's model reads {names}")
    if len(text) > MAX_CHARS or truncated:
        log.warning("%s: longer than %d characters; only the first %d are read", shown_path, MAX_CHARS,
                    MAX_CHARS)
        text = cut_text(text, MAX_CHARS)
    return break_long_runs(text), meta


def _txt_headline(text: str) -> tuple[str, Optional[str]]:
    """A .txt's headline (its first line, before a blank line) without the site's name; a first line that
    is page furniture is removed and is no title."""
    first = txt_title(text)
    if first is None:
        return text, None
    title = furniture.clean_title(first)
    body = text.lstrip("\n").split("\n", 1)[1] if "\n" in text.lstrip("\n") else ""
    if title == first:
        return text, title
    return ((title + "\n" + body) if title else body.lstrip("\n")), title


def cut_text(text: str, limit: int) -> str:
    """The text up to `limit` characters, ended at a paragraph, else a sentence, else a space."""
    if len(text) <= limit:
        return text
    for sep in ("\n", ". ", " "):
        cut = text.rfind(sep, limit // 2, limit)
        if cut > 0:
            return text[: cut + 1].rstrip() + "\n"
    return text[:limit]


def facts_file(path: Path) -> bool:
    """Whether a .json file in a folder is a facts file briefgen wrote (not an article, nor worth a warning)."""
    if not path.name.lower().endswith(".json"):
        return False
    try:
        with open(path, "rb") as handle:
            return b'"schema_version"' in handle.read(256)
    except OSError:
        return False


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
        if str(raw) == STDIN:
            found.append(Path(STDIN))
            continue
        p = Path(raw)
        if any(ch in str(raw) for ch in "*?[") and not p.exists():
            # Wildcards in any part, and `**` for any depth of folders: articles/*/*.html, feed/**/*.txt.
            matches = sorted(glob.glob(os.fspath(raw), recursive=True))
            files = [m for m in matches if not os.path.isdir(m)]  # a named pipe or a device is listed, then skipped
            if not files:
                log.warning("%s: matches no file", display_path(raw))
            for m in files:
                add(Path(m))
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
                    # Other kinds are listed, then skipped with what they are; briefgen's own facts file (an
                    # output folder among the inputs) is passed over, like hidden files.
                    if not name.startswith(".") and not facts_file(Path(root) / name):
                        add(Path(root) / name)
        elif p.is_file() or p.exists():  # not a file but there: skipped with a reason, not "no such file"
            add(p)
        else:
            raise InputError(f"{display_path(raw)}: no such file or folder")
    return found


def ingest(inputs: Iterable[str | Path], languages: tuple[str, ...] = ("en",),
           cache: Optional[Path] = None) -> Ingested:
    """Read every article under `inputs`; duplicates (same text) are kept once with all their paths.
    An article identified as written in none of `languages` is skipped (an empty tuple reads all).
    With a `cache` folder, what a file's bytes gave before is taken from there (`memo.py`)."""
    memo = IngestCache(cache, tuple(languages)) if cache is not None else None
    result = Ingested()
    by_hash: dict[str, Document] = {}
    ids: set[str] = set()
    for path in find_files(inputs):
        shown_path = display_path(path)
        if shown_path != str(path):
            log.warning("%s: file name is not valid UTF-8 or holds control characters; shown with \\x escapes",
                        shown_path)
        try:
            data, truncated = read_head(path)
            text, meta = _read_cached(memo, path, data, truncated, languages) if memo is not None \
                else read_article(path, data, truncated, languages)
        except Skip as why:
            # A reason may quote part of the name (its extension): shown the same way as the name.
            reason = display_path(str(why))
            log.warning("%s: skipped: %s", shown_path, reason)
            result.skipped.append(Skipped(path=shown_path, reason=reason))
            continue
        except OSError as err:
            reason = display_path(str(err.strerror or err))
            log.warning("%s: skipped: %s", shown_path, reason)
            result.skipped.append(Skipped(path=shown_path, reason=f"cannot read: {reason}"))
            continue
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest in by_hash:
            first = by_hash[digest].article
            first.paths.append(shown_path)
            log.warning("%s: same text as %s; counted once", shown_path, first.path)
            continue
        stem = "stdin" if str(path) == STDIN else display_path(path.stem)
        art_id = stem
        n = 2
        while art_id in ids:
            art_id, n = f"{stem}-{n}", n + 1
        ids.add(art_id)
        article = Article(id=art_id, path=shown_path, sha256=digest, paths=[shown_path],
                          **{k: meta.get(k) for k in FRONT_KEYS})
        doc = Document(article=article, text=text)
        by_hash[digest] = doc
        result.documents.append(doc)
    if memo is not None:
        log.debug("ingest cache: %d file(s) taken from it, %d read", memo.hits, memo.misses)
    return result


def _read_cached(memo: "IngestCache", path: Path, data: bytes, truncated: bool,
                 languages: tuple[str, ...]) -> tuple[str, dict]:
    """`read_article` through the ingest cache: the same text, metadata, skip reason and log lines."""
    key = memo.key(path, data, truncated)
    entry = memo.get(key)
    if entry is not None:
        memo_replay(entry["logs"])
        if entry["skip"] is not None:
            raise Skip(entry["skip"])
        return entry["text"], dict(entry["meta"])
    skip: Optional[str] = None
    with memo.capture() as capture:
        try:
            text, meta = read_article(path, data, truncated, languages)
        except Skip as why:
            skip = str(why)
    if skip is not None:
        memo.put(key, memo_entry(None, None, skip, capture.records, FRONT_KEYS))
        raise Skip(skip)
    memo.put(key, memo_entry(text, meta, None, capture.records, FRONT_KEYS))
    return text, meta
