"""Positions an analyst would sign (issue 11, items 1, 2 and 4): what is not a stance is not shown, a
stance is labelled by what the verb does, and each shown position reads alone and says something new."""
import pytest

from briefgen.items import Source
from briefgen.sections.base import MergeContext
from briefgen.sections.positions import extract as positions
from briefgen.sections.positions import merge as positions_merge
from briefgen.sections.positions.model import Position


@pytest.fixture(scope="module")
def pos(context):
    return lambda text: positions.extract(context(text))


def actors_of(items):
    return [p.actor for p in items]


# ----------------------------------------------------------------- 1. not stances

def test_praise_of_courage_is_a_tribute_not_a_stance(pos):
    assert pos("Mayor Helen Vance praised the courage of the two boys who tried to pull their friend from the river.") == []
    [p] = pos("Mayor Helen Vance praised the council's decision to close the bridge.")
    assert p.stance == "supports"


def test_wanted_to_remind_is_a_remark_not_a_want(pos):
    assert pos("Coach Peter Hale wanted to remind people that the loss touches the whole team.") == []
    assert pos("Coach Peter Hale wants the world to know that his players are safe.") == []
    [p] = pos("Coach Peter Hale wants a new stadium built before the next season.")
    assert p.stance == "wants"


def test_sought_to_play_down_is_not_a_want(pos):
    items = pos("Senator Carl Weston sought on Monday to play down reports of a rift with the governor.")
    assert all(p.cue != "seek" and p.stance != "wants" for p in items)


def test_suggest_with_an_assessment_is_no_proposal(pos):
    items = pos("Senator Carl Weston suggested there is little chance that the two parties would split.")
    assert all(p.stance != "proposes" for p in items)
    [p] = pos("Senator Carl Weston suggested that the state could pay for the new bridge.")
    assert p.stance == "proposes"


@pytest.mark.parametrize("quotation", [
    "I can't make any statements about where he is right now",  # declining to comment
    "I was like, dudes, I have to run home so bad",  # a personal "have to", and "bad" of no copula
    "He's a really good guy at heart and a friend to everybody",  # a character remark
    "It's time to go home and be with our families tonight",  # leaving, not a call for an act
])
def test_quotations_that_are_no_stance(pos, quotation):
    assert pos(f"\u201c{quotation},\u201d said Mark Ruddy, a neighbour of the family.") == []


def test_a_sheriffs_department_tells_the_facts_of_the_case(pos):
    assert pos("The Dunmore County Sheriff's Department says no one has been arrested and it will be up to "
               "the prosecutor to decide on charges.") == []


@pytest.mark.parametrize("quotation", [
    "We hold the ministry and its contractors responsible for the collapse of the dam",  # blame
    "The people of this valley deserve a government that listens to them",  # what is owed
    "To put it plainly, the whole plan is a bunch of malarkey",  # dismissal
])
def test_quotations_of_blame_desert_and_dismissal_are_stances(pos, quotation):
    assert actors_of(pos(f"\u201c{quotation},\u201d Governor Alan Brooks said.")) == ["Alan Brooks"]


# ----------------------------------------------------------------- the stance label

def test_a_promise_is_labelled_promises_and_blame_accuses(pos):
    [p] = pos("Prime Minister Tomas Varga promised to lift the curfew within a week.")
    assert p.stance == "promises"
    [p] = pos("Prime Minister Tomas Varga vowed to rebuild the flooded villages.")
    assert p.stance == "promises"
    [p] = pos("Prime Minister Tomas Varga blamed a faulty sensor for the blackout.")
    assert p.stance == "accuses"


# ----------------------------------------------------------------- 2. the text reads alone

def test_another_official_reads_as_the_named_official(pos):
    [p] = pos("Another senior port official, Lena Ostrova, blamed a broken crane for the delays.")
    assert p.actor == "Lena Ostrova"
    assert p.text.startswith("Lena Ostrova blamed a broken crane")


def test_sequence_adverbs_are_left_out(pos):
    [p] = pos("Senator Ruth Abel then accused the bank's chief of failing to hold anyone accountable.")
    assert p.text.startswith("Senator Ruth Abel accused the bank's chief")
    items = pos("President Ivo Marek has warned, however, that the ban on marches would stay in place.")
    assert [p.text for p in items] == ["President Ivo Marek has warned that the ban on marches would stay in place"]


def test_a_complement_that_only_points_back_is_not_shown(pos):
    assert pos("Senator Carl Weston dismissed those claims.") == []
    [p] = pos("Senator Carl Weston dismissed claims that he had misled the committee.")
    assert p.stance == "rejects"


# ----------------------------------------------------------------- 4. one stance once

def _p(actor, party, stance, article, start, text):
    return Position(text=text, actor=actor, party=party, stance=stance, cue="x",
                    sources=[Source(article=article, sentence=text, start=start, end=start + len(text))])


def test_a_side_saying_the_same_again_is_shown_once():
    items = [
        _p("Ann Lee", "United States", "warns", "a", 0, "Secretary Ann Lee warned of complacency at the Vancouver summit on the North"),
        _p("United States", "United States", "warns", "b", 0, "United States warned of complacency at the Vancouver summit"),
        _p("Ivan Orlov", "Russia", "warns", "b", 200, "Ivan Orlov warned of complacency at the Vancouver summit"),
    ]
    out = positions_merge.merge(items, MergeContext())
    assert sorted(actors_of(out)) == ["Ann Lee", "Ivan Orlov"]  # another party's like words stay


def test_a_claim_of_a_right_is_a_stance(pos):
    items = pos("President Amir Sadeq said citizens have the right to protest peacefully in the capital.")
    assert [(p.actor, p.cue) for p in items] == [("Amir Sadeq", "say")]
    assert pos("President Amir Sadeq said citizens have a long walk to the capital.") == []


def test_voiced_skepticism_is_opposition(pos):
    [p] = pos("Senator Ruth Abel voiced skepticism at the idea that the clerks had all acted alone.")
    assert (p.cue, p.stance) == ("voice", "opposes")


def test_officials_of_a_named_body_speak_for_it(pos):
    items = pos("The Harbor Water Board closed the reservoir on Friday. "
                "Harbor Water Board officials insist the intake was never contaminated.")
    assert [p.actor for p in items] == ["Harbor Water Board"]


def test_an_evaluation_after_a_curly_contraction_is_a_stance(pos):
    items = pos("\u201cFrom a safety standpoint, it\u2019s not necessary to close the whole harbor,\u201d "
                "said Dr. Nora Quill, who directs the port health office.")
    assert actors_of(items) == ["Nora Quill"]


def test_a_stance_noun_reads_as_its_actors_verb(pos):
    [p] = pos("Reporters noted Senator Ruth Abel's rejection of the budget deal.")
    assert (p.text, p.stance) == ("Ruth Abel rejected the budget deal", "rejects")
    [p] = pos("The markets welcomed Ruth Abel's call for a new audit of the bank.")
    assert p.text == "Ruth Abel called for a new audit of the bank"


def test_an_object_pronoun_leaves_the_position_dangling(pos):
    assert pos("President Ivo Marek asked him to hold those responsible for the violence accountable.") == []


def test_a_dateline_is_never_the_speaker(pos):
    items = pos("Senator Joan Avery spoke in Ohio.\n\nWASHINGTON, May 4 (UPI) \u2014 A spokesman for Senator Joan Avery "
                "rejected a report suggesting donors were granted greater access to the senator.")
    assert items and all(p.actor == "Joan Avery" for p in items)


def test_a_title_alone_reads_as_the_name(pos):
    items = pos("Vice President Joe Kaplan toured the mill on Friday. In the mill town, the vice president said "
                "the senator was the only choice for families who struggle.")
    [p] = [p for p in items if p.cue == "say"]
    assert p.text.startswith("Joe Kaplan said the senator")  # not "the vice president said"


def test_a_relative_clause_holds_no_claim(pos):
    assert pos("Senator Carl Weston announced that the navy would return the wreck that divers had to cut apart.") == []


def test_a_leading_but_is_left_out_of_a_quoted_stance(pos):
    [p] = pos("\u201cBut I would like you to see that it could make a positive contribution to peace,\u201d "
              "Minister Chun Ho-jin told reporters.")
    assert p.text == "Chun Ho-jin: \u201cI would like you to see that it could make a positive contribution to peace\u201d"


def test_an_offered_promise_is_a_promise(pos):
    [p] = pos("Senator Ruth Abel offered her firmest promise yet that she would block the pipeline.")
    assert p.stance == "promises"


def test_an_adjective_of_no_ascribing_verb_is_no_evaluation(pos):
    assert pos("\u201cI ran home so fast and I was yelling so bad,\u201d said Mark Ruddy, a neighbour.") == []
    assert actors_of(pos("\u201cThe judges called the ruling outrageous and wrong,\u201d said Mayor Mark Ruddy.")) == ["Mark Ruddy"]


def test_a_participle_of_a_joint_act_is_no_ones_offer(pos):
    items = pos("Norway and Sweden have been talking since Monday, offering a respite from the long dispute over fishing rights.")
    assert all(p.cue != "offer" for p in items)


def test_he_is_not_the_woman_a_she_before_it_stands_for(pos):
    items = pos("Senator Ruth Abel questioned the bank's chief, Tom Reed, on Tuesday. "
                "She went on to quote him from the transcripts, as he touted the bank's record growth in new accounts.")
    assert [p.actor for p in items if p.cue == "tout"] in ([], ["Tom Reed"])


def test_an_object_pronoun_reads_as_the_person_it_stands_for(pos):
    [p] = pos("Hillary Clinton spoke in Warren. On trade, Senator Tom Reed has relentlessly criticized her as an "
              "unreliable guardian of workers.")
    assert p.text == "Senator Tom Reed has relentlessly criticized Hillary Clinton as an unreliable guardian of workers"


def test_a_document_reports_its_parties_own_stances(pos):
    [p] = pos("The joint statement said Senator Tom Reed had also assured Norway that the United States has no "
              "designs on its oil.")
    assert (p.actor, p.stance) == ("Tom Reed", "promises")


def test_a_claim_of_what_must_happen_first_is_a_stance(pos):
    [p] = pos("Senator Ruth Abel lit into the bank chief, saying reform won't come to the industry until "
              "executives are sent to jail.")
    assert p.actor == "Ruth Abel"


def test_there_is_an_evaluative_noun_is_a_stance(pos):
    items = pos("\u201cThere\u2019s a myth out there that the new tax will only touch the very rich,\u201d Senator Ruth Abel said.")
    assert actors_of(items) == ["Ruth Abel"]
    items = pos("North and South Sudan have been talking since last week, offering a respite from the long standoff over oil.")
    assert all(p.cue != "offer" for p in items)


def test_a_party_speaker_comes_before_a_bystander_of_equal_stance():
    items = [
        _p("John Marr", None, "warns", "a", 0, "Analyst John Marr warned against reading too much into the talks"),
        _p("Kang Mi-ra", "South Korea", "warns", "a", 300, "Foreign Minister Kang Mi-ra warned the North against new missile tests"),
    ]
    out = positions_merge.merge(items, MergeContext())
    assert actors_of(out) == ["Kang Mi-ra", "John Marr"]


def test_a_quoted_stance_is_shown_in_the_reporting_words_close_by():
    told = _p("Ann Lee", None, "opposes", "a", 0, "Ann Lee trashed the governor as unqualified for the office")
    quote = _p("Ann Lee", None, "states", "a", 900, "Ann Lee: \u201cThis man is totally unqualified to lead the state\u201d")
    other = _p("Ann Lee", None, "urges", "a", 3000, "Ann Lee: \u201cWe must rebuild the harbor before the winter comes\u201d")
    out = positions_merge.merge([told, quote, other], MergeContext())
    assert [p.text for p in out] == [told.text, other.text]
    assert [s.start for s in out[0].sources] == [0, 900]  # the quotation's sentence is cited too


def test_an_object_pronoun_of_a_participle_reads_as_the_person(pos):
    items = pos("President Ivo Marek discussed the crisis with King Omar bin Saleh, asking him to hold those "
                "responsible for the violence accountable.")
    assert [p.text for p in items if p.cue == "ask"] == [
        "Ivo Marek asked Omar bin Saleh to hold those responsible for the violence accountable"]
