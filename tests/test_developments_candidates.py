"""Candidates the sentence filters used to lose: a statement quoted whole before its attribution, told as reported
speech when it stands alone and says what happened, and a sentence with a bracketed note after its stop (a
transcript's time mark), which is no headline. Texts written for these tests."""
from __future__ import annotations

from briefgen.sections.developments.extract import extract, reported, skip_reason


def texts(context, text: str) -> list[str]:
    return [d.text for d in extract(context(text))]


def first_reported(context, text: str):
    return reported(next(iter(context(text).doc.sents)))


def test_quoted_official_statement_is_told_as_reported_speech(context):
    out = texts(context, "The hiker Lena Voss was found dead near the Brenmoor quarry on Sunday morning. "
                         '"The cause of death of Lena Voss has been ruled an accidental fall," Coroner Ada Pell said. '
                         "The quarry trail was closed to the public until further notice.")
    assert "Coroner Ada Pell said the cause of death of Lena Voss has been ruled an accidental fall." in out


def test_inverted_attribution_is_told_with_the_speaker_first(context):
    assert first_reported(context, '"The bridge over the Tamsel river will stay shut until March," said Mayor '
                                   "Rolf Danner.") == "Mayor Rolf Danner said the bridge over the Tamsel river will " \
                                                      "stay shut until March."


def test_speakers_own_view_or_appeal_stays_a_quote(context):
    assert first_reported(context, '"We will rebuild the depot before the winter comes," Mayor Rolf Danner said.') is None
    assert first_reported(context, '"You should resign from the harbour board today," Mayor Rolf Danner said.') is None


def test_quotation_that_leans_elsewhere_stays_a_quote(context):
    # a pronoun inside would read as the speaker in reported speech; "It" opens on what was said before
    assert first_reported(context, '"He was trying to leave the county that night," Sheriff Ona Brill said.') is None
    assert first_reported(context, '"It was the worst storm the valley has seen," Sheriff Ona Brill said.') is None


def test_quotation_of_several_sentences_or_a_question_stays_a_quote(context):
    assert first_reported(context, '"The depot burned down. The crews arrived late," Mayor Rolf Danner said.') is None
    assert first_reported(context, '"Why did the depot burn down so fast?" Mayor Rolf Danner said.') is None


def test_attribution_naming_no_one_stays_a_quote(context):
    assert first_reported(context, '"The depot on Kell Street burned down overnight," the release said.') is None


def test_opening_phrase_before_the_quoted_subject_stays_a_quote(context):
    assert first_reported(context, '"For the farmers, the new levy is a heavy burden," Mayor Rolf Danner said.') is None


def test_trailing_time_mark_is_no_headline_and_is_cut(context):
    text = ("The network aired the full address of the governor on Monday night. "
            "The rival channel did not replay the governor's address afterward, at least not at once.[10:29.]")
    sents = list(context(text).doc.sents)
    assert skip_reason(sents[-1]) is None
    assert "The rival channel did not replay the governor's address afterward, at least not at once." in texts(context, text)


# round 15: the newsroom's own earlier account, which the article corrects, is no development

def test_what_the_newsroom_was_told_earlier_is_not_a_development(context):
    from briefgen.sections.developments.extract import extract as extract_developments

    texts = [d.text for d in extract_developments(context(
        "A man was hurt in a shooting on Elm Street in Dorrance on Tuesday night, police said. "
        "Dorrance police now say the state crime bureau is not involved in the shooting investigation. "
        "WKXR was told this morning by the department that the state crime bureau was involved. "
        "WKXR News has been informed that the injured man is in stable condition at the city hospital."))]
    assert not any("was told this morning" in t for t in texts)
    assert any("stable condition" in t for t in texts)
