"""Casualty figures of the story's own event, counted as stated, with who gives them and when (issue 19).

Every text here is written for these tests. Each test fails when its rule is switched off.
"""
from __future__ import annotations

import pytest

from briefgen.extract.article import ArticleFacts
from briefgen.facts import Article, Casualty, Source
from briefgen.merge import merge
from briefgen.render.context import _figure, rec
from briefgen.sections.casualties import extract as casualties
from briefgen.sections.open_questions.merge import figure_disagreements


@pytest.fixture(scope="module")
def run(context):
    return lambda text: casualties.extract(context(text, aliases={}))


def figures(items, kind=None):
    return {(c.kind, c.count) for c in items if kind is None or c.kind == kind}


def item(items, kind, count):
    found = [c for c in items if c.kind == kind and c.count == count]
    assert found, f"no {kind} {count} in {[(c.kind, c.count, c.text) for c in items]}"
    return found[0]


# ---------------------------------------------------------------- 1. the story's own event

def test_an_event_dated_in_an_earlier_year_is_another_event(run):
    items = run("On March 3, 2021, a gunman killed three people at the depot. The depot was also the scene of "
                "the May 2, 2016, shooting that left nine people dead.")
    assert ("killed", 3) in figures(items)
    assert ("killed", 9) not in figures(items)


def test_last_month_name_is_another_event(run):
    items = run("Two men were killed on Sunday. Last July, four teenagers were shot near the same park.")
    assert figures(items) == {("killed", 2)}


def test_a_series_of_shootings_is_a_tally(run):
    items = run("A man was killed on Friday. A series of shootings across the county has left seven people dead.")
    assert ("killed", 7) not in figures(items)
    assert ("killed", 1) in figures(items)


def test_a_wars_running_toll_is_not_the_days_figure(run):
    items = run("The war has killed more than 10,000 people. On Tuesday a missile strike killed four civilians.")
    assert figures(items, "killed") == {("killed", 4)}


def test_an_annual_rate_is_not_a_figure(run):
    assert not run("About a dozen children die annually in firearm accidents in the state.")


# ---------------------------------------------------------------- 2. counts as the articles state them

def test_victims_and_the_gunman_apart(run):
    items = run("The gunman killed three people before killing himself.")
    assert ("killed", 3) in figures(items) and ("killed", 4) in figures(items)


def test_a_severity_subset_is_not_the_wounded_figure(run):
    items = run("Five people were wounded in the attack. Two were critically wounded and remain in hospital.")
    assert figures(items, "wounded") == {("wounded", 5)}


def test_a_harm_adjective_counts_only_its_own_noun(run):
    items = run("Officers found the four dead women and the unharmed child inside the flat.")
    assert figures(items, "killed") == {("killed", 4)}


def test_an_elliptical_passive_keeps_each_number_with_its_word(run):
    items = run("A spokesman said that 13 were injured and one killed.")
    assert ("killed", 13) not in figures(items)
    assert ("wounded", 13) in figures(items) and ("killed", 1) in figures(items)


def test_a_conjunct_with_its_own_subject_is_its_own_figure(run):
    items = run("3 killed, 4 hurt in blast at market")
    assert ("killed", 4) not in figures(items)
    assert {("killed", 3), ("wounded", 4)} <= figures(items)


def test_vague_quantities_keep_their_words(run):
    wounded = item(run("Dozens more were injured in the stampede."), "wounded", 24)
    assert wounded.words == "dozens" and wounded.qualifier == "at_least"
    shown = _figure(rec(wounded.model_dump(mode="json")))
    assert shown.startswith("dozens wounded") and "24" not in shown


@pytest.mark.parametrize("text", [
    "Neighbours were told to call 911 for multiple people shot.",
    "The state rate is 11.4 deaths per 100,000 residents.",
    "Photo gallery: market shooting 1 / 2 killed",
])
def test_numbers_that_are_not_counts_of_people(run, text):
    assert not any(c.count in (911, 11, 100000, 2) for c in run(text)), [(c.kind, c.count) for c in run(text)]


def test_attempted_murders_are_no_deaths(run):
    items = run("Three men were charged with the attempted murders of five teenagers.")
    assert ("killed", 5) not in figures(items)


# ---------------------------------------------------------------- 3. who and when

def test_the_claimant_of_a_reporting_verb(run):
    assert item(run("Police said three people were killed in the crash."), "killed", 3).claimed_by == "Police"


def test_according_to_and_as_of(run):
    figure = item(run("According to the health ministry, 40 people have been killed as of Tuesday."), "killed", 40)
    assert figure.claimed_by == "health ministry"
    assert figure.as_of == "Tuesday"


def src(article: str, sentence: str) -> Source:
    return Source(article=article, sentence=sentence, start=0, end=len(sentence))


def result(art: str, casualties=(), published=None) -> ArticleFacts:
    return ArticleFacts(article=Article(id=art, path=f"{art}.txt", published=published), casualties=list(casualties))


def test_war_report_two_sides_claims_are_kept_apart(context):
    a = casualties.extract(context("Northland's army said 30 enemy soldiers were killed in the assault.",
                                   aliases={}, article_id="a"))
    b = casualties.extract(context("Southland's defence ministry said 30 enemy soldiers were killed in the assault.",
                                   aliases={}, article_id="b"))
    facts = merge([result("a", a, "2025-04-02"), result("b", b, "2025-04-02")])
    claims = sorted(c.claimed_by for c in facts.casualties if c.count == 30)
    assert claims == ["Northland's army", "Southland's defence ministry"]


def test_a_figure_carries_its_claimant_and_the_articles_date():
    figure = Casualty(text="three were killed", count=3, kind="killed", claimed_by="police",
                      sources=[src("a", "Police said three were killed.")])
    facts = merge([result("a", [figure], "2025-04-02")])
    assert facts.casualties[0].as_of == "2025-04-02"
    assert _figure(rec(facts.casualties[0].model_dump(mode="json"))) == "3 people killed (according to police, 2 April)"


# ---------------------------------------------------------------- 4. disagreements

def killed(count, article, qualifier="exact"):
    return Casualty(text=f"{count} killed", count=count, kind="killed", qualifier=qualifier,
                    sources=[src(article, f"{count} people were killed.")])


def test_figures_whose_ranges_overlap_do_not_disagree():
    facts = merge([result("a", [killed(20, "a", "at_least")]), result("b", [killed(25, "b")])])
    assert all(not c.conflicts for c in facts.casualties)
    assert not figure_disagreements(facts.casualties)


def test_an_article_giving_both_figures_reconciles_them():
    facts = merge([result("a", [killed(3, "a"), killed(2, "a")]), result("b", [killed(2, "b")])])
    assert all(not c.conflicts for c in facts.casualties)


def test_one_question_per_kind_when_figures_disagree():
    facts = merge([result("a", [killed(3, "a")]), result("b", [killed(5, "b")]), result("c", [killed(7, "c")])])
    assert all(c.conflicts for c in facts.casualties)
    questions = figure_disagreements(facts.casualties)
    assert len(questions) == 1
    assert questions[0].text == "How many people were killed? The reports give 3, 5 and 7."


def test_latest_and_claimed_figure_first():
    old = killed(3, "a")
    new = killed(5, "b")
    claimed = killed(5, "c").model_copy(update={"claimed_by": "police"})
    facts = merge([result("a", [old], "2025-01-01"), result("b", [new], "2025-01-02"),
                   result("c", [claimed], "2025-01-02")])
    assert [c.count for c in facts.casualties][:1] == [5]
    assert facts.casualties[0].claimed_by == "police"


def test_a_smaller_figure_in_an_article_is_a_part_not_a_disagreement():
    facts = merge([result("a", [killed(5, "a"), killed(2, "a")]), result("b", [killed(3, "b")])])
    by_count = {c.count: c for c in facts.casualties}
    assert by_count[5].conflicts == [by_count[3].id]
    assert not by_count[2].conflicts


@pytest.mark.parametrize("text", [
    "Smith is accused of killing three people in the raid.",
    "According to a statement, three people were killed in the raid.",
    "He said three people were killed in the raid.",
])
def test_no_claimant_when_the_text_names_nobody(run, text):
    assert item(run(text), "killed", 3).claimed_by is None


def test_or_is_no_sum(run):
    items = run("He said they killed that rival or his brother last week.")
    assert ("killed", 2) not in figures(items)


def test_the_wounded_person_who_died_is_not_also_a_wounded_figure(run):
    items = run("Officers found the badly wounded teenager in the street. The boy died in hospital on Monday.")
    assert figures(items) == {("killed", 1)}


def test_a_lone_wounded_survivor_beside_several_dead_stays(run):
    items = run("Three people were killed in the house. A teenager was wounded and survived.")
    assert {("killed", 3), ("wounded", 1)} <= figures(items)


def test_claimants_of_one_side_give_one_figure():
    a = killed(3, "a").model_copy(update={"claimed_by": "police"})
    b = killed(3, "b").model_copy(update={"claimed_by": "Riverton Police Department"})
    facts = merge([result("a", [a]), result("b", [b])])
    assert len(facts.casualties) == 1 and facts.casualties[0].claimed_by == "police"


def test_victims_and_victims_with_the_gunman_do_not_disagree():
    gunman = Casualty(text="the gunman was killed", count=1, kind="killed", who="suspects",
                      sources=[src("c", "The gunman was killed by police.")])
    facts = merge([result("a", [killed(2, "a")]), result("b", [killed(3, "b")]), result("c", [gunman])])
    assert all(not c.conflicts for c in facts.casualties)


def test_one_named_victim_is_not_a_rival_figure():
    named = Casualty(text="Ana Ruiz, who was killed", count=1, kind="killed",
                     sources=[src("b", "Ana Ruiz, who was killed on Friday, was 19.")])
    facts = merge([result("a", [killed(3, "a")]), result("b", [named])])
    assert all(not c.conflicts for c in facts.casualties)


def test_only_one_of_whom_survived_is_no_survival(run):
    items = run("He is accused of shooting seven people, only one of whom survived. Six people died.")
    assert ("wounded", 7) not in figures(items)


def test_victims_and_the_killer_in_one_list_are_apart(run):
    items = run("A mother killed her two children and herself, prosecutors said.")
    assert {("killed", 2), ("killed", 3)} <= figures(items)


def test_figures_of_very_different_scope_do_not_disagree():
    facts = merge([result("a", [killed(7, "a")]), result("b", [killed(3500, "b")])])
    assert all(not c.conflicts for c in facts.casualties)


def test_a_war_told_in_a_relative_clause_has_a_running_toll(run):
    items = run("The fighting grew into a civil war that monitors say has killed nearly 9,000 people.")
    assert ("killed", 9000) not in figures(items)


def test_page_furniture_is_no_claimant(run):
    items = run("Two killed in warehouse fire Posted: Monday, May 4, 2020 8:36 AM EDT Updated: Monday, May 4, 2020")
    assert all(c.claimed_by is None for c in items)


# ---------------------------------------------------------------- issue 19, second round

def test_casualties_a_relative_with_the_killers_surname_is_a_victim(context):
    from briefgen.sections.casualties.counting import article_flags, is_suspect
    ctx = context("Mark Dolan, 30, shot and killed his stepfather on Monday, police said. "
                  "His mother Ann Dolan died at the scene. Officers later shot Mark Dolan dead.", aliases={})
    flags = article_flags(ctx.doc)
    dolans = [t for t in ctx.doc if t.text == "Dolan"]
    ann, mark = dolans[1], dolans[2]
    assert not is_suspect(ann, flags)
    assert is_suspect(mark, flags)


def test_casualties_a_surname_alone_names_the_killer(context):
    from briefgen.sections.casualties.counting import article_flags, is_suspect
    ctx = context("Police say Dolan killed two neighbors on Monday. Dolan was shot dead by officers.", aliases={})
    flags = article_flags(ctx.doc)
    assert is_suspect([t for t in ctx.doc if t.text == "Dolan"][1], flags)


def test_casualties_an_earlier_events_deaths_are_not_read_as_a_headline(run):
    items = run("A gunman killed two people at the mall on Saturday. "
                "Six died in a nightclub shooting across town three years ago.")
    assert figures(items, "killed") == {("killed", 2)}


def test_casualties_a_participle_after_an_earlier_time_is_another_event(run):
    items = run("A man killed a clerk on Sunday. Another man went on a rampage in the county a few months ago, "
                "killing four.")
    assert ("killed", 4) not in figures(items)


def test_casualties_two_of_whom_died_is_the_killed_figure(run):
    items = run("Officers found four people shot, two of whom were dead.")
    assert ("killed", 2) in figures(items)


def test_casualties_a_long_dated_event_name_is_still_earlier(run):
    items = run("Three people were killed on July 23, 2021. It came days after a verdict in the "
                "March 4, 2019, downtown nightclub shooting that left 12 people dead.")
    assert ("killed", 12) not in figures(items)
    assert ("killed", 3) in figures(items)


def test_casualties_victims_identified_by_name_are_counted(run):
    items = run("The coroner identified the dead victims as Ann Lee, 67, and her granddaughter Kay Lee.")
    assert ("killed", 2) in figures(items)


def test_casualties_names_joined_by_a_comma_alone_are_no_sum(run):
    items = run("The ship was seized in the raid that killed Omar Haddad, Sen. Paul Reed (D-Ore.) said Monday.")
    assert ("killed", 2) not in figures(items)


def test_casualties_other_victims_shot_beside_the_dead_are_wounded(run):
    items = run("Two men were killed in the shooting. Three other victims were shot and taken to the hospital.")
    assert ("wounded", 3) in figures(items)
    assert ("killed_or_wounded", 3) not in figures(items)


def test_casualties_a_part_told_after_the_total_is_no_figure(run):
    items = run("Five people are dead after a fire and a shooting at a home on Tuesday. "
                "Fire officials said three people died at the scene.")
    assert ("killed", 5) in figures(items)
    assert ("killed", 3) not in figures(items)


def test_casualties_the_victims_beside_a_total_stay(run):
    items = run("A gunman killed three people at the store on Monday. Officers later shot the gunman dead. "
                "Two of the victims were sisters.")
    assert {("killed", 3), ("killed", 4)} <= figures(items)


def test_casualties_a_series_of_shootings_is_a_citys_tally(run):
    assert not run("Police are looking into a series of shootings in Riverton overnight that have left two dead.")


def test_casualties_a_harm_asked_about_is_not_told(run):
    assert not run("Detectives are trying to learn whether someone shot the boy.")


def test_casualties_being_ready_to_kill_is_no_killing(run):
    assert not run("He said the officers were prepared to kill him.")


def test_casualties_both_before_two_names_counts_the_names(run):
    items = run("Police said a man shot and killed both Maria Teresa Lopez and Luis Lopez at their home on Sunday.")
    assert figures(items, "killed") == {("killed", 2)}
    assert figures(run("Both men died at the scene, police said."), "killed") == {("killed", 2)}


def _described(count, article, text):
    return Casualty(text=text, count=count, kind="killed", sources=[src(article, text + ".")])


@pytest.mark.parametrize("text", ["Ann Lee and her brother were found dead", "both men died",
                                  "three of his children were killed", "the couple's two daughters died",
                                  "Tom Reed, 51, and Al Fox were killed"])
def test_casualties_people_described_are_no_rival_of_a_total(text):
    count = 3 if text.startswith("three") else 2
    facts = merge([result("a", [killed(5, "a")]), result("b", [_described(count, "b", text)])])
    assert all(not c.conflicts for c in facts.casualties)


def test_casualties_two_stated_totals_still_disagree():
    facts = merge([result("a", [killed(5, "a")]), result("b", [_described(3, "b", "three people were killed")])])
    assert all(c.conflicts for c in facts.casualties)
