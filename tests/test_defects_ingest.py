"""Issue 18, articles and the config file: each defect through the real command or the unit that owns it.

Defects 8 (stray NUL, mixed encodings), 13 (bidi and zero-width characters), 14 (impossible dates in
an article and in the config), 15 (file names that are not UTF-8), 16 (YAML alias bomb), 18 (deep
nesting), 27 (`date: 2026-03-01` in the config), 28 (named pipes) and 30 (`title: [1, 2]`).
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

from briefgen.config import MAX_YAML_DEPTH, MAX_YAML_NODES, Config, check_day, load_config, load_yaml
from briefgen.errors import ConfigError
from briefgen.ingest import decode, ingest, normalise, published_date, read_article

GOOD = """Border crossing to reopen after talks

The interior minister announced on Tuesday that the northern border crossing would reopen next week.
"We will open the gates on Monday morning," the minister said.
Officials said 12 people were injured in clashes near the crossing on Sunday.
"""
BODY = "The mayor said on Friday that the harbour would stay closed until the storm had passed.\n"


def folder(tmp_path: Path, files: dict, name: str = "in") -> Path:
    """A folder holding the good article and `files` (name → str or bytes; a bytes name is a raw file name)."""
    where = tmp_path / name
    where.mkdir()
    (where / "good.txt").write_text(GOOD, encoding="utf-8")
    for fname, data in files.items():
        raw = data.encode("utf-8") if isinstance(data, str) else data
        target = os.path.join(os.fsencode(where), fname) if isinstance(fname, bytes) else where / fname
        with open(target, "wb") as handle:
            handle.write(raw)
    return where


def extract(*args: str, timeout: int = 120):
    """`briefgen extract ARGS` as a subprocess: the result and the facts it printed (None on failure)."""
    result = run_cli("extract", *args, timeout=timeout)
    assert "Traceback" not in result.stderr, result.stderr
    assert "internal error" not in result.stderr, result.stderr
    facts = json.loads(result.stdout) if result.returncode == 0 else None
    return result, facts


def warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if " WARNING " in line]


def article(facts: dict, article_id: str) -> dict:
    return next(a for a in facts["articles"] if a["id"] == article_id)


def md(front: str, body: str = BODY) -> str:
    return f"---\n{front}\n---\n{body}"


# ------------------------------------------------------------------------- 8: NUL byte, mixed encodings

def test_8_one_stray_nul_byte_keeps_the_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(BODY.replace("harbour", "har\x00bour").encode("utf-8"))
    docs = ingest([path]).documents
    assert len(docs) == 1 and docs[0].text == BODY  # the NUL is dropped, the article read


def test_8_many_nul_bytes_are_still_binary(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"ELF\x00\x00\x00\x01" * 200)
    result = ingest([path])
    assert not result.documents and "binary" in result.skipped[0].reason


def test_8_mixed_utf8_and_latin1_lines_are_decoded_per_line(caplog):
    data = "Café owners said on Monday.\n".encode("utf-8") + "The café was closed, police said.\n".encode("cp1252")
    with caplog.at_level("WARNING", logger="briefgen.ingest"):
        text = decode(data, name="mixed.txt")
    assert text == "Café owners said on Monday.\nThe café was closed, police said.\n"
    assert "\u00c3" not in text  # no mojibake
    assert any("mixed.txt: line 2 not UTF-8" in r.getMessage() for r in caplog.records)


def test_8_wholly_windows_1252_file_reads_as_before(caplog):
    with caplog.at_level("WARNING", logger="briefgen.ingest"):
        assert decode("Café\nnaïve €5\n".encode("cp1252"), name="w.txt") == "Café\nnaïve €5\n"
    assert any(r.getMessage() == "w.txt: not UTF-8, read as Windows-1252/Latin-1" for r in caplog.records)


@pytest.mark.slow
def test_8_cli_nul_and_mixed_file_are_read(tmp_path):
    nul = BODY.replace("harbour", "har\x00bour").encode("utf-8")
    mixed = "Café owners said on Monday that trade had stopped.\n".encode("utf-8") + \
        "The café was closed, police said on Tuesday.\n".encode("cp1252")
    where = folder(tmp_path, {"nul.txt": nul, "mixed.txt": mixed})
    result, facts = extract(str(where))
    assert result.returncode == 0, result.stderr
    assert {a["id"] for a in facts["articles"]} == {"good", "nul", "mixed"}
    assert facts["skipped"] == []
    assert "mixed.txt: line 2 not UTF-8" in result.stderr
    assert "\u00c3" not in result.stdout


# ------------------------------------------------------------------ 13: bidi overrides and zero-width

def test_13_bidi_controls_and_zero_width_characters_are_removed():
    text = "The minister said \u202eon Monday\u202c that Don\u2060ald\u200bTrump and Joe \u200bBiden\ufeff met.\u200d"
    assert normalise(text) == "The minister said on Monday that Donald Trump and Joe Biden met."
    assert normalise("\u200bStart and end\u200b") == "Start and end"


@pytest.mark.slow
def test_13_cli_reversed_sentence_and_zero_width_actor(tmp_path):
    text = ("Donald Trump said on Monday that talks would resume.\n\n"
            "Donald\u200bTrump said on Tuesday that the \u202eplan was dead\u202c, officials said.\n")
    page = ("<html><head><title>Talks</title></head><body><article><p>"
            + "The envoy said on Monday that the &#8238;ceasefire would hold&#8236; for now. " * 6
            + "</p></article></body></html>")
    where = folder(tmp_path, {"trump.txt": text, "page.html": page})
    result, facts = extract(str(where))
    assert result.returncode == 0, result.stderr
    assert "\u202e" not in result.stdout and "\u200b" not in result.stdout and "\\u202e" not in result.stdout
    trumps = [a["name"] for a in facts["actors"] if "Trump" in a["name"]]
    assert trumps == ["Donald Trump"], facts["actors"]
    assert "trump.txt: 2 bidirectional control character(s) removed" in result.stderr


# ------------------------------------------------------------------------- 14: impossible dates

@pytest.mark.slow
@pytest.mark.parametrize("published", ["2025-02-30", "2025-01-01 25:61:00", "'2025-13-45'"])
def test_14_article_with_impossible_date_is_kept_without_it(tmp_path, published):
    where = folder(tmp_path, {"bad.md": md(f"title: Harbour closed\npublished: {published}")})
    result, facts = extract(str(where))
    assert result.returncode == 0, result.stderr
    bad = article(facts, "bad")
    assert bad["published"] is None and bad["title"] == "Harbour closed"
    lines = [w for w in warnings(result.stderr) if "bad.md" in w]
    assert len(lines) == 1 and "is not a real date" in lines[0] and "kept without its date" in lines[0], lines


def test_14_published_dates_accepted_and_refused(caplog):
    from datetime import date, datetime

    assert published_date("a.md", date(2025, 8, 20)) == "2025-08-20"
    assert published_date("a.md", datetime(2025, 8, 20, 10, 30)) == "2025-08-20T10:30:00"
    assert published_date("a.md", "2025-08-20T10:30:00Z") == "2025-08-20T10:30:00+00:00"
    assert published_date("a.md", "20 August 2025") == "2025-08-20"
    assert published_date("a.md", "Aug 20, 2025") == "2025-08-20"
    assert published_date("a.md", "Wed, 20 Aug 2025 10:00:00 +0000") == "2025-08-20T10:00:00+00:00"
    with caplog.at_level("WARNING", logger="briefgen.ingest"):
        for bad in ("2025-02-30", "yesterday", "2025-01-01 25:61:00", True, "2025-08-20\nrm -rf"):
            assert published_date("a.md", bad) is None, bad
    assert len(caplog.records) == 5 and all("\n" not in r.getMessage() for r in caplog.records)


@pytest.mark.slow
def test_14_cli_config_with_impossible_date_is_one_line(tmp_path):
    config = tmp_path / "briefgen.yaml"
    config.write_text("title: Storm\ndate: 2026-02-30\n", encoding="utf-8")
    result = run_cli("extract", "--config", str(config), str(folder(tmp_path, {})))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == \
        f"briefgen: error: {config}:2: key 'date': '2026-02-30' is not a real date"


@pytest.mark.parametrize("value,expected", [("2026-02-30", "'2026-02-30' is not a real date"),
                                            ('"yesterday"', "'yesterday' is not a date written YYYY-MM-DD, e.g. 2026-03-01"),
                                            ("2026-13-01", "'2026-13-01' is not a real date")])
def test_14_config_dates_refused_with_file_line_and_key(tmp_path, value, expected):
    path = tmp_path / "c.yaml"
    path.write_text(f"title: x\n\ndate: {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value) == f"{path}:3: key 'date': {expected}"


# -------------------------------------------------------------------- 15: file name not valid UTF-8

@pytest.mark.slow
def test_15_cli_file_name_not_utf8_is_read_and_named(tmp_path):
    where = folder(tmp_path, {b"r\xe9sum\xe9.txt": BODY, b"\xff\xfe.md": "not front matter\n"})
    out = tmp_path / "out"
    result = run_cli("build", str(where), "--out", str(out), "--date", "2025-08-20", "--format", "md,html")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "r\\xe9sum\\xe9.txt: file name is not valid UTF-8" in result.stderr
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    named = {a["id"]: a["path"] for a in facts["articles"]}
    assert named["r\\xe9sum\\xe9"].endswith("r\\xe9sum\\xe9.txt")
    assert "xe9sum" in (out / "briefing.md").read_text(encoding="utf-8")


def test_15_skip_reason_quoting_a_bad_extension_is_writable(tmp_path):
    """Found by `make fuzz`: the name b'\\x01.\\x80' was skipped with a reason quoting its extension
    as a lone surrogate, and the facts file could not be written."""
    from briefgen.ingest import ingest

    root = os.fsencode(tmp_path)
    for name in (b"\x01.\x80", b"a.txt\x80"):
        with open(os.path.join(root, name), "wb") as handle:
            handle.write(b"The minister said on Monday that the bridge was closed.\n")
    result = ingest([tmp_path])
    assert len(result.skipped) == 2 and not result.documents
    for skipped in result.skipped:
        skipped.path.encode("utf-8")
        skipped.reason.encode("utf-8")
        assert "\\x80" in skipped.reason and "\\x80" in skipped.path


# --------------------------------------------------------------------- 16, 18: hostile front matter

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefghi", "bcdefghij")) + "title: *j"


@pytest.mark.slow
def test_16_cli_yaml_alias_bomb_in_front_matter_is_refused_fast(tmp_path):
    where = folder(tmp_path, {"bomb.md": md(BOMB)})
    started = time.monotonic()
    result, facts = extract(str(where), timeout=60)
    assert time.monotonic() - started < 30
    assert result.returncode == 0, result.stderr
    assert [a["id"] for a in facts["articles"]] == ["good"]
    assert facts["skipped"][0]["path"].endswith("bomb.md")
    assert f"more than {MAX_YAML_NODES} values once aliases are expanded" in facts["skipped"][0]["reason"]


def test_16_alias_that_holds_itself_is_refused(tmp_path):
    path = tmp_path / "self.md"
    with pytest.raises(Exception, match="alias refers to the value that holds it"):
        read_article(path, md("title: &t [*t]").encode())


@pytest.mark.slow
def test_18_cli_front_matter_nested_5000_deep_is_skipped_and_named(tmp_path):
    where = folder(tmp_path, {"deep.md": md("title: " + "[" * 5000 + "]" * 5000),
                              "deepmap.md": md("".join(" " * i + f"k{i}:\n" for i in range(250)) + " " * 250 + "x: 1")})
    result, facts = extract(str(where))
    assert result.returncode == 0, result.stderr
    assert "RecursionError" not in result.stderr
    assert [a["id"] for a in facts["articles"]] == ["good"]
    reasons = {Path(s["path"]).name: s["reason"] for s in facts["skipped"]}
    assert reasons == {"deep.md": f"front matter refused (line 2: nested deeper than {MAX_YAML_DEPTH} levels)",
                       "deepmap.md": f"front matter refused (line {MAX_YAML_DEPTH + 1}: nested deeper than "
                                     f"{MAX_YAML_DEPTH} levels)"}


@pytest.mark.parametrize("text,problem", [
    ("title: " + "[" * 5000 + "]" * 5000, f"YAML refused: nested deeper than {MAX_YAML_DEPTH} levels"),
    (BOMB, f"YAML refused: more than {MAX_YAML_NODES} values once aliases are expanded")])
def test_16_18_config_file_bomb_and_depth_are_one_line(tmp_path, text, problem):
    path = tmp_path / "c.yaml"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert problem in str(err.value) and str(err.value).startswith(f"{path}:")


def test_18_depth_limit_allows_ordinary_nesting():
    from briefgen.config import YAMLLimitError

    deepest = MAX_YAML_DEPTH - 1  # lists, and the value inside them at level MAX_YAML_DEPTH
    assert load_yaml("[" * deepest + "1" + "]" * deepest) is not None
    with pytest.raises(YAMLLimitError):
        load_yaml("[" * (deepest + 1) + "1" + "]" * (deepest + 1))


# ------------------------------------------------------------------------ 27: date as a YAML date

@pytest.mark.slow
def test_27_cli_config_date_unquoted_is_accepted(tmp_path):
    config = tmp_path / "briefgen.yaml"
    example = (ROOT / "briefgen.example.yaml").read_text(encoding="utf-8")
    assert "# date: 2026-03-01" in example
    config.write_text(example.replace("# date: 2026-03-01", "date: 2026-03-01"), encoding="utf-8")
    result, facts = extract("--config", str(config), str(folder(tmp_path, {})))
    assert result.returncode == 0, result.stderr
    assert facts["date"] == "2026-03-01"


def test_27_date_forms_in_config(tmp_path):
    from datetime import date

    for text in ("date: 2026-03-01", "date: '2026-03-01'", "date: 2026-03-01 10:00:00"):
        path = tmp_path / "c.yaml"
        path.write_text(text + "\n", encoding="utf-8")
        assert load_config(path)[0].date == "2026-03-01", text  # a YAML datetime is cut to its day
    assert Config(date=date(2026, 3, 1)).date == "2026-03-01"
    assert check_day("2026-03-01") == "2026-03-01"
    with pytest.raises(ValueError):
        check_day("2026-02-29")


# ------------------------------------------------------------------------------- 28: named pipes

@pytest.mark.slow
def test_28_cli_fifo_named_or_globbed_is_skipped_with_reason(tmp_path):
    where = folder(tmp_path, {})
    os.mkfifo(where / "pipe.txt")
    for inputs in ([str(where / "good.txt"), str(where / "pipe.txt")], [str(where / "*.txt")]):
        result, facts = extract(*inputs, timeout=60)
        assert result.returncode == 0, result.stderr
        assert "no such file" not in result.stderr
        assert facts["skipped"] == [{"path": str(where / "pipe.txt"), "reason": "not a regular file (a named pipe)"}]
        assert f"{where / 'pipe.txt'}: skipped: not a regular file (a named pipe)" in result.stderr


# ------------------------------------------------------------------ 30: front matter title as a list

@pytest.mark.slow
def test_30_cli_title_list_is_not_a_python_repr(tmp_path):
    where = folder(tmp_path, {"list.md": md("title: [1, 2]\nauthor: {name: x}\nsource: 2024")})
    result, facts = extract(str(where))
    assert result.returncode == 0, result.stderr
    listed = article(facts, "list")
    assert listed["title"] is None and listed["author"] is None and listed["source"] == "2024"
    assert "[1, 2]" not in result.stdout and "{'name'" not in result.stdout
    assert "list.md: front matter 'title' is a list, not text; ignored" in result.stderr
    assert "list.md: front matter 'author' is a mapping, not text; ignored" in result.stderr
