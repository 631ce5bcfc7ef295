from briefgen.extract.article import ArticleFacts
from briefgen.facts import Actor, Article, Casualty, Quote, Source
from briefgen.merge import carry_ids, merge


def src(article: str, sentence: str, start: int = 0) -> Source:
    return Source(article=article, sentence=sentence, start=start, end=start + len(sentence))


def result(art: str, actors=(), quotes=(), casualties=(), published=None) -> ArticleFacts:
    return ArticleFacts(article=Article(id=art, path=f"{art}.txt", published=published), actors=list(actors),
                        quotes=list(quotes), casualties=list(casualties))


def test_surname_in_one_article_joins_full_name_in_another():
    a = result("a", actors=[Actor(name="Jane Doe", type="person", mentions=2)],
               quotes=[Quote(text="We will not give up the port", speaker="Jane Doe",
                             sources=[src("a", 'Jane Doe said: "We will not give up the port."')])])
    b = result("b", actors=[Actor(name="Doe", type="person", mentions=1)],
               quotes=[Quote(text="We will not give up the port", speaker="Doe",
                             sources=[src("b", '"We will not give up the port," Doe said.')])])
    facts = merge([a, b])
    assert [x.name for x in facts.actors] == ["Jane Doe"] and "Doe" in facts.actors[0].aliases
    assert len(facts.quotes) == 1
    assert facts.quotes[0].speaker == "Jane Doe"
    assert {s.article for s in facts.quotes[0].sources} == {"a", "b"}


def test_disagreeing_figures_kept_side_by_side_never_averaged():
    one = Casualty(text="12 people were killed", count=12, kind="killed", sources=[src("a", "12 people were killed.")])
    two = Casualty(text="15 people were killed", count=15, kind="killed", sources=[src("b", "15 people were killed.")])
    same = Casualty(text="12 killed", count=12, kind="killed", sources=[src("c", "Police said 12 died.")])
    facts = merge([result("a", casualties=[one], published="2025-01-01"),
                   result("b", casualties=[two], published="2025-01-02"),
                   result("c", casualties=[same], published="2025-01-01")])
    counts = [c.count for c in facts.casualties]
    assert sorted(counts) == [12, 15]  # no 13.5
    fifteen = next(c for c in facts.casualties if c.count == 15)
    twelve = next(c for c in facts.casualties if c.count == 12)
    assert counts[0] == 15  # the most recent report first
    assert fifteen.conflicts == [twelve.id] and twelve.conflicts == [fifteen.id]
    assert {s.article for s in twelve.sources} == {"a", "c"}


def test_ids_are_stable_and_unique():
    q = Quote(text="Talks will resume", speaker="X Y", sources=[src("a", '"Talks will resume," X Y said.')])
    first = merge([result("a", quotes=[q])]).quotes[0].id
    again = merge([result("a", quotes=[q])]).quotes[0].id
    assert first == again and first.startswith("quo-")


def test_disagreeing_figures_become_an_open_question_citing_both():
    one = Casualty(text="12 people were killed", count=12, kind="killed", sources=[src("a", "12 people were killed.")])
    two = Casualty(text="15 people were killed", count=15, kind="killed", sources=[src("b", "15 people were killed.")])
    facts = merge([result("a", casualties=[one]), result("b", casualties=[two])])
    (question,) = [q for q in facts.open_questions if q.kind == "disagreement"]
    assert question.text == "How many people were killed? The reports give 12 and 15."
    assert {s.article for s in question.sources} == {"a", "b"}


def test_ids_carry_over_when_a_new_article_brings_a_fuller_wording():
    short = Quote(text="We will not give up the port", speaker="Jane Doe",
                  sources=[src("a", '"We will not give up the port," Jane Doe said.')])
    first = merge([result("a", quotes=[short])])
    longer = Quote(text="We will not give up the port, whatever it costs us", speaker="Jane Doe",
                   sources=[src("b", '"We will not give up the port, whatever it costs us," Jane Doe said.')])
    second = merge([result("a", quotes=[short]), result("b", quotes=[longer])])
    assert len(second.quotes) == 1 and second.quotes[0].text.endswith("costs us")
    assert second.quotes[0].id != first.quotes[0].id  # the lead wording changed ...
    assert carry_ids(first, second).quotes[0].id == first.quotes[0].id  # ... the fact keeps its id
