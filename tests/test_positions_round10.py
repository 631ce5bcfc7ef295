"""Round 10 (the judges' CUE-WRONG and WRONG-ACTOR rows): texts written for these tests."""
import pytest

from briefgen.sections.positions import extract as positions


@pytest.fixture
def pos(context):
    return lambda text: positions.extract(context(text))


def test_a_doubt_about_something_else_does_not_turn_the_speaker_s_own_verdict(pos):
    # "I don't know if it will happen, but X will be a good opportunity": the doubt is about whether it
    # happens; the verdict, in a clause coordinated with it, is the speaker's own support
    got = pos("\u201cI don\u2019t know if it will happen, but a joint orchestra will be a good opportunity for music "
              "to win back its audience,\u201d Mayor Ellen Park told students during a visit to a school.")
    assert [(p.actor, p.stance) for p in got] == [("Ellen Park", "supports")]


def test_a_verdict_under_a_negated_belief_is_still_opposed(pos):
    got = pos("\u201cI don\u2019t think it will be a good opportunity for the city,\u201d Mayor Ellen Park told "
              "students during a visit to a school.")
    assert [(p.actor, p.stance) for p in got] == [("Ellen Park", "opposes")]


def test_a_quoted_conclusion_from_evidence_is_an_argument_not_an_unlabelled_statement(pos):
    got = pos("\u201cTonight\u2019s address shows that getting some senators to say the governor is unfit to serve "
              "is not at odds with Smith running on bold ideas,\u201d said Ann Lowry, co-founder of the Fair Wages "
              "Committee.")
    assert [(p.actor, p.stance) for p in got] == [("Ann Lowry", "argues")]


def test_evidence_of_a_plain_fact_is_no_position(pos):
    assert not pos("\u201cThe report shows that the bridge was built in 1950,\u201d said Ann Lowry, the city engineer.")


def test_no_one_less_prepared_than_a_named_person_is_a_verdict_against_him(pos):
    got = pos("\u201cNo candidate in the history of the state has been less prepared to run our schools than Dan "
              "Moore,\u201d said Ann Lowry, who served as a senator for 20 years.")
    assert [(p.actor, p.stance) for p in got] == [("Ann Lowry", "opposes")]
    assert not pos("\u201cNo mayor has done more for our schools than Dan Moore,\u201d said Ann Lowry, a senator.")
