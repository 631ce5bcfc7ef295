"""Round 16 (judged DANGLING and DUP): a whole quotation opening with a pronoun for someone other than its speaker
reads with the person's name in brackets; a context sentence opening "But he also said" reads with the speaker's
name; a speaker's quotation that says another of his shown quotations again ranks last (texts written for these
tests)."""
from briefgen.items import Source
from briefgen.sections.base import MergeContext
from briefgen.sections.quotes import extract as quotes
from briefgen.sections.quotes import merge as quotes_merge
from briefgen.sections.quotes.model import Quote


EDITORIAL = ("Harbour race tightens\n\n"
             "In a sharp editorial, the Harbour Gazette called on Omar Lindqvist to change course or step aside.\n\n"
             "\u201cHe needs to stop blaming the fishermen and decide if he wants to run the port like someone who "
             "wants to keep it open,\u201d the newspaper wrote.\n")


def test_a_quotation_opening_with_a_pronoun_for_someone_else_gets_the_name_in_brackets(context):
    joined = quotes.extract_joined(context(EDITORIAL))
    assert len(joined) == 1
    assert joined[0].text.startswith("[Omar Lindqvist] needs to stop blaming the fishermen")


def test_the_pronoun_stays_when_the_nearest_sentence_names_two_people(context):
    text = EDITORIAL.replace("called on Omar Lindqvist to", "called on Omar Lindqvist and Pedro Alves to")
    joined = quotes.extract_joined(context(text))
    assert len(joined) == 1 and joined[0].text.startswith("He needs to stop")


def test_the_speaker_is_not_the_one_his_pronoun_stands_for(context):
    text = ("Harbour race tightens\n\nOmar Lindqvist met the fishermen on Monday.\n\n"
            "\u201cHe has done nothing for this port in ten years of promises,\u201d said Pedro Alves.\n")
    joined = quotes.extract_joined(context(text))
    assert joined[0].speaker == "Pedro Alves" and joined[0].text.startswith("[Omar Lindqvist] has done nothing")
    text = ("Harbour race tightens\n\nPedro Alves met the fishermen on Monday.\n\n"
            "\u201cHe has done nothing for this port in ten years of promises,\u201d said Pedro Alves.\n")
    assert quotes.extract_joined(context(text))[0].text.startswith("He has done nothing")


def _q(text, speaker, article="a", start=0):
    return Quote(text=text, speaker=speaker,
                 sources=[Source(article=article, sentence=text, start=start, end=start + len(text))])


def test_an_unresolved_pronoun_quotation_ranks_after_those_that_stand_alone():
    dangling = _q("He needs to stop blaming the fishermen and decide if he wants to run the port like someone who "
                  "wants to keep it open for the next twenty years of trade.", "Harbour Gazette")
    alone = _q("The council has found the money for the new ferry timetable in May.", "Pedro Alves", "a", 400)
    out = quotes_merge.merge([dangling, alone], MergeContext())
    assert [q.text for q in out] == [alone.text, dangling.text]


def test_a_context_opening_with_a_connective_and_the_pronoun_names_the_speaker():
    sentence = 'But he also said that the ferry owners were the ones "who truly broke the harbour deal."'
    assert quotes_merge.named_context(sentence, "Jane Ortega") == \
        '[Jane Ortega] also said that the ferry owners were the ones "who truly broke the harbour deal."'
    assert quotes_merge.named_context("Butler said the deal was off.", "Jane Ortega") is None


def test_a_speakers_sentence_said_again_in_other_words_ranks_last():
    first = _q("It is not the time to ease pressure, or to reward the ferry company. The fact that it talks at all "
               "shows the fines are working.", "Jane Ortega")
    other = _q("The harbour wall will be repaired before the winter storms arrive in the bay.", "Omar Lindqvist",
               "b", 300)
    again = _q("I believe that the ferry company wants to buy time to keep its old boats running. It's not the time "
               "to ease pressure towards the ferry company.", "Jane Ortega", "b", 600)
    third = _q("The council has found the money for the new ferry timetable in May.", "Omar Lindqvist", "b", 900)
    sentence = "Lindqvist called the new ferry plan \u201ca betrayal of every family on the quay\u201d on Monday."
    piece = Quote(text="a betrayal of every family on the quay", speaker="Omar Lindqvist", partial=True,
                  sources=[Source(article="b", sentence=sentence, start=1200, end=1200 + len(sentence))])
    out = quotes_merge.merge([first, other, again, third, piece], MergeContext())
    # after the fragment shown in its sentence too, with only its own sentence left (new_sentences_only)
    assert out[-1].text == "I believe that the ferry company wants to buy time to keep its old boats running."
    assert out[-2].in_sentence
    assert quotes_merge.says_again(again, [first])


def test_the_pronoun_stays_when_a_subject_of_that_sentence_may_be_the_one(context):
    text = ("Harbour shooting\n\nAna Ruiz was driving home when she saw the gunman, thinking at first he was there to "
            "guard Mayor Omar Lindqvist.\n\n\u201cHe looked right at me and then fired twice at the car,\u201d Ruiz "
            "said.\n")
    joined = quotes.extract_joined(context(text))
    assert joined[0].text.startswith("He looked right at me")
