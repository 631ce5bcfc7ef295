"""Words quoted in passing are held back: the facts file keeps them (`held`), the briefing does not show them.

Judges read a scare quote, a quoted noun phrase or a crowd's chant as no quotation at all; issue 11 wants them
only as partial quotes of an explicit speaker, never as the Quotes section's content. Texts written here."""
from __future__ import annotations

import json

from briefgen.config import Config
from briefgen.facts import Article, Development, Facts, Quote, Source
from briefgen.items import shown
from briefgen.merge.told import point_to_told
from briefgen.render import render_all
from briefgen.sections.base import MergeContext
from briefgen.sections.quotes import extract as quotes
from briefgen.sections.quotes import merge as quotes_merge

ARTICLE = (
    "The harbour council voted on Monday to close the winter ferry.\n\n"
    "\u201cThe families on the island will be cut off for months, and nobody asked them,\u201d said Omar "
    "Lindqvist, who leads the islanders' association.\n\n"
    "Lindqvist called the vote \u201cthe worst decision this council has taken in a generation\u201d and said "
    "he would appeal.\n\n"
    "Councillor Mara Quist said the vote was \u201cvery painful\u201d for everyone.\n\n"
    "Protesters outside the hall chanted, \u201cSave our ferry now!\u201d\n"
)


def _src(sentence: str, start: int = 0) -> Source:
    return Source(article="a", sentence=sentence, start=start, end=start + len(sentence))


def _q(text: str, speaker: str, sentence: str, start: int = 0, **kw) -> Quote:
    return Quote(text=text, speaker=speaker, partial=True, sources=[_src(sentence, start)], **kw)


def test_a_quoted_noun_phrase_is_a_phrase_and_a_quoted_clause_is_not(context):
    items = {q.text[:12]: q for q in quotes.extract_joined(context(ARTICLE))}
    phrase = items["the worst de"]
    assert phrase.partial and phrase.phrase
    whole = items["The families"]
    assert not whole.phrase


def test_the_working_flag_never_reaches_the_facts_file():
    q = _q("the worst decision in a generation", "Omar Lindqvist", "x", phrase=True)
    assert "phrase" not in json.loads(q.model_dump_json())
    assert "held" in json.loads(q.model_dump_json())


def test_phrases_scare_quotes_and_chants_are_held_back_after_the_quotations():
    sentence = "Lindqvist called the vote \u201cthe worst decision this council has taken\u201d and left."
    items = [
        _q("the worst decision this council has taken", "Omar Lindqvist", sentence, phrase=True),
        _q("very painful", "Mara Quist", "Councillor Mara Quist said the vote was \u201cvery painful\u201d.", 200),
        Quote(text="Save our ferry now!", speaker="Protesters", sources=[_src("Protesters chanted ...", 400)]),
        Quote(text="The families on the island will be cut off for months.", speaker="Omar Lindqvist",
              sources=[_src("\u201cThe families ...\u201d said Omar Lindqvist.", 600)]),
    ]
    out = quotes_merge.merge(items, MergeContext())
    assert out[0].text.startswith("The families") and out[0].held is None
    assert {q.held for q in out[1:]} == {"fragment", "chant"}
    assert [q.held for q in out] == sorted([q.held for q in out], key=lambda h: h is not None)


def test_a_short_whole_statement_in_its_sentence_is_shown():
    sentence = "\u201cIt's a disgrace,\u201d Quist said, before she left the hall."
    [q] = quotes_merge.merge([_q("It's a disgrace", "Mara Quist", sentence)], MergeContext())
    assert q.in_sentence and q.held is None


def test_a_piece_of_a_clause_not_shown_as_its_sentence_is_held_back():
    sentence = ("Quist, who has led the council's transport committee since it was founded eleven years ago, "
                "said the closure \u201cwhich saves the port about a million a year\u201d was never her idea.")
    [q] = quotes_merge.merge([_q("which saves the port about a million a year", "Mara Quist", sentence)],
                             MergeContext())
    assert q.quoted and q.held == "fragment"


def test_the_shown_window_skips_held_items():
    a, b, c = (Quote(text=t, speaker="X", sources=[_src(t)], held=h)
               for t, h in (("one", None), ("two", "fragment"), ("three", None)))
    assert shown([a, b, c], 2) == [a, c]
    assert shown([a, b, c], 1) == [a]


def _facts(quotes_):
    return Facts(title="Ferry", date="2024-03-02", articles=[Article(id="a", path="a.txt")], quotes=quotes_)


def test_the_briefing_does_not_show_a_held_quote_and_counts_it_as_not_shown():
    kept = Quote(id="q1", text="The families will be cut off for months.", speaker="Omar Lindqvist",
                 sources=[_src("x")])
    held = _q("very painful", "Mara Quist", "Quist said the vote was \u201cvery painful\u201d.", 100, id="q2",
              in_sentence=True, quoted="very painful", held="fragment")
    md = render_all(_facts([kept, held]), Config(), ["md"])["md"].decode()
    section = md.split("## Quotes", 1)[1].split("## ", 1)[0]
    assert "cut off for months" in section and "very painful" not in section
    assert "1 more not shown." in section


def test_a_section_of_held_quotes_only_says_so_in_each_language():
    held = _q("very painful", "Mara Quist", "Quist said the vote was \u201cvery painful\u201d.", id="q2",
              in_sentence=True, quoted="very painful", held="fragment")
    md = render_all(_facts([held]), Config(), ["md"])["md"].decode()
    assert "No whole quotations: only phrases quoted in passing." in md and "No quotes were found" not in md
    fr = render_all(_facts([held]), Config(language="fr"), ["md"])["md"].decode()
    assert "Aucune citation enti\u00e8re" in fr


def test_a_held_quote_leaves_its_place_in_the_window_and_points_to_the_item_that_gives_it():
    sentence = "The council said the ferry \u201cwould stop in winter\u201d after the vote."
    development = Development(id="d1", text=sentence.rstrip("."), sources=[_src(sentence)], score=1.0)
    told = Quote(id="q1", text=sentence, speaker="Mara Quist", sources=[_src(sentence)], in_sentence=True,
                 quoted="would stop in winter", held="fragment")
    alone = Quote(id="q3", text="very painful", speaker="Mara Quist", sources=[_src("Quist said \u201cvery painful\u201d.",
                  900)], held="fragment")
    other = Quote(id="q2", text="The families will be cut off.", speaker="Omar Lindqvist",
                  sources=[_src("\u201cThe families will be cut off,\u201d he said.", 300)])
    merged = {"developments": [development], "quotes": [other, alone, told]}
    point_to_told(merged, ["developments", "quotes"], {"developments": 10, "quotes": 1})
    assert (told.see, told.held) == ("d1", None)  # shown as "Quoted under Key developments"
    assert (alone.see, alone.held) == (None, "fragment")
    assert merged["quotes"] == [other, told, alone]


def test_a_held_phrase_of_a_described_speaker_is_no_pointer():
    sentence = "He and the harbour staff agreed on a \u201cseries of steps\u201d after the vote."
    development = Development(id="d1", text=sentence.rstrip("."), sources=[_src(sentence)], score=1.0)
    held = Quote(id="q1", text=sentence, speaker="he and the harbour staff", sources=[_src(sentence)],
                 in_sentence=True, quoted="series of steps", held="fragment")
    merged = {"developments": [development], "quotes": [held]}
    point_to_told(merged, ["developments", "quotes"], {"developments": 10, "quotes": 10})
    assert (held.see, held.held) == (None, "fragment")


def test_a_quotation_keeps_only_the_sentences_its_speaker_has_not_said_already():
    first = Quote(text="We will not close the port while the inquiry runs, whatever the union says.",
                  speaker="Ana Reyes", sources=[_src("x", 0)])
    again = Quote(text="We won't close the port while the inquiry runs, whatever the union says. The ferries keep "
                       "sailing every morning.", speaker="Ana Reyes", sources=[_src("y", 100)])
    same = Quote(text="We will not close the port while the inquiry runs, whatever the union said.",
                 speaker="Ana Reyes", sources=[_src("z", 200)])
    out = quotes_merge.new_sentences_only([first, again, same])
    assert out[1].text == "The ferries keep sailing every morning." and out[1].held is None
    assert out[2].held == "repeat"
