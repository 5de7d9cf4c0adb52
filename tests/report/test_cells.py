"""CSV cells from submissions are shown as text by spreadsheets, never run as formulas."""

from __future__ import annotations

import pytest

from grader.report.cells import text_cell
from grader.report.exports import grades_csv
from grader.report.lms import canvas_csv, moodle_csv


@pytest.mark.parametrize("text, cell", [
    ("=cmd|' -C calc'!A0", "'=cmd|' -C calc'!A0"),
    ("+1", "'+1"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("ann smith", "ann smith"),
    ("a=1", "a=1"),
    ("", ""),
])
def test_text_cell(text, cell):
    assert text_cell(text) == cell


def _document(student_id: str) -> dict:
    part = {"id": "q.a", "verdict": "correct", "score": 1.0, "max_score": 1, "review": False}
    return {"assignment": "a", "title": "A", "max_score": 1, "parts": [{"id": "q.a", "points": 1}],
            "students": [{"id": student_id, "status": "graded", "score": 1.0, "max_score": 1, "parts": [part]}]}


@pytest.mark.parametrize("export", [grades_csv, moodle_csv, canvas_csv])
def test_every_export_quotes_a_formula_id(export):
    text = export(_document("=HYPERLINK(\"http://x\")"))
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text
