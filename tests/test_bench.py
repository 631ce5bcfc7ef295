"""Smoke test of the benchmark runner (benchmarks/run.py) on three tiny articles: it runs end to end and
writes every figure the issue asks for. Nothing here times anything or asserts a speed."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "a1.txt": "Council approves new bridge\n\nThe city council voted on Monday to build a new bridge over the river. "
              "Mayor Ann Lopez said the project would cost 40 million dollars.\n",
    "a2.txt": "Bridge plan draws criticism\n\nResidents of the east side said the bridge would bring more traffic. "
              "\"We were never asked,\" said Tom Reed, a shop owner.\n",
    "a3.txt": "Work on bridge to start in spring\n\nEngineers will begin work in April, the transport department said. "
              "It is not yet clear who will pay for the access roads.\n",
}


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result(bench, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bench")
    folder = tmp / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp / "latest.json"
    bench.main(["--articles", str(folder), "--n", "3", "--reps", "1", "--big-reps", "1", "--no-pdf", "--no-jobs",
                "--no-seeds", "--json", str(out)])
    return json.loads(out.read_text(encoding="utf-8"))


def test_sizes_scale_down_with_n(bench):
    assert bench.sizes_for(1000) == [10, 100, 1000]
    assert bench.sizes_for(100) == [10, 100]
    assert bench.sizes_for(250) == [10, 100, 250]
    assert bench.sizes_for(3) == [3]


def test_verdicts_follow_the_targets(bench):
    assert bench.verdict("extract_vs_floor", 0.9) is True
    assert bench.verdict("extract_vs_floor", 0.5) is False
    assert bench.verdict("noop_rerun_ratio", 0.02) is False
    assert bench.verdict("peak_rss_mb_1000", 900.0) is True
    assert bench.verdict("jobs2_speedup", None) is None


def test_json_has_every_headline_key_and_the_machine(result):
    for key in ("extract_vs_floor", "build_vs_extract", "jobs2_speedup", "noop_rerun_ratio", "one_new_rerun_ratio",
                "seeds_cold_vs_floor", "growth_1000_vs_100", "peak_rss_mb_1000", "date", "machine", "raw", "targets"):
        assert key in result
    for key in ("nproc", "cpu_model", "python", "spacy"):
        assert key in result["machine"]
    assert result["settings"]["sizes"] == [3]


def test_measured_figures_are_there(result):
    assert result["extract_vs_floor"] > 0
    assert result["build_vs_extract"] > 0
    assert result["peak_rss_mb_1000"] > 0
    assert result["raw"]["extract"]["words"] > 40
    assert result["raw"]["builds"]["3"]["articles"] == 3
    # skipped parts are reported as missing, not as a made-up figure
    assert result["jobs2_speedup"] is None and result["targets"]["jobs2_speedup"]["pass"] is None
    assert result["seeds_cold_vs_floor"] is None
    assert result["growth_1000_vs_100"] is None  # a single size has nothing to grow from


def test_reruns_hit_the_cache(result):
    rerun = result["raw"]["rerun"]
    assert rerun["noop_all_unchanged"] is True
    assert rerun["one_new_parsed"] == [1]
    assert result["noop_rerun_ratio"] > 0 and result["one_new_rerun_ratio"] > 0
