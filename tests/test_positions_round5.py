"""Issue 11, round 5: the actor a shared surname names, a misplaced subject, a missed name, a constituency
is no party, an outlet's own call, the body's pledge, an attack "as", one's own account, and the name said
once in the briefing (texts written for these tests)."""
import pytest

from briefgen.sections.positions import extract as positions


@pytest.fixture(scope="module")
def pos(context):
    return lambda text: positions.extract(context(text))


def test_a_shared_surname_is_the_last_of_that_name_who_spoke(pos):
    text = ("Tomas Arvelo was hurt at the park on Sunday. \u201cWe are all praying for him,\u201d said Lidia "
            "Arvelo, his cousin. Tomas Arvelo is eight. \u201cIf you own a rifle, keep it locked away,\u201d Arvelo "
            "said. \u201cParents must never leave a loaded gun where a child can reach it.\u201d")
    got = [p for p in pos(text) if "loaded gun" in p.text or "locked away" in p.text]
    assert got and all(p.actor == "Lidia Arvelo" for p in got)


def test_a_finite_verb_after_a_misplaced_name_is_that_name_s_stance(pos):
    text = ("The navy has sent two more ships to the gulf and Defense Secretary Carla Benning warned of "
            "complacency at a meeting in Oslo.")
    got = [p for p in pos(text) if p.stance == "warns"]
    assert got and got[0].actor == "Carla Benning"
    assert got[0].text.startswith("Carla Benning warned")


def test_a_sentence_opening_title_names_the_person_a_later_title_points_to(pos):
    text = ("Governor of Vermont and candidate for the party's nomination Dale Whitcomb has the lowest ratings "
            "of any governor. The outgoing governor said he does not care about the ratings.")
    got = [p for p in pos(text) if "ratings" in p.text and "care" in p.text]
    assert got and got[0].actor == "Dale Whitcomb"


def test_a_constituency_is_not_the_party_a_legislator_speaks_for(context):
    ctx = context("Ohio Sen. Mark Delaney said the deal must be scrapped.")
    assert ctx.actors.actors["Mark Delaney"].party != "Ohio"


def test_secretary_of_state_keeps_the_country_of_the_title(context):
    ctx = context("U.S. Secretary of State Dana Pruitt warned the North it could trigger a military response.")
    assert ctx.actors.actors["Dana Pruitt"].party == "United States"


def test_the_briefing_names_the_actor_once_before_a_quoted_stance():
    from jinja2 import Environment, FileSystemLoader
    from briefgen.render.context import Rec

    env = Environment(loader=FileSystemLoader("briefgen/templates"), trim_blocks=True, lstrip_blocks=True)
    env.globals["_"] = lambda s, **kw: s % kw if kw else s
    item = Rec(actor="Ann Lee", stance="wants", text="Ann Lee: \u201cWe would like the truth.\u201d", cite="[1]")
    group = Rec(party="Freedonia", named=True, items=[item])
    section = Rec(title="Positions", groups=[group], more=0, empty="")
    md = env.get_template("sections/positions.md.j2").render(section=section)
    assert "**Ann Lee** *wants*: \u201cWe would like the truth.\u201d [1]" in md
    assert md.count("Ann Lee") == 1


def test_a_person_the_tagger_missed_is_the_actor_when_the_surname_recurs(pos):
    text = ("Environment CS Judi Omondi blamed the infrastructure projects at the edge of the park for the "
            "stray lions. Omondi said the fence would be fixed.")  # the tagger names no one here
    got = [p for p in pos(text) if p.stance == "accuses"]
    assert got and got[0].actor == "Judi Omondi"


def test_an_outlet_is_never_the_actor_even_of_its_own_editorial_call(pos):
    # issue 11, item 2 (the judges' WRONG-ACTOR row): who reports is never whose position it is
    assert not pos("In a scathing opinion piece, The Harbor Daily Journal called on the senator to resign his seat.")
    assert not pos("The Harbor Daily Journal reported that the senator must resign his seat.")


def test_call_on_someone_to_act_is_a_demand(pos):
    [p] = pos("Senator Ann Lee called on the minister to resign over the contracts.")
    assert (p.actor, p.stance) == ("Ann Lee", "demands")


def test_a_pledge_of_the_body_the_speaker_s_title_names_is_a_stance(pos):
    text = ("Gunmen attacked the staff of River TV on Monday. \u201cRiver TV will pursue the matter of the "
            "attack and the killers will not get away with it,\u201d River TV\u2019s News Director Omar Faridi said.")
    got = [p for p in pos(text) if "pursue the matter" in p.text]
    assert got and got[0].actor == "Omar Faridi"


def test_attacking_someone_as_something_is_a_stance_an_attack_is_not(pos):
    got = pos("Mara Quist spoke in Dayton. Leon Brandt has attacked her as an unreliable guardian of the pensions.")
    assert [(p.actor, p.stance) for p in got] == [("Leon Brandt", "accuses")]
    assert "Mara Quist" in got[0].text  # "her" read as the person
    assert not pos("Insurgents under Leon Brandt attacked the convoy as it left the city.")


def test_one_s_own_act_told_as_an_accident_is_the_teller_s_defence(pos):
    text = ("Dale Ormond was charged on Friday. During questioning, Ormond told detectives that he found a "
            "rifle in the shed and was trying to unload it when it accidentally fired, striking his cousin.")
    got = [p for p in pos(text) if "accidentally" in p.text]
    assert got and got[0].actor == "Dale Ormond"
    assert not pos("Sheriff Tom Ray told reporters that he found the rifle in the shed.")


def test_it_is_time_someone_acted_is_a_stance_a_past_time_is_not(pos):
    got = pos("\u201cThe evidence is clear \u2014 it\u2019s time a special counsel be appointed to look into the "
              "contracts,\u201d party chairman Rolf Amsel said.")
    assert [p.actor for p in got] == ["Rolf Amsel"]
    assert not pos("\u201cIt was time the children went home after the long day,\u201d Ann Lee said.")


def test_who_stands_for_the_noun_before_it_and_a_stance_it_tells_is_its_own(pos):
    text = ("Parliament passed the aid bill last year. Senator Ann Lee said the government must act to meet the "
            "concerns of members of Parliament who, after the raid, have called for an end to the aid.")
    got = [p for p in pos(text) if p.stance == "demands"]
    assert got and got[0].actor == "Members of Parliament"  # round 9: some members, not the body
    assert got[0].text.startswith("Members of Parliament have called for an end to the aid")


def test_a_quoted_stance_under_its_actor_s_own_heading_does_not_repeat_the_name():
    from jinja2 import Environment, FileSystemLoader
    from briefgen.render.context import Rec

    env = Environment(loader=FileSystemLoader("briefgen/templates"), trim_blocks=True, lstrip_blocks=True)
    env.globals["_"] = lambda s, **kw: s % kw if kw else s
    item = Rec(actor="Ann Lee", stance="wants", text="Ann Lee: \u201cWe would like the truth.\u201d", cite="[1]")
    section = Rec(title="Positions", groups=[Rec(party="Ann Lee", named=False, items=[item])], more=0, empty="")
    md = env.get_template("sections/positions.md.j2").render(section=section)
    assert "- *wants*: \u201cWe would like the truth.\u201d [1]" in md
