"""The one list of sections, in the order the briefing shows them by default.

Built-in sections live in one package each (`briefgen/sections/<name>/`: `extract.py`, `merge.py`,
`lexicon.py`, `model.py`); an installed package adds its own through the `briefgen.sections` entry
point (docs/plugins.md). Everything else asks this module: the facts model, the config, overrides,
the cache, the template context and the docs.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from importlib.metadata import entry_points

from briefgen.sections.base import MergeContext, Section

log = logging.getLogger("briefgen.sections")
ENTRY_POINT_GROUP = "briefgen.sections"
BUILTIN = ("developments", "positions", "open_questions", "casualties", "quotes", "sources")

__all__ = ["ENTRY_POINT_GROUP", "MergeContext", "Section", "all_sections", "extracted_sections", "get", "names"]


def _builtin() -> list[Section]:
    from importlib import import_module

    return [import_module(f"briefgen.sections.{name}").SECTION for name in BUILTIN]


def _plugins(taken: set[str]) -> list[Section]:
    out = []
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            section = ep.load()
        except Exception as err:  # a broken plugin must not stop every briefing
            log.warning("section plugin %r cannot be loaded (%s: %s); left out", ep.name, type(err).__name__, err)
            continue
        if not isinstance(section, Section):
            log.warning("section plugin %r is not a briefgen.sections.Section; left out", ep.name)
            continue
        if section.name in taken:
            log.warning("section plugin %r: the section name %r is taken; left out", ep.name, section.name)
            continue
        taken.add(section.name)
        out.append(section)
    return out


@lru_cache(maxsize=1)
def all_sections() -> tuple[Section, ...]:
    """Built-ins in the default order, then installed plugins by entry-point name."""
    builtin = _builtin()
    return tuple(builtin + _plugins({s.name for s in builtin}))


def extracted_sections() -> tuple[Section, ...]:
    """The sections with items of their own in the facts file, in the facts file's key order."""
    return tuple(s for s in all_sections() if s.extracted)


def names() -> tuple[str, ...]:
    return tuple(s.name for s in all_sections())


def get(name: str) -> Section:
    for section in all_sections():
        if section.name == name:
            return section
    raise KeyError(name)
