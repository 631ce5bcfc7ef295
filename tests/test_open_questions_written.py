"""Issue 12, item 6: open questions written as an analyst lists them, each standing alone, one per unknown,
dropped when newer text answers them. Every text here is written for the test."""
import pytest

from briefgen.sections.base import MergeContext
from briefgen.sections.casualties.model import Casualty
from briefgen.sections.open_questions import extract as questions
from briefgen.sections.open_questions.merge import figure_disagreements, merge
from briefgen.items import Source


@pytest.fixture(scope="module")
def run(context):
    return lambda text: questions.extract(context(text))


def texts(items):
    return [q.text for q in items]


@pytest.mark.parametrize("text, expected", [
    # an indirect question under "it is unclear" is the unknown itself
    ("The council said it is unsure why the pipes burst.", "Unclear: why the pipes burst"),
    ("It remains to be seen how many families will return.", "Unclear: how many families will return"),
    # a missing step asks its question, the article's words after it
    ("So far, no one has been charged in the stabbing.", "Will anyone be charged? No one has been charged in the stabbing"),
    ("No criminal charges have been filed.", "Will anyone be charged? No criminal charges have been filed"),
    # an allegation asks whether it is true
    ("The councillor allegedly took bribes from the builder. The councillor denies it.",
     "Unclear: whether the councillor took bribes from the builder"),  # disputed: a question the story leaves open
    ("The councillor allegedly took bribes from the builder.",
     "Unconfirmed: the councillor allegedly took bribes from the builder"),  # no one disputes it: the reporter's caution
    # conflicting accounts: the point in dispute first
    ("The ministry has given conflicting accounts of the raid.",
     "Unclear: the account of the raid. The ministry has given conflicting accounts of the raid"),
    # the newsroom's own voice: the unknown is what it has not heard
    ("We haven't yet heard a condition update on the second driver.", "Not yet reported: a condition update on the second driver"),
    # a vague subject takes the sentence's wh-clause
    ("Despite the urge to understand what drove Ivo Marsh to flee, the reason will remain unknown.",
     "Unclear: what drove Ivo Marsh to flee"),
    # another clause in front of the unknown is cut
    ("The coroner will focus on the death, while the city will look into how the cable came loose.",
     "Unclear: how the cable came loose"),
    # a trailing concession and a trailing participle are other news
    ("Mr Holt did not specify other repairs, although he said the roof was fixed.", "Mr Holt did not specify other repairs"),
    ("The pilot appeared ambivalent about flying again, telling a reporter from the Courier.",
     "The pilot appeared ambivalent about flying again"),
    # a refusal to guess: the unknown, then who would not guess
    ("Mr Dunn would not speculate whether the council he's forming would agree.",
     "Unclear: whether the council Mr Dunn is forming would agree. Mr Dunn would not speculate."),
    # "calls into question whether" on a noun: the unknown itself
    ("The audit found 40 of 90 grants went to donors, a rate that calls into question whether the grants were fair.",
     "Unclear: whether the grants were fair"),
])
def test_written_as_an_analyst_lists_it(run, text, expected):
    assert texts(run(text)) == [expected]


def test_a_pronoun_start_is_named_or_dropped(run):
    assert texts(run("Ivo Marsh left the farm in May. Police still don't know where he is.")) == [
        "Police still don't know where Ivo Marsh is"]
    assert texts(run("Ivo Marsh left the farm in May. His whereabouts were unclear on Saturday.")) == [
        "Ivo Marsh's whereabouts were unclear on Saturday"]
    # "they": the plural subject of the sentence before, the speaker, or the clause it is joined to
    assert texts(run("Detectives would not say when the fire started. They said they're waiting for the lab results.")) == [
        "Detectives would not say when the fire started",
        "Unclear: what the lab results will show (detectives are waiting for them)"]  # round 15: what is pending
    assert texts(run("They're also searching for the knife used in the robbery, police said.")) == [
        "Police are searching for the knife used in the robbery"]
    assert texts(run("The trials have been paused for the holiday, but they are likely to resume in March.")) == [
        "The trials are likely to resume in March"]
    # nothing to name: not shown
    assert run("They're unsure if he got off the train before the border.") == []
    assert run("That appears highly unlikely, however.") == []
    assert run("We're waiting for more information to be released.") == []


def test_a_speakers_own_words_are_no_unknown(run):
    assert run('"We will never know what happened," the pastor said.') == []
    assert run('"Make sure the child does not know where the key is kept," she said.') == []
    assert run('"He may have taken the night train," said the inspector.') == []
    # a wh-clause in a quotation is still the unknown, when it leans on nothing
    assert texts(run('"The panel will help determine why this might have happened," Ms Ode said.')) == [
        "Unclear: why this might have happened"]
    assert run('"They don\'t have to figure out why they missed the bus," he said.') == []


@pytest.mark.parametrize("text", [
    "As many as 30 people may have been involved.",  # a rough count
    "Although Mr Dunn may not have intended to hurt anyone, the court found him guilty.",  # negated, conceded
    "Inspectors say the ferry Mr Dunn may have boarded on was headed for Oslo.",  # a relative clause
    "The prime minister has yet to show any intention to compromise.",  # a criticism
    "The regime has refused to give up its weapons.",  # a stance
    "Officials discussed several points of contention, including the border.",  # a fact
    "The chief point of contention: the dam can hold 50 million gallons.",  # a misread
    "The trader, 22, who was the target of an ongoing fraud investigation by the agency, was arrested.",  # a clause on a noun
    "The mayor's suggestion that Mr Orban might agree to the plan has not been met with enthusiasm.",  # hung on a noun
    "Many exiles have returned, apparently raising concerns that they would push for change.",  # no one worries
])
def test_cue_word_in_another_sense_or_form(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, cue", [
    ("On Friday, the family remained in the dark over what happened, a cousin said.", "in the dark"),
    ("The ministry said the exact route will be decided after the talks next week.", "to be decided"),
    ("The league said the number of teams will be hammered out in June.", "to be decided"),
])
def test_more_unknowns(run, text, cue):
    assert [q.cue for q in run(text)] == [cue]


def test_an_update_line_answers_the_older_text_below_it(run):
    page = ("UPDATE: Police say the fall from the balcony appears to have been an accident.\n\n"
            "A man was hurt on Sunday night.\n\nPolice are looking into whether the fall was an accident.")
    assert run(page) == []
    assert [q.cue for q in run("A man was hurt on Sunday night.\n\nPolice are looking into whether the fall was an "
                               "accident.")] == ["whether"]


def _q(text, article, start, cue="not say", kind="hedge"):
    from briefgen.sections.open_questions.model import OpenQuestion
    return OpenQuestion(text=text, cue=cue, kind=kind,
                        sources=[Source(article=article, sentence=text, start=start, end=start + len(text))])


def test_one_item_per_unknown():
    ctx = MergeContext(published={"a": "", "b": ""})
    items = [_q("Will anyone be charged? No charges have been filed", "a", 0, "no charge"),
             _q("Will anyone be arrested? No one has been arrested", "a", 100, "no one arrest"),
             _q("Mr Holt did not specify what the repairs were", "b", 0, "not specify"),
             _q("Mr Holt did not specify other repairs agreed in May", "b", 100, "not specify"),
             _q("Mr Holt did not specify when the school would reopen", "b", 200, "not specify")]
    out = texts(merge(items, ctx))
    assert len([t for t in out if t.startswith("Will anyone")]) == 1
    assert len([t for t in out if "repairs" in t]) == 1
    assert "Mr Holt did not specify when the school would reopen" in out


def _cas(id_, count, article, sentence, conflicts):
    return Casualty(id=id_, text=sentence, count=count, kind="killed", who="people", conflicts=conflicts,
                    sources=[Source(article=article, sentence=sentence, start=0, end=len(sentence))])


def test_figures_of_different_scope_are_no_dispute():
    night = _cas("c1", 2, "a", "A violent night in the city leaves 2 dead", ["c2"])
    weekend = _cas("c2", 3, "b", "3 dead in weekend shootings across the city", ["c1"])
    assert figure_disagreements([night, weekend]) == []
    one = _cas("c3", 2, "a", "Two people died in the fire, police said", ["c4"])
    other = _cas("c4", 4, "b", "Four people died in the fire, the mayor said", ["c3"])
    [q] = figure_disagreements([one, other])
    assert q.text.startswith("How many people were killed?")


def test_an_unknown_that_names_nothing_is_not_shown():
    from briefgen.sections.open_questions.merge import has_topic
    assert not has_topic(_q("Unclear: what exactly happened", "a", 0, "determine what"))
    assert has_topic(_q("Unclear: why this might have happened", "a", 0, "determine why"))
    assert has_topic(_q("Unclear: what caused the blast at the depot", "a", 0, "determine what"))
