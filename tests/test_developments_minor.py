"""Real but minor developments (the scene, a characterisation, the backdrop, analysis, commentary, a friend's grief)
rank below the story's events, and still show when nothing better is left (issue 12, item 2)."""
from __future__ import annotations

from briefgen.items import Source
from briefgen.sections.developments.lexicon import MINOR_SHIFT
from briefgen.sections.developments.model import Development
from briefgen.sections.developments.rank import minor, minor_down, rank


def dev(text: str, article: str = "a", score: float = 2.0, start: int = 500) -> Development:
    return Development(text=text, sources=[Source(article=article, sentence=text, start=start, end=start + len(text))],
                       score=score)


MINOR_TEXTS = (
    # when it was reported, the scene around it
    "The crash was reported Tuesday at 6:10 a.m. in the 400 block of Alder Street in Millbrook.",
    "At the next table over, a retired teacher from Oakdale was reading the paper.",
    # characterisations
    "Councilman Reyes's tenure at the port authority was rocky despite being brief.",
    "The port's cooperation is viewed as crucial to any new trade agreement.",
    # poll figures
    "In Ohio, the governor is up an average of 4.1 percentage points over her rival.",
    "The mayor leads 51 percent to 44 percent in the latest survey.",
    # the war or the crisis behind the news
    "Many villagers fled as the dispute turned into a civil war that monitors say has killed 4,000 people.",
    "The two unions have been negotiating since last spring, for the first time in a decade.",
    # the writer's analysis
    "The crackdown underlined an unexpected consequence of the earlier protests in the region.",
    "In Peru, Chile and Bolivia, the unions have quickly turned to strikes to press their demands.",
    "The escape of the two bears fueled questions about whether the reserve should be fenced.",
    "The drought was the focus of attention as farm ministers gathered in Rome this week.",
    "Despite the talks being called constructive, deep differences remain between the two sides.",
    "The senator's most notable remarks were on farm subsidies, an issue she has pressed for years.",
    # an expert's commentary
    "Mara Quint of the Northfield Policy Institute said both camps were stalling for time.",
    # a size or a distance as a state
    "The new cistern can hold up to 20 million gallons of rainwater.",
    "Harlow Creek is about 40 miles east of the county seat.",
    # a friend's grief and memories
    "A family friend said the boy's grandparents are going through the grieving process.",
    "Tonight, neighbours are sending their prayers to the family.",
    "Ana cried for hours after they said goodbye at the airport.",
    "More details will be provided later on how residents can help.",
)

EVENTS = (
    # the event's own time and place, a vigil, a poll lead, how a body was found: the references list these
    "A 25-year-old man was shot at 10:50 p.m. on the 200 block of Birch Street, police said.",
    "The boy's family is holding a vigil Friday at the community center.",
    "A string of gaffes has handed the senator a wide lead in the polls.",
    "The hiker was found lying in a ravine with a broken leg.",
    "The council voted 5-2 on Monday to close the reservoir.",
    "Prosecutors charged the driver with vehicular homicide.",
    "The two countries agreed to reopen the border crossing on Friday.",
    "The share of voters undecided fell after the debate.",
)


def test_minor_flags_the_scene_characterisation_backdrop_analysis_and_grief():
    for text in MINOR_TEXTS:
        assert minor(text) == 1.0, text


def test_minor_leaves_the_events_the_references_list():
    for text in EVENTS:
        assert minor(text) == 0.0, text


def test_minor_down_moves_a_minor_item_below_the_events_after_it_and_keeps_it():
    names = ["lead", "analysis"] + [f"event {k}" for k in range(10)]
    items = [dev("The council voted 5-2 on Monday to close the reservoir.", score=5.0),
             dev("The closure underlined an unexpected consequence of last year's drought.", score=4.0)]
    items += [dev(f"Event number {k} happened on Monday.", score=3.0 - k / 10) for k in range(10)]
    out = minor_down(items)
    order = [names[items.index(m)] for m in out]
    assert order[0] == "lead"
    assert order.index("analysis") == 1 + MINOR_SHIFT  # moved down, not dropped
    assert order[1:1 + MINOR_SHIFT] == [f"event {k}" for k in range(MINOR_SHIFT)]
    # the first ranked item stays first, minor or not: a short story's lead may be built on it
    first = [items[1]] + [items[0]] + items[2:]
    assert minor_down(first)[0] is items[1]


def test_rank_shows_the_events_further_down_before_the_minor_ones():
    lead = dev("Wildlife rangers shot a bear that mauled a hiker near the Pine Creek reserve on Wednesday.", "a", 6.0, 100)
    colour = [
        dev("Many villagers fled as the feud turned into a civil war that monitors say has killed 400.",
            "a", 4.0, 200),
        dev("The escape of the two bears fueled questions about whether the reserve should be fenced.", "a", 3.9, 300),
        dev("Ranger Tom Pike of the Alpine Wildlife Institute said the reserve had been understaffed.", "a", 3.8, 400),
    ]
    events = [dev(t, "a", 3.0 - k / 10, 500 + 100 * k) for k, t in enumerate((
        "The hiker was flown to Mercy Hospital with deep cuts to his arms.",
        "A second bear broke out of a park across the valley and is still loose.",
        "Officials closed three trails around the lake until further notice.",
        "The governor ordered a review of the reserve's fencing budget.",
        "Hunters were told to carry bear spray in the county through October.",
        "The park service said the second bear would be tranquilized, not killed.",
        "Campers at Elk Flats were moved to a shelter in the town hall.",
        "A petition to spare the second bear drew 20,000 signatures by Thursday.",
    ))]
    shown = [m.text for m in rank([lead] + colour + events, limit=0)]
    assert shown[0] == lead.text
    for c in colour:
        assert c.text in shown  # ranked, never dropped
        assert shown.index(c.text) > shown.index(events[3].text), c.text
    # without the rule, the colour would rank right after the lead, by score
    assert [m.text for m in sorted(colour + events, key=lambda m: -m.score)][:3] == [c.text for c in colour]


# ---------------------------------------------------------------- a description with no event (round 17)

def test_copular_description_is_colour_by_its_verb(context):
    """A bare copula with a noun phrase complement says who someone is or what a place is like: colour, whatever
    its words. An event, a name as the complement, a date in the sentence or a modal keep their score."""
    from briefgen.sections.developments.extract import action_score

    doc = context("Rolf Anker was a volunteer at the Birchwood library. "
                  "The street is a stretch of Millbrook that's lined with bakeries, but police say nobody is at risk. "
                  "The driver was Rolf Anker. "
                  "Two men were victims of a robbery on Tuesday night. "
                  "The fire may have been an accident. "
                  "The crash was the deadliest in the county. "
                  "The truck hit a bus on the bridge.").doc
    scores = [action_score(s) for s in doc.sents]
    assert scores == [-1.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0]


def test_copular_description_ranks_below_an_event_later_in_the_article(context):
    from briefgen.sections.developments.extract import extract

    ctx = context("A bus crashed into a wall on Elm Street in Norwood on Sunday, the fire department said. "
                  "Seven passengers were taken to the Norwood hospital after the crash. "
                  "The bus driver was a longtime member of the Norwood rowing club. "
                  "The fire department said the bus driver lost control of the bus on the wet road.")
    texts = [d.text for d in extract(ctx)]
    assert texts.index("The fire department said the bus driver lost control of the bus on the wet road.") < \
        texts.index("The bus driver was a longtime member of the Norwood rowing club.")


def test_colour_within_the_first_few_moves_down_but_not_an_aside_in_an_event():
    """Colour kept within the first COLOUR_FROM (a characterisation by its own verb) is minor and moves down; a
    characterisation set off by commas in a sentence telling an event is not."""
    said = "Lena Ortiz described Pavel Dorn as a quiet man who kept to himself."
    aside = "Pavel Dorn, described by neighbours as a quiet man, was cleaning the rifle when it fired, police said."
    assert minor(said) == 1.0
    assert minor(aside) == 0.0
    events = [dev(f"Police in Harwick reported event number {k} of the depot fire on Monday.", score=5.0 - k / 10)
              for k in range(1, 4)]
    ranked = [events[0], dev(said, score=4.0), dev(aside, score=3.9)] + events[1:]
    out = minor_down(ranked)
    assert out.index(ranked[1]) == len(out) - 1
    assert out.index(ranked[2]) == 1


# ---------------------------------------------------------------- a state of a thing with no event (round 18)

def test_a_bare_copula_state_of_a_thing_is_colour(context):
    """A bare copula of a thing with a place, a phrase or an adjective as its complement ("the orchard is under
    growing strain", "the ferry's deck was busy and chaotic") is the scene, colour. The state of a person
    ("the driver is in critical condition"), a state an event word names ("the pony is dead"), one with a clause that
    tells when (an event within) and a named subject keep their score."""
    from briefgen.sections.developments.extract import action_score

    doc = context("The old orchard is under growing strain as the suburb spreads. "
                  "The ferry's wooden deck was busy and chaotic. "
                  "The grain silo was in flames, sending black smoke over the valley for several hours. "
                  "The driver is in critical condition at Lakeside Hospital. "
                  "The famous pony is dead. "
                  "The tractor was in the barn when the roof collapsed. "
                  "Rolf Anker was near the gate. "
                  "The truck hit a bus on the bridge.").doc
    scores = [action_score(s) for s in doc.sents]
    assert scores == [-1.0, -1.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0]


# ---------------------------------------------------------------- a state of affairs in the present perfect (round 19)

def test_an_active_present_perfect_past_the_lead_with_no_date_is_minor():
    """Past its article's lead, a subject going on to an active present perfect with no date or time ("the two mills
    have ignored three orders", "the harbour board has faced sharp questions") tells what has come about over a while:
    the state of affairs behind the news, moved down. In the lead, with a date or a time, in the passive, under a
    reporting verb, with a clause in the subject, in a quotation or as a reaction the event drew it keeps its place."""
    from briefgen.sections.developments.rank import perfect_state

    minor_ones = ("The two mills upriver have ignored three orders to stop dumping sludge.",
                  "The harbour board has faced sharp questions about the pier's upkeep.",
                  "Norway and Chile have blocked two proposals to cap the catch.")
    kept = ("The harbour board has reopened the west pier on Monday.",
            "The harbour board has reopened the west pier this morning.",
            "The ferry's captain has been suspended.",
            "Inspectors said the captain has left the town.",
            "The captain, who has left the town, faces a fine.",
            '"The board has failed the town," Mayor Ilse Varga said.',
            "The decision to close the pier has drawn scorn from the town's fishermen.",
            "The ferry company has two boats left.")
    assert all(perfect_state(dev(t, start=900)) for t in minor_ones)
    assert not any(perfect_state(dev(t, start=900)) for t in kept)
    assert not perfect_state(dev(minor_ones[0], start=40))  # the lead: the news itself


def test_a_present_perfect_state_moves_below_the_events_after_it_and_is_kept():
    state = dev("Norway and Chile have blocked two proposals to cap the catch.", score=4.0, start=900)
    events = [dev(f"Police in Harwick reported event number {k} of the depot fire on Monday.", score=5.0 - k / 10)
              for k in range(1, 5)]
    out = minor_down([events[0], state] + events[1:])
    assert out.index(state) == len(out) - 1
