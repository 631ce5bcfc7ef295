"""`make bench`: how fast briefgen is against the spaCy parse it cannot avoid (issue 7).

    .venv/bin/python benchmarks/run.py [--n 1000] [--reps 3] [--big-reps 2] [--articles DIR]

Reads the first N articles (name order) of a folder in place, measures, as medians of repeated runs:
the floor (`nlp.pipe` of the same pipeline), `briefgen extract` (build_facts, no cache), `briefgen build`
to md/html/pdf at 10, 100 and N articles in fresh processes (time per stage, peak RSS), --jobs 2 against
--jobs 1, the dask executor on a 2-worker LocalCluster beside --jobs 2 (with its per-task overhead and a
projection to 10 and 100 workers), a no-change and a one-new-article re-run against the full build, and the seeds' cold start
against the bare cost of starting Python, loading spaCy, importing WeasyPrint and writing one PDF.
Prints a table, writes benchmarks/results/latest.json. docs/performance.md explains every figure.
"""
from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = ROOT.parent / "shared" / "bench" / "gva-1000" / "articles"
DEFAULT_JSON = ROOT / "benchmarks" / "results" / "latest.json"
CHILD = Path(__file__).resolve().parent / "build_once.py"
BENCH_DATE = "2025-01-01"
SIZES = (10, 100, 1000)

# key: (comparison, bound, what it means)
TARGETS: dict[str, tuple[str, float, str]] = {
    "extract_vs_floor": (">=", 0.8, "extract words/s ÷ floor words/s"),
    "build_vs_extract": ("<=", 1.3, "build (md+html+pdf) seconds ÷ extract seconds, largest N"),
    "jobs2_speedup": (">=", 1.6, "extract --jobs 1 seconds ÷ --jobs 2 seconds, largest N"),
    "dask_vs_jobs2": (">=", 0.9, "extract --jobs 2 seconds ÷ --executor dask (2-worker LocalCluster) seconds"),
    "noop_rerun_ratio": ("<", 0.02, "re-run with nothing changed ÷ full build"),
    "one_new_rerun_ratio": ("<", 0.10, "re-run with one new article ÷ full build"),
    "seeds_cold_vs_floor": ("<=", 1.5, "seeds cold build ÷ bare process floor"),
    "growth_1000_vs_100": ("<=", 12.0, "build seconds at largest N ÷ at N/10"),
    "peak_rss_mb_1000": ("<", 1500.0, "peak RSS (MB) of one build at largest N"),
}


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def median(values: list[float]) -> Optional[float]:
    return statistics.median(values) if values else None


def ratio(a: Optional[float], b: Optional[float]) -> Optional[float]:
    return a / b if a is not None and b else None


def sizes_for(n: int) -> list[int]:
    """10, 100, 1000 capped at N, always ending with N itself."""
    return [s for s in SIZES if s < n] + [n]


def pick_files(folder: Path, n: int) -> list[Path]:
    """The first N article files of the folder in name order (the same walk briefgen itself does)."""
    from briefgen.ingest import find_files

    files = find_files([folder])
    if not files:
        raise SystemExit(f"bench: no article files in {folder}")
    if len(files) < n:
        say(f"bench: only {len(files)} articles in {folder}; using all of them")
    return files[:n]


def machine() -> dict:
    import spacy

    from briefgen import __version__, nlp

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    pipe = nlp.load()
    info = {"nproc": os.cpu_count(), "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
            else os.cpu_count(), "cpu_model": cpu, "python": platform.python_version(), "platform": platform.platform(),
            "spacy": spacy.__version__, "model": f"{pipe.meta.get('name')}-{pipe.meta.get('version')}",
            "pipe_names": pipe.pipe_names, "briefgen": __version__, "loadavg_start": list(os.getloadavg())}
    try:
        import importlib.metadata as md
        info["weasyprint"] = md.version("weasyprint")
    except Exception:  # noqa: BLE001 - informational only
        info["weasyprint"] = None
    return info


def config(**updates):
    from briefgen.config import Config

    return Config(date=BENCH_DATE, **updates)


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    gc.collect()
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


# 1, 2, 4: the floor, extract, --jobs 2 (in this process, interleaved so that load from other processes hits all alike)

DASK_WORKERS = 2
NOOP_TASKS = 200  # trivial tasks timed through the cluster: the scheduler's own cost per task
PROJECT_WORKERS = (10, 100)
PROJECT_ARTICLES = 100_000


def start_cluster(workers: int):
    """A LocalCluster of `workers` single-threaded processes on 127.0.0.1, and a client; None without the extra."""
    try:
        import distributed
    except ImportError:
        say("bench: distributed is not installed (pip install -e '.[dask]'); the dask executor is skipped")
        return None
    logging.getLogger("distributed").setLevel(logging.ERROR)  # the scheduler's and nannies' INFO lines
    started = time.perf_counter()
    from briefgen.executors.cluster import local_cluster

    cluster = local_cluster(workers)  # as `--executor dask` without --scheduler starts it
    client = distributed.Client(cluster)
    client.wait_for_workers(workers, timeout=120)
    from briefgen.executors.cluster import PLUGIN, PipelinePlugin

    client.register_plugin(PipelinePlugin(config().model), name=PLUGIN)  # as a cluster that ran briefgen before
    return cluster, client, time.perf_counter() - started


def _noop(x: int) -> int:
    return x


def noop_task_seconds(client, n: int = NOOP_TASKS) -> float:
    """Seconds per trivial task through the scheduler, submitted all at once as the executor submits its batches."""
    client.gather(client.map(_noop, range(8), pure=False))  # warm-up
    started = time.perf_counter()
    client.gather(client.map(_noop, range(n), pure=False))
    return (time.perf_counter() - started) / n


def measure_extract(files: list[Path], reps: int, jobs_reps: int, dask: bool = True) -> dict:
    from briefgen import nlp
    from briefgen.ingest import ingest
    from briefgen.pipeline import BATCH, Timings, build_facts

    texts = [d.text for d in ingest(files).documents]
    words = sum(len(t.split()) for t in texts)
    pipe = nlp.load(config().model)
    for _ in pipe.pipe(texts[:4], batch_size=BATCH):  # warm-up: first-call allocations
        pass

    def floor() -> None:
        for _ in pipe.pipe(texts, batch_size=BATCH):
            pass

    floor_s, extract_s, jobs2_s, stages = [], [], [], []
    dask_s, dask_runs, started_cluster = [], [], start_cluster(DASK_WORKERS) if dask and jobs_reps else None
    for rep in range(reps):
        seconds, _ = timed(floor)
        floor_s.append(seconds)
        say(f"  floor   rep {rep + 1}/{reps}: {seconds:7.2f} s  {words / seconds:8.0f} words/s")
        tm = Timings()
        seconds, facts = timed(lambda: build_facts(files, config(jobs=1), None, tm))
        extract_s.append(seconds)
        stages.append(dict(tm.stages))
        say(f"  extract rep {rep + 1}/{reps}: {seconds:7.2f} s  {words / seconds:8.0f} words/s")
        if rep < jobs_reps:
            seconds, _ = timed(lambda: build_facts(files, config(jobs=2), None, Timings()))
            jobs2_s.append(seconds)
            say(f"  jobs 2  rep {rep + 1}/{jobs_reps}: {seconds:7.2f} s")
            if started_cluster is not None:
                address = started_cluster[0].scheduler_address
                tm = Timings()
                seconds, dask_facts = timed(lambda: build_facts(files, config(executor="dask", scheduler=address),
                                                                None, tm))
                dask_s.append(seconds)
                dask_runs.append({"seconds": seconds, **tm.executor, "identical": _same(dask_facts, facts)})
                say(f"  dask {DASK_WORKERS}w rep {rep + 1}/{jobs_reps}: {seconds:7.2f} s  "
                    f"({tm.executor['tasks']} tasks of {tm.executor['batch']}, "
                    f"{tm.executor.get('overhead_per_task_s', 0) * 1000:.0f} ms overhead/task)")
    out = {"articles": len(texts), "words": words, "chars": sum(len(t) for t in texts),
           "floor": {"seconds": floor_s, "median_s": median(floor_s), "words_per_s": ratio(words, median(floor_s))},
           "extract": {"seconds": extract_s, "median_s": median(extract_s), "words_per_s": ratio(words, median(extract_s)),
                       "stages_median_s": _median_stages(stages)}}
    if jobs2_s:
        j1 = median(extract_s[:len(jobs2_s)])  # the jobs-1 runs interleaved with the jobs-2 ones
        out["jobs2"] = {"seconds": jobs2_s, "median_s": median(jobs2_s), "jobs1_median_s": j1,
                        "speedup": ratio(j1, median(jobs2_s))}
    if started_cluster is not None:
        cluster, client, start_s = started_cluster
        try:
            noop_s = noop_task_seconds(client)
        finally:
            client.close()
            cluster.close()
        out["dask"] = summarise_dask(dask_runs, len(texts), start_s, noop_s, median(jobs2_s))
    return out


def _same(a, b) -> bool:
    from briefgen import facts as facts_io

    return facts_io.dumps(a, "json") == facts_io.dumps(b, "json")


def summarise_dask(runs: list[dict], articles: int, start_s: float, noop_s: float, jobs2_median: Optional[float]) -> dict:
    """The dask runs, their per-task overhead, and what the measured per-article cost predicts for more workers."""
    per_article = median([r["task_seconds"] / articles for r in runs])  # worker seconds per article (parse+extract)
    overhead = median([r.get("overhead_per_task_s", 0.0) for r in runs])
    connect = median([r["connect_s"] for r in runs])
    return {"workers": DASK_WORKERS, "seconds": [r["seconds"] for r in runs], "median_s": median([r["seconds"] for r in runs]),
            "vs_jobs2": ratio(jobs2_median, median([r["seconds"] for r in runs])),
            "cluster_start_s": start_s, "connect_median_s": connect, "noop_task_s": noop_s,
            "per_article_s": per_article, "overhead_per_task_s": overhead, "all_identical": all(r["identical"] for r in runs),
            "runs": runs}


def project(dask: dict, n: int, workers: int, client_s: float) -> dict:
    """Seconds of an extract on `workers` workers for `n` articles, from the measured figures.

    work: every article's parse+extract plus each task's overhead, shared by the workers; the scheduler
    handles tasks one at a time (noop_task_s each), which bounds it from below; the client's own serial
    part (`client_s`: ingest, merge, render, connect) is added whole."""
    import math

    from briefgen.executors.cluster import batch_size

    size = batch_size(n, workers)
    tasks = math.ceil(n / size)
    work = (n * dask["per_article_s"] + tasks * dask["overhead_per_task_s"]) / workers
    extract_s = max(work, tasks * dask["noop_task_s"])
    return {"workers": workers, "articles": n, "batch": size, "tasks": tasks, "extract_s": extract_s,
            "client_s": client_s, "total_s": extract_s + client_s}


def projections(raw: dict) -> list[dict]:
    """10 and 100 workers, at the measured N and at PROJECT_ARTICLES, with the client's merge and render as
    measured by the largest build (scaled linearly with the number of articles: a lower bound for merge)."""
    ex = raw.get("extract") or {}
    dask, builds = ex.get("dask"), raw.get("builds") or {}
    if not dask:
        return []
    n = ex["articles"]
    big = builds.get(str(n))
    merge = render = ingest = 0.0
    if big:
        st, sp = big["stages_median_s"], big["render_split_median_s"]
        merge, ingest = st.get("merge", 0.0), st.get("ingest", 0.0)
        render = st.get("render", 0.0)
    out = []
    for articles in (n, PROJECT_ARTICLES):
        scale = articles / n
        client = dask["connect_median_s"] + (merge + ingest) * scale + render
        for workers in PROJECT_WORKERS:
            out.append({**project(dask, articles, workers, client), "merge_s": merge * scale,
                        "ingest_s": ingest * scale, "render_s": render})
    return out


def _median_stages(runs: list[dict]) -> dict:
    keys = sorted({k for r in runs for k in r})
    return {k: median([r.get(k, 0.0) for r in runs]) for k in keys}


# 3: builds in fresh processes, with the peak RSS of each

def run_child(files: list[Path], formats: list[str], work: Path) -> dict:
    work.mkdir(parents=True)
    listing = work / "inputs.txt"
    listing.write_text("".join(f"{f}\n" for f in files), encoding="utf-8")
    report, log_path = work / "report.json", work / "child.log"
    cmd = [sys.executable, str(CHILD), "--list", str(listing), "--out", str(work / "out"), "--report", str(report),
           "--formats", ",".join(formats)]
    with open(log_path, "wb") as log:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
        raise RuntimeError(f"build of {len(files)} articles failed (exit {proc.returncode}):\n{tail}")
    result = json.loads(report.read_text(encoding="utf-8"))
    # wait4's ru_maxrss includes the RSS this (big) process had when it forked the child: Linux keeps the
    # pre-exec peak. The child's own VmHWM is the true peak of the build; wait4's figure is an upper bound.
    result["wait4_maxrss_mb"] = usage.ru_maxrss / 1024  # Linux reports KiB
    result["peak_rss_mb"] = result.get("vm_hwm_mb") or result["wait4_maxrss_mb"]
    result["process_wall_s"] = wall
    return result


def measure_builds(files: list[Path], sizes: list[int], reps: int, big_reps: int, formats: list[str],
                   tmp: Path) -> dict:
    out = {}
    for size in sizes:
        n_reps = big_reps if size >= 1000 else reps
        runs = []
        for rep in range(n_reps):
            r = run_child(files[:size], formats, tmp / f"build-{size}-{rep}")
            runs.append(r)
            say(f"  build {size:5d} rep {rep + 1}/{n_reps}: {r['total_s']:7.2f} s  peak {r['peak_rss_mb']:6.0f} MB")
        out[str(size)] = summarise_builds(runs)
    return out


def summarise_builds(runs: list[dict]) -> dict:
    stages = _median_stages([r["stages_s"] for r in runs])
    split = _median_stages([r.get("render_split_s", {}) for r in runs])
    return {"reps": len(runs), "articles": runs[0]["articles"], "total_s": median([r["total_s"] for r in runs]),
            "process_wall_s": median([r["process_wall_s"] for r in runs]),
            "model_load_s": median([r["model_load_s"] for r in runs]),
            "stages_median_s": stages, "render_split_median_s": split,
            "other_s": median([r["other_s"] for r in runs]),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
            "peak_rss_mb_median": median([r["peak_rss_mb"] for r in runs]),
            "output_bytes": runs[-1].get("output_bytes", {}), "items": runs[-1].get("items", {}),
            "runs": runs}


# 5: re-runs against the full build (in this process, with a per-article cache)

def measure_reruns(files: list[Path], extra: Path, reps: int, formats: list[str], tmp: Path) -> dict:
    from briefgen.build import run_build

    base = tmp / "rerun"
    cfg = config(jobs=1, cache=base / "cache")
    full_s, full = timed(lambda: run_build([str(f) for f in files], cfg, base / "out", formats))
    say(f"  full build with cache: {full_s:7.2f} s ({full.timings.parsed} parsed)")
    noop = []
    for rep in range(reps):
        seconds, r = timed(lambda: run_build([str(f) for f in files], cfg, base / "out", formats))
        noop.append({"seconds": seconds, "unchanged": r.unchanged, "parsed": r.timings.parsed,
                     "stages_s": dict(r.timings.stages)})
        say(f"  no-change re-run {rep + 1}/{reps}: {seconds:7.3f} s  unchanged={r.unchanged}")
    one_new = []
    for rep in range(reps):  # each from a copy of the state after the full build: the extra article is new every time
        work = tmp / f"rerun-new-{rep}"
        shutil.copytree(base, work)
        cfg_new = cfg.model_copy(update={"cache": work / "cache"})
        inputs = [str(f) for f in files] + [str(extra)]
        seconds, r = timed(lambda: run_build(inputs, cfg_new, work / "out", formats))
        one_new.append({"seconds": seconds, "unchanged": r.unchanged, "parsed": r.timings.parsed,
                        "stages_s": dict(r.timings.stages)})
        say(f"  one-new re-run   {rep + 1}/{reps}: {seconds:7.3f} s  parsed={r.timings.parsed}")
        shutil.rmtree(work, ignore_errors=True)
    return {"articles": len(files), "extra_article": extra.name, "full_s": full_s,
            "full_stages_s": dict(full.timings.stages), "noop": noop, "one_new": one_new,
            "noop_median_s": median([r["seconds"] for r in noop]),
            "one_new_median_s": median([r["seconds"] for r in one_new]),
            "noop_all_unchanged": all(r["unchanged"] for r in noop),
            "one_new_parsed": [r["parsed"] for r in one_new]}


# 6: the seeds from a cold start against the bare floor of the same process

FLOOR_SCRIPT = """
import sys
from briefgen import nlp
nlp.load()
from weasyprint import HTML
HTML(string=open(sys.argv[1], encoding="utf-8").read()).write_pdf(sys.argv[2])
"""


def measure_seeds(reps: int, tmp: Path) -> dict:
    cold, floor = [], []
    html = None
    for rep in range(reps):
        out = tmp / f"seeds-{rep}"
        seconds = _wall([sys.executable, "-m", "briefgen", "build", str(ROOT / "seeds"), "--out", str(out)])
        cold.append(seconds)
        html = out / "briefing.html"
        floor_s = _wall([sys.executable, "-c", FLOOR_SCRIPT, str(html), str(tmp / f"floor-{rep}.pdf")])
        floor.append(floor_s)
        say(f"  seeds cold rep {rep + 1}/{reps}: {seconds:6.2f} s   floor {floor_s:6.2f} s")
    return {"cold_seconds": cold, "floor_seconds": floor, "cold_median_s": median(cold),
            "floor_median_s": median(floor), "html_bytes": html.stat().st_size if html else None}


def _wall(cmd: list[str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} ... failed (exit {proc.returncode}): {proc.stderr[-1500:]}")
    return seconds


# the report

def headline(raw: dict, sizes: list[int]) -> dict:
    largest = str(sizes[-1])
    base = str(sizes[-2]) if len(sizes) > 1 else None
    ex, builds = raw.get("extract"), raw.get("builds", {})
    rerun, seeds = raw.get("rerun"), raw.get("seeds")
    big = builds.get(largest)
    return {
        "extract_vs_floor": ratio(ex["extract"]["words_per_s"], ex["floor"]["words_per_s"]) if ex else None,
        "build_vs_extract": ratio(big["total_s"], ex["extract"]["median_s"]) if big and ex else None,
        "jobs2_speedup": ex["jobs2"]["speedup"] if ex and "jobs2" in ex else None,
        "dask_vs_jobs2": ex["dask"]["vs_jobs2"] if ex and "dask" in ex else None,
        "noop_rerun_ratio": ratio(rerun["noop_median_s"], rerun["full_s"]) if rerun else None,
        "one_new_rerun_ratio": ratio(rerun["one_new_median_s"], rerun["full_s"]) if rerun else None,
        "seeds_cold_vs_floor": ratio(seeds["cold_median_s"], seeds["floor_median_s"]) if seeds else None,
        "growth_1000_vs_100": ratio(big["total_s"], builds[base]["total_s"]) if big and base in builds else None,
        "peak_rss_mb_1000": big["peak_rss_mb"] if big else None,
    }


def verdict(key: str, value: Optional[float]) -> Optional[bool]:
    if value is None:
        return None
    op, bound, _ = TARGETS[key]
    return {">=": value >= bound, "<=": value <= bound, "<": value < bound}[op]


def table(result: dict) -> str:
    raw, lines = result["raw"], []
    s = result["settings"]
    m = result["machine"]
    lines.append(f"briefgen bench — {result['date']} — {m['cpu_model']} ({m['nproc']} CPUs), Python {m['python']}, "
                 f"spaCy {m['spacy']}, {m['model']}; load avg {m['loadavg_start'][0]:.2f} → {m['loadavg_end'][0]:.2f}")
    lines.append(f"articles: first {s['n']} of {s['articles_dir']}; sizes {s['sizes']}; reps {s['reps']}, "
                 f"largest-build/jobs reps {s['big_reps']}")
    ex = raw.get("extract")
    if ex:
        lines.append("")
        lines.append(f"{'throughput at N=' + str(ex['articles']):32} {'median s':>9} {'words/s':>9}   ({ex['words']} words)")
        lines.append(f"{'  floor: nlp.pipe':32} {ex['floor']['median_s']:9.2f} {ex['floor']['words_per_s']:9.0f}")
        lines.append(f"{'  extract: build_facts, no cache':32} {ex['extract']['median_s']:9.2f} {ex['extract']['words_per_s']:9.0f}")
        if "jobs2" in ex:
            j = ex["jobs2"]
            lines.append(f"{'  extract --jobs 2':32} {j['median_s']:9.2f} {ratio(ex['words'], j['median_s']):9.0f}")
        if "dask" in ex:
            d = ex["dask"]
            lines.append(f"{'  extract --executor dask, ' + str(d['workers']) + 'w':32} {d['median_s']:9.2f} "
                         f"{ratio(ex['words'], d['median_s']):9.0f}   (÷ --jobs 2: {d['vs_jobs2'] or 0:.3f}; facts "
                         f"identical: {d['all_identical']})")
            lines.append(f"  dask: cluster start {d['cluster_start_s']:.2f} s, connect {d['connect_median_s']:.2f} s, "
                         f"{d['per_article_s'] * 1000:.1f} ms/article on a worker, overhead "
                         f"{d['overhead_per_task_s'] * 1000:.1f} ms/task ({d['runs'][0]['tasks']} tasks of "
                         f"{d['runs'][0]['batch']}), scheduler {d['noop_task_s'] * 1000:.2f} ms/no-op task")
    proj = result.get("projection") or []
    if proj:
        lines.append("")
        lines.append(f"{'projection (dask)':22} {'articles':>9} {'batch':>6} {'tasks':>6} {'extract':>8} "
                     f"{'merge':>7} {'render':>7} {'total s':>8}")
        for p in proj:
            lines.append(f"{'  ' + str(p['workers']) + ' workers':22} {p['articles']:9d} {p['batch']:6d} {p['tasks']:6d} "
                         f"{p['extract_s']:8.2f} {p['merge_s']:7.2f} {p['render_s']:7.2f} {p['total_s']:8.2f}")
    builds = raw.get("builds")
    if builds:
        lines.append("")
        lines.append(f"{'build (fresh process)':22} {'ingest':>7} {'parse+ex':>9} {'merge':>7} {'md+html':>8} {'pdf':>7} "
                     f"{'1st-call':>8} {'other':>7} {'total':>8} {'peak MB':>8} {'pdf KB':>7}")
        for size, b in builds.items():
            st, sp = b["stages_median_s"], b["render_split_median_s"]
            md_html = sp.get("md_html", st.get("render", 0.0))
            pdf, first = sp.get("pdf", 0.0), sp.get("first_call", 0.0)
            lines.append(f"{'  N=' + size + ' (' + str(b['reps']) + ' reps)':22} {st.get('ingest', 0):7.2f} "
                         f"{st.get('parse+extract', 0):9.2f} {st.get('merge', 0):7.2f} {md_html:8.2f} {pdf:7.2f} "
                         f"{first:8.2f} {b['other_s']:7.2f} {b['total_s']:8.2f} {b['peak_rss_mb']:8.0f} "
                         f"{b['output_bytes'].get('pdf', 0) / 1024:7.0f}")
    rr = raw.get("rerun")
    if rr:
        lines.append("")
        lines.append(f"re-runs at N={rr['articles']} (cache on): full {rr['full_s']:.2f} s, no change "
                     f"{rr['noop_median_s']:.3f} s (unchanged: {rr['noop_all_unchanged']}), one new "
                     f"{rr['one_new_median_s']:.3f} s (parsed {rr['one_new_parsed']})")
    sd = raw.get("seeds")
    if sd:
        lines.append(f"seeds cold start: build {sd['cold_median_s']:.2f} s, bare floor (python + spaCy + WeasyPrint + "
                     f"1 PDF) {sd['floor_median_s']:.2f} s")
    lines.append("")
    lines.append(f"{'ratio':22} {'value':>9}  {'target':>9}  result")
    for key, (op, bound, _) in TARGETS.items():
        value, ok = result[key], result["targets"][key]["pass"]
        shown = "—" if value is None else (f"{value:9.0f}" if key == "peak_rss_mb_1000" else f"{value:9.3f}")
        mark = "skipped" if ok is None else ("PASS" if ok else "FAIL")
        lines.append(f"{key:22} {shown:>9}  {op + ' ' + format(bound, 'g'):>9}  {mark}")
    return "\n".join(lines)


def parse_args(argv: Optional[list[str]] = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="briefgen throughput, memory and re-run benchmark (issue 7)")
    p.add_argument("--n", type=int, default=1000, help="largest number of articles (sizes: 10, 100, 1000 up to N)")
    p.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="folder of articles, read in place")
    p.add_argument("--reps", type=int, default=3, help="repetitions of each measurement (median reported)")
    p.add_argument("--big-reps", type=int, default=2,
                   help="repetitions of the slow steps: builds at N >= 1000 and the --jobs 2 extract (default 2)")
    p.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write the results")
    p.add_argument("--no-pdf", action="store_true", help="build md and html only; skips the seeds' cold start too")
    p.add_argument("--no-jobs", action="store_true", help="skip --jobs 2 and the dask executor beside it")
    p.add_argument("--no-dask", action="store_true", help="skip the dask executor (2-worker LocalCluster)")
    p.add_argument("--no-seeds", action="store_true", help="skip the seeds' cold start")
    p.add_argument("--no-rerun", action="store_true", help="skip the re-run measurements")
    args = p.parse_args(argv)
    if args.n < 1 or args.reps < 1 or args.big_reps < 1:
        p.error("--n, --reps and --big-reps must be 1 or more")
    return args


def main(argv: Optional[list[str]] = None) -> dict:
    args = parse_args(argv)
    logging.basicConfig(level=logging.ERROR, format="%(name)s: %(message)s")
    files = pick_files(args.articles, args.n)
    sizes = sizes_for(len(files))
    formats = ["md", "html"] if args.no_pdf else ["md", "html", "pdf"]
    jobs_reps = 0 if args.no_jobs else (args.big_reps if len(files) >= 1000 else args.reps)
    info = machine()
    raw: dict = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp_name:
        tmp = Path(tmp_name)
        say(f"bench: floor and extract at N={len(files)}")
        raw["extract"] = measure_extract(files, args.reps, jobs_reps, dask=not args.no_dask)
        say(f"bench: builds at {sizes} ({','.join(formats)})")
        raw["builds"] = measure_builds(files, sizes, args.reps, args.big_reps, formats, tmp)
        if not args.no_rerun:
            say(f"bench: re-runs at N={len(files)}")
            extra = sorted((ROOT / "seeds").glob("*.txt"))[0]
            raw["rerun"] = measure_reruns(files, extra, args.reps, formats, tmp)
        if not (args.no_seeds or args.no_pdf):
            say("bench: seeds cold start")
            raw["seeds"] = measure_seeds(args.reps, tmp)
    info["loadavg_end"] = list(os.getloadavg())
    result = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": info,
              "settings": {"n": len(files), "sizes": sizes, "reps": args.reps, "big_reps": args.big_reps,
                           "jobs_reps": jobs_reps, "formats": formats, "articles_dir": str(args.articles),
                           "largest_n": sizes[-1], "growth_base_n": sizes[-2] if len(sizes) > 1 else None,
                           "bench_seconds": round(time.perf_counter() - started, 1)}}
    result.update(headline(raw, sizes))
    result["projection"] = projections(raw)
    result["targets"] = {k: {"op": op, "bound": bound, "meaning": meaning, "pass": verdict(k, result[k])}
                         for k, (op, bound, meaning) in TARGETS.items()}
    result["raw"] = raw
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(table(result))
    print(f"\nwrote {args.json}")
    return result


if __name__ == "__main__":
    main()
