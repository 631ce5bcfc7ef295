"""Fact ids, made in one place for every section: from the normalised source sentence and the fact's text.

Never from character offsets: an "Updated at 10:00" line added at the top of a live article moves every
offset but must not rename a fact an analyst has suppressed or corrected.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Optional, Sequence, TypeVar

from briefgen.items import Item

T = TypeVar("T", bound=Item)
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
SPACE = re.compile(r"\s+")
DIGITS = 10  # hex digits after the prefix


def normalise(text: str) -> str:
    """The text as a key: Unicode-normalised, quotes and dashes folded, white space collapsed, lower case."""
    return SPACE.sub(" ", unicodedata.normalize("NFKC", text).translate(FOLD)).strip().lower()


def item_id(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(normalise(p) for p in parts).encode("utf-8")).hexdigest()[:DIGITS]
    return f"{prefix}-{digest}"


def assign_ids(items: Sequence[T], prefix: str, keep: Optional[set[str]] = None) -> list[T]:
    """Give each item `<prefix>-<hash of its first source sentence and its text>`, unique within the list."""
    used: set[str] = set(keep or ())
    for item in items:
        first = item.sources[0].sentence if item.sources else ""
        new, n = item_id(prefix, first, item.text), 2
        while new in used:
            new, n = item_id(prefix, first, item.text, str(n)), n + 1
        used.add(new)
        item.id = new
    return list(items)


def sentence_key(article: str, sentence: str) -> tuple[str, str]:
    """How a fact's source is recognised from one run to the next: its article and normalised sentence."""
    return article, normalise(sentence)
