"""Issue 11, round 7: stance labels an analyst would sign (an appeal urges, a boast supports nothing,
a speaker's own "will" promises, a present negation dismisses rather than denies, a claim called
misleading is rejected, attacking someone as something accuses), and no item ends on a cut-off "and"
(texts written for these tests)."""
import pytest

from briefgen.sections.positions import extract as positions


@pytest.fixture(scope="module")
def pos(context):
    return lambda text: positions.extract(context(text))


def stances(items):
    return [(p.actor, p.stance) for p in items]


def test_an_appeal_for_calm_urges_it_and_demands_nothing(pos):
    got = pos("Governor Lena Morrow appealed for calm and dialogue in a short address on the radio.")
    assert stances(got) == [("Lena Morrow", "urges")]


def test_touting_a_result_is_a_boast_and_touting_a_plan_supports_it(pos):
    assert not [p for p in pos("Chief executive Owen Hale touted the firm's record growth in a call with investors.")
                if p.stance == "supports"]
    got = pos("Senator Clara Voss touted her proposals to rebuild the rail network.")
    assert stances(got) == [("Clara Voss", "supports")]


def test_a_speaker_s_own_will_promises(pos):
    got = pos("Northline Energy said it will work with local officials on the inquiry.")
    assert [p.stance for p in got] == ["promises"]
    got = pos("Mayor Ruth Okafor said she will sign the housing bill next week.")
    assert stances(got) == [("Ruth Okafor", "promises")]


def test_a_foretold_will_promises_nothing(pos):
    got = pos("Mayor Ruth Okafor said she will have to wait for the report.")
    assert not [p for p in got if p.stance == "promises"]


def test_a_present_negation_dismisses_and_a_past_one_denies(pos):
    got = pos("Governor Lena Morrow said she does not care about opinion polls.")
    assert stances(got) == [("Lena Morrow", "rejects")]
    got = pos("Governor Lena Morrow said she did not take money from the developer.")
    assert stances(got) == [("Lena Morrow", "denies")]
    assert not [p for p in pos("Governor Lena Morrow said she does not know the developer well.")
                if p.stance in ("denies", "rejects")]


def test_a_report_called_misleading_is_rejected(pos):
    got = pos("\u201cThe report is misleading and it leaves out half of the meetings,\u201d said Governor Lena Morrow.")
    assert [p.stance for p in got if p.actor == "Lena Morrow"] == ["rejects"]


def test_attacking_someone_as_something_accuses(pos):
    got = pos("Mara Quist spoke in Dayton. Leon Brandt has attacked her as a careless steward of the pensions.")
    assert stances(got) == [("Leon Brandt", "accuses")]


def test_no_item_ends_on_a_cut_off_and(pos):
    got = pos("Senator Clara Voss on Monday called for an inquiry into the bank over the scandal that has shaken "
              "the city and told its chairman he should resign.")
    assert got and not any(p.text.rstrip(" .").endswith((" and", " or")) for p in got)


def test_a_reported_obligation_laid_on_a_named_party_demands(pos):
    got = pos("Senator Ana Ferris said in a statement that Belmont must repay the bonus to its workers.")
    assert stances(got) == [("Ana Ferris", "demands")]
    got = pos("Senator Ana Ferris said the truce should hold through the winter.")
    assert not [p for p in got if p.stance == "demands"]


def test_a_stance_verb_inside_what_is_reported_gives_its_label(pos):
    got = pos("Governor Lena Morrow announced that she was leaving the party and vowed to run as an independent.")
    assert stances(got) == [("Lena Morrow", "promises")]
    got = pos("Mayor Ruth Okafor said she wants a new bridge over the river.")
    assert stances(got) == [("Ruth Okafor", "wants")]


def test_a_reported_claim_called_misleading_is_rejected(pos):
    got = pos("Campaign spokesman Brian Ostrow said the newspaper's report is misleading because it leaves out most meetings.")
    assert stances(got) == [("Brian Ostrow", "rejects")]


def test_asking_or_telling_another_to_act_urges(pos):
    got = pos("Governor Lena Morrow asked the city council to repair the bridge before the winter.")
    assert stances(got) == [("Lena Morrow", "urges")]
    got = pos("Governor Lena Morrow told residents to stay indoors until the storm passes.")
    assert stances(got) == [("Lena Morrow", "urges")]


def test_a_wish_laid_on_the_listener_urges(pos):
    got = [p for p in pos("\u201cI would like you to see the other side of the river before you decide,\u201d said Mayor Ruth Okafor.")
           if p.actor == "Ruth Okafor"]
    assert [p.stance for p in got] == ["urges"]
    got = [p for p in pos("\u201cWe would like the truth about the fire and nothing less,\u201d said Mayor Ruth Okafor.")
           if p.actor == "Ruth Okafor"]
    assert [p.stance for p in got] == ["wants"]


def test_a_quoted_imperative_urges_unless_it_only_asks_for_attention(pos):
    got = [p for p in pos("\u201cDon't leave the pills on the table, keep them locked in a cupboard,\u201d said nurse Ruth Okafor.")
           if p.actor == "Ruth Okafor"]
    assert [p.stance for p in got] == ["urges"]
    got = [p for p in pos("\u201cLet's be clear. The plan is not working for the town,\u201d said Mayor Ruth Okafor.")
           if p.actor == "Ruth Okafor"]
    assert all(p.stance != "urges" for p in got)


def test_insisting_is_labelled_and_an_investigator_s_insistence_stays_a_fact(pos):
    got = pos("Governor Lena Morrow insisted that the dam was safe for another decade.")
    assert stances(got) == [("Lena Morrow", "insists")]
    assert not pos("Police insisted that the suspect had acted alone.")
