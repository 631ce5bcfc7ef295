"""Issue 11, item 5 (round 9): scare quotes, titles and fragments only as partial quotes of an explicit speaker,
shown in their sentence, never as the section's content; a quotation another article answers is not shown; the
agent of a passive verb of saying is its speaker (texts written for these tests)."""
import pytest

from briefgen.config import Config
from briefgen.facts import Article, Facts
from briefgen.items import Source
from briefgen.render import render_all
from briefgen.sections.base import MergeContext
from briefgen.sections.developments.model import Development
from briefgen.sections.quotes import extract as quotes
from briefgen.sections.quotes import merge as quotes_merge
from briefgen.sections.quotes.model import Quote

WALL = "The harbour wall will be repaired before the winter storms arrive on this part of the coast."


def _src(sentence, article="a", start=0):
    return Source(article=article, sentence=sentence, start=start, end=start + len(sentence))


def _q(text, speaker, sentence=None, article="a", start=0, partial=False):
    return Quote(text=text, speaker=speaker, partial=partial, sources=[_src(sentence or text, article, start)])


def _dev(text, article, start=0):
    return Development(text=text, sources=[_src(text, article, start)], score=1.0)


def _merge(items, **ctx):
    return quotes_merge.merge(items, MergeContext(**ctx))


# ----------------------------------------------------------------- fragments in their sentence

BETRAYAL = "Omar Lindqvist called the ferry plan \u201ca betrayal\u201d on Monday."


def test_a_two_word_partial_quotation_of_a_named_speaker_is_shown_as_its_sentence_after_the_statements():
    out = _merge([_q("a betrayal", "Omar Lindqvist", BETRAYAL, start=500, partial=True),
                  _q(WALL, "Jane Ortega", start=100)])
    assert [q.text for q in out] == [WALL, BETRAYAL]
    assert out[1].in_sentence and not out[0].in_sentence and out[1].speaker == "Omar Lindqvist"


def test_a_piece_of_a_clause_is_shown_as_its_sentence():
    sentence = "A downward spiral, Omar Lindqvist said, \u201cis a dangerous road for the port and the families.\u201d"
    out = _merge([_q("is a dangerous road for the port and the families.", "Omar Lindqvist", sentence,
                     partial=True)])
    assert [(q.text, q.in_sentence) for q in out] == [(sentence, True)]


def test_a_fragment_whose_sentence_gives_no_speaker_is_not_shown():
    # the speaker came from the paragraph before ("protesters"), the sentence names none
    out = _merge([_q("Be calm!", "protesters", "The crowd on the quay shouted \u201cBe calm!\u201d", start=300),
                  _q(WALL, "Jane Ortega", start=100)])
    assert [q.text for q in out] == [WALL]


def test_a_described_speaker_written_in_the_sentence_keeps_the_fragment_in_its_sentence():
    sentence = "But another neighbour said the building is \u201cvery safe\u201d and has many cameras."
    out = _merge([_q("very safe", "another neighbour", sentence, partial=True)])
    assert [q.text for q in out] == [sentence]


def test_two_fragments_of_one_sentence_are_one_item():
    sentence = ("Omar Lindqvist said the council must respect \u201cthe rights\u201d of the families and "
                "\u201chonest reform.\u201d")
    out = _merge([_q("the rights", "Omar Lindqvist", sentence, partial=True),
                  _q("honest reform.", "Omar Lindqvist", sentence, partial=True)])
    assert [q.text for q in out] == [sentence]


def test_a_fragment_a_longer_quotation_gives_comes_after_the_other_fragments():
    longer = "It cherry-picked a small part of the mayor's diary to give a false picture of her work."
    picked = "Her campaign says the diary was \u2018cherry-picked.\u2019"
    out = _merge([_q("cherry-picked", "her campaign", picked, start=500, partial=True), _q(longer, "Laura Bentley"),
                  _q("a betrayal", "Omar Lindqvist", BETRAYAL, start=900, partial=True)])
    assert [q.text for q in out] == [longer, BETRAYAL, picked]


def test_a_lower_case_partial_quotation_comes_after_every_whole_one():
    said = "Omar Lindqvist said \u201cwe will not close the harbour before the winter\u201d on Monday."
    out = _merge([_q("we will not close the harbour before the winter", "Omar Lindqvist", said, partial=True),
                  _q("Nobody told the families on the quay what the council had decided.", "a neighbour", start=90)])
    assert [q.in_sentence for q in out] == [False, True]  # a named speaker's fragment after a described one's quote


def test_the_briefing_shows_a_fragments_sentence_without_marks_of_its_own():
    quote = _q("a betrayal", "Omar Lindqvist", BETRAYAL, partial=True).model_copy(
        update={"id": "q1", "text": BETRAYAL, "in_sentence": True})
    facts = Facts(title="Ferry", date="2024-03-02", articles=[Article(id="a", path="a.txt")], quotes=[quote])
    md = render_all(facts, Config(), ["md"])["md"].decode()
    line = next(ln for ln in md.splitlines() if "ferry plan" in ln)
    assert line.startswith("- Omar Lindqvist called") and "\u201c\u201c" not in line and "partial quote" not in line


# ----------------------------------------------------------------- a quotation another article answers

NOT_SURE = "Not sure of the current condition right now. It was a very serious injury."


def test_a_not_known_now_quotation_another_article_answers_is_not_shown():
    items = [_q(NOT_SURE, "Rita Baxter", article="b"), _q(WALL, "Jane Ortega", article="b", start=200)]
    devs = [_dev("The boy injured in the shooting is in stable condition.", "a")]
    assert [q.text for q in _merge(items, merged={"developments": devs})] == [WALL, "It was a very serious injury."]


def test_a_quotation_whose_every_sentence_is_answered_is_not_shown():
    items = [_q("Not sure of the current condition right now.", "Rita Baxter", article="b"),
             _q(WALL, "Jane Ortega", article="b", start=200)]
    devs = [_dev("The boy injured in the shooting is in stable condition.", "a")]
    assert [q.text for q in _merge(items, merged={"developments": devs})] == [WALL]


def test_without_an_answer_the_not_known_now_quotation_stays():
    items = [_q(NOT_SURE, "Rita Baxter", article="b"), _q(WALL, "Jane Ortega", article="b", start=200)]
    devs = [_dev("There is no word on his condition.", "a")]  # not an answer: it does not know either
    assert len(_merge(items, merged={"developments": devs})) == 2


def test_a_not_known_now_quotation_of_an_earlier_article_is_not_shown():
    items = [_q(NOT_SURE, "Rita Baxter", article="a"), _q(WALL, "Jane Ortega", article="b", start=200)]
    published = {"a": "2024-03-01", "b": "2024-03-03"}
    assert [q.text for q in _merge(items, published=published)] == [WALL, "It was a very serious injury."]
    assert len(_merge(items, published={"a": "2024-03-04", "b": "2024-03-03"})) == 2  # the latest article's stays


# ----------------------------------------------------------------- the agent of a passive verb of saying

def test_the_agent_of_a_passive_verb_of_saying_is_the_speaker_not_the_outer_one(context):
    text = ("Maren Oduya, described by her neighbours as a \u201ckind soul\u201d who sang in the choir, was found "
            "at the harbour on Sunday, police said.\n")
    items = quotes.extract_joined(context(text))
    q = next(q for q in items if "kind soul" in q.text)
    assert q.speaker == "her neighbours"


def test_a_fragment_in_the_sentence_of_a_whole_quotation_of_its_speaker_comes_after_the_other_fragments():
    sentence = ("Omar Lindqvist, who called the plan \u201ca betrayal,\u201d added: \u201cWe will fight the closure of "
                "the ferry port in every court of this country.\u201d")
    whole = "We will fight the closure of the ferry port in every court of this country."
    other = "Jane Ortega said the council acted \u201cin haste\u201d on Monday."
    out = _merge([_q("a betrayal,", "Omar Lindqvist", sentence, partial=True), _q(whole, "Omar Lindqvist", sentence),
                  _q("in haste", "Jane Ortega", other, start=300, partial=True)])
    assert [q.text for q in out] == [whole, other, sentence]


def test_the_kept_sentence_of_an_answered_quotation_cites_its_own_sentence():
    passage = ("\u201cNot sure of the current condition right now,\u201d said Rita Baxter. "
               "\u201cIt was a very serious injury.\u201d")
    items = [_q(NOT_SURE, "Rita Baxter", passage, article="b", start=40)]
    devs = [_dev("The boy injured in the shooting is in stable condition.", "a")]
    src = _merge(items, merged={"developments": devs})[0].sources[0]
    assert src.sentence == "\u201cIt was a very serious injury.\u201d"
    assert src.start == 40 + passage.index("\u201cIt was")
