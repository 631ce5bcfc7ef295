"""Casualty figures of the story's own event (issue 19, third round): other events told a span of time away,
tolls raised to a new figure, background tolls, parts named across articles, vague words a count covers,
trial sentences as sources, and a figure's date when its articles tell it later.

Every text here is written for these tests. Each test fails when its rule is switched off.
"""
from __future__ import annotations

import pytest

from briefgen.extract.article import ArticleFacts
from briefgen.facts import Article, Casualty, Source
from briefgen.merge import merge
from briefgen.sections.casualties import extract as casualties


@pytest.fixture(scope="module")
def run(context):
    return lambda text: casualties.extract(context(text, aliases={}))


def figures(items, kind=None):
    return {(c.kind, c.count) for c in items if kind is None or c.kind == kind}


def src(article: str, sentence: str) -> Source:
    return Source(article=article, sentence=sentence, start=0, end=len(sentence))


def result(art: str, items=(), published=None) -> ArticleFacts:
    return ArticleFacts(article=Article(id=art, path=f"{art}.txt", published=published), casualties=list(items))


def fig(count, article, text=None, kind="killed", sentence=None, **more):
    text = text or f"{count} people killed"
    return Casualty(text=text, count=count, kind=kind, sources=[src(article, sentence or text + ".")], **more)


# ---------------------------------------------------------------- 1. the story's own event

def test_a_harm_told_days_before_another_is_another_event(run):
    items = run("A gunman killed two guards at the depot on Monday. The attack came just nine days after a man "
                "killed six workers at a mill in Ridgefield.")
    assert ("killed", 2) in figures(items)
    assert ("killed", 6) not in figures(items)


def test_a_harm_inside_a_phrase_told_days_after_is_another_event(run):
    items = run("Two people were wounded at the fair. It happened weeks after the conviction of a man in the "
                "mall shooting that left nine people dead.")
    assert ("wounded", 2) in figures(items)
    assert ("killed", 9) not in figures(items)


def test_a_victim_who_died_days_after_being_hurt_stays(run):
    assert ("killed", 1) in figures(run("A cyclist died two days after the crash on Elm Road."))


def test_one_such_strike_is_another_event(run):
    items = run("The drone strike on the camp killed four fighters on Sunday. One such strike in the valley killed "
                "eleven people last week.")
    assert ("killed", 4) in figures(items)
    assert ("killed", 11) not in figures(items)


def test_a_tally_through_a_year_is_not_a_figure(run):
    items = run("Two nurses were wounded on Friday. Lee was the first of nine nurses murdered by the gang "
                "through March 2019.")
    assert ("wounded", 2) in figures(items)
    assert ("killed", 9) not in figures(items)


def test_a_background_toll_in_the_thousands_without_a_date(run):
    items = run("The rebels raided the town on Tuesday, killing three farmers. \"The militia is responsible for the "
                "deaths of 12,000 villagers,\" the governor said.")
    assert ("killed", 3) in figures(items)
    assert ("killed", 12000) not in figures(items)


def test_a_figure_dated_weeks_before_its_article_beside_an_undated_one_is_earlier():
    old = fig(3, "a", "killed three officials", as_of="March 2")
    new = fig(1, "a", "a reporter was killed on Tuesday")
    facts = merge([result("a", [old, new], "2025-04-10")])
    assert {c.count for c in facts.casualties} == {1}


def test_a_figure_dated_before_its_article_alone_is_the_storys():
    only = fig(1, "a", "a student was killed June 5, 2024", as_of="June 5, 2024")
    facts = merge([result("a", [only], "2025-08-06")])
    assert [c.count for c in facts.casualties] == [1]
    assert facts.casualties[0].as_of == "June 5, 2024"


# ---------------------------------------------------------------- 2. counts as the articles state them

def test_a_toll_raised_to_a_new_figure(run):
    items = run("A second man has died, bringing the number of fatalities to four.")
    assert ("killed", 4) in figures(items)


def test_a_raised_toll_replaces_the_articles_smaller_toll(run):
    items = run("Monitors counted 61 deaths in the province. Sunday's deaths, which would push the overall toll "
                "to 70, came when troops fired on a march. At least nine died when troops fired on the march.")
    assert ("killed", 70) in figures(items)
    assert ("killed", 61) not in figures(items)
    assert ("killed", 9) in figures(items)  # a figure of one event stays


def test_two_dozen_is_read_whole(run):
    items = run("Nearly two dozen people shot at the block party")
    assert ("killed_or_wounded", 12) not in figures(items) and ("wounded", 12) not in figures(items)


def test_a_listed_part_of_the_dead_is_no_count(run):
    items = run("4 Adults, 2 Children Dead in House Fire Shooting")
    assert ("killed", 2) not in figures(items)


def test_an_age_after_a_name_is_no_count(run):
    items = run("Ty Moss, 19, died as his cousin Dale, 17 - who was also shot, ran for help.")
    assert not any(c.count == 17 for c in items)


def test_a_chief_and_others_are_summed(run):
    assert ("killed", 6) in figures(run("The raid killed the gang's chief and five others."))


def test_a_named_victim_beside_a_larger_count_is_a_part():
    named = fig(1, "b", "Ana Ruiz was found dead")
    kin = fig(2, "c", "the couple's two sons later died")
    facts = merge([result("a", [fig(4, "a", "four people were killed")]), result("b", [named]), result("c", [kin])])
    assert {c.count for c in facts.casualties} == {4}


def test_a_named_victim_alone_stays():
    facts = merge([result("b", [fig(1, "b", "Ana Ruiz was found dead")])])
    assert [c.count for c in facts.casualties] == [1]


def test_vague_words_beside_the_count_they_cover():
    vague = fig(24, "b", "dozens of people dead", qualifier="at_least", words="dozens")
    facts = merge([result("a", [fig(41, "a", "41 people were killed")]), result("b", [vague])])
    assert {c.count for c in facts.casualties} == {41}
    alone = merge([result("b", [vague])])
    assert [c.words for c in alone.casualties] == ["dozens"]


# ---------------------------------------------------------------- 3. who and when

def test_a_trial_sentence_leaves_the_sources_when_another_gives_the_figure():
    trial = fig(1, "b", "death of a teenager", sentence="The trial of a man charged in the death of a teenager "
                "is to begin Monday.")
    news = fig(1, "a", "death of a teenager", sentence="A man was arrested Friday in the death of a teenager.")
    facts = merge([result("a", [news], "2024-06-07"), result("b", [trial], "2025-03-01")])
    [item] = facts.casualties
    assert [s.article for s in item.sources] == ["a"]
    assert item.as_of == "2024-06-07"


def test_no_article_date_when_every_article_tells_the_figure_later():
    late = fig(1, "b", "killing of a jogger", sentence="A jury convicted the man in the 2023 killing of a jogger.")
    facts = merge([result("b", [late], "2025-03-01")])
    assert facts.casualties[0].as_of is None


def test_the_harms_own_date_is_the_figures_date(run):
    items = run("Ray Odom, a farmer, was killed June 5, 2024, while riding home.")
    assert [c.as_of for c in items if c.kind == "killed"] == ["June 5, 2024"]


def test_the_killer_whose_clause_the_parser_split_is_counted_with_the_victims(run):
    items = run("The man who police believe shot and killed four people and wounded a boy in Polk County, Iowa is dead.")
    assert ("killed", 4) in figures(items)
    assert ("killed", 5) in figures(items)  # the victims and the man who shot them


def test_one_more_person_told_by_an_ordinal_is_no_part():
    more = fig(1, "b", "A fifth person was also shot", kind="wounded")
    facts = merge([result("a", [fig(4, "a", "four people were hurt", kind="wounded")]), result("b", [more])])
    assert {c.count for c in facts.casualties} == {4, 1}


def test_a_timeline_entry_of_an_earlier_year_is_another_event(run):
    items = run("A teen was wounded in Pine Hill on Friday, May 3, 2019. 1998: Dr. Ann Ross is shot to death outside "
                "a clinic in Dover.")
    assert ("killed", 1) not in figures(items)
    assert ("wounded", 1) in figures(items)


def test_a_harm_dated_weeks_before_the_articles_latest_date_is_earlier(run):
    items = run("A reporter died in an exchange of fire in Hama on Tuesday, Oct. 9, 2018. On Aug. 20, rebels "
                "detonated a bomb that killed four army officers.")
    assert ("killed", 1) in figures(items)
    assert ("killed", 4) not in figures(items)


def test_a_headline_giving_a_tallys_figures_is_that_tally(run):
    items = run("Violent Weekend In The City Leaves 3 Dead, 9 Injured\n\nPolice are looking into a series of "
                "shootings overnight which have left three dead and nine other people injured.")
    assert not figures(items)


def test_a_figure_over_several_events_is_no_rival():
    many = fig(3, "a", "3 dead", sentence="3 dead, 20 wounded in weekend city shootings")
    one = fig(2, "b", "2 dead", sentence="A long night leaves 2 dead.")
    facts = merge([result("a", [many]), result("b", [one])])
    assert all(not c.conflicts for c in facts.casualties)


def test_figures_over_several_scenes_are_a_tally(run):
    items = run("Besides those deaths, at least nine others were hurt at those five crime scenes.")
    assert not figures(items)


def test_the_date_of_the_clause_a_harm_hangs_on_is_its_date(run):
    items = run("On March 2, fighters stormed the base, detonating a bomb inside a meeting that killed four commanders.")
    assert [c.as_of for c in items if c.count == 4] == ["March 2"]


def test_the_victims_beside_a_total_are_named_victims(run):
    items = run("Police said the gunman killed three people before killing himself.")
    assert {(c.count, c.who) for c in items if c.kind == "killed"} == {(3, "victims"), (4, "people")}


def test_the_same_count_from_another_article_joins_the_victims_figure():
    victims = fig(3, "a", "killed three people", who="victims")
    total = fig(4, "a", "killed three people before killing himself")
    other = fig(3, "b", "three people were killed")
    facts = merge([result("a", [victims, total]), result("b", [other])])
    assert sorted((c.count, c.who, len(c.sources)) for c in facts.casualties) == [(3, "victims", 2), (4, "people", 1)]
    assert all(not c.conflicts for c in facts.casualties)


def test_an_unborn_child_is_not_among_the_dead(run):
    assert ("killed", 4) in figures(run("The shooting left four people and an unborn baby dead."))


def test_an_outbreak_of_violence_is_a_tally(run):
    items = run("The chief was ready for the outbreak of violence that left 31 people shot and 12 people killed "
                "in the city since Friday.")
    assert not figures(items)


def test_every_sentence_of_an_earlier_years_timeline_entry_is_another_event(run):
    items = run("A teen was wounded in Pine Hill on Friday, May 3, 2019.\n\nphoto 1998: Dr. Ann Ross is shot to "
                "death outside a clinic in Dover. A man was later convicted of murdering Ross.")
    assert figures(items) == {("wounded", 1)}


def test_he_for_an_animal_named_before_is_nobody(run):
    assert not figures(run("The oldest elephant in the reserve died a slow death. He was shot on Monday by poachers."))
    assert ("killed", 1) in figures(run("The old farmer died a slow death. He was killed on Monday by poachers."))


def test_a_harm_adjective_after_a_list_tells_the_whole_list(run):
    items = run("Police named the man as the gunman in a shooting Friday that left three adults and two children dead "
                "in Elmwood, and the lone survivor, a boy, in the hospital.")
    assert ("killed", 5) in figures(items)
    assert ("killed", 2) not in figures(items)


def test_a_harm_dated_by_month_in_an_article_dating_its_news_by_weekday_is_earlier(run):
    items = run("A photographer died in an exchange of fire in Homs on Wednesday. On May 4, rebels detonated a "
                "bomb that killed four army officers.")
    assert ("killed", 1) in figures(items)
    assert ("killed", 4) not in figures(items)
    assert ("killed", 4) in figures(run("On May 4, rebels detonated a bomb that killed four army officers."))


def test_one_death_told_with_the_toll_it_raises_stays(run):
    items = run("At least 12 died in the capital on Friday. On Saturday one man was shot and killed in the port, "
                "raising the total death toll from the protests to 13.")
    assert {("killed", 1), ("killed", 13)} <= figures(items)


def test_a_toll_raised_to_a_figure_the_parser_hangs_on_the_tolls_words(run):
    items = run("An official said one man was shot in the neck and killed, raising the total death toll from the "
                "Harbin protests to nine.")
    assert {("killed", 1), ("killed", 9)} <= figures(items)
