"""Page furniture and the newsroom's own voice are no developments: an editor's note label ("Update:"), a teaser
that holds its news back, the outlet telling its reader to stay or check back, a lead-in in the newsroom's voice
("As we've reported before,"), and a dateline with its date or a Title Case city. Texts written for these tests."""
from __future__ import annotations

from briefgen.sections.developments.extract import extract, skip_reason, strip_dateline, strip_newsroom_leadin


def texts(context, text: str) -> list[str]:
    return [d.text for d in extract(context(text))]


def reasons(context, text: str) -> list:
    return [skip_reason(s) for s in context(text).doc.sents]


def test_editor_note_label_makes_the_sentence_furniture(context):
    out = reasons(context, "Update: The county clerk now says the permit for the quarry lists the wrong owner. "
                           "The county council approved the new quarry near Millbrook on Tuesday evening.")
    assert out[0] == "editor's note" and out[1] is None


def test_teaser_that_holds_its_news_back_is_no_development(context):
    out = reasons(context, "Marta Olsen wants the town to just know one thing. "
                           "Marta Olsen said she never took money from the harbour fund last year.")
    assert out[0] == "teaser" and out[1] is None


def test_outlet_telling_its_reader_to_stay_is_no_development(context):
    out = reasons(context, "Crews remain at the quarry tonight, so stay tuned for more on the vote. "
                           "The station will stay with us through the night, and this story will be updated. "
                           "The county council approved the new quarry near Millbrook on Tuesday evening.")
    assert out[0] == "boilerplate" and out[1] == "boilerplate" and out[2] is None


def test_newsroom_leadin_is_cut_and_the_fact_kept():
    assert (strip_newsroom_leadin("As we've reported before, the mill is paying $4 million in fines for spills.")
            == "The mill is paying $4 million in fines for spills.")
    assert (strip_newsroom_leadin("As previously reported, the mill is paying $4 million in fines for spills.")
            == "The mill is paying $4 million in fines for spills.")
    # a named speaker's lead-in is the story's, not the newsroom's
    kept = "As the mayor noted, the mill is paying $4 million in fines for spills."
    assert strip_newsroom_leadin(kept) == kept


def test_dateline_with_its_date_or_a_title_case_city_is_cut():
    assert (strip_dateline("OSLO, Mar. 3 (NTB) \u2014 The harbour authority closed the north pier after a crane fell.", 0)
            == "The harbour authority closed the north pier after a crane fell.")
    assert (strip_dateline("Millbrook \u2014 The county council approved the new quarry on Tuesday evening.", 0)
            == "The county council approved the new quarry on Tuesday evening.")
    # an aside between dashes is no dateline
    aside = "Residents \u2014 many of them farmers \u2014 packed the hall to oppose the quarry on Tuesday."
    assert strip_dateline(aside, 0) == aside


# ---------------------------------------------------------------- a "reported by" only for the same predicate

def test_predicates_pass_the_reporting_verb_but_keep_one_that_reports_nothing(context):
    from briefgen.sections.developments.extract import predicates
    sents = list(context("Police said two men were arrested and charged after the raid on the warehouse. "
                         "The harbour authority has not confirmed the closure of the north pier.").doc.sents)
    first, second = predicates(sents[0]), predicates(sents[1])
    assert "arrest" in first and "charge" in first and "say" not in first
    assert "confirm" in second


def test_same_words_with_another_predicate_are_not_cited_as_the_same_report():
    from briefgen.items import Source
    from briefgen.sections.developments.model import Development
    from briefgen.sections.developments.rank import rank

    def dev(text, article, preds, score):
        return Development(text=text, sources=[Source(article=article, sentence=text, start=0, end=len(text))],
                           score=score, predicates=preds)

    items = [dev("Tomas Brekke was booked with reckless endangerment after the fire at the Millbrook mill.", "a",
                 ["book"], 2.0),
             dev("Tomas Brekke of Millbrook is charged with arson in the fire at the Millbrook mill.", "b",
                 ["charge"], 1.5),
             dev("The county council approved the new quarry near Ashford on Tuesday evening.", "a", ["approve"], 1.0)]
    out = rank(items)
    head = next(it for it in out if "booked" in it.text)
    assert [s.article for s in head.sources] == ["a"] and head.support == 1
    other = [it for it in out if "charged with arson" in it.text]
    assert all([s.article for s in it.sources] == ["b"] for it in other)
    # the same predicate still merges: two articles report one event
    items[1] = dev("Tomas Brekke of Millbrook was booked after the fire at the Millbrook mill, police said.", "b",
                   ["book"], 1.5)
    head = next(it for it in rank(items) if "booked" in it.text)
    assert head.support == 2


def test_predicates_are_kept_by_the_cache_but_never_in_the_facts_file():
    from briefgen.sections.developments.model import KEEP_PREDICATES, Development
    d = Development(text="The council approved the quarry.", sources=[], predicates=["approve"])
    assert "predicates" not in d.model_dump_json()
    assert Development.model_validate_json(d.model_dump_json(context={KEEP_PREDICATES: True})).predicates == ["approve"]


def test_a_caption_after_a_photo_credit_is_no_development(context):
    text = ("A teenager was hurt when a pistol went off in a flat in Harlow on Thursday evening, police said.\n\n"
            "Jane Rowe/Harlow Evening Star A teenager who was hurt by a pistol was holding it when it went off.\n\n"
            "The owner of the pistol fled before officers arrived at the flat, police said.")
    out = reasons(context, text)
    assert "caption" in out
    assert not any("holding it when" in t for t in texts(context, text))
