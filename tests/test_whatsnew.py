"""What's new between two sets of facts: built by hand here, no parse needed."""
from __future__ import annotations

from briefgen.facts import Article, Casualty, Development, Facts, OpenQuestion, Position, Source
from briefgen.whatsnew import diff, is_empty


def src(article: str, sentence: str) -> list[Source]:
    return [Source(article=article, sentence=sentence, start=0, end=len(sentence))]


def facts(date: str, *, casualties=(), developments=(), positions=(), questions=(), articles=("a", "b")) -> Facts:
    return Facts(date=date, articles=[Article(id=a, path=f"{a}.txt") for a in articles],
                 casualties=list(casualties), developments=list(developments), positions=list(positions),
                 open_questions=list(questions))


def killed(count: int, cid: str, article: str = "a", who: str = "people") -> Casualty:
    sentence = f"{count} {who} were killed."
    return Casualty(id=cid, text=sentence, count=count, kind="killed", who=who, sources=src(article, sentence))


def test_no_earlier_briefing_means_no_section():
    assert diff(None, facts("2026-03-02")) is None


def test_moved_figure_shows_old_and_new():
    changes = diff(facts("2026-03-01", casualties=[killed(3, "cas-1")]),
                   facts("2026-03-02", casualties=[killed(5, "cas-2")]))
    [moved] = changes["casualties"]
    assert (moved["kind"], moved["old"].count, moved["new"].count) == ("killed", 3, 5)
    assert moved["new"].sources[0].sentence == "5 people were killed."
    assert changes["since"] == "2026-03-01"


def test_unmoved_figure_and_new_kind():
    changes = diff(facts("1", casualties=[killed(3, "cas-1")]),
                   facts("2", casualties=[killed(3, "cas-1"), killed(2, "cas-3", who="soldiers")]))
    assert [(c["old"], c["new"].who) for c in changes["casualties"]] == [(None, "soldiers")]


def test_old_figure_shown_is_the_one_that_moved():
    old = facts("1", casualties=[killed(4, "cas-4", "b"), killed(3, "cas-3", "a")])
    new = facts("2", casualties=[killed(4, "cas-4", "b"), killed(6, "cas-6", "a")])
    [moved] = diff(old, new)["casualties"]
    assert (moved["old"].count, moved["new"].count) == (3, 6)


def test_developments_and_positions_new_by_id_or_text():
    dev = Development(id="dev-1", text="The bridge reopened.", sources=src("a", "The bridge reopened."))
    same_text = Development(id="dev-9", text="The bridge  reopened.", sources=src("b", "The bridge reopened today."))
    fresh = Development(id="dev-2", text="Talks resumed.", sources=src("b", "Talks resumed."))
    pos = Position(id="pos-1", text="Holt said the town would rebuild", actor="Jane Holt", cue="say",
                   sources=src("a", "Holt said the town would rebuild."))
    changed = Position(id="pos-2", text="Holt rejected the plan", actor="Jane Holt", cue="reject", stance="rejects",
                       sources=src("a", "Holt rejected the plan."))
    changes = diff(facts("1", developments=[dev], positions=[pos]),
                   facts("2", developments=[same_text, fresh], positions=[pos, changed]))
    assert [d.id for d in changes["developments"]] == ["dev-2"]
    assert [p.id for p in changes["positions"]] == ["pos-2"]


def test_answered_questions_only_while_their_article_is_still_read():
    q1 = OpenQuestion(id="opq-1", text="whether the wall failed", cue="unclear", sources=src("a", "It is unclear."))
    q2 = OpenQuestion(id="opq-2", text="who gave the order", cue="unclear", sources=src("b", "It is unclear who."))
    changes = diff(facts("1", questions=[q1, q2]), facts("2", articles=("a",)))
    assert [q.id for q in changes["answered"]] == ["opq-1"]  # b's question left with b: dropped, not answered


def test_nothing_new():
    same = facts("1", casualties=[killed(3, "cas-1")])
    assert is_empty(diff(same, same.model_copy(update={"date": "2"})))
    assert not is_empty(diff(facts("1"), same))
