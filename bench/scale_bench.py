"""Benchmark: `grader grade` on classes of distinct text, on 1 and 2 workers, and what 16 would do.

    .venv/bin/python bench/scale_bench.py [--n 1000 10000] [--jobs 1 2] [--runs 1] [--code]

For each N it writes a class of N distinct written submissions (``bench/distinct_class.py``:
no line shared between students, so no cache keyed by a student's text is ever warm), then:

- the floor: reading every file once and one regular expression over it, in this process;
- ``grader grade SUBMISSIONS --out OUT --jobs J`` with every output (gradebook, results.json,
  CSV exports, index.html, every student's HTML report) into a new folder, in a fresh
  process each time: ``command`` is that process's wall time from start to exit (Python's
  start-up and imports included; it ends as the command does, ``cli.leave``), ``grading``
  the time inside ``cli.main``;
- the grader's own process's CPU time inside ``cli.main`` (user + system, its workers'
  excluded) divided by N: the serial share per submission, the work no worker does; and the
  CPU time of everything (the grader, its grading and report workers, its readers), which
  says whether a slow wall time is the grader's work or other programs' load;
- the projection for W workers by Amdahl's law from the 2-worker run's serial share ``s``
  and the 1-worker run's CPU time per submission ``t1`` (with one worker the grader's
  process does everything; CPU time, unlike wall time, does not grow with other programs'
  load): ``T(W) = N·(s + (t1 − s) / W)``, speed-up ``t1 / (s + (t1 − s) / W)``.

By default code is not run (``--no-code``; the class has no code, and the sandbox's start-up
is a fixed cost); ``--code`` runs ``grade`` as it stands. ``--profile`` prints where the
grader's own process spends its CPU time (cProfile on process time) in the last run.
It prints a Markdown table and the machine it ran on; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
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

from distinct_class import write_class  # noqa: E402

#: The floor's one regular expression: a value after an equals sign.
FLOOR_PATTERN = re.compile(r"=\s*(-?\d[\d,.]*)")


def floor(folder: Path) -> float:
    """Seconds to read every file of the class once and run one regular expression over it."""
    started = time.perf_counter()
    for path in sorted(folder.iterdir()):
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for f in files:
            FLOOR_PATTERN.findall(f.read_bytes().decode("utf-8", "replace"))
    return time.perf_counter() - started


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def one(subs: Path, out: Path, jobs: int, code: bool, profile: bool) -> dict:
    """One ``grader grade`` in this (fresh) process: wall time and this process's CPU time inside ``main``."""
    from grader.cli import main

    argv = ["grade", str(subs), "--out", str(out), "--jobs", str(jobs), "--quiet"] + ([] if code else ["--no-code"])
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile(time.process_time)
    cpu, workers, started = _cpu(), _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    if profiler is not None:
        profiler.enable()
    status = main(argv)
    if profiler is not None:
        profiler.disable()
    seconds, cpu, workers = time.perf_counter() - started, _cpu() - cpu, _cpu(resource.RUSAGE_CHILDREN) - workers
    if profiler is not None:
        import pstats

        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(40)
    return {"status": status, "grading": seconds, "parent_cpu": cpu, "workers_cpu": workers}


def measure(subs: Path, jobs: int, runs: int, code: bool, profile: bool) -> dict:
    samples = []
    for k in range(runs):
        out = Path(tempfile.mkdtemp(prefix="scale-out-"))
        argv = [sys.executable, __file__, "--one", str(subs), str(out), "--jobs", str(jobs)]
        argv += (["--code"] if code else []) + (["--profile"] if profile and k == runs - 1 else [])
        started = time.perf_counter()
        done = subprocess.run(argv, capture_output=True, text=True)
        command = time.perf_counter() - started
        if profile and k == runs - 1:
            print(done.stderr, file=sys.stderr)
        if done.returncode != 0:
            raise SystemExit(f"grade failed:\n{done.stderr}")
        sample = json.loads(done.stdout.strip().splitlines()[-1])
        sample["command"] = command
        samples.append(sample)
        shutil.rmtree(out, ignore_errors=True)
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000], help="class sizes")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts to measure")
    parser.add_argument("--runs", type=int, default=1, help="runs to take the median of")
    parser.add_argument("--seed", type=int, default=638, help="the classes' seed")
    parser.add_argument("--code", action="store_true", help="run code parts (grade as it stands)")
    parser.add_argument("--profile", action="store_true", help="profile the grader's process in the last run")
    parser.add_argument("--one", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], args.one[1], args.jobs[0], args.code, args.profile)))
        from grader.cli import leave

        leave(0)  # as the `grader` command ends: "command" is its wall time

    from grader.batch import usable_cores

    load = os.getloadavg()
    print(f"machine: {platform.machine()}, {usable_cores()} usable cores ({os.cpu_count()} in all), "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}; "
          f"load average at start {load[0]:.2f}; median of {args.runs} run(s), each in a fresh process; "
          f"code {'run' if args.code else 'not run (--no-code)'}\n")
    print("| N | floor | workers | `grader grade` (command) | inside `main` | per submission "
          "| grader's own CPU per submission | CPU in all per submission (grader + workers) |")
    print("|---|---|---|---|---|---|---|---|")
    projections = []
    for n in args.n:
        tmp = Path(tempfile.mkdtemp(prefix="scale-bench-"))
        try:
            subs = tmp / "subs"
            write_class(subs, n, args.seed)
            bottom = floor(subs)
            figures = {}
            for jobs in args.jobs:
                f = figures[jobs] = measure(subs, jobs, args.runs, args.code, args.profile)
                print(f"| {n:,} | {bottom:.2f} s | {jobs} | {f['command']:.2f} s | {f['grading']:.2f} s "
                      f"| {f['grading'] / n * 1e3:.2f} ms | {f['parent_cpu'] / n * 1e3:.3f} ms "
                      f"| {(f['parent_cpu'] + f['workers_cpu']) / n * 1e3:.2f} ms |", flush=True)
            if 1 in figures and 2 in figures:
                projections.append((n, figures[1], figures[2]))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    for n, one_worker, two in projections:
        # t1 in CPU time: with one worker the grader's process does all the work, and its CPU
        # time does not grow with other programs' load as its wall time does.
        t1, wall1 = one_worker["parent_cpu"] / n, one_worker["grading"] / n
        s = two["parent_cpu"] / n
        print(f"\nN = {n:,}: one worker t1 = {t1 * 1e3:.2f} ms of CPU per submission (wall {wall1 * 1e3:.2f} ms); "
              f"serial share s = {s * 1e3:.3f} ms of the grader's own CPU per submission with 2 workers "
              f"({s / t1:.1%} of t1). Amdahl, T(W) / N = s + (t1 - s) / W:")
        for w in (2, 4, 8, 16):
            tw = s + (t1 - s) / w
            print(f"  W = {w:2d}: {s * 1e3:.3f} + {(t1 - s) * 1e3:.2f} / {w} = {tw * 1e3:.3f} ms, "
                  f"speed-up t1 / T = {t1 / tw:.1f}x, {1 / tw:,.0f} submissions/s")


if __name__ == "__main__":
    main()
