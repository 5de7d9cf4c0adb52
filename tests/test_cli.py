"""The command line: exit codes, one-line errors, a batch that survives a broken file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from grader.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "grader.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_a_missing_folder_is_one_line_and_exit_2(tmp_path):
    result = run("grade", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "nope: no such folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_spec_names_file_and_line(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text((ROOT / "reference" / "gnr638_a2.yaml").read_text().replace("points: 5", "points: five", 1))
    (tmp_path / "ref").mkdir()
    result = run("grade", str(ROOT / "submissions"), "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    line = next(i + 1 for i, text in enumerate(spec.read_text().splitlines()) if "points: five" in text)
    assert f"spec.yaml:{line}: part 'conv.standard': 'points' must be a number, not 'five'" in result.stderr


def test_a_binary_submission_is_an_error_entry_and_the_rest_is_graded(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "alice.md").write_text("Q2: standard convolution = 1228800, depthwise separable = 53952\n")
    (subs / "bob.txt").write_bytes(b"\x00\xff" * 500)
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code"]) == 0
    doc = json.loads((out / "results.json").read_text())
    by_id = {s["id"]: s for s in doc["students"]}
    assert by_id["bob"]["status"] == "error" and by_id["alice"]["status"] == "graded"
    assert by_id["alice"]["score"] == 10
    assert (out / "students" / "bob.html").exists() and (out / "grades.csv").read_text().count("\n") == 3


def test_report_without_results_is_one_line(tmp_path):
    result = run("report", str(tmp_path))
    assert result.returncode == 2 and "results.json: not found" in result.stderr


def test_check_shows_what_was_read_and_exits_1_when_a_part_is_missing(tmp_path):
    path = tmp_path / "me.md"
    path.write_text("Q2\n\n(a) standard convolution: 1228800\n")
    result = run("check", str(path), "--no-code")
    assert result.returncode == 1
    assert "1228800" in result.stdout and "not found" in result.stdout
    assert "53952" not in result.stdout  # the self-check does not reveal expected values


@pytest.mark.parametrize("command", ["grade", "check", "report", "bundle", "gradescope"])
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.returncode == 0 and "usage:" in result.stdout


def test_check_exits_0_when_every_part_is_read_and_prints_json_on_request(tmp_path):
    result = run("check", str(ROOT / "submissions" / "w01_latex_md_clean.md"), "--no-code", "--json")
    doc = json.loads(result.stdout)
    assert [p["id"] for p in doc["parts"] if p["status"] != "found"] == ["backprop.code"]
    assert result.returncode == 1 and doc["all_found"] is False and doc["reveal"] == "found"
    folder = tmp_path / "me"
    folder.mkdir()
    (folder / "answers.md").write_bytes((ROOT / "submissions" / "w01_latex_md_clean.md").read_bytes())
    (folder / "backprop.py").write_bytes((ROOT / "submissions" / "code_vectorised" / "backprop.py").read_bytes())
    result = run("check", str(folder))
    assert result.returncode == 0, result.stdout
    assert "Every part was read (6 of 6)" in result.stdout and "never whether it is right" in result.stdout


def test_a_student_bundle_checks_without_the_reference(tmp_path):
    out = tmp_path / "for-students"
    result = run("bundle", "--student", str(out))
    assert result.returncode == 0 and (out / "spec.yaml").exists() and (out / "README.txt").exists()
    # The package works on its own: copied away from reference/, with nothing else beside it.
    alone = tmp_path / "elsewhere"
    alone.mkdir()
    (alone / "spec.yaml").write_bytes((out / "spec.yaml").read_bytes())
    result = run("check", str(ROOT / "submissions" / "w05_sign_slip.md"), "--spec", str(alone / "spec.yaml"))
    assert result.returncode == 1 and "2764800" in result.stdout and "not found" in result.stdout
    assert "1228800" not in result.stdout and "correct" not in result.stdout
    graded = run("grade", str(ROOT / "submissions"), "--spec", str(alone / "spec.yaml"), "--out", str(tmp_path / "o"))
    assert graded.returncode == 2 and "self-check copy" in graded.stderr and graded.stderr.count("\n") == 1


def test_batch_summary_is_one_screen(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "alice.md").write_text("Q2: standard convolution = 1228800, depthwise separable = 53952\n")
    (subs / "bob.txt").write_bytes(b"\x00\xff" * 500)
    result = run("grade", str(subs), "--out", str(tmp_path / "out"), "--no-code")
    assert result.returncode == 0
    assert "1 graded, 1 could not be read" in result.stderr and "bob" in result.stderr
    assert "index.html" in result.stderr and len(result.stderr.splitlines()) < 25
    assert "\r" not in result.stderr  # no progress bar when not on a terminal
    quiet = run("grade", str(subs), "--out", str(tmp_path / "out2"), "--no-code", "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert {p.name for p in (tmp_path / "out").iterdir()} >= {"results.json", "grades.csv", "moodle.csv",
                                                                "canvas.csv", "index.html", "students"}


def test_lms_exports_have_the_columns_the_platforms_document(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "s1001.md").write_text("Q2: standard convolution = 1228800, depthwise separable = 4800\n")
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code"]) == 0
    moodle = (out / "moodle.csv").read_text().splitlines()
    assert moodle[0] == "Identifier,Full name,Email address,ID number,Grade,Maximum Grade,Feedback comments"
    assert moodle[1].startswith(",,,s1001,7,30,")  # no platform number in the name: Moodle matches the ID number
    canvas = (out / "canvas.csv").read_text().splitlines()
    assert canvas[0] == "Student,ID,SIS User ID,SIS Login ID,Section,GNR 638 Assignment 2"
    assert canvas[1] == "Points Possible,,,,,30" and canvas[2] == "s1001,,s1001,,,7"



def test_max_file_mb_refuses_a_larger_file_with_its_size(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "big.txt").write_text("standard convolution = 1228800\n" + "x" * 3000)
    (subs / "small.md").write_text("standard convolution = 1228800\n")
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code", "--max-file-mb", "0.002"]) == 0
    by_id = {s["id"]: s for s in json.loads((out / "results.json").read_text())["students"]}
    assert by_id["big"]["status"] == "error" and "bytes is over the" in by_id["big"]["error"]
    assert by_id["small"]["status"] == "graded"


def test_time_limit_is_passed_to_reading(tmp_path, monkeypatch):
    from grader.ingest import limits as limit_module
    from grader import pipeline

    seen = []
    real = pipeline.read_submission

    def spy(path, *, limits=limit_module.DEFAULT_LIMITS, max_file_bytes=None):
        seen.append(limits.max_seconds)
        return real(path, limits=limits, max_file_bytes=max_file_bytes)

    monkeypatch.setattr(pipeline, "read_submission", spy)
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "a.md").write_text("standard convolution = 1228800\n")
    assert main(["grade", str(subs), "--out", str(tmp_path / "o"), "--quiet", "--no-code", "--jobs", "1",
                 "--time-limit", "7.5"]) == 0
    assert seen == [7.5]


@pytest.mark.parametrize("text, shown", [
    ("\x1b[31mred\x1b[0m", "red"),
    ("a\x1b]0;title\x07b", "ab"),
    ("x\u202ey", "x?y"),
    ("two\nlines", "two\nlines"),
    ("\x9b2J", ""),
    ("plain text", "plain text"),
])
def test_terminal_text_has_no_control_sequences(text, shown):
    from grader.report.terminal import plain

    assert plain(text) == shown
# --- what the TA is told: empty folders, a refused --jobs, an interruption, a person's actions in history ----

def test_an_empty_submissions_folder_is_said_not_graded_as_zero(tmp_path, capsys):
    (tmp_path / "subs").mkdir()
    assert main(["grade", str(tmp_path / "subs"), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    assert "holds no submission" in capsys.readouterr().err
    assert not (tmp_path / "out" / "results.json").exists()


def test_an_empty_student_folder_is_named(tmp_path, capsys):
    subs = tmp_path / "subs"
    (subs / "alice").mkdir(parents=True)
    (subs / "bob.md").write_text("Question 2\nstandard convolution = 1228800\n", encoding="utf-8")
    assert main(["grade", str(subs), "--out", str(tmp_path / "out"), "--quiet", "--no-code"]) == 0
    err = capsys.readouterr().err
    assert "alice: no file in this submission" in err and "bob" not in err


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_below_one_is_refused(tmp_path, capsys, jobs):
    with pytest.raises(SystemExit) as exit_:
        main(["grade", str(tmp_path), "--jobs", jobs])
    assert exit_.value.code == 2 and "--jobs" in capsys.readouterr().err


def test_an_interrupted_grade_says_how_many_are_kept_and_how_to_resume(tmp_path, capsys, monkeypatch):
    subs = tmp_path / "subs"
    subs.mkdir()
    for name in ("a", "b"):
        (subs / f"{name}.md").write_text("standard convolution = 1228800\n", encoding="utf-8")
    from grader import api

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(api, "grade_course", interrupted)
    assert main(["grade", str(subs), "--out", str(tmp_path / "out"), "--quiet"]) == 130
    err = capsys.readouterr().err
    assert "interrupted; 0 submissions graded in this run are kept" in err and "again" in err


def test_history_lists_a_persons_override_and_group_decision(tmp_path, capsys):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "ann.md").write_text("Question 2: multiplications\nstandard convolution = 999999\n", encoding="utf-8")
    (subs / "ben.md").write_text("Question 2: multiplications\nstandard convolution = 999999\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code"]) == 0
    assert main(["override", "ann", "conv.depthwise", "--score", "1", "--note", "method right", "--out", str(out)]) == 0
    from grader import api
    assert api.decide_group(out, "conv.standard", "value:999999", score=4, note="an off-by-one") == ["ann", "ben"]
    capsys.readouterr()
    assert main(["history", "ann", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "conv.depthwise: a person's score 1: method right" in text
    assert "conv.standard: group decision: 4 points for everyone who answered '999999': an off-by-one" in text


def test_serve_says_a_port_in_use_in_one_line(tmp_path, capsys):
    pytest.importorskip("uvicorn", reason="the desk needs its extra: pip install 'grader[serve]'")
    import socket

    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "a.md").write_text("standard convolution = 1228800\n", encoding="utf-8")
    assert main(["grade", str(subs), "--out", str(tmp_path / "out"), "--quiet", "--no-code"]) == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        assert main(["serve", str(tmp_path / "out"), "--port", str(taken.getsockname()[1])]) == 2
    assert "cannot be used" in capsys.readouterr().err


def test_serve_without_results_says_grade_first(tmp_path, capsys):
    pytest.importorskip("uvicorn", reason="the desk needs its extra: pip install 'grader[serve]'")
    assert main(["serve", str(tmp_path / "nothing")]) == 2
    assert "run 'grader grade'" in capsys.readouterr().err


#: Modules a quiet ``grade`` of a class of text files never needs: loaded only where used.
NOT_LOADED_FOR_TEXT = ("rich", "grader.ingest.pdf", "grader.ingest.office", "pypdf", "PIL", "pypdfium2")


def test_a_quiet_grade_of_text_files_loads_no_reader_of_pdfs_nor_the_terminals_drawing(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "ann.md").write_text("Q2\n\nstandard convolution = 1228800\n", encoding="utf-8")
    probe = ("import sys; from grader.cli import main; "
             f"code = main(['grade', {str(subs)!r}, '--out', {str(tmp_path / 'out')!r}, '--quiet', '--no-code', "
             "'--jobs', '1']); "
             f"print(code, sorted(m for m in {NOT_LOADED_FOR_TEXT!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.split()[:1] == ["0"], done.stderr
    assert done.stdout.strip() == "0 []", done.stdout


def test_the_command_leaves_without_teardown_and_loses_nothing(tmp_path):
    """``grader`` ends its process without tearing the interpreter down (``cli.leave``): every output
    is the bytes ``main`` writes in this process, the gradebook is whole (no journal left beside
    it), and what runs at exit still ran (the temporary folders are gone)."""
    import os
    import shutil

    subs = tmp_path / "subs"
    subs.mkdir()
    for name in sorted(p.name for p in (ROOT / "submissions").iterdir() if p.suffix in (".md", ".txt"))[:6]:
        shutil.copy(ROOT / "submissions" / name, subs / name)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    args = ["grade", str(subs), "--no-code", "--quiet", "--jobs", "2"]
    done = subprocess.run([sys.executable, "-m", "grader.cli", *args, "--out", str(tmp_path / "command")],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "TMPDIR": str(scratch)})
    assert done.returncode == 0, done.stderr
    assert main([*args, "--out", str(tmp_path / "here")]) == 0
    files = sorted(p.relative_to(tmp_path / "here") for p in (tmp_path / "here").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "command") for p in (tmp_path / "command").rglob("*") if p.is_file())
    for name in files:
        if name.name != "gradebook.sqlite":  # its rows hold the time they were graded
            assert (tmp_path / "command" / name).read_bytes() == (tmp_path / "here" / name).read_bytes(), name
    assert list(scratch.iterdir()) == []


def test_leaving_runs_what_is_registered_to_run_at_exit_and_flushes_the_streams(tmp_path):
    mark = tmp_path / "ran"
    probe = ("import atexit, sys; from grader.cli import leave; "
             f"atexit.register(lambda: open({str(mark)!r}, 'w').close()); "
             "sys.stdout.write('unflushed'); leave(3)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 3 and done.stdout == "unflushed" and mark.exists()
