"""An uncounted group of harmed people beside a smaller count of that kind (round 11, judged): "a number of guards
were wounded" in one article, "injuring its editor" in another. The count names only some of the wounded, so it
is shown as a lower bound ("at least 1 person wounded"), never as the number wounded; the group is never shown.

Every text here is written for these tests. Each test fails when its rule is switched off.
"""
from __future__ import annotations

import pytest

from briefgen.render.context import _figure, rec
from briefgen.sections.base import MergeContext
from briefgen.sections.casualties import extract as casualties
from briefgen.sections.casualties import merge as casualty_merge

NAMED = ("Gunmen in the city have attacked the radio station's staff, killing the station's reporter Ann Lee, and injuring "
         "its Bureau Chief Tom Hale.")


@pytest.fixture(scope="module")
def run(context):
    def go(*texts):
        items = []
        for i, text in enumerate(texts, 1):
            ctx = context(text, aliases={})
            ctx.article_id = f"{i:02d}"
            items += casualties.extract(ctx)
        return casualty_merge.merge(items, MergeContext())
    return go


def shown(items, kind):
    return [(c.count, c.qualifier) for c in items if c.kind == kind]


@pytest.mark.parametrize("group", [
    "The army said in a statement that a number of guards were wounded in the attack.",
    "The army said several soldiers were wounded in the attack.",
    "Witnesses said many people were injured in the attack.",
    "Some passengers were hurt in the attack, police said.",
])
def test_a_named_wounded_person_beside_an_uncounted_group_is_a_lower_bound(run, group):
    items = run(NAMED, group)
    assert shown(items, "wounded") == [(1, "at_least")]
    assert shown(items, "killed") == [(1, "exact")]  # the group tells of the wounded only
    assert all(not c.uncounted for c in items)


def test_the_group_in_the_same_article_makes_the_count_a_lower_bound(run):
    items = run(NAMED + " The station said several staff members were wounded.")
    assert shown(items, "wounded") == [(1, "at_least")]


def test_the_lower_bound_is_shown_with_its_words(run):
    items = run(NAMED, "The army said a number of guards were wounded in the attack.")
    wounded = next(c for c in items if c.kind == "wounded")
    assert _figure(rec(wounded.model_dump(mode="json"))).startswith("at least 1 person wounded")


def test_without_a_group_the_count_stays_exact(run):
    items = run(NAMED, "The army said the attack had failed.")
    assert shown(items, "wounded") == [(1, "exact")]


def test_a_count_the_group_can_be_stays_exact(run):
    items = run("Gunmen stormed the radio station on Monday, injuring five employees.",
                "The army said several employees were wounded in the attack.")
    assert shown(items, "wounded") == [(5, "exact")]


@pytest.mark.parametrize("text", [
    "Officials would not say how many people were injured in the attack.",
    "No guards were wounded in the attack, the army said.",
    "Some 20 guards were wounded in the attack.",
])
def test_no_uncounted_group(run, text):
    ctx_items = run(text)
    assert not any(c.uncounted for c in ctx_items)
    assert all(c.qualifier != "at_least" or c.count != 1 for c in ctx_items)


def test_the_group_never_reaches_the_facts_file(run, context):
    ctx = context("The army said a number of guards were wounded in the attack.", aliases={})
    items = casualties.extract(ctx)
    assert [c.uncounted for c in items] == [True]
    assert "uncounted" not in items[0].model_dump(mode="json")
    assert casualty_merge.merge(items, MergeContext()) == []
