"""Round 10: a development names a person without a title they no longer hold, and "the newspaper" as the one paper
the article names; an open question names a one-word person in full. Texts written for these tests."""
from __future__ import annotations

from briefgen.sections.developments.extract import paper_named, untitled_if_former

def test_a_former_title_is_not_given_as_current_and_a_current_one_stays():
    assert untitled_if_former("Sen. Harold Quist voted no.", "Sen. Harold Quist") == "Sen. Harold Quist"
    assert untitled_if_former("Former Sen. Harold Quist voted no.", "Sen. Harold Quist") == "Harold Quist"
    assert untitled_if_former("the ex-Gov. Ann Lee spoke.", "Gov. Ann Lee") == "Ann Lee"


PAPER = ("Councillor Dana Roe was filmed taking an envelope of cash in a car park, the Lakeview Herald reported. "
         "Roe later gave the Herald a statement through her lawyer. "
         "Although Roe admitted to the newspaper that she had met the developer, she denied taking any money.")


def test_the_newspaper_is_the_one_paper_named_before(context):
    doc = context(PAPER).doc
    sent = list(doc.sents)[2]
    assert paper_named(sent, sent.text.strip()).startswith("Although Roe admitted to the Lakeview Herald that")


def test_the_newspaper_stays_when_two_papers_are_named(context):
    text = PAPER.replace("gave the Herald", "gave the Valley Times")
    sent = list(context(text).doc.sents)[2]
    assert "to the newspaper" in paper_named(sent, sent.text.strip())


def test_the_newspaper_stays_when_the_item_names_the_paper(context):
    text = PAPER + " She sent copies of her bank records to the Herald and spoke to the newspaper by phone."
    sent = list(context(text).doc.sents)[3]
    assert "spoke to the newspaper" in paper_named(sent, sent.text.strip())


def test_an_open_question_names_a_one_word_person_in_full(context):
    from briefgen.sections.open_questions import extract as questions

    text = ("A fire destroyed the town's grain store on Monday night. Firefighters fought the blaze for six hours. "
            "The store had been empty since the harvest. Its owner, Marta Kellner, was abroad at the time, "
            "neighbours said. Kellner's whereabouts were unclear on Tuesday.")
    assert [q.text for q in questions.extract(context(text))] == ["Marta Kellner's whereabouts were unclear on Tuesday"]


def test_a_leading_he_is_not_the_newspaper_that_reported_the_sentence_before(context):
    from briefgen.sections.developments.extract import extract

    text = ("Former Rep. Harold Quist (D-Ore.), whose career ended after a bribery scandal, was apparently unable to "
            "stay away from cash. Quist, 58, allegedly took cash from a gravel company to block a quarry law, the "
            "Lakeview Herald reported. One of the recorded calls included his longtime driver in the background. "
            "He denied the report and said he had never met the company's owner. "
            "In 2019, Quist resigned from Congress after he admitted taking gifts.")
    texts = [d.text for d in extract(context(text))]
    assert "Quist denied the report and said he had never met the company's owner." in texts
    assert not any(t.startswith("Lakeview Herald denied") for t in texts)


def test_a_surname_written_first_gets_the_full_name(context):
    from briefgen.sections.developments.extract import extract

    text = ("Two rival shipyards agreed on Tuesday to merge their northern yards, ending a decade of disputes. "
            "The deal still needs the approval of regulators in both countries. "
            "Workers at both yards welcomed the news. "
            "Vice minister Park Seo-jun told reporters the government supported the merger. "
            "The merged company will build its first ferry for the Jeju route next spring, Park said.")
    texts = [d.text for d in extract(context(text))]
    assert "The merged company will build its first ferry for the Jeju route next spring, Park Seo-jun said." in texts
