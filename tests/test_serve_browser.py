"""The review page in a real browser: Debian's headless Chromium, driven by Playwright (issue 13).

An analyst suppresses a development and corrects a casualty figure with the page's controls; the page
updates and overrides.yaml changes; an article edited on disk reloads the page by itself; then
`briefgen build` writes a PDF whose text has both edits.

Chromium comes from Debian's `chromium` package, installed by `make test` (the `browser` step) and by
.ci/run; Playwright only drives it (`playwright install` is never run). Without the browser the test
is skipped, saying why, unless BRIEFGEN_REQUIRE_BROWSER=1 (set by .ci/run), where it fails instead.
"""
from __future__ import annotations

import io
import os
import re
import shutil
from pathlib import Path

import pytest

from test_serve_http import serving, story  # noqa: F401  (the fixture)

pytestmark = pytest.mark.slow
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
WAIT_MS = 30_000  # for each change to show on the page


def _browser_or_skip():
    why = None
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        why = "Debian's chromium is not installed (`make test` installs it with apt-get when it can)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        why = why or "the playwright package is not installed (pip install -e '.[test]')"
        sync_playwright = None
    if why:
        if os.environ.get("BRIEFGEN_REQUIRE_BROWSER") == "1":
            pytest.fail(f"BRIEFGEN_REQUIRE_BROWSER=1 but {why}")
        pytest.skip(why)
    return sync_playwright


@pytest.fixture
def page():
    sync_playwright = _browser_or_skip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")),
                                    args=FLAGS, headless=True)
        try:
            tab = browser.new_page(viewport={"width": 1100, "height": 900})
            tab.set_default_timeout(WAIT_MS)
            yield tab
        finally:
            browser.close()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_review_in_the_browser_then_build(story, page, cli):  # noqa: F811
    with serving(story) as (url, _):
        page.goto(url)
        pier = page.locator("li[data-fact]", has_text="closed the old pier").first
        pier_id = pier.get_attribute("data-fact")
        assert pier_id.startswith("dev-")

        pier.locator("button.bg-suppress").click()
        page.wait_for_selector(f'li[data-suppressed="{pier_id}"]')  # the page reloaded with the edit
        assert page.locator(f'li[data-fact="{pier_id}"]').count() == 0
        assert pier_id in (story / "overrides.yaml").read_text()

        figure = page.locator("li[data-fact^='cas-']", has_text="4 people killed").first
        figure_id = figure.get_attribute("data-fact")
        figure.locator("button.bg-correct").click()
        figure.locator("select[name=qualifier]").select_option("at_least")
        figure.locator("input[name=count]").fill("5")
        figure.locator("button.bg-save").click()
        page.wait_for_selector(f'li[data-fact="{figure_id}"].bg-corrected')
        assert "at least 5 people killed" in page.locator(f'li[data-fact="{figure_id}"]').inner_text()
        text = (story / "overrides.yaml").read_text()
        assert re.search(rf"{figure_id}: \{{count: 5, qualifier: at_least\}}", text), text

        # The page reloads by itself when an article changes on disk.
        (story / "in" / "09-late.txt").write_text("Late news\n\nThe mayor of Marlow declared a week of mourning "
                                                  "for the victims on Friday.\n")
        page.wait_for_selector("text=week of mourning")

    result = cli("build", "--config", str(story / "briefgen.yaml"))
    assert result.returncode == 0, result.stderr
    text = pdf_text(story / "out" / "briefing.pdf")
    assert "at least 5 people killed" in text
    assert "old pier" not in text
    assert "week of mourning" in text
