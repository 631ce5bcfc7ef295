"""The quote item of the facts file: a direct quotation and its speaker."""
from __future__ import annotations

from typing import Optional

from briefgen.items import Item


class Quote(Item):
    speaker: str
    cue: Optional[str] = None
    partial: bool = False
