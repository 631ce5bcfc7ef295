"""Nothing twice across sections: a development a shown quote or a plainly stated position already says is
not shown again (merge/engine.drop_repeats). Texts written for these tests."""
from __future__ import annotations

from briefgen.items import Source
from briefgen.merge.engine import drop_repeats
from briefgen.sections.developments.model import Development
from briefgen.sections.positions.model import Position
from briefgen.sections.quotes.model import Quote


def dev(text: str, score: float = 1.0, start: int = 500, sentence: str = "") -> Development:
    sentence = sentence or text
    return Development(text=text, sources=[Source(article="a", sentence=sentence, start=start,
                                                  end=start + len(sentence))], score=score)


LEAD = [dev(f"The ferry operator event number {w} happened at the harbour.", 3.0, start=10 * k)
        for k, w in enumerate(("one", "two", "three"))]


def test_development_mostly_inside_a_shown_quote_is_dropped():
    said = ('The families of Kellan \u201cwant a ferry that runs on time and a crew that answers to them, and they '
            'want it this winter,\u201d said the woman who ran the harbour board.')
    repeat = dev(said, 1.0, start=900)
    other = dev("Divers recovered the ferry's hull from the harbour on Friday.", 0.9, start=990)
    quote = Quote.model_construct(text="want a ferry that runs on time and a crew that answers to them, and they "
                                  "want it this winter", speaker="Ann Lee", partial=True, sources=repeat.sources,
                                  id="quo-1")
    kept = drop_repeats(LEAD + [repeat, other], {"quotes": [quote]})
    assert repeat not in kept and other in kept and kept[:3] == LEAD
    # among the main events it stays
    assert drop_repeats([repeat, other], {"quotes": [quote]}) == [repeat, other]


def test_development_with_a_short_quoted_phrase_stays():
    said = ('The harbour board, which has called the timetable \u201ca mess,\u201d voted on Tuesday to buy two new '
            'ferries and hire twelve more crew members for the winter season.')
    event = dev(said, 1.0, start=900)
    quote = Quote.model_construct(text="a mess", speaker="Harbour board", partial=True, sources=event.sources,
                                  id="quo-1")
    assert drop_repeats(LEAD + [event], {"quotes": [quote]}) == LEAD + [event]


def test_quote_of_another_sentence_drops_nothing():
    said = ('Residents \u201cwant a ferry that runs on time and a crew that answers to them,\u201d said the woman '
            'who ran the harbour board.')
    repeat = dev(said, 1.0, start=900)
    quote = Quote.model_construct(text="want a ferry that runs on time and a crew that answers to them",
                                  speaker="Ann Lee", partial=True,
                                  sources=[Source(article="b", sentence="Another sentence.", start=0, end=17)],
                                  id="quo-1")
    assert repeat in drop_repeats(LEAD + [repeat], {"quotes": [quote]})


def test_development_restating_a_plain_statement_is_dropped():
    sentence = "Harbour officials, however, insist the captain steered into the pier."
    repeat = dev(sentence, 1.0, start=900)
    position = Position.model_construct(text="Harbour officials insist the captain steered into the pier",
                                        stance="states", sources=repeat.sources, actor="Harbour officials",
                                        cue="insist", id="pos-1")
    kept = drop_repeats(LEAD + [repeat], {"positions": [position]})
    assert repeat not in kept and kept == LEAD


def test_development_adding_much_to_a_plain_statement_stays():
    sentence = ("Harbour officials said the ferry, which left Kellan at noon with 40 passengers and a cargo of "
                "timber, struck the pier after its engine failed.")
    event = dev(sentence, 1.0, start=900)
    position = Position.model_construct(text="Harbour officials said the engine failed", stance="states",
                                        sources=event.sources, actor="Harbour officials", cue="said", id="pos-1")
    assert drop_repeats(LEAD + [event], {"positions": [position]}) == LEAD + [event]


# ---------------------------------------------------------------- the same event told twice (rank.select)

from briefgen.sections.developments.rank import rank  # noqa: E402


def ranked_dev(text: str, article: str = "a", score: float = 2.0, start: int = 500) -> Development:
    return Development(text=text, sources=[Source(article=article, sentence=text, start=start,
                                                  end=start + len(text))], score=score)


def test_an_articles_second_report_of_the_arrest_takes_the_unnamed_ones_place():
    unnamed = ranked_dev("A Kellan man was arrested Friday in the drowning of a ferry deckhand.", "a", 3.0, 10)
    named = ranked_dev("Tom Reed, 31, was booked with negligent homicide in the death of the deckhand.", "a", 2.9, 80)
    other = ranked_dev("Divers recovered the ferry's hull from the harbour on Saturday.", "a", 2.8, 160)
    shown = [d.text for d in rank([unnamed, named, other], limit=10)]
    assert named.text in shown and unnamed.text not in shown and other.text in shown
    assert shown.index(named.text) == 0


def test_arrests_in_two_articles_or_of_named_people_are_kept():
    a = ranked_dev("Tom Reed was arrested Friday in the drowning of a ferry deckhand.", "a", 3.0, 10)
    b = ranked_dev("His brother Jim Reed was arrested Sunday on a charge of hiding evidence.", "b", 2.9, 10)
    shown = [d.text for d in rank([a, b], limit=10)]
    assert a.text in shown and b.text in shown
    # in one article, a second report of custody that does not name the person adds nothing: it goes
    c = ranked_dev("The ferry's owner, 40, was taken into custody at his home near the docks.", "a", 2.5, 90)
    assert c.text not in [d.text for d in rank([a, c], limit=10)]


def test_an_identification_of_a_person_already_named_is_not_shown():
    event = ranked_dev("Ann Marsh, 16, drowned when the ferry capsized off Kellan on Thursday.", "a", 3.0, 10)
    ident = ranked_dev("Police have identified the girl as Ann Marsh of Dunmore.", "b", 2.5, 10)
    bare = ranked_dev("The teenage girl found drowned off Kellan has been identified.", "c", 2.4, 10)
    other = ranked_dev("Divers recovered the ferry's hull from the harbour on Saturday.", "a", 2.2, 90)
    shown = [d.text for d in rank([event, ident, bare, other], limit=10)]
    assert shown == [event.text, other.text]
    # with no item naming her, the identification says who she is
    assert ident.text in [d.text for d in rank([ident, other], limit=10)]


def test_custody_an_earlier_article_reported_goes_below_later_news():
    held = ranked_dev("Tom Reed is in the Kellan County jail on a $150,000 bond.", "old", 3.2, 10)
    verdict = ranked_dev("A judge found Tom Reed guilty of manslaughter on Wednesday.", "new", 2.0, 10)
    ranked = rank([held, verdict], published={"old": "2024-01-01", "new": "2024-03-05"})
    assert ranked[0].text == verdict.text
    alone = rank([held], published={"old": "2024-01-01"})
    assert alone[0].score == held.score


def test_a_persons_memories_go_below_the_events():
    memory = ranked_dev("Her cousin Jo Lane remembers sailing with Ann Marsh every summer.", "a", 2.6, 10)
    close = ranked_dev("Jo Lane told the Kellan Courier that she and Ann were close as kids.", "a", 2.55, 60)
    event = ranked_dev("The ferry capsized in high winds off Kellan Point on Thursday.", "b", 2.3, 10)
    ranked = [d.text for d in rank([memory, close, event], limit=10)]
    assert ranked[0] == event.text


def test_a_last_year_opening_is_history():
    old = ranked_dev("Last year, the harbour master considered closing the ferry route for good.", "a", 2.6, 10)
    event = ranked_dev("The ferry capsized in high winds off Kellan Point on Thursday.", "b", 2.3, 10)
    assert [d.text for d in rank([old, event], limit=10)][0] == event.text


# --- one event, one tally: texts written for these tests ---

def test_two_tallies_of_different_kinds_are_not_one_statement():
    from briefgen.sections.developments.same_event import figures, same_figures
    whole = "Storms across the valley overnight left three dead and nine other people injured, officials said."
    part = "Two other separate incidents left nine people wounded, the sheriff said."
    # the second figure of a sentence is read too ("three dead and nine other people injured")
    assert figures(whole) == {"dead": frozenset({3}), "injured": frozenset({9})}
    assert figures(part) == {"incident": frozenset({2}), "injured": frozenset({9})}
    assert not same_figures(whole, part)
    # the same tally in other words is one
    assert same_figures(whole, "Three people were killed and nine wounded in the storms overnight.")
    # a figure that differs is not
    assert not same_figures(whole, "Three people were killed and twelve wounded in the storms overnight.")


def test_split_keeps_two_tallies_apart():
    from briefgen.sections.developments.same_event import split_times
    texts = ["Storms across the valley overnight left three dead and nine other people injured, officials said.",
             "Two other separate incidents overnight left nine people injured in the valley storms, officials said."]
    assert split_times([0, 1], texts) == [[0], [1]]


def test_a_restatement_in_other_words_is_not_shown():
    from briefgen.sections.developments.repeats import select
    shown = dev("Rangers killed the Talbeck wolf near the trail, officials said.", 3.0,
                start=10).model_copy(update={"predicates": ["kill"]})
    again = dev("The Talbeck wolf was fatally shot by rangers on Monday as visitors walked past.", 2.5,
                start=400).model_copy(update={"predicates": ["shoot", "walk"]})
    other = dev("The hiker was treated for a leg wound at the county hospital and released.", 2.0,
                start=800).model_copy(update={"predicates": ["release", "treat"]})
    filler = [dev(f"Officials said visitors number {w} walked past the trail near the lake on Monday.", 0.1, start=900 + k)
              for k, w in enumerate(("one", "two", "three", "four"))]
    pool = [shown, again, other] + filler
    kept = select(pool, 3)
    assert shown in kept and other in kept and again not in kept
    # the same words with another predicate say something else: shown
    moved = again.model_copy(update={"predicates": ["walk"]})
    assert moved in select([shown, moved, other] + filler, 3)


def test_an_earlier_days_event_is_not_shown():
    from briefgen.sections.developments.repeats import select
    lead = dev("A fire gutted the Orlen county library on Thursday, the fire service said.", 3.0, start=10)
    earlier = dev("On Tuesday, a storm knocked out power to a school across the river in Orlen.", 2.5, start=300)
    later = dev("On Friday, investigators said faulty wiring in the basement started the blaze.", 2.0, start=600)
    kept = select([lead, earlier, later], 5)
    assert lead in kept and later in kept and earlier not in kept
    # with no weekday in the story's lead, nothing to tell it by: shown
    plain = dev("A fire gutted the Orlen county library, the fire service said.", 3.0, start=10)
    assert earlier in select([plain, earlier, later], 5)


def test_an_unnamed_persons_death_already_told_is_not_shown_again():
    event = ranked_dev("A 15-year-old boy was killed when a tractor overturned on a farm near Dunmore on Friday.", "a",
                       3.0, 10)
    again = ranked_dev("The boy died at the scene.", "a", 2.4, 300)
    later = ranked_dev("The teenage boy later died at a hospital in Kellan.", "b", 2.3, 10)
    pronounced = ranked_dev("The boy was pronounced dead at 9:40 p.m. by the county coroner.", "b", 2.3, 10)
    other = ranked_dev("The tractor's owner said the brakes had been repaired a week before.", "a", 2.2, 600)
    shown = [d.text for d in rank([event, again, later, other], limit=10)]
    assert again.text not in shown and later.text not in shown
    assert other.text in shown
    # when and by whom the death was pronounced is a fact of its own
    assert pronounced.text in [d.text for d in rank([event, pronounced, other], limit=10)]
    # another person's death, or one no shown item tells, is news
    woman = ranked_dev("The woman died at the hospital on Saturday.", "a", 2.4, 300)
    assert woman.text in [d.text for d in rank([event, woman, other], limit=10)]
    hurt = ranked_dev("A 15-year-old boy was hurt when a tractor overturned on a farm near Dunmore.", "a", 3.0, 10)
    assert again.text in [d.text for d in rank([hurt, again, other], limit=10)]


def test_a_named_persons_death_told_again_in_other_words_is_a_repeat():
    from briefgen.sections.developments.repeats import counted_words, names_more, restates, same_name
    shown = ("Gunmen in the port city ambushed a Harbour Radio crew on Tuesday, killing its reporter Lena Marsh and "
             "wounding a driver and two cameramen outside the old customs building.")
    again = "Harbour Radio said its reporter Lena Marsch died in crossfire near the docks."
    adds = "Harbour Radio said its reporter Lena Marsch died when Tom Reed fired near the docks."
    preds = ["ambush", "kill", "wound"]
    words = {t: counted_words(t) for t in (shown, again, adds)}
    weight = {w: 1.0 for ws in words.values() for w in ws}
    # the second outlet's wording of the same death, one spelling apart: said already
    assert same_name(again, shown) and not names_more(again, shown)
    assert restates(words[again], ["die"], again, words[shown], preds, shown, weight)
    # no death in both: the usual, higher bar
    assert not restates(words[again], ["say"], again, words[shown], ["ambush", "wound"], shown, weight)
    # it names who fired: something new
    assert names_more(adds, shown)
    assert not restates(words[adds], ["die", "fire"], adds, words[shown], preds, shown, weight)



def test_a_named_persons_death_told_again_in_a_short_sentence_is_a_repeat():
    """Round 15: a short retelling of a death the shown item tells shares too few (and too light) words for any cosine:
    sharing the name and naming nothing new, it is the same death."""
    from briefgen.sections.developments.repeats import counted_words, restates
    shown = ("Gunmen in the port city ambushed a Harbour Radio crew on Tuesday, killing its reporter Lena Marsh and "
             "wounding a driver and two cameramen outside the old customs building.")
    short = "Marsh was shot dead by a gunman."
    longer = "Marsh was shot dead by a gunman hiding behind a fishing boat moored at the far end of the long quay."
    named = "Marsh was shot dead by Tom Reed."
    preds = ["ambush", "kill", "wound"]
    words = {t: counted_words(t) for t in (shown, short, longer, named)}
    weight = {w: 1.0 for ws in words.values() for w in ws}
    weight.update({w: 0.05 for w in words[short]})  # its words weigh little: the cosine alone would keep it
    assert restates(words[short], ["shoot"], short, words[shown], preds, shown, weight)
    # a longer sentence adds what happened: the usual bar
    assert not restates(words[longer], ["shoot"], longer, words[shown], preds, shown, weight)
    # naming who shot her is new
    assert not restates(words[named], ["shoot"], named, words[shown], preds, shown, weight)
    # no killing in the shown item: not the same death
    assert not restates(words[short], ["shoot"], short, words[shown], ["ambush", "wound"], shown, weight)

def test_what_the_people_used_to_do_and_their_last_talk_are_colour():
    from briefgen.sections.developments.rank import colour
    for text in ("Jo Lane owns a cafe on the quay, where Ann Marsh and her sons would often eat.",
                 "Jo Lane last talked to Ann Marsh on May 3, a week before the ferry sank.",
                 "Jo Lane remained friends with Ann Marsh for the rest of her life."):
        assert colour(text), text
    for text in ("Ann Marsh was last seen on the ferry's upper deck on Thursday.",
                 "The ferry capsized in high winds off Kellan Point on Thursday."):
        assert not colour(text), text


def test_a_restatement_at_a_modest_share_of_rare_words_is_a_repeat():
    """Round 15: the same predicate and a quarter of the weighted words (a cosine of about 0.27) is the lead said
    again ("the teams will march together under the flag" after "athletes will march together ... under one flag")."""
    from briefgen.sections.developments.repeats import restates
    shown = "Athletes of both nations will march together at the opening parade under one banner, officials said."
    again = "At the parade in Vellmar, the teams will march together under the banner."
    shown_words = frozenset({"athlete", "nation", "march", "together", "open", "parade", "banner", "official",
                             "both", "say", "unify", "games", "winter", "ceremony", "flag", "host"})
    again_words = frozenset({"parade", "march", "banner", "vellmar", "team", "feature", "map", "blue"})
    weight = {w: 1.0 for w in shown_words | again_words}
    assert restates(again_words, ["march"], again, shown_words, ["march", "say"], shown, weight)
    # another predicate: another statement, however many words it shares
    assert not restates(again_words, ["train"], again, shown_words, ["march", "say"], shown, weight)


def test_a_partys_statement_told_again_in_other_words_folds_into_it():
    lead = dev("Governor Ana Ruiz said on Monday that the state could send flood barriers to the coast, while ruling "
               "out the use of army engineers.", 3.0, start=0)
    again = dev("Ruiz suggested that the state could help the coastal towns with flood walls, citing its stock of "
                "sandbags.", 1.0, start=900)
    again.sources = [again.sources[0].model_copy(update={"article": "b"})]
    told = dev("In a radio interview, Ruiz assured that the state would not call in army units.", 0.9, start=1000)
    other_thing = dev("Ruiz said the harbour tax would rise next spring.", 0.8, start=1100)
    other_speaker = dev("Mayor Tom Bell said the town needed more flood barriers.", 0.7, start=1200)
    rest = [dev(f"The ferry operator event number {w} happened at the harbour.", 0.5, start=2000 + 10 * k)
            for k, w in enumerate(("four", "five", "six", "seven", "eight"))]
    kept = drop_repeats([lead] + LEAD[1:] + [again, told, other_thing, other_speaker] + rest, {})
    assert [k.text for k in kept] == ([lead.text] + [d.text for d in LEAD[1:]] + [other_thing.text, other_speaker.text]
                                      + [d.text for d in rest])
    # the fuller lead keeps its text and gains the other article's source
    assert [s.article for s in kept[0].sources] == ["a", "b"] and kept[0].support == 2
    # among the main events both stay
    assert len(drop_repeats([lead, told], {})) == 2


def test_a_statement_told_again_names_one_speaker_and_one_thing():
    from briefgen.sections.developments.repeats import restated_statement
    lead = "Governor Ana Ruiz said the state could send flood barriers, while ruling out the use of army engineers."
    assert restated_statement("Ruiz assured that the state would not call in army units.", lead)
    assert not restated_statement("Mayor Tom Bell assured that the town would not call in army units.", lead)
    assert not restated_statement("Ruiz said the harbour tax would rise next spring.", lead)
    # a vague shared word ("part of", "next year") is no one thing stated
    assert not restated_statement("Ruiz said the budget would be part of talks next year.",
                                  "Ruiz said the bridge would be part of talks next year.")

    # a word most of the story's developments hold ("army" here) names no one thing stated
    assert not restated_statement("Ruiz assured that the state would not call in army units.", lead,
                                  frozenset({"army"}))


def test_the_storys_own_words_name_no_one_thing_stated():
    from briefgen.sections.developments.repeats import restated_statement, story_words
    lead = "Sheriff Jo Roe said police officers arrived at the farm at noon."
    later = "Roe said police dogs searched the woods."
    texts = [lead, "A neighbor heard two shots.", "Police closed the road to the farm.", "The barn burned down.", later]
    assert "police" in story_words(texts) and "dogs" not in story_words(texts)
    assert restated_statement(later, lead)  # by their words alone, "police ..." would be one thing stated
    kept = drop_repeats([dev(t, 1.0 - k / 10, start=100 * k) for k, t in enumerate(texts)], {})
    assert [k.text for k in kept] == texts
