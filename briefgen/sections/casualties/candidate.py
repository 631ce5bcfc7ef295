"""A casualty figure as one sentence gives it, before the article-level passes decide on it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Span


@dataclass
class Candidate:
    """One figure found in one sentence, before article-level decisions."""

    count: int
    qualifier: str
    kind: str
    who: str
    start: int
    end: int
    sent: Span
    scope: Optional[str] = None
    suspect: bool = False
    includes_suspect: bool = False
    implicit: bool = False
    extra_sents: list[Span] = field(default_factory=list)
    text: Optional[str] = None
    total: bool = False  # victims plus the suspect who died
    claimed_by: Optional[str] = None  # who the sentence says gives the figure ("police", "the health ministry")
    as_of: Optional[str] = None  # the text's own time for it ("as of Tuesday")
    words: Optional[str] = None  # a vague quantity as written ("dozens"); count is its lower bound
    summed: Optional[str] = None  # a count the text gives only in parts, as written ("the chief and four others")
    severe: bool = False  # "two were critically wounded": how badly, a part of the wounded, not their number
    agentive: bool = False  # someone killed them ("the gunman killed three", "were shot by"), or "victims": no attacker among them
    others: bool = False  # "three other victims were shot", "two others were hurt": people besides the ones already told
    tally: bool = False  # counted as a toll or a number of deaths ("84 deaths", "the death toll of 40")
    raised: bool = False  # a toll raised to a new figure ("bringing the number of fatalities to three")
    fallback: bool = False  # read by the headline fallback ("3 dead, 26 wounded")
    place: Optional[str] = None  # a round-up's figure: the place the text tells it of ("Yemen")
    shot: bool = False  # read from "shot"/"struck by gunfire", which says people were hit, not how badly
