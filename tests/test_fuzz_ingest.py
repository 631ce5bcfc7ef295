"""Fuzzing what the user writes by hand or cannot control: front matter, dates, file names, the config.

Every test is `@pytest.mark.fuzz` and takes its number of examples from the Hypothesis profile
(tests/conftest.py): a few seconds in all under `make test`, about ten minutes under `make fuzz`.
The property is always the same: a bad input is refused with a reason (a skipped file, a warning, a
ConfigError naming the file), never an exception, and whatever is kept can be written and read back.
"""
from __future__ import annotations

import os
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import event, example, given, settings, strategies as st

from briefgen import facts as facts_io
from briefgen.config import Config, ConfigError, check_day, load_config, load_yaml
from briefgen.extract import ArticleFacts
from briefgen.facts import Article, Facts
from briefgen.ingest import (BIDI_CONTROLS, EXTENSIONS, FRONT_KEYS, INVISIBLE_RE, Skip, ingest, published_date,
                             read_article)
from briefgen.merge import merge

pytestmark = pytest.mark.fuzz

# ------------------------------------------------------------------------------------------ pieces

numbers = st.integers(min_value=-5, max_value=10_000)
two = st.integers(min_value=0, max_value=99).map(lambda n: f"{n:02d}")
iso_like = st.builds(lambda y, m, d, t: f"{y:04d}-{m}-{d}{t}", st.integers(0, 9999), two, two,
                     st.one_of(st.just(""), st.builds(lambda sep, h, mi, s, z: f"{sep}{h}:{mi}:{s}{z}",
                                                      st.sampled_from([" ", "T", "t", "  "]), two, two, two,
                                                      st.sampled_from(["", "Z", "+02:00", ".5", "-25:00", " Z"]))))
date_text = st.one_of(iso_like, st.sampled_from(
    ["yesterday", "20 August 2025", "Aug 20, 2025", "31 February 2025", "Wed, 20 Aug 2025 10:00:00 +0000",
     "20250820", "20251345", "2025-W34", "2025-08", "0000-00-00", "9999-12-31T23:59:59", "", " ", "~", "null"]),
    st.text(max_size=30))
SCALARS = st.one_of(st.none(), st.booleans(), numbers, st.floats(allow_nan=True), date_text,
                    st.dates(), st.datetimes())
YAML_PIECES = [
    "[", "]", "{", "}", ",", ": ", ":", "- ", "\n", "\n  ", "\n    ", "\t", "'", '"', "&a ", "*a", "&b ", "*b",
    "<<: *a", "? ", "!!str ", "!!int ", "!!timestamp ", "!!binary ", "!!set ", "!!omap ", "!!python/object:os.system ",
    "!custom ", "|", ">", "#", "%YAML 1.1\n", "---", "...", "~", "null", "yes", "0x1F", "1e400", ".nan", "-.inf",
    "2025-02-30", "2025-01-01 25:61:00", "2025-08-20", "2025-08-20T10:00:00Z", "title", "published", "author",
    "source", "url", "\u202e", "\u200b", "\ufeff", "\x00", "\x85", "\u2028", "é", "\U0001f680",
]
yaml_noise = st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=8)), max_size=40).map("".join)


def _line(key: str, value) -> str:
    if isinstance(value, str) and not value.strip("[]{}, "):
        return f"{key}: '{value}'"
    return f"{key}: {value!s}" if not isinstance(value, str) else f"{key}: {value}"


structured = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                           st.dictionaries(st.sampled_from(FRONT_KEYS + ("x",)),
                                                                           inner, max_size=3)), max_leaves=12)


def dumped(mapping: dict) -> str:
    try:
        return yaml.safe_dump(mapping, allow_unicode=True, default_flow_style=None)
    except (yaml.YAMLError, ValueError, TypeError):
        return ""


front_matter = st.one_of(
    # well-formed YAML with odd values
    st.dictionaries(st.sampled_from(FRONT_KEYS + ("tags", "x")), structured, max_size=6).map(dumped),
    # hand-written lines, dates as a person types them
    st.lists(st.tuples(st.sampled_from(FRONT_KEYS), st.one_of(date_text, yaml_noise)), max_size=6)
      .map(lambda pairs: "\n".join(_line(k, v) for k, v in pairs)),
    # deep nesting and aliases
    st.builds(lambda n, key: f"{key}: " + "[" * n + "]" * n, st.integers(0, 120), st.sampled_from(FRONT_KEYS)),
    st.builds(lambda n, width: "a0: &a0 [x]\n" + "".join(
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]\n" for i in range(1, n)) + f"title: *a{n - 1}",
        st.integers(1, 12), st.integers(1, 12)),
    yaml_noise,
)
body = st.one_of(st.just("The minister said on Monday that the bridge was closed.\n"),
                 st.text(max_size=200), yaml_noise)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])


def check_meta(meta: dict) -> None:
    for key in FRONT_KEYS:
        value = meta.get(key)
        assert value is None or isinstance(value, str), (key, value)
        if value is not None:
            value.encode("utf-8")  # no lone surrogate
            assert not INVISIBLE_RE.search(value), (key, value)
    if meta.get("published"):
        date.fromisoformat(meta["published"][:10])  # a real day, so the briefing can sort and show it
    article = Article(id="a", path="a.md", **{k: meta.get(k) for k in FRONT_KEYS})
    facts = Facts(articles=[article])
    assert Facts.model_validate_json(facts_io.dumps(facts)) == facts


# ----------------------------------------------------------------------------------- front matter

@given(front=front_matter, text=body, encoding=encodings, suffix=st.sampled_from([".md", ".markdown"]))
def test_fuzz_front_matter_is_read_or_skipped_with_a_reason(front, text, encoding, suffix):
    data = f"---\n{front}\n---\n{text}".encode(encoding, errors="replace")
    try:
        out, meta = read_article(Path("article" + suffix), data)
    except Skip as why:
        assert str(why) and "\n" not in str(why)
        event(f"skipped: {str(why).split('(')[0].strip()}")
        return
    event("read")
    assert isinstance(out, str) and out.strip()
    assert not any(c in out for c in BIDI_CONTROLS)
    check_meta(meta)


@given(front=front_matter)
def test_fuzz_yaml_loader_raises_only_yaml_errors(front):
    try:
        load_yaml(front)
    except yaml.YAMLError as err:
        event(type(err).__name__)


# ------------------------------------------------------------------------------------------ dates

@given(value=st.one_of(SCALARS, structured))
def test_fuzz_published_date_is_a_real_day_or_none(value):
    day = published_date("a.md", value)
    assert day is None or isinstance(day, str)
    if day is not None:
        date.fromisoformat(day[:10])
        event("kept")
    else:
        event("dropped")


@given(value=st.one_of(SCALARS, date_text))
def test_fuzz_briefing_date_is_iso_or_refused(value):
    try:
        day = check_day(value)
    except ValueError as err:
        assert str(err) and "\n" not in str(err)
        return
    assert date.fromisoformat(day).isoformat() == day


@given(value=st.one_of(date_text, yaml_noise), other=st.sampled_from(["", "title: T\n", "output: {name: x}\n"]))
def test_fuzz_config_date_is_accepted_or_one_line_error(value, other):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "briefgen.yaml"
        path.write_bytes(f"{other}date: {value}\n".encode("utf-8", errors="surrogatepass"))
        try:
            config, _ = load_config(path)
        except ConfigError as err:
            message = str(err)
            assert message.startswith(str(path)) and "\n" not in message, message
            event("refused")
            return
    assert config.date is None or date.fromisoformat(config.date).isoformat() == config.date
    event("accepted")


# ------------------------------------------------------------------------------------- file names

name_bytes = st.binary(min_size=1, max_size=120).filter(lambda b: b"/" not in b and b"\x00" not in b
                                                         and b not in (b".", b".."))
extension = st.sampled_from([e.encode() for e in EXTENSIONS] + [b"", b".TXT", b".md.bak", b"\xff.txt"])
contents = st.sampled_from([b"The minister said on Monday that the bridge was closed.\n", b"",
                            b"---\ntitle: [1, 2]\npublished: 2025-02-30\n---\nBody text here.\n",
                            b"<html><body><p>Short page.</p></body></html>", b"\xff\xfe\x00\x00",
                            "Café said.\n".encode("cp1252") + "Café said.\n".encode("utf-8")])


@settings(max_examples=max(10, settings.default.max_examples // 2))  # each example writes files: half as many
@given(files=st.lists(st.tuples(name_bytes, extension, contents), min_size=1, max_size=5),
       how=st.sampled_from(["folder", "files", "glob"]))
@example(files=[(b"\x01.\x80", b"", b"The minister said on Monday that the bridge was closed.\n")], how="folder")
def test_fuzz_file_names_never_stop_a_run(files, how):
    with tempfile.TemporaryDirectory() as tmp:
        root = os.fsencode(tmp)
        written = []
        for stem, ext, data in files:
            name = (stem + ext)[:250]
            try:
                with open(os.path.join(root, name), "wb") as handle:
                    handle.write(data)
            except OSError:  # a name the file system refuses
                continue
            written.append(os.fsdecode(os.path.join(root, name)))
        if how == "folder":
            inputs = [tmp]
        elif how == "files":
            inputs = written
        else:
            inputs = [os.path.join(tmp, "*")]
        result = ingest(inputs)
        for doc in result.documents:
            for text in (doc.article.id, doc.article.path, *doc.article.paths):
                text.encode("utf-8")
        for skipped in result.skipped:
            skipped.path.encode("utf-8")
            skipped.reason.encode("utf-8")
        facts = merge([ArticleFacts(article=d.article) for d in result.documents], result.skipped,
                      date="2025-08-20")
        assert Facts.model_validate_json(facts_io.dumps(facts)) == facts
        facts_io.dumps(facts, "yaml").encode("utf-8")
        event(f"{len(result.documents)} read, {len(result.skipped)} skipped")


def test_fuzz_profile_is_bounded_in_make_test():
    """`make test` runs the quick profile; `make fuzz` the long one (see tests/conftest.py)."""
    from hypothesis import settings

    assert settings.default.max_examples <= 100 or os.environ.get("FUZZ_EXAMPLES") or \
        settings._current_profile == "fuzz"
    assert settings.default.deadline is None
    assert isinstance(Config(date=datetime(2026, 3, 1, 9, 0)).date, str)
