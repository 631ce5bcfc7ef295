"""What a section is: everything briefgen needs to extract, merge, identify and show one kind of fact.

A section is registered once (`briefgen.sections.SECTIONS`, or a `briefgen.sections` entry point for a
plugin), and every other part of briefgen reads it from there: the facts model, the config's section
names and titles, overrides, the cache, the template context and the docs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Optional

if TYPE_CHECKING:
    from briefgen.extract.context import ArticleContext
    from briefgen.items import Item


@dataclass
class MergeContext:
    """What a section's merge sees besides its own items: article dates, actor folding, merged sections."""

    published: dict[str, str] = field(default_factory=dict)  # article id -> published date ("" when unknown)
    rename: dict[str, str] = field(default_factory=dict)  # actor name in one article -> canonical actor
    merged: dict[str, list] = field(default_factory=dict)  # sections merged so far (see Section.needs)
    options: dict[str, Any] = field(default_factory=dict)
    # the developments as the briefing shows them (merge/engine.py: without those a shown position or quote says
    # again, and printed headlines), made once as soon as the sections that decide it are merged; None before
    shown_developments: Optional[list] = None


@dataclass(frozen=True)
class Section:
    """One kind of fact. Sections without a `model` (Sources) only render what the facts file holds."""

    name: str  # the key in the facts file and the config, and the template's name
    title: str  # the heading, unless the config gives another
    empty: str  # shown when the section has no item
    description: str  # one line for the docs (docs/facts.md lists every section)
    model: Optional[type["Item"]] = None  # the item model; None for a section rendered from other data
    prefix: Optional[str] = None  # id prefix, e.g. "dev"
    extract: Optional[Callable[["ArticleContext"], list]] = None  # one article -> candidate items
    merge: Optional[Callable[[list, MergeContext], list]] = None  # all articles' items -> one per fact, shown order
    finish: Optional[Callable[[list, MergeContext], list]] = None  # after ids are made (links between items)
    needs: tuple[str, ...] = ()  # sections whose merged items `merge` reads from MergeContext.merged
    template: str = ""  # defaults to sections/<name>.md.j2
    templates: Optional[str] = None  # a plugin's folder holding its template, searched after the built-ins

    @property
    def template_name(self) -> str:
        return self.template or f"sections/{self.name}.md.j2"

    @property
    def extracted(self) -> bool:
        return self.model is not None
