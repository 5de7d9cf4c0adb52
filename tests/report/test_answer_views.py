"""Report views per answer kind (grader/report/answer_views.py): tables of details -> view, the
plain-line form, escaping, and golden reports of students of the two newer assignments."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from grader.cli import main
from grader.report.answer_views import answer_view, view_text
from grader.report.render import render_student, student_filename

ROOT = Path(__file__).resolve().parents[2]
GOLDENS = Path(__file__).resolve().parent / "goldens" / "kinds"


def _part(found, details, expected="", verdict="incorrect"):
    return {"id": "q.a", "verdict": verdict, "score": 0, "max_score": 1, "review": False, "expected": expected,
            "found": found, "feedback": "", "evidence": None, "review_reasons": [], "mistake": None,
            "confidence": 1, "details": details}


# (why, part, the view's one-line form)
VIEWS = [
    ("a shape with its third element wrong",
     _part("14 x 14 x 3", {"values": [14.0, 14.0, 3.0], "expected_values": [14.0, 14.0, 64.0], "differs": [2]}),
     "(14, 14, *3*) against (14, 14, 64)"),
    ("a shape with a batch dimension first: the differing element counted as written",
     _part("(N, 14, 14, 32)", {"values": [float("nan"), 14.0, 14.0, 32.0], "batch": True,
                               "expected_values": [14.0, 14.0, 64.0], "differs": [3]}),
     "(nan, 14, 14, *32*) against (14, 14, 64)"),
    ("a matrix with one entry wrong",
     _part("[[1, 2], [3, 5]]", {"array": [[1.0, 2.0], [3.0, 5.0]], "shape": [2, 2],
                                "expected_array": [[1.0, 2.0], [3.0, 4.0]], "expected_shape": [2, 2],
                                "differs": [[1, 1]]}),
     "[1, 2; 3, *5*] (2 × 2)"),
    ("a vector",
     _part("(0.1, -0.25)", {"array": [0.1, -0.25], "shape": [2], "expected_array": [0.1, -0.2],
                            "expected_shape": [2], "differs": [[1]]}),
     "[0.1, *-0.25*] (2)"),
    ("an interval with its upper end wrong",
     _part("[0.41, 0.62]", {"ends": [0.41, 0.62], "expected_ends": [0.4105, 0.5895], "differs": ["upper"]}),
     "[0.41, *0.62*] against [0.4105, 0.5895]"),
    ("a choice with its reason",
     _part("No", {"option": "no", "option_text": "no", "reason": ". the running mean is used"}, "no", "correct"),
     "no; reason: the running mean is used"),
    ("a choice without a reason",
     _part("reject", {"option": "reject", "option_text": "reject H0"}, "fail to reject"),
     "reject H0; no reason read"),
    ("a choice that names two options alike",
     _part("yes and no", {"named": ["no", "yes"]}, "no"),
     "named alike: no, yes; none chosen"),
    ("a percentage as written and its value",
     _part("65.91 %", {"value": 0.6591, "read_as": "a percentage"}),
     "65.91 % = 0.6591 (a percentage: a fraction of 100)"),
    ("a fraction as written and its value",
     _part("\\frac{671}{1296}", {"value": 671 / 1296, "read_as": "the whole fraction"}),
     "\\frac{671}{1296} = 0.517747 (a fraction)"),
    ("a fraction the reader read whole",
     _part("91/216", {"value": 91 / 216}), "91/216 = 0.421296 (a fraction)"),
    ("a worked expression",
     _part("1 − (5/6)^3", {"value": 91 / 216}), "1 − (5/6)^3 = 0.421296 (an expression, worked out)"),
    ("a percentage the reader read whole",
     _part("8.76%", {"value": 0.0876}), "8.76% = 0.0876 (a percentage: a fraction of 100)"),
    ("a number in another unit, converted",
     _part("18 km/h", {"value": 5.0, "unit": "m/s", "unit_written": "km/h", "read_as": "converted from km/h"}),
     "18 km/h = 5 m/s (converted from km/h)"),
    ("a number without its unit, read in the spec's",
     _part("5", {"value": 5.0, "unit": "m/s"}), "5 = 5 m/s (no unit written: read in m/s)"),
    ("a number in the spec's own unit",
     _part("5 m/s", {"value": 5.0, "unit": "m/s", "unit_written": "m/s"}), "5 m/s = 5 m/s"),
    ("a unit of another dimension: nothing converted",
     _part("5 kg", {"value": 5.0, "unit": "m/s", "unit_written": "kg", "unit_problem": "kg is a mass"}),
     "5 kg = 5 kg (not convertible to m/s)"),
]


@pytest.mark.parametrize("why, part, line", VIEWS, ids=[v[0] for v in VIEWS])
def test_view_of_each_kind(why, part, line):
    assert view_text(answer_view(part)) == line


@pytest.mark.parametrize("part", [
    _part("1792", {"value": 1792.0, "comparison": "1792 against 1792: must be equal"}),  # as written: no view
    _part(None, {}),                                                                    # missing
    _part("p - y", {"comparison": "equivalent", "mathml": "<math/>"}),                   # a formula
    _part("[[1, 2]]", {"array": "not a list"}),                                          # an edited results.json
    _part("(1, 2)", {"values": [1.0, 2.0], "expected_values": "??", "differs": 3}),     # ditto
], ids=["integer", "missing", "formula", "edited-array", "edited-tuple"])
def test_no_view_where_the_plain_lines_say_it_all(part):
    view = answer_view(part)
    assert view is None or view_text(view)  # never an exception


def test_a_large_matrix_is_left_to_the_excerpt():
    big = [[float(i * 20 + j) for j in range(20)] for i in range(20)]
    assert answer_view(_part("…", {"array": big, "shape": [20, 20], "expected_array": big})) is None


def test_differing_entries_are_marked_in_html_and_everything_is_escaped():
    hostile = "<script>alert(1)</script>"
    doc = {"assignment": "a", "title": "T", "max_score": 3, "parts": [{"id": "q.a", "points": 1}, {"id": "q.b", "points": 1},
                                                                         {"id": "q.c", "points": 1}],
           "students": []}
    student = {"id": "s", "status": "graded", "score": 0, "max_score": 3, "review": False, "files": [], "warnings": [],
               "notes": [], "parts": [
                   _part(hostile, {"option": hostile, "option_text": hostile, "reason": hostile}, hostile),
                   {**_part("(14, 14, 3)", {"values": [14.0, 14.0, 3.0], "expected_values": [14.0, 14.0, 64.0],
                                            "differs": [2]}), "id": "q.b"},
                   {**_part(hostile, {"value": 0.5, "read_as": hostile}), "id": "q.c"}]}
    html = render_student(doc, student)
    assert hostile not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<mark class="differs" title="differs">3</mark>' in html


# --------------------------------------------------------------------------- golden reports

#: (assignment, student): one report each that shows the new kinds as a TA reads them.
GOLDEN_STUDENTS = [
    ("dl_a3", "s15_hedge_bn"),          # a shape with its depth wrong, a matrix, yes/no with a reason, a percentage
    ("dl_a3", "s25_ocr_messy"),         # a matrix with one entry wrong
    ("stats_a1", "s04_ninety_percent_product"),  # percentages, an interval off at both ends, a decision
    ("stats_a1", "s30_fractions_sd_slip"),       # fractions as written and their values
]


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> dict[str, Path]:
    outs = {}
    for assignment in sorted({a for a, _ in GOLDEN_STUDENTS}):
        folder = tmp_path_factory.mktemp(f"{assignment}-in")
        for _, student in (g for g in GOLDEN_STUDENTS if g[0] == assignment):
            source = next(p for p in (ROOT / "corpora" / assignment).iterdir() if p.name.split(".")[0] == student)
            (shutil.copytree if source.is_dir() else shutil.copy)(source, folder / source.name)
        out = tmp_path_factory.mktemp(f"{assignment}-out")
        assert main(["grade", str(folder), "--spec", str(ROOT / "reference" / f"{assignment}.yaml"), "--out", str(out),
                     "--quiet"]) == 0
        outs[assignment] = out
    return outs


@pytest.mark.parametrize("assignment, student", GOLDEN_STUDENTS)
def test_report_matches_golden(graded, assignment, student, update_goldens, machine_isolation):
    got = machine_isolation.as_golden((graded[assignment] / "students" / student_filename(student))
                                      .read_text(encoding="utf-8"))
    golden = GOLDENS / f"{assignment}__{student}.html"
    if update_goldens:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"no golden for {assignment}/{student}: run pytest --update-goldens"
    assert got == golden.read_text(encoding="utf-8"), f"{assignment}/{student}'s report differs from its golden file"
