"""The per-article cache: extraction results keyed by what they depend on.

A key is the article text's hash plus the briefgen version, the model, the extraction settings and a
digest of the extraction code itself, so a changed article, a new release, new aliases or an edited
extractor in a development checkout each invalidate exactly what they should. Entries are laid out
as `<cache>/<settings key>/<2 hex>/<sha256>.json`; folders of settings no longer used are pruned.
"""
from __future__ import annotations

import hashlib
import json
import logging
from functools import lru_cache
from pathlib import Path
from typing import Optional

from pydantic import ValidationError

from briefgen import __version__
from briefgen.cachedirs import FOR_CACHE, STALE_DAYS, prune_settings, remove_stale_temporaries, write_atomic
from briefgen.extract.article import ArticleFacts
from briefgen.facts import Article
from briefgen.sections import extracted_sections

log = logging.getLogger("briefgen.cache")


PACKAGE = Path(__file__).resolve().parent
# Everything extraction reads besides the article: the shared grammar, every section package, the
# similarity measure, the aliases, the spaCy set-up it parses with, the models and this file's format.
CODE = ("extract", "sections", "similar.py", "aliases.py", "nlp.py", "items.py", "facts.py", "cache.py", "cachedirs.py")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A hash of the extraction code, so editing an extractor without bumping the version re-extracts."""
    h = hashlib.sha256()
    for name in CODE:
        target = PACKAGE / name
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for path in files:
            try:
                h.update(str(path.relative_to(PACKAGE)).encode())
                h.update(path.read_bytes())
            except OSError:
                pass
    return h.hexdigest()


def plugin_digest() -> str:
    """The installed section plugins and their code: adding, removing or editing one re-extracts."""
    import inspect
    import sys

    h = hashlib.sha256()
    for section in extracted_sections():
        module = sys.modules.get(getattr(section.extract, "__module__", "") or "")
        if module is None or module.__name__.startswith("briefgen."):
            continue
        h.update(section.name.encode())
        try:
            h.update(Path(inspect.getfile(module)).read_bytes())
        except (OSError, TypeError):
            pass
    return h.hexdigest()


def settings_key(model: str, aliases: dict[str, str]) -> str:
    blob = json.dumps({"version": __version__, "model": model, "aliases": aliases, "code": code_digest(),
                       "sections": [s.name for s in extracted_sections()], "plugins": plugin_digest()},
                      sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


class Cache:
    def __init__(self, folder: Path, settings: str):
        self.folder = Path(folder)
        self.settings = settings

    def prune(self, days: int = STALE_DAYS, now: Optional[float] = None) -> list[Path]:
        """Mark this settings folder as in use and remove sibling folders unused for `days` days."""
        removed, temporaries = prune_settings(self.folder, self.settings, days, now)
        if temporaries:
            log.info("removed %d temporary cache file(s) left by an interrupted run", len(temporaries))
        if removed:
            log.info("removed %d cache folder(s) of old settings", len(removed))
        return removed

    def remove_stale_temporaries(self, now: Optional[float] = None) -> list[Path]:
        """Half-written entries (`.tmp-XXXXXXXX`) older than TMP_MAX_AGE in this settings folder."""
        return remove_stale_temporaries(self.folder / self.settings, now)

    def _path(self, key: str) -> Path:
        return self.folder / self.settings / key[:2] / f"{key}.json"

    def get(self, article: Article) -> Optional[ArticleFacts]:
        path = self._path(entry_key(article))
        try:
            cached = ArticleFacts.model_validate_json(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError, ValidationError, RecursionError) as err:
            log.warning("%s: unreadable cache entry ignored (%s)", path, type(err).__name__)
            return None
        problem = mismatch(cached, article)
        if problem:
            log.warning("%s: cache entry ignored: %s; the article is parsed again", path, problem)
            return None
        return rebind(cached, article)

    def put(self, result: ArticleFacts) -> None:
        path = self._path(entry_key(result.article))
        try:
            # FOR_CACHE: what only the merge reads (a development's predicates) is kept too
            write_atomic(path, result.model_dump_json(context=FOR_CACHE).encode("utf-8"))
        except OSError as err:  # a cache that cannot be written costs speed, not correctness
            log.warning("cannot write cache entry %s: %s", path, err.strerror or err)


def entry_key(article: Article) -> str:
    """What one article's extraction reads of it: its text (by hash) and its title."""
    blob = json.dumps([article.sha256, article.title or ""], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def mismatch(result: ArticleFacts, article: Article) -> Optional[str]:
    """Why an entry does not belong to `article` (it claims another text, or cites another article), or None."""
    if result.article.sha256 != article.sha256:
        return f"it holds the facts of another text ({result.article.sha256[:12] or 'no hash'}...)"
    if (result.article.title or "") != (article.title or ""):
        return "it holds the facts of the article under another title"
    for section in extracted_sections():
        for item in getattr(result, section.name):
            for source in item.sources:
                if source.article != result.article.id:
                    return f"a fact cites another article ({source.article})"
    return None


def rebind(result: ArticleFacts, article: Article) -> ArticleFacts:
    """The same text under another file name: point every source at the new article id."""
    old = result.article.id
    result.article = article
    if old == article.id:
        return result
    for section in extracted_sections():
        for item in getattr(result, section.name):
            for source in item.sources:
                if source.article == old:
                    source.article = article.id
    return result
