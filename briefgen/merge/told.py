"""Each statement shown once: a shown position or quote that another section's shown item already tells points to it.

Judges read a stance told word for word as a key development and again under Positions, or a quotation given whole
as a position and again under Quotes, as the same item twice. The facts file keeps every item (the scorers count
quotes from it, and a position keeps its actor and stance); such an item carries `see`, the id of the item that
shows its words, and the briefing lists it as a pointer after its section's items (render/context.py).
"""
from __future__ import annotations

from typing import Mapping, Sequence

from briefgen import similar
from briefgen.items import shown as shown_items
from briefgen.merge.told_lexicon import POINTING, TOLD_COVER
from briefgen.sections.quotes.merge import named

__all__ = ["own_words", "point_to_told"]


def own_words(section: str, item) -> str:
    """The words an item itself shows: a position's text without its "Actor: " lead, an in-sentence quote's
    quoted words (its sentence is only context), else the text."""
    text = item.text
    if section == "positions":
        lead = f"{getattr(item, 'actor', '')}: "
        return text[len(lead):] if text.startswith(lead) else text
    if section == "quotes" and getattr(item, "in_sentence", False) and getattr(item, "quoted", None):
        return item.quoted
    return text


def _covered(words: frozenset, other: frozenset) -> bool:
    return bool(words) and len(words & other) >= TOLD_COVER * len(words)


def point_to_told(merged: dict[str, list], order: Sequence[str], shown: Mapping[str, int]) -> None:
    """Set `see` on the shown items of POINTING sections that say again what a shown item of an earlier section
    (in `order`, the briefing's) says from the same place of the same article (their source spans overlap); a
    position a longer shown quotation holds points forward to it. A held item (`held`: a phrase quoted in passing)
    of a named speaker that a shown item gives points to it too, and is shown as that pointer, no longer held. Each section's list is
    then in shown order: its own items, then its pointers, then the rest (the held items among them). `shown`: how
    many items each section shows."""
    told: list[tuple[str, object]] = []  # (section, item) shown with their own words, in briefing order
    windows = {name: shown_items(merged.get(name) or [], shown.get(name, 0)) for name in order}
    held = {name: [i for i in merged.get(name) or [] if getattr(i, "held", None)] for name in order}
    for name in order:
        for item in windows[name] + held[name]:
            item.see = None
            if name in POINTING:
                words = similar.content_words(own_words(name, item))
                target = next((other for section, other in told if section != name and _same_place(item, other)
                               and _covered(words, similar.content_words(other.text))), None)
                if target is not None and getattr(item, "held", None) and not named(getattr(item, "speaker", "")):
                    target = None  # a pointer names its speaker: "he and Pakistani leaders" is no one to name
                if target is not None:
                    item.see = target.id
                    if getattr(item, "held", None):
                        item.held = None
                    continue
            if not getattr(item, "held", None):
                told.append((name, item))
    if "positions" in windows and "quotes" in windows:
        _positions_to_longer_quotes(windows["positions"], windows["quotes"])
    for name in order:
        window = windows[name] + [i for i in held[name] if i.see is not None]
        inside = {id(i) for i in window}
        rest = [i for i in merged.get(name) or [] if id(i) not in inside]
        merged[name] = [i for i in window if i.see is None] + [i for i in window if i.see is not None] + rest


def _same_place(item, other) -> bool:
    """Whether two items cite overlapping text of one article: the same sentence, or a quotation's run of
    sentences and one of them."""
    return any(a.article == b.article and a.start < b.end and b.start < a.end
               for a in item.sources for b in other.sources)


def _positions_to_longer_quotes(positions: list, quotes: list) -> None:
    """A position whose words a shown quotation holds with more of its own ("You state unequivocally that ..."
    around the stance) points to the quotation: the quotation tells the stance whole."""
    targets = {q.see for q in quotes}
    own = [q for q in quotes if q.see is None]
    for p in positions:
        if p.see is not None or p.id in targets:
            continue
        words = similar.content_words(own_words("positions", p))
        hit = next((q for q in own if _same_place(p, q) and _covered(words, qw := similar.content_words(q.text))
                    and len(qw) > len(words)), None)
        if hit is not None:
            p.see = hit.id
