"""The gradebook: committed as graded, resumed after a kill, regrading only what changed.

The kill test runs the real command in a child process, SIGKILLs it mid-batch (the grader
alone, as the out-of-memory killer would: its workers must die with it), runs it again,
and compares every output with a run that was never interrupted.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from grader import api
from grader.cli import main
from grader.errors import GradebookError
from grader.gradebook import GRADEBOOK_NAME, Gradebook, student_from_json, student_json

ROOT = Path(__file__).resolve().parent.parent
SUBMISSIONS = ROOT / "submissions"
OUTPUTS = ("results.json", "grades.csv", "index.html")


def written_corpus() -> list[Path]:
    return sorted(p for p in SUBMISSIONS.iterdir() if not p.name.startswith(("code_", ".")))


def make_class(folder: Path, n: int) -> Path:
    """``n`` written submissions, each with an id of its own, copied from the visible corpus."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus = written_corpus()
    for i in range(n):
        source = corpus[i % len(corpus)]
        target = folder / f"s{i:04d}{'' if source.is_dir() else source.suffix}"
        (shutil.copytree if source.is_dir() else shutil.copy)(source, target)
    return folder


def grade(subs: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "grader.cli", "grade", str(subs), "--out", str(out), "--no-code",
                           *extra], capture_output=True, text=True, cwd=ROOT, timeout=600)


def counts(stderr: str) -> tuple[int, int]:
    line = next(line for line in stderr.splitlines() if "graded now" in line)
    graded, rest = line.split(" graded now, ")
    return int(graded), int(rest.split()[0])


def gradings(out: Path) -> int:
    path = out / GRADEBOOK_NAME
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT count(*) FROM gradings").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


# --- the round trip of a result through the database ---------------------------------------------

def test_every_result_of_the_corpus_reads_back_byte_identical():
    batch = api.grade_batch(SUBMISSIONS, jobs=1)
    for student in batch.students:
        data = student_json(student)
        back = student_from_json(json.loads(json.dumps(data)))
        assert back == student or student_json(back) == data, student.id
        assert json.dumps(student_json(back)) == json.dumps(data), student.id


# --- a kill in the middle of a batch ----------------------------------------------------------------

CLASS_SIZE = 240


@pytest.fixture(scope="module")
def klass(tmp_path_factory) -> Path:
    return make_class(tmp_path_factory.mktemp("class") / "subs", CLASS_SIZE)


@pytest.fixture(scope="module")
def uninterrupted(klass, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("uninterrupted")
    result = grade(klass, out, "--quiet")
    assert result.returncode == 0, result.stderr
    return out


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the grader's workers")
@pytest.mark.parametrize("kill_after", [1, CLASS_SIZE // 2])
def test_sigkill_mid_batch_then_a_rerun_gives_the_uninterrupted_results(klass, uninterrupted, tmp_path, kill_after):
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "grader.cli", "grade", str(klass), "--out", str(out), "--no-code",
                             "--quiet", "--jobs", "2"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        while gradings(out) < kill_after and proc.poll() is None:
            time.sleep(0.005)
        assert proc.poll() is None, "the batch ended before it could be killed: make the class larger"
        workers = _children(proc.pid)
        proc.send_signal(signal.SIGKILL)  # the grader alone, not its process group
        proc.wait()
        committed = gradings(out)
        assert 0 < committed < CLASS_SIZE
        deadline = time.monotonic() + 30
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(w) for w in workers), "a worker outlived the grader"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert not (out / "results.json").exists()  # written only at the end, whole
    rerun = grade(klass, out)
    assert rerun.returncode == 0, rerun.stderr
    graded, reused = counts(rerun.stderr)
    assert reused == committed and graded == CLASS_SIZE - committed
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (uninterrupted / name).read_bytes(), name


# --- resuming: only what changed is graded again -----------------------------------------------------

@pytest.fixture
def small(tmp_path) -> Path:
    return make_class(tmp_path / "subs", 6)


def test_a_rerun_grades_only_the_changed_submission(small, tmp_path):
    out = tmp_path / "out"
    assert counts(grade(small, out).stderr) == (6, 0)
    first = (out / "results.json").read_bytes()
    assert counts(grade(small, out).stderr) == (0, 6)
    assert (out / "results.json").read_bytes() == first
    changed = sorted(small.iterdir())[2]
    target = changed if changed.is_file() else next(p for p in changed.rglob("*") if p.is_file())
    target.write_text(target.read_text(encoding="utf-8") + "\nA line added later.\n", encoding="utf-8")
    assert counts(grade(small, out).stderr) == (1, 5)
    assert counts(grade(small, out, "--fresh").stderr) == (6, 0)


def test_another_reading_time_limit_grades_again(small, tmp_path):
    """A submission cut off by a short --time-limit may read fully under a longer one."""
    out = tmp_path / "out"
    assert counts(grade(small, out).stderr) == (6, 0)
    assert counts(grade(small, out, "--time-limit", "7.5").stderr) == (6, 0)
    assert counts(grade(small, out, "--time-limit", "7.5").stderr) == (0, 6)
    assert counts(grade(small, out).stderr) == (0, 6)  # the default's gradings are still there


def test_a_changed_spec_regrades_everything_and_history_keeps_both(small, tmp_path):
    out = tmp_path / "out"
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "reference", spec)
    assert counts(grade(small, out, "--spec", str(spec / "gnr638_a2.yaml")).stderr) == (6, 0)
    yaml_path = spec / "gnr638_a2.yaml"
    yaml_path.write_text(yaml_path.read_text(encoding="utf-8") + "\n# a comment is a change too\n", encoding="utf-8")
    assert counts(grade(small, out, "--spec", str(yaml_path)).stderr) == (6, 0)
    student = sorted(json.loads((out / "results.json").read_text())["students"], key=lambda s: s["id"])[0]["id"]
    rows = api.history(out, student, "conv.standard")
    assert len(rows) == 2 and rows[0].spec_hash != rows[1].spec_hash
    assert {"verdict", "found", "excerpt", "feedback", "expected", "details"} <= set(rows[-1].part)


def test_the_audit_trail_keeps_what_was_read_and_the_comparison(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "ann.md").write_text("Question 2\n\n(a) standard convolution = 1,228,800\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code"]) == 0
    (row,) = api.history(out, "ann", "conv.standard")
    assert row.part["verdict"] == "correct" and row.part["found"] == "1,228,800"
    assert "1,228,800" in row.part["excerpt"] and row.part["file"] == "ann.md" and row.part["line"] == 3
    assert "1228800" in row.part["feedback"] and len(row.spec_hash) == 64
    details = json.loads(row.part["details"])
    assert details["value"] == 1228800.0  # the value as parsed, beside the text as written
    assert details["comparison"] == "1228800 against 1228800: must be equal"


def test_history_on_the_command_line(tmp_path, capsys):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "ann.md").write_text("Question 2\n\n(a) standard convolution = 1228800\n", encoding="utf-8")
    assert main(["grade", str(subs), "--out", str(tmp_path / "out"), "--quiet", "--no-code"]) == 0
    capsys.readouterr()
    assert main(["history", "ann", "--part", "conv.standard", "--out", str(tmp_path / "out")]) == 0
    shown = capsys.readouterr().out
    assert "conv.standard: correct 5 of 5" in shown and "ann.md:3" in shown
    assert main(["history", "nobody", "--out", str(tmp_path / "out")]) == 1


# --- a gradebook that cannot be used is one line, exit 2 --------------------------------------------

def test_a_file_that_is_no_gradebook_is_refused_in_one_line(small, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / GRADEBOOK_NAME).write_bytes(b"this is not a database" * 100)
    result = grade(small, out)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "gradebook.sqlite: not a gradebook" in result.stderr and "Traceback" not in result.stderr


def test_a_second_grader_on_the_same_folder_is_refused_at_once(small, tmp_path):
    out = tmp_path / "out"
    with Gradebook(out / GRADEBOOK_NAME, assignment="gnr638_a2", exclusive=True):
        result = grade(small, out)
        assert result.returncode == 2 and result.stderr.count("\n") == 1
        assert "another grader is grading or overriding" in result.stderr
    assert grade(small, out).returncode == 0  # the hold ends with its holder


def test_a_gradebook_of_another_assignment_is_refused(tmp_path):
    with Gradebook(tmp_path / GRADEBOOK_NAME, assignment="other_course"):
        pass
    with pytest.raises(GradebookError, match="assignment 'other_course', not 'gnr638_a2'"):
        Gradebook(tmp_path / GRADEBOOK_NAME, assignment="gnr638_a2")


def test_a_failed_transaction_leaves_nothing_behind(tmp_path):
    student = api.grade_submission(SUBMISSIONS / "w05_sign_slip.md", run_code=False)
    with Gradebook(tmp_path / GRADEBOOK_NAME, assignment="gnr638_a2") as book:
        run = book.start_run("subs", "s" * 64, "e" * 64, "1 local")
        broken = type(student)(student.id, student.status, student.score, student.max_score,
                               student.parts + (student.parts[0],))  # a part twice: the parts table refuses it
        with pytest.raises(GradebookError):
            book.record(run, "w05_sign_slip.md", "c" * 64, "s" * 64, "e" * 64, "k" * 64, broken)
        assert book.find("w05_sign_slip.md", "c" * 64, "k" * 64) is None
        book.record(run, "w05_sign_slip.md", "c" * 64, "s" * 64, "e" * 64, "k" * 64, student)
        assert book.find("w05_sign_slip.md", "c" * 64, "k" * 64).result == student
