"""Issue 14, item 4: the built-in wording and date formats come from a message catalogue chosen by
`language:`; English and French are shipped, and the French catalogue translates every message."""
from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from briefgen.cli import main
from briefgen.render.i18n import LOCALE_DIR, code_messages, shipped_languages, template_messages
from test_style_sources import make_facts


def run(tmp_path: Path, config: str) -> tuple[int, str, str]:
    facts = tmp_path / "facts.json"
    facts.write_text(make_facts().model_dump_json(), encoding="utf-8")
    (tmp_path / "briefgen.yaml").write_text(config, encoding="utf-8")
    out = tmp_path / "out"
    code = main(["render", str(facts), "--out", str(out), "--config", str(tmp_path / "briefgen.yaml"),
                 "--format", "md,html"])
    if code:
        return code, "", ""
    return code, (out / "briefing.md").read_text(encoding="utf-8"), (out / "briefing.html").read_text(encoding="utf-8")


def test_english_and_french_are_shipped():
    assert shipped_languages()[:1] == ["en"] and "fr" in shipped_languages()


def test_the_french_catalogue_translates_every_message():
    with (LOCALE_DIR / "fr" / "LC_MESSAGES" / "briefgen.po").open("rb") as handle:
        catalog = read_po(handle, locale="fr")
    for message in template_messages() + code_messages():
        key = message[0] if isinstance(message, tuple) else message
        entry = catalog.get(key)
        assert entry is not None, f"not in the French catalogue: {message!r}"
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert all(strings), f"not translated: {message!r}"


def test_french_briefing_words_dates_and_numbers(tmp_path):
    code, md, html = run(tmp_path, "language: fr\nissued: 2026-03-01 14:05\nreference: R-1\n")
    assert code == 0
    for words in ("## Faits marquants", "## Bilan humain", "**Les sources divergent**", "## Sources",
                  "D’après 3 articles", "Émis le 1 mars 2026, 14:05", "2 mars 2024", "1 mars 2024",
                  "au moins 4 personnes tués"):
        assert words in md, words
    for english in ("Key developments", "Sources disagree", "reported in", "Based on", "March"):
        assert english not in md, english
    assert '<html lang="fr">' in html


def test_english_is_the_default(tmp_path):
    code, md, _ = run(tmp_path, "title: x\n")
    assert code == 0 and "## Key developments" in md and "March 2, 2024" in md and "Based on 3 articles" in md


def test_a_language_without_catalogue_gets_its_dates(tmp_path):
    code, md, html = run(tmp_path, "language: de\n")
    assert code == 0 and "published 1. März 2024" in md and "## Key developments" in md and '<html lang="de">' in html


def test_unknown_language_is_one_line(tmp_path, capsys):
    code, _, _ = run(tmp_path, "title: x\nlanguage: klingon\n")
    err = capsys.readouterr().err
    assert code != 0 and "briefgen.yaml:2: key 'language': 'klingon' is not a language Babel knows" in err
    assert "Traceback" not in err
