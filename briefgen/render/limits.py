"""Resource limits of the render stage, in one place (documented in docs/errors.md, "Templates, rendering
and facts files", ### Limits). A template comes from an analyst's folder or a shared template pack: it
runs sandboxed, and these bound what it can cost while the run holds the output folder's lock."""
from __future__ import annotations

TEMPLATE_TIME_LIMIT = 30.0  # seconds one template render (the Markdown, the stylesheet, the page) may take
MAX_TEMPLATE_STEPS = 10_000_000  # loop turns plus calls (macros, methods) in one template render
MAX_TEMPLATE_TEXT = 10_000_000  # characters of one value a template builds ('x' * n, widths in format strings)
MAX_TEMPLATE_OUTPUT = 200_000_000  # characters one template render may write
MAX_TABLE_COLUMNS = 4  # disagreeing casualty figures shown side by side; more are listed one per row
MAX_WORD_CHARS = 60  # a longer run without a break opportunity gets one every this many characters in the PDF
MAX_LOGO_BYTES = 2_000_000  # the logo is embedded in the HTML and the PDF
