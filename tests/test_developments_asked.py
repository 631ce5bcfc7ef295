"""A development an open question already asks is not shown twice (issue 12, item 4): the question says what is
open; a question that only asks ("Will anyone be charged?") leaves the development its facts. Texts written here."""
from __future__ import annotations

from briefgen.facts import Development, OpenQuestion, Source
from briefgen.merge.engine import not_asked
from briefgen.sections.developments.lexicon import LEADING


def src(sentence: str, start: int) -> Source:
    return Source(article="a", sentence=sentence, start=start, end=start + len(sentence))


FEAR = "Dock workers said they fear the council will sell the harbour to a private operator before the winter."
CHARGED = "No one has been charged in the fire at the ferry terminal, and the inquiry goes on."


def devs(*extra):
    lead = [Development(text=f"Event {k} happened at the harbour on Monday.", sources=[src(f"Event {k}.", 100 * k)],
                        score=3.0) for k in range(LEADING)]
    return lead + list(extra)


def test_a_development_the_question_restates_is_not_shown():
    fear = Development(text=FEAR, sources=[src(FEAR, 1000)], score=1.0)
    question = OpenQuestion(text="Unclear: whether the council will sell the harbour to a private operator before "
                                 "the winter", cue="unclear", sources=[src(FEAR, 1000)])
    assert fear not in not_asked(devs(fear), [question])


def test_a_question_that_only_asks_leaves_the_development():
    charged = Development(text=CHARGED, sources=[src(CHARGED, 2000)], score=1.0)
    question = OpenQuestion(text="Will anyone be charged?", cue="unclear", sources=[src(CHARGED, 2000)])
    assert charged in not_asked(devs(charged), [question])


def test_the_leading_developments_stay_and_another_sentence_is_no_repeat():
    fear = Development(text=FEAR, sources=[src(FEAR, 1000)], score=1.0)
    question = OpenQuestion(text="Unclear: whether the council will sell the harbour to a private operator before "
                                 "the winter", cue="unclear", sources=[src(FEAR, 1000)])
    assert not_asked([fear], [question]) == [fear]  # among the first LEADING: the story's main events
    other = OpenQuestion(text=question.text, cue="unclear", sources=[src("Another sentence.", 5000)])
    assert fear in not_asked(devs(fear), [other])


def test_an_article_whose_developments_a_later_one_overtook_is_still_this_story():
    from briefgen.facts import Position
    from briefgen.sections.base import MergeContext
    from briefgen.sections.positions.merge import off_story

    def d(text, article, start=0):
        return Development(text=text, sources=[Source(article=article, sentence=text, start=start,
                                                      end=start + len(text))], score=1.0)
    a = d("Judge Maria Lind found Tomas Brekke guilty of manslaughter in Larkfield.", "a")
    b = d("Tomas Brekke will be sentenced by Judge Maria Lind in Larkfield next month.", "b")
    c = d("Tomas Brekke of Larkfield is charged in the shooting of Ana Lind.", "c")  # overtaken: not in the list
    stance = Position(text="His lawyer, Omar Quist, says the shooting of Ana Lind was an accident", actor="Omar Quist",
                      cue="say", stance="denies", sources=[Source(article="c", sentence="x", start=500, end=501)])
    ctx = MergeContext()
    ctx.merged["developments"] = [a, b]
    assert off_story([stance], ctx) == {"c"}  # by the ranked list alone, article c names nothing the others name
    ctx.options["development_candidates"] = (a, b, c)
    assert off_story([stance], ctx) == set()
