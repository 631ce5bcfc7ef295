"""Issue 12, item 6 (round 7): open questions written as an analyst lists them, leaning on nothing the briefing
does not show. Texts written for the test."""
import pytest

from briefgen.sections.base import MergeContext
from briefgen.sections.developments.model import Development
from briefgen.sections.open_questions import extract as questions
from briefgen.sections.open_questions.merge import merge


@pytest.fixture(scope="module")
def run(context):
    return lambda text: questions.extract(context(text))


def texts(items):
    return [q.text for q in items]


def test_a_worry_told_as_a_statement_is_listed_as_what_worries_whom(run):
    text = "Nurses have some concerns with Mara Lind's oxygen levels, which can lead to lung damage."
    assert texts(run(text)) == ["Of concern to nurses: Mara Lind's oxygen levels, which can lead to lung damage"]


def test_a_worry_with_a_that_clause_still_asks_whether(run):
    [q] = run("Several neighbours voiced concern that the dam may be leaking again.")
    assert q.text.startswith("Unclear: whether the dam")


def test_a_dilemma_no_one_is_named_as_facing_is_no_question(run):
    text = "The escaped bears fueled questions about whether to sedate a roaming animal and return it to the reserve."
    assert texts(run(text)) == []


def test_a_rumour_hung_on_the_unknown_is_cut(run):
    text = "The minister's whereabouts were unclear on Monday, with some saying he had fled to a villa in the hills."
    assert texts(run(text)) == ["The minister's whereabouts were unclear on Monday"]


def _dev(text):
    return Development(text=text, sources=[])


def test_a_bare_event_the_briefing_never_shows_is_dropped(run):
    text = ("A port official said detectives were trying to determine whether rebels, who oppose the regime, had "
            "carried out the attack to avenge the arrest of their leader.")
    items = run(text)
    assert len(items) == 1
    ctx = MergeContext(merged={"developments": [_dev("The council approved a new budget for the harbour.")]},
                       published={"t": ""}, options={})
    assert merge(items, ctx) == []
    ctx = MergeContext(merged={"developments": [_dev("Gunmen attacked the harbour master's office on Friday.")]},
                       published={"t": ""}, options={})
    assert len(merge(items, ctx)) == 1


def test_the_storys_own_event_told_in_other_words_is_shown(run):
    items = run("Investigators would not say exactly when the shootings happened.")
    assert len(items) == 1
    ctx = MergeContext(merged={"developments": [_dev("Two men were shot dead outside a bar on Friday.")]},
                       published={"t": ""}, options={})
    assert len(merge(items, ctx)) == 1


def test_a_worry_about_a_pronoun_keeps_the_name_it_resolves_to(run):
    text = ("Mara Lind was taken to the county hospital on Sunday. Her mother says nurses have some concerns with "
            "her oxygen levels, which can lead to lung damage.")
    texts_ = texts(run(text))
    assert len(texts_) == 1 and texts_[0].startswith("Of concern to nurses: ")
    assert not texts_[0].startswith("Of concern to nurses: m")


def test_an_event_word_naming_something_else_is_no_bare_event():
    from briefgen.sections.open_questions.merge import event_shown
    from briefgen.sections.open_questions.model import OpenQuestion

    def q(text):
        return OpenQuestion(text=text, sources=[], cue="x", kind="hedge")

    told = [_dev("The council approved a new budget for the harbour.")]
    assert event_shown(q("Unclear: whether the riot police will stay in the square"), told)
    assert event_shown(q("Unclear: whether the attack on the embassy was planned abroad"), told)
    assert not event_shown(q("Unclear: who carried out the attack"), told)


def test_whether_there_are_charges_asks_who_is_charged_and_says_who_decides(run):
    text = ("Park officials are working with the county prosecutor to determine whether there are criminal charges "
            "to be filed.")
    assert texts(run(text)) == [
        "Will anyone be charged? Park officials are working with the county prosecutor to determine whether there are "
        "criminal charges to be filed"]


# ---------------------------------------------------------------- round 9

def test_an_alleged_act_no_one_disputes_is_unconfirmed_not_a_question(run):
    assert texts(run("Councillor Ada Brun, 51, allegedly sent the tender papers to her brother.")) == [
        "Unconfirmed: Councillor Ada Brun, 51, allegedly sent the tender papers to her brother"]


def test_an_alleged_act_the_article_disputes_is_a_question(run):
    [q] = run("Councillor Ada Brun, 51, allegedly sent the tender papers to her brother. Her lawyer denied it.")
    assert q.text.startswith("Unclear: whether Councillor Ada Brun")


def test_a_bare_incident_is_placed_as_the_sentence_before_places_it(run):
    text = ("A 30-year-old man was hurt at 9 p.m. on the 400 block of Ferris near Elm, officers said. "
            "Further details about the incident are unclear as police continue to investigate.")
    assert texts(run(text)) == ["Unclear: details about the incident on the 400 block of Ferris (police continue "
                                "to investigate)"]  # round 15: the details are the unknown


def test_has_since_is_cut_from_an_open_question():
    from briefgen.items import Source
    from briefgen.sections.open_questions.merge import as_question
    from briefgen.sections.open_questions.model import OpenQuestion

    q = OpenQuestion(text="The board has since given conflicting reasons for the closure", kind="disagreement",
                     cue="conflicting", sources=[Source(article="a", sentence="x", start=0, end=1)])
    assert as_question(q).text == "The board has given conflicting reasons for the closure"
