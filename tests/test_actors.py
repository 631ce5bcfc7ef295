"""Actor folding: names, titles, surnames, type votes, aliases, demonyms and merging across articles."""
from pathlib import Path

import pytest

from briefgen.merge.actors import merge_actor_lists
from briefgen.extract.actors import (DEFAULT_ALIASES, ActorIndex, clean_name, find_actors,
                                     strip_title)
from briefgen.facts import Actor

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def parse(context):
    return lambda text: context(text).doc


@pytest.fixture(scope="module")
def index_of(context):
    return lambda text, aliases=DEFAULT_ALIASES: context(text, aliases=aliases).actors


def test_clean_name_keeps_abbreviation_dots():
    assert clean_name("U.S.") == "U.S."
    assert clean_name("the U.S.") == "U.S."
    assert clean_name("Martin Luther King Jr.") == "Martin Luther King Jr."
    assert clean_name("Washington.") == "Washington"
    assert clean_name("Trump’s") == "Trump"
    assert clean_name("“Kyiv”,") == "Kyiv"


def test_strip_title():
    assert strip_title("U.S. President Donald Trump".split()) == ["Donald", "Trump"]
    assert strip_title("White House Press Secretary Karoline Leavitt".split()) == ["Karoline", "Leavitt"]
    assert strip_title("Kremlin aide Yuri Ushakov".split()) == ["Yuri", "Ushakov"]
    assert strip_title("Switzerland’s Foreign Affairs Minister Ignazio Cassis".split()) == ["Ignazio", "Cassis"]
    assert strip_title("Gen. Dan Caine".split()) == ["Dan", "Caine"]
    assert strip_title("Ursula von der Leyen".split()) == ["Ursula", "von", "der", "Leyen"]


def test_one_actor_per_person_across_forms(index_of):
    ix = index_of("U.S. President Donald Trump met aides on Monday. Trump’s plan was praised. "
                  "Donald Trump said Mr. Trump was pleased. Trump left.")
    people = [a for a in ix.as_list() if "Trump" in a.name or "Trump" in a.aliases]
    assert len(people) == 1 and people[0].name == "Donald Trump" and people[0].type == "person"
    assert ix.resolve("Trump") == ix.resolve("Trump’s") == ix.resolve("U.S. President Donald Trump") == "Donald Trump"


def test_titles_dropped_from_people(index_of):
    ix = index_of("White House Press Secretary Karoline Leavitt spoke. Kremlin aide Yuri Ushakov answered. "
                  "Gen. Dan Caine will attend.")
    names = {a.name for a in ix.as_list() if a.type == "person"}
    assert {"Karoline Leavitt", "Yuri Ushakov", "Dan Caine"} <= names


def test_person_is_never_a_place(index_of):
    ix = index_of("Ukrainian President Volodymyr Zelenskyy arrived. Zelenskyy met aides. "
                  "Zelenskyy said Kyiv was ready. Zelenskyy left.")
    assert ix.type_of("Volodymyr Zelenskyy") == "person"
    assert ix.resolve("Zelenskyy") == "Volodymyr Zelenskyy"


def test_aliases_for_metonyms(index_of):
    ix = index_of("Washington and the Kremlin traded barbs while Moscow waited and Kyiv asked the White House "
                  "for help. The U.S. said Russia was stalling.")
    assert ix.resolve("Washington") == ix.resolve("White House") == ix.resolve("U.S.") == "United States"
    assert ix.resolve("the Kremlin") == ix.resolve("Moscow") == "Russia"
    assert ix.type_of("United States") == "country" and ix.type_of("Russia") == "country"
    assert ix.type_of("Ukraine") == "country"


def test_config_aliases_override(index_of):
    ix = index_of("Acme Corp said the deal was done.", {"Acme Corp": "Acme"})
    assert ix.resolve("Acme Corp") == "Acme"


def test_demonyms_map_to_their_country(index_of):
    ix = index_of("Russian forces attacked Ukrainian positions near the river.")
    assert ix.resolve("Russian") == "Russia"
    assert "Russia" in ix.actors and ix.type_of("Russia") == "country"


def test_gender_and_last_person_before(parse):
    doc = parse("Mrs. Ana Ortiz met Mr. Robert Mendes on Friday. She said it went well.")
    ix = find_actors(doc, {})
    she = next(t.i for t in doc if t.text == "She")
    assert ix.gender_of("Ana Ortiz") == "female" and ix.gender_of("Robert Mendes") == "male"
    assert ix.last_person_before(she) == "Robert Mendes"  # old call: the nearest person
    assert ix.last_person_before(she, gender="female") == "Ana Ortiz"


def test_surname_ambiguity_is_left_alone(index_of):
    ix = index_of("Hillary Clinton and Bill Clinton arrived. Clinton spoke first.")
    assert ix.resolve("Clinton") not in ("Hillary Clinton", "Bill Clinton")


def test_empty_doc(parse):
    ix = find_actors(parse(""), DEFAULT_ALIASES)
    assert isinstance(ix, ActorIndex) and ix.as_list() == []


def test_merge_surname_and_full_name_across_articles():
    a = [Actor(name="Donald Trump", type="person", aliases=["Trump"], mentions=4),
         Actor(name="Russia", type="country", mentions=2)]
    b = [Actor(name="Trump", type="organisation", mentions=3), Actor(name="Donald J. Trump", type="person", mentions=1),
         Actor(name="Russia", type="country", mentions=1)]
    merged, mapping = merge_actor_lists([a, b])
    names = [m.name for m in merged]
    assert names.count("Donald Trump") == 1 and "Trump" not in names and "Donald J. Trump" not in names
    trump = next(m for m in merged if m.name == "Donald Trump")
    assert trump.type == "person" and trump.mentions == 8
    assert mapping["Trump"] == mapping["Donald J. Trump"] == "Donald Trump"
    assert next(m for m in merged if m.name == "Russia").mentions == 3


def test_seed_actors(index_of):
    text = (SEEDS / "004_281c49e4be45ee89.txt").read_text(encoding="utf-8")
    ix = index_of(text)
    for name in ("Donald Trump", "Volodymyr Zelenskyy", "Vladimir Putin", "Karoline Leavitt", "Sergei Lavrov",
                 "Yuri Ushakov", "Neil Melvin", "Dan Caine", "Mark Levin"):
        assert ix.type_of(name) == "person", name
    for form in ("Trump", "Zelenskyy", "Putin"):
        assert ix.type_of(ix.resolve(form)) == "person"
    assert ix.resolve("U.S. President Donald Trump") == "Donald Trump"
    assert ix.resolve("Russian President Vladimir Putin") == "Vladimir Putin"
    text0 = (SEEDS / "000_a032d8a8cfd74b53.txt").read_text(encoding="utf-8")
    ix0 = index_of(text0)
    assert ix0.resolve("United States President Donald Trump") == "Donald Trump"
    assert ix0.type_of("Ignazio Cassis") == "person" and ix0.type_of("Emmanuel Macron") == "person"


def test_a_surname_alone_names_the_one_person_whose_last_name_it_is(index_of):
    """One decision for every section that writes a bare surname (developments, casualty claimants)."""
    index = index_of("Deputy Lena Spoyer said the road was closed. Spoyer said two cars collided. "
                     "Tom Reed and Ann Reed were driving. Reed was unhurt.")
    assert index.full_name_of("Spoyer") == "Lena Spoyer"
    assert index.full_name_of("Reed") is None  # two people bear it: which one is not sure
    assert index.full_name_of("Lena") is None  # a first name is nobody's surname
