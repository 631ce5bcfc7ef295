"""Articles as they arrive from the web (issue 17): furniture out, titles, dates, every file accounted for,
globs and `-`. Every text here is written for the test."""
from __future__ import annotations

import io
import logging
import sys
from pathlib import Path

import pytest

from briefgen.ingest import find_files, ingest, published_date, read_article
from briefgen.ingest import furniture
from briefgen.ingest.dates import parse_date

BODY = ("The county council voted on Tuesday to close the old bridge over the river after engineers found "
        "cracks in two of its piers. The council said repairs would take at least a year.\n")


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def cleaned(*paragraphs: str) -> str:
    return furniture.remove("\n\n".join((BODY.strip(), *paragraphs)) + "\n").text


# ------------------------------------------------------------------------------------------ furniture

@pytest.mark.parametrize("piece", [
    # captions and credits
    "Engineers inspect a pier of the bridge on Monday. (Photo: Jane Roe/The Valley Herald)",
    "Workers stand beside the closed bridge, Monday, May 4, 2025. (Associated Press)",
    "Sam Example/AFP/Getty Images",
    "REUTERS/Pat Sample",
    "In this photo provided by the county, a crack runs across the pier.",
    "Image: The bridge at dawn",
    "A crane operator looks on as the pier is lifted on March 30.",
    "Residents pray near the closed bridge in Springfield, Tuesday, May 6, 2025.",
    "Source: County Engineering Office",
    "Valley Herald file photo",
    # ads and widgets
    "Advertisement",
    "Photo Advertisement Continue reading the main story",
    "1 of 12 Full Screen Autoplay Close Skip Ad \u00d7 The bridge from above View Photos",
    "JUST WATCHED Bridge closes Replay More Videos ... MUST WATCH",
    # embedded posts
    "The bridge is closed, avoid the area pic.twitter.com/abc123 \u2014 Sam Resident (@samres) May 4, 2025",
    "@countyroads @valleyherald #bridge #closed #traffic https://t.co/xyz",
    # share, subscribe, newsletter and other prompts
    "Sign up for our morning newsletter",
    "Read or Share this story: http://example.test/x1",
    "Follow Valley 9:",
    "Stay with Valley 9 News for more on this developing story.",
    "Valley 9 will have more on this story as it becomes available.",
    "Click here to see the full list.",
    "This is a developing story. Check back for updates.",
    "Watch the report",
    # bylines, contributors, editor's notes, copyright
    "Staff writer Pat Sample contributed to this report.",
    "With Ann Other, Bob Person",
    "Sample reported from Springfield.",
    "-- Pat Sample",
    "AB/CD/EF",
    "Editor's note: This story has been updated.",
    "Copyright 2025 Valley Herald. All rights reserved.",
    "\u00a9 2025 Example Media Group",
    "Information from: The Valley Herald, http://example.test",
    "******************************",
])
def test_each_kind_of_furniture_is_removed(piece):
    text = cleaned(piece)
    assert "council voted" in text
    assert furniture.squash(piece)[:30] not in furniture.squash(text), piece


def test_article_prose_is_kept():
    prose = ["More than 300 people attended the meeting, the council said.",
             "By the time the engineers arrived, the crack had widened.",
             "\u201cWe will not reopen it until it is safe,\u201d the mayor said.",
             "The photo shows no damage, according to the county's statement.",
             "Police did not say who subscribed to the mailing list.",
             "The council stands by its decision to close the bridge on March 30.",
             "The trial of the engineer begins on Aug. 28."]
    text = cleaned(*prose)
    for line in prose:
        assert line in text


def test_prompt_after_prose_in_one_paragraph_loses_only_the_prompt():
    text = cleaned("No arrests were made on Tuesday. Keep up with local news on our app. Sign up for our newsletter.")
    assert "No arrests were made on Tuesday." in text
    assert "Keep up" not in text and "newsletter" not in text


def test_related_block_and_poll_are_removed():
    text = cleaned("Related stories:", "Mayor opens new library", "Storm closes schools for a day", BODY.strip(),
                   "Do you use the bridge?", "1. Yes.", "2. No.", "3. Unsure.")
    for gone in ("Related", "new library", "Storm closes", "1. Yes", "3. Unsure"):
        assert gone not in text
    assert "Do you use the bridge?" in text


def test_teaser_list_of_other_stories_is_removed():
    teasers = []
    for story in ("A fire destroyed a barn on the edge of town on Sunday night, firefighters said",
                  "The school board approved a new budget after a long debate on Monday evening",
                  "A lost dog was found safe after three days in the woods near the lake"):
        teasers += [story + ".", story + ". More details of this other story follow here."]
    text = furniture.remove("\n\n".join(teasers + [BODY.strip()]) + "\n").text
    assert "barn" not in text and "school board" not in text and "lost dog" not in text
    assert "council voted" in text


def test_unpaired_teaser_after_a_teaser_list_goes_until_the_headline_subject():
    teasers = []
    for story in ("A fire destroyed a barn on the edge of town on Sunday night, firefighters said",
                  "The school board approved a new budget after a long debate on Monday evening"):
        teasers += [story + ".", story + ". More details of this other story follow here."]
    lone = "A cyclist was hurt in a crash with a delivery van on the ring road late on Saturday."
    title = "Council votes to close the old bridge over the river"
    text = furniture.remove("\n\n".join(teasers + [lone, BODY.strip()]) + "\n", title=title).text
    assert "cyclist" not in text and "barn" not in text
    assert text.lstrip().startswith("The county council voted")
    # Without a paragraph on the headline's subject nearby, only the paired teasers go.
    text = furniture.remove("\n\n".join(teasers + [lone, BODY.strip()]) + "\n", title="Storm warning issued").text
    assert "cyclist" in text and "barn" not in text


def test_tip_line_assurance_goes_and_the_appeal_stays():
    text = cleaned("Anyone with information is asked to call the police tip line. All calls will be kept "
                   "confidential.", "Callers can remain anonymous.")
    assert "Anyone with information is asked to call the police tip line." in text
    assert "confidential" not in text and "anonymous" not in text
    kept = cleaned("The agency said survey answers will be kept confidential by law.")
    assert "kept confidential by law" in kept


def test_byline_dateline_and_date_line_are_metadata():
    text = ("By Pat Sample\n\nUpdated: Friday, June 6, 2025 6:23 PM EDT\n\n"
            "SPRINGFIELD, Ill. (AP) \u2014 " + BODY)
    out = furniture.remove(text)
    assert out.text.lstrip().startswith("The county council voted")
    assert out.meta == {"author": "Pat Sample", "published": "Friday, June 6, 2025 6:23 PM EDT",
                        "source": "Associated Press"}
    assert [rule for rule, _ in out.dropped] == ["byline", "date line"]
    assert furniture.strip_dateline("(Reuters) - " + BODY)[0] == BODY
    assert furniture.strip_dateline("Police \u2014 " + BODY)[1] is None  # not a dateline: no capitals


def test_furniture_keeps_the_text_layout():
    text = "First line of the story stays here.\nAdvertisement\nSecond line of the story stays too.\n"
    assert furniture.remove(text).text == "First line of the story stays here.\nSecond line of the story stays too.\n"


def test_dropped_furniture_is_logged_at_debug(tmp_path, caplog):
    write(tmp_path, "a.txt", BODY + "\nAdvertisement\n")
    with caplog.at_level(logging.DEBUG, logger="briefgen.ingest"):
        doc = ingest([tmp_path]).documents[0]
    assert "Advertisement" not in doc.text
    assert any("furniture (widget) dropped: Advertisement" in r.getMessage() for r in caplog.records)


def test_debug_flag_shows_dropped_furniture(tmp_path, cli):
    write(tmp_path, "a.txt", BODY + "\nAdvertisement\n")
    proc = cli("extract", str(tmp_path), "--debug", "-o", str(tmp_path / "facts.json"))
    assert proc.returncode == 0, proc.stderr
    assert "furniture (widget) dropped: Advertisement" in proc.stderr


# ------------------------------------------------------------------------------------------ titles

def test_txt_headline_without_site_name_and_boilerplate_never_a_title(tmp_path):
    write(tmp_path, "a.txt", "Council closes old bridge - Valley 9 News, Weather, Sports\n\n" + BODY)
    write(tmp_path, "b.txt", "UPDATE: Bridge to stay shut for a year | The Valley Herald\n\n" + BODY.replace("year", "decade"))
    write(tmp_path, "c.txt", "Photo Advertisement Continue reading the main story\n\n" + BODY.replace("Tuesday", "Monday"))
    docs = {d.article.id: d for d in ingest([tmp_path]).documents}
    assert docs["a"].article.title == "Council closes old bridge"
    assert docs["a"].text.startswith("Council closes old bridge\n")
    assert docs["b"].article.title == "Bridge to stay shut for a year"
    assert docs["c"].article.title is None and "Advertisement" not in docs["c"].text


def test_clean_title():
    assert furniture.clean_title("Trump wins vote in the Senate - Example News") == "Trump wins vote in the Senate"
    assert furniture.clean_title("Advertisement") is None
    assert furniture.clean_title("Tuesday, October 14, 2025") is None
    assert furniture.clean_title("Storm - what we know so far") == "Storm - what we know so far"


# ------------------------------------------------------------------------------------------ dates

@pytest.mark.parametrize("text,iso", [
    ("2025-08-21", "2025-08-21"),
    ("2025-08-21T14:00:00Z", "2025-08-21T14:00:00+00:00"),
    ("2025-08-21 14:00", "2025-08-21T14:00:00"),
    ("20250821", "2025-08-21"),
    ("21/08/2025 14:00", "2025-08-21T14:00:00"),
    ("08/21/2025", "2025-08-21"),
    ("21.08.2025", "2025-08-21"),
    ("21 August 2025", "2025-08-21"),
    ("21st August 2025", "2025-08-21"),
    ("August 21, 2025", "2025-08-21"),
    ("Aug. 21, 2025", "2025-08-21"),
    ("Sept. 3, 2025", "2025-09-03"),
    ("Thursday, Aug. 21, 2025 6:23 PM EDT", "2025-08-21T18:23:00-04:00"),
    ("Thu, 21 Aug 2025 14:00:00 +0200", "2025-08-21T14:00:00+02:00"),
])
def test_each_date_format_is_iso_8601(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["2025-02-30", "31/02/2025", "13/13/2025", "Maybe 5, 2025", "soon", "21/08/2025 25:00"])
def test_impossible_dates_are_none(text):
    assert parse_date(text) is None


def test_iso_dates_sort_as_dates():
    written = ["21/08/2025 14:00", "2020-01-20", "Aug. 3, 2025", "2025-08-21T09:00"]
    assert sorted(parse_date(d) for d in written) == ["2020-01-20", "2025-08-03", "2025-08-21T09:00:00",
                                                      "2025-08-21T14:00:00"]


def test_front_matter_date_key_and_formats(tmp_path, caplog):
    write(tmp_path, "a.md", "---\ntitle: A\ndate: 2025-08-21\n---\n" + BODY)
    write(tmp_path, "b.md", "---\ntitle: B\npublished: 21/08/2025 14:00\n---\n" + BODY.replace("year", "month"))
    write(tmp_path, "c.md", "---\ntitle: C\ndate: 2025-02-30\n---\n" + BODY.replace("year", "week"))
    with caplog.at_level(logging.WARNING):
        docs = {d.article.id: d.article for d in ingest([tmp_path]).documents}
    assert docs["a"].published == "2025-08-21"
    assert docs["b"].published == "2025-08-21T14:00:00"
    assert docs["c"].published is None
    assert any("c.md: date '2025-02-30' is not a real date" in r.getMessage() for r in caplog.records)


def test_published_date_names_the_key(caplog):
    with caplog.at_level(logging.WARNING):
        assert published_date("x.md", "whenever", "date") is None
    assert "x.md: date 'whenever'" in caplog.text


def test_html_date_from_the_page_metadata(tmp_path):
    body = " ".join([BODY.strip()] * 4)
    write(tmp_path, "p.html", '<html><head><title>Bridge</title>'
                              '<meta property="article:published_time" content="2025-08-21T09:30:00+00:00">'
                              f'</head><body><article><h1>Bridge</h1><p>{body}</p></article></body></html>')
    assert ingest([tmp_path]).documents[0].article.published == "2025-08-21"


# ------------------------------------------------------------------------------------------ every file

def _pdf(text: str) -> bytes:
    """A one-page PDF with `text` on it (Helvetica), written by hand: no PDF writer is needed."""
    stream = f"BT /F1 11 Tf 50 750 Td ({text}) Tj ET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def test_pdf_is_read(tmp_path):
    write(tmp_path, "a.pdf", _pdf("The county council voted on Tuesday to close the old bridge."))
    result = ingest([tmp_path])
    assert not result.skipped
    assert "council voted on Tuesday" in result.documents[0].text


def test_docx_is_read(tmp_path):
    import docx

    document = docx.Document()
    document.core_properties.title = "Council closes bridge"
    document.core_properties.author = "Pat Sample"
    document.add_paragraph("The county council voted on Tuesday to close the old bridge.")
    document.add_paragraph("Repairs will take at least a year, the council said.")
    document.save(tmp_path / "a.docx")
    article = ingest([tmp_path]).documents[0]
    assert (article.article.title, article.article.author) == ("Council closes bridge", "Pat Sample")
    assert "council voted" in article.text and "Repairs will take" in article.text


def test_broken_pdf_and_docx_are_skipped_with_reason(tmp_path):
    write(tmp_path, "bad.pdf", b"%PDF-1.4 this is not really a pdf")
    write(tmp_path, "bad.docx", b"PK\x03\x04 not a zip either")
    write(tmp_path, "ok.txt", BODY)
    result = ingest([tmp_path])
    reasons = {Path(s.path).name: s.reason for s in result.skipped}
    assert set(reasons) == {"bad.pdf", "bad.docx"}
    assert "PDF" in reasons["bad.pdf"] and "Word" in reasons["bad.docx"]


def test_unsupported_files_are_named_with_why(tmp_path, caplog):
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "data.json", "{}")
    write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0")
    write(tmp_path, "notes", "no extension")
    with caplog.at_level(logging.WARNING):
        result = ingest([tmp_path])
    reasons = {Path(s.path).name: s.reason for s in result.skipped}
    assert reasons["data.json"].startswith("a JSON file, not an article")
    assert reasons["photo.jpg"].startswith("an image, not an article")
    assert reasons["notes"].startswith("a file without an extension")
    assert "data.json: skipped" in caplog.text


def test_near_empty_extraction_is_a_warning(tmp_path, caplog):
    write(tmp_path, "p.html", "<html><body><nav>Home</nav><article><p>The bridge is closed for repairs "
                              "until next year, the council said.</p></article></body></html>")
    with caplog.at_level(logging.WARNING):
        ingest([tmp_path])
    assert "p.html: only" in caplog.text and "characters of article text extracted" in caplog.text


GERMAN = ("Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu schließen, nachdem "
          "Ingenieure Risse in zwei Pfeilern gefunden hatten. Die Reparatur werde mindestens ein Jahr dauern, "
          "sagte der Bürgermeister. Anwohner müssen nun einen Umweg von zwanzig Minuten fahren.\n")


def test_non_english_article_is_skipped_naming_the_language(tmp_path, caplog):
    write(tmp_path, "de.txt", GERMAN)
    write(tmp_path, "en.txt", BODY + BODY.replace("Tuesday", "Monday"))
    with caplog.at_level(logging.WARNING):
        result = ingest([tmp_path])
    assert [d.article.id for d in result.documents] == ["en"]
    assert "German (de)" in result.skipped[0].reason
    assert "de.txt: skipped: written in German (de)" in caplog.text
    assert [d.article.id for d in ingest([tmp_path], languages=()).documents] == ["de", "en"]


# ------------------------------------------------------------------------------------------ inputs

@pytest.fixture
def feed(tmp_path):
    write(tmp_path, "feed/2025-08-20/a.txt", BODY)
    write(tmp_path, "feed/2025-08-21/b.txt", BODY.replace("year", "month"))
    write(tmp_path, "feed/2025-08-21/c.html", "<html></html>")
    write(tmp_path, "feed/2025-08-21/late/d.txt", BODY.replace("year", "week"))
    return tmp_path


@pytest.mark.parametrize("pattern,names", [
    ("feed/*/*.txt", ["a.txt", "b.txt"]),
    ("feed/**/*.txt", ["a.txt", "b.txt", "d.txt"]),
    ("feed/2025-08-2[1]/*", ["b.txt", "c.html"]),
    ("feed/*-21/*.htm?", ["c.html"]),
    ("feed/*/late/?.txt", ["d.txt"]),
])
def test_each_glob_form(feed, pattern, names):
    assert sorted(p.name for p in find_files([str(feed / pattern)])) == names


def test_glob_that_matches_nothing_warns(tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        assert find_files([str(tmp_path / "none/*.txt")]) == []
    assert "matches no file" in caplog.text


def test_dash_reads_one_article_from_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode("utf-8"))))
    result = ingest(["-"])
    assert [(d.article.id, d.article.path) for d in result.documents] == [("stdin", "-")]
    assert "council voted" in result.documents[0].text


def test_read_article_sniffs_html_on_stdin():
    page = f"<!DOCTYPE html><html><body><article><p>{BODY * 3}</p></article></body></html>".encode()
    text, _ = read_article(Path("-"), page)
    assert "<p>" not in text and "council voted" in text


@pytest.mark.slow
def test_cli_stdin_and_stdout(tmp_path, cli):
    import json
    import subprocess

    proc = subprocess.run([sys.executable, "-m", "briefgen", "extract", "-", "-o", "-"], input=BODY * 2,
                          capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parent.parent)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["articles"][0]["path"] == "-"
    write(tmp_path, "a.txt", BODY * 2)
    proc = cli("build", str(tmp_path / "a.txt"), "--out", "-", "--format", "md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("#") and not (tmp_path / "-").exists()
    proc = cli("build", str(tmp_path / "a.txt"), "--out", "-", cwd=tmp_path)
    assert proc.returncode == 2 and "choose one format" in proc.stderr


def test_config_date_accepts_a_yaml_date_and_names_the_line_of_a_bad_one(tmp_path):
    from briefgen.config import load_config
    from briefgen.errors import ConfigError

    good = write(tmp_path, "good.yaml", "title: Bridge\ndate: 2026-03-01\n")
    assert load_config(good)[0].date == "2026-03-01"
    bad = write(tmp_path, "bad.yaml", "title: Bridge\ndate: 2026-02-30\n")
    with pytest.raises(ConfigError, match=r"bad.yaml:2: key 'date'"):
        load_config(bad)


def test_the_language_kept_is_the_configured_models(tmp_path):
    """A German pipeline named as `model:` reads the German article and skips the English one."""
    from briefgen import nlp
    from briefgen.pipeline import ingest_inputs

    articles = tmp_path / "in"
    write(articles, "de.txt", GERMAN)
    write(articles, "en.txt", BODY + BODY.replace("Tuesday", "Monday"))
    model = tmp_path / "de_model"
    write(model, "meta.json", '{"lang": "de", "name": "test_de"}')
    assert nlp.model_language(str(model)) == "de"
    assert nlp.model_language("no_such_pipeline_here") == "en"
    assert [d.article.id for d in ingest_inputs([articles], model=str(model)).documents] == ["de"]
    assert [d.article.id for d in ingest_inputs([articles]).documents] == ["en"]
    write(model, "meta.json", '{"lang": "xx"}')
    nlp.model_language.cache_clear()
    assert [d.article.id for d in ingest_inputs([articles], model=str(model)).documents] == ["de", "en"]


def test_no_articles_message_names_every_extension_read(tmp_path):
    from briefgen.errors import InputError
    from briefgen.pipeline import ingest_inputs

    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError) as err:
        ingest_inputs([tmp_path / "empty"])
    assert ".pdf" in str(err.value) and ".docx" in str(err.value)
