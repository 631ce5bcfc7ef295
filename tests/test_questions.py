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
    ("The minister did not clarify whether the offer included debt relief.", "not clarify"),
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
    # "He did not clarify whether this meant ...": "this" leans on the sentence before; the same unknown stands
    # alone as the spokeswoman's refusal
    assert not has("did not clarify", "no-fly zone")
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


# issue 12: unknowns written in other words than the hedge adjectives, each in the sense of an open point
@pytest.mark.parametrize("sentence, cue", [
    ("No one has been charged in the attack on the depot.", "no one charge"),
    ("Investigators have not yet decided on the cause of the blaze.", "not yet"),
    ("Details about the other passengers were not immediately available.", "not available"),
    ("Engineers aren't confident that the old dam can be repaired.", "not confident"),
    ("The driver was still being sought by police on Friday.", "still sought"),
    ("Divers are searching for the second boat near the reef.", "searching for"),
    ("Detectives are waiting for the results of the autopsy.", "waiting for"),
    ("The ministry gave conflicting accounts of the raid.", "conflicting"),
    ("The council is considering several options for the empty site.", "considering"),
    ("The regulator would need to approve the merger of the two ports.", "would need to"),
    ("The official allegedly took bribes from the paving contractor.", "allegedly"),
    ("Doctors have concerns about the swelling in the patient's leg.", "concern"),
    ("The talks were suspended for the festival, but they are likely to resume afterwards.", "likely"),
    ("The audit calls into question whether the grants were spent on the schools.", "whether"),
])
def test_more_unknowns(run, sentence, cue):
    assert [q.cue for q in run(sentence)] == [cue]


@pytest.mark.parametrize("sentence", [
    "Police said they are not searching for any other suspects.",
    "I'm still searching for my brother's photos from that summer.",
    "The fans were waiting in line for tickets since dawn.",
    "The Hawks are likely favourites after the trade.",
    "Everyone was charged a fee of ten dollars at the gate.",
])
def test_more_cue_words_in_another_sense(run, sentence):
    assert run(sentence) == []


def test_open_questions_latest_article_first_and_one_per_figure_question():
    from briefgen.items import Source
    from briefgen.sections.base import MergeContext
    from briefgen.sections.open_questions.merge import merge, one_per_question
    from briefgen.sections.open_questions.model import OpenQuestion

    def q(text, art, start, kind="hedge"):
        return OpenQuestion(text=text, cue="x", kind=kind,
                            sources=[Source(article=art, sentence=text + ".", start=start, end=start + len(text))])
    items = [q("The cause of the harbour fire is unclear", "a", 0), q("The owner of the barge is unknown", "a", 100),
             q("The fate of the crane is uncertain", "a", 200), q("Officials have not said when the port reopens", "b", 50),
             q("If necessary, I'll go", "b", 300)]
    out = merge(items, MergeContext(published={"a": "2024-01-01", "b": "2024-01-02"}))
    assert [o.sources[0].article for o in out] == ["b", "a", "a", "a"]  # the latest first; the quote's tail dropped
    figures = [q("How many people were wounded? The reports give 4 and 12.", "a", 0, "disagreement"),
               q("How many people were wounded? The reports give 4, 5 and 12.", "b", 0, "disagreement")]
    [one] = one_per_question(figures)
    assert one.text.endswith("4, 5 and 12.") and len(one.sources) == 2


@pytest.mark.parametrize("sentence, cue, start", [
    ("Some engineers aren\u2019t confident that the bridge can be repaired.", "not confident", "Unclear: whether the bridge can be repaired. Some engineers"),
    ("There are officials who aren't sure that the levee will hold.", "not sure", "Unclear: whether the levee will hold. There are officials who"),
    ("Whether the council will reopen the market", "whether", "Unclear: whether the council"),
    ("The audit found 40 of the 90 grants went to donors, a rate that calls into question whether the grants were fair.",
     "whether", ""),
    ("The blaze may have been started by a faulty heater, firefighters said.", "may have", "Unconfirmed: the blaze"),
])
def test_unknowns_worded_to_stand_alone(run, sentence, cue, start):
    [q] = run(sentence)
    assert q.cue == cue and q.text.startswith(start)


def test_a_concession_is_no_guess(run):
    assert run("The striker may have scored twice, but his team lost the final.") == []


def test_clause_does_not_end_on_its_conjunction(run):
    [q] = run("No one has been arrested but police say charges are still possible in the theft.")
    assert q.text == "Will anyone be arrested? No one has been arrested"
