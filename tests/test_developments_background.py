"""Past the first few shown developments, the story's background is not shown (round 12): history, a year before the
story's, the writer's backdrop, the case's routine. The list ends earlier, or the events ranked after it move up."""
from __future__ import annotations

from briefgen.items import Source
from briefgen.sections.developments.lexicon import BACKGROUND_FROM
from briefgen.sections.developments.model import Development
from briefgen.sections.developments.rank import background, earlier_year, latest_year, machinery, shown_without_colour


def dev(text: str, article: str = "a", score: float = 2.0, start: int = 500) -> Development:
    return Development(text=text, sources=[Source(article=article, sentence=text, start=start, end=start + len(text))],
                       score=score)


EVENTS = ["The city council voted on Monday to close the Harlow Street bridge after an inspection found cracks.",
          "Engineers said the bridge's main girder had corroded through in two places.",
          "The council approved emergency funds of $2 million for repairs.",
          "Buses will be rerouted over the Mill Road crossing until the work ends."]


def test_background_kinds():
    for text in ("The closure was the latest to hit commuters on the east side as the city's budget shrank.",
                 "The closure is the latest in a long series of setbacks for the transit plan.",
                 "Over the past few months, residents have complained of potholes on the approach roads.",
                 "The mayor's allies have increasingly questioned the transport budget.",
                 "Relations between the council and the state have reached one of their lowest points.",
                 "In 2009, the bridge was repainted and its deck resurfaced.",
                 "Crews spent two days at the bridge gathering evidence of the corrosion."):
        assert background(dev(text), {}, set(), 2016), text
    for text in EVENTS + ["The latest inspection found two more cracks in the girder, the engineers said."]:
        assert not background(dev(text), {}, set(), 2016), text


def test_gathering_evidence_is_routine():
    assert machinery("Detectives spent the weekend at the house gathering evidence.") == 1.0
    assert machinery("Detectives found a shotgun in the house.") == 0.0


def test_earlier_year_is_relative_to_the_story():
    assert earlier_year("Although she ran for mayor in 2013, she lost the election.", 2016)
    assert not earlier_year("She has been chatting with the man online since January 2016.", 2016)
    assert not earlier_year("She ran for mayor and lost the election.", 2016)
    items = [dev("She ran for mayor in 2013."), dev("The scandal broke in 2016.")]
    assert latest_year(items, {}) == 2016
    assert latest_year([dev("She ran for mayor in 2013.")], {"a": "2017-03-02"}) == 2017


def test_background_past_the_first_few_is_not_shown():
    ranked = [dev(t, score=3.0 - k * 0.1) for k, t in enumerate(EVENTS[:BACKGROUND_FROM])]
    ranked.append(dev("In 2009, the bridge was repainted and its deck resurfaced.", score=2.0))
    ranked.append(dev(EVENTS[BACKGROUND_FROM], score=1.9))
    shown = [m.text for m in shown_without_colour(ranked, {}, frozenset(), 2016)]
    assert "In 2009, the bridge was repainted and its deck resurfaced." not in shown
    assert shown == EVENTS


def test_background_in_the_first_few_stays():
    ranked = [dev("In 2009, the bridge was repainted and its deck resurfaced.", score=3.0)] + \
             [dev(t, score=2.0) for t in EVENTS]
    assert shown_without_colour(ranked, {}, frozenset(), 2016)[0].text.startswith("In 2009")


def test_a_count_another_article_disputes_is_not_shown():
    from briefgen.sections.developments.rank import superseded_tally
    bare = dev("Three storms overnight have left two dead and six other people injured across the county.", "a")
    told = dev("From Friday into Saturday, the sheriff reported two deaths and 11 injuries in the storms.", "b")
    other = dev("A 40-year-old man was killed when a tree fell on his car on Route 9.", "b")
    late = {"a": 1.0, "b": 0.0}
    # the count a source is named for stands over the one stated as fact, even from the earlier article
    assert [m.text for m in superseded_tally([bare, told, other], late)] == [told.text, other.text]
    # both sourced: the later article's count stands
    told_a = dev("Officials said the storms left two dead and six other people injured.", "a")
    assert [m.text for m in superseded_tally([told_a, told], late)] == [told_a.text]
    # counts that agree on nothing are two events, both shown; one article's two counts are its own
    weekend = dev("Over the weekend, the sheriff said, storms killed five people and injured 20.", "b")
    assert len(superseded_tally([bare, weekend], late)) == 2
    same = dev("The storms left two dead and seven hurt, the county said.", "a")
    assert len(superseded_tally([bare, same], late)) == 2


def test_a_subject_pointing_to_what_was_said_before_does_not_stand_alone(context):
    from briefgen.sections.developments.extract import stand_alone
    out = [stand_alone(s, s.text.strip()) for s in context(
        "The mayor told the council on Monday that the bridge would close for a year. "
        "Her comments came amid angry questioning from residents of the east side. "
        "The move comes after months of complaints about cracks in the deck. "
        "The decision to close the bridge came after engineers found cracks in the girder. "
        "A storm came ashore on Tuesday near the harbour.").doc.sents]
    assert out[1] is None and out[2] is None
    assert out[3] is not None and out[4] is not None


def test_a_generic_statement_is_no_development(context):
    from briefgen.sections.developments.extract import generic
    sents = list(context(
        "Wealth and status in all their forms are admired in modern culture. "
        "Reputations can vanish quickly; careers can be ruined overnight. "
        "The boy is in stable condition. "
        "No one has been charged in the shooting. "
        "Investigators believe the fire was set deliberately. "
        "Officials are investigating the cause of the fire. "
        "Since Monday, counselors have been at the school helping students. "
        "Other fires have destroyed three barns in the county this year.").doc.sents)
    assert [generic(s) for s in sents] == [True, True, False, False, False, False, False, False]


def test_a_year_in_an_undated_story_told_by_weekday_is_its_past():
    # the only year the story names is the one of the visit: the story's latest year cannot place it
    visit = dev("Jo Marsh took her sons to see the family at their lake house in 2012, during a fishing trip.")
    assert not earlier_year(visit.text, latest_year([visit], {}))
    assert background(visit, {}, {"a"}, latest_year([visit], {}))
    # not in a dated article, not outside a weekday story, not a year naming a thing, not a plan
    assert not background(visit, {"a": "2014-06-02"}, {"a"}, 2012)
    assert not background(visit, {}, set(), 2012)
    assert not background(dev("The mayor said on Monday the 2012 budget left no money for repairs."), {}, {"a"}, 0)
    assert not background(dev("The council will vote on the plan in 2019."), {}, {"a"}, 0)


def test_a_character_sketch_is_colour():
    from briefgen.sections.developments.rank import colour
    for text in ("A former coworker described Dale Pruitt as a quiet man who kept to himself.",
                 "His aunt described him as funny, loyal and kind.",
                 "Rae Lin, described by her teachers as a \"bright kid\" who loved music, was in the car.",
                 "Her teammates are still having a hard time coping with the loss.",
                 "A family friend said the boy's parents are trying to cope.",
                 "The Ortiz family is devastated, a cousin said.",
                 "A customer at the diner also remarked how calm the couple always seemed."):
        assert colour(text), text
    for text in ("Police described the fire as suspicious.", "The chief described the scene as chaotic.",
                 "Gunmen fired on mourners leaving the funeral.", "The storm devastated the harbour.",
                 "Firefighters found the cabin burning on Sunday."):
        assert not colour(text), text
    ranked = [dev(t, score=3.0 - k * 0.1) for k, t in enumerate(EVENTS)]
    ranked.append(dev("Traffic will use the Mill Road crossing for now.", score=2.1))
    ranked.append(dev("A neighbour's son described Dale Pruitt as a generous man.", score=2.0))
    ranked.append(dev("The bridge will reopen in the spring, officials said.", score=1.0))
    assert "A neighbour's son described Dale Pruitt as a generous man." not in \
        [m.text for m in shown_without_colour(ranked, {}, frozenset(), 2016)]


def test_history_said_as_history_is_shown_only_as_the_lead():
    from briefgen.sections.developments.lexicon import HISTORY_FROM
    ranked = [dev(t, score=3.0 - k * 0.1) for k, t in enumerate(EVENTS[:HISTORY_FROM])]
    ranked.append(dev("In recent years, the council has closed two other bridges for repairs.", score=2.5))
    ranked += [dev(t, score=2.0 - k * 0.1) for k, t in enumerate(EVENTS[HISTORY_FROM:])]
    shown = [m.text for m in shown_without_colour(ranked, {}, frozenset(), 2016)]
    assert shown == EVENTS


def test_only_that_something_is_under_investigation_is_the_case_machinery():
    assert machinery("The circumstances surrounding the crash are under investigation.") == 1.0
    assert machinery("The cause of the fire remains under investigation.") == 1.0
    assert machinery("The cause of the fire is under investigation, and two men were arrested on Monday.") == 0.0
    assert machinery("The mayor is under investigation for fraud.") == 0.0


def test_what_an_earlier_article_says_is_still_going_on_is_overtaken():
    from briefgen.sections.developments.rank import superseded_plan
    still = dev("Detectives say they are still interviewing the people who were in the house.", article="a")
    late = {"a": 0.0, "b": 1.0}
    assert superseded_plan(still, late) == 1.0
    assert superseded_plan(dev(still.text, article="b"), late) == 0.0
    assert superseded_plan(dev("Detectives interviewed the people who were in the house.", article="a"), late) == 0.0


def test_commentary_on_a_hearing_and_a_reports_method_are_background():
    """Round 15: the play-by-play of a hearing and how a report was made frame the news; they are not events."""
    for text in ("Senator Hale began her questioning by reading out the council's code of conduct.",
                 "Hale moved on to the subject of overtime pay, citing three memos.",
                 "The exchanges between Hale and the director were among the sharpest of the day.",
                 "The newspaper's report was based on an analysis of the council's payroll records."):
        assert background(dev(text), {}, set(), 2016), text
    for text in ("The director resigned on Tuesday after the hearing, the council said.",
                 "Hale demanded that the director repay the bonuses."):
        assert not background(dev(text), {}, set(), 2016), text
    ranked = [dev(t, score=3.0 - k * 0.1, start=100 * k) for k, t in enumerate(EVENTS)]
    ranked.insert(BACKGROUND_FROM, dev("Hale moved on to the subject of overtime pay, citing three memos.", score=2.5))
    assert "Hale moved on" not in " ".join(m.text for m in shown_without_colour(ranked, {}, frozenset(), 2016))


def test_a_first_bulletin_past_the_first_few_is_not_shown():
    """Round 15: "Police are investigating a shooting that left one person injured" is a story's first bulletin; past
    the first few items, which tell the event better, it is not shown. In the lead it stays."""
    bulletin = "Deputies are investigating a crash that left one person hurt on Route 9."
    assert background(dev(bulletin), {}, set(), 2016)
    for text in ("Deputies are investigating the driver's account of the crash, the sheriff said.",
                 "Deputies said the driver of the truck was investigating a noise when he lost control."):
        assert not background(dev(text), {}, set(), 2016), text
    ranked = [dev(t, score=3.0 - k * 0.1, start=100 * k) for k, t in enumerate(EVENTS)]
    ranked.insert(BACKGROUND_FROM, dev(bulletin, score=2.5))
    assert bulletin not in [m.text for m in shown_without_colour(ranked, {}, frozenset(), 2016)]
    assert bulletin in [m.text for m in shown_without_colour([dev(bulletin)] + ranked[:2], {}, frozenset(), 2016)]
