"""Issue 11, item 5: quotes by the right speaker, split attributions, nested marks (texts written for these tests)."""

from briefgen.items import Source
from briefgen.sections.base import MergeContext
from briefgen.sections.quotes import merge as quotes_merge
from briefgen.sections.quotes.model import Quote
from test_quotes import one, run  # noqa: F401 - the quotes fixture and helper, shared


def test_attribution_sentence_split_from_its_quote(run):
    text = ("The mayor spoke at the harbour on Friday.\n\n"
            "\u201cWe will open the new bridge before the storms arrive.\u201d Laura Bentley said.\n\n")
    assert one(run(text), "new bridge").speaker == "Laura Bentley"


def test_subject_inside_the_quotation_is_not_the_speaker(run):
    text = ('"Look at the engine on the ground, its pistons turning, its belts flying," said retired pilot '
            "Marcus Oyelaran during the hearing, adding that he had seen it himself.")
    assert one(run(text), "pistons turning").speaker == "Marcus Oyelaran"


def test_inverted_said_with_titles_before_the_name(run):
    text = ("\u201cThe council has failed the families of this town,\" said Harbour ranking Democrat "
            "Elena Marchetti (D-Ore.).")
    assert one(run(text), "council has failed").speaker == "Elena Marchetti"


def test_name_between_quote_and_verb_the_parser_misses(run):
    text = ('"My apologies, I am sorry," Quick said after the exchange.')
    assert one(run(text), "My apologies").speaker == "Quick"


def test_colon_after_a_clause_takes_the_main_subject(run):
    text = ("Senator Dana Whitfield has since apologised for what happened: \"Yes, I should have asked the "
            "committee first. I take full responsibility.\"")
    assert one(run(text), "asked the committee").speaker == "Dana Whitfield"


def test_colon_after_a_thing_takes_the_person_named_before_it(run):
    text = ("The size of the crowd did not surprise organiser Tomasz Wielicki: \u201cPeople have waited "
            "years for a concert like this one.\u201d")
    assert one(run(text), "waited years").speaker == "Tomasz Wielicki"


def test_shot_back_introduces_a_quote(run):
    text = ("\u201cThey only came for the free food,\u201d Harold Pemberton shot back with a grin.")
    assert one(run(text), "free food").speaker == "Harold Pemberton"


def test_a_clause_in_title_case_is_words_said_not_a_title(run):
    text = ('"But Maria Lopez won," Mr. Albrecht said.')
    assert one(run(text), "Lopez won").speaker == "Albrecht"


def test_quotation_nested_in_the_other_mark_style(run):
    text = ('Dr. Ines Varga stated:\n\n"The ministry isn\u2019t about \u201cservice to the public\u201d anymore. '
            "It is about control of every budget line.\n\n")
    q = one(run(text), "every budget line")
    assert q.speaker == "Ines Varga" and "service to the public" in q.text


def test_a_dateline_parsed_as_subject_gives_way_to_the_real_one(run):
    text = ("LISBON, May 3 (UPI) \u2014 A spokesman for candidate Rui Matos called the audit "
            "\u201coutrageous.\u201d")
    q = one(run(text), "outrageous")
    assert q.speaker.startswith("A spokesman for")


def test_the_possessor_of_a_noun_of_saying_speaks_not_the_outer_verbs_subject(run):
    text = ("The candidates say they will campaign beside Governor Ruth Adeyemi, who has been hurt by "
            "Inspector Paul Hendry's conclusion that her office was \"badly managed.\"")
    assert one(run(text), "badly managed").speaker == "Paul Hendry"


def test_titles_before_a_name_are_dropped(run):
    text = "Northern Deputy Minister Aki Tanabe said: \u201cThe joint team will be a good start for us.\u201d"
    assert one(run(text), "joint team").speaker == "Aki Tanabe"


def _q(text, speaker, article):
    return Quote(text=text, speaker=speaker, sources=[Source(article=article, sentence=text, start=0, end=len(text))])


def test_a_surname_in_one_article_is_the_full_name_of_another():
    items = [_q("We have lost our little boy and nothing will bring him back", "Melinda Okafor", "a"),
             _q("Lock your guns away, every one of them, every night", "Okafor", "b")]
    out = quotes_merge.merge(items, MergeContext())
    assert {q.speaker for q in out} == {"Melinda Okafor"}


def test_a_surname_two_full_names_share_stays_as_written():
    items = [_q("We have lost our little boy and nothing will bring him back", "Melinda Okafor", "a"),
             _q("The whole street came out to help the family tonight", "James Okafor", "a"),
             _q("Lock your guns away, every one of them, every night", "Okafor", "b")]
    out = quotes_merge.merge(items, MergeContext())
    assert "Okafor" in {q.speaker for q in out}


def test_a_surname_folds_into_the_speaker_not_a_namesake_who_does_not_speak():
    items = [_q("We have lost our little boy and nothing will bring him back", "Melinda Okafor", "a"),
             _q("Lock your guns away, every one of them, every night", "Okafor", "b")]
    ctx = MergeContext(rename={"Tobi Okafor": "Tobi Okafor", "Melinda Okafor": "Melinda Okafor"})
    out = quotes_merge.merge(items, ctx)
    assert {q.speaker for q in out} == {"Melinda Okafor"}


def test_a_pronoun_after_a_quote_is_its_speaker_before_a_nearer_name(run):
    text = ("\u201cShe sang every morning before school,\u201d her aunt Nadia Petrenko said.\n\n"
            "On Friday the family was still waiting for answers.\n\n"
            "The girl had been staying with a friend of Irena Kowal's brother, who lived nearby.\n\n"
            "\u201cWe want to know what happened that night,\u201d she said.\n\n")
    assert one(run(text), "what happened that night").speaker == "Nadia Petrenko"
