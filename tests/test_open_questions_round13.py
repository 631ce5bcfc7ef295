"""Issue 12, items 4 and 6 (round 13): a sentence still to come that a shown development tells word for word asks
only what sentence the person gets. Texts written for the test."""
from briefgen.sections.developments.model import Development

from test_open_questions_round12 import merged, run  # noqa: F401  (run is a fixture)


def told(q, text):
    return Development(text=text, sources=list(q.sources))


def test_a_sentence_to_come_told_as_a_development_asks_what_sentence_the_person_gets(run):
    [q] = run("The judge will sentence Dana Roe on May 4 for the arson at the mill.")
    assert q.text.startswith("Unclear: the sentence. ")
    assert merged([q]) == [q.text]  # no development tells it: as it is
    assert merged([q], [told(q, q.text[len("Unclear: the sentence. "):])]) == ["Unclear: what sentence Dana Roe will get"]


def test_a_sentence_due_told_as_a_development_names_the_one_sentenced(run):
    [q] = run("Marco Ellis is due to be sentenced in March for the robbery of a petrol station.")
    assert q.text.startswith("Unclear: the sentence. ")
    assert merged([q], [told(q, q.text[len("Unclear: the sentence. "):])]) == ["Unclear: what sentence Marco Ellis will get"]


def test_a_told_sentence_with_no_name_is_not_shown_again(run):
    [q] = run("The driver is due to be sentenced in March for the robbery of a petrol station.")
    assert q.text.startswith("Unclear: the sentence. ")
    assert merged([q], [told(q, q.text[len("Unclear: the sentence. "):])]) == []


def test_a_contracted_pronoun_subject_named_keeps_its_verb_not_a_possessive(run):
    text = ("Mara Quill, a former lobbyist for farm groups and co-author of the measure, said she thinks draining the "
            "lake is a bad idea. \"It's a waste,\" she said. Quill would not speculate whether the council she\u2019s "
            "proposing would feel the same.")
    assert [q.text for q in run(text)] == [
        "Unclear: whether the council Quill is proposing would think draining the lake is a bad idea. "
        "Quill would not speculate."]
