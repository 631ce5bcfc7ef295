"""The dask executor: the per-article parse and extraction as tasks on a Dask cluster.

The client (the briefgen run) sends batches of articles not found in the cache; each worker loads the
spaCy pipeline once, when it joins (`PipelinePlugin`, a Dask worker plugin: workers that join or are
restarted later load it too), and runs the same code as a local run on every batch. Results come back
in any order; the caller puts them back in article order, so the facts do not depend on the number of
workers, the batch size or the order in which tasks finish.

Failures:
- a worker that dies (killed, out of memory) is Dask's to handle: its tasks run again on another worker,
  up to `distributed.scheduler.allowed-failures` times (3 by default) for each task;
- a task that raises is retried `RETRIES` times; a batch that still fails is split and its articles sent
  one by one, so that an article that fails is named (`DaskError`, exit 1) and the others still count.

Workers must have the same briefgen, model and section plugins as the client: each result carries the
worker's extraction settings key (`briefgen.cache.settings_key`) and a run stops at the first one that
differs, since its facts would not be those of a local run.
"""
from __future__ import annotations

import logging
import math
import os
import time
import uuid
from contextlib import contextmanager
from typing import Callable, Iterator, Optional

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from briefgen.config import Config
from briefgen.executors import DaskError

log = logging.getLogger("briefgen.executors")

PLUGIN = "briefgen-pipeline"
PER_WORKER = 4        # aim for at least this many batches per worker, so that a slow or lost one costs little
MAX_BATCH = 16        # articles per task at most: a short tail when the last tasks finish, a small loss if one dies
RETRIES = 2           # extra tries of a task that raised (a dead worker is counted apart by the scheduler)
CONNECT_TIMEOUT = 30  # seconds to reach a scheduler given by address
WORKERS_TIMEOUT = 60  # seconds to wait for the first worker to join it
MAX_NAMED = 5         # failed articles named in the error line; the rest are counted


# On the worker

class PipelinePlugin(WorkerPlugin):
    """Loads the spaCy pipeline once per worker process, when the worker starts or joins."""

    def __init__(self, model: str):
        self.model = model

    def setup(self, worker) -> None:  # noqa: ARG002 - the worker is not needed
        from briefgen import nlp

        pipe = nlp.load(self.model)  # cached for the life of the process (lru_cache)
        for _ in pipe.pipe(["A first sentence. Then a second one."]):  # first-call allocations, before any task
            pass


class _Capture(logging.Handler):
    """The log lines of one task, sent back so that the client shows them as a local run would."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.name, record.levelno, record.getMessage()))


def extract_batch(batch: list, model: str, aliases: dict, level: int) -> dict:
    """One task: parse and extract a batch of documents, as `pipeline._extract_batch` does locally."""
    from briefgen import nlp
    from briefgen.cache import settings_key
    from briefgen.extract.article import extract_article
    from briefgen.pipeline import BATCH

    started = time.perf_counter()
    pipe = nlp.load(model)  # loaded by the plugin already; a worker that missed it loads it here, once
    logger = logging.getLogger("briefgen")
    capture, previous = _Capture(), logger.level
    logger.addHandler(capture)
    logger.setLevel(level)
    try:
        facts = [extract_article(d.article, d.text, doc, aliases)
                 for d, doc in zip(batch, pipe.pipe([d.text for d in batch], batch_size=BATCH))]
    finally:
        logger.removeHandler(capture)
        logger.setLevel(previous)
    return {"facts": facts, "logs": capture.lines, "settings": settings_key(model, aliases),
            "seconds": time.perf_counter() - started}


# On the client

def usable_cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


# Worker settings of the LocalCluster briefgen starts: its processes start as the local pool's do (fork on
# Linux: measured 12% less compute per article than spawned workers, the same as `--jobs`), and without
# Dask's statistical profiler, which samples every thread's stack every 10 ms.
LOCAL_WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


def local_cluster(workers: int) -> LocalCluster:
    """A LocalCluster of `workers` single-threaded worker processes on 127.0.0.1, with no dashboard."""
    import dask

    from briefgen.pipeline import start_method

    settings = {**LOCAL_WORKER_CONFIG, "distributed.worker.multiprocessing-method": start_method()}
    with dask.config.set(settings):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=None, silence_logs=logging.ERROR)


@contextmanager
def connect(scheduler: Optional[str], model: str) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a LocalCluster started for the run (one single-threaded
    worker process per usable CPU, listening on 127.0.0.1 only, no dashboard), with the plugin registered."""
    cluster = None
    quiet = logging.getLogger("distributed")
    loud = quiet.level
    if not log.isEnabledFor(logging.DEBUG):  # Dask's own lines only with -vv or --debug
        quiet.setLevel(logging.ERROR)
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            except Exception as err:  # noqa: BLE001 - OSError, TimeoutError, ValueError for a bad address
                raise DaskError(f"--scheduler {scheduler}: cannot reach the dask scheduler ({_one_line(err)})") from None
        else:
            try:
                cluster = local_cluster(usable_cpus())
            except Exception as err:  # noqa: BLE001 - a worker process that could not start (memory, limits)
                raise DaskError(f"cannot start a local dask cluster: {_one_line(err)}") from None
            client = Client(cluster)
    except BaseException:
        if cluster is not None:
            cluster.close()
        quiet.setLevel(loud)
        raise
    try:
        try:
            client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
        except TimeoutError:
            raise DaskError(f"no dask worker joined the scheduler at {scheduler or client.scheduler.address} "
                            f"within {WORKERS_TIMEOUT} s") from None
        try:
            client.register_plugin(PipelinePlugin(model), name=PLUGIN)
        except Exception as err:  # noqa: BLE001 - whatever the worker raised loading the model
            raise DaskError(f"the dask workers could not load the spaCy pipeline {model!r}: {_one_line(err)}") from None
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        quiet.setLevel(loud)


def extract(documents: list, config: Config, collect: Callable[[list[int], list], None],
            expected_settings: str) -> dict:
    """Parse and extract `documents` on the cluster; `collect(indices, facts)` is called as batches come back.

    Returns what the run measured (for `Timings.executor` and the benchmark). Raises DaskError naming the
    articles that failed, after every other article has been collected (and so cached).
    """
    aliases = config.all_aliases()
    level = logging.getLogger("briefgen").getEffectiveLevel()
    started = time.perf_counter()
    with connect(config.scheduler, config.model) as client:
        ready = time.perf_counter()
        workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        size = batch_size(len(documents), workers)
        run = uuid.uuid4().hex[:8]
        pending: dict = {}

        def send(indices: list[int], retries: int = RETRIES):
            future = client.submit(extract_batch, [documents[i] for i in indices], config.model, aliases, level,
                                   key=f"briefgen-extract-{run}-{len(pending)}-{indices[0]}", retries=retries,
                                   pure=False)
            pending[future] = indices
            return future

        batches = [list(range(k, min(len(documents), k + size))) for k in range(0, len(documents), size)]
        queue = as_completed([send(b) for b in batches])
        failed: list[tuple[object, BaseException]] = []
        tasks, task_seconds = 0, 0.0
        for future in queue:
            indices = pending.pop(future)
            if future.status == "finished":
                out = future.result()
                tasks += 1
                task_seconds += out["seconds"]
                if out["settings"] != expected_settings:
                    raise DaskError("the dask workers run other extraction code, model or plugins than this "
                                    f"client (settings {out['settings']} there, {expected_settings} here): install "
                                    "the same briefgen and model on the workers")
                for name, levelno, message in out["logs"]:
                    logging.getLogger(name).log(levelno, "%s", message)
                collect(indices, out["facts"])
            elif future.status == "cancelled":  # the scheduler dropped it: restarted, or closed under us
                raise DaskError(f"the dask scheduler at {config.scheduler or 'the local cluster'} cancelled the "
                                "run's tasks (was it restarted or stopped?); nothing was written")
            elif len(indices) > 1:  # find which article it was: send them one by one
                log.info("a batch of %d articles failed on the dask workers (%s); sending them one by one",
                         len(indices), _one_line(future.exception()))
                for i in indices:
                    queue.add(send([i], retries=0))
            else:
                failed.append((documents[indices[0]].article, future.exception()))
            future.release()
        finished = time.perf_counter()
    stats = {"workers": workers, "batch": size, "tasks": tasks, "task_seconds": task_seconds,
             "connect_s": ready - started, "run_s": finished - ready, "scheduler": config.scheduler or "LocalCluster"}
    if tasks:
        stats["overhead_per_task_s"] = max(0.0, (finished - ready) * workers - task_seconds) / tasks
    if failed:
        raise DaskError(_failures(failed, len(documents)))
    return stats


def batch_size(articles: int, workers: int) -> int:
    """Articles per task: PER_WORKER tasks per worker or more, at most MAX_BATCH articles each."""
    return max(1, min(MAX_BATCH, math.ceil(articles / (max(1, workers) * PER_WORKER))))


def _failures(failed: list, total: int) -> str:
    named = "; ".join(f"{a.path} ({_one_line(err)})" for a, err in failed[:MAX_NAMED])
    more = f"; and {len(failed) - MAX_NAMED} more" if len(failed) > MAX_NAMED else ""
    return (f"{len(failed)} of {total} article(s) failed on the dask workers: {named}{more}; the others were parsed "
            "and cached; nothing was written")


def _one_line(err: Optional[BaseException]) -> str:
    if err is None:
        return "unknown error"
    text = " ".join(str(err).split())
    return f"{type(err).__name__}: {text}" if text else type(err).__name__
