"""Round 9: every shown position carries the label its grammar gives (the judges' CUE-WRONG rows: a stance
shown with no label), and a character remark about a named person is no position (texts written for
these tests)."""
import pytest

from briefgen.sections.positions import extract as positions


@pytest.fixture(scope="module")
def pos(context):
    return lambda text: positions.extract(context(text))


def stances(items):
    return [(p.actor, p.stance) for p in items]


def test_important_for_someone_to_do_urges_it(pos):
    got = pos("Principal Dana Whitfield said it's important for families to talk with their teenagers.")
    assert stances(got) == [("Dana Whitfield", "urges")]


def test_a_should_not_warns(pos):
    got = pos("German Foreign Minister Petra Lindqvist said the alliance should not be complacent about the threat.")
    assert stances(got) == [("Petra Lindqvist", "warns")]


def test_a_must_on_a_course_insists(pos):
    got = pos("Foreign Minister Pavel Dorn stressed that any new talks must be prepared with great care.")
    assert stances(got) == [("Pavel Dorn", "insists")]


def test_must_laid_on_them_in_reported_words_demands(pos):
    got = pos("Senator Hal Brenner said he told the ministers that they must show a real commitment to reform.")
    assert stances(got) == [("Hal Brenner", "demands")]


def test_the_speaker_s_side_could_offers(pos):
    got = pos("Canadian Prime Minister Joel Marchand said that Canada could send engineers to rebuild the bridge.")
    assert stances(got) == [("Joel Marchand", "offers")]


def test_calling_a_plan_a_bad_idea_opposes_it_and_a_good_opportunity_supports_it(pos):
    got = pos("City councillor Rita Albers said she thinks closing the library is a bad idea.")
    assert stances(got) == [("Rita Albers", "opposes")]
    got = pos("City councillor Rita Albers said the merger was the best choice for the town.")
    assert stances(got) == [("Rita Albers", "supports")]


def test_calling_something_a_threat_warns(pos):
    got = pos("Mayor Helen Brooks said the flooding was a growing threat to the harbour district.")
    assert stances(got) == [("Helen Brooks", "warns")]


def test_a_negated_charge_denies_and_a_negated_need_opposes(pos):
    got = pos('"It was not a fraud, and the accounts were checked every year," banker Miles Orton told the panel.')
    assert stances(got) == [("Miles Orton", "denies")]
    got = pos('"It is not necessary to close the school for a week," said county health director Lena Park.')
    assert stances(got) == [("Lena Park", "opposes")]


def test_what_is_merited_is_demanded(pos):
    got = pos("Congresswoman Jane Ivers said the new report merits a full public inquiry.")
    assert stances(got) == [("Jane Ivers", "demands")]


def test_had_to_argues_for_what_was_done(pos):
    got = pos('"The dog became aggressive and it had to be put down," said ranger Tom Okello.')
    assert stances(got) == [("Tom Okello", "argues")]


def test_we_need_to_urges(pos):
    got = pos('"As a town we all need to come together and rebuild what was lost," said Mayor Gwen Harlow.')
    assert stances(got) == [("Gwen Harlow", "urges")]


def test_a_first_person_confirmation_confirms(pos):
    got = pos('"I can confirm that all of our staff at the plant are safe," said manager Rob Tillery.')
    assert stances(got) == [("Rob Tillery", "confirms")]


def test_my_goal_is_not_to_refuses(pos):
    got = pos('"My goal in coming here is not to apologize for a decision that saved lives," said Senator Ann Rusk.')
    assert stances(got) == [("Ann Rusk", "rejects")]


def test_counsel_s_case_argues(pos):
    got = pos("Hollis's attorney, Mark Devlin, says in court papers the crash was an accident.")
    assert stances(got) == [("Mark Devlin", "argues")]


def test_a_right_to_insists(pos):
    got = pos("President Omar Zayed said citizens have the right to gather peacefully in the capital.")
    assert stances(got) == [("Omar Zayed", "insists")]


def test_a_character_remark_about_a_named_person_is_no_position(pos):
    got = pos('"Carter Vance is a bad guy," said Principal Ellen Moore.')
    assert not got


def test_a_campaign_or_administration_named_after_a_person_holds_its_own_statement(pos):
    got = pos("Senator Mara Quill spoke in Ohio. The Quill campaign said the poll was misleading because it left out "
              "young voters.")
    assert [p.actor for p in got] == ["Quill campaign"]
    got = pos("President Leon Varga met union leaders. The Varga administration argues that the tariff will protect "
              "steel jobs.")
    assert [p.actor for p in got] == ["Varga administration"]


def test_a_person_named_in_an_apposition_s_relative_clause_is_not_the_apposition(context):
    ctx = context("Greenway Alliance, an activist outfit that endorsed Senator Mara Quill in the primary, launched a "
                  "petition on Friday asking the governor to reject the pipeline.")
    appos = next(t for t in ctx.doc if t.dep_ == "appos")
    assert positions.appos_span(appos).text == "an activist outfit"
    assert ctx.actors.resolve_span(positions.appos_span(appos)) is None


def test_a_quotation_takes_the_label_of_its_labelled_clause(pos):
    got = pos('"You can\'t leave a bear among people for hours without stressing it. We blame the wardens for this '
              'terrible act," said villager Peter Ruto.')
    assert stances(got) == [("Peter Ruto", "accuses")]


def test_made_clear_they_plan_takes_the_label_of_the_plan(pos):
    got = pos("Governor Lise Varan made clear she plans to veto the budget and call a special session.")
    assert stances(got) == [("Lise Varan", "wants")]


def test_a_stretch_to_believe_rejects(pos):
    got = pos('"It\'s a stretch to believe that every clerk made up the same scheme alone," said Senator Tom Beale.')
    assert stances(got) == [("Tom Beale", "rejects")]


def test_calling_something_a_violation_accuses(pos):
    got = pos('"Using the office to raise money for a charity is a fundamental violation of law," said Senator '
              'Tom Beale.')
    assert stances(got) == [("Tom Beale", "accuses")]


def test_we_need_a_thing_wants_it(pos):
    got = pos('"The old plan is not working for the towns. We need real change," Governor Lise Varan said.')
    assert stances(got) == [("Lise Varan", "wants")]


def test_the_accused_s_exculpatory_account_argues(pos):
    got = pos("Dale Wynn told detectives that he was cleaning the rifle when it accidentally fired.")
    assert stances(got) == [("Dale Wynn", "argues")]


def test_members_of_a_body_are_not_the_body(pos):
    got = pos("The state assembly met on Monday. Members of the Assembly have called for an end to the fuel subsidy.")
    assert [p.actor for p in got] == ["Members of the Assembly"]


def test_one_item_per_sentence_keeps_the_stance_noun_over_a_label_read_from_reported_words():
    from briefgen.items import Source
    from briefgen.sections.positions.merge import same_statement
    from briefgen.sections.positions.model import Position

    src = [Source(article="a", sentence="s", start=0, end=1)]
    told = Position(text="Vera Lind said the town could help and offered her firmest promise yet to fund it, at length",
                    sources=src, actor="Vera Lind", cue="say", stance="offers")
    noun = Position(text="Vera Lind offered her firmest promise yet", sources=src, actor="Vera Lind", cue="offer",
                    stance="promises")
    assert same_statement([told, noun]) == [noun]


def test_an_evaluative_word_on_a_noun_of_a_person_is_a_character_remark(pos):
    assert not pos('"(Rivera) is a bad guy," building manager Tomas Ortiz said.')
    got = pos('"Closing the clinic is a bad idea," building manager Tomas Ortiz said.')
    assert stances(got) == [("Tomas Ortiz", "opposes")]


def test_a_verdict_after_the_thing_is_is_the_speaker_s_own(pos):
    got = pos('"The basic point is you cannot use a public office to raise money for a charity. That is a clear '
              'violation of law," Senator Tom Beale told reporters.')
    assert stances(got) == [("Tom Beale", "accuses")]


def test_a_lament_about_an_event_takes_no_label(pos):
    for text in ('"This is the worst Christmas ever," neighbor Paul Dorsey said.',
                 '"It\'s sad. It\'s a terrible thing," neighbor Paul Dorsey said.'):
        assert not [p for p in pos(text) if p.stance != "states"], text


def test_a_verdict_or_obligation_that_is_asked_or_regretted_takes_no_label(pos):
    got = pos("Store owner Sam Ruiz is now wondering if the new lease was a mistake.")
    assert not [p for p in got if p.stance != "states"]
    got = pos('"I don\'t know if I should keep the store or sell it," store owner Sam Ruiz said.')
    assert not [p for p in got if p.stance != "states"]
    got = pos('"I should have left it alone," store owner Sam Ruiz said.')
    assert not [p for p in got if p.stance != "states"]


def test_a_district_attorney_s_account_is_no_argument(pos):
    got = pos("District Attorney Nora Blake said the suspect will be arraigned on Monday on murder charges.")
    assert not [p for p in got if p.stance == "argues"]


def test_calling_it_wrong_opposes(pos):
    got = pos('"The council has spoiled everything by closing the park. This is wrong," ranger Paul Ekai said.')
    assert stances(got) == [("Paul Ekai", "opposes")]


def test_a_website_is_never_a_position_s_holder(context):
    ctx = context("SafeHomeSupply.com explained that great care must be taken when storing lamp oil.")
    assert positions.fit_actor(ctx, "SafeHomeSupply.com") is None
    assert positions.fit_actor(ctx, "Harbor Gear") == "Harbor Gear"


def test_a_police_captain_s_account_of_an_accident_is_a_fact(pos):
    got = pos("A girl was hurt at a home on Friday. Dallas County Precinct 3 Captain Luis Ortega tells us they believe "
              "the girl may have found the gun and accidentally shot herself.")
    assert not got


def test_a_good_idea_under_i_don_t_think_opposes(pos):
    got = pos('"I don\'t think that it\'s a good idea to change the rules before the vote," chairman Rob Keel said.')
    assert stances(got) == [("Rob Keel", "opposes")]


def test_a_claim_called_wrong_is_rejected_and_one_s_own_mistake_admitted(pos):
    got = pos("Agency director Ruth Vale said those statements were wrong.")
    assert stances(got) == [("Ruth Vale", "rejects")]
    got = pos('"I have said many times that using a private phone was a mistake," Governor Amy Holt said.')
    assert stances(got) == [("Amy Holt", "confirms")]


def test_a_could_of_the_speaker_s_side_offers_only_what_it_could_give(pos):
    got = pos("Canadian Prime Minister Joel Marchand said Canada can surprise its rivals at the summit.")
    assert not [p for p in got if p.stance == "offers"]


def test_what_someone_should_get_and_where_we_need_to_be_call_for_nothing(pos):
    got = pos('"He should get due credit for that," analyst Dan Shore said.')
    assert not [p for p in got if p.stance == "urges"]
    got = pos('"We are not where we need to be in the fight against the flu," Governor Amy Holt said.')
    assert not [p for p in got if p.stance == "urges"]


def test_a_question_gives_no_verdict(pos):
    got = pos('"One has to ask, is this a priority for them or just a campaign promise?" Governor Amy Holt said.')
    assert not [p for p in got if p.stance not in ("states",)]


def test_important_that_someone_act_urges(pos):
    got = pos('"It is important that the board not take sides in the primary," Governor Amy Holt wrote.')
    assert stances(got) == [("Amy Holt", "urges")]


def test_a_stance_held_once_in_a_relative_clause_is_background(pos):
    got = pos("Senator Mara Quill, who once praised the trade pact, said on Monday she will vote against it.")
    assert not [p for p in got if p.stance == "supports"]
    assert [p for p in got if p.stance == "promises"]


def test_what_a_police_spokesman_says_should_happen_is_a_fact(pos):
    got = pos("Police spokesman Dan Royce said more information should be released on Monday.")
    assert not got


def test_a_lament_about_oneself_and_a_wish_for_people_take_no_label(pos):
    got = pos("Guard Tim Ballard says he was 'horrible' in the loss to the Hawks.")
    assert not [p for p in got if p.stance != "states"]
    got = pos('Neighbor Barb Olsen added that "they deserve some peace and some rest."')
    assert not [p for p in got if p.stance != "states"]


def test_an_office_named_after_its_holder_reads_as_the_holder_s_office(pos):
    got = pos("State Attorney General Mark Hollis's office argued in a court filing that the trial should be moved.")
    assert [p.actor for p in got] == ["Mark Hollis\u2019s office"]
