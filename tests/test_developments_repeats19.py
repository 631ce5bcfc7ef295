"""Round 19: one event told twice (repeats.select): a death told again with how it came about, one decision told
twice, a "while" clause that repeats a shown item's event, a short count-and-act retelling naming the same group.
Texts written for these tests."""
from __future__ import annotations

from briefgen.items import Source
from briefgen.sections.developments.model import Development
from briefgen.sections.developments.repeats import adds_little, new_clause, same_decision, select, short_retold


def dev(text: str, preds: list[str], score: float, article: str = "a", start: int = 0) -> Development:
    return Development(text=text, sources=[Source(article=article, sentence=text, start=start, end=start + len(text))],
                       score=score, predicates=preds)


OTHER = [dev("The council closed the riverside path for repairs to its railings.", ["close"], 2.0, "c", 500),
         dev("The school board met with parents on Thursday evening at the town library.", ["meet"], 1.9, "c", 700)]


def texts(pool: list[Development], cap: int = 6) -> list[str]:
    return [d.text for d in select(pool, cap)]


def test_a_death_told_again_with_how_it_came_about_folds():
    shown = dev("A 10-year-old girl died Friday after being swept away when she slipped into a flooded culvert near "
                "the Orchard Road playing fields.", ["die", "slip", "sweep"], 3.0, "a")
    again = dev("10-year-old Ana Brill was killed Friday when she tried to cross a ditch that was swollen by the "
                "overnight storm.", ["cross", "kill", "swell", "try"], 2.5, "b")
    assert adds_little(again, shown)
    shown_texts = texts([shown, again] + OTHER)
    assert shown.text in shown_texts and again.text not in shown_texts


def test_a_death_told_again_with_new_facts_but_no_how_stays():
    shown = dev("A 10-year-old girl died Friday after being swept away when she slipped into a flooded culvert.",
                ["die", "slip", "sweep"], 3.0, "a")
    again = dev("10-year-old Ana Brill was killed Friday, and her school closed and cancelled its fair.",
                ["cancel", "close", "kill"], 2.5, "b")
    assert not adds_little(again, shown)


def test_one_decision_told_twice_folds():
    shown = dev("Tests of the canal showed no fuel traces Tuesday, but the harbour board kept its decision to empty "
                "12 million litres of water from the lock basin.", ["empty", "keep", "show"], 3.0, "a")
    again = dev("Board members said they were going ahead with plans to drain the water in Basin 2 to protect the "
                "boats.", ["drain", "protect"], 2.5, "b")
    assert same_decision(again.text, shown.text)
    shown_texts = texts([shown, again] + OTHER)
    assert shown.text in shown_texts and again.text not in shown_texts


def test_decisions_to_do_different_things_are_two():
    assert not same_decision("The board went ahead with plans to sell the water rights to the city.",
                             "The board kept its decision to drain the water from the lock basin.")
    assert not same_decision("The board decided to drain the lock basin.", "The mayor praised the board's staff.")


def test_a_while_clause_repeating_the_shown_event_is_cut_to_the_new_clause():
    shown = dev("Park rangers killed a bear that mauled a hiker near the visitor centre after it wandered out of "
                "the reserve.", ["kill", "maul", "wander"], 3.0, "a")
    both = dev("A bear was shot dead near the reserve on Sunday after mauling a hiker, while volunteers in the "
               "valley searched for a second bear whose escape had closed two schools.",
               ["close", "dead", "maul", "search", "shoot"], 2.5, "b")
    trimmed = new_clause(both, shown, {}, None, frozenset())
    assert trimmed is not None
    assert trimmed.text.startswith("Volunteers in the valley searched for a second bear")
    shown_texts = texts([shown, both] + OTHER)
    assert shown.text in shown_texts
    assert any(t.startswith("Volunteers in the valley") for t in shown_texts)
    assert both.text not in shown_texts


def test_a_while_clause_telling_something_new_first_stays_whole():
    shown = dev("Park rangers killed a bear that mauled a hiker near the visitor centre.", ["kill", "maul"], 3.0, "a")
    other = dev("The reserve reopened its southern trails on Monday, while volunteers in the valley searched for a "
                "second bear.", ["reopen", "search"], 2.5, "b")
    assert new_clause(other, shown, {}, None, frozenset()) is None


def test_a_short_count_and_act_naming_the_same_group_is_not_shown():
    told = frozenset({"2", "boys", "help", "try", "recover", "girl", "culvert"})
    again = frozenset({"2", "young", "boys", "jump", "action", "help", "pull", "ana", "ditch"})
    assert short_retold(again, ["help", "jump", "pull"], told, ["help", "recover", "try"])
    longer = again | {"later", "praised", "mayor", "bravery"}
    assert not short_retold(longer, ["help", "jump", "pull"], told, ["help", "recover", "try"])
    no_group = frozenset({"2", "young", "neighbours", "jump", "action", "help", "pull", "ana", "ditch"})
    assert not short_retold(no_group, ["help", "jump", "pull"], told, ["help", "recover", "try"])


def test_a_coordinate_clause_repeating_the_shown_event_is_cut_to_the_new_clause():
    shown = dev("Park rangers killed a bear that mauled a hiker near the visitor centre after it wandered out of "
                "the reserve.", ["kill", "maul", "wander"], 3.0, "a")
    both = dev("A bear was shot dead near the reserve on Sunday after mauling a hiker, and the reserve has closed "
               "its northern trails to walkers for the week.", ["close", "dead", "maul", "shoot"], 2.5, "b")
    trimmed = new_clause(both, shown, {}, None, frozenset())
    assert trimmed is not None and trimmed.text.startswith("The reserve has closed its northern trails")
    # a list joined by "and" is no clause of its own
    listed = dev("A bear was shot dead near the reserve on Sunday after mauling a hiker, and two dogs and a goat.",
                 ["dead", "maul", "shoot"], 2.5, "b")
    assert new_clause(listed, shown, {}, None, frozenset()) is None
