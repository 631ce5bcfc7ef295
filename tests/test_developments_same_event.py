"""The same main event told twice in other words, with few words shared: the repeat folds into the shown item, its
sources joined (repeats.same_event_told, repeats.fold). Texts written for these tests."""
from __future__ import annotations

from briefgen.items import Source
from briefgen.sections.developments.model import Development
from briefgen.sections.developments.repeats import same_event_told, select


def dev(text: str, preds: list[str], score: float, article: str = "a", start: int = 0) -> Development:
    return Development(text=text, sources=[Source(article=article, sentence=text, start=start, end=start + len(text))],
                       score=score, predicates=preds)


OTHER = [dev("The camper was treated for a broken arm at the county hospital and released.", ["release", "treat"], 2.0,
             "c", 500),
         dev("The park reopened its northern trails to hikers after a week.", ["reopen"], 1.9, "c", 700)]


def texts(pool: list[Development], cap: int = 5) -> list[str]:
    return [d.text for d in select(pool, cap)]


def test_a_killing_told_again_with_a_name_folds_into_the_shown_item():
    shown = dev("Forest rangers killed a bear that mauled a camper near Lake Orrin.", ["kill", "maul"], 3.0, "a")
    again = dev("Bruno the bear, one of the valley's best-known animals, was fatally shot Tuesday by game wardens.",
                ["shoot"], 2.5, "b")
    kept = select([shown, again] + OTHER, 5)
    assert kept[0].text == shown.text and again.text not in [d.text for d in kept] and len(kept) == 3
    # its source not joined: the repeat's sentence has facts of its own (judged a false merge when joined)
    assert [s.article for s in kept[0].sources] == ["a"] and kept[0].support == 1


def test_a_warrant_and_a_search_for_the_named_suspect_are_one_custody():
    warrant = dev("Sheriff Ann Holt said deputies have an arrest warrant for Dana Voss, 41, on a murder charge.",
                  ["warrant"], 3.0, "a")
    seeking = dev("Deputies were seeking Voss in the killing of a shop owner, whose car was found burned.",
                  ["find", "seek"], 2.5, "b")
    shown = texts([warrant, seeking] + OTHER)
    assert warrant.text in shown and seeking.text not in shown


def test_a_count_of_the_arrested_takes_the_place_of_an_unnumbered_group():
    vague = dev("Police arrested several suspects but would not say how many were held.", ["arrest", "hold"], 3.0, "a")
    counted = dev("Officers said two men and a woman were taken into custody near the mall.", [], 2.5, "b")
    kept = select([vague, counted] + OTHER, 5)
    assert kept[0].text == counted.text and vague.text not in [d.text for d in kept]
    assert [s.article for s in kept[0].sources] == ["b"]


def test_other_people_or_an_untold_event_are_not_one_event():
    shown = "A 9-year-old boy was killed when a truck hit a school bus on Route 4."
    assert same_event_told("A 9-year-old boy died in the crash.", ["die"], shown, ["hit", "kill"])
    # another age: another boy
    assert not same_event_told("A 15-year-old boy was killed in a crash on the same road.", ["kill"], shown,
                               ["hit", "kill"])
    # another name near the killing
    bear = "Rangers killed a bear named Bruno near the lake."
    assert same_event_told("The bear was shot dead by rangers.", ["shoot"], bear, ["kill"])
    assert not same_event_told("A hunter killed a bear named Koda in the next county.", ["kill"], bear, ["kill"])
    # a killing only spoken of: "would kill"
    assert not same_event_told("Officials said they would kill a bear that escaped from a zoo.", ["escape", "kill"],
                               bear, ["kill"])
    # a possessor is no participant: the suspect's sister arrested is another custody
    warrant = "Police have an arrest warrant for Dana Voss on a murder charge."
    assert same_event_told("Police were seeking Voss in the killing.", ["seek"], warrant, ["warrant"])
    assert not same_event_told("Voss's sister, Ann Lee, was arrested Sunday at a motel.", ["arrest"], warrant,
                               ["warrant"])
    # a search warrant is no custody
    assert not same_event_told("Officers served a search warrant on Voss at his home.", ["serve"], warrant, ["warrant"])


def test_a_head_noun_is_no_participant_where_two_people_are_told_by_age():
    shown = "A 14-year-old boy accidentally shot and killed his 10-year-old cousin on Friday."
    assert not same_event_told("The boy was pronounced dead at the scene.", ["pronounce", "dead"], shown,
                               ["kill", "shoot"])
    assert same_event_told("A boy was pronounced dead at the scene.", ["dead"],
                           "A 10-year-old boy was shot dead on Friday.", ["shoot"])


def test_a_repeat_telling_how_it_happened_stays():
    shown = dev("A 14-year-old boy accidentally shot and killed his 10-year-old cousin in Marlow on Friday.",
                ["kill", "shoot"], 3.0, "a")
    how = dev("Leo Grant was shot by his 14-year-old cousin Sam while playing with a rifle they thought was empty.",
              ["play", "shoot", "think"], 2.5, "b")
    short = dev("Leo Grant, the 10-year-old, died at the scene.", ["die"], 2.4, "b", 300)
    shown_texts = texts([shown, how, short] + OTHER)
    assert how.text in shown_texts and short.text not in shown_texts
