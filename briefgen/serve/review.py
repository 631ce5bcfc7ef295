"""One rebuild of the review page: articles → facts (ids carried, overrides applied) → the briefing's HTML.

The facts are made exactly as `briefgen build` makes them (the same per-article cache, the same ids
carried from the output folder's `.briefgen-extracted.json`, the same what's-new), so an id shown on
the page is the id the next build uses. Nothing is written to the output folder but the article cache.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from briefgen.config import Config
from briefgen.errors import UserError
from briefgen.facts import Facts

log = logging.getLogger("briefgen.serve")


@dataclass
class Snapshot:
    """What the page shows after one rebuild."""

    version: int = 0
    html: str = ""  # the briefing's HTML, as `build` writes it
    facts: Optional[Facts] = None  # with the overrides applied
    extracted: Optional[Facts] = None  # as extracted
    context: Optional[dict] = None  # the template context the HTML was rendered from
    suppressed: list = field(default_factory=list)  # facts as extracted that the overrides leave out
    corrected: set = field(default_factory=set)  # ids with a correction
    stale: list = field(default_factory=list)  # override ids that match no fact
    error: Optional[str] = None  # the last rebuild's error (the page then shows the last good briefing)
    built_at: float = 0.0


class Review:
    """The current page, rebuilt on demand (a file changed, an edit was made); thread-safe."""

    def __init__(self, load_config: Callable[[], Config], inputs: Callable[[Config], list[str]], out_dir: Path,
                 overrides_path: Path) -> None:
        self.load_config = load_config
        self.inputs = inputs
        self.out_dir = Path(out_dir)
        self.overrides_path = Path(overrides_path)
        self.snapshot = Snapshot()
        self.changed = threading.Condition()
        self._lock = threading.Lock()
        self.config: Optional[Config] = None

    def rebuild(self, first: bool = False) -> Snapshot:
        """Make the page again; on a user error keep the last good briefing and show the error (the
        `first` build raises it instead: the server does not start on a broken config or overrides file)."""
        with self._lock:
            previous = self.snapshot
            try:
                new = self._build()
            except UserError as err:
                if first:
                    raise
                log.warning("the review page could not be rebuilt: %s", err)
                new = Snapshot(html=previous.html, facts=previous.facts, extracted=previous.extracted,
                               context=previous.context, suppressed=previous.suppressed,
                               corrected=previous.corrected, stale=previous.stale, error=str(err))
            if (new.html, new.error, new.stale) == (previous.html, previous.error, previous.stale) and previous.version:
                return previous  # nothing the page shows changed: no reload
            new.version = previous.version + 1
            new.built_at = time.time()
            with self.changed:
                self.snapshot = new
                self.changed.notify_all()
            return new

    def wait_for_change(self, version: int, timeout: float) -> int:
        """The page's version once it differs from `version`, or after `timeout` seconds."""
        with self.changed:
            self.changed.wait_for(lambda: self.snapshot.version != version, timeout=timeout)
            return self.snapshot.version

    def _build(self) -> Snapshot:
        from briefgen import build
        from briefgen.output import is_output_name
        from briefgen.pipeline import facts_from, ingest_inputs, make_cache
        from briefgen.render import render_all
        from briefgen.render.context import build_context

        config = self.load_config().model_copy(update={"overrides": self.overrides_path})
        self.config = config
        edits = build.load_edits(config) if self.overrides_path.exists() else None
        pattern = build.archive_pattern(config)
        ingested = ingest_inputs(self.inputs(config), exclude=self.out_dir, model=config.model,
                                 is_output=lambda name: is_output_name(name, pattern, config.output.name))
        cache = make_cache(config, config.cache or self.out_dir / ".cache")
        previous = build._load_facts(self.out_dir / "facts.json", quiet=True)
        run = build.edited_facts(self.out_dir, config, edits, facts_from(ingested, config, cache), previous,
                                 warn=False)
        _, whats_new = build.run_whats_new(run, self.out_dir, config, previous)
        html = render_all(run.facts, config, ["html"], whats_new=whats_new)["html"].decode("utf-8")
        context = build_context(run.facts, config, whats_new)
        shown = {item.id for spec_items in _lists(run.facts) for item in spec_items}
        suppressed = [item for items in _lists(run.extracted) for item in items
                      if edits is not None and item.id in set(edits.suppress) and item.id not in shown]
        return Snapshot(html=html, facts=run.facts, extracted=run.extracted, context=context, suppressed=suppressed,
                        corrected=set(edits.correct) if edits is not None else set(), stale=run.stale)


def _lists(facts: Facts) -> list[list]:
    from briefgen.sections import extracted_sections

    return [getattr(facts, spec.name) for spec in extracted_sections()]
