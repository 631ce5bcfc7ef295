"""The story's main event first: a candidate that tells what the articles' printed headlines announce leads, and a
printed headline (the title's material) does not make its own article's lead "said already" (issue 12, item 2)."""
from __future__ import annotations

from briefgen.items import Source
from briefgen.sections.developments.model import Development
from briefgen.sections.developments.rank import headlined, headline_words, printed_headline, rank


def dev(text: str, article: str = "a", score: float = 2.0, start: int = 500) -> Development:
    return Development(text=text, sources=[Source(article=article, sentence=text, start=start, end=start + len(text))],
                       score=score)


HEADLINE = "Why Gardeners Are Cheering The Mayor's Allotment Plan."
LEAD = "Gardening clubs across the county are cheering the mayor's allotment plan announced on Monday."
OTHER = "The mayor, speaking at a community hall in Eastfield, promised to double the council's budget for parks."


def test_a_printed_headline_is_told_apart_from_a_lead():
    assert printed_headline(dev(HEADLINE, start=0))
    assert not printed_headline(dev(LEAD, start=60))
    assert not printed_headline(dev(HEADLINE, start=2000))  # deep in the article: a subheading, not its headline


def test_the_candidate_telling_the_headlines_event_goes_up():
    items = [dev(HEADLINE, start=0), dev(LEAD, start=60), dev(OTHER, start=200)]
    heads = headline_words(items)
    assert headlined(items[1], heads) > headlined(items[2], heads)
    assert headlined(items[0], heads) == 0.0  # the headline itself gains nothing


def test_the_lead_the_headline_announces_is_the_first_development():
    items = [dev(HEADLINE, start=0, score=2.2), dev(LEAD, start=60, score=1.9), dev(OTHER, start=200, score=2.0),
             dev("The council will vote on the budget for parks and allotments next month, a spokesman said.",
                 start=400, score=1.7)]
    ranked = [m.text for m in rank(items) if not printed_headline(m)]
    assert ranked[0] == LEAD


def test_no_headline_changes_nothing():
    items = [dev(LEAD, start=60, score=1.9), dev(OTHER, start=200, score=2.0)]
    assert headline_words(items) == frozenset()
    assert [m.text for m in rank(items)] == [OTHER, LEAD]
