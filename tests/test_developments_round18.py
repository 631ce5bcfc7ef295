"""Issue 12, item 5 (round 18): each development stands alone or is not shown — a subject "it" of a claim with
nothing to stand for, a misstep with no one's name on it, "the" and a noun only the sentence before brought in, a
habitual remark and a generic opening; "the boy" named from another article's naming. Texts written for these
tests."""
from __future__ import annotations

from briefgen.items import Source
from briefgen.sections.developments.extract import extract, named_across, naming_told
from briefgen.sections.developments.model import Development


def dev(text: str, article: str = "a", sentence: str = "") -> Development:
    return Development(text=text, sources=[Source(article=article, sentence=sentence or text, start=0,
                                                  end=len(sentence or text))], score=1.0)


def texts(context, text: str) -> list[str]:
    return [d.text for d in extract(context(text))]


def test_claimed_it_with_nothing_to_stand_for_is_dropped(context):
    out = texts(context, "The harbour board voted on Monday to sell the old ferry terminal to a developer. "
                         "Fishermen, shop owners and several councillors say it will drive rents up along the quay.")
    assert not any("drive rents" in t for t in out)
    assert any("harbour board voted" in t for t in out)


def test_claimed_it_after_a_singular_noun_or_expletive_stays(context):
    out = texts(context, "The harbour board voted on Monday to sell the old ferry terminal to a developer. "
                         "Fishermen say the sale was rushed and it will drive rents up along the quay.")
    assert any("drive rents" in t for t in out)


def test_misstep_with_no_doer_is_dropped_but_a_named_one_stays(context):
    out = texts(context, "Mayor Lena Ostrova opened her campaign for a third term in Harwick on Tuesday. "
                         "But a string of costly blunders has given her rival a clear lead in the polls. "
                         "Ostrova's blunders have given her rival a clear lead, the paper reported.")
    assert not any(t.startswith("A string of costly blunders") for t in out)
    assert any(t.startswith("Ostrova's blunders") for t in out)


def test_the_noun_brought_in_by_the_sentence_before_is_dropped(context):
    out = texts(context, "Police issued a warrant on Monday for Dario Venn in the killing of a cyclist in Larkton. "
                         "Venn is believed to have taken a ferry on Sunday from the harbour. "
                         "Officers said the ferry was bound for the islands with several stops on the way.")
    assert not any("bound for the islands" in t for t in out)
    assert any("taken a ferry" in t for t in out)


def test_habitual_remark_is_no_development(context):
    out = texts(context, "Rangers shot a bear that had wandered into the village of Orla on Thursday. "
                         "In some cases, farmers have poisoned bears before rangers arrived. "
                         "In this case, rangers arrived within the hour.")
    assert not any("poisoned bears" in t for t in out)
    assert any("Rangers shot a bear" in t for t in out)


def test_generic_opening_with_a_vague_count_is_no_development(context):
    out = texts(context, "Whole magazines are devoted to garden gossip, and radio shows regularly draw thousands of "
                         "listeners. The Larkton garden club expelled its president, Ivo Marsh, on Friday.")
    assert not any("Whole magazines" in t for t in out)
    assert any("expelled its president" in t for t in out)


def test_the_boy_gets_the_one_name_another_article_gives_and_the_naming_goes():
    ranked = [dev("A 12-year-old boy drowned in the Larkton quarry on Sunday, police said.", "b"),
              dev("The boy was pulled from the water by divers.", "b"),
              dev("Tomas Hale had gone swimming with two cousins.", "a"),
              dev("The coroner said the boy was named Tomas Hale.", "a")]
    out = [d.text for d in naming_told(named_across(ranked, ranked))]
    assert "Tomas Hale was pulled from the water by divers." in out
    assert "The coroner said the boy was named Tomas Hale." not in out


def test_the_boy_is_left_when_the_articles_name_two_boys():
    ranked = [dev("The boy was pulled from the water by divers.", "b"),
              dev("The coroner said the boy was named Tomas Hale.", "a"),
              dev("Police said the boy was identified as Ivo Marsh.", "c")]
    out = [d.text for d in naming_told(named_across(ranked, ranked))]
    assert out[0] == "The boy was pulled from the water by divers."


def test_naming_item_stays_when_no_other_shown_item_names_the_person():
    ranked = [dev("A 12-year-old boy drowned in the Larkton quarry on Sunday, police said.", "b"),
              dev("The coroner said the boy was named Tomas Hale.", "a")]
    assert [d.text for d in naming_told(named_across(ranked, ranked))] == [d.text for d in ranked]
