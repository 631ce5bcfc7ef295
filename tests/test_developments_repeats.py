"""Nothing twice across sections: a development a shown quote or a plainly stated position already says is
not shown again (merge/engine.drop_repeats). Texts written for these tests."""
from __future__ import annotations

from briefgen.items import Source
from briefgen.merge.engine import drop_repeats
from briefgen.sections.developments.model import Development
from briefgen.sections.positions.model import Position
from briefgen.sections.quotes.model import Quote


def dev(text: str, score: float = 1.0, start: int = 500, sentence: str = "") -> Development:
    sentence = sentence or text
    return Development(text=text, sources=[Source(article="a", sentence=sentence, start=start,
                                                  end=start + len(sentence))], score=score)


LEAD = [dev(f"The ferry operator event number {w} happened at the harbour.", 3.0, start=10 * k)
        for k, w in enumerate(("one", "two", "three"))]


def test_development_mostly_inside_a_shown_quote_is_dropped():
    said = ('The families of Kellan \u201cwant a ferry that runs on time and a crew that answers to them, and they '
            'want it this winter,\u201d said the woman who ran the harbour board.')
    repeat = dev(said, 1.0, start=900)
    other = dev("Divers recovered the ferry's hull from the harbour on Friday.", 0.9, start=990)
    quote = Quote.model_construct(text="want a ferry that runs on time and a crew that answers to them, and they "
                                  "want it this winter", speaker="Ann Lee", partial=True, sources=repeat.sources,
                                  id="quo-1")
    kept = drop_repeats(LEAD + [repeat, other], {"quotes": [quote]})
    assert repeat not in kept and other in kept and kept[:3] == LEAD
    # among the main events it stays
    assert drop_repeats([repeat, other], {"quotes": [quote]}) == [repeat, other]


def test_development_with_a_short_quoted_phrase_stays():
    said = ('The harbour board, which has called the timetable \u201ca mess,\u201d voted on Tuesday to buy two new '
            'ferries and hire twelve more crew members for the winter season.')
    event = dev(said, 1.0, start=900)
    quote = Quote.model_construct(text="a mess", speaker="Harbour board", partial=True, sources=event.sources,
                                  id="quo-1")
    assert drop_repeats(LEAD + [event], {"quotes": [quote]}) == LEAD + [event]


def test_quote_of_another_sentence_drops_nothing():
    said = ('Residents \u201cwant a ferry that runs on time and a crew that answers to them,\u201d said the woman '
            'who ran the harbour board.')
    repeat = dev(said, 1.0, start=900)
    quote = Quote.model_construct(text="want a ferry that runs on time and a crew that answers to them",
                                  speaker="Ann Lee", partial=True,
                                  sources=[Source(article="b", sentence="Another sentence.", start=0, end=17)],
                                  id="quo-1")
    assert repeat in drop_repeats(LEAD + [repeat], {"quotes": [quote]})


def test_development_restating_a_plain_statement_is_dropped():
    sentence = "Harbour officials, however, insist the captain steered into the pier."
    repeat = dev(sentence, 1.0, start=900)
    position = Position.model_construct(text="Harbour officials insist the captain steered into the pier",
                                        stance="states", sources=repeat.sources, actor="Harbour officials",
                                        cue="insist", id="pos-1")
    kept = drop_repeats(LEAD + [repeat], {"positions": [position]})
    assert repeat not in kept and kept == LEAD


def test_development_adding_much_to_a_plain_statement_stays():
    sentence = ("Harbour officials said the ferry, which left Kellan at noon with 40 passengers and a cargo of "
                "timber, struck the pier after its engine failed.")
    event = dev(sentence, 1.0, start=900)
    position = Position.model_construct(text="Harbour officials said the engine failed", stance="states",
                                        sources=event.sources, actor="Harbour officials", cue="said", id="pos-1")
    assert drop_repeats(LEAD + [event], {"positions": [position]}) == LEAD + [event]
