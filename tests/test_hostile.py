"""Bad and hostile input through the real command: one clear line, the right exit status, nothing lost.

Most tests first copy a briefing built from a good article (built once per module) into their own
output folder, run the bad case into that folder, and check that the old files are byte-identical.
"""
from __future__ import annotations

import codecs
import errno
import html.parser
import http.server
import io
import json
import os
import shutil
import threading
import tracemalloc
from pathlib import Path

import pytest

from conftest import run_cli

DATE = "2025-03-04"
GOOD = """Border crossing to reopen after talks

The interior minister announced on Tuesday that the northern border crossing would reopen next week.
"We will open the gates on Monday morning," the minister said.
Officials said 12 people were injured in clashes near the crossing on Sunday.
It remains unclear whether trucks carrying aid will be allowed through.
"""
SECOND = """Aid convoy waits at the border

A convoy of 40 trucks waited at the crossing on Wednesday, the Red Cross said.
"The drivers have been here for four days," a Red Cross spokesman told reporters.
"""
BRIEFING = ("briefing.md", "briefing.html", "briefing.pdf", "facts.json")


# ---------------------------------------------------------------------------------------------- helpers

def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in BRIEFING if (out / name).exists()}


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("briefgen: error:")]


def assert_one_error(result, code: int, *parts: str) -> str:
    """Exit `code`, exactly one `briefgen: error:` line holding every part, and no traceback."""
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = error_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    for part in parts:
        assert part in lines[0], (part, lines[0])
    return lines[0]


def assert_untouched(out: Path, before: dict[str, bytes]) -> None:
    assert snapshot(out) == before
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")], "temporary files left behind"


def folder_with(tmp_path: Path, name: str, data: bytes | str, folder: str = "in") -> Path:
    where = tmp_path / folder
    where.mkdir(exist_ok=True)
    (where / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return where


def unescaped(md: str) -> str:
    """Markdown with its backslash escapes removed, to find a path or a reason in it."""
    return md.replace("\\", "")


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("baseline")
    (root / "articles").mkdir()
    (root / "articles" / "good.txt").write_text(GOOD, encoding="utf-8")
    out = root / "out"
    result = run_cli("build", str(root / "articles"), "--out", str(out), "--date", DATE)
    assert result.returncode == 0, result.stderr
    assert set(snapshot(out)) == set(BRIEFING)
    return out


@pytest.fixture
def prior(baseline, tmp_path) -> tuple[Path, dict[str, bytes]]:
    """An output folder holding a good briefing, and its files' bytes."""
    out = tmp_path / "out"
    shutil.copytree(baseline, out)
    return out, snapshot(out)


# ------------------------------------------------------------------------------ articles that cannot be used

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
UNUSABLE = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\t\r\n   \n", "only white space"),
    "blank-unicode.txt": ("\u00a0\u3000\n\u2003".encode("utf-8"), "only white space"),
    "report.txt": (PDF, "PDF"),
    "photo.txt": (PNG, "PNG"),
    "noise.txt": (bytes(range(256)) * 8, "binary"),
    "broken.md": (b"---\ntitle: [unclosed\nauthor: Someone\n---\nThe council met on Monday.\n", "front matter"),
}


@pytest.mark.parametrize("name", sorted(UNUSABLE))
def test_unusable_article_alone_fails_in_one_line_and_keeps_the_briefing(cli, tmp_path, prior, name):
    data, reason = UNUSABLE[name]
    folder = folder_with(tmp_path, name, data)
    out, before = prior
    result = cli("build", str(folder), "--out", str(out), "--date", DATE)
    assert_one_error(result, 1, "no usable article", name, reason)
    # The warning names the file and the reason too, before the error line.
    assert any(name in line and "skipped" in line and reason in line for line in result.stderr.splitlines())
    assert_untouched(out, before)


def test_symlink_loops_are_skipped_not_followed(cli, tmp_path, prior):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)  # a folder loop
    (folder / "self.txt").symlink_to("self.txt")                      # a file that points at itself
    out, before = prior
    result = cli("build", str(folder), "--out", str(out), "--date", DATE, timeout=120)
    assert_one_error(result, 1, "no usable article", "self.txt", "symbolic links")
    assert_untouched(out, before)


def test_fifo_named_txt_is_skipped_not_read(cli, tmp_path, prior):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")  # reading it would block for ever
    out, before = prior
    result = cli("build", str(folder), "--out", str(out), "--date", DATE, timeout=120)
    assert_one_error(result, 1, "pipe.txt", "not a regular file")
    assert_untouched(out, before)


@pytest.mark.parametrize("files,message", [({}, "no articles"),
                                           ({"notes.docx": b"PK\x03\x04", "scan.pdf": PDF, ".hidden.txt": GOOD.encode()},
                                            "no usable article")],  # a PDF and a .docx are read, and skipped when unreadable
                         ids=["empty-folder", "no-article-extensions"])
def test_folder_without_articles(cli, tmp_path, prior, files, message):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    out, before = prior
    result = cli("build", str(folder), "--out", str(out), "--date", DATE)
    assert_one_error(result, 1, message, str(folder))
    assert_untouched(out, before)


def test_missing_input_path(cli, tmp_path, prior):
    out, before = prior
    result = cli("build", str(tmp_path / "nowhere"), "--out", str(out), "--date", DATE)
    assert_one_error(result, 1, "nowhere", "no such file or folder")
    assert_untouched(out, before)


# ------------------------------------------------------------- odd but usable articles, in one mixed run

LATIN1 = "Caf\u00e9 owners in Montr\u00e9al protested on Monday, the mayor's office said.\n"
UTF16 = "Talks in K\u00f6ln resumed on Thursday, the foreign ministry said.\n"
UTF8BOM = "Negotiators in Z\u00fcrich met for a third day on Friday, officials said.\n"
PAGE = """<!doctype html><html><head><title>Harbour reopens</title>
<script src="http://127.0.0.1:{port}/tracker.js"></script>
<script>document.write("injected by script"); alert("x")</script>
<style>@import url("http://127.0.0.1:{port}/style.css"); body {{ background: url(file:///etc/passwd) }}</style>
<link rel="stylesheet" href="http://127.0.0.1:{port}/sheet.css">
</head><body>
<nav>Home | World | Sport</nav>
<iframe src="http://127.0.0.1:{port}/frame.html"></iframe>
<article><h1>Harbour reopens</h1>
<p>The harbour master said on Friday that the port would reopen to fishing boats after the storm.</p>
<img src="http://127.0.0.1:{port}/photo.jpg" alt="boats">
<img src="file:///etc/passwd" alt="leak">
<p>Repairs to the main pier will take another three weeks, the harbour master said.</p>
<p>"We lost two cranes and a warehouse roof," the port's director told reporters on Friday.</p>
</article></body></html>
"""
NO_FACTS = "apples pears plums\n\ngreen blue red\n\nten eleven twelve\n"


class Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - the stdlib's name
        Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"fetched")

    def log_message(self, *args):  # keep pytest's output clean
        pass


@pytest.fixture
def web_server():
    """A server on the loopback address that counts requests; nothing should ever reach it."""
    Counter.hits = []
    server = http.server.HTTPServer(("127.0.0.1", 0), Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture
def mixed(tmp_path, web_server) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "copy-of-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (folder / "utf16.txt").write_bytes(UTF16.encode("utf-16"))  # with a BOM
    (folder / "utf8bom.txt").write_bytes(codecs.BOM_UTF8 + UTF8BOM.encode("utf-8"))
    (folder / "page.html").write_text(PAGE.format(port=web_server), encoding="utf-8")
    (folder / "nofacts.txt").write_text(NO_FACTS, encoding="utf-8")
    for name, (data, _) in UNUSABLE.items():
        (folder / name).write_bytes(data)
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)
    return folder


def test_mixed_folder_is_read_once_each_and_lists_what_was_skipped(cli, tmp_path, mixed):
    out = tmp_path / "out"
    result = cli("build", str(mixed), "--out", str(out), "--date", DATE)
    assert result.returncode == 0, result.stderr
    assert not error_lines(result.stderr) and "Traceback" not in result.stderr

    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    ids = sorted(a["id"] for a in facts["articles"])
    assert ids == ["copy-of-good", "latin1", "nofacts", "page", "utf16", "utf8bom"]
    # The duplicate is one article that keeps both paths, whichever name came first.
    dup = next(a for a in facts["articles"] if a["id"] == "copy-of-good")
    assert sorted(Path(p).name for p in dup["paths"]) == ["copy-of-good.txt", "good.txt"]
    assert "same text" in result.stderr and "good.txt" in result.stderr
    page = next(a for a in facts["articles"] if a["id"] == "page")
    assert page["title"] == "Harbour reopens"

    skipped = {Path(s["path"]).name: s["reason"] for s in facts["skipped"]}
    assert set(skipped) == set(UNUSABLE) | {"self.txt"}
    for name, (_, reason) in UNUSABLE.items():
        assert reason in skipped[name], (name, skipped[name])
        assert any(name in line and "skipped" in line for line in result.stderr.splitlines()), name
    assert "latin1.txt" in result.stderr and "not UTF-8" in result.stderr

    md = unescaped((out / "briefing.md").read_text(encoding="utf-8"))
    assert "Skipped files" in md
    for s in facts["skipped"]:
        assert f"{s['path']}: {s['reason']}" in md, s
    labels = {a["id"]: a["source"] or a["title"] or a["id"] for a in facts["articles"]}  # as a reader names them
    for name in ("latin1", "utf16", "utf8bom", "nofacts", "page"):
        assert " ".join(labels[name].split()) in md, (name, labels[name])
    # No mojibake (é read as Ã©) in any format; the PDF is read as the text it shows, not as bytes
    # (compressed PDF streams hold any byte, so decoding the file would find "Ã" by chance).
    texts = [(out / n).read_text(encoding="utf-8") for n in BRIEFING if not n.endswith(".pdf")]
    texts += pdf_lines((out / "briefing.pdf").read_bytes())
    assert "\u00c3" not in "".join(texts)


def test_odd_encodings_and_html_are_read_as_their_text(mixed):
    from briefgen.ingest import ingest

    texts = {d.article.id: d.text for d in ingest([mixed]).documents}
    assert texts["latin1"] == LATIN1
    assert texts["utf16"] == UTF16
    assert texts["utf8bom"] == UTF8BOM  # the BOM is not part of the text
    page = texts["page"]
    assert "port would reopen" in page and "two cranes" in page
    for leak in ("injected by script", "alert", "background", "Home | World", "passwd", "127.0.0.1"):
        assert leak not in page, leak


def test_html_page_makes_no_request_and_reads_no_local_file(cli, tmp_path, web_server):
    folder = folder_with(tmp_path, "page.html", PAGE.format(port=web_server))
    out = tmp_path / "out"
    result = cli("build", str(folder), "--out", str(out), "--date", DATE)
    assert result.returncode == 0, result.stderr
    assert Counter.hits == []
    for name in BRIEFING:
        data = (out / name).read_bytes()
        assert b"root:x:0" not in data and b"fetched" not in data


def test_article_with_no_facts_still_gives_a_briefing(cli, tmp_path):
    folder = folder_with(tmp_path, "nofacts.txt", NO_FACTS)
    out = tmp_path / "out"
    result = cli("build", str(folder), "--out", str(out), "--date", DATE, "--format", "md,html")
    assert result.returncode == 0, result.stderr
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in facts["articles"]] == ["nofacts"]
    assert "apples pears plums" in (out / "briefing.md").read_text(encoding="utf-8")  # listed by its headline


# ----------------------------------------------------------------------------------- articles too big

def test_fifty_megabyte_article_is_cut_not_read_whole(cli, tmp_path):
    from briefgen.ingest import MAX_CHARS, ingest

    folder = tmp_path / "in"
    folder.mkdir()
    # Long words: the same 100,000 characters as plain prose but a fraction of the tokens to parse.
    line = "Intergovernmental negotiators characterised unprecedented counterproposals as constructive.\n"
    block = (line * (1_000_000 // len(line))).encode("utf-8")
    with open(folder / "huge.txt", "wb") as handle:
        for _ in range(50):
            handle.write(block)
    assert (folder / "huge.txt").stat().st_size > 49_000_000
    from briefgen.ingest import language
    language._identifier()  # the language model is loaded once per process: not a cost of this file

    tracemalloc.start()
    try:
        docs = ingest([folder]).documents
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(docs) == 1 and len(docs[0].text) <= MAX_CHARS
    assert docs[0].text.endswith("constructive.\n")  # cut at a line end, not inside a word
    assert peak < 20_000_000, f"ingest held {peak} bytes for a 50 MB file"

    out = tmp_path / "out"
    result = cli("build", str(folder), "--out", str(out), "--date", DATE, "--format", "md", timeout=180)
    assert result.returncode == 0, result.stderr
    assert "huge.txt" in result.stderr and f"only the first {MAX_CHARS}" in result.stderr


def test_one_enormous_line_is_broken_into_sentences(cli, tmp_path):
    """300 KB with no full stop: cut to MAX_CHARS, and a space becomes a line break every MAX_SENTENCE."""
    from briefgen.ingest import MAX_CHARS, MAX_SENTENCE, ingest

    words = ("intergovernmental", "negotiators", "characterised", "unprecedented", "counterproposals", "and")
    text = " ".join(words[i * 5 % len(words)] for i in range(30_000))[:300_000]
    folder = folder_with(tmp_path, "oneline.txt", text)
    doc = ingest([folder]).documents[0]
    assert len(doc.text) <= MAX_CHARS
    assert doc.text.replace("\n", " ").rstrip() == text[: len(doc.text)].rstrip()  # only spaces changed
    assert max(len(line) for line in doc.text.split("\n")) <= MAX_SENTENCE

    out = tmp_path / "out"
    result = cli("build", str(folder), "--out", str(out), "--date", DATE, "--format", "md", timeout=180)
    assert result.returncode == 0, result.stderr
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    for section in ("developments", "positions", "quotes", "open_questions", "casualties"):
        for item in facts[section]:
            for source in item["sources"]:
                assert len(source["sentence"]) <= MAX_SENTENCE


# ------------------------------------------------------------------------- text that tries to break the output

LONG_WORD = "Pneumono" + "ultramicroscopic" * 20
LONG_URL = "https://example.org/" + "very-long-path-segment/" * 15 + "index.html"
HOSTILE_ARTICLE = f"""Minister answers critics

"<script>alert(1)</script> {{{{ 7*7 }}}} is not a number we accept," the minister said on Monday.
"<img src=x onerror=alert(2)> {{% for x in range(3) %}}loop{{% endfor %}} must stay text," the spokesman said.
"# Not a heading, [not a link](http://evil.example/) and **not bold** | not | a table," the mayor said on Tuesday.
"{LONG_WORD} is the word they used," the professor said on Wednesday.
"Read it at {LONG_URL} before Friday," the editor told readers on Thursday.
"\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0625\u0646 \u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0633\u062a\u0633\u062a\u0623\u0646\u0641 and \u05e9\u05dc\u05d5\u05dd," the envoy said on Friday.
"The talks, \u4f1a\u8c08\u5c06\u4e8e\u5468\u4e00\u6062\u590d or \ud55c\uad6d\uc5b4, will resume on Monday \U0001f680\U0001f525\U0001f44d," the delegate said on Saturday.
"""


class TagCollector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def check_page(page: str) -> str:
    """No element or attribute came from article text; returns the page's visible text."""
    parser = TagCollector()
    parser.feed(page)
    parser.close()
    tags = [t for t, _ in parser.tags]
    assert "script" not in tags and "iframe" not in tags and "img" not in tags
    assert not any(k.startswith("on") for _, attrs in parser.tags for k in attrs)
    assert not any("evil.example" in (attrs.get("href") or "") for _, attrs in parser.tags)
    assert "<script" not in page.lower()
    return "".join(parser.text)


def pdf_lines(data: bytes) -> list[str]:
    """The PDF's text lines with every space removed (pypdf puts a NUL or a space between the letters of subset fonts)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return [line.replace("\x00", "").replace(" ", "") for line in text.splitlines()]


def check_pdf(data: bytes) -> None:
    assert data.startswith(b"%PDF-")
    lines = pdf_lines(data)
    text = "".join(lines)
    # Still text, not template output: the 7*7 is there as written and no 49 took its place.
    assert "<script>alert(1)</script>{{7*7}}" in text and "{%forxinrange(3)%}" in text
    assert "looplooploop" not in text and "}}49" not in text and "49is" not in text
    # A long word or URL that did not wrap would come out as one line far wider than the page
    # (an A4 line holds about 100 characters at this size).
    assert max(len(line) for line in lines) < 150, max(lines, key=len)


def test_hostile_article_stays_text_in_every_format(cli, tmp_path):
    folder = folder_with(tmp_path, "hostile.txt", HOSTILE_ARTICLE)
    out = tmp_path / "out"
    result = cli("build", str(folder), "--out", str(out), "--date", DATE)
    assert result.returncode == 0, result.stderr
    md = (out / "briefing.md").read_text(encoding="utf-8")
    page = (out / "briefing.html").read_text(encoding="utf-8")
    text = check_page(page)
    # The quotes were extracted and cited (else this test would prove nothing) ...
    assert "alert(1)" in text and "onerror" in text and "7*7" in unescaped(md)
    # ... and none of it ran as template code or became markup.
    for rendered in (unescaped(md), text):
        assert "49 is not" not in rendered and "looplooploop" not in rendered
        assert "{{ 7*7 }}" in rendered and "{% for x in range(3) %}" in rendered
    assert "<h1>Not a heading" not in page and "<strong>not bold" not in page
    for script in ("\u0627\u0644\u0648\u0632\u064a\u0631", "\u05e9\u05dc\u05d5\u05dd", "\u4f1a\u8c08", "\U0001f680"):
        assert script in md and script in page
    check_pdf((out / "briefing.pdf").read_bytes())


def hostile_facts_file(path: Path) -> None:
    """Every text field of a facts file holds something that would break a naive renderer."""
    from briefgen import facts as facts_io
    from briefgen.facts import (Actor, Article, Casualty, Development, Facts, OpenQuestion, Position, Quote,
                                Skipped, Source)

    bad = ("<script>alert(1)</script> {{ 7*7 }} {% for x in range(3) %}loop{% endfor %} "
           "<img src=x onerror=alert(2)> [link](javascript:alert(3)) **bold** " + LONG_WORD + " " + LONG_URL +
           " \u0627\u0644\u0648\u0632\u064a\u0631 \u05e9\u05dc\u05d5\u05dd \u4f1a\u8c08 \U0001f680")

    def src(n: int) -> list[Source]:
        return [Source(article="a<b>", sentence=f"{bad} ({n}).", start=n * 1000, end=n * 1000 + len(bad) + 5)]

    facts = Facts(
        title="{{ 7*7 }} <script>alert(0)</script>", date=DATE,
        articles=[Article(id="a<b>", path="/tmp/<b>{{ 7*7 }}.txt", title=bad, author="{{ config }}",
                          source="<i>wire</i>", published="{% raw %}", url="javascript:alert(4)")],
        actors=[Actor(name="{{ 7*7 }} Party", type="organisation")],
        developments=[Development(id="d1", text=bad, sources=src(1))],
        positions=[Position(id="p1", text=bad, actor="{{ 7*7 }} Party", cue="say", sources=src(2))],
        quotes=[Quote(id="q1", text=bad, speaker="<b>{{ 7*7 }}</b>", sources=src(3))],
        open_questions=[OpenQuestion(id="o1", text=bad, cue="unclear", sources=src(4))],
        casualties=[Casualty(id="c1", text=bad, count=49, kind="killed", sources=src(5))],
        skipped=[Skipped(path="/tmp/{{ 7*7 }}<script>.txt", reason=bad)],
    )
    path.write_text(facts_io.dumps(facts), encoding="utf-8")


def test_render_of_hostile_facts_stays_text(cli, tmp_path):
    facts = tmp_path / "facts.json"
    hostile_facts_file(facts)
    out = tmp_path / "out"
    result = cli("render", str(facts), "--out", str(out))
    assert result.returncode == 0, result.stderr
    md = unescaped((out / "briefing.md").read_text(encoding="utf-8"))
    page = (out / "briefing.html").read_text(encoding="utf-8")
    text = check_page(page)
    assert not any(attrs.get("href", "").startswith("javascript:") for _, attrs in _tags(page))
    for rendered in (md, text):
        assert "{{ 7*7 }}" in rendered and "looplooploop" not in rendered
        assert "<script>alert(1)</script>" in rendered
    check_pdf((out / "briefing.pdf").read_bytes())


def _tags(page: str) -> list[tuple[str, dict]]:
    parser = TagCollector()
    parser.feed(page)
    return parser.tags


# ----------------------------------------------------------------------------------- config and facts files

CONFIGS = {
    # name: (file text, parts of the error line; "{path}" is the config's path)
    "broken-yaml": ("title: Daily\ninputs: [seeds\nformats: [md]\n", ["{path}:", "not valid YAML"]),
    "wrong-type": ("title: Daily\nlimit: many\n", ["{path}:2:", "key 'limit'", "integer"]),
    "unknown-key": ("title: Daily\ncolour: red\n", ["{path}:2:", "key 'colour'", "unknown key"]),
    "nested-wrong": ("output:\n  dir: out\n  retention_days: -3\n", ["{path}:3:", "key 'output.retention_days'"]),
    "bad-format": ("formats:\n  - md\n  - odt\n", ["{path}:3:", "key 'formats.1'"]),
    "bad-section": ("sections:\n  - developments\n  - gossip\n", ["{path}:3:", "key 'sections.1"]),
    "not-a-mapping": ("- just\n- a list\n", ["{path}:1:", "mapping"]),
    "tabs": ("title: Daily\n\tlimit: 3\n", ["{path}:2:", "not valid YAML"]),
}


@pytest.mark.parametrize("case", sorted(CONFIGS))
def test_bad_config_is_one_line_naming_file_line_and_key(cli, tmp_path, prior, good_folder, case):
    text, parts = CONFIGS[case]
    config = tmp_path / "briefgen.yaml"
    config.write_text(text, encoding="utf-8")
    out, before = prior
    result = cli("build", str(good_folder), "--config", str(config), "--out", str(out), "--date", DATE)
    assert_one_error(result, 2, *(p.format(path=config) for p in parts))
    assert_untouched(out, before)


@pytest.fixture
def good_folder(tmp_path) -> Path:
    return folder_with(tmp_path, "good.txt", GOOD, folder="good")


def test_missing_config(cli, tmp_path, prior, good_folder):
    out, before = prior
    missing = tmp_path / "nope.yaml"
    result = cli("build", str(good_folder), "--config", str(missing), "--out", str(out))
    assert_one_error(result, 2, str(missing), "not found")
    assert_untouched(out, before)


@pytest.mark.parametrize("kind", ["folder", "not-utf8"])
def test_unreadable_config(cli, tmp_path, prior, good_folder, kind):
    """Root reads any file whatever its mode, so unreadable is a folder, or bytes that are not text."""
    config = tmp_path / "briefgen.yaml"
    if kind == "folder":
        config.mkdir()
    else:
        config.write_bytes(b"title: \xff\xfe\x00broken\n")
    out, before = prior
    result = cli("build", str(good_folder), "--config", str(config), "--out", str(out))
    assert_one_error(result, 2, str(config), "cannot read config file")
    assert_untouched(out, before)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_config_without_read_permission(cli, tmp_path, prior, good_folder):
    config = tmp_path / "briefgen.yaml"
    config.write_text("title: Daily\n", encoding="utf-8")
    config.chmod(0)
    out, before = prior
    result = cli("build", str(good_folder), "--config", str(config), "--out", str(out))
    assert_one_error(result, 2, str(config), "cannot read config file", "ermission")
    assert_untouched(out, before)


def test_debug_shows_the_traceback(cli, tmp_path, good_folder):
    config = tmp_path / "briefgen.yaml"
    config.write_text("title: Daily\ncolour: red\n", encoding="utf-8")
    plain = cli("build", str(good_folder), "--config", str(config), "--out", str(tmp_path / "out"))
    debug = cli("build", str(good_folder), "--config", str(config), "--out", str(tmp_path / "out"), "--debug")
    assert "Traceback" not in plain.stderr
    assert "Traceback" in debug.stderr and "ConfigError" in debug.stderr
    assert debug.returncode == plain.returncode == 2
    assert error_lines(debug.stderr) == error_lines(plain.stderr)


FACTS_FILES = {
    # name: (file text, parts of the error line)
    "newer-schema": ('{\n  "schema_version": 99,\n  "articles": []\n}\n', ["schema_version", "99", "upgrade"]),
    "broken-json": ('{\n  "schema_version": 1,\n  "articles": [\n}\n', ["{path}:4:", "not valid JSON"]),
    "wrong-type": ('{\n  "schema_version": 1,\n  "articles": "all of them"\n}\n', ["key 'articles'"]),
    "unknown-key": ('{\n  "schema_version": 1,\n  "gossip": []\n}\n', ["key 'gossip'"]),
    "bad-item": ('{\n  "schema_version": 1,\n  "quotes": [{"text": "x", "sources": []}]\n}\n', ["key 'quotes.0.speaker'"]),
    "not-a-mapping": ("[1, 2, 3]\n", ["mapping"]),
    "not-utf8": (b"{\"title\": \"\xff\"}\n", ["cannot read facts file"]),
}


@pytest.mark.parametrize("case", sorted(FACTS_FILES))
def test_bad_facts_file_is_one_line_naming_file_and_key(cli, tmp_path, prior, case):
    text, parts = FACTS_FILES[case]
    facts = tmp_path / "facts-in.json"
    facts.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    out, before = prior
    result = cli("render", str(facts), "--out", str(out))
    assert_one_error(result, 2, str(facts), *(p.format(path=facts) for p in parts))
    assert_untouched(out, before)


@pytest.mark.parametrize("case,line", [("newer-schema", 2), ("wrong-type", 3), ("unknown-key", 3)])
def test_bad_facts_file_names_the_line(cli, tmp_path, case, line):
    facts = tmp_path / "facts-in.json"
    facts.write_text(FACTS_FILES[case][0], encoding="utf-8")
    result = cli("render", str(facts), "--out", str(tmp_path / "out"))
    assert_one_error(result, 2, f"{facts}:{line}:")


def test_missing_facts_file(cli, tmp_path, prior):
    out, before = prior
    result = cli("render", str(tmp_path / "nope.json"), "--out", str(out))
    assert_one_error(result, 2, "nope.json")
    assert_untouched(out, before)


# ------------------------------------------------------------------------------------------------ output

def test_output_path_that_is_a_file(cli, tmp_path, good_folder):
    target = tmp_path / "briefing-here"
    target.write_bytes(b"not a folder")
    result = cli("build", str(good_folder), "--out", str(target), "--date", DATE)
    assert_one_error(result, 1, str(target), "output folder")
    assert target.read_bytes() == b"not a folder"


def test_output_folder_under_a_file(cli, tmp_path, good_folder):
    target = tmp_path / "plain-file"
    target.write_bytes(b"x")
    result = cli("build", str(good_folder), "--out", str(target / "sub"), "--date", DATE)
    assert_one_error(result, 1, "plain-file", "output folder")
    assert target.read_bytes() == b"x"


def test_render_into_a_file_path(cli, tmp_path, baseline):
    target = tmp_path / "plain-file"
    target.write_bytes(b"x")
    result = cli("render", str(baseline / "facts.json"), "--out", str(target))
    assert_one_error(result, 1, "plain-file", "output folder")


class FullDisk(io.RawIOBase):
    """A file handle on a disk that fills up after a few bytes."""

    def __init__(self, handle) -> None:
        super().__init__()
        self.handle = handle

    def write(self, data) -> int:
        self.handle.write(bytes(data)[:10])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def fileno(self) -> int:
        return self.handle.fileno()

    def flush(self) -> None:
        if not self.handle.closed:
            self.handle.flush()

    def close(self) -> None:
        super().close()
        self.handle.close()

    def writable(self) -> bool:
        return True


def test_disk_full_mid_write_keeps_the_previous_briefing(monkeypatch, capsys, tmp_path, prior):
    """The second output file hits a full disk: an error line, every old file as it was, no temp file left."""
    from briefgen import cli

    out, before = prior
    folder = folder_with(tmp_path, "good.txt", GOOD)
    (folder / "second.txt").write_text(SECOND, encoding="utf-8")  # new facts, so every file is rewritten
    real_fdopen = os.fdopen
    opened: list[str] = []

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        where = os.readlink(f"/proc/self/fd/{fd}")
        if Path(where).parent == out.resolve():
            opened.append(where)
            if len(opened) >= 2:
                return FullDisk(handle)
        return handle

    monkeypatch.setattr(os, "fdopen", fdopen)
    code = cli.main(["build", str(folder), "--out", str(out), "--date", DATE, "--no-cache"])
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert code == 1, err
    lines = error_lines(err)
    assert len(lines) == 1, err
    assert "disk full" in lines[0] and "previous briefing is unchanged" in lines[0]
    assert len(opened) == 2
    assert_untouched(out, before)
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")]
