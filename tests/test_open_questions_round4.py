"""Open questions, round 4: a pronoun named only when one person fits, no
leading connective. Every text here is written for the test."""
import pytest

from briefgen.items import Source
from briefgen.sections.base import MergeContext
from briefgen.sections.open_questions import extract as questions
from briefgen.sections.open_questions.merge import merge
from briefgen.sections.open_questions.model import OpenQuestion


@pytest.fixture(scope="module")
def run(context):
    return lambda text: [q.text for q in questions.extract(context(text))]


def _src(text, article="a", start=0):
    return [Source(article=article, sentence=text, start=start, end=start + len(text))]


def test_a_pronoun_with_two_people_before_it_is_not_named(run):
    # one person named: the pronoun is named
    assert run("Ivo Marsh left the farm in May. His whereabouts were unclear on Saturday.") == [
        "Ivo Marsh's whereabouts were unclear on Saturday"]
    # a father and a son: "his" could be either, so the item is dropped rather than named wrongly
    assert run("Ivo Marsh and his son Pavel Marsh left the farm in May. "
               "His whereabouts were unclear on Saturday.") == []
    assert run("Ivo Marsh met Dana Ruel at the farm in May. Police still don't know where he is.") == []
    # the sentence before has the person as its subject: "the son", not the father named before it
    assert run("Ivo Marsh sent his son to the port in May. In a letter, the son promised calm. "
               "His whereabouts were unclear on Saturday.") == ["The son's whereabouts were unclear on Saturday"]


def test_a_leading_connective_is_cut():
    text = "However, the cause of the blast at the depot is still unclear"
    items = [OpenQuestion(text=text, cue="unclear", kind="hedge", sources=_src(text))]
    [out] = merge(items, MergeContext(published={"a": ""}))
    assert out.text == "The cause of the blast at the depot is still unclear"


def test_a_connective_after_the_subject_is_cut():
    text = "The regulator, however, has not confirmed the date of the hearing"
    items = [OpenQuestion(text=text, cue="not confirm", kind="hedge", sources=_src(text))]
    [out] = merge(items, MergeContext(published={"a": ""}))
    assert out.text == "The regulator has not confirmed the date of the hearing"
    kept = "Mr Holt, who runs the depot, has not said when it will reopen"
    items = [OpenQuestion(text=kept, cue="not say", kind="hedge", sources=_src(kept))]
    assert [q.text for q in merge(items, MergeContext(published={"a": ""}))] == [kept]
