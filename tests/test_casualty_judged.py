"""Casualty figures the judges read wrong (issue 19, fourth round): an animal's death counted as a person's, a
claimant read as the person harmed, a round-up's figures of other places shown as the story's, and a running
total credited to a claimant who gave only part of it.

Every text here is written for these tests. Each test fails when its rule is switched off.
"""
from __future__ import annotations

import pytest

from briefgen.render.context import _figure, rec
from briefgen.sections.casualties import extract as casualties
from briefgen.sections.casualties.model import Casualty


@pytest.fixture(scope="module")
def run(context):
    return lambda text: casualties.extract(context(text, aliases={}))


def figures(items, kind=None):
    return {(c.kind, c.count) for c in items if kind is None or c.kind == kind}


# ---------------------------------------------------------------- an animal is no person
def test_a_named_animal_killed_is_no_person(run):
    items = run("The zoo's famous tiger Rajah escaped on Sunday. Rajah had roamed the streets for hours before "
                "keepers arrived and shot him.")
    assert figures(items) == set()


def test_a_he_chain_back_to_an_animal_the_article_tells_killed(run):
    items = run("Wardens shot the bear near the campsite on Monday. The crowd had thrown stones at it for an hour. "
                "He charged through the tents. When the wardens came, they killed him.")
    assert ("killed", 1) not in figures(items)


def test_a_man_killed_in_the_same_kind_of_sentence_still_counts(run):
    items = run("Tom Hale left the bar at midnight. Tom Hale had argued with a stranger before the stranger "
                "followed and killed him.")
    assert ("killed", 1) in figures(items)


# ---------------------------------------------------------------- the claimant reads as who gives the figure
def test_the_claimant_is_shown_as_who_gives_the_figure():
    figure = Casualty(text="injured a man", count=1, kind="wounded", claimed_by="Ann Lee", sources=[])
    assert _figure(rec(figure.model_dump(mode="json"))) == "1 person wounded (according to Ann Lee)"


# ---------------------------------------------------------------- a running total is the writer's sum
def test_a_running_total_in_a_clause_of_the_part_gets_no_claimant(run):
    items = run("Sunday's deaths, which would bring the overall toll to 40, happened when troops fired on "
                "marchers, a doctor said.")
    total = next(c for c in items if c.count == 40)
    assert total.claimed_by is None


def test_a_toll_the_claimant_gives_keeps_its_claimant(run):
    items = run("The health ministry said the death toll had risen to 40.")
    total = next(c for c in items if c.count == 40)
    assert total.claimed_by == "health ministry"


# ---------------------------------------------------------------- a round-up's other places
ROUNDUP = ("Troops in Chile and Peru fired on marchers on Saturday as protests spread from Bolivia. "
           "Soldiers in Chile killed nine people, a doctor said. "
           "In Norway, police fired on students in the capital. "
           "The unrest in Norway began on Monday. "
           "More than 30 people were injured.")


def test_a_roundups_figure_of_another_place_is_not_the_storys(run):
    items = run(ROUNDUP)
    assert ("killed", 9) in figures(items)
    assert ("wounded", 30) not in figures(items)


def test_a_city_the_articles_put_in_the_storys_place_stays(run):
    items = run("Troops in Chile and Peru fired on marchers on Saturday as protests spread from Bolivia. "
                "The march began in Valparaiso, Chile, before dawn. "
                "In Valparaiso, at least 12 people were wounded.")
    assert ("wounded", 12) in figures(items)
