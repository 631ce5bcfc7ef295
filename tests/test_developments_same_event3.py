"""Round 18: one event told twice with different details (repeats.same_event_told, repeats.short_retold, the folds
of repeats.select). Texts written for these tests."""
from __future__ import annotations

from briefgen.items import Source
from briefgen.sections.developments.model import Development
from briefgen.sections.developments.repeats import opening_subject, same_event_told, select, short_retold, story_names


def dev(text: str, preds: list[str], score: float, article: str = "a", start: int = 0) -> Development:
    return Development(text=text, sources=[Source(article=article, sentence=text, start=start, end=start + len(text))],
                       score=score, predicates=preds)


OTHER = [dev("The camper was treated for a broken arm at the county hospital and released.", ["release", "treat"], 2.0,
             "c", 500),
         dev("The park reopened its northern trails to hikers after a week.", ["reopen"], 1.9, "c", 700)]


def texts(pool: list[Development], cap: int = 6) -> list[str]:
    return [d.text for d in select(pool, cap)]


def test_a_custody_told_again_by_its_subject_far_from_the_event_word_folds():
    shown = dev("Voss's sister, Lena Voss, was arrested Monday night in Dunmore, where Voss lives.", ["arrest", "live"],
                3.0, "a")
    again = dev("Lena Voss, 31, who had been the subject of a long fraud inquiry by the State Revenue Office, was "
                "taken into custody after a traffic stop on Route 9 that evening, Holt said.", ["follow"], 2.5, "b")
    shown_texts = texts([shown, again] + OTHER)
    assert shown.text in shown_texts and again.text not in shown_texts


def test_a_death_told_again_by_a_sentence_opening_on_the_name_folds():
    named = dev("Rangers said 9-year-old Tomas Reyna fell from the ridge trail near the falls.", ["fall"], 3.2, "a")
    dead = dev("Tomas was taken to Mercy Hospital of Dale where he was pronounced dead at 4:10 p.m.", ["pronounce"],
               3.0, "a", 100)
    again = dev("Tomas died a short time after he was brought to a local hospital.", ["bring", "die"], 2.6, "b")
    shown_texts = texts([named, dead, again] + OTHER)
    assert dead.text in shown_texts and again.text not in shown_texts


def test_a_one_word_opening_is_a_name_only_where_the_story_names_it():
    bare = "Deputies died in the blast, the chief said.".split()
    assert opening_subject(bare, [t.strip(",.") for t in bare], frozenset()) == frozenset()
    names = story_names(["Rangers said 9-year-old Tomas Reyna fell.", "Tomas died later."])
    assert "tomas" in names and "rangers" not in names
    t = "Tomas died later.".split()
    assert opening_subject(t, [w.strip(".") for w in t], names) == {"tomas"}
    # a speaker is no subject of the event
    t = "Hall said two men were arrested.".split()
    assert opening_subject(t, [w.strip(".") for w in t], frozenset({"hall"})) == frozenset()


def test_an_arrest_warrant_told_without_and_with_the_name_is_one_warrant():
    unnamed = dev("A judge has granted deputies an arrest warrant for the killing of a Dunmore man early Monday, but the "
                  "suspect remains at large.", ["grant", "remain", "warrant"], 3.0, "a")
    named = dev("Sheriff Ann Holt said deputies have an arrest warrant for Dana Voss, 41, of Elk Falls, for murder.",
                ["warrant"], 2.6, "b")
    shown_texts = texts([unnamed, named] + OTHER)
    assert unnamed.text in shown_texts and named.text not in shown_texts
    # two warrants for two named people stay two
    other = "Deputies have an arrest warrant for Mark Lind, 22, on a robbery charge."
    assert not same_event_told(other, ["warrant"], named.text, ["warrant"])
    # a search warrant is no arrest warrant
    assert not same_event_told("Deputies executed a search warrant at a Dunmore home.", ["execute"],
                               unnamed.text, ["grant", "remain", "warrant"])


def test_a_short_sentence_telling_a_count_and_act_again_is_not_shown():
    shown = dev("A boy was hurt at the pool and two other children who tried to help him were treated.",
                ["help", "hurt", "treat", "try"], 3.0, "a")
    again = dev("Two of Sam's cousins ran to help.", ["help", "run"], 2.5, "a", 200)
    shown_texts = texts([shown, again] + OTHER)
    assert again.text not in shown_texts
    # another count, or another act, is news
    assert not short_retold(frozenset({"3", "cousins", "ran", "help"}), ["help", "run"],
                            frozenset({"2", "children", "help"}), ["help"])
    assert not short_retold(frozenset({"2", "cousins", "ran", "away"}), ["run"],
                            frozenset({"2", "children", "help"}), ["help"])


def test_a_death_is_news_beside_an_item_telling_only_a_shooting():
    shot = "Cal Moreno, 17, of the 200 block of Elm Street, was shot in the back, police said."
    assert not same_event_told("Cal Moreno was taken to St. Ann Hospital, where he was pronounced dead at 2 a.m.",
                               ["pronounce"], shot, ["say", "shoot"])
    # a shooting told again beside the shown death folds
    assert same_event_told("Moreno was shot in the back.", ["shoot"],
                           "Cal Moreno, 17, was shot and killed Friday, police said.", ["kill", "say", "shoot"],
                           names=frozenset({"moreno"}))


def test_the_opening_subject_is_no_participant_where_another_is_named_by_the_event():
    fired = "Rey Ortiz was seen on video firing a gun near the time Tom Hale was shot, the chief said."
    assert not same_event_told("In one incident, Ortiz was shot several times.", ["shoot"], fired, ["fire", "see", "shoot"],
                               names=frozenset({"ortiz", "hale"}))


def test_attempted_murder_and_a_body_are_no_killing_and_no_participant():
    plea = "Ned Faulk pleaded guilty Tuesday to four counts of attempted murder."
    assert not same_event_told("Faulk then shot three more people outside a store, police said.", ["say", "shoot"],
                               plea, ["murder", "plead"], names=frozenset({"faulk"}))
    # a name after "the" is a body: "Ann Voss, 31, ... by the State Revenue Office" names Voss
    assert same_event_told("Ann Voss, 31, who was the subject of an inquiry by the State Revenue Office, was taken "
                           "into custody after a stop on Route 9, Holt said.", ["follow"],
                           "Voss's sister, Ann Voss, was arrested in Dunmore.", ["arrest"])


def test_a_death_told_again_with_a_noun_predicate_folds():
    shown = dev("Forest rangers killed a bear that mauled a camper near Lake Orrin.", ["kill", "maul"], 3.0, "a")
    again = dev("The best-known bear in the valley died a cruel, pointless death.", ["cruel", "death", "die"], 2.5, "b")
    shown_texts = texts([shown, again] + OTHER)
    assert shown.text in shown_texts and again.text not in shown_texts
