"""The casualty-figure item of the facts file."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field


from briefgen.items import Item
from briefgen.sections.casualties.lexicon import KIND_LABELS, QUALIFIER_WORDS

Qualifier = Literal[tuple(QUALIFIER_WORDS)]  # type: ignore[valid-type]
CasualtyKind = Literal[tuple(KIND_LABELS)]  # type: ignore[valid-type]



class Casualty(Item):
    count: int = Field(ge=0)
    qualifier: Qualifier = "exact"
    kind: CasualtyKind
    who: str = "people"  # victims, police, suspects, civilians, soldiers, people
    scope: Optional[str] = None
    claimed_by: Optional[str] = None  # who gives the figure, as the text names them ("police", "Ukraine's military")
    as_of: Optional[str] = None  # when: the text's own time ("as of Tuesday"), else the article's date
    words: Optional[str] = None  # a vague quantity as written ("dozens"); count is then its lower bound
    summed: Optional[str] = None  # a count the text gives only in parts, as written ("the chief and four others")
    place: Optional[str] = None  # a round-up of several places' figures: the place the text tells it of ("Yemen")
    conflicts: list[str] = Field(default_factory=list)  # ids of other figures for the same kind that disagree
    # an uncounted group the article tells ("a number of guards were wounded"; count: the least it can be): read by
    # the merge (a smaller count of its kind is a lower bound), never shown; written in the per-article cache only
    uncounted: bool = False
    CACHE_ONLY = ("uncounted",)
