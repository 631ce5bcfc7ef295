"""Round 15 (the judges' DANGLING rows): a national body named bare ("Parliament threatened ...", "welcomed the
government's withdrawal") is given the country the text around it names, and a quotation opening on "this man"
names the one person the sentence before names. Texts written for these tests."""
import pytest

from briefgen.sections.positions import extract as positions


@pytest.fixture
def pos(context):
    return lambda text: positions.extract(context(text))


BODY = "Norway and Denmark signed a fishing accord on Monday. On Friday, Parliament threatened to block fishing licences in Norway."


def test_a_bare_parliament_is_named_with_its_country(pos):
    got = [p for p in pos(BODY) if "licences" in p.text]
    assert got and all(p.text.startswith("Norway\u2019s Parliament") and p.party == "Norway" for p in got)


OWNER = ("Riots broke out in Oslo again overnight. Chile said on Monday that Norway must free the jailed "
         "reporters. In a call to the king, Foreign Minister Ana Rojas said she welcomed the government's "
         "release of two students.")


def test_a_government_of_no_named_country_is_given_the_one_the_sentence_before_names(pos):
    got = [p for p in pos(OWNER) if "welcomed" in p.text]
    assert got and all("the government's (Norway) release" in p.text for p in got)


AMBIGUOUS = ("Chile and Peru traded accusations on Monday. In a call to the king, Foreign Minister Ana Rojas said "
             "she welcomed the government's release of two students.")


def test_a_government_is_left_as_it_is_when_two_countries_could_be_it(pos):
    got = [p for p in pos(AMBIGUOUS) if "welcomed" in p.text]
    assert got and all("the government's release" in p.text for p in got)


def test_a_parliament_of_a_named_country_is_left_as_it_is(pos):
    got = [p for p in pos("On Friday, the Parliament of Norway threatened to block fishing licences for Danish boats.")
           if "licences" in p.text]
    assert got and not any("\u2019s Parliament" in p.text for p in got)


POINTER = ("\u201cNo candidate in our history has known less about the harbour than Tom Baxter,\u201d said Ruth "
           "Adler, the mayor.\n\u201cThis man is totally unfit to run the port authority of this city,\u201d she added.")


def test_this_man_opening_a_quotation_is_named(pos):
    got = [p for p in pos(POINTER) if "unfit" in p.text]
    assert got and all("This man [Tom Baxter] is totally unfit" in p.text for p in got)


CITY = ("Protesters marched in Manama, Bahrain, on Monday. In a call to the king, Foreign Minister Ana Rojas said "
        "she welcomed the government's release of two students.")


def test_a_city_named_with_its_country_stands_for_that_country(pos):
    got = [p for p in pos(CITY) if "welcomed" in p.text]
    assert got and all("the government's (Bahrain) release" in p.text for p in got)
