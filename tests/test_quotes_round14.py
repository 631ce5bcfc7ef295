"""Round 14 (judged): a pronoun-led quotation opening the paragraph
after the same speaker's partial quotation that names whom the pronoun stands for is one quote with it (texts
written for these tests)."""
from briefgen.sections.quotes import extract as quotes


TEXT = ("Harbour talks stall\n\nJane Ortega spoke in Lisbon on Monday.\n\n"
        "But Ortega also said that Omar Lindqvist and his partners were the ones \u201cwho truly broke the harbour "
        "deal.\u201d\n\n"
        "\u201cThey lied to the council and they lied to the fishermen who depend on the port for their living,\u201d "
        "said Ortega.\n")


def test_a_pronoun_led_quote_joins_the_partial_before_it_that_names_the_referent(context):
    joined = quotes.extract_joined(context(TEXT))
    assert len(joined) == 1
    assert "Omar Lindqvist" in joined[0].sources[0].sentence and "They lied" in joined[0].text


def test_a_pronoun_led_quote_stays_apart_when_the_partial_names_no_one(context):
    text = TEXT.replace("Omar Lindqvist and his partners", "the men who came with him")
    joined = quotes.extract_joined(context(text))
    assert len(joined) == 2


def test_a_long_tag_with_an_abbreviation_still_joins_the_halves(context):
    text = ("Harbour talks stall\n\n\u201cThe deadline is real,\u201d said Ortega, who chairs the U.S. harbour "
            "board and is the most senior envoy to visit the port since May. \u201cThere are members of the board "
            "who doubt the deal can be saved.\u201d\n")
    joined = quotes.extract_joined(context(text))
    assert len(joined) == 1 and joined[0].text.startswith("The deadline is real") and "doubt" in joined[0].text


def _q(text, speaker, article="a", start=0):
    from briefgen.items import Source
    from briefgen.sections.quotes.model import Quote
    return Quote(text=text, speaker=speaker,
                 sources=[Source(article=article, sentence=text, start=start, end=start + len(text))])


def test_another_articles_version_of_a_statement_ranks_after_the_other_speakers():
    from briefgen.sections.base import MergeContext
    from briefgen.sections.quotes import merge as quotes_merge
    first = _q("My aim in coming here is not to apologise for what I consider a victory for the harbour of real "
               "consequence. My aim has been to talk about how we run the port.", "Jane Ortega")
    again = _q("My aim in coming here was not to apologise for what I consider a victory for the harbour. Faced "
               "with a second chance, no mayor could have let the ferry company walk away.", "Jane Ortega", "b")
    other = _q("The harbour wall will be repaired before the winter storms arrive in the bay.", "Omar Lindqvist",
               "b", 300)
    third = _q("The council has found the money for the new ferry timetable in May.", "Omar Lindqvist", "b", 600)
    out = quotes_merge.merge([first, again, other, third], MergeContext())
    # last, and without the sentence the other article's version gives (new_sentences_only)
    assert out[-1].text == "Faced with a second chance, no mayor could have let the ferry company walk away."
    assert out[-1].sources[0].sentence.startswith("Faced with")
