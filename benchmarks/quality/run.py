#!/usr/bin/env python3
"""`make quality`: score briefgen's facts with the shared scorers and print one table.

Runs ../shared/eval/evaluate.py (dev sets, with the peer baselines in the same run) and
../shared/eval/score.py on the seeds, then prints each figure beside its target. Data is read in
place from ../shared; nothing is copied. Writes benchmarks/results/quality.json (not committed).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
BRIEFGEN = ROOT / ".venv" / "bin" / "briefgen"


def seeds_score() -> tuple[int, int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "facts.json"
        subprocess.run([str(BRIEFGEN), "extract", str(ROOT / "seeds"), "-o", str(out)], check=True)
        text = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(out),
                               str(SHARED / "gold" / "seeds.gold.yaml")], capture_output=True, text=True,
                              check=True).stdout
    found, total, violations = map(int, re.search(r"recall (\d+)/(\d+)\s+violations (\d+)", text).groups())
    return found, total, violations


def dev_scores(sections: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "eval.json"
        cmd = [sys.executable, str(SHARED / "eval" / "evaluate.py"), "--peers", "--sections", sections,
               "--json", str(out), "--facts-cmd", f"{BRIEFGEN} extract {{inputs}} --format json -o {{out}}"]
        subprocess.run(cmd, check=True, cwd=ROOT, stdout=sys.stderr)
        return json.loads(out.read_text())


def row(name: str, value: float | None, target: str, ok: bool | None) -> str:
    shown = "n/a" if value is None else f"{value:.3f}"
    mark = "" if ok is None else ("met" if ok else "NOT MET")
    return f"| {name:34} | {shown:>7} | {target:24} | {mark:7} |"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sections", default="casualty,quotes,summaries")
    args = ap.parse_args()
    found, total, violations = seeds_score()
    res = dev_scores(args.sections)
    lines = ["| metric | value | target | |", "|---|---:|---|---|"]
    lines.append(row("seeds recall (score.py)", found / total, "≥ 42/46", found >= 42) + f" {found}/{total}")
    lines.append(row("seeds violations", violations, "0", violations == 0))
    cas = res.get("casualty")
    if cas:
        s, p = cas["system"], cas.get("regex", {})
        lines += [row("casualty killed right", s["killed_hit"], f"≥ 0.90 (regex {p.get('killed_hit', 0):.2f})", s["killed_hit"] >= 0.90),
                  row("casualty injured right", s["injured_hit"], f"≥ 0.85 (regex {p.get('injured_hit', 0):.2f})", s["injured_hit"] >= 0.85),
                  row("casualty top killed right", s["killed_top"], f"≥ 0.80 (regex {p.get('killed_top', 0):.2f})", s["killed_top"] >= 0.80),
                  row("casualty plausible", s["plausible"], f"≥ 0.85 (regex {p.get('plausible', 0):.2f})", s["plausible"] >= 0.85)]
    q = res.get("quotes")
    if q:
        s, p = q["system"], q.get("textacy", {})
        lines += [row("quotes recall", s["recall"], f"≥ 0.90 (textacy {p.get('recall', 0):.2f})", s["recall"] >= 0.90),
                  row("quotes precision", s["precision"], f"≥ 0.95 (textacy {p.get('precision', 0):.2f})", s["precision"] >= 0.95),
                  row("quotes speaker right", s["speaker_acc"], f"≥ 0.92 (textacy {p.get('speaker_acc', 0):.2f})", s["speaker_acc"] >= 0.92),
                  row("indirect statements covered", s["indirect_recall"], "≥ 0.40", (s["indirect_recall"] or 0) >= 0.40)]
    sm = res.get("summaries")
    if sm:
        best = max(sm.get("lead", {}).get("rouge2", 0), sm.get("lexrank", {}).get("rouge2", 0))
        lines.append(row("developments ROUGE-2", sm["system"]["rouge2"], f"≥ {best + 0.01:.3f} (best peer {best:.3f})",
                         sm["system"]["rouge2"] >= best + 0.01))
    print("\n".join(lines))
    results = ROOT / "benchmarks" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "quality.json").write_text(json.dumps({"seeds": {"found": found, "total": total, "violations": violations},
                                                      "dev": res}, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
