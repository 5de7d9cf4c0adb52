"""Benchmark: rendering reports and exports from results.json, and one student's self-check.

Grades the visible corpus once (not timed), then measures, as the median of several runs:

- ``grader report``'s work in one process: every student's HTML, the class overview, and
  the CSV exports (grades, Moodle, Canvas), per student and in all;
- the self-check of one submission at ``found`` (ingest + extract, no reference call);
- one answer hash of a student's copy (scrypt), which is also what one guess costs.

Usage: python bench/report_bench.py [--runs 5]
It prints what it measured and the machine it ran on; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader import api  # noqa: E402
from grader.report.exports import write_exports  # noqa: E402
from grader.report.render import write_reports  # noqa: E402
from grader.selfcheck import answer_hash, self_check  # noqa: E402


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        api.write_outputs(api.grade_batch(ROOT / "submissions", run_code=False), out)
        document = json.loads((out / "results.json").read_text(encoding="utf-8"))
        n = len(document["students"])
        render = _median(lambda: (write_reports(document, out), write_exports(document, out)), args.runs)
        spec = api.DEFAULT_SPEC
        check = _median(lambda: self_check(ROOT / "submissions" / "000_6ad9972c2ed9da34.txt", spec,
                                           run_code=False), args.runs)
        digest = _median(lambda: answer_hash(Fraction(1228800), "salt", "conv.standard"), args.runs)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print(f"reports + exports for {n} students: {render:.2f} s ({1000 * render / n:.1f} ms per student)")
    print(f"self-check of one submission (found, in process): {1000 * check:.0f} ms")
    print(f"one answer hash (scrypt n=16384, r=8): {1000 * digest:.0f} ms = the cost of one guess")


if __name__ == "__main__":
    main()
