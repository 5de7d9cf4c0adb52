"""Student code never runs under weaker isolation than the TA chose, and the TA is told
which: where namespaces are refused, `grade` stops and says how to accept the audit hook
alone (--isolation audit), which then warns; results.json records each code part's."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from grader import api
from grader.cli import main
from grader.errors import IsolationError

ROOT = Path(__file__).resolve().parent.parent
CODE = "code_vectorised"


class _NoNamespaces:
    """A ProcessRunner on a machine that refuses namespaces: 'auto' finds only the audit hook."""

    def __init__(self, *, isolation: str = "auto", **_):
        if isolation == "namespaces":
            from grader.sandbox import SandboxStartError
            raise SandboxStartError("namespaces unavailable: unshare: Operation not permitted")
        self.isolation, self.seccomp = "audit", True
        self.isolation_note = "unshare: Operation not permitted"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


def test_auto_never_falls_back_to_the_audit_hook_silently(monkeypatch):
    monkeypatch.delenv(api.ISOLATION_VARIABLE, raising=False)
    monkeypatch.setattr(api, "ProcessRunner", _NoNamespaces)
    with pytest.raises(IsolationError, match="--isolation audit"):
        api.sandbox_isolation("auto")
    assert api.sandbox_isolation("audit") == "audit+seccomp"


def test_grade_stops_with_one_line_where_namespaces_are_refused(monkeypatch, tmp_path, capsys):
    monkeypatch.delenv(api.ISOLATION_VARIABLE, raising=False)
    monkeypatch.setattr(api, "ProcessRunner", _NoNamespaces)
    folder = tmp_path / "subs"
    shutil.copytree(ROOT / "submissions" / CODE, folder / CODE)
    assert main(["grade", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "namespaces are refused" in err and "--isolation audit" in err and "--no-code" in err
    assert "Traceback" not in err
    # without code, nothing needs a sandbox
    assert main(["grade", str(folder), "--out", str(tmp_path / "out2"), "--quiet", "--no-code"]) == 0


def test_the_isolation_in_force_is_said_and_recorded(tmp_path, capsys):
    folder = tmp_path / "subs"
    shutil.copytree(ROOT / "submissions" / CODE, folder / CODE)
    chosen = api.sandbox_isolation("audit")
    assert main(["grade", str(folder), "--out", str(tmp_path / "out"), "--isolation", "audit", "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "student code ran isolated by: the audit hook" in err and "warning" in err
    document = json.loads((tmp_path / "out" / "results.json").read_text(encoding="utf-8"))
    code_parts = [p for p in document["students"][0]["parts"] if p["id"] == "backprop.code"]
    assert code_parts[0]["details"]["isolation"] == chosen


def test_namespaces_are_said_when_they_are_in_force(tmp_path, capsys):
    try:
        chosen = api.sandbox_isolation("auto")
    except IsolationError as exc:
        pytest.skip(f"no namespaces on this machine: {exc}")
    folder = tmp_path / "subs"
    shutil.copytree(ROOT / "submissions" / CODE, folder / CODE)
    assert main(["grade", str(folder), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "student code ran isolated by: namespaces" in err and "warning" not in err
    assert chosen.startswith("namespaces")


def test_the_machine_may_say_it_once_in_the_environment(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(api, "ProcessRunner", _NoNamespaces)
    monkeypatch.setenv(api.ISOLATION_VARIABLE, "audit")
    assert api.sandbox_isolation() == "audit+seccomp"
    monkeypatch.setenv(api.ISOLATION_VARIABLE, "none")
    folder = tmp_path / "subs"
    shutil.copytree(ROOT / "submissions" / CODE, folder / CODE)
    assert main(["grade", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    assert "GRADER_ISOLATION='none'" in capsys.readouterr().err


def test_one_submission_without_namespaces_records_its_code_as_not_run(monkeypatch, tmp_path):
    """grader gradescope in a container without namespaces: the code part says why it was not
    run, the rest is graded; --isolation audit would run it."""
    from grader import batch
    from grader.sandbox import SandboxStartError

    class _Refuses:
        def __init__(self, *, isolation="auto", **_):
            assert isolation == "namespaces"  # auto never asks for less

        def run(self, job):
            raise SandboxStartError("the sandbox worker could not start: namespaces unavailable: unshare: EPERM")

        def close(self):
            pass

    monkeypatch.delenv(api.ISOLATION_VARIABLE, raising=False)
    monkeypatch.setattr(batch, "ProcessRunner", _Refuses)
    student = api.grade_submission(ROOT / "submissions" / CODE)
    code = next(p for p in student.parts if p.id == "backprop.code")
    assert student.status == "graded" and code.verdict == "missing" and code.review
    assert "namespaces unavailable" in code.feedback and "--isolation audit" in code.review_reasons[0]


def _copies_of_the_code_submission(folder: Path, n: int) -> None:
    for k in range(n):
        shutil.copytree(ROOT / "submissions" / CODE, folder / f"{CODE}_{k}")


def test_a_pool_runs_no_student_code_before_the_check_has_passed(monkeypatch, tmp_path, capsys):
    """With workers, the sandbox is checked while they grade their first entries: no job reaches a
    worker's sandbox before the check has passed, and the isolation it found is the one said."""
    from grader import batch

    checked = tmp_path / "checked"

    class _SlowCheck:  # the grader's check: namespaces, found after a while
        def __init__(self, *, isolation="auto", **_):
            self.isolation, self.seccomp, self.isolation_note = "namespaces", True, ""

        def __enter__(self):
            time.sleep(0.5)
            checked.touch()
            return self

        def __exit__(self, *exc):
            pass

    class _Records:  # each worker's sandbox: says whether the check had passed when a job came
        def __init__(self, **_):
            pass

        def run(self, job):
            (tmp_path / f"job-{os.getpid()}-{time.monotonic_ns()}-{checked.exists()}").touch()
            from grader.sandbox import SandboxStartError
            raise SandboxStartError("not run in this test")

        def close(self):
            pass

    monkeypatch.delenv(api.ISOLATION_VARIABLE, raising=False)
    monkeypatch.setattr(api, "ProcessRunner", _SlowCheck)
    monkeypatch.setattr(batch, "ProcessRunner", _Records)
    folder = tmp_path / "subs"
    _copies_of_the_code_submission(folder, 4)
    assert main(["grade", str(folder), "--out", str(tmp_path / "out"), "--jobs", "2"]) == 0
    jobs = [p.name for p in tmp_path.glob("job-*")]
    assert len(jobs) == 4 and all(name.endswith("-True") for name in jobs)
    assert "student code ran isolated by: namespaces (nothing of this machine visible) and a seccomp" \
        in capsys.readouterr().err
    assert len(list((tmp_path / "out" / "students").iterdir())) == 4


def test_a_pool_stops_before_any_code_or_output_where_namespaces_are_refused(monkeypatch, tmp_path, capsys):
    """Refused while the workers grade, the run stops as it does with one worker: the same line, no
    student's code run, no student's outputs written, nothing in the gradebook."""
    import sqlite3

    from grader import batch

    class _Records:
        def __init__(self, **_):
            pass

        def run(self, job):
            (tmp_path / f"job-{os.getpid()}-{time.monotonic_ns()}").touch()
            raise AssertionError("student code ran")

        def close(self):
            pass

    monkeypatch.delenv(api.ISOLATION_VARIABLE, raising=False)
    monkeypatch.setattr(api, "ProcessRunner", _NoNamespaces)
    monkeypatch.setattr(batch, "ProcessRunner", _Records)
    folder = tmp_path / "subs"
    _copies_of_the_code_submission(folder, 4)
    out = tmp_path / "out"
    assert main(["grade", str(folder), "--out", str(out), "--quiet", "--jobs", "2"]) == 2
    err = capsys.readouterr().err
    assert "namespaces are refused" in err and "--isolation audit" in err and "Traceback" not in err
    assert not list(tmp_path.glob("job-*"))
    assert not (out / "students").exists()
    with sqlite3.connect(out / api.GRADEBOOK_NAME) as book:
        assert book.execute("select count(*) from gradings").fetchone() == (0,)
