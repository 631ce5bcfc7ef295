"""The open-question item of the facts file."""
from __future__ import annotations

from typing import Literal

from briefgen.items import Item


class OpenQuestion(Item):
    cue: str
    kind: Literal["hedge", "disagreement"] = "hedge"
