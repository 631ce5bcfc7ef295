"""Issue 12, item 6 (round 15): a procedural unknown ("waiting to hear more from", "under investigation", "further
details ... are unclear") is written as the question it implies, naming what is pending. Texts written for the test."""
from test_open_questions_round12 import run  # noqa: F401  (run is a fixture)


def texts(run, text):
    return [q.text for q in run(text)]


def test_waiting_to_hear_from_names_whose_word_is_pending(run):
    assert texts(run, "Detectives are waiting to hear more from the county coroner before naming the dead man.") == [
        "Unclear: what the county coroner will report (detectives are waiting to hear more)"]


def test_awaiting_results_asks_what_they_will_show(run):
    assert texts(run, "Deputies in Marlow County are awaiting the toxicology results.") == [
        "Unclear: what the toxicology results will show (deputies in Marlow County are awaiting them)"]


def test_circumstances_under_investigation_are_the_unknown(run):
    assert texts(run, "The circumstances surrounding the fall from the balcony are under investigation.") == [
        "Unclear: the circumstances surrounding the fall from the balcony (under investigation)"]


def test_an_event_under_investigation_asks_its_circumstances(run):
    assert texts(run, "The crash on Route 9 is under investigation.") == [
        "Unclear: the circumstances of the crash on Route 9 (under investigation)"]


def test_a_person_under_investigation_is_left_as_written(run):
    out = texts(run, "Officer Dale Brenton is under investigation by the state.")
    assert all("circumstances" not in t for t in out)


def test_further_details_unclear_name_the_details_and_why(run):
    assert texts(run, "Further details about the fire at the Elm Street warehouse are unclear as firefighters "
                      "continue to search the site.") == [
        "Unclear: details about the fire at the Elm Street warehouse (firefighters continue to search the site)"]


# ------------------------------------------------ an open question's second part a shown development tells

def test_a_question_whose_tail_a_development_tells_is_shown_alone(run):
    from test_open_questions_round12 import merged
    from briefgen.sections.developments.model import Development

    [q] = run("The mayor's office has given several conflicting reasons for the closure of the Pine Street library.")
    assert q.text.startswith("Unclear: ") and ". " in q.text
    dev = Development(text="The mayor's office has given several conflicting reasons for the closure of the Pine "
                           "Street library", sources=list(q.sources))
    assert merged([q]) == [q.text]
    assert merged([q], [dev]) == [q.text.split(". ", 1)[0]]


def test_waiting_with_a_pronoun_subject_names_who_waits_as_the_item_does(run):
    out = texts(run, "Detectives found the bodies of two men in a garage on Monday. They said they are waiting to hear "
                     "more from the state crime lab before naming a suspect.")
    assert "Unclear: what the state crime lab will report (detectives are waiting to hear more)" in out


def test_a_group_s_record_of_attacks_does_not_tell_the_attack():
    from briefgen.sections.developments.model import Development
    from briefgen.sections.open_questions.merge import event_shown
    from briefgen.sections.open_questions.model import OpenQuestion

    q = OpenQuestion(text="Unclear: whether the rebels carried out the attack", sources=[], cue="x", kind="hedge")
    record = [Development(text="The minister named a rebel group accused of carrying out attacks in the north.",
                          sources=[])]
    told = [Development(text="Rebels attacked a police post in the north on Sunday.", sources=[])]
    assert not event_shown(q, record)
    assert event_shown(q, told)


def test_a_number_to_be_settled_says_when_once_a_development_tells_it(run):
    from test_open_questions_round12 import merged, told

    [q] = run("The league said the number of teams will be hammered out after a meeting with the owners in June.")
    assert merged([q], [told(q)]) == [
        "Unclear: the number of teams (to be hammered out after a meeting with the owners in June)"]


def test_options_being_weighed_ask_which_will_be_taken(run):
    assert texts(run, "The county board is now considering various options, including closing the bridge — a move "
                      "farmers oppose — or selling the land.") == [
        "Unclear: which option the county board will take (closing the bridge or selling the land)"]
