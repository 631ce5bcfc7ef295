"""Round 14 (the judges' NOT-POSITION/WRONG-ACTOR and CITE rows): a formal act on the record is no stance
stated in the story, and a quotation two sentences on, after a new question, is not cited for the stance
before it. Texts written for these tests."""
import pytest

from briefgen.items import Source
from briefgen.sections.positions import extract as positions
from briefgen.sections.positions import merge as positions_merge
from briefgen.sections.positions.model import Position


@pytest.fixture
def pos(context):
    return lambda text: positions.extract(context(text))


def test_a_veto_in_the_perfect_is_a_record_not_a_stance(pos):
    got = pos("Norway and Chile have vetoed four resolutions on the fishing dispute at the regional council.")
    assert [p for p in got if "vetoed" in p.text] == []


def test_a_vote_of_one_party_stated_now_is_still_a_stance(pos):
    got = pos("Senator Ruth Adler said she would vote against the harbour bill next week.")
    assert any(p.actor == "Ruth Adler" for p in got)


def test_a_joint_veto_is_no_one_party_s_stance(pos):
    got = pos("Norway and Chile vetoed the fishing quota at the regional council on Monday.")
    assert [p for p in got if "vetoed" in p.text] == []


def _p(actor, stance, start, text):
    return Position(text=text, actor=actor, stance=stance, cue="x",
                    sources=[Source(article="a", sentence=text, start=start, end=start + len(text))])


TOLD = "Mara Olsen, a former adviser to the harbour authority, said she thinks closing the ferry pier is a bad idea"


def test_a_quotation_right_after_the_stance_is_cited_with_it():
    told = _p("Mara Olsen", "opposes", 0, TOLD)
    quote = _p("Mara Olsen", "argues", len(TOLD) + 2,
               "Mara Olsen: \u201cIt would cost the town its trade, and we should stop it now\u201d")
    out = positions_merge.told_in_reporting_words([told, quote])
    assert len(out) == 1 and len(out[0].sources) == 2


BACKGROUND = ("Ruth Adler, the harbour commissioner, was questioned about the ferry contract on Monday.\n"
              "In 2009, Adler resigned from the port board after a dispute over the old pier. In 2012 she ran "
              "for mayor and lost.\n"
              "Afterward, Adler mostly stayed out of politics. She vowed to focus on her family business.\n"
              "On Monday, Adler said the city must cancel the ferry contract.\n"
              "The contract was signed in 2015.")


def test_an_old_vow_in_a_background_paragraph_is_no_position(pos):
    got = pos(BACKGROUND)
    assert not any("vowed" in p.text for p in got)


def test_the_stance_after_the_background_is_still_a_position(pos):
    got = pos(BACKGROUND)
    assert any("cancel the ferry contract" in p.text for p in got)


def test_a_paragraph_opening_with_the_latest_year_is_no_background(pos):
    got = pos("Ruth Adler was questioned on Monday.\n"
              "In 2015, the council signed the ferry contract.\n"
              "In 2019, Adler vowed to cancel the ferry contract before the summer.")
    assert any("vowed" in p.text for p in got)
