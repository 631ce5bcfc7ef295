"""Markdown stage: escaping article text so it stays text, and Markdown → HTML.

Article text is data. It may hold Markdown, HTML tags or `{{ }}`; none of it may become a link, a
heading, a tag or template code. Every value a Markdown template prints goes through `escape_md`
(the environment's `finalize`), so an override that forgets the `md` filter is still safe; only
`Markup` values (built by briefgen or marked with the `raw` filter) pass through unchanged.
"""
from __future__ import annotations

import re
from typing import Any

import markdown as _markdown
from markupsafe import Markup

# Characters that start inline Markdown anywhere in a line (Python-Markdown honours `\` before each).
_INLINE = re.compile(r"([\\`*_\[\]|])")
# Block markers that only matter at the start of a line: headings, quotes, lists, ordered lists.
_LEADING = re.compile(r"^(\s*)([#>+\-]|\d+(?=[.)]))")
EXTENSIONS = ["tables", "sane_lists"]


def escape_md(value: Any) -> Markup:
    """Plain text → Markdown that renders as exactly that text, on one line, with no HTML in it."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    text = " ".join(str(value).split())  # newlines and indents could open blocks or code
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    text = _LEADING.sub(_escape_leading, text)
    return Markup(text)


def _escape_leading(match: re.Match) -> str:
    space, marker = match.group(1), match.group(2)
    if marker.isdigit():
        return f"{space}{marker}\\"  # "1." → "1\." (the dot is escaped after the number)
    return f"{space}\\{marker}"


def finalize(value: Any) -> Any:
    """Jinja `finalize` for Markdown templates: text is escaped, numbers and Markup pass through."""
    if isinstance(value, (Markup, int, float)) and not isinstance(value, bool):
        return value
    return escape_md(value)


def to_html(text: str) -> Markup:
    """The Markdown body → HTML. Deterministic: a fresh converter each time, fixed extensions."""
    return Markup(_markdown.markdown(text, extensions=EXTENSIONS, output_format="html"))
