"""Issue 11, round 6: the stance label of a quoted stance (its reporting verb, an obligation laid on
another) and an act agreed on is an event (texts written for these tests)."""
import pytest

from briefgen.sections.positions import extract as positions


@pytest.fixture(scope="module")
def pos(context):
    return lambda text: positions.extract(context(text))


def quoted(items, words):
    return [p for p in items if words in p.text and p.text.startswith(f"{p.actor}: \u201c")]


def test_a_quotation_takes_its_reporting_verb_s_stance(pos):
    got = quoted(pos("\u201cThe dam is dangerous and the town is not ready for a flood,\u201d Mayor Ruth Okafor warned."),
                 "dam is dangerous")
    assert got and got[0].stance == "warns"


def test_a_quotation_said_takes_the_label_of_its_words(pos):
    got = quoted(pos("\u201cThe dam is dangerous and the town is not ready for a flood,\u201d Mayor Ruth Okafor said."),
                 "dam is dangerous")
    assert got and got[0].stance == "warns"  # round 9: calling it dangerous warns (the verb "said" gives no label)


def test_an_obligation_laid_on_another_in_a_quotation_demands(pos):
    got = quoted(pos("\u201cYou should resign and you should pay back the bonus,\u201d Senator Ana Ferris told the banker."),
                 "resign")
    assert got and got[0].stance == "demands"
    got = quoted(pos("\u201cThe city council needs to repair the bridge before the winter,\u201d said Ana Ferris."),
                 "repair the bridge")
    assert got and got[0].stance == "demands"


def test_an_obligation_of_the_speaker_s_own_side_is_no_demand(pos):
    got = quoted(pos("\u201cWe must repair the bridge before the winter comes,\u201d said Ana Ferris."), "repair the bridge")
    assert got and got[0].stance == "insists"  # not "demands": no one else is asked (round 9: the "must" insists)


def test_an_act_agreed_on_is_an_event_not_a_stance(pos):
    items = pos("Norway has agreed to return the stolen painting to the museum, Minister Lars Eide said on Monday.")
    assert not [p for p in items if p.actor == "Norway" and "painting" in p.text]


def test_agreeing_with_a_view_is_still_support(pos):
    items = pos("Minister Lars Eide agreed with the plan of the regional council.")
    assert [p for p in items if p.actor == "Lars Eide" and p.stance == "supports"]


def test_a_quoted_verdict_gives_the_stance(pos):
    got = quoted(pos("\u201cThis man is totally unqualified to run the county,\u201d said Mayor Ruth Okafor."), "unqualified")
    assert got and got[0].stance == "opposes"
    got = quoted(pos("\u201cThere's a myth out there that the new tax will pay for the roads,\u201d said Ruth Okafor."), "myth")
    assert got and got[0].stance == "rejects"


def test_a_verdict_told_as_another_s_or_negated_only_states(pos):
    got = quoted(pos("\u201cThe vote shows that getting some members to say the mayor is unfit is not hard,\u201d "
                     "said Ruth Okafor."), "unfit")
    assert not got or got[0].stance in ("states", "argues")  # her conclusion, never her opposition to the mayor
    got = quoted(pos("\u201cThe new toll is not unfair to the drivers of the county,\u201d said Ruth Okafor."), "toll")
    assert not got or got[0].stance == "states"


def test_a_quoted_call_and_blame_give_their_stance(pos):
    got = quoted(pos("\u201cThe evidence is clear, it's time an inquiry be opened into the contracts,\u201d said Ruth Okafor."),
                 "inquiry")
    assert got and got[0].stance == "demands"
    got = quoted(pos("\u201cWe hold the contractor responsible for the collapse of the bridge,\u201d said Ruth Okafor."),
                 "contractor")
    assert got and got[0].stance == "accuses"
