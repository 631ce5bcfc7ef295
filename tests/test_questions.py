"""Open questions: hedges and unknowns the article states, one per sentence, in the article's words."""
from pathlib import Path

import pytest

from briefgen.sections.open_questions import extract as questions

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def run(context):
    return lambda text: questions.extract(context(text))


@pytest.mark.parametrize("sentence, cue", [
    ("The ministry has yet to announce a date for the vote.", "yet to"),
    ("Officials have not confirmed the number of people evacuated.", "not confirm"),
    ("He did not clarify whether the offer included debt relief.", "not clarify"),
    ("The company declined to comment on the lawsuit.", "decline to"),
    ("A spokeswoman refused to give details of the agreement.", "refuse to"),
    ("It is unclear how many ballots were lost.", "unclear"),
    ("The future of the plant remains uncertain.", "uncertain"),
    ("The motive for the attack is unknown.", "unknown"),
    ("It was not immediately known how the fire started.", "not know"),
    ("It remains to be seen whether the truce will hold.", "remains to be seen"),
    ("Several sites for the new airport are under consideration.", "under consideration"),
    ("Police are looking into whether the two robberies are linked.", "whether"),
    ("Deep differences remain between the unions and the employers on pensions.", "remain"),
    ("Police have not released the identity of the driver.", "not release"),
    ("No arrests have been made.", "no arrest"),
    ("The fate of the northern islands will likely be central to the negotiations.", "central to"),
    ("The governor appeared ambivalent about signing the bill.", "ambivalent"),
    ("A northern route has been floated by the engineers.", "floated"),
])
def test_triggers(run, sentence, cue):
    items = run(sentence)
    assert [q.cue for q in items] == [cue]
    assert items[0].kind in ("hedge", "disagreement")
    src = items[0].sources[0]
    assert sentence[src.start:src.end] == src.sentence


@pytest.mark.parametrize("sentence", [
    "The minister said the economy could grow next year.",
    "Officials confirmed that the bridge will reopen on Monday.",
    "I don't know how to thank the firefighters.",
    "The witness, who asked not to be identified, saw two men run away.",
    "An unknown gunman opened fire on the crowd.",
    "The two sisters were arguing about whether the dog could stay outside.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "He did not commit the crime, his lawyer insists.",
])
def test_not_every_hedge_word_is_an_open_question(run, sentence):
    assert run(sentence) == []


def test_clause_text_leaves_out_the_other_clause(run):
    [q] = run("While the president has expressed readiness to meet the rebels, Moscow has yet to confirm its "
              "participation.")
    assert q.text == "Moscow has yet to confirm its participation"


def test_trailing_concessive_clause_keeps_the_main_clause(run):
    [q] = run("Vienna has been suggested as a venue, though the acceptance of the rebels remains uncertain.")
    assert q.text.startswith("Vienna has been suggested")
    assert q.text.endswith("remains uncertain")


def test_one_item_per_sentence(run):
    items = run("It is unclear whether the talks will resume, and officials have not confirmed a date.")
    assert len(items) == 1


def test_speculation_only_about_a_named_actor_deciding(run):
    assert [q.cue for q in run("Chancellor Otto Brenner might attend the summit in Vienna.")] == ["might attend"]
    assert run("Prices might rise in the spring.") == []


def test_total_on_odd_input(run):
    assert run("") == []
    assert len(run("\u201d\u201d whether whether yet to to .")) <= 1  # one sentence, one question at most
    assert len(run(" ".join(["It is unclear why."] * 300))) == 1  # the same text once


def test_seed_open_questions(run):
    items = []
    for path in sorted(SEEDS.glob("*.txt")):
        items += run(path.read_text(encoding="utf-8"))
    def has(*words):
        return any(all(w.lower() in (q.text + " " + q.sources[0].sentence).lower() for w in words) for q in items)
    assert has("yet to confirm", "Putin")
    assert has("not confirmed", "Putin")
    assert has("under consideration", "Budapest")
    assert has("did not clarify", "no-fly zone")
    assert has("declined to give details")
    assert has("differences remain", "territorial concessions")
    assert has("Hungary", "uncertain")
    assert has("ambivalent")
    assert len(items) <= 16  # one at most per sentence, and most sentences are none


@pytest.mark.parametrize("sentence", [
    "The visitors scored eight unanswered runs in the last three innings.",
    "Prosecutors said no charges were warranted against the officers.",
])
def test_cue_word_in_another_sense(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize("sentence, cue", [
    ("Investigators are trying to determine what caused the explosion at the plant.", "determine what"),
    ("The gunman remains at large, police said.", "at large"),
    ("The spokesman would not speculate on the cause of the crash.", "not speculate"),
    ("Many questions about the contract remain unanswered.", "unanswered"),
])
def test_new_unknowns(run, sentence, cue):
    assert [q.cue for q in run(sentence)] == [cue]


def test_what_is_what_is_no_question(run):
    assert run("The staff can barely determine what's what after the storm.") == []
