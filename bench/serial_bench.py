"""Benchmark: the grader's own work per submission, the part no worker can take over.

    .venv/bin/python bench/serial_bench.py [--n 1000 10000]

A batch on many cores is limited by what the grader's process does for each submission
while its workers grade: taking a worker's results in (unpickling), storing them in the
gradebook, and at the end the results document, results.json and the CSV exports (the
students' reports render on forked processes). This measures each of those per
submission, beside the floor (reading every file once and one regular expression over
it), and grading itself on one core, then projects the rate on W workers:

    rate(W) = min(W / grading time per submission, 1 / serial time per submission)

The gradebook is measured both ways: one commit per submission (as before) and one
commit per batch of ``api.COMMIT_EVERY`` (as ``grade`` does now).

The results are the visible corpus's written submissions graded once ("unseen": every
cache keyed by a student's text emptied before each, as if no two students wrote the
same line), each given N / len(corpus) ids of its own: the grader's own work per
submission depends on the size of a result, not on whether two texts share lines. It
prints a Markdown table and the machine it ran on; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import pickle
import platform
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from caches import clear_text_caches  # noqa: E402

from grader import api  # noqa: E402
from grader.batch import Setup, new_context  # noqa: E402
from grader.gradebook import Gradebook  # noqa: E402
from grader.models import BatchResult  # noqa: E402
from grader.pipeline import grade_path  # noqa: E402
from grader.reference import load_reference  # noqa: E402
from grader.report.exports import results_document, write_exports, write_json  # noqa: E402
from grader.spec_loader import load_spec  # noqa: E402


def written_corpus() -> list[Path]:
    return sorted(p for p in (ROOT / "submissions").iterdir() if not p.name.startswith(("code_", ".")))


def grade_unseen(entries: list[Path]) -> tuple[list, float]:
    """Every entry graded on one core, caches emptied before each; (results, seconds each)."""
    spec = load_spec(api.DEFAULT_SPEC)
    reference = load_reference(spec)
    ctx = new_context(Setup(spec, run_code=False), reference)
    results = []
    spent = 0.0
    for entry in entries:
        clear_text_caches()
        started = time.perf_counter()
        results.append(grade_path(entry, ctx))
        spent += time.perf_counter() - started
    return results, spent / len(entries)


def floor(entries: list[Path]) -> float:
    """Seconds per submission to read every file once and run one regular expression over it."""
    pattern = re.compile(r"=\s*(-?\d[\d,.]*)")
    started = time.perf_counter()
    for entry in entries:
        files = [entry] if entry.is_file() else sorted(p for p in entry.rglob("*") if p.is_file())
        for path in files:
            pattern.findall(path.read_bytes().decode("utf-8", "replace"))
    return (time.perf_counter() - started) / len(entries)


def per_submission(work, n: int) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) / n


def measure(base: list, n: int) -> dict[str, float]:
    students = [replace(base[k % len(base)], id=f"s{k:05d}_{base[k % len(base)].id}") for k in range(n)]
    chunks = [pickle.dumps([(i, s) for i, s in enumerate(students[k:k + 8])]) for k in range(0, n, 8)]
    figures = {"receive": per_submission(lambda: [pickle.loads(c) for c in chunks], n)}
    with tempfile.TemporaryDirectory() as folder:
        for name, size in (("gradebook, a commit each", 1), ("gradebook, a commit per batch", api.COMMIT_EVERY)):
            with Gradebook(Path(folder) / f"{size}.sqlite", assignment="gnr638_a2", exclusive=True) as book:
                run = book.start_run("bench", "spec", "engine", "1")

                def store() -> None:
                    for k in range(0, n, size):
                        book.record_many(run, "spec", "engine", "key",
                                         [(f"e{j}", "hash", students[j]) for j in range(k, min(n, k + size))])
                figures[name] = per_submission(store, n)
        spec = load_spec(api.DEFAULT_SPEC)
        batch = BatchResult(spec.assignment, spec.title, spec.max_score, tuple(p.id for p in spec.parts),
                            {p.id: p.points for p in spec.parts}, tuple(students))
        document = {}

        def make_document() -> None:
            document.update(results_document(batch))
        figures["results document"] = per_submission(make_document, n)
        out = Path(folder) / "out"
        out.mkdir()
        figures["results.json and CSV exports"] = per_submission(
            lambda: (write_json(out / "results.json", document), write_exports(document, out)), n)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    entries = written_corpus()
    base, grading = grade_unseen(entries)
    bottom = floor(entries)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")
    print(f"grading on one core (unseen): {grading * 1e3:.2f} ms per submission; "
          f"floor (read every file, one regex): {bottom * 1e3:.3f} ms\n")
    print("| N | receive | gradebook, a commit each | gradebook, a commit per batch | results document "
          "| results.json and CSV exports | serial in all (batched) | 16 workers, projected | 16 / 1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for n in args.n:
        f = measure(base, n)
        serial = f["receive"] + f["gradebook, a commit per batch"] + f["results document"] + \
            f["results.json and CSV exports"]
        one = min(1 / grading, 1 / serial)
        sixteen = min(16 / grading, 1 / serial)
        print(f"| {n:,} | " + " | ".join(f"{f[k] * 1e3:.3f} ms" for k in (
            "receive", "gradebook, a commit each", "gradebook, a commit per batch", "results document",
            "results.json and CSV exports")) + f" | {serial * 1e3:.3f} ms | {sixteen:,.0f}/s | {sixteen / one:.1f}x |")


if __name__ == "__main__":
    main()
