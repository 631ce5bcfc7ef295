"""Each statement shown once: a position or quote another section already shows points to it (merge/told.py),
and the briefing lists it as a pointer, not as the same words again (render/context.py). Texts written here."""
from __future__ import annotations

from briefgen.config import Config
from briefgen.facts import Article, Development, Facts, Position, Quote, Source
from briefgen.merge.told import point_to_told
from briefgen.render import render_all

ORDER = ["developments", "positions", "open_questions", "casualties", "quotes"]
SHOWN = {name: 10 for name in ORDER}

STANCE = "The harbour minister rejected calls to close the port while the inquiry runs."
QUOTED = "\"We will not close the port while the inquiry runs,\" said the harbour minister, Ana Reyes."
PHRASE = "Reyes called the union's demand \"a stunt\" and left the meeting early."
LONGER = ("\"The union wants a stunt. We will not close the port while the inquiry runs, and we will not "
          "apologise for keeping the city supplied,\" Reyes said.")


# each test sentence at its own place in one article: items cite the same place only when they cite the same text
PLACES: dict[str, int] = {}


def src(sentence: str, article: str = "a1") -> Source:
    start = PLACES.setdefault(sentence, 1000 * len(PLACES))
    return Source(article=article, sentence=sentence, start=start, end=start + len(sentence))


def dev(id_: str, sentence: str, text: str | None = None) -> Development:
    return Development(id=id_, text=text or sentence.rstrip("."), sources=[src(sentence)], score=1.0)


def pos(id_: str, text: str, sentence: str, actor: str = "Ana Reyes", stance: str = "rejects") -> Position:
    return Position(id=id_, text=text, actor=actor, cue="reject", stance=stance, sources=[src(sentence)])


def quote(id_: str, text: str, sentence: str, **kw) -> Quote:
    return Quote(id=id_, text=text, speaker="Ana Reyes", cue="say", sources=[src(sentence)], **kw)


def test_a_position_a_shown_development_tells_word_for_word_points_to_it():
    merged = {"developments": [dev("d1", STANCE)],
              "positions": [pos("p1", "The harbour minister rejected calls to close the port", STANCE)]}
    point_to_told(merged, ORDER, SHOWN)
    assert merged["positions"][0].see == "d1"


def test_a_position_from_another_sentence_keeps_its_words():
    merged = {"developments": [dev("d1", "Dockers walked out at dawn on Monday.")],
              "positions": [pos("p1", "The harbour minister rejected calls to close the port", STANCE)]}
    point_to_told(merged, ORDER, SHOWN)
    assert merged["positions"][0].see is None
    # the same words from another place (a recap further down the article) are told again by the writer
    recap = "Again: the harbour minister rejected calls to close the port while the inquiry runs."
    merged = {"developments": [dev("d1", recap)],
              "positions": [pos("p1", "The harbour minister rejected calls to close the port", STANCE)]}
    point_to_told(merged, ORDER, SHOWN)
    assert merged["positions"][0].see is None


def test_a_quotation_over_two_sentences_holds_the_position_citing_one_of_them():
    first, second = "\"Let us be clear.", "The port stays open while the inquiry runs,\" Reyes said."
    run = Source(article="a1", sentence=f"{first} {second}", start=50000, end=50000 + len(first) + 1 + len(second))
    one = Source(article="a1", sentence=second, start=50000 + len(first) + 1, end=run.end)
    merged = {"positions": [Position(id="p1", text="Ana Reyes: \u201cThe port stays open while the inquiry runs\u201d",
                                     actor="Ana Reyes", cue="say", stance="insists", sources=[one])],
              "quotes": [Quote(id="q1", text="Let us be clear. The port stays open while the inquiry runs.",
                               speaker="Ana Reyes", sources=[run])]}
    point_to_told(merged, ORDER, SHOWN)
    assert merged["positions"][0].see == "q1"


def test_a_quotation_a_position_gives_whole_points_to_the_position():
    words = "We will not close the port while the inquiry runs"
    merged = {"positions": [pos("p1", f"Ana Reyes: \u201c{words}\u201d", QUOTED)],
              "quotes": [quote("q1", words, QUOTED), quote("q2", "The tide turned", "\"The tide turned,\" Reyes said.")]}
    point_to_told(merged, ORDER, SHOWN)
    assert merged["quotes"][1].see == "p1"
    # shown order: the section's own items first, then the pointers
    assert [q.id for q in merged["quotes"]] == ["q2", "q1"]


def test_a_phrase_quoted_inside_a_shown_development_points_to_it():
    merged = {"developments": [dev("d1", PHRASE)],
              "quotes": [quote("q1", PHRASE, PHRASE, partial=True, in_sentence=True, quoted="a stunt")]}
    point_to_told(merged, ORDER, SHOWN)
    assert merged["quotes"][0].see == "d1"


def test_a_position_a_longer_quotation_holds_points_forward_to_it():
    merged = {"positions": [pos("p1", "Ana Reyes: \u201cWe will not close the port while the inquiry runs\u201d",
                                LONGER)],
              "quotes": [quote("q1", LONGER.split("\"")[1], LONGER)]}
    point_to_told(merged, ORDER, SHOWN)
    assert merged["positions"][0].see == "q1"
    assert merged["quotes"][0].see is None


def test_only_shown_items_are_pointed_to():
    merged = {"developments": [dev(f"d{i}", f"Item number {i} happened.") for i in range(3)] + [dev("d9", STANCE)],
              "positions": [pos("p1", "The harbour minister rejected calls to close the port", STANCE)]}
    point_to_told(merged, ORDER, {**SHOWN, "developments": 3})
    assert merged["positions"][0].see is None


def facts_with_pointer() -> Facts:
    words = "We will not close the port while the inquiry runs"
    return Facts(title="Port dispute", articles=[Article(id="a1", path="a1.txt")],
                 developments=[dev("d1", "Dockers walked out at dawn on Monday.")],
                 positions=[pos("p1", f"Ana Reyes: \u201c{words}\u201d", QUOTED)],
                 quotes=[quote("q2", "The tide turned", "\"The tide turned,\" Reyes said."),
                         quote("q1", words, QUOTED, see="p1")])


def test_the_briefing_shows_the_quotation_once_and_points_to_it():
    md = render_all(facts_with_pointer(), Config(), ["md"])["md"].decode()
    body = md.split("## Sources", 1)[0]  # the sources list quotes each cited sentence
    assert body.count("We will not close the port") == 1
    quotes = md.split("## Quotes", 1)[1]
    assert "*Quoted under Positions:* **Ana Reyes**." in quotes
    assert "The tide turned" in quotes


def test_a_pointer_to_an_item_not_shown_is_listed_as_any_item():
    config = Config(sections=["developments", "quotes", "sources"])  # no Positions in this briefing
    md = render_all(facts_with_pointer(), config, ["md"])["md"].decode()
    quotes = md.split("## Quotes", 1)[1]
    assert "We will not close the port" in quotes
    assert "Quoted under" not in quotes


def test_an_analysts_edit_of_a_pointing_item_or_its_target_is_shown(tmp_path):
    from briefgen.overrides import apply, load

    facts = facts_with_pointer()
    path = tmp_path / "overrides.yaml"
    path.write_text("correct:\n  q1: {text: We will not close the port this week}\n")
    out = apply(facts, load(path), path)
    assert next(q for q in out.quotes if q.id == "q1").see is None
    path.write_text("correct:\n  p1: {text: \"Ana Reyes: the port stays open\"}\n")
    out = apply(facts, load(path), path)
    assert next(q for q in out.quotes if q.id == "q1").see is None
    md = render_all(out, Config(), ["md"])["md"].decode()
    assert "We will not close the port" in md.split("## Quotes", 1)[1].split("## Sources", 1)[0]
