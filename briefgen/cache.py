"""The per-article cache: extraction results keyed by what they depend on.

A key is the article text's hash plus the briefgen version, the model and the extraction settings,
so a changed article, a new release or new aliases each invalidate exactly what they should.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Optional

from pydantic import ValidationError

from briefgen import __version__
from briefgen.extract import ArticleFacts
from briefgen.facts import Article

log = logging.getLogger("briefgen.cache")


def settings_key(model: str, aliases: dict[str, str], options: Optional[dict] = None) -> str:
    blob = json.dumps({"version": __version__, "model": model, "aliases": aliases, "options": options or {}},
                      sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


class Cache:
    def __init__(self, folder: Path, settings: str):
        self.folder = Path(folder)
        self.settings = settings

    def _path(self, sha256: str) -> Path:
        return self.folder / self.settings / sha256[:2] / f"{sha256}.json"

    def get(self, article: Article) -> Optional[ArticleFacts]:
        path = self._path(article.sha256)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            cached = ArticleFacts.model_validate(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, ValidationError) as err:
            log.warning("%s: unreadable cache entry ignored (%s)", path, type(err).__name__)
            return None
        return rebind(cached, article)

    def put(self, result: ArticleFacts) -> None:
        path = self._path(result.article.sha256)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(result.model_dump_json())
            os.replace(tmp, path)
        except OSError as err:  # a cache that cannot be written costs speed, not correctness
            log.warning("cannot write cache entry %s: %s", path, err.strerror or err)


def rebind(result: ArticleFacts, article: Article) -> ArticleFacts:
    """The same text under another file name: point every source at the new article id."""
    old = result.article.id
    result.article = article
    if old == article.id:
        return result
    for section in ("developments", "positions", "quotes", "open_questions", "casualties"):
        for item in getattr(result, section):
            for source in item.sources:
                if source.article == old:
                    source.article = article.id
    return result
