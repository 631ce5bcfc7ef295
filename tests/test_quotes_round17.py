"""Round 17: a quotation's bracketed name only for a person the article calls "he" or "she" as the pronoun says;
quoted words without a clause of their own, a reporter's sentence and a short connective-led quotation are held back
(texts written for these tests)."""
from __future__ import annotations

from briefgen.items import Source
from briefgen.sections.base import MergeContext
from briefgen.sections.quotes import extract as quotes
from briefgen.sections.quotes import merge as quotes_merge
from briefgen.sections.quotes.model import Quote


def _q(text, speaker, sentence, start=0, **kw):
    return Quote(text=text, speaker=speaker, sources=[Source(article="a", sentence=sentence, start=start,
                                                             end=start + len(sentence))], **kw)


MISQUOTE = (
    "Harbour killing\n\n"
    "Police are searching for Tomas Brandt, 31, in the killing of a dock worker on Sunday. "
    "His car was found at the ferry terminal, and he may have left the island. "
    "Brandt's girlfriend, Lena Ortiz, was arrested on Monday. "
    "Detectives said Brandt had argued with the victim outside a bar. "
    "\u201cShe was a target of an ongoing drug investigation,\u201d Chief Ana Reyes said.\n"
)

NAMED = (
    "Harbour killing\n\n"
    "Police are searching for Tomas Brandt, 31, in the killing of a dock worker on Sunday. "
    "His car was found at the ferry terminal, and he may have left the island. "
    "\u201cHe may have taken the early ferry to the mainland,\u201d Chief Ana Reyes said.\n"
)


def test_a_she_is_never_given_the_name_of_a_man_the_article_calls_he(context):
    quote = next(q for q in quotes.extract_joined(context(MISQUOTE)) if "drug investigation" in q.text)
    assert quote.text.startswith("She was a target")


def test_a_he_is_given_the_name_of_the_man_the_article_calls_he(context):
    quote = next(q for q in quotes.extract_joined(context(NAMED)) if "early ferry" in q.text)
    assert quote.text.startswith("[Tomas Brandt] may have taken")


def test_quoted_words_without_their_subject_are_held_back(context):
    text = ("Ferry vote\n\nThe mayor said the islanders \u201cdeserve a ferry that runs every day of the year\u201d "
            "and promised a new timetable.\n")
    [q] = [q for q in quotes.extract_joined(context(text)) if "deserve" in q.text]
    assert q.partial and q.phrase
    [merged] = quotes_merge.merge([q], MergeContext())
    assert merged.held == "fragment"


def test_quoted_words_that_are_a_clause_are_shown(context):
    text = ("Ferry vote\n\nIn a statement, the council said \u201cthe findings so far support the closure\u201d of the "
            "winter ferry.\n")
    [q] = [q for q in quotes.extract_joined(context(text)) if "findings" in q.text]
    assert q.partial and not q.phrase
    [merged] = quotes_merge.merge([q], MergeContext())
    assert merged.held is None


def test_a_short_quotation_opening_with_a_connective_is_held_back():
    out = quotes_merge.merge([
        _q("So, let's do that.", "Ana Reyes", "\u201cSo, let's do that,\u201d Reyes said."),
        _q("The ferry will run every day of the year from May.", "Ana Reyes",
           "\u201cThe ferry will run every day of the year from May,\u201d Reyes said.", 100),
    ], MergeContext())
    assert [q.held for q in out] == [None, "fragment"]
