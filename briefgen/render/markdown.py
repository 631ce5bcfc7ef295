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
from markdown.extensions import Extension
from markupsafe import Markup

# Characters that start inline Markdown or HTML anywhere in a line. A backslash escapes each of them in
# CommonMark; Python-Markdown honours it once `EscapeHtml` adds `<` to its escapable characters.
_INLINE = re.compile(r"([\\`*_\[\]|<>])")
# An ampersand that would be read as an entity ("&lt;", "&#60;"); a bare "&" is already shown as it is.
_ENTITY = re.compile(r"&(?=#?\w+;)")
# Block markers that only matter at the start of a line: headings, quotes, lists, ordered lists.
_LEADING = re.compile(r"^(\s*)([#>+\-]|\d+(?=[.)]))")


class EscapeHtml(Extension):
    """`\\<` is an escape (as in CommonMark), so escaped article text can never open a tag."""

    def extendMarkdown(self, md: _markdown.Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        if "<" not in md.ESCAPED_CHARS:
            md.ESCAPED_CHARS.append("<")


def escape_md(value: Any) -> Markup:
    """Plain text → Markdown that renders as exactly that text, on one line, with no HTML in it."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    text = re.sub(r"\s+", " ", str(value))  # newlines and indents could open blocks or code
    text = _ENTITY.sub("&amp;", _INLINE.sub(r"\\\1", text))
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
    extensions = ["tables", "sane_lists", EscapeHtml()]
    return Markup(_markdown.markdown(text, extensions=extensions, output_format="html"))
