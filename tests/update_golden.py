#!/usr/bin/env python3
"""Regenerate tests/golden/ when a change to the output is intended (`make golden`).

The golden facts are the seeds' facts (extracted once, dated 2025-08-20); the golden Markdown and
HTML are their rendering with the default config. test_golden.py compares against them.
"""
from pathlib import Path

from briefgen import facts as facts_io
from briefgen.config import Config
from briefgen.pipeline import build_facts
from briefgen.render import render_all

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
CONFIG = Config(date="2025-08-20")


def relative_paths(facts):
    """Paths relative to the repository, so the golden file does not depend on where it was made."""
    for article in facts.articles:
        article.path = str(Path(article.path).resolve().relative_to(ROOT))
        article.paths = [str(Path(p).resolve().relative_to(ROOT)) for p in article.paths]
    return facts


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    facts = relative_paths(build_facts([str(ROOT / "seeds")], CONFIG))
    (GOLDEN / "seeds.facts.json").write_text(facts_io.dumps(facts), encoding="utf-8")
    rendered = render_all(facts, CONFIG, ["md", "html"])
    (GOLDEN / "briefing.md").write_bytes(rendered["md"])
    (GOLDEN / "briefing.html").write_bytes(rendered["html"])
    print(f"wrote {GOLDEN}")


if __name__ == "__main__":
    main()
