"""`source_for` cites from a per-document sentence index (briefgen/extract/context.py) and gives exactly
what spaCy's own sentences give: the same sentence text and offsets for a token, a span and a span over
two sentences, and through spaCy itself when a user hook decides the sentences."""
from __future__ import annotations

from briefgen.extract.context import source_for

TEXT = ("The council met on Monday.  It voted to close the old library, a spokesman said.\n"
        "Residents were not told why\nThe vote was 7 to 2.")


def _by_spacy(doc, first_token, last_token):
    first, last = first_token.sent, last_token.sent
    return doc[first.start:last.end].text, first.start_char, last.end_char


def test_every_token_and_span_is_cited_as_spacy_splits_sentences(context):
    doc = context(TEXT).doc
    assert len(list(doc.sents)) >= 4
    for token in doc:
        got = source_for(token, "a")
        assert (got.sentence, got.start, got.end) == _by_spacy(doc, token, token)
        assert TEXT[got.start:got.end] == got.sentence
    for start in range(len(doc)):
        for end in (start + 1, start + 3, start + 12):
            if end <= len(doc):
                got = source_for(doc[start:end], "a")
                assert (got.sentence, got.start, got.end) == _by_spacy(doc, doc[start], doc[end - 1])
    assert "briefgen_sentence_of" in doc.user_data  # built once, then read


def test_a_span_over_two_sentences_cites_both(context):
    doc = context(TEXT).doc
    library = next(t for t in doc if t.text == "library")
    residents = next(t for t in doc if t.text == "Residents")
    got = source_for(doc[library.i:residents.i + 1], "a")
    assert got.sentence.startswith("It voted") and got.sentence.rstrip().endswith("told why")


def test_sentences_from_a_user_hook_are_asked_of_spacy(context):
    doc = context(TEXT).doc
    doc.user_hooks["sents"] = lambda d: iter([d[:]])
    doc.user_hooks["sent"] = lambda token: token.doc[:]
    got = source_for(doc[2], "a")
    assert (got.start, got.end) == (0, len(TEXT))
    assert "briefgen_sentence_of" not in doc.user_data
