"""Key developments: event sentences per article, one corroborated item per event across articles."""
from pathlib import Path

import pytest

from briefgen import nlp as bnlp
from briefgen.extract import actors
from briefgen.sections.developments.lexicon import DEFAULT_LIMIT
from briefgen.sections.developments import extract as developments, rank as developments_rank
from briefgen.extract.context import ArticleContext
from briefgen.facts import Development

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

ARTICLE_A = """Dam Breach Floods Valley Towns

By Jane Holloway

MERIDA (Newswire) - A dam on the Tarro River collapsed early Monday, flooding four villages and forcing about 3,000 residents from their homes, regional officials said.
Rescue teams from the national guard evacuated hundreds of people by boat on Monday afternoon.
Subscribe to our newsletter for the latest updates on the flooding.
Will the government compensate the families?
"We lost everything, the house, the animals, all of it," a farmer told reporters.
Governor Elena Ruiz declared a state of emergency in the province and requested federal aid.
Click here to read more stories like this one.
Copyright 2024 Newswire. All rights reserved.
"""

ARTICLE_B = """A dam on the Tarro River collapsed on Monday, flooding four villages and forcing roughly 3,000 residents to leave their homes.
Engineers had warned for years that the structure was weak.
The regional parliament will debate the disaster on Thursday.
"""


@pytest.fixture(scope="module")
def nlp():
    return bnlp.load()


def ctx_for(nlp, text: str, article_id: str, title=None) -> ArticleContext:
    doc = nlp(text)
    return ArticleContext(article_id=article_id, text=text, doc=doc, actors=actors.find_actors(doc), title=title)


def test_candidates_skip_headlines_bylines_boilerplate_questions_quotes(nlp):
    items = developments.extract(ctx_for(nlp, ARTICLE_A, "a"))
    texts = " | ".join(i.text for i in items)
    assert items
    for junk in ("Dam Breach Floods", "Jane Holloway", "Subscribe", "compensate", "We lost everything",
                 "Click here", "Copyright"):
        assert junk not in texts
    assert any("state of emergency" in i.text for i in items)


def test_lead_first_dateline_dropped_and_sources_exact(nlp):
    ctx = ctx_for(nlp, ARTICLE_A, "a")
    items = developments.extract(ctx)
    assert items[0].text.startswith("A dam on the Tarro River collapsed")  # the lead, without "MERIDA (Newswire) -"
    for item in items:
        assert item.support == 1 and item.id == "" and len(item.sources) == 1
        src = item.sources[0]
        assert ctx.text[src.start:src.end] == src.sentence
        assert item.text in " ".join(src.sentence.split())  # the article's own words
        assert item.score == round(item.score, 4)
    assert [i.score for i in items] == sorted((i.score for i in items), reverse=True)


def test_same_event_in_two_articles_is_one_item_with_support_two(nlp):
    items = developments.extract(ctx_for(nlp, ARTICLE_A, "a")) + developments.extract(ctx_for(nlp, ARTICLE_B, "b"))
    ranked = developments_rank.rank(items)
    dam = [r for r in ranked if "dam on the Tarro River collapsed" in r.text]
    assert len(dam) == 1
    assert dam[0].support == 2
    assert sorted(s.article for s in dam[0].sources) == ["a", "b"]
    assert dam[0].text in {i.text for i in items}  # one member's sentence, never a concatenation
    assert ranked[0] is dam[0]  # corroborated lead event first
    assert all(r.id == "" for r in ranked)


def test_rank_is_deterministic_and_respects_limit(nlp):
    items = developments.extract(ctx_for(nlp, ARTICLE_A, "a")) + developments.extract(ctx_for(nlp, ARTICLE_B, "b"))
    first = developments_rank.rank(items)
    assert [r.model_dump() for r in first] == [r.model_dump() for r in developments_rank.rank(list(reversed(items)))]
    assert len(developments_rank.rank(items, limit=2)) == 2
    assert developments_rank.rank([]) == []


def test_odd_input_does_not_crash(nlp):
    for text in ("", "   \n\n ", '"Unbalanced quote starts here and never ends, said nobody at all today',
                 "word " * 3000):
        assert isinstance(developments.extract(ctx_for(nlp, text, "x")), list)
    lone = Development(text="Something happened.", sources=[])
    assert developments_rank.rank([lone]) == []


def test_seeds_keep_the_corroborated_events(nlp):
    items = []
    for path in sorted(SEEDS.glob("*.txt")):
        items += developments.extract(ctx_for(nlp, path.read_text(encoding="utf-8"), path.stem))
    ranked = developments_rank.rank(items)
    assert len(ranked) <= DEFAULT_LIMIT
    def find(*words):
        return [r for r in ranked if all(w in " ".join([r.text] + [s.sentence for s in r.sources]) for w in words)]
    troops = find("troops", "ruling out") or find("troops", "ruled out")
    assert troops and troops[0].support == 2
    meeting = find("White House", "Zelenskyy")
    assert meeting  # "This development comes on the heels of ..." leans on its sentence before: not a second report
    assert find("drones", "missiles")
