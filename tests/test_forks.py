"""The grader forks (workers, readers of hostile files, report writers) only where it runs
one thread: a fork beside a running thread may deadlock, and Python 3.12 warns of it."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from grader.report.terminal import progress_bar

ROOT = Path(__file__).resolve().parent.parent


def test_the_progress_bar_draws_without_a_thread_of_its_own():
    before = threading.active_count()
    with progress_bar(True) as wrap:
        assert wrap is not None
        for _ in wrap(range(3)):
            assert threading.active_count() == before


def test_the_grader_loads_numpy_on_one_thread_and_leaves_the_environment_as_it_was():
    code = ("import os, grader, numpy; "
            "status = open('/proc/self/status').read(); "
            "print(status.split('Threads:')[1].split()[0], os.environ.get('OPENBLAS_NUM_THREADS'))")
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    got = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert got.stdout.split() == ["1", "None"]
    env["OPENBLAS_NUM_THREADS"] = "3"
    got = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert got.stdout.split() == ["1", "3"]


def test_grading_with_workers_and_readers_forks_without_warnings(tmp_path):
    submissions = tmp_path / "subs"
    submissions.mkdir()
    for name in ("000_6ad9972c2ed9da34.txt", "w05_sign_slip.md", "f01_pdf_latex.pdf", "f01_nb_full.ipynb"):
        source = ROOT / "submissions" / name
        if source.exists():
            (submissions / name).write_bytes(source.read_bytes())
    assert len(list(submissions.iterdir())) >= 3
    # As `grader grade` in a terminal: with its progress bar drawn while workers and readers fork.
    script = ("import sys; from grader import api; from grader.report.terminal import progress_bar\n"
              "with progress_bar(True) as bar:\n"
              "    api.grade_course(sys.argv[1], sys.argv[2], progress=bar, jobs=int(sys.argv[3]))\n")
    for jobs in ("1", "2"):
        got = subprocess.run([sys.executable, "-W", "always::DeprecationWarning", "-c", script, str(submissions),
                              str(tmp_path / f"out{jobs}"), jobs], capture_output=True, text=True, cwd=ROOT)
        assert got.returncode == 0, got.stderr
        assert "fork" not in got.stderr, got.stderr
