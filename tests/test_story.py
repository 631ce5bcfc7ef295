"""The story as a whole (issue 12): a title naming it, a bottom line, the latest state first, one
event per item, nothing twice across sections. Texts written for these tests."""
from __future__ import annotations

from briefgen.extract.article import ArticleFacts
from briefgen.items import Actor, Article, Source
from briefgen.merge.engine import merge
from briefgen.merge.story import bottom_line, clean_headline, headline_like, story_title, title_from_sentence
from briefgen.sections.developments import extract as developments
from briefgen.sections.developments.model import Development
from briefgen.sections.developments.rank import rank, same_time
from briefgen.sections.open_questions.merge import answered, as_question
from briefgen.sections.open_questions.model import OpenQuestion


def dev(text: str, article: str = "a", score: float = 1.0, start: int = 500) -> Development:
    return Development(text=text, sources=[Source(article=article, sentence=text, start=start,
                                                  end=start + len(text))], score=score)


# ---------------------------------------------------------------- 1. title and bottom line

def test_headline_cleaned_of_outlet_and_kicker():
    assert clean_headline("UPDATE: Ferry sinks off Kellan coast - Channel 9 Harbour News, Weather") == \
        "Ferry sinks off Kellan coast"
    assert clean_headline("Thursday, March 3, 2022") is None
    assert clean_headline("Source: Staff Photographer") is None


def test_headline_like_first_lines():
    assert headline_like("Mayor Quits Over Harbour Contract Scandal")
    assert headline_like("Report: Half the port contracts went to donors.")
    assert not headline_like("The mayor resigned on Friday after weeks of questions about the harbour contract.")


def test_title_from_the_lead_clause_without_attribution_or_weekday():
    title = title_from_sentence("A ferry carrying 40 passengers sank off the Kellan coast on Tuesday, "
                                "coast guard officials said.")
    assert title == "Ferry carrying 40 passengers sank off the Kellan coast"
    assert title_from_sentence("Mayor Ana Petrov said on Friday that the city would rebuild the harbour wall "
                               "within a year.").startswith("Petrov: the city would rebuild")


def test_story_title_prefers_headlines_and_names_the_story():
    articles = [Article(id="a", path="a.txt", title="Ferry sinks after engine fire - Harbour News"),
                Article(id="b", path="b.txt", title="Ferry sinks after engine fire, 3 missing")]
    actors = [Actor(name="Kellan", type="country", mentions=6), Actor(name="Ana Petrov", type="person", mentions=3)]
    devs = [dev("A ferry sank off Kellan after an engine fire, officials said.", "b")]
    title = story_title(articles, devs, actors)
    assert "Ferry sinks after engine fire" in title and "Kellan" in title  # the place leads or follows


def test_configured_title_wins_and_default_is_replaced():
    facts_default = merge([], title="Briefing")
    assert facts_default.title == "Briefing"  # nothing to make a title from
    facts_set = merge([], title="Harbour desk")
    assert facts_set.title == "Harbour desk"


def test_bottom_line_is_the_top_developments():
    devs = [dev("The ferry sank on Tuesday."), dev("Three passengers are missing."), dev("The port is closed."),
            dev("An inquiry opened.")]
    line = bottom_line(devs)
    assert line == "The ferry sank on Tuesday. Three passengers are missing. The port is closed."
    assert bottom_line([]) == ""


# ---------------------------------------------------------------- 2. latest state first

def test_later_article_and_background_rank_as_they_should(context):
    text = ("The council approved the new bridge on Monday after a long debate in the chamber.\n"
            "In 1998, the council had rejected an earlier bridge plan for the same river crossing.\n")
    items = developments.extract(context(text, article_id="a"))
    by_text = {i.text[:10]: i.score for i in items}
    assert by_text["The counci"] > by_text["In 1998, t"]


def test_recency_breaks_a_tie_for_the_latest_article():
    a, b = dev("The ferry operator suspended all crossings.", "old"), dev("Divers recovered the ferry's hull.", "new")
    ranked = rank([a, b], published={"old": "2024-01-01", "new": "2024-01-03"})
    assert ranked[0].sources[0].article == "new"


# ---------------------------------------------------------------- 3. merge only the same event

def test_different_years_never_merge():
    assert not same_time("A gunman opened fire at the base in 2014.", "A gunman opened fire at the base in 2009.")
    assert not same_time("The gunman opened fire at the base on Wednesday.", "The gunman opened fire at the base on Monday.")
    assert same_time("A gunman opened fire at the base on Wednesday.", "A gunman opened fire at the base Wednesday.")
    items = [dev("A gunman opened fire at the army base in 2014, killing three soldiers.", "a", 2.0),
             dev("A gunman opened fire at the army base in 2009, killing three soldiers.", "b", 1.9)]
    ranked = rank(items)
    assert ranked and all(r.support == 1 and len(r.sources) == 1 for r in ranked)


# ---------------------------------------------------------------- 4. nothing twice

def test_no_two_shown_developments_say_the_same():
    items = [dev("The president ruled out sending ground troops but offered air support.", "a", 2.0),
             dev("The president offered air support and ruled out sending ground troops.", "a", 1.9),
             dev("The talks will resume next week in Geneva.", "a", 1.0)]
    ranked = rank(items)
    assert len(ranked) == 2


# ---------------------------------------------------------------- 5. each item stands alone

def test_connective_cut_and_pronoun_resolved_or_dropped(context):
    text = ("Mayor Ana Petrov visited the flooded harbour district on Friday morning with engineers.\n"
            "Instead, the council voted to rebuild the harbour wall within a year.\n"
            "She promised the families compensation for every damaged house in the district.\n"
            "It was the worst flood the district had seen in decades of records.\n"
            "Emphasizing the cost of the repairs to the harbour wall and the roads.\n")
    texts = [i.text for i in developments.extract(context(text, article_id="a"))]
    assert any(t.startswith("The council voted to rebuild") for t in texts)
    assert not any(t.startswith("Instead") for t in texts)
    assert any(t.endswith("Petrov promised the families compensation for every damaged house in the district.") and t[0].isupper() for t in texts)
    assert not any(t.startswith(("It was", "She ", "Emphasizing")) for t in texts)


def test_quote_tail_dropped(context):
    text = ("The mayor spoke to reporters at the harbour on Friday about the flood damage.\n"
            "The wall will be rebuilt,\u201d the mayor said after touring the damaged streets on foot.\n")
    texts = [i.text for i in developments.extract(context(text, article_id="a"))]
    assert not any("will be rebuilt" in t for t in texts)


# ---------------------------------------------------------------- 6. open questions

def test_superseded_status_is_no_open_question():
    q = OpenQuestion(text="The condition of the missing diver is unknown", cue="unknown",
                     sources=[Source(article="a", sentence="The condition of the missing diver is unknown.",
                                     start=0, end=46)])
    later = [dev("The missing diver has been found dead near the wreck, the coast guard said.", "b")]
    assert answered(q, later, {"a": 0, "b": 1})
    assert not answered(q, later, {"a": 1, "b": 0})  # the answer came first: the question is the later word
    hedged = [dev("It is not known whether the missing diver died.", "b")]
    assert not answered(q, hedged, {"a": 0, "b": 1})


def test_indirect_question_written_as_unclear():
    q = OpenQuestion(text="whether the wall will hold", cue="whether", sources=[])
    assert as_question(q).text == "Unclear: whether the wall will hold"


# ---------------------------------------------------------------- 2b. hedges and superseded plans go down

def test_hedged_sentence_ranks_below_the_event(context):
    text = ("Firefighters rescued twelve workers from the collapsed warehouse in Dorvale on Monday night.\n"
            "The names of the injured workers have not been released pending family notification.\n")
    items = developments.extract(context(text, article_id="a"))
    by_text = {i.text[:10]: i.score for i in items}
    assert by_text["The names "] < by_text["Firefighte"] - 0.5


def test_an_earlier_articles_plan_is_no_current_state():
    plan = dev("The trial of the harbour master is to begin Tuesday in Kellan.", "old", 2.0)
    outcome = dev("A jury found the harbour master guilty of negligence on Thursday.", "new", 1.8)
    ranked = rank([plan, outcome], published={"old": "2024-01-01", "new": "2024-01-05"})
    assert ranked[0].sources[0].article == "new"
    alone = rank([plan], published={"old": "2024-01-01"})  # no later article: the plan is the latest word
    assert alone[0].score == plan.score


# ---------------------------------------------------------------- 4b. nothing twice across sections

def test_development_repeating_a_shown_position_is_dropped():
    from briefgen.merge.engine import drop_repeats
    from briefgen.sections.positions.model import Position

    lead = [dev(f"The ferry operator event number {w} happened at the harbour.", "a", 3.0, start=10 * k)
            for k, w in enumerate(("one", "two", "three"))]
    repeat = dev("The mayor promised that the harbour wall would be rebuilt within a year.", "a", 1.0, start=900)
    new = dev("Divers recovered the ferry's hull from the harbour on Friday.", "a", 0.9, start=990)
    stance = Position.model_construct(text="The mayor promised that the harbour wall would be rebuilt within a year", stance="promises",
                                      sources=repeat.sources, actor="Mayor", cue="promise", id="pos-1")
    kept = drop_repeats(lead + [repeat, new], {"positions": [stance]})
    assert repeat not in kept and new in kept and kept[:3] == lead
    # a main event stays among the developments even when a position states it
    assert drop_repeats([repeat, new], {"positions": [stance]}) == [repeat, new]


def test_an_unknown_in_a_side_clause_leaves_the_event_a_development(context):
    text = ("The audit found that 40 of the 90 harbour grants went to donors, a rate that calls into question "
            "whether the grants were fair.\n"
            "The names of the injured workers have not been released pending family notification.\n")
    doc = context(text).doc
    first, second = list(doc.sents)[:2]
    assert developments.hedged(first) == 0.0
    assert developments.hedged(second) == 1.0


def test_answers_from_undated_articles_and_counts():
    q = OpenQuestion(text="It is unclear whether the shooting was an accident", cue="whether",
                     sources=[Source(article="b", sentence="It is unclear whether the shooting was an accident.",
                                     start=0, end=50)])
    answer = [dev("Police say the shooting of the boy appears to have been an accident.", "a")]
    assert answered(q, answer, {"a": 0, "b": 1}, undated=frozenset({"a", "b"}))  # no dates: another article settles it
    assert not answered(q, answer, {"a": 0, "b": 1})  # dated, and the answer came first
    diver = OpenQuestion(text="His condition is unknown", cue="unknown",
                         sources=[Source(article="a", sentence="His condition is unknown.", start=0, end=25)])
    assert not answered(diver, [dev("At least 15 died when police fired on the crowd.", "b")], {"a": 0, "b": 1})
    assert answered(diver, [dev("The diver has died, the coast guard said.", "b")], {"a": 0, "b": 1})


def test_a_leading_he_is_the_previous_sentences_subject(context):
    from briefgen.sections.open_questions import extract as questions

    text = ("Mayor Tomas Hale told reporters after meeting Governor Lena Varga that the port would reopen.\n"
            "He did not say when the ferries would run again.\n")
    [q] = questions.extract(context(text))
    assert q.text.startswith("Tomas Hale did not say") or q.text.startswith("Mayor Tomas Hale did not say")


def test_an_unknown_beside_other_news_stays_a_development(context):
    doc = context("The minister did not specify the other steps, although she said the two ports would share "
                  "their radar data.\n").doc
    assert developments.hedged(next(doc.sents)) == 0.0
    doc = context("The harbour police are still investigating whether the crane operator was drunk.\n").doc
    assert developments.hedged(next(doc.sents)) == 1.0
