"""The classification marking, put into the document by briefgen itself, never left to a template or
the stylesheet: at the top and bottom of the Markdown and of the HTML page, and in the top and bottom
centre of every PDF page, whatever templates and CSS the user supplies (a replaced `style.css.j2` or
`briefing.html.j2` cannot drop it).

The PDF boxes come from a stylesheet of briefgen's own, given to WeasyPrint after the document's, with
`!important`: the marking owns `@top-center` and `@bottom-center` of every page.
"""
from __future__ import annotations

import html as _html
import re
from typing import Optional

from briefgen.render.markdown import escape_md
from briefgen.render.templates import css_string

CLASS = "briefgen-marking"
# inline style: part of the page structure, so that a replaced stylesheet still shows it
STYLE = "text-align:center;font-weight:bold;color:#b00020;letter-spacing:0.05em;margin:0.3em 0"
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.I)
_BODY_CLOSE = re.compile(r"</body\s*>", re.I)


def mark_markdown(text: str, marking: Optional[str]) -> str:
    """The marking in bold as the first and the last line of the Markdown."""
    if not marking:
        return text
    line = f"**{escape_md(marking)}**"
    return f"{line}\n\n{text.strip()}\n\n{line}\n"


def _block(marking: str, where: str) -> str:
    return (f'<div class="{CLASS} {CLASS}-{where}" role="note" aria-label="classification" '
            f'style="{STYLE}">{_html.escape(marking)}</div>')


def mark_html(page: str, marking: Optional[str]) -> str:
    """The marking as the first and the last element of <body> (of the page, if it has no <body>)."""
    if not marking:
        return page
    top, bottom = _block(marking, "top"), _block(marking, "bottom")
    opened = _BODY_OPEN.search(page)
    closes = list(_BODY_CLOSE.finditer(page))
    if opened is None or not closes or closes[-1].start() < opened.end():
        return f"{top}\n{page}\n{bottom}\n"
    close = closes[-1]
    return (page[:opened.end()] + "\n" + top + page[opened.end():close.start()] + bottom + "\n"
            + page[close.start():])


def page_css(marking: Optional[str]) -> str:
    """The PDF's marking: top and bottom centre of every page; the HTML's blocks are not printed twice."""
    if not marking:
        return ""
    box = (f"content: {css_string(marking)} !important; font-weight: bold !important; color: #b00020 !important; "
           f"font-size: 9pt !important; white-space: nowrap !important; display: block !important; "
           f"visibility: visible !important;")
    return (f"@page {{ @top-center {{ {box} }} @bottom-center {{ {box} }} }}\n"
            f".{CLASS} {{ display: none !important; }}\n")
