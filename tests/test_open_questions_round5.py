"""Issue 12, item 6 (round 5): open questions an analyst would list, each standing alone. Texts written for the test."""
import pytest

from briefgen.sections.base import MergeContext
from briefgen.sections.open_questions import extract as questions
from briefgen.sections.open_questions.merge import merge


@pytest.fixture(scope="module")
def run(context):
    return lambda text: questions.extract(context(text))


def texts(items):
    return [q.text for q in items]


def test_a_listed_question_under_a_colon_lead_in(run):
    text = ("The auditors pressed the chief on several points. Here is what they wanted to know:\n\n"
            "Whether the chief regards the losses as theft\n\n"
            "How the fund will repay savers whose pensions were cut\n\n"
            "He said he could not answer.")
    assert texts(run(text)) == ["Unclear: whether the chief regards the losses as theft",
                                "Unclear: how the fund will repay savers whose pensions were cut"]


def test_a_headline_wh_line_is_no_question(run):
    # no colon lead-in above it: a headline or a title, not a listed unknown
    assert texts(run("Why the bank raised rates again\n\nThe bank raised rates on Tuesday.")) == []


def test_a_decision_regarding_whether_asks_its_question(run):
    text = ("The inquiry remains ongoing and the county prosecutor will ultimately make a decision regarding whether "
            "a criminal charge is filed.")
    [q] = run(text)
    assert q.cue == "whether"
    assert q.text == ("Will anyone be charged? The county prosecutor will ultimately make a decision regarding whether "
                      "a criminal charge is filed")


def test_the_same_question_once_citing_both(context):
    ctx = context("The prosecutor will decide whether to press charges against the driver. No charges have been filed.")
    items = questions.extract(ctx)
    assert [q.text.split("?")[0] for q in items] == ["Will anyone be charged", "Will anyone be charged"]
    merged = merge(items, MergeContext(merged={}, published={"t": ""}, options={}))
    assert len(merged) == 1 and len(merged[0].sources) == 2


def test_a_guess_is_listed_as_unconfirmed_with_who_guesses_it(run):
    text = ("The guard, who spoke on condition of anonymity, said it appears that looters may have been trapped inside "
            "the depot.")
    assert texts(run(text)) == ["Unconfirmed: looters may have been trapped inside the depot, a guard said"]
    assert texts(run("Mayor Tomas Hale said the storm may have damaged the old bridge.")) == [
        "Unconfirmed: the storm may have damaged the old bridge, Mayor Tomas Hale said"]


def test_also_is_cut(run):
    assert texts(run("Detectives are also searching for the car used in the robbery.")) == [
        "Detectives are searching for the car used in the robbery"]


def test_a_list_the_parser_split_is_kept_whole(run):
    [q] = run("The parks service said they are now considering various options, including returning the bear to the "
              "reserve, moving the bear to another reserve or killing it.")
    assert q.text.endswith("moving the bear to another reserve or killing it)")  # round 15: which option, then the list


def test_a_sentence_still_to_come(run):
    assert texts(run("Ivo Marsh, 20, was convicted of arson on Monday. Marsh faces up to ten years in prison. "
                     "The judge will sentence him on May 4.")) == [
        "Unclear: the sentence. The judge will sentence Marsh on May 4"]
    # two people named before: which of them is not known, so no item
    assert texts(run("Ivo Marsh and Tomas Hale were convicted of arson on Monday. The judge will sentence him on May 4.")) == []
    # a sentence already passed is no open point
    assert texts(run("The judge sentenced Ivo Marsh to ten years on Monday.")) == []


def test_a_described_person_takes_the_name_given_before(run):
    text = ("The council feared unrest, so Mayor Tomas Hale sent his son, Ivo, to the town last week, residents said. "
            "In a speech Wednesday, the son promised reform, but his overtures were seen as condescending. "
            "His whereabouts were unclear on Saturday.")
    # a lone first name says whose son he is (round 12: "Ivo" alone does not say who he is)
    assert texts(run(text)) == ["Mayor Tomas Hale's son Ivo's whereabouts were unclear on Saturday"]
    # no name given: the description stands
    assert texts(run("The son promised reform. His whereabouts were unclear on Saturday.")) == [
        "The son's whereabouts were unclear on Saturday"]


def test_the_other_one_described_is_another(run):
    assert texts(run("We haven't yet heard a condition update of the other friend who jumped in to help.")) == [
        "Not yet reported: a condition update of another friend who jumped in to help"]


def test_an_investigation_under_way_alone_is_no_question():
    from briefgen.sections.open_questions.merge import has_topic
    from briefgen.sections.open_questions.model import OpenQuestion

    def item(text):
        return OpenQuestion(text=text, sources=[], cue="investigation ongoing", kind="hedge")
    assert not has_topic(item("The investigation remains ongoing"))
    assert has_topic(item("The investigation into the warehouse fire remains ongoing"))


def test_a_voiced_worry_is_asked_as_whether(run):
    assert texts(run("Some of the town's neighbours voiced concern that the mill may be using the permit to "
                     "dump waste.")) == [
        "Unclear: whether the mill is using the permit to dump waste. Some of the town's neighbours voiced concern."]
    assert texts(run("Residents raised fears that the levees might be failing.")) == [
        "Unclear: whether the levees are failing. Residents raised fears."]
    # a worry about a thing, no that-clause: what worries whom (round 7), not a statement
    assert texts(run("Engineers have concerns about the dam's spillway.")) == ["Of concern to engineers: the dam's spillway"]


def test_a_guess_told_by_common_nouns(run):
    assert texts(run("Sources say the responding deputy may have shot his/her own hand.")) == [
        "Unconfirmed: the responding deputy may have shot his/her own hand, sources say"]
    assert texts(run("A passing cyclist may have saved the life of a swimmer who was caught in the current.")) == [
        "Unconfirmed: a passing cyclist may have saved the life of a swimmer who was caught in the current"]


def test_a_charge_already_laid_asks_no_charge_question(run):
    [q] = run("The prosecutor will decide whether to amend the endangerment charge against Ivo Marsh.")
    assert not q.text.startswith("Will anyone be charged?")


def test_a_worry_about_what_may_come_is_asked_as_whether(run):
    assert texts(run("Anti-dam campaigners said they fear the governor will make a deal with the builders during the "
                     "summer session.")) == [
        "Unclear: whether the governor will make a deal with the builders during the summer session. "
        "Anti-dam campaigners fear so."]
    assert texts(run("Farmers fear the drought will ruin the harvest.")) == [
        "Unclear: whether the drought will ruin the harvest. Farmers fear so."]
    # a fear with nothing still to come, or the speaker's own: no open point
    assert texts(run("Residents feared for their lives.")) == []
    assert texts(run("I fear the drought will ruin the harvest.")) == []


def test_an_accusation_no_one_named_makes_is_unconfirmed(run):
    assert texts(run("Some accuse the Ruritanian state of deploying hired gangs to break up the marches, and the "
                     "violence seems to have angered many.")) == [
        "Unconfirmed: some accuse the Ruritanian state of deploying hired gangs to break up the marches"]
    # "the state" with no country or people named in the sentence: the country the lead names, else dropped
    assert texts(run("Protests spread across Peru on Friday. Peru has seen weeks of unrest. Some accuse the state of "
                     "deploying hired gangs to break up the marches, and the violence seems to have angered many.")) == [
        "Unconfirmed: some accuse the state (Peru) of deploying hired gangs to break up the marches"]
    assert texts(run("Some accuse the state of deploying hired gangs to break up the marches, and the violence seems "
                     "to have angered many.")) == []
    # "the regime" inside a clause about someone else is no accusation against an unnamed state
    assert len(run("A port official said detectives were trying to determine whether rebels, who oppose the regime, "
                   "had carried out the attack.")) == 1
    # a named accuser's charge is a position, not an open question
    assert texts(run("Critics of the mayor accuse him of lying.")) == []
    assert texts(run("Senator Lena Varga accused the minister of lying.")) == []


@pytest.mark.parametrize("text, shown", [
    ("Unclear: what went wrong", False),  # "what happened": it names nothing
    ("Unclear: what went wrong with the brakes", True),
    ("Reports could not be independently confirmed", False),  # the newsroom's caveat, no report in particular
    ("Reports of 30 dead could not be independently confirmed", True),
])
def test_an_unknown_that_names_nothing_is_not_shown(text, shown):
    from briefgen.sections.open_questions.merge import has_topic
    from briefgen.sections.open_questions.model import OpenQuestion
    assert has_topic(OpenQuestion(text=text, sources=[], cue="x", kind="hedge")) is shown


def test_questions_about_whether_are_the_question_itself(run):
    # a dilemma no one in the story is named as facing (round 7): no question
    assert texts(run("The storms fueled questions about whether to rebuild the pier, or close it before it can collapse.")) == []
    assert texts(run("The ruling also raised doubts about whether the council can enforce the ban.")) == [
        "Unclear: whether the council can enforce the ban"]


def test_a_doubt_that_is_asked_as_whether(run):
    assert texts(run("Officials are not sure that the bridge can reopen this year.")) == [
        "Unclear: whether the bridge can reopen this year. Officials are not sure."]
    # "not sure if" already reads as the question
    assert texts(run("Police are not sure if Ivo Marsh is traveling by car.")) == [
        "Police are not sure if Ivo Marsh is traveling by car"]


def test_the_other_way_the_parser_hangs_elsewhere_is_kept(run):
    # the parser hangs ", or demolish it" on "raised"; the dilemma has no one named as facing it (round 7): none
    assert texts(run("The floods also raised questions about whether to rebuild the old pier with concrete and open it "
                     "to the public, or demolish it before it can collapse.")) == []
