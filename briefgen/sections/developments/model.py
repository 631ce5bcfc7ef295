"""The key-development item of the facts file."""
from __future__ import annotations

from briefgen.items import Item


class Development(Item):
    score: float = 0.0
    support: int = 1  # how many articles report it
