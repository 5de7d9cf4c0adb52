"""A person's overrides: kept in OUT/overrides.csv, applied over every regrade, marked as a person's."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from grader import api
from grader.cli import main
from grader.errors import OverrideError
from grader.overrides import (Override, apply_overrides, apply_to_student, read_overrides, strip_overrides,
                              verdict_for, with_override, without_override, write_overrides)

ROOT = Path(__file__).resolve().parent.parent
SUBMISSIONS = ROOT / "submissions"
CLASS = ["000_6ad9972c2ed9da34.txt", "w05_sign_slip.md", "w20_empty.md", "w09_rounded_123.md"]


@pytest.mark.parametrize("score,points,verdict", [
    (3, 3, "correct"), (3.5, 3, "correct"), (0, 3, "incorrect"), (1.5, 3, "partial"), (0.0001, 5, "partial"),
])
def test_the_verdict_a_score_means(score, points, verdict):
    assert verdict_for(score, points) == verdict


# --- the file ------------------------------------------------------------------------------------

def test_the_file_round_trips_and_keeps_its_order(tmp_path):
    rows = (Override("bob", "conv.standard", 5.0, "recounted with the student, fine"),
            Override("ann", "backprop.dw11", 1.5, 'a "quoted", comma\'d note'))
    write_overrides(tmp_path / "o.csv", rows)
    back = read_overrides(tmp_path / "o.csv")
    assert [(o.student, o.part, o.score, o.note) for o in back] == [(o.student, o.part, o.score, o.note) for o in rows]
    assert [o.line for o in back] == [2, 3]


def test_a_spreadsheets_file_reads_too(tmp_path):
    path = tmp_path / "o.csv"
    path.write_bytes("\ufeffNote,Student,Part,Score,TA\r\nfine,ann,conv.standard, 4 ,AB\r\n\r\n".encode("utf-8"))
    (o,) = read_overrides(path)
    assert (o.student, o.part, o.score, o.note) == ("ann", "conv.standard", 4.0, "fine")


def test_no_file_is_no_overrides(tmp_path):
    assert read_overrides(tmp_path / "missing.csv") == ()


@pytest.mark.parametrize("body,message", [
    ("student,part,score\nann,conv.standard,3\n", ":1: the first row must name the columns"),
    ("student,part,score,note\nann,conv.standard,three,why\n", ":2: the score 'three' is not a number"),
    ("student,part,score,note\nann,conv.standard,-1,why\n", ":2: the score -1 cannot be given"),
    ("student,part,score,note\nann,conv.standard,nan,why\n", ":2: the score nan cannot be given"),
    ("student,part,score,note\nann,conv.standard,3,\n", ":2: the note is empty"),
    ("student,part,score,note\n,conv.standard,3,why\n", ":2: a row needs a student id and a part id"),
    ("student,part,score,note\nann,conv.standard,3,why\n\nann,conv.standard,4,again\n",
     ":4: a second override of ann conv.standard (the first is on line 2)"),
])
def test_a_bad_row_names_its_file_and_line(tmp_path, body, message):
    path = tmp_path / "overrides.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(OverrideError) as err:
        read_overrides(path)
    assert f"overrides.csv{message}" in str(err.value) and "\n" not in str(err.value)


def test_setting_replaces_and_removing_removes():
    a, b = Override("ann", "p", 1.0, "x"), Override("bob", "p", 2.0, "y")
    assert with_override((a, b), Override("ann", "p", 3.0, "z")) == (Override("ann", "p", 3.0, "z"), b)
    assert with_override((a,), b) == (a, b)
    assert without_override((a, b), "ann", "p") == (b,)


# --- applying to a document ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def document(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("subs")
    for name in CLASS:
        shutil.copy(SUBMISSIONS / name, folder / name)
    return api.write_outputs(api.grade_batch(folder, run_code=False, jobs=1), tmp_path_factory.mktemp("out"))


def test_an_override_follows_the_contract(document):
    student = next(s for s in document["students"] if s["id"] == "w05_sign_slip")
    part = next(p for p in student["parts"] if p["id"] == "backprop.dw11")
    new = apply_to_student(student, [Override("w05_sign_slip", "backprop.dw11", 3.0, "sign slip forgiven")])
    changed = next(p for p in new["parts"] if p["id"] == "backprop.dw11")
    assert changed["override"] == {"score": 3.0, "verdict": "correct", "note": "sign slip forgiven",
                                   "original_score": part["score"], "original_verdict": part["verdict"]}
    assert changed["score"] == 3.0 and changed["verdict"] == "correct" and changed["review"] == part["review"]
    assert new["overrides"] == 1 and new["score"] == round(student["score"] - part["score"] + 3.0, 4)
    assert list(changed)[:-1] == list(part)  # the part's own keys keep their order; override comes last
    assert "override" not in part and "overrides" not in student  # the input is not changed


def test_strip_gives_back_the_machines_document(document):
    overrides = [Override("w05_sign_slip", "backprop.dw11", 3.0, "forgiven"),
                 Override("w20_empty", "conv.standard", 0.5, "the working shows the method")]
    applied, warnings = apply_overrides(document, overrides)
    assert warnings == [] and applied != document
    assert json.dumps(strip_overrides(applied)) == json.dumps(document)


def test_an_override_of_nobody_or_of_no_part_is_a_warning_not_a_stop(document):
    _, warnings = apply_overrides(document, [Override("nobody", "conv.standard", 1.0, "x", line=2),
                                             Override("w05_sign_slip", "q9", 1.0, "x", line=3)])
    assert any("overrides.csv:2: no student 'nobody'" in w for w in warnings)
    assert any("overrides.csv:3: the spec has no part 'q9'" in w for w in warnings)


def test_a_score_over_the_parts_points_is_refused(document):
    with pytest.raises(OverrideError, match="overrides.csv:7: 6 points is more than part conv.standard's 5"):
        apply_overrides(document, [Override("w05_sign_slip", "conv.standard", 6.0, "x", line=7)])


# --- the command line, and surviving a regrade -----------------------------------------------------

@pytest.fixture
def graded(tmp_path) -> tuple[Path, Path]:
    subs = tmp_path / "subs"
    subs.mkdir()
    for name in CLASS:
        shutil.copy(SUBMISSIONS / name, subs / name)
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code"]) == 0
    return subs, out


def _part(out: Path, student: str, part: str) -> tuple[dict, dict]:
    doc = json.loads((out / "results.json").read_text(encoding="utf-8"))
    s = next(s for s in doc["students"] if s["id"] == student)
    return s, next(p for p in s["parts"] if p["id"] == part)


def test_an_override_survives_a_regrade_and_a_spec_change(graded, tmp_path):
    subs, out = graded
    before, machine = _part(out, "w05_sign_slip", "backprop.dw11")
    assert main(["override", "w05_sign_slip", "backprop.dw11", "--score", "3", "--note", "sign slip forgiven (AB)",
                 "--out", str(out)]) == 0
    student, part = _part(out, "w05_sign_slip", "backprop.dw11")
    assert part["override"]["original_score"] == machine["score"] and part["score"] == 3.0
    assert student["overrides"] == 1 and student["score"] == round(before["score"] - machine["score"] + 3, 4)
    # the exports and the reports show it as a person's decision
    rows = list(csv.DictReader((out / "grades.csv").open(encoding="utf-8")))
    row = next(r for r in rows if r["id"] == "w05_sign_slip")
    assert row["backprop.dw11"] == "3" and "backprop.dw11" in row.get("changed_by_person", "backprop.dw11")
    assert "sign slip forgiven (AB)" in (out / "students" / "w05_sign_slip.html").read_text(encoding="utf-8")
    # a regrade with the same spec, then with a changed one: the person's score stays
    assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code"]) == 0
    assert _part(out, "w05_sign_slip", "backprop.dw11")[1]["score"] == 3.0
    # the gradebook publishes it with the grade, and no override for anyone else (a run with no
    # override in force looks at no part for one: ``grade_course``)
    from grader.gradebook import Gradebook

    with Gradebook(out / "gradebook.sqlite") as book:
        published = book.published()
    assert published["w05_sign_slip"].overrides == (
        {"part": "backprop.dw11", "score": 3.0, "note": "sign slip forgiven (AB)"},)
    assert all(not p.overrides for sid, p in published.items() if sid != "w05_sign_slip") and len(published) > 1
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "reference", spec)
    text = (spec / "gnr638_a2.yaml").read_text(encoding="utf-8")
    (spec / "gnr638_a2.yaml").write_text(text.replace("credit: 0.5", "credit: 0.25"), encoding="utf-8")
    assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code", "--fresh",
                 "--spec", str(spec / "gnr638_a2.yaml")]) == 0
    student, part = _part(out, "w05_sign_slip", "backprop.dw11")
    assert part["score"] == 3.0 and part["override"]["note"] == "sign slip forgiven (AB)"
    assert part["override"]["original_score"] != machine["score"]  # the machine's grade did change
    # removed: the machine's grade stands again
    assert main(["override", "w05_sign_slip", "backprop.dw11", "--remove", "--out", str(out)]) == 0
    assert "override" not in _part(out, "w05_sign_slip", "backprop.dw11")[1]
    assert (out / "overrides.csv").read_text(encoding="utf-8") == "student,part,score,note\n"


def test_a_ta_can_edit_the_file_and_grader_report_applies_it(graded):
    _, out = graded
    (out / "overrides.csv").write_text("student,part,score,note\nw20_empty,conv.standard,2,method shown on paper\n",
                                       encoding="utf-8")
    assert main(["report", str(out)]) == 0
    assert _part(out, "w20_empty", "conv.standard")[1]["override"]["note"] == "method shown on paper"


@pytest.mark.parametrize("args,message", [
    (["nobody", "conv.standard", "--score", "1", "--note", "x"], "no student 'nobody'"),
    (["w05_sign_slip", "q9", "--score", "1", "--note", "x"], "no part 'q9'; the parts are backprop.dw11"),
    (["w05_sign_slip", "conv.standard", "--score", "6", "--note", "x"], "6 points is not between 0 and"),
    (["w05_sign_slip", "conv.standard", "--score", "1"], "give --score and a --note that says why"),
    (["w05_sign_slip", "conv.standard", "--remove"], "no override of w05_sign_slip conv.standard to remove"),
])
def test_a_bad_override_command_is_one_line_and_exit_2(graded, capsys, args, message):
    _, out = graded
    capsys.readouterr()
    assert main(["override", *args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_an_override_is_logged_in_the_gradebook(graded):
    _, out = graded
    assert main(["override", "w20_empty", "conv.standard", "--score", "1", "--note", "x", "--out", str(out)]) == 0
    from grader.gradebook import GRADEBOOK_NAME, Gradebook

    with Gradebook(out / GRADEBOOK_NAME) as book:
        (entry,) = book.override_log("w20_empty")
    assert (entry["part"], entry["action"], entry["score"], entry["note"]) == ("conv.standard", "set", 1.0, "x")
