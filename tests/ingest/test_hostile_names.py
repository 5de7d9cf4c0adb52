"""Submission names as attackers choose them, through the command line: not UTF-8, control
characters, 254 characters, two names one space apart, a formula, HTML. Every one is graded
under a safe id of its own; none stops the batch or touches another's output."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from grader.cli import main
from grader.report.cells import FORMULA_STARTS
from grader.report.render import student_filename

ROOT = Path(__file__).resolve().parents[2]
ANSWER = b"Question 2\n\nstandard convolution = 1228800\n"
PLAIN = "000_6ad9972c2ed9da34.txt"

NAMES = [b"caf\xe9.md", b"a" * 250 + b".md", b"ann smith.md", b"ann_smith.md", b"Ann.md", b"ann.md",
         b"=cmd|' -C calc'!A0.md", b"+1.md", b"-2+3.md", b"@sum.md", b"\tx.md", b"\x1b[31mred\x1b[0m.md",
         b"\x1b]0;owned\x07.md", b"new\nline.md", b"<b>bold<b>.md", b"\xe2\x80\xaeevil.md"]
FOLDERS = {b"dir\xff": [b"a.md"], b"okdir": [b"\xe9t\xe9.md", b"ok\x1b[2J.md"]}
UNREADABLE = b"\x1b]0;owned\x07\xff.pdf"  # an error whose message names the file


def _make(folder: Path, hostile: bool) -> None:
    folder.mkdir()
    shutil.copy(ROOT / "submissions" / PLAIN, folder / PLAIN)
    if not hostile:
        return
    top = os.fsencode(folder)
    for name in NAMES:
        with open(os.path.join(top, name), "wb") as handle:
            handle.write(ANSWER)
    with open(os.path.join(top, UNREADABLE), "wb") as handle:
        handle.write(b"not a pdf")
    for sub, files in FOLDERS.items():
        os.mkdir(os.path.join(top, sub))
        for name in files:
            with open(os.path.join(top, sub, name), "wb") as handle:
                handle.write(ANSWER)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    top = tmp_path_factory.mktemp("names")
    _make(top / "subs", hostile=True)
    _make(top / "plain_subs", hostile=False)
    return top


def test_every_odd_name_is_graded_under_an_id_of_its_own(graded, capsys):
    out = graded / "out"
    assert main(["grade", str(graded / "subs"), "--out", str(out), "--no-code"]) == 0
    printed = capsys.readouterr()
    document = json.loads((out / "results.json").read_bytes().decode("utf-8"))
    students = document["students"]
    assert len(students) == len(NAMES) + len(FOLDERS) + 2
    ids = [s["id"] for s in students]
    assert len(set(ids)) == len(ids)
    errors = [s for s in students if s["status"] != "graded"]
    assert len(errors) == 1 and errors[0]["error"].startswith("\\x1b]0;owned\\x07\u00ff.pdf: not a PDF")
    for s in students:
        assert s["id"].isprintable() and len(s["id"]) <= 100
        if s["id"] not in ("ann smith", "ann_smith", "Ann", "ann", "=cmd|' -C calc'!A0", "+1", "-2+3", "@sum",
                           "<b>bold<b>", "okdir", PLAIN[:-4]):
            assert "name" in s, s["id"]  # the name as handed in, kept for display
        for file in s["files"]:
            assert file.isprintable()
    by_id = {s["id"]: s for s in students}
    assert by_id["café-dafd66c0"]["name"] == "café"
    assert by_id["new_line-58fb6729"]["name"] == "new\\x0aline"
    assert sorted(by_id["okdir"]["files"]) == ["ok\\x1b[2J.md", "ét\u00e9.md"]
    # one report each, names bounded, and the two names one space apart apart
    reports = sorted(p.name for p in (out / "students").iterdir())
    assert reports == sorted(student_filename(i) for i in ids)
    assert all(len(r.encode("utf-8")) <= 140 for r in reports)
    assert "ann smith" in (out / "students" / student_filename("ann smith")).read_text(encoding="utf-8")
    assert "ann_smith" in (out / "students" / student_filename("ann_smith")).read_text(encoding="utf-8")
    # HTML in a name is text on every page
    page = (out / "students" / student_filename("<b>bold<b>")).read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;bold&lt;b&gt;" in page and "<b>bold" not in page and "<b>bold" not in index
    # no cell a spreadsheet would run
    for name in ("grades.csv", "moodle.csv", "canvas.csv"):
        for row in csv.reader(io.StringIO((out / name).read_text(encoding="utf-8"))):
            assert not any(cell.startswith(FORMULA_STARTS) for cell in row), (name, row)
    # nothing that would drive the TA's terminal
    assert "\x1b" not in printed.out + printed.err and "\u202e" not in printed.out + printed.err


def test_a_second_run_finds_every_odd_name_in_the_gradebook(graded, capsys):
    out = graded / "again"
    assert main(["grade", str(graded / "subs"), "--out", str(out), "--no-code", "--quiet"]) == 0
    first = (out / "results.json").read_bytes()
    assert main(["grade", str(graded / "subs"), "--out", str(out), "--no-code"]) == 0
    assert "0 graded now" in capsys.readouterr().err
    assert (out / "results.json").read_bytes() == first


def test_odd_names_leave_another_students_report_as_it_was(graded):
    with_them, alone = graded / "with", graded / "alone"
    assert main(["grade", str(graded / "subs"), "--out", str(with_them), "--no-code", "--quiet"]) == 0
    assert main(["grade", str(graded / "plain_subs"), "--out", str(alone), "--no-code", "--quiet"]) == 0
    report = f"students/{student_filename(PLAIN[:-4])}"
    assert (with_them / report).read_bytes() == (alone / report).read_bytes()
