"""Shared fixtures: the seeds, their facts (extracted once per session), and running the real CLI."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent

# Hypothesis profiles. Fuzz tests (`@pytest.mark.fuzz`) set no max_examples of their own, so the profile
# decides how long they run: "quick" (loaded here, for `make test`: a few seconds in all, the same
# examples every run) or "fuzz" (`make fuzz`: `--hypothesis-profile=fuzz`, new random examples each run,
# about ten minutes over tests/; FUZZ_EXAMPLES=N changes the number of examples per test). The profile is
# loaded before test modules are imported, so a slow fuzz test may take a share of it at decoration:
# `@settings(max_examples=max(10, settings.default.max_examples // 4))`.
_HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]
settings.register_profile("quick", max_examples=30, deadline=None, derandomize=True, database=None,
                          suppress_health_check=_HEALTH)
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "10000")), deadline=None,
                          database=None, suppress_health_check=_HEALTH, print_blob=True)
settings.load_profile("quick")  # --hypothesis-profile=fuzz replaces it (the plugin loads it after conftest)
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_facts():
    from briefgen.config import Config
    from briefgen.pipeline import build_facts

    return build_facts([str(SEEDS)], Config(date="2025-08-20"))


def run_cli(*args: str, cwd: Path | None = None, timeout: int = 300, env: dict | None = None,
            **kwargs) -> subprocess.CompletedProcess:
    """Run `python -m briefgen ARGS` as a user would, without a terminal."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=cwd or ROOT, capture_output=True,
                          text=True, timeout=timeout, env=full_env, stdin=subprocess.DEVNULL, **kwargs)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def context():
    """Parse a text written for a test into the ArticleContext every extractor takes (model loaded once)."""
    from briefgen import nlp
    from briefgen.config import DEFAULT_ALIASES
    from briefgen.extract.actors import find_actors
    from briefgen.extract.context import ArticleContext

    pipeline = nlp.load()

    def make(text: str, aliases: dict | None = None, article_id: str = "t", title: str | None = None):
        doc = pipeline(text)
        return ArticleContext(article_id, text, doc, find_actors(doc, DEFAULT_ALIASES if aliases is None else aliases),
                              title=title)
    return make


SLOW_FIXTURES = {"cli"}  # a test that runs the real command in a subprocess
SLOW_FILES = {"test_end_to_end.py", "test_hostile.py", "test_packaging.py", "test_schedule.py"}


def pytest_collection_modifyitems(config, items):
    """`make test-fast` (-m "not slow") leaves out every test that starts the CLI as a subprocess."""
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())) or item.path.name in SLOW_FILES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def no_unexpected_extractor_warnings(request, caplog):
    """Extractor tests fail on any warning the extractors log that the test did not ask for."""
    yield
    if request.node.get_closest_marker("slow") or "caplog" in request.fixturenames:
        return
    bad = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING
           and r.name.startswith(("briefgen.extract", "briefgen.sections"))]
    assert not bad, "unexpected warnings: " + "; ".join(r.getMessage() for r in bad)
