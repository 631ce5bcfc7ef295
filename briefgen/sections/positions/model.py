"""The position item of the facts file: an actor's stance."""
from __future__ import annotations

from typing import Optional

from briefgen.items import Item


class Position(Item):
    actor: str
    cue: str  # the reporting or stance verb's lemma, e.g. "reject", "say"
    stance: str = "states"  # wants, offers, promises, rejects, demands, confirms, denies, warns, accuses, supports,
    # opposes, proposes, urges, insists, argues, states
    party: Optional[str] = None  # the country or body the actor speaks for, when the text says it
