"""Round 13 (judged): an in-sentence fragment that opens in the middle of a clause ("is a very dangerous road ...")
is shown as its whole sentence; a whole quotation about someone it does not name ("He is clearly ...", "... to put
him down ...") ranks after the whole quotations that name whom they speak of (texts written for these tests)."""
from briefgen.items import Source
from briefgen.sections.quotes import merge as quotes_merge
from briefgen.sections.quotes.model import Quote

from test_quotes_context import _line, _merge


def _q(text, speaker, sentence=None, start=0, partial=False, article="a"):
    sentence = sentence or text
    return Quote(text=text, speaker=speaker, partial=partial,
                 sources=[Source(article=article, sentence=sentence, start=start, end=start + len(sentence))])


ROAD = "Closing the harbour, Omar Lindqvist said, \u201cis a risky road for every family on the island.\u201d"
WHO = "But he said they were \u201cwho truly broke the harbour rules.\u201d"


def test_a_fragment_opening_on_a_verb_is_shown_as_its_whole_sentence():
    [q] = _merge([_q("is a risky road for every family on the island.", "Omar Lindqvist", ROAD, partial=True)])
    assert q.in_sentence and q.quoted is None and q.text == ROAD
    # round 17: a reporter's sentence is no quotation (judged BADTRIM): the facts keep it, the briefing does not show it
    assert q.held == "fragment"


def test_a_relative_clause_fragment_is_shown_with_the_speakers_name_for_the_pronoun():
    [q] = _merge([_q("who truly broke the harbour rules.", "Omar Lindqvist", WHO, partial=True)])
    # round 16: "But he said ..." reads with the speaker's name for the connective and the pronoun
    assert q.quoted is None and q.text == "[Omar Lindqvist] said they were \u201cwho truly broke the harbour rules.\u201d"
    [q] = _merge([_q("who truly broke the harbour rules.", "Omar Lindqvist",
                     "He said it was they \u201cwho truly broke the harbour rules.\u201d", partial=True)])
    assert q.quoted is None and q.text.startswith("[Omar Lindqvist] said it was they")


def test_a_fragment_that_is_a_small_part_of_a_narrated_sentence_keeps_its_quoted_words():
    sentence = ("On Monday the harbour council, which met for six hours in the town hall, heard from the owners, "
                "who Lindqvist said were the ones \u201cwho broke the rules.\u201d")
    [q] = _merge([_q("who broke the rules.", "Omar Lindqvist", sentence, partial=True)])
    assert q.quoted == "who broke the rules."


def test_a_phrase_fragment_keeps_its_quoted_words():
    sentence = "Omar Lindqvist called the plan \u201ca betrayal of the island families\u201d on Monday."
    [q] = _merge([_q("a betrayal of the island families", "Omar Lindqvist", sentence, partial=True)])
    assert q.quoted == "a betrayal of the island families"


NAMED = [
    _q("The ferry will run every day of the winter from the first of December.", "Jane Ortega", start=0),
    _q("Our crews have repaired the harbour wall and the quay is safe again for the boats.", "Omar Lindqvist",
       start=100),
]


def test_a_quote_opening_on_he_ranks_after_those_that_name_whom_they_mean():
    about = _q("He is clearly a careless skipper and could be a danger to the other boats in the harbour.",
               "Jonas Berg", start=200)
    out = _merge([about] + NAMED)
    assert out[-1].speaker == "Jonas Berg"


def test_a_quote_with_him_before_any_name_ranks_after_the_described_speakers_quote():
    about = _q("The decision taken this morning to ban him from the harbour was not taken lightly.",
               "Harbour Authority", start=200)
    described = _q("Specifically, the boats in the outer harbour will be checked every week by the harbour staff "
                   "and the coast guard.",
                   "the harbour office", start=300)
    out = _merge([about, described] + NAMED)
    assert [q.speaker for q in out][-2:] == ["the harbour office", "Harbour Authority"]


def test_a_quote_naming_whom_it_means_before_him_is_not_dangling():
    q = _q("The boats behind Berg did not seem to bother him and he kept a steady pace out of the harbour.",
           "Jane Ortega")
    assert not quotes_merge.dangling(q)
    # in a crime story "he"/"her" after "I" or "It" is the person the briefing is about
    assert not quotes_merge.dangling(_q("I saw him turn the boat around and leave the harbour at speed.", "Jane Ortega"))
    assert quotes_merge.dangling(_q("The order to ban him from the quay stands for a year.", "Harbour Authority"))


def test_a_quotation_split_by_a_long_tag_about_the_speaker_is_one_quote(context):
    from briefgen.sections.quotes import extract as quotes
    text = ("\u201cThe risk is real,\u201d said Omar Lindqvist, who chairs the harbour council and is the most senior "
            "official to visit the island since the storm\u2019s end. \u201cThere are families who are not sure the ferry "
            "will ever run again. That is why the repairs matter.\u201d\n")
    items = quotes.extract_joined(context(text))
    assert len(items) == 1 and items[0].text.startswith("The risk is real. There are families")


def test_a_reporters_sentence_after_the_tag_keeps_the_quotations_apart(context):
    from briefgen.sections.quotes import extract as quotes
    text = ("\u201cSo, let us do that,\u201d Omar Lindqvist said. He then accused the owners of failing to keep the "
            "quay safe for the island\u2019s families. \u201cIt is careless management,\u201d he said.\n")
    items = quotes.extract_joined(context(text))
    assert not any("do that" in q.text and "careless" in q.text for q in items)
