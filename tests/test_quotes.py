"""Direct quotes: mark pairing, speakers, partial quotes and scare quotes (texts written for these tests)."""
from pathlib import Path

import pytest

from briefgen.sections.quotes import extract as quotes
from briefgen.extract.context import source_for

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def run(context):
    return lambda text: quotes.extract(context(text))


def one(items, fragment):
    hits = [q for q in items if fragment in q.text]
    assert len(hits) == 1, [(q.text, q.speaker) for q in items]
    return hits[0]


# ----------------------------------------------------------------- pairing marks

def test_pairs_every_mark_style():
    text = ('“Curly words,” she said. "Straight words," he said. ``Backtick words,\'\' he said. '
            "''Doubled words,'' he said. ‘Single words,’ she said.")
    got = [quotes._quote_text(text, s) for s in quotes.pair_quotes(text)]
    assert got == ["Curly words", "Straight words", "Backtick words", "Doubled words", "Single words"]


def test_apostrophes_are_not_marks():
    text = "Russia’s army and the voters’ anger: We’re told it’s the ’90s. Rock ’n’ roll. Don't."
    assert quotes.pair_quotes(text) == []


def test_odd_counts_never_crash():
    for text in ['"', "“", "''", "“a” “b” “c", '"' * 51, "He said: “" + "word " * 500, "‘", "\n\n", ""]:
        for span in quotes.pair_quotes(text):  # every span found lies inside the text, in order
            assert span.segments and all(0 <= a <= b <= len(text) for a, b in span.segments)
            assert span.open_at <= span.segments[0][0] and span.segments[-1][1] <= span.close_at <= len(text)


def test_unclosed_quote_runs_to_paragraph_end():
    text = 'He said "the plan will never work in this city\nNext paragraph.'
    spans = quotes.pair_quotes(text)
    assert [quotes._quote_text(text, s) for s in spans] == ["the plan will never work in this city"]


def test_quote_continues_into_next_paragraph():
    text = ("Mayor Jane Holloway said Wednesday:\n"
            "“Our priority is the families who lost their homes.\n"
            "“We are asking everyone to stay calm.”\n")
    spans = quotes.pair_quotes(text)
    assert len(spans) == 1 and len(spans[0].segments) == 2
    assert quotes._quote_text(text, spans[0]) == ("Our priority is the families who lost their homes. "
                                                  "We are asking everyone to stay calm.")


def test_multi_paragraph_quote_gets_speaker_and_both_sentences(run):
    text = ("Mayor Jane Holloway said Wednesday:\n"
            "“Our priority is the families who lost their homes.\n"
            "“We are asking everyone to stay calm.”\n")
    q = one(run(text), "stay calm")
    assert q.speaker == "Jane Holloway" and not q.partial
    assert "Holloway said" in q.sources[0].sentence and "stay calm" in q.sources[0].sentence


def test_nyt_style_marks_with_inner_single_quote(run):
    text = ("''I think voters will not be satisfied with 'We'll bomb them,''' said Senator John Marsh of Ohio, "
            "referring to a rival's vow.")
    q = one(run(text), "voters will not be satisfied")
    assert q.speaker == "John Marsh" and q.cue == "say"


# ----------------------------------------------------------------- speaker patterns

def test_said_x_and_x_said(run):
    got = run("“The bridge will reopen,” said Police Chief Robert Mendes. "
              "“Nobody was hurt,” Ana Ortiz said.")
    assert one(got, "bridge").speaker == "Robert Mendes"
    assert one(got, "Nobody").speaker == "Ana Ortiz"
    assert not one(got, "Nobody").partial


def test_told_with_colon_and_told_that(run):
    got = run('Council member Ana Ortiz told the Herald: "This is a disaster for the town." '
              'Robert Mendes told reporters that the town was "not ready for this."')
    q = one(got, "disaster")
    assert (q.speaker, q.cue, q.partial) == ("Ana Ortiz", "tell", False)
    q = one(got, "not ready")
    assert (q.speaker, q.cue, q.partial) == ("Robert Mendes", "tell", True)


def test_according_to(run):
    q = one(run("According to Robert Mendes, “the damage is extensive and will cost millions.”"), "damage")
    assert q.speaker == "Robert Mendes" and q.cue == "according to"


def test_added_and_stressed_that(run):
    got = run("Finance Minister Carla Dunn spoke on Monday. “Prices will fall,” she added. "
              "Dunn stressed that the budget must be drafted “with great care.”")
    assert one(got, "Prices").speaker == "Carla Dunn"
    assert one(got, "great care").speaker == "Carla Dunn" and one(got, "great care").cue == "stress"


def test_relative_clause_between_subject_and_verb(run):
    q = one(run("Tom Ash, 45, who owns the bakery on Main Street, said: “I lost everything.”"), "lost")
    assert q.speaker == "Tom Ash"


def test_trailing_dash_name(run):
    got = run('Council member Ana Ortiz spoke.\n"We need help now" -Ana Ortiz\n“Stay home.” — Ana Ortiz\n')
    assert one(got, "need help").speaker == "Ana Ortiz"
    assert not one(got, "need help").partial
    assert one(got, "Stay home").speaker == "Ana Ortiz"


def test_said_in_a_statement_with_common_noun_speaker(run):
    q = one(run("“The water supply is safe,” a city spokesman said in a statement."), "water")
    assert q.speaker == "a city spokesman"


def test_speaker_in_previous_sentence(run):
    text = "Governor Lena Park said Tuesday.\n“We will not raise taxes this year.”\n"
    assert one(run(text), "raise taxes").speaker == "Lena Park"


def test_second_quote_after_attribution_inherits(run):
    got = run("“We will rebuild the bridge,” Mayor Jane Holloway said. “But it will take time.”")
    assert one(got, "take time").speaker == "Jane Holloway"


def test_hailed_as_and_described_as(run):
    got = run("President Maria Lind hailed the deal as “a major step forward” for peace. "
              "Paul Grant described the talks as “very productive.”")
    assert one(got, "major step").speaker == "Maria Lind" and one(got, "major step").cue == "hail"
    assert one(got, "productive").speaker == "Paul Grant"


def test_saying_climbs_to_the_subject(run):
    text = ("Senator Tom Reyes appeared tired, telling radio host Ann Bell: “I will not run again.” "
            "Reyes acknowledged the risk, saying, “We are going to find out soon.”")
    got = run(text)
    assert one(got, "run again").speaker == "Tom Reyes"
    assert one(got, "find out").speaker == "Tom Reyes"


def test_adding_inside_reported_clause_belongs_to_outer_speaker(run):
    got = run('Mr. Tom Smith said the city had “failed us,” adding, "Nobody came."')
    assert one(got, "Nobody").speaker == "Tom Smith"


# ----------------------------------------------------------------- pronouns

def test_pronoun_speaker_uses_gender_from_honorifics(run):
    got = run("Mrs. Ana Ortiz met Mr. Robert Mendes on Friday. “It was chaos,” she said.")
    assert one(got, "chaos").speaker == "Ana Ortiz"


def test_pronoun_prefers_main_clause_subject(run):
    got = run("Senator Joe Baker said Tim Vance was unqualified. “He has no idea,” he said.")
    assert one(got, "no idea").speaker == "Joe Baker"


def test_unresolvable_pronoun_is_dropped(run):
    assert run("“It was chaos,” they said.") == []


# ----------------------------------------------------------------- partial and scare quotes

def test_partial_quote_inside_sentence(run):
    q = one(run("Governor Lena Park told Fox News that the state was “willing to help, especially by air” "
                "as neighbours considered sending troops."), "willing")
    assert q.partial and q.text == "willing to help, especially by air" and q.speaker == "Lena Park"


def test_scare_quotes_without_speech_verb_are_rejected(run):
    assert run("Allies met in the “Coalition of the Willing” format. Pilots avoided the “no-fly zone” "
               "near the river.") == []


def test_titles_of_works_are_not_quotes(run):
    assert run("Dan Ruiz said on “Meet the Press” that he read “The Art of the Deal.”") == []


def test_fragment_in_a_clause_coordinated_with_the_speech_verb_is_rejected(run):
    got = run("The report called the plan \"ambitious,\" but residents were 'not convinced' by it.")
    assert [q.text for q in got if "convinced" in q.text] == []


def test_negated_speech_verb_does_not_attribute(run):
    assert run("Pilots blamed the agency for not calling the crash an “accident.”") == []


# ----------------------------------------------------------------- sources

def test_sources_cover_quote_and_attribution_sentences(run, context):
    text = "Governor Lena Park said Tuesday.\n“We will not raise taxes this year.”\n"
    q = one(run(text), "raise taxes")
    src = q.sources[0]
    assert text[src.start:src.end] == src.sentence
    assert src.sentence.startswith("Governor Lena Park") and src.sentence.rstrip().endswith("year.”")
    doc = context(text).doc
    assert src == source_for(doc[0:len(doc) - 1], "t")


# ----------------------------------------------------------------- seeds

def test_seed_quotes(run):
    text = (SEEDS / "004_281c49e4be45ee89.txt").read_text(encoding="utf-8")
    got = run(text)
    expect = {
        "willing to help": "Donald Trump", "find out about President Putin": "Donald Trump",
        "better if they met without me": "Donald Trump", "instinct more than process": "Donald Trump",
        "an option and a possibility": "Karoline Leavitt", "a major step forward": "Volodymyr Zelenskyy",
        "utmost thoroughness": "Sergei Lavrov", "tiptoeing around Trump": "Neil Melvin",
    }
    for fragment, speaker in expect.items():
        assert one(got, fragment).speaker == speaker, fragment
    assert one(got, "willing to help").partial
    assert not any("Coalition of the Willing" in q.text for q in got)
    for q in got:
        s = q.sources[0]
        assert text[s.start:s.end] == s.sentence and q.text.replace("  ", " ") in " ".join(s.sentence.split())


def test_seed_full_quote_with_stated(run):
    text = (SEEDS / "000_a032d8a8cfd74b53.txt").read_text(encoding="utf-8")
    q = one(run(text), "willing to help them")
    assert q.speaker == "Donald Trump" and q.cue == "state" and not q.partial
