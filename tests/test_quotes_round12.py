"""Round 12 (judged): what an analyst cannot sign as a quotation ranks after the standalone quotations of the
story's parties: scare-quote fragments, a crowd's chants, short quotations that lean on their article (texts
written for these tests)."""
from briefgen.items import Source
from briefgen.sections.base import MergeContext
from briefgen.sections.quotes import merge as quotes_merge
from briefgen.sections.quotes.model import Quote


def _q(text, speaker, article="a", start=0, **kw):
    return Quote(text=text, speaker=speaker,
                 sources=[Source(article=article, sentence=text, start=start, end=start + len(text))], **kw)


def _fragment(sentence, quoted, speaker, start):
    return _q(sentence, speaker, start=start, partial=True, in_sentence=True, quoted=quoted)


WHOLE = [
    _q("The harbour wall will be repaired before the winter storms arrive in the bay.", "Omar Lindqvist"),
    _q("The council has found the money for the new ferry timetable in May.", "Jane Ortega", start=100),
]


def test_a_scare_quote_fragment_ranks_after_a_longer_fragment():
    items = [
        _fragment("A neighbour said the flats were \u201cfairly quiet\u201d most nights.", "fairly quiet",
                  "a neighbour", 200),
        _fragment("Ortega said the plan was \u201ca sensible way to pay for the new ferry in the spring\u201d.",
                  "a sensible way to pay for the new ferry in the spring", "Jane Ortega", 300),
    ]
    out = quotes_merge.last_the_unsignable(WHOLE + items)
    assert [q.quoted for q in out[2:]] == ["a sensible way to pay for the new ferry in the spring", "fairly quiet"]


def test_stitched_scare_quotes_are_one_fragment_ranked_last():
    stitched = _fragment("Lindqvist spoke of \u201cfair rents\u201d and \u201creal change.\u201d",
                         "fair rents \u2026 real change.", "Omar Lindqvist", 200)
    longer = _fragment("Ortega called it \u201ca plan that the whole town can live with\u201d.",
                       "a plan that the whole town can live with", "Jane Ortega", 300)
    out = quotes_merge.last_the_unsignable(WHOLE + [stitched, longer])
    assert out[-1] is stitched


def test_a_crowds_chant_ranks_after_every_other_quote():
    items = [_q("The mayor must go now and take the council with him!", "protesters", start=200),
             _q("We will keep the ferry running through the whole of the winter.", "Jane Ortega", start=300)]
    out = [q.speaker for q in quotes_merge.merge(WHOLE + items, MergeContext())]
    assert out[-1] == "protesters"


def test_a_short_quote_opening_with_a_connective_ranks_after_the_fragments():
    so = _q("So, let's do that.", "Jane Ortega", start=200)
    frag = _fragment("Lindqvist said the ferry was \u201cthe best thing to happen to this town in years\u201d.",
                     "the best thing to happen to this town in years", "Omar Lindqvist", 300)
    out = quotes_merge.last_the_unsignable(WHOLE + [so, frag])
    assert out[-1] is so


def test_a_short_quote_about_someone_it_does_not_name_ranks_after_the_fragments():
    here = _q("What they told us is that he hit him right here.", "Jane Ortega", start=200)
    frag = _fragment("Lindqvist said the ferry was \u201cthe best thing to happen to this town in years\u201d.",
                     "the best thing to happen to this town in years", "Omar Lindqvist", 300)
    out = quotes_merge.last_the_unsignable(WHOLE + [here, frag])
    assert out[-1] is here
    assert not quotes_merge.pointing("He told Mayor Ortega that he would not sign the lease.")


def test_a_short_question_ranks_after_the_fragments():
    ask = _q("Have you lost your minds?", "Omar Lindqvist", start=200)
    out = quotes_merge.last_the_unsignable([ask] + WHOLE)
    assert out[-1] is ask
    long_ask = _q("Why has the council still not found the money for the new ferry after three whole years?",
                  "Omar Lindqvist", start=300)
    assert quotes_merge.last_the_unsignable([long_ask] + WHOLE)[0] is long_ask


def test_a_detail_opening_with_specifically_leans_back():
    from briefgen.sections.quotes import extract as quotes
    assert quotes.leans_back("Specifically, the loss of the ferry would cut the island off in winter.") == "connective"


def test_a_whole_short_statement_in_its_sentence_ranks_before_the_fragments():
    sentence = "\u201cIt's plain cowardice,\u201d she said, noting that the mayor had not resigned."
    statement = _q(sentence, "Jane Ortega", start=200, partial=False, in_sentence=True, quoted="It's plain cowardice")
    piece = _fragment("Ortega spoke of \u201cthe four long years in which the ferry lost money\u201d.",
                      "the four long years in which the ferry lost money", "Jane Ortega", 100)
    out = quotes_merge.last_the_unsignable(WHOLE + [piece, statement])
    assert out.index(statement) < out.index(piece)
    assert quotes_merge.short_statement(statement) and not quotes_merge.scare(statement)


def test_a_described_speakers_quote_that_leans_back_ranks_after_the_named_parties():
    detail = _q("Specifically, the closure of the ferry would cut the island off from the mainland in winter.",
                "the harbour board", start=200)
    named = _q("We will keep the ferry running through the whole of the winter months.", "Jane Ortega", start=300)
    out = quotes_merge.last_the_unsignable([detail, named] + WHOLE)
    assert out[-1] is detail
