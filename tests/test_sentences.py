"""Sentence boundaries (issue 17): none after titles and abbreviations, none inside a quotation, and a
full stop glued to the next sentence is a boundary. Texts written for the test, parsed through the
`context` fixture (the pipeline briefgen runs)."""
from __future__ import annotations

import pytest


def sentences(context, text):
    return [s.text.strip() for s in context(text).doc.sents]


@pytest.mark.parametrize("abbrev", ["Spc.", "Sgt.", "Gen.", "Lt.", "Col.", "Rep.", "Sen.", "Gov.", "Dr.", "Cpl.",
                                    "Det.", "Capt.", "Pfc."])
def test_no_break_after_a_title(context, abbrev):
    text = f"The soldier was named as {abbrev} Jordan Example of Springfield. He was 24."
    assert sentences(context, text) == [f"The soldier was named as {abbrev} Jordan Example of Springfield.",
                                        "He was 24."]


@pytest.mark.parametrize("text", [
    "The hearing is set for Aug. 28 in the county court.",
    "The parade passed St. Mary's church on the way to the square.",
    "He lived at No. 10 Elm Street for a decade.",
    "The U.S. military said the drill was routine.",
    "The plane landed at 9 a.m. on the north runway.",
    "Talks resumed on Sept. 3 after a pause.",
])
def test_no_break_after_an_abbreviation(context, text):
    assert sentences(context, text) == [text]


def test_abbreviation_may_still_end_a_sentence(context):
    assert sentences(context, "The family lives on Elm St. The house was empty.") == [
        "The family lives on Elm St.", "The house was empty."]


@pytest.mark.parametrize("text", [
    'The mayor said: "We will rebuild. Nobody will be left behind. Not one family," at the meeting.',
    "\u201cWe heard a bang. Then another one,\u201d a neighbour said.",
    "\u201cWe heard a bang. Then another one,\" a neighbour said.",  # opened curly, closed straight
])
def test_no_break_inside_a_quotation(context, text):
    assert sentences(context, text) == [text]


def test_long_quotation_keeps_its_own_breaks(context):
    long = " ".join(["This sentence makes the quotation long."] * 15)
    assert len(sentences(context, f'He said: "{long}" Then he left.')) > 2


@pytest.mark.parametrize("text,parts", [
    ("The divers searched to the depth.A boy was found alive.", ["The divers searched to the depth.", "A boy was found alive."]),
    ("The bridge opened in 2015.The repairs began today.", ["The bridge opened in 2015.", "The repairs began today."]),
    ('The mayor spoke to reporters."The bridge is safe. It will reopen," she said.',
     ["The mayor spoke to reporters.", '"The bridge is safe. It will reopen," she said.']),
])
def test_glued_sentences_are_split(context, text, parts):
    assert sentences(context, text) == parts
