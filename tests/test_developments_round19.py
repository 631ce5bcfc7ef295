"""Issue 12, item 5 (round 19): each development stands alone or is not shown — a demonstrative subject after an
opening phrase, "the" and a general noun that only renames what another sentence told ("the site", "the animal",
"the event"), a label before a colon and a concluding "So". Texts written for these tests."""
from __future__ import annotations

from briefgen.sections.developments.extract import extract


def texts(context, text: str) -> list[str]:
    return [d.text for d in extract(context(text))]


def test_demonstrative_subject_after_an_opening_phrase_is_dropped(context):
    out = texts(context, "The Larkton council voted on Monday to drain the old quarry lake after a chemical spill. "
                         "For readers who like numbers, that is enough water to fill 40 football stadiums.")
    assert not any("football stadiums" in t for t in out)
    assert any("council voted" in t for t in out)


def test_a_general_noun_that_only_renames_is_dropped_but_one_that_says_which_stays(context):
    out = texts(context, "A gas main exploded under a bakery in Orla on Tuesday, injuring four workers. "
                         "Fire engines were rushed to the site while officers closed the main road to traffic. "
                         "Crews searched the site of the blast for two missing workers until dawn.")
    assert not any("rushed to the site" in t for t in out)
    assert any("site of the blast" in t for t in out)


def test_the_animal_with_no_referent_is_dropped(context):
    out = texts(context, "Rangers shot a bear that had wandered into the village of Orla on Thursday. "
                         "A farmer, who was treated for cuts to his arms, had joined dozens of villagers chasing "
                         "the animal through the orchards.")
    assert not any("chasing the animal" in t for t in out)
    assert any("Rangers shot a bear" in t for t in out)


def test_the_event_with_no_referent_is_dropped(context):
    out = texts(context, "Mayor Lena Ostrova resigned on Friday after a vote of no confidence in Harwick. "
                         "Ostrova's brother Pavel, who lives in Dunmore, will travel to Harwick for the event on Sunday.")
    assert not any("for the event" in t for t in out)
    assert any("resigned on Friday" in t for t in out)


def test_a_label_before_a_colon_is_dropped(context):
    out = texts(context, "The Larkton council voted on Monday to drain the old quarry lake after a chemical spill. "
                         "The main bone of contention: the lake can hold up to 20 million gallons of water.")
    assert not any("20 million gallons" in t for t in out)
    assert any("council voted" in t for t in out)


def test_a_concluding_so_is_dropped_but_so_far_stays(context):
    out = texts(context, "The Larkton council voted on Monday to drain the old quarry lake after a chemical spill. "
                         "So the chance that anyone falls ill from the spill is, as engineers admit, very small. "
                         "So far, no one has been charged over the spill.")
    assert not any("falls ill" in t for t in out)
    assert any("no one has been charged" in t for t in out)


def test_the_animal_named_before_it_in_the_sentence_stays(context):
    out = texts(context, "Rangers shot a bear that had wandered into the village of Orla on Thursday. "
                         "Rangers had planned to sedate the bear, but the animal grew too agitated by the crowd.")
    assert any("grew too agitated" in t for t in out)


def test_a_label_with_a_verb_before_the_colon_stays_and_a_so_of_an_event_stays(context):
    out = texts(context, "The Larkton council voted on Monday to drain the old quarry lake after a chemical spill. "
                         "The council statement added: the lake will be refilled by spring. "
                         "So the council hired three firms to pump the lake dry by Friday.")
    assert any("will be refilled" in t for t in out)
    assert any("hired three firms" in t for t in out)
