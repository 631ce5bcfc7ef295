"""Render stage: facts → Markdown (Jinja2) → HTML (markdown + page template + CSS) → PDF (WeasyPrint).

Nothing here writes to disk: `render_all` returns the bytes of each format and the caller writes them.
Modules by step: `context` (the template variables), `templates` (search path, sandbox, errors),
`markdown` (escaping, Markdown → HTML), `pdf` (the restricted fetcher and WeasyPrint).
"""
from __future__ import annotations

import logging
from typing import Callable, Optional

from markupsafe import Markup

from briefgen.config import Config
from briefgen.facts import Facts
from briefgen.render import marking
from briefgen.render import markdown as md
from briefgen.render.context import build_context
from briefgen.render.paths import builtin_templates_dir
from briefgen.config import FORMATS
from briefgen.render.templates import (BUILTIN_LAYOUTS, TemplateError, check_sections, config_folders, layout_template,
                                       make_env, render_template, unused_overrides)

__all__ = ["render_all", "TemplateError", "FORMATS"]
LAYOUT_TEMPLATES = BUILTIN_LAYOUTS
log = logging.getLogger("briefgen.render")


def render_all(facts: Facts, config: Config, formats: list[str], whats_new: Optional[dict] = None,
               debug: Optional[Callable[[str], None]] = None) -> dict[str, bytes]:
    """The briefing in each asked format ('md', 'html', 'pdf', 'docx') as bytes; raises TemplateError on a bad
    template."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(unknown)}")
    user_dir = config_folders(config)  # templates:, then theme:, in order (then the built-ins)
    check_sections(config, user_dir)
    layout = layout_template(config.layout, user_dir)
    for warning in unused_overrides(user_dir, config):
        if config.strict:
            raise TemplateError(f"{warning} (an error with strict: or --strict)")
        log.warning(warning)
    context = build_context(facts, config, whats_new)
    language = context["language"]
    text = render_template(make_env(user_dir, "md", debug, language), layout, context)
    out: dict[str, bytes] = {}
    if "md" in formats:
        out["md"] = marking.mark_markdown(text, context["marking"]).encode("utf-8")
    if "docx" in formats:
        from briefgen.render.docx import write_docx  # pandoc and python-docx: only when asked

        out["docx"] = write_docx(md.to_html(text), context, getattr(config, "reference_doc", None))
    if "html" in formats or "pdf" in formats:
        css = render_template(make_env(user_dir, "css", debug, language), "style.css.j2", context)
        css = css.replace("</", "<\\/")  # CSS goes into <style> as it is: no text in it may close the element
        page = {**context, "body": md.to_html(text), "css": Markup(css)}
        html = render_template(make_env(user_dir, "html", debug, language), "briefing.html.j2", page)
        html = marking.mark_html(html, context["marking"])
        if "html" in formats:
            out["html"] = html.encode("utf-8")
        if "pdf" in formats:
            from briefgen.render.pdf import write_pdf  # WeasyPrint is slow to import; only when asked

            # the logo is embedded as a data: URL, so its folder is not a fetch root
            roots = [d for d in (*user_dir, builtin_templates_dir()) if d is not None and d.is_dir()]
            out["pdf"] = write_pdf(html, roots[0], roots, warn=debug, css=marking.page_css(context["marking"]))
    return {fmt: out[fmt] for fmt in formats}
