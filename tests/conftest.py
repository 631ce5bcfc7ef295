"""Shared fixtures: the seeds, their facts (extracted once per session), and running the real CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
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
