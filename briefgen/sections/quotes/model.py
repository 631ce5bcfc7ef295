"""The quote item of the facts file: a direct quotation and its speaker."""
from __future__ import annotations

from typing import ClassVar, Optional

from briefgen.items import Item


class Quote(Item):
    CACHE_ONLY: ClassVar[tuple[str, ...]] = ("phrase",)

    speaker: str
    cue: Optional[str] = None
    partial: bool = False
    # the text is the whole sentence a fragment was quoted in (it holds the quotation marks): a scare quote or a
    # piece of a clause reads only with its sentence and its speaker
    in_sentence: bool = False
    # an in-sentence item: the words inside the marks (several fragments of one sentence joined by " … "), shown
    # as the quotation, and the sentence shown as their context (a leading pronoun given the speaker's name)
    quoted: Optional[str] = None
    context: Optional[str] = None
    # a partial quotation whose words hold no clause of their own, a phrase or a predicate without its subject
    # (extract._is_phrase): held back (merge.held_reason); the merge's working data, never in the facts file
    phrase: bool = False
