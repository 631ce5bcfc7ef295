"""Golden files: the rendering of a fixed facts file must stay byte-identical (`make golden` to accept a change)."""
from briefgen import facts as facts_io
from briefgen.render import render_all

from conftest import ROOT
from update_golden import CONFIG, GOLDEN


def test_rendering_matches_the_golden_files():
    facts = facts_io.load(GOLDEN / "seeds.facts.json")
    rendered = render_all(facts, CONFIG, ["md", "html"])
    assert rendered["md"].decode() == (GOLDEN / "briefing.md").read_text(), "run `make golden` if intended"
    assert rendered["html"].decode() == (GOLDEN / "briefing.html").read_text(), "run `make golden` if intended"


def test_golden_facts_still_match_the_seeds_sentences():
    facts = facts_io.load(GOLDEN / "seeds.facts.json")
    for article in facts.articles:
        assert (ROOT / article.path).is_file()
    assert facts.quotes and facts.casualties and facts.developments


def test_extracting_the_seeds_gives_the_golden_facts(seed_facts):
    """The safety net for refactoring the extractors: the seeds' facts, byte for byte (`make golden`)."""
    from update_golden import relative_paths

    got = facts_io.dumps(relative_paths(seed_facts.model_copy(deep=True)))
    assert got == (GOLDEN / "seeds.facts.json").read_text(encoding="utf-8"), "run `make golden` if intended"
