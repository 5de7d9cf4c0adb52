"""Benchmark: how long grading takes per written submission, and for a whole class.

Builds a class of N submissions by copying the visible written corpus (every copy gets an
id of its own), then measures, as the median of several runs:

- the per-submission time of ``grade_path`` (ingest, extract, check, score) in one process,
  after the one-off imports and spec load;
- the whole batch through ``grade_batch`` + ``write_outputs`` (results.json, CSV, HTML).

Usage: python bench/grade_bench.py [--n 200] [--runs 3]
It prints what it measured and the machine it ran on; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader import api  # noqa: E402
sys.path.insert(0, str(ROOT / "bench"))
from caches import clear_text_caches  # noqa: E402
from grader.pipeline import grade_path  # noqa: E402


def clear_caches(*contexts) -> None:
    """Copies share their text; without this they would be graded from warm caches."""
    clear_text_caches(*contexts)


def written_corpus() -> list[Path]:
    return sorted(p for p in (ROOT / "submissions").iterdir()
                  if not p.name.startswith(("code_", ".")) and (p.is_dir() or p.suffix in (".md", ".txt", ".tex")))


def make_class(n: int, folder: Path) -> None:
    corpus = written_corpus()
    for i in range(n):
        source = corpus[i % len(corpus)]
        target = folder / f"s{i:05d}{'' if source.is_dir() else source.suffix}"
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy(source, target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="submissions in the class")
    parser.add_argument("--runs", type=int, default=3, help="runs to take the median of")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        subs = Path(tmp) / "subs"
        subs.mkdir()
        make_class(args.n, subs)
        entries = sorted(subs.iterdir())

        started = time.perf_counter()
        ctx = api.make_context(api.DEFAULT_SPEC, run_code=False)
        setup = time.perf_counter() - started

        per_submission: list[float] = []
        for _ in range(args.runs):
            times = []
            for entry in entries:
                clear_caches(ctx)
                t0 = time.perf_counter()
                grade_path(entry, ctx)
                times.append(time.perf_counter() - t0)
            per_submission.append(statistics.median(times))

        batch_times, write_times = [], []
        for run in range(args.runs):
            out = Path(tmp) / f"out{run}"
            clear_caches()
            t0 = time.perf_counter()
            batch = api.grade_batch(subs, api.DEFAULT_SPEC, run_code=False, jobs=1)
            t1 = time.perf_counter()
            api.write_outputs(batch, out)
            t2 = time.perf_counter()
            batch_times.append(t1 - t0)
            write_times.append(t2 - t1)

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()}")
    print(f"class: {args.n} written submissions (copies of the {len(written_corpus())}-entry visible corpus), "
          f"median of {args.runs} runs, one process")
    print(f"{'spec + reference load, imports warm':42} {setup * 1000:8.1f} ms")
    print(f"{'per submission (ingest..score), cold caches':42} {statistics.median(per_submission) * 1000:8.2f} ms")
    print(f"{'whole batch, grading (copies share caches)':42} {statistics.median(batch_times):8.2f} s")
    print(f"{'whole batch, writing json/csv/html':42} {statistics.median(write_times):8.2f} s")
    rate = args.n / statistics.median(batch_times)
    print(f"{'throughput':42} {rate:8.0f} submissions/s")


if __name__ == "__main__":
    main()
