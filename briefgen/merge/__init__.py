"""Across articles: actors folded (actors.py), each section's items merged (its own merge.py), ids made
in one place (ids.py); the run itself is engine.py. Sections import `fold` and `ids` from here, so this
file imports nothing at load time."""
from __future__ import annotations

__all__ = ["carry_ids", "merge"]


def merge(*args, **kwargs):
    from briefgen.merge.engine import merge as run

    return run(*args, **kwargs)


def carry_ids(*args, **kwargs):
    from briefgen.merge.engine import carry_ids as run

    return run(*args, **kwargs)
