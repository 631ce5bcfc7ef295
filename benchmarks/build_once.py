"""One `briefgen build` in a fresh process, for the benchmark runner (`benchmarks/run.py`).

Run by the runner in a subprocess so that its peak memory (read by the parent with wait4) is that of
one build alone. Writes a JSON object with the seconds of each stage to the file given by --report.

    python benchmarks/build_once.py --list FILES.txt --out DIR --report REPORT.json [--formats md,html,pdf]

The spaCy pipeline is loaded before the clock starts: `briefgen extract`, which the build is compared
with, pays the same load, and the cold-start cost is measured on its own (the seeds' cold run).
Importing WeasyPrint is *not* done in advance: it is a cost the build pays and extract does not.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

BENCH_DATE = "2025-01-01"  # a fixed briefing date, so every run renders the same thing


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--list", type=Path, required=True, help="file holding one article path per line")
    p.add_argument("--out", type=Path, required=True, help="output folder (fresh, empty)")
    p.add_argument("--report", type=Path, required=True, help="where to write the JSON timings")
    p.add_argument("--formats", default="md,html,pdf")
    args = p.parse_args()

    from briefgen import nlp
    from briefgen.build import run_build
    from briefgen.config import Config

    formats = [f for f in args.formats.split(",") if f]
    inputs = [line for line in args.list.read_text(encoding="utf-8").splitlines() if line]
    config = Config(date=BENCH_DATE, jobs=1)
    started = time.perf_counter()
    nlp.load(config.model)
    model_load = time.perf_counter() - started

    started = time.perf_counter()
    report = run_build(inputs, config, args.out, formats, use_cache=False)
    total = time.perf_counter() - started
    stages = dict(report.timings.stages)

    # The build renders every format in one call. Render again, warm, Markdown+HTML alone and then the PDF
    # alone (which re-makes its HTML) to split it: md_html, pdf (warm) and first_call (the rest of the
    # build's render: importing WeasyPrint, compiling templates, loading fonts the first time).
    render_split = {}
    if report.facts is not None and "pdf" in formats:
        from briefgen.render import render_all

        light = [f for f in formats if f != "pdf"] or ["html"]
        started = time.perf_counter()
        render_all(report.facts, config, light)
        md_html = time.perf_counter() - started
        started = time.perf_counter()
        render_all(report.facts, config, ["pdf"])
        pdf_warm = max(0.0, time.perf_counter() - started - md_html)
        render_split = {"md_html": md_html, "pdf": pdf_warm,
                        "first_call": max(0.0, stages.get("render", 0.0) - md_html - pdf_warm)}

    sizes = {p.suffix.lstrip("."): p.stat().st_size for p in report.written if p.is_file()}
    out = {"articles": len(report.facts.articles) if report.facts else 0, "parsed": report.timings.parsed,
           "model_load_s": model_load, "total_s": total, "stages_s": stages, "render_split_s": render_split,
           "other_s": max(0.0, total - sum(stages.values())), "output_bytes": sizes,
           "items": _counts(report.facts), "vm_hwm_mb": _vm_hwm_mb()}
    args.report.write_text(json.dumps(out, indent=2), encoding="utf-8")


def _vm_hwm_mb():
    """This process's peak RSS since exec (VmHWM). Not getrusage: Linux carries the forking parent's
    peak over exec into ru_maxrss, so a child of a big benchmark process would report the parent's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _counts(facts) -> dict:
    if facts is None:
        return {}
    return {key: len(getattr(facts, key, []) or []) for key in
            ("actors", "developments", "positions", "quotes", "open_questions", "casualties")}


if __name__ == "__main__":
    main()
