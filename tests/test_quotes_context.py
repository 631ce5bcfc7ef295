"""Round 10: an in-sentence item leads with the speaker's words (`quoted`), its sentence shown as their context;
a context opening on a pronoun gets the speaker's name; a partial quote in the headline is no quote; an epithet
speaker ("the man who ...") is the person the article names (texts written for these tests)."""
from briefgen.config import Config
from briefgen.facts import Article, Facts
from briefgen.items import Source
from briefgen.render import render_all
from briefgen.sections.base import MergeContext
from briefgen.sections.quotes import extract as quotes
from briefgen.sections.quotes import merge as quotes_merge
from briefgen.sections.quotes.model import Quote

BETRAYAL = "Omar Lindqvist called the ferry plan \u201ca betrayal\u201d on Monday."
PLEASED = "He said he was pleased the council had agreed \u201ca plan for the ferry to run all winter.\u201d"


def _q(text, speaker, sentence, start=0):
    return Quote(text=text, speaker=speaker, partial=True,
                 sources=[Source(article="a", sentence=sentence, start=start, end=start + len(sentence))])


def _merge(items):
    return quotes_merge.merge(items, MergeContext())


def _line(quote, needle):
    facts = Facts(title="Ferry", date="2024-03-02", articles=[Article(id="a", path="a.txt")],
                  quotes=[quote.model_copy(update={"id": "q1"})])
    md = render_all(facts, Config(), ["md"])["md"].decode()
    return next(ln for ln in md.splitlines() if needle in ln)


def test_an_in_sentence_item_keeps_its_sentence_as_text_and_the_quoted_words_apart():
    [q] = _merge([_q("a betrayal", "Omar Lindqvist", BETRAYAL)])
    assert (q.text, q.quoted, q.in_sentence, q.context) == (BETRAYAL, "a betrayal", True, None)


WARNED = "Omar Lindqvist warned that \u201cthe families on the island will be cut off\u201d by the plan."


def test_the_briefing_leads_with_the_speakers_words_and_shows_the_sentence_as_context():
    [q] = _merge([_q("the families on the island will be cut off", "Omar Lindqvist", WARNED)])
    assert q.held is None
    line = _line(q, "families")
    assert line.startswith("- \u201cthe families on the island will be cut off\u201d \u2014 **Omar Lindqvist** "
                           "(partial quote, from: Omar Lindqvist warned that")


def test_two_fragments_of_one_sentence_are_quoted_in_the_order_the_sentence_gives_them():
    sentence = ("Omar Lindqvist said the council must respect \u201cthe rights\u201d of the families and "
                "\u201chonest reform.\u201d")
    [q] = _merge([_q("honest reform.", "Omar Lindqvist", sentence), _q("the rights", "Omar Lindqvist", sentence)])
    assert q.quoted == "the rights \u2026 honest reform."


def test_a_context_opening_on_a_pronoun_gets_the_speakers_name():
    [q] = _merge([_q("a plan for the ferry to run all winter.", "Omar Lindqvist", PLEASED)])
    assert q.text == PLEASED and q.context.startswith("[Omar Lindqvist] said he was pleased")
    assert "(partial quote, from: \\[Omar Lindqvist\\] said he was pleased" in _line(q, "pleased")  # md escapes []


def test_a_pronoun_is_not_replaced_by_a_description():
    [q] = _merge([_q("to explore how the ferry could run all winter.", "a neighbour",
                     "He said, a neighbour recalled, that the council wanted \u201cto explore it.\u201d")])
    assert q.context is None


def test_a_partial_quote_in_the_headline_is_no_quote(context):
    title = "Ferry to stop in winter; council says plan \u2018a betrayal\u2019"
    text = (title + "\n\nThe harbour council voted on Monday to stop the winter ferry, Omar Lindqvist said. "
            "\u201cThe families on the island will be cut off for months,\u201d he said.\n")
    items = quotes.extract_joined(context(text, title=title))
    assert [q.speaker for q in items] == ["Omar Lindqvist"] and "betrayal" not in items[0].text


def test_without_the_title_the_same_line_is_read_as_before(context):
    title = "Ferry to stop in winter; council says plan \u2018a betrayal\u2019"
    text = (title + "\n\nThe harbour council voted on Monday to stop the winter ferry, Omar Lindqvist said.\n")
    assert any("betrayal" in q.text for q in quotes.extract_joined(context(text)))


EPITHET = ("\u201cThe families on the island will be cut off for months,\u201d Omar Lindqvist said on Monday.\n\n"
           "The island \u201cdeserves a ferry that runs every day of the year,\u201d said the man who built his "
           "career on the docks.\n")


def test_an_epithet_speaker_is_the_named_speaker_of_the_quote_before(context):
    items = quotes.extract_joined(context(EPITHET))
    q = next(q for q in items if "deserves" in q.text)
    assert q.speaker == "Omar Lindqvist"


def test_an_epithet_after_another_persons_action_stays_a_description(context):
    text = ("\u201cThe families on the island will be cut off for months,\u201d Omar Lindqvist said on Monday.\n\n"
            "Later Jonas Berg closed the quay. The island \u201cdeserves a ferry that runs every day of the "
            "year,\u201d said the man who built his career on the docks.\n")
    items = quotes.extract_joined(context(text))
    q = next(q for q in items if "deserves" in q.text)
    assert q.speaker != "Omar Lindqvist"
