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
    got = pos("\u201cI don\u2019t think the merger will be a good opportunity for the city,\u201d Mayor Ellen Park told "
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


def _p(actor, stance, article, start, text):
    from briefgen.items import Source
    from briefgen.sections.positions.model import Position
    return Position(text=text, actor=actor, stance=stance, cue="x",
                    sources=[Source(article=article, sentence=text, start=start, end=start + len(text))])


def test_the_same_demand_in_other_words_is_shown_once():
    from briefgen.sections.base import MergeContext
    from briefgen.sections.positions import merge as positions_merge
    items = [
        _p("Ann Lee", "demands", "a", 0, "Ann Lee told the chief: \u201cYou should resign and you should be "
           "criminally investigated.\u201d"),
        _p("Ann Lee", "demands", "b", 0, "Sen. Ann Lee on Monday called for a criminal investigation into the "
           "bank's managers over the loans scandal"),
        _p("Ann Lee", "accuses", "b", 300, "Ann Lee accused the chief of weak leadership"),
    ]
    out = positions_merge.merge(items, MergeContext())
    assert [p.stance for p in out].count("demands") == 1
    assert "accuses" in [p.stance for p in out]


def test_a_quotation_continued_after_its_attribution_is_one_statement(pos):
    got = pos("Mayor Ruth Okafor spoke on Monday. \u201cThere\u2019s a myth out there that the new tax will pay for "
              "the roads,\u201d Okafor said. \u201cDon\u2019t believe it.\u201d")
    assert [(p.actor, p.stance) for p in got] == [("Ruth Okafor", "rejects")]
    assert got[0].text.endswith("Don\u2019t believe it.\u201d")


def test_a_continuation_that_does_not_refer_back_stands_apart(pos):
    got = pos("Dr. Ruth Okafor spoke on Monday. \u201cFrom a safety standpoint, it\u2019s not necessary to close the "
              "bridge,\u201d Okafor said. \u201cThe cracks, which are very small to begin with, are on the rail.\u201d")
    assert got and not any("cracks" in p.text for p in got if p.stance == "opposes")


def test_a_trailing_he_said_is_left_off_the_item_its_actor_heads(pos):
    got = pos("City spokesman Tom Reed spoke on Monday. Officials had planned to move the bear, but the animal "
              "became too agitated by the crowd and had to be killed, he said.")
    assert got and got[0].actor == "Tom Reed"
    assert not got[0].text.endswith("he said")


def test_a_quotation_with_no_stance_label_is_left_to_the_quotes_section():
    from briefgen.sections.base import MergeContext
    from briefgen.sections.positions import merge as positions_merge
    items = [
        _p("Ann Lee", "states", "a", 0, "Ann Lee: \u201cIt\u2019s no joke, I don\u2019t want people thinking I am a fool\u201d"),
        _p("Ann Lee", "denies", "a", 300, "Ann Lee: \u201cI didn\u2019t take the money from the drawer\u201d"),
    ]
    out = positions_merge.merge(items, MergeContext())
    assert [p.stance for p in out] == ["denies"]
