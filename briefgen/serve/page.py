"""The review page: the briefing's own HTML, with review controls beside each fact and a review bar.

Each fact in the HTML is a list item (or a table cell, for disagreeing figures) holding its citation
links `#src-N`. The template context numbers the citations, so an element is the fact whose citation
numbers it holds (and, where two facts share their sentences, whose text it shows). The HTML is
parsed and changed with lxml, never with string surgery, and every value put in is escaped by it.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

import lxml.html
from lxml.html import builder as E

from briefgen.merge.ids import normalise

SRC = re.compile(r"^#src-(\d+)$")
EXTRACTED_SECTIONS = ("developments", "positions", "casualties", "open_questions", "quotes")


def _items(context: dict) -> list[tuple[str, object]]:
    """(section, record) for every fact the briefing shows, what's new first."""
    out: list[tuple[str, object]] = []
    new = context.get("whats_new")
    if new is not None:
        out += [("developments", r) for r in new.developments]
        out += [("positions", r) for r in new.positions]
        out += [("casualties", c.new) for c in new.casualties]
    for name in EXTRACTED_SECTIONS:
        section = context.get(name)
        if section is not None:
            out += [(name, r) for r in section.items]
    return [(name, r) for name, r in out if getattr(r, "id", "") and getattr(r, "cites", None)]


def _numbers(element) -> tuple[int, ...]:
    nums = []
    for a in element.iter("a"):
        if a.getparent() is not None and _nested_item(a, element):
            continue
        match = SRC.match(a.get("href") or "")
        if match:
            nums.append(int(match.group(1)))
    return tuple(nums)


def _nested_item(node, top) -> bool:
    """True when `node` lies in a list item or cell nested inside `top` (it belongs to that one)."""
    parent = node.getparent()
    while parent is not None and parent is not top:
        if parent.tag in ("li", "td"):
            return True
        parent = parent.getparent()
    return False


def _shown_text(section: str, record) -> str:
    return getattr(record, "figure", None) if section == "casualties" and getattr(record, "figure", None) \
        else record.text


def match_items(root, context: dict) -> list[tuple[object, str, object]]:
    """(element, section, record) for each element of the page that shows a fact."""
    by_numbers: dict[tuple[int, ...], list[tuple[str, object]]] = {}
    for section, record in _items(context):
        by_numbers.setdefault(tuple(c.n for c in record.cites), []).append((section, record))
    found = []
    for element in root.iter("li", "td"):
        nums = _numbers(element)
        candidates = by_numbers.get(nums) if nums else None
        if not candidates:
            continue
        text = normalise(element.text_content())
        chosen = next(((s, r) for s, r in candidates if normalise(_shown_text(s, r)) in text), None)
        if chosen is None and len({r.id for _, r in candidates}) == 1:
            chosen = candidates[0]
        if chosen is not None:
            found.append((element, *chosen))
    return found


def _controls(section: str, record, corrected: bool):
    box = E.SPAN(E.CLASS("bg-review"), **{"data-id": record.id, "data-section": section})
    if section == "casualties":
        box.set("data-count", str(record.count))
        box.set("data-qualifier", str(record.qualifier))
    else:
        box.set("data-text", record.text)
    box.append(E.BUTTON("Suppress", E.CLASS("bg-suppress"), type="button", title=f"leave {record.id} out"))
    box.append(E.BUTTON("Correct", E.CLASS("bg-correct"), type="button",
                        title="correct the figure" if section == "casualties" else "correct the text"))
    if corrected:
        box.append(E.SPAN("corrected", E.CLASS("bg-badge")))
        box.append(E.BUTTON("Restore", E.CLASS("bg-restore"), type="button", title="undo the correction"))
    return box


def review_page(html: str, context: Optional[dict], *, token: str, version: int, overrides_path: str,
                suppressed: Iterable = (), corrected: Iterable[str] = (), stale: Iterable[str] = (),
                error: Optional[str] = None, notice: Optional[str] = None) -> str:
    """The briefing's HTML with the review script, its token, a review bar and controls on each fact."""
    root = lxml.html.document_fromstring(html or "<html><head></head><body></body></html>")
    head, body = root.find("head"), root.find("body")
    head.append(E.META(name="briefgen-token", content=token))
    head.append(E.META(name="briefgen-version", content=str(version)))
    head.append(E.LINK(rel="stylesheet", href="/static/review.css"))
    head.append(E.SCRIPT(src="/static/review.js", defer="defer"))
    corrected = set(corrected)
    if context is not None:
        for element, section, record in match_items(root, context):
            element.set("data-fact", record.id)
            if record.id in corrected:
                element.set("class", (element.get("class", "") + " bg-corrected").strip())
            element.append(_controls(section, record, record.id in corrected))
    bar = E.E.aside(E.CLASS("bg-bar"), id="bg-bar")
    bar.append(E.P(E.STRONG("Review"), f" — edits are written to {overrides_path}; the page reloads when an article, "
                   "the config, a template or the overrides change."))
    if notice:
        bar.append(E.P(notice, E.CLASS("bg-notice")))
    if error:
        bar.append(E.P(E.STRONG("Not rebuilt: "), error, E.CLASS("bg-error"), id="bg-error"))
    stale = list(stale)
    if stale:
        bar.append(E.P(f"{len(stale)} override(s) match no fact any more: {', '.join(stale)}",
                       E.CLASS("bg-stale")))
    suppressed = list(suppressed)
    if suppressed:
        box = E.E.details(E.E.summary(f"Suppressed ({len(suppressed)})"), id="bg-suppressed", open="open")
        items = E.UL()
        for item in suppressed:
            items.append(E.LI(item.text, " ",
                              E.SPAN(E.BUTTON("Restore", E.CLASS("bg-restore"), type="button",
                                              title=f"show {item.id} again"),
                                     E.CLASS("bg-review"), **{"data-id": item.id}),
                              **{"data-suppressed": item.id}))
        box.append(items)
        bar.append(box)
    body.insert(0, bar)
    return lxml.html.tostring(root, doctype="<!DOCTYPE html>", encoding="unicode")
