"""Random text and random bytes through ingest, extraction, merge and render: no crash, well-formed output.

In-process, with the model loaded once. Text is drawn from pieces that reach the extractors' rules
(quotes, reporting verbs, numbers, casualty words, hedges, markup and template syntax) mixed with
arbitrary Unicode, so the rules see odd input, not only noise that yields nothing.
"""
from __future__ import annotations

import html.parser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st

from briefgen import facts as facts_io
from briefgen.config import Config
from briefgen.extract.article import extract_article
from briefgen.facts import Facts
from briefgen.ingest import MAX_CHARS, Skip, read_article
from briefgen.merge import merge
from briefgen.render import render_all

SETTINGS = settings(max_examples=25, deadline=None, database=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PIECES = [
    "The minister said", "the rebels said", "police said on Monday", "according to officials",
    '"', "\u201c", "\u201d", "'", ",", ".", "!", "?", ";", ":", "(", ")", " - ", "\n", "\n\n", "  ",
    "12 people were killed", "at least 30 were injured", "more than 1,200 displaced", "dozens missing",
    "it is unclear whether", "it remains to be seen", "denied", "rejected the plan", "called for talks",
    "Mr. Smith", "Dr. Ana Ortiz", "the United Nations", "U.S.", "Kyiv", "the Kremlin", "Hamas", "NATO",
    "<script>alert(1)</script>", "{{ 7*7 }}", "{% for x in y %}", "# ", "**", "[a](http://x)", "|", "`",
    "\u0627\u0644\u0648\u0632\u064a\u0631", "\u05e9\u05dc\u05d5\u05dd", "\u4f1a\u8c08\u3002", "\U0001f680",
    "\u200b", "\u202e", "\ufeff", "\x00", "\t", "-" * 40, "x" * 300,
]
text_strategy = st.one_of(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=60).map(" ".join),
    st.text(max_size=400),
)
SUFFIXES = st.sampled_from([".txt", ".md", ".html"])


@pytest.fixture(scope="module")
def pipe():
    from briefgen import nlp

    return nlp.load()


class Checker(html.parser.HTMLParser):
    """Counts open and close tags of the elements a broken page would leave unbalanced."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = {"html": 0, "body": 0}
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in self.depth:
            self.depth[tag] += 1

    def handle_endtag(self, tag):
        if tag in self.depth:
            self.depth[tag] -= 1


def run_through(pipe, text: str, article_path: str = "a.txt") -> tuple[Facts, dict[str, bytes]]:
    from briefgen.facts import Article

    doc = pipe(text)
    result = extract_article(Article(id="a", path=article_path, sha256="0" * 64, paths=[article_path]), text, doc)
    # Every cited sentence is exactly the article's text at its offsets.
    for section in ("developments", "positions", "quotes", "open_questions", "casualties"):
        for item in getattr(result, section):
            assert item.sources, (section, item)
            for source in item.sources:
                assert text[source.start:source.end] == source.sentence, (section, source)
    facts = merge([result], title="Property", date="2025-01-01")
    Facts.model_validate_json(facts_io.dumps(facts))  # what is written reads back
    rendered = render_all(facts, Config(date="2025-01-01"), ["md", "html"])
    return facts, rendered


def check_rendered(rendered: dict[str, bytes]) -> None:
    md = rendered["md"].decode("utf-8")
    assert isinstance(md, str) and md.strip()
    page = rendered["html"].decode("utf-8")
    checker = Checker()
    checker.feed(page)
    checker.close()
    assert checker.depth == {"html": 0, "body": 0}, checker.depth
    assert checker.tags.count("body") == 1
    assert "script" not in checker.tags and "<script" not in page.lower()


@SETTINGS
@given(text=text_strategy)
def test_random_text_through_extract_and_render(pipe, text):
    if not text.strip():
        return
    _, rendered = run_through(pipe, text)
    check_rendered(rendered)


@SETTINGS
@given(data=st.one_of(st.binary(max_size=600), text_strategy.map(lambda t: t.encode("utf-8")),
                      text_strategy.map(lambda t: t.encode("utf-16")),
                      text_strategy.map(lambda t: t.encode("latin-1", errors="replace"))),
       suffix=SUFFIXES)
def test_random_bytes_through_ingest_extract_and_render(pipe, data, suffix):
    path = Path("article" + suffix)
    try:
        text, meta = read_article(path, data)
    except Skip as why:
        assert str(why)  # a reason to show the user
        event("skipped")
        return
    event("read")
    assert isinstance(text, str) and text.strip()
    assert len(text) <= MAX_CHARS
    _, rendered = run_through(pipe, text, str(path))
    check_rendered(rendered)


@settings(max_examples=25, deadline=None, database=None, derandomize=True)
@given(text=st.text(max_size=6000, alphabet=st.characters(blacklist_categories=("Cs",))))
def test_long_run_breaking_keeps_length_and_offsets(text):
    from briefgen.ingest import break_long_runs

    broken = break_long_runs(text, limit=50)
    assert len(broken) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, broken)) if a != b] == \
        [i for i, (a, b) in enumerate(zip(text, broken)) if a == " " and b == "\n"]
