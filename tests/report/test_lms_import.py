"""The platforms' grade files read back the way each platform reads them, from their own downloads' names.

Moodle's "Upload grading worksheet" matches a row by "Identifier" ("Participant N") and takes
"Grade" and "Feedback comments"; its gradebook CSV import matches a user field ("ID number",
"Email address"). Canvas's gradebook import skips the "Points Possible" row and matches by
"ID" (its user number), else "SIS User ID". A roster fills in what the names do not say.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from grader.cli import main
from grader.identities import Identity, from_student_id, identity, read_roster

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _moodle_worksheet_import(text: str) -> dict[str, tuple[float, str]]:
    """What Moodle's worksheet upload does: participant id -> (grade, feedback), refusing a row it cannot match."""
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {"Identifier", "Grade", "Feedback comments"} <= set(rows[0])
    found = {}
    for row in rows:
        m = re.fullmatch(r"Participant (\d+)", row["Identifier"])
        assert m, f"Moodle cannot match {row['Identifier']!r}"
        found[m[1]] = (float(row["Grade"]), row["Feedback comments"])
    return found


def _canvas_import(text: str, title: str) -> dict[str, float]:
    """What Canvas's gradebook import does: skip Points Possible, match by ID (else SIS User ID)."""
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["Student"] == "Points Possible"
    return {row["ID"] or row["SIS User ID"]: float(row[title]) for row in rows[1:]}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    outs = {}
    for platform in ("moodle", "canvas"):
        out = tmp_path_factory.mktemp(platform)
        assert main(["grade", str(FIXTURES / f"class_{platform}.zip"), "--out", str(out), "--quiet", "--no-code"]) == 0
        outs[platform] = out
    return outs


def test_moodle_takes_the_worksheet_as_it_is(graded):
    out = graded["moodle"]
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    numbers = {re.search(r"_(\d+)_assignsubmission", n)[1]
               for n in zipfile.ZipFile(FIXTURES / "class_moodle.zip").namelist() if "_assignsubmission" in n}
    imported = _moodle_worksheet_import((out / "moodle.csv").read_text(encoding="utf-8"))
    assert set(imported) == numbers
    for s in results["students"]:
        grade, feedback = imported[from_student_id(s["id"]).number]
        assert grade == s["score"]
        assert "Q1(a): dE/dw11" in feedback and "backprop.dw11" not in feedback


def test_canvas_takes_its_import_as_it_is(graded):
    out = graded["canvas"]
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    imported = _canvas_import((out / "canvas.csv").read_text(encoding="utf-8"), results["title"])
    assert imported == {from_student_id(s["id"]).number: s["score"] for s in results["students"]}


def test_a_roster_adds_emails_and_institutional_ids(graded, tmp_path):
    moodle_roster = tmp_path / "participants.csv"
    moodle_roster.write_text("First name,Last name,ID number,Email address\nAsha,Rao,IITB-17,asha@example.edu\n",
                             encoding="utf-8")
    out = graded["moodle"]
    assert main(["grade", str(FIXTURES / "class_moodle.zip"), "--out", str(out), "--quiet", "--no-code",
                 "--roster", str(moodle_roster)]) == 0
    rows = {r["Full name"]: r for r in csv.DictReader(io.StringIO((out / "moodle.csv").read_text(encoding="utf-8")))}
    assert rows["Asha Rao"]["Email address"] == "asha@example.edu" and rows["Asha Rao"]["ID number"] == "IITB-17"
    assert rows["Asha Rao"]["Identifier"] == "Participant 100001"


@pytest.mark.parametrize("text,student,expected", [
    ("Student,ID,SIS User ID,SIS Login ID,Section\nPoints Possible,,,,\n\"Rao, Asha\",100001,S-1,arao,A\n",
     "raoasha_100001", Identity(number="100001", name="Rao, Asha", id_number="S-1", login="arao")),
    ("submission,email,id_number\nann,ann@example.edu,22B001\n",
     "ann", Identity(email="ann@example.edu", id_number="22B001")),
    ("First name,Surname,ID number,Email address\nBen,Okafor,7,ben@example.edu\n",
     "Ben Okafor_100002", Identity(number="100002", name="Ben Okafor", email="ben@example.edu", id_number="7")),
], ids=["canvas-gradebook", "plain", "moodle-participants"])
def test_roster_kinds(tmp_path, text, student, expected):
    path = tmp_path / "roster.csv"
    path.write_text(text, encoding="utf-8")
    assert identity(student, read_roster(path)) == expected


def test_a_file_that_is_no_roster_is_refused_with_its_name(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(Exception, match="notes.csv:1: not a roster"):
        read_roster(path)
