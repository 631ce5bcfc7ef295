"""Articles → facts: ingest, parse, extract (cached, in parallel if asked) and merge.

This is the library behind `briefgen extract` and `briefgen build`; the CLI only parses arguments.
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import re
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date as _date
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from briefgen import nlp
from briefgen.cache import Cache, settings_key
from briefgen.config import DEFAULT_MODEL, Config
from briefgen.errors import ConfigError, InputError
from briefgen.extract.article import ArticleFacts, extract_article
from briefgen.facts import Facts
from briefgen.ingest import EXTENSIONS, Document, Ingested, find_files, ingest
from briefgen.merge import merge

log = logging.getLogger("briefgen.pipeline")
BATCH = 32


@dataclass
class Timings:
    """Seconds per stage, for `--timings` and the benchmarks."""

    stages: dict[str, float] = field(default_factory=dict)
    parsed: int = 0
    cached: int = 0
    executor: dict = field(default_factory=dict)  # what the dask executor measured (executors/cluster.py)

    def add(self, stage: str, seconds: float) -> None:
        self.stages[stage] = self.stages.get(stage, 0.0) + seconds


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside the block (or the function decorated with `@paused_gc()`).

    For bulk work that builds many objects and frees few (reading cache entries and facts files,
    merging): each collection of the oldest generation walks every live object, the loaded spaCy
    pipeline and the facts of every article included, and they ran many times per block (at 1,000
    articles, reading the cache took 2-4 times as long with them, merging 15-30 % longer). Reference
    counting still frees everything at once; cycles made inside wait for the next collection after
    the block. Nests; leaves the collector as it found it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_WORKER: dict = {}


def _init_worker(model: str, aliases: dict) -> None:
    import signal
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # Pool.terminate() stops a worker; only the parent reports it
    _WORKER["nlp"] = nlp.load(model)
    _WORKER["aliases"] = aliases


def start_method() -> str:
    """How worker processes start: `fork` on Linux (workers share the loaded pipeline's memory), `spawn`
    elsewhere (Windows has no fork; on macOS fork is unsafe with the system libraries), or what
    BRIEFGEN_START_METHOD says (CI runs the suite with `spawn`, as Windows and macOS do)."""
    wanted = os.environ.get("BRIEFGEN_START_METHOD", "").strip()
    available = multiprocessing.get_all_start_methods()
    if wanted:
        if wanted not in available:
            raise ConfigError(f"BRIEFGEN_START_METHOD={wanted!r}: not a start method here; "
                              f"choose from {', '.join(available)}")
        return wanted
    return "fork" if sys.platform.startswith("linux") and "fork" in available else "spawn"


def _extract_batch(batch: list[Document]) -> list[ArticleFacts]:
    pipe = _WORKER["nlp"]
    texts = [d.text for d in batch]
    return [extract_article(d.article, d.text, doc, _WORKER["aliases"])
            for d, doc in zip(batch, pipe.pipe(texts, batch_size=BATCH))]


def extract_documents(documents: list[Document], config: Config, cache: Optional[Cache] = None,
                      timings: Optional[Timings] = None, progress: bool = False) -> list[ArticleFacts]:
    """Per-article facts for every document, from the cache where it can, in document order."""
    timings = timings or Timings()
    results: dict[int, ArticleFacts] = {}
    todo: list[int] = []
    with paused_gc():
        for i, d in enumerate(documents):
            hit = cache.get(d.article) if cache else None
            if hit is not None:
                results[i] = hit
                timings.cached += 1
            else:
                todo.append(i)
    if todo:
        started = time.perf_counter()
        aliases = config.all_aliases()
        batches = [todo[k:k + BATCH] for k in range(0, len(todo), BATCH)]
        bar = _progress(len(todo), progress)
        if config.executor == "dask":  # the cache was consulted above: only what it lacks is sent
            timings.executor = _on_dask([documents[i] for i in todo], todo, config, results, documents, cache, bar)
        elif config.jobs > 1 and len(batches) > 1:
            _WORKER.update(nlp=nlp.load(config.model), aliases=aliases)
            ctx = multiprocessing.get_context(start_method())
            with ctx.Pool(config.jobs, initializer=_init_worker, initargs=(config.model, aliases)) as pool:
                outs = pool.imap(_extract_batch, [[documents[i] for i in b] for b in batches])
                for b, out in zip(batches, outs):
                    _collect(b, out, results, documents, cache, bar)
        else:
            _WORKER.update(nlp=nlp.load(config.model), aliases=aliases)
            for b in batches:
                _collect(b, _extract_batch([documents[i] for i in b]), results, documents, cache, bar)
        if bar is not None:
            bar.close()
        timings.parsed += len(todo)
        timings.add("parse+extract", time.perf_counter() - started)
    log.info("%d article(s): %d parsed, %d from the cache", len(documents), len(todo), len(documents) - len(todo))
    return [results[i] for i in range(len(documents))]


def _on_dask(todo_docs: list[Document], todo: list[int], config: Config, results, documents, cache, bar) -> dict:
    """The articles the cache lacks, parsed and extracted on a Dask cluster (briefgen.executors.cluster)."""
    from briefgen.executors import require_distributed

    require_distributed()
    from briefgen.executors import cluster

    def collect(picked: list[int], out: list[ArticleFacts]) -> None:
        _collect([todo[j] for j in picked], out, results, documents, cache, bar)

    expected = cache.settings if cache is not None else settings_key(config.model, config.all_aliases())
    return cluster.extract(todo_docs, config, collect, expected)


def _collect(batch, out, results, documents, cache, bar) -> None:
    for i, result in zip(batch, out):
        results[i] = result
        log.debug("parsed %s", documents[i].article.id)
        if cache is not None:
            cache.put(result)
        if bar is not None:
            bar.update(1)


def _progress(total: int, wanted: bool):
    if not wanted or total < 2 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm
    return tqdm(total=total, unit="article", desc="extract", leave=False)


DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_day(value: object) -> str:
    """A briefing date as `YYYY-MM-DD`; ValueError for `2025-13-45`, `2025-02-30`, `yesterday`."""
    text = value.isoformat() if isinstance(value, _date) else str(value).strip()
    if not DAY.match(text):
        raise ValueError(f"'{text}' is not a date of the form YYYY-MM-DD")
    try:
        return _date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"'{text}' is not a date in the calendar") from None


def briefing_date(config: Config) -> str:
    """The briefing's date: `--date` or the config's `date:`, checked; else today."""
    if config.date is None or config.date == "":
        return _date.today().isoformat()
    try:
        return parse_day(config.date)
    except ValueError as err:
        raise ConfigError(f"date: {err}") from None


def _outside(inputs: list, exclude: Optional[Path], is_output: Optional[Callable[[str], bool]]) -> list:
    """The inputs, as their files without briefgen's own output files, when the output folder sits among them.

    Only files directly in the output folder and named as briefgen names its files are left out (see
    `is_output`); articles in a sub-folder of the output folder, or in an output folder that is the
    input folder itself, are still read.
    """
    if exclude is None:
        return inputs
    out = Path(exclude).resolve()
    files = find_files(inputs)
    kept = [f for f in files
            if not (Path(f).parent.resolve() == out and (is_output is None or is_output(Path(f).name)))]
    if len(kept) == len(files):
        return inputs
    log.info("%d file(s) in the output folder %s not read as articles", len(files) - len(kept), exclude)
    return kept


def ingest_inputs(inputs: Iterable[str | Path], timings: Optional[Timings] = None,
                  exclude: Optional[Path] = None, is_output: Optional[Callable[[str], bool]] = None,
                  model: Optional[str] = None, cache: Optional[Cache] = None) -> Ingested:
    """Every usable article under the inputs (none of the files `is_output` names in the `exclude` folder,
    the output) in the language of the spaCy `model`; fails with one clear line when there is none.
    With a `cache`, files whose bytes were read before are taken from its folder (briefgen/ingest/memo.py)."""
    inputs = list(inputs)
    started = time.perf_counter()
    language = nlp.model_language(model or DEFAULT_MODEL)
    ingested = ingest(_outside(inputs, exclude, is_output), languages=() if language == "xx" else (language,),
                      cache=cache.folder if cache is not None else None)
    if timings is not None:
        timings.add("ingest", time.perf_counter() - started)
    if not ingested.documents:
        where = ", ".join(str(i) for i in inputs)
        if ingested.skipped:
            raise InputError(f"no usable article in {where}: {len(ingested.skipped)} file(s) skipped "
                             f"(first: {ingested.skipped[0].path}: {ingested.skipped[0].reason})")
        raise InputError(f"no articles ({', '.join(EXTENSIONS)}) found in {where}")
    return ingested


def facts_from(ingested: Ingested, config: Config, cache: Optional[Cache] = None,
               timings: Optional[Timings] = None, progress: bool = False) -> Facts:
    """Parse, extract and merge what was ingested."""
    timings = timings if timings is not None else Timings()
    results = extract_documents(ingested.documents, config, cache, timings, progress)
    started = time.perf_counter()
    with paused_gc():
        facts = merge(results, ingested.skipped, title=config.title, date=briefing_date(config),
                      order=[s.name for s in config.section_list()], shown=config.shown_counts())
    timings.add("merge", time.perf_counter() - started)
    return facts


def build_facts(inputs: Iterable[str | Path], config: Config, cache: Optional[Cache] = None,
                timings: Optional[Timings] = None, progress: bool = False) -> Facts:
    """The whole extraction side of a run."""
    timings = timings if timings is not None else Timings()
    return facts_from(ingest_inputs(inputs, timings, model=config.model), config, cache, timings, progress)


def make_cache(config: Config, folder: Optional[Path]) -> Optional[Cache]:
    if folder is None:
        return None
    return Cache(folder, settings_key(config.model, config.all_aliases()))
