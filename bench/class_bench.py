"""Benchmark: grading a whole course, for N = 100, 1,000 and 10,000 submissions.

    .venv/bin/python bench/class_bench.py [--n 100 1000 10000] [--runs 3] [--code-max 1000]

Builds a class of N submissions by copying the visible corpus (every format: Markdown,
plain text, LaTeX, folders; each copy with an id of its own) and reports, as the median
of ``--runs`` runs, each measured in a fresh process so that peaks are its own:

- written submissions graded per second in one process (``--jobs 1``) and on every core;
  "copies" grades the class as it is, so copies share text and extraction's caches are
  warm after the first of each; "unseen" empties every cache before each submission, as
  if no two students wrote the same line (the honest rate for a real class lies between);
- ``grader grade`` end to end on every core into a new output folder: grading, the
  gradebook's commits, results.json, the CSV exports and every HTML report;
- the same command again with nothing changed (everything taken from the gradebook);
- report rendering alone (``write_outputs``: results.json, exports, HTML);
- code submissions (the corpus's well-behaved ``code_*`` folders, each run in the sandbox
  on the given network and five random ones) per second on every core, up to
  ``--code-max`` of them;
- peak memory (maximum resident set) of the grader's process and of its largest worker,
  beside the size of results.json (the results themselves).

It prints a Markdown table and the machine it ran on; nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))
from caches import clear_text_caches  # noqa: E402

#: Code submissions that finish on their own (the others test time and memory limits on purpose).
WELL_BEHAVED_CODE = ("code_bias_wrong", "code_class_based", "code_latin1_comments", "code_loops", "code_no_function",
                     "code_raises", "code_returns_garbage", "code_syntax_error", "code_vectorised",
                     "code_wrong_shape", "code_wrong_sign")


def written_corpus() -> list[Path]:
    return sorted(p for p in (ROOT / "submissions").iterdir() if not p.name.startswith(("code_", ".")))


def make_class(folder: Path, n: int, kind: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    corpus = written_corpus() if kind == "written" else [ROOT / "submissions" / c for c in WELL_BEHAVED_CODE]
    for i in range(n):
        source = corpus[i % len(corpus)]
        target = folder / f"s{i:05d}{'' if source.is_dir() else source.suffix}"
        (shutil.copytree if source.is_dir() else shutil.copy)(source, target)
    return folder


def _cold() -> None:
    """Every submission graded as if its text had never been seen (workers inherit this by fork)."""
    from grader import batch

    graded = batch.grade_path

    def grade_unseen(entry, ctx):
        clear_text_caches(ctx)
        return graded(entry, ctx)

    batch.grade_path = grade_unseen


def _peaks() -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"rss_mb": own / 1024, "worker_rss_mb": children / 1024}


def one(args: argparse.Namespace) -> dict:
    """One measurement in this (fresh) process."""
    from grader import api

    tmp = Path(tempfile.mkdtemp(prefix="class-bench-"))
    try:
        subs = make_class(tmp / "subs", args.n, "code" if args.what == "code" else "written")
        api.make_context(api.DEFAULT_SPEC, run_code=False)  # imports and the spec: not what is measured
        if args.cold:
            _cold()
        gc.collect()
        out = tmp / "out"
        started = time.perf_counter()
        if args.what == "grade":
            api.grade_batch(subs, run_code=False, jobs=args.jobs)
        elif args.what == "course":
            api.grade_course(subs, out, run_code=False, jobs=args.jobs)
        elif args.what == "resume":
            api.grade_course(subs, out, run_code=False, jobs=args.jobs)
            started = time.perf_counter()
            run = api.grade_course(subs, out, run_code=False, jobs=args.jobs)
            assert run.graded == 0, run.graded
        elif args.what == "render":
            batch = api.grade_batch(subs, run_code=False, jobs=args.jobs)
            gc.collect()
            started = time.perf_counter()
            api.write_outputs(batch, out)
        elif args.what == "code":
            api.grade_batch(subs, run_code=True, jobs=args.jobs)
        seconds = time.perf_counter() - started
        size = (out / "results.json").stat().st_size if (out / "results.json").exists() else 0
        return {"seconds": seconds, "results_mb": size / 2 ** 20, **_peaks()}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def measure(n: int, what: str, jobs: int, runs: int, cold: bool = False) -> dict:
    samples = []
    for _ in range(runs):
        argv = [sys.executable, __file__, "--one", "--n", str(n), "--what", what, "--jobs", str(jobs)]
        done = subprocess.run(argv + (["--cold"] if cold else []), capture_output=True, text=True, check=True)
        samples.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[100, 1000, 10000], help="class sizes")
    parser.add_argument("--runs", type=int, default=3, help="runs to take the median of")
    parser.add_argument("--code-max", type=int, default=1000, help="largest class of code submissions")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--what", default="grade", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--cold", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        args.n = args.n[0]
        print(json.dumps(one(args)))
        return

    from grader.batch import usable_cores

    cores = usable_cores()
    load = os.getloadavg()
    print(f"machine: {platform.machine()}, {cores} usable cores ({os.cpu_count()} in all), "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2 ** 30:.0f} GB, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}; "
          f"load average at start {load[0]:.2f}")
    print(f"median of {args.runs} runs, each in a fresh process\n")
    header = ("| N | written/s, 1 process (copies / unseen) | written/s, all cores (copies / unseen) "
              "| `grader grade`, all cores | again, unchanged | reports alone | code/s, all cores "
              "| peak memory: grader / worker | results.json |")
    print(header)
    print("|" + "---|" * 9)
    for n in args.n:
        serial = measure(n, "grade", 1, args.runs)
        serial_cold = measure(n, "grade", 1, args.runs, cold=True)
        par = measure(n, "grade", cores, args.runs)
        par_cold = measure(n, "grade", cores, args.runs, cold=True)
        course = measure(n, "course", cores, args.runs)
        resume = measure(n, "resume", cores, args.runs)
        render = measure(n, "render", cores, args.runs)
        code = measure(n, "code", cores, args.runs) if n <= args.code_max else None
        code_cell = f"{n / code['seconds']:.1f}" if code else f"(not run: N > {args.code_max})"
        print(f"| {n:,} | {n / serial['seconds']:.0f} / {n / serial_cold['seconds']:.0f} "
              f"| {n / par['seconds']:.0f} / {n / par_cold['seconds']:.0f} "
              f"| {course['seconds']:.2f} s | {resume['seconds']:.2f} s | {render['seconds']:.2f} s | {code_cell} "
              f"| {course['rss_mb']:.0f} MB / {course['worker_rss_mb']:.0f} MB | {course['results_mb']:.1f} MB |",
              flush=True)


if __name__ == "__main__":
    main()
