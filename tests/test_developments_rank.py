"""Ranking and selection of key developments: which items show, in which order, and when fewer show (issue 12)."""
from __future__ import annotations

from briefgen.items import Source
from briefgen.sections.developments.model import Development
from briefgen.sections.developments.rank import finding as rank_finding
from briefgen.sections.developments.same_event import same_intent
from briefgen.sections.developments.rank import (
    counted_words,
    figures,
    latest_leads,
    machinery,
    opened_earlier,
    rank,
    recalled,
    same_figures,
    select,
    status,
    weekday_leads,
)


def dev(text: str, article: str = "a", score: float = 2.0, start: int = 500) -> Development:
    return Development(text=text, sources=[Source(article=article, sentence=text, start=start, end=start + len(text))],
                       score=score)


def texts(items) -> list[str]:
    return [i.text for i in items]


def test_rank_machinery_of_a_case_is_no_development():
    for text in ("The Harbor City Police Department Detective Bureau is leading the investigation.",
                 "Anyone with further information is asked to call Detective Moss at the station.",
                 "No further details were released on Tuesday.",
                 "The hiker found injured near the trail has been identified.",
                 "Firefighters responded to a report of smoke in the 300 block of Elm Lane at about 4 p.m.",
                 "Officers were called to a home on Birch Road shortly after noon.",
                 "The suspect is described as approximately 5-foot-10 with short hair.",
                 "The coach said it's important for parents to talk with their children."):
        assert machinery(text) == 1.0, text
    for text in ("Police arrested a 30-year-old man in the hiker's death on Tuesday.",
                 "The hiker was identified as Dana Roe, 41, of Millbrook.",
                 "The investigation found that the bridge had not been inspected since 2010."):
        assert machinery(text) == 0.0, text


def test_rank_machinery_goes_below_the_events():
    items = [dev("Officers were called to a home on Birch Road shortly after noon on Monday.", score=3.0, start=100),
             dev("A woman was found dead in the kitchen of the Birch Road house on Monday.", score=2.6, start=300)]
    ranked = rank(items)
    assert ranked[0].text.startswith("A woman was found dead")


def test_rank_legal_status_goes_up():
    assert status("So far, no one has been charged in the robbery.") == 1.0
    assert status("No arrests have been made, the sheriff said.") == 1.0
    assert status("The driver has not been charged.") == 1.0
    assert status("The driver was charged with reckless driving.") == 0.0
    items = [dev("Witnesses described a loud bang and a cloud of dust over the square.", score=2.0, start=100),
             dev("So far, no one has been charged in the collapse of the parking garage.", score=1.7, start=900)]
    assert rank(items)[0].text.startswith("So far, no one has been charged")


def test_rank_latest_articles_lead_comes_first_when_dates_are_known():
    items = [dev("A Millbrook man was charged with negligent homicide in the death of a cyclist.", "a1", 3.6, 100),
             dev("A judge found the Millbrook man guilty of manslaughter in the cyclist's death.", "a2", 3.2, 100),
             dev("The judge will hand down the sentence next month at the courthouse.", "a2", 2.0, 900)]
    published = {"a1": "2021-03-01T10:00:00", "a2": "2022-05-04T10:00:00"}
    assert latest_leads(items, published) == {("a2", 100), ("a2", 900)}
    ranked = rank(items, published=published)
    assert ranked[0].text.startswith("A judge found")
    # with no dates, file order says too little to reorder on: the lead of the first report keeps its place
    assert latest_leads(items, {"a1": "", "a2": ""}) == set()
    assert rank(items, published={"a1": "", "a2": ""})[0].text.startswith("A Millbrook man")


def test_rank_superseded_status_is_not_shown_as_current():
    # the charge is the earlier state, the verdict the later one: the later article's lead leads
    items = [dev("The cyclist's family is waiting to learn whether charges will be filed against the driver.", "a1",
                 3.4, 100),
             dev("The driver was convicted of vehicular homicide on Friday.", "a2", 2.9, 120)]
    ranked = rank(items, published={"a1": "2020-01-02", "a2": "2020-09-30"})
    assert ranked[0].text.startswith("The driver was convicted")


def test_rank_history_goes_down():
    items = [dev("In 2009, the mayor resigned from the council after a bribery scandal.", score=2.9, start=100),
             dev("The mayor announced on Monday that she will run for governor next year.", score=2.6, start=400),
             dev("In recent years, the mayor opened a bakery and wrote a cookbook.", score=2.7, start=700)]
    assert texts(rank(items))[0].startswith("The mayor announced")


def test_rank_a_date_opening_in_a_weekday_story_recalls_an_earlier_event():
    items = [dev("A bomb exploded outside the ministry on Wednesday, wounding four guards.", "a", 3.0, 100),
             dev("Rescue teams searched the rubble on Wednesday night for more victims.", "a", 2.5, 300),
             dev("On March 3, a car bomb killed two officers near the same ministry.", "a", 2.4, 900),
             dev("The ministry said the guards were in a stable condition on Wednesday.", "a", 2.3, 1200)]
    lead_by_weekday = weekday_leads(items)
    assert lead_by_weekday == {"a"}
    assert recalled(items[2], lead_by_weekday) == 1.0
    assert recalled(items[0], lead_by_weekday) == 0.0
    assert texts(rank(items))[-1].startswith("On March 3")
    # an article that tells its news by date: a date opening is its news, not a recollection
    dated = [dev("On March 3, a car bomb killed two officers near the ministry.", "b", 3.0, 100)]
    assert recalled(dated[0], weekday_leads(dated)) == 0.0


def test_rank_number_word_and_figure_are_the_same_statement():
    assert counted_words("Five people were hurt at the fair.") >= counted_words("At least 5 people were hurt.")
    # "one" is mostly a pronoun ("no one"): not made a figure
    assert "1" not in counted_words("No one was hurt.")
    pool = [dev("Five people were hurt at the county fair on Saturday evening.", score=3.0),
            dev("At least 5 people were hurt.", score=2.5),
            dev("The ride's operator was taken into custody at the fairground.", score=2.0)]
    assert texts(select(pool, 10)) == [pool[0].text, pool[2].text]


def test_rank_an_item_must_earn_its_place():
    pool = [dev("The council voted to close the Elm Street bridge for repairs on Monday.", score=4.0),
            dev("Engineers found cracks in two of the bridge's support beams.", score=3.0),
            dev("Residents recalled walking across the old bridge to school as children.", score=0.6)]
    assert len(select(pool, 10)) == 2


def test_rank_an_item_the_shown_ones_say_between_them_is_not_shown():
    # each shown item alone shares too little with the third to make it a repeat; between them they hold it all
    pool = [dev("Seniors of both schools will share one graduation ceremony at the city stadium in June, the board said "
                "Monday.", score=3.0),
            dev("The two districts agreed last week to form a joint robotics team for the state contest in Denver.",
                score=2.8),
            dev("Both schools will now field a robotics team and a graduation ceremony.", score=2.6),
            dev("The mayor praised the agreement as a model for the region.", score=2.0)]
    shown = texts(select(pool, 10))
    assert pool[2].text not in shown
    assert pool[3].text in shown


def test_rank_a_neighbours_account_goes_below_the_officials():
    items = [dev("Neighbors say two children lived at the home with their grandmother.", score=2.6, start=300),
             dev("The medical examiner said the man died of a gunshot wound to the chest.", score=2.3, start=900)]
    assert rank(items)[0].text.startswith("The medical examiner")


def test_rank_a_groups_size_is_a_figure_and_different_sizes_never_merge():
    a = "The club will send a squad of more than 40, including 12 coaches and 20 riders, its statement said."
    b = "The club will send a 55-member squad to the race, which includes 12 coaches and 20 riders."
    assert figures(a)["squad"] == frozenset({40.0})
    assert figures(b)["squad"] == frozenset({55.0})
    assert not same_figures(a, b)
    assert same_figures(b, "A 55-member squad will travel to the race with 12 coaches.")
    items = [dev(a, article="a", score=3.0, start=100), dev(b, article="b", score=2.9, start=100)]
    shown = rank(items, published={"a": "2026-03-01", "b": "2026-03-01"})
    assert all(item.support == 1 for item in shown)
    assert not any("reported by" in item.text for item in shown)


def test_rank_the_writers_analysis_is_no_development():
    events = [dev("Engineers closed the old bridge on Monday for urgent repairs.", score=2.5, start=100),
              dev("Police arrested two protesters outside the station on Tuesday.", score=2.4, start=400)]
    for text in ("The mayor's calm manner is considered an asset for the council in the months ahead.",
                 "The mayor and the governor have had a lengthy rivalry despite serving in one party.",
                 "The mayor's speech was rather dull, to be sure."):
        items = events + [dev(text, score=2.8, start=700)]
        assert texts(rank(items)) == texts(events), text


def test_rank_an_item_whose_words_a_shown_item_mostly_holds_is_not_shown():
    lead = dev("Two boys who ran to help the fallen player are recovering in hospital, the sheriff said.", score=3.0)
    again = dev("Two of Sam's friends ran to help.", score=2.0, start=900)
    other = dev("The city closed the park on Tuesday while engineers check the wiring.", score=1.8, start=1200)
    assert texts(select([lead, again, other], 10)) == [lead.text, other.text]


def test_rank_the_writers_analysis_is_not_shown_even_in_a_short_list():
    items = [dev("Engineers closed the old bridge on Monday for urgent repairs.", score=2.5, start=100),
             dev("The mayor's speech on the closure was rather dull, to be sure.", score=2.0, start=400)]
    assert texts(rank(items)) == [items[0].text]


def test_rank_only_the_first_aftermath_item_keeps_its_place():
    from briefgen.sections.developments.rank import aftermath_after_first
    items = [dev("The family will hold a memorial service for the boy on Sunday at the town hall.", score=2.0),
             dev("Firefighters found the hiker's car near the trailhead on Friday evening.", score=1.8),
             dev("A GoFundMe page has been set up to help the family pay for the funeral costs.", score=1.9)]
    out = texts(aftermath_after_first(items))
    assert out[0].startswith("The family will hold a memorial")
    assert out[-1].startswith("A GoFundMe page")
    ranked = texts(rank(items))
    assert ranked.index("Firefighters found the hiker's car near the trailhead on Friday evening.") < \
        ranked.index("A GoFundMe page has been set up to help the family pay for the funeral costs.")


def test_rank_setting_and_scene_colour_go_below_the_events():
    from briefgen.sections.developments.lexicon import SETTING
    for text in ("In Harlow, a town of 4,000 people, the couple ran a bakery.",
                 "Millbrook has about 9,200 residents.",
                 "A road leading to the farm was blocked off overnight while deputies worked.",
                 "On Tuesday, a crew went through the barn and cleaned.",
                 "The teacher said the younger girl was in second grade at Oakview Elementary."):
        assert SETTING.search(text), text
    for text in ("The driver was charged with manslaughter on Monday.",
                 "Two residents were injured when the roof collapsed."):
        assert not SETTING.search(text), text
    items = [dev("A road leading to the farm was blocked off overnight while deputies worked.", score=2.2, start=100),
             dev("Deputies arrested the farm's owner on Tuesday on an assault charge.", score=2.0, start=300)]
    assert rank(items)[0].text.startswith("Deputies arrested")


def test_rank_a_promise_of_more_details_is_machinery():
    assert machinery("Investigators are expected to release more details on Thursday.") == 1.0
    assert machinery("Investigators released details of the crash on Thursday.") == 0.0


def test_rank_a_sentence_sharing_no_word_with_any_lead_goes_down():
    from briefgen.sections.developments.rank import lead_words, off_lead
    items = [dev("A ferry ran aground near Port Elson on Sunday, stranding 80 passengers.", article="a", start=0),
             dev("The coast guard towed the ferry off the sandbar on Monday morning.", article="b", start=0),
             dev("At the cafe across the square, a waiter was wiping tables in silence.", article="a", start=900)]
    lead = lead_words(items[:2])
    assert off_lead(items[2].text, lead) == 1.0
    assert off_lead("Passengers were taken ashore by lifeboat after the ferry ran aground.", lead) == 0.0
    items = [dev("A ferry ran aground near Port Elson on Sunday, stranding 80 passengers.", score=3.0, start=0),
             dev("The coast guard towed the ferry off the sandbar on Monday morning.", score=2.5, start=200),
             dev("Nearby, a waiter at the cafe across the square was wiping tables in silence.", score=2.2, start=1500),
             dev("Investigators said the captain had ignored a warning about the tide.", score=2.1, start=1200)]
    out = texts(rank(items))
    assert out.index("Investigators said the captain had ignored a warning about the tide.") < \
        out.index("Nearby, a waiter at the cafe across the square was wiping tables in silence.")


def test_rank_colour_past_the_first_items_is_not_shown():
    from briefgen.sections.developments.lexicon import COLOUR_FROM
    from briefgen.sections.developments.rank import shown_without_colour
    events = [dev(f"Event number {k} happened at the harbour on Sunday.", score=5.0 - k / 10) for k in range(COLOUR_FROM)]
    town = dev("In Harlow, a town of 4,000 people, the couple ran a bakery.", score=2.0)
    late = dev("The harbour master was suspended on Tuesday pending an inquiry.", score=1.9)
    out = shown_without_colour(events + [town, late])
    assert town not in out and out[-1] is late
    assert town in shown_without_colour([town] + events)  # within the first few it stays


def test_rank_aftermath_is_mourning_and_help_not_a_day_or_an_event_at_a_funeral():
    from briefgen.sections.developments.lexicon import AFTERMATH
    for text in ("Friends will hold a candlelight vigil on Friday.", "A GoFundMe page was set up for the family.",
                 "Grief counselors were at the school on Monday."):
        assert AFTERMATH.search(text), text
    for text in ("The driver was stopped on Memorial Day and arrested.",
                 "Gunmen fired on mourners at the funeral of a protester.",
                 "The senator's donations from lobbyists drew criticism."):
        assert not AFTERMATH.search(text), text


def test_rank_the_investigators_finding_leads_over_the_earlier_steps():
    # what the investigators found happened is the case's outcome so far, though the article hedged it
    items = [dev("Detectives are still interviewing the relatives who were in the apartment on Elm Road.", "a",
                 3.3, 100),
             dev("The shooting of the 4-year-old boy in Millbrook appears to have been an accident, police said.",
                 "a", 2.8, 300),
             dev("A man appears to have shot his wife on the porch before killing himself, investigators said.",
                 "a", 2.7, 500)]
    ranked = texts(rank(items))
    assert ranked[0].startswith("The shooting of the 4-year-old")
    assert rank_finding(items[2].text) == 1.0 and rank_finding(items[0].text) == 0.0
    for text in ("The death was ruled a homicide by the county coroner.",
                 "The wound was determined to be self-inflicted."):
        assert rank_finding(text) == 1.0, text
    for text in ("Police found a rifle in the car.", "The boy was taken to a hospital after the accident on Elm Road."):
        assert rank_finding(text) == 0.0, text


def test_rank_a_sentence_opening_on_an_earlier_time_goes_down_though_the_opening_is_cut():
    # "Earlier in the week," is cut off for the item to stand alone; the article wrote it: another, earlier event
    said = "Earlier in the week, the senator demanded a special prosecutor for the stadium deal."
    earlier = Development(text="The senator demanded a special prosecutor for the stadium deal.",
                          sources=[Source(article="a", sentence=said, start=900, end=900 + len(said))], score=2.6)
    items = [dev("The county released a report on Friday showing the road budget was spent on consultants.", "a", 3.0,
                 100),
             earlier,
             dev("The county's auditor said the consultants were paid twice for the same survey.", "a", 2.2, 600)]
    assert opened_earlier(earlier) == 1.0
    assert opened_earlier(items[2]) == 0.0
    assert texts(rank(items))[-1] == earlier.text
    # past the first few, it is not shown at all: another event than the story's
    more = [dev(t, "a", 2.9 - k / 10, 200 + k) for k, t in enumerate((
        "The county treasurer resigned on Friday after the report came out.",
        "Commissioners voted to freeze every consultant contract pending a review.",
        "The state attorney general opened an inquiry into the survey payments.",
        "Two consultants returned a combined $40,000 to the county on Saturday.",
        "Residents packed a town hall meeting to demand new road repairs.",
        "The governor ordered an audit of every county road fund in the state."))]
    assert earlier.text not in texts(rank(items + more))
    # the same sentence as the article's news, with no such opening, keeps its place
    plain = dev(earlier.text, "a", 2.6, 900)
    assert texts(rank([items[0], plain, items[2]]))[1] == plain.text


def test_rank_two_different_agreements_are_two_items_not_one_reported_by_two_articles():
    # both leads share the story's words (who agreed, when, the raid), but one agreement is to hand back the drone,
    # the other to share intelligence: two facts, both shown, neither "reported by 2 articles"
    a = dev("Norland has agreed to return the wreck of the drone that crashed during the raid on the border camp, "
            "Senator Jo Roe said Monday.", "a1", 3.0, 0)
    b = dev("Norland and Sudmark agreed Monday to share intelligence before any raid on the border camp, as Senator "
            "Jo Roe defended the raid.", "a2", 2.9, 0)
    assert not same_intent(a.text, b.text)
    assert same_intent(a.text, "Norland agreed on Monday to return the drone's wreck.")
    ranked = rank([a, b, dev("Rain fell over the border camp for a third day.", "a1", 1.0, 800)])
    assert {m.text for m in ranked[:2]} == {a.text, b.text}
    assert all(m.support == 1 for m in ranked[:2])


def test_rank_a_withheld_detail_is_no_development():
    for text in ("Investigators wouldn't say exactly when the fire started.",
                 "The county sheriff declined to disclose what was found in the truck.",
                 "Police would not immediately say how the boy got the gun."):
        assert machinery(text) == 1.0, text
    for text in ("Deputies arrested two men but would not say what they were charged with.",
                 "The mayor said the council would not confirm the budget until May."):
        assert machinery(text) == 0.0, text


def test_rank_a_charge_a_later_verdict_overtook_is_not_shown():
    # the earlier report's charge is no longer the case's state once a later report tells the verdict
    items = [dev("A Millbrook man was arrested Friday after a crash on Route 9.", "a1", 3.6, 100),
             dev("Dana Roe, 19, was booked with negligent homicide in the death of the cyclist.", "a1", 3.4, 300),
             dev("A judge found the driver guilty of manslaughter on Wednesday.", "a2", 3.0, 100),
             dev("The judge will hand down the sentence next month at the courthouse.", "a2", 2.0, 900)]
    published = {"a1": "2021-03-01T10:00:00", "a2": "2022-05-04T10:00:00"}
    booked = "Dana Roe, 19, was booked with negligent homicide in the death of the cyclist."
    ranked = texts(rank(items, published=published))
    assert ranked[0].startswith("A judge found the driver guilty")
    assert booked not in ranked
    # the arrest happened whatever the verdict: it stays
    assert "A Millbrook man was arrested Friday after a crash on Route 9." in ranked
    # with no dates, nothing says which report came after the verdict: the charge keeps its place
    assert texts(rank(items, published={"a1": "", "a2": ""}))[0] == booked


def test_rank_a_charge_told_as_charged_in_is_overtaken_by_the_verdict_too():
    charged = "Dana Roe, 19, is charged in the death of the cyclist on Route 9."
    items = [dev("A Millbrook man was arrested Friday after a crash on Route 9.", "a1", 3.6, 100),
             dev(charged, "a1", 3.4, 300),
             dev("A judge found the driver guilty of manslaughter on Wednesday.", "a2", 3.0, 100),
             dev("The judge will hand down the sentence next month at the courthouse.", "a2", 2.0, 900)]
    published = {"a1": "2021-03-01T10:00:00", "a2": "2022-05-04T10:00:00"}
    assert charged not in texts(rank(items, published=published))


def test_rank_a_sentence_opening_on_the_time_after_an_earlier_event_goes_down():
    # "Afterward," / "Since then," lean on an earlier event the article recalls: the story's past, not its news
    for said in ("Afterward, the senator mostly stayed out of the public eye.",
                 "Since then, the senator has given only occasional interviews.",
                 "In the years since, the senator has run a consulting firm."):
        item = Development(text="The senator mostly stayed out of the public eye.",
                           sources=[Source(article="a", sentence=said, start=900, end=900 + len(said))], score=2.6)
        assert opened_earlier(item) == 1.0, said
    assert opened_earlier(dev("After the vote, the senator left the chamber without comment.")) == 0.0
