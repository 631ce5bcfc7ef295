"""Round 13 (the judges' DANGLING and NOT-POSITION rows): a quotation shown as a position says what it is
about. Texts written for these tests."""
import pytest

from briefgen.sections.positions import extract as positions


@pytest.fixture
def pos(context):
    return lambda text: positions.extract(context(text))


def quoted(got):
    return [p for p in got if "\u201c" in p.text]


def test_a_pronoun_with_nothing_to_point_back_to_is_named_by_the_sentence_before(pos):
    got = quoted(pos("Senator Ruth Adler mocked the governor\u2019s pledge to cut property taxes.\n\n"
                     "\u201cLet me say it again, it\u2019s pure fantasy and nobody should be fooled,\u201d Adler said."))
    assert len(got) == 1
    assert got[0].actor == "Ruth Adler"
    assert got[0].text.startswith("Senator Ruth Adler mocked the governor\u2019s pledge to cut property taxes: \u201c")
    assert "fantasy" in got[0].text
    assert got[0].sources[0].sentence.startswith("Senator Ruth Adler mocked")


def test_the_lead_sentence_is_shown_from_the_speaker_s_name_on(pos):
    got = quoted(pos("Speaking at a rally in the harbour town of Linden, Ruth Adler attacked the governor\u2019s "
                     "plan to close the port.\n\n"
                     "\u201cLet me be plain, this is a disgrace and it must be stopped,\u201d Adler said."))
    assert len(got) == 1
    assert got[0].text.startswith("Ruth Adler attacked the governor\u2019s plan to close the port: \u201c")


def test_a_quotation_about_nothing_it_names_is_no_position(pos):
    # the sentence before tells of someone else: nothing in the item says what "this" is
    got = quoted(pos("Heavy rain fell across the valley on Sunday.\n\n"
                     "\u201cThis is clearly unacceptable and it must never happen again,\u201d Ruth Adler said."))
    assert got == []


def test_a_community_pep_talk_pointing_at_nothing_is_no_position(pos):
    got = quoted(pos("The storm knocked down trees across the county.\n\n"
                     "\u201cThis is precisely one of those trials, that as a town and a neighbourhood, we all need "
                     "to stand up for each other,\u201d Mayor Dan Price said."))
    assert got == []


def test_a_quotation_split_by_its_attribution_is_shown_whole(pos):
    got = quoted(pos("\u201cIf you own a boat, tie it down,\u201d Ruth Adler said. \u201cDon\u2019t leave it loose "
                     "at the dock where the storm can take it, and make sure it is insured.\u201d"))
    assert len(got) == 1
    assert "tie it down. Don\u2019t leave it loose" in got[0].text


def test_a_quotation_that_names_what_it_is_about_stays_as_it_is(pos):
    got = quoted(pos("\u201cThe governor\u2019s plan to close the port is a disgrace and it must be stopped,\u201d "
                     "Ruth Adler said."))
    assert len(got) == 1
    assert got[0].text.startswith("Ruth Adler: \u201cThe governor\u2019s plan")


def test_an_empty_it_pointing_forward_needs_no_referent(pos):
    got = quoted(pos("\u201cIt is time for the council to reopen the port and stop the delays,\u201d Ruth Adler said."))
    assert len(got) == 1
