"""Files → articles: the text, and the title, author, date and source where the file says them.

Offsets in the facts file are offsets into `Document.text`, the article text as briefgen read it:
for .txt the decoded file less a closing byline; for .md the body after the front matter; for .html
the text trafilatura extracts. Files that cannot be used are skipped with a reason, never fatal.

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
plain values, and `published` must be a real date, or the key is dropped with a warning.
"""
from __future__ import annotations

import codecs
import email.utils
import hashlib
import logging
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

from briefgen.config import InvalidDate, YAMLLimitError, escape_controls, load_yaml, shown
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
ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")
WORD_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


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
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
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
    return text[match.end():], {k: front_value(path, k, meta.get(k)) for k in FRONT_KEYS}


def front_value(path: Path, key: str, value: Any) -> Optional[str]:
    """One front matter key as text, or None (with a warning naming the file) when it is not usable."""
    if value is None:
        return None
    if isinstance(value, (list, dict, set, bytes)):
        kind = "list" if isinstance(value, (list, set)) else "mapping" if isinstance(value, dict) else "binary value"
        log.warning("%s: front matter '%s' is a %s, not text; ignored", display_path(path), key, kind)
        return None
    if key == "published":
        return published_date(path, value)
    return str(value)


def published_date(path: Path | str, value: Any) -> Optional[str]:
    """An article's date: ISO (`2025-08-20`, with a time if given), or None and a warning naming the file.

    Dates written in words (`20 August 2025`, `Aug 20, 2025`, an e-mail style date) are turned to ISO;
    an impossible date (`2025-02-30`, `2025-01-01 25:61:00`) or text that is no date is dropped: the
    article is kept without its date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not isinstance(value, InvalidDate) and not isinstance(value, bool):
        day = _parse_date(text)
        if day is not None:
            return day
    log.warning("%s: published '%s' is not a real date (YYYY-MM-DD); the article is kept without its date",
                display_path(path), shown(text))
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
    if ISO_START.match(text):
        try:
            datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
            return text
        except ValueError:
            return None
    if text.isdigit() and len(text) == 8:
        try:
            return date.fromisoformat(f"{text[:4]}-{text[4:6]}-{text[6:]}").isoformat()
        except ValueError:
            return None
    for fmt in WORD_DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            pass
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return when.isoformat(sep=" ") if when else None


def read_html(text: str, path: Path | str = "") -> tuple[str, dict]:
    """The article text of a web page (not its menus, scripts or styles), with its metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(text, include_comments=False, include_tables=False, include_images=False,
                                      include_links=False, with_metadata=True, favor_precision=True)
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
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise Skip(f"not a regular file ({kind_of(info.st_mode)})")
    limit = MAX_HTML_BYTES if path.suffix.lower() in (".html", ".htm") else MAX_BYTES
    # O_NONBLOCK: a file swapped for a named pipe after the stat above must not block the run.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise Skip(f"not a regular file ({kind_of(mode)})")
        data = handle.read(limit + 1)
    return data[:limit], len(data) > limit


def read_article(path: Path, data: bytes, truncated: bool = False) -> tuple[str, dict]:
    """The text of one article file and what it says about itself."""
    if not data:
        raise Skip("empty file")
    text = decode(data, truncated, name=display_path(path))
    bidi = len(BIDI_RE.findall(text))
    if bidi:
        log.warning("%s: %d bidirectional control character(s) removed (they can make text display reversed)",
                    display_path(path), bidi)
    text = normalise(text)
    if not text.strip():
        raise Skip("empty file (only white space)")
    suffix = path.suffix.lower()
    meta: dict = {}
    if suffix in (".md", ".markdown"):
        text, meta = read_markdown(text, path)
    elif suffix in (".html", ".htm"):
        text, meta = read_html(text, display_path(path))
    if suffix != ".html" and suffix != ".htm":
        text, byline = split_byline(text)
        if byline and not meta.get("author"):
            meta["author"] = byline
        if suffix == ".txt":
            meta.setdefault("title", txt_title(text))
    if not text.strip():
        raise Skip("no article text")
    if len(text) > MAX_CHARS or truncated:
        log.warning("%s: longer than %d characters; only the first %d are read", display_path(path), MAX_CHARS,
                    MAX_CHARS)
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
                if not m.is_dir():  # a named pipe or a device is listed, then skipped with its reason
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
        elif p.is_file() or p.exists():  # not a file but there: skipped with a reason, not "no such file"
            add(p)
        else:
            raise InputError(f"{display_path(raw)}: no such file or folder")
    return found


def ingest(inputs: Iterable[str | Path]) -> Ingested:
    """Read every article under `inputs`; duplicates (same text) are kept once with all their paths."""
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
            text, meta = read_article(path, data, truncated)
        except Skip as why:
            log.warning("%s: skipped: %s", shown_path, why)
            result.skipped.append(Skipped(path=shown_path, reason=str(why)))
            continue
        except OSError as err:
            log.warning("%s: skipped: %s", shown_path, err.strerror or err)
            result.skipped.append(Skipped(path=shown_path, reason=f"cannot read: {err.strerror or err}"))
            continue
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest in by_hash:
            first = by_hash[digest].article
            first.paths.append(shown_path)
            log.warning("%s: same text as %s; counted once", shown_path, first.path)
            continue
        stem = display_path(path.stem)
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
    return result
