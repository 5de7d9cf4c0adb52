"""The whole visible corpus through the command line: every part of every submission.

The expected verdicts live in tests/expected/*.yaml, written from the rubric of
assignment2.md (not from the grader's output): written.yaml for the written corpus and
the two real submissions, written_heldout.yaml for a set written after the extraction
was tuned, code.yaml for the code submissions.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from grader.cli import main

ROOT = Path(__file__).resolve().parent.parent
SUBMISSIONS = ROOT / "submissions"
#: Other shipped assignments' tables (tests/expected/<assignment>.yaml) belong to their own corpora
#: (corpora/<assignment>/, tests/test_shipped_corpora.py); known_gaps.yaml is no table of verdicts.
OTHER_ASSIGNMENTS = {p.stem for p in (ROOT / "reference").glob("*.yaml")} - {"gnr638_a2"}
TABLES = sorted(p for p in (ROOT / "tests" / "expected").glob("*.yaml")
                if p.stem.split(".")[0] not in OTHER_ASSIGNMENTS and p.name != "known_gaps.yaml")
PART_IDS = ["backprop.dw11", "backprop.dw21", "backprop.code", "conv.standard", "conv.depthwise", "poisson.loss"]


#: Whether scans and photos are read by OCR here: rows with ``without_ocr`` say what to expect otherwise.
OCR = shutil.which("tesseract") is not None
#: Submissions whose expectations are their ``without_ocr`` ones on this machine.
NO_OCR: set[str] = set()


def _expected() -> dict[str, dict]:
    merged: dict[str, dict] = {}
    for table in TABLES:
        for student, row in (yaml.safe_load(table.read_text(encoding="utf-8")) or {}).items():
            row = dict(row)
            fallback = row.pop("without_ocr", None)
            if fallback is not None and not OCR:
                row = dict(fallback)
                NO_OCR.add(str(student))
            if table.stem == "code":  # code submissions answer nothing else
                row = {**{p: "missing" for p in PART_IDS}, **row}
            if row.get("status") == "error":  # a submission in error has every part missing
                row = {**{p: "missing" for p in PART_IDS}, **row}
            merged[str(student)] = row
    return merged


def _known_gaps() -> dict[tuple[str, str], str]:
    path = ROOT / "tests" / "expected" / "known_gaps.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {(student, key): reason for student, rows in table.items() for key, reason in rows.items()}


EXPECTED = _expected()
GAPS = _known_gaps()


def _param(student: str, key: str, *values):
    """A table row, marked as a known gap (strict xfail) when known_gaps.yaml lists it."""
    reason = GAPS.get((student, key)) if student not in NO_OCR else None
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(student, *values, marks=marks, id=f"{student}:{key}")


ROWS = [_param(s, p, p, row[p]) for s, row in sorted(EXPECTED.items()) for p in PART_IDS if p in row]
REVIEW = [_param(s, f"review-{p}", p) for s, row in sorted(EXPECTED.items()) for p in (row.get("review") or [])]
STATUS = [_param(s, "status", row["status"], row.get("error_contains")) for s, row in sorted(EXPECTED.items())
          if "status" in row]


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus-out")
    assert main(["grade", str(SUBMISSIONS), "--out", str(out), "--quiet"]) == 0
    return out


@pytest.fixture(scope="module")
def results(graded) -> dict:
    document = json.loads((graded / "results.json").read_text(encoding="utf-8"))
    return {s["id"]: s for s in document["students"]}


def test_the_whole_corpus_grades_to_the_same_bytes_twice(graded, tmp_path):
    # Code runs, timeouts and outputs included: nothing time- or machine-dependent may
    # reach results.json.
    assert main(["grade", str(SUBMISSIONS), "--out", str(tmp_path), "--quiet"]) == 0
    assert (tmp_path / "results.json").read_bytes() == (graded / "results.json").read_bytes()


def _part(results: dict, student: str, part: str) -> dict:
    assert student in results, f"{student} was not graded"
    return next(p for p in results[student]["parts"] if p["id"] == part)


def test_known_gaps_name_real_rows():
    for student, key in GAPS:
        part = key.removeprefix("review-")
        assert student in EXPECTED and part in EXPECTED[student], (student, key)


def test_every_entry_is_graded_once_and_every_table_row_has_an_entry(results):
    entries = {p.stem if p.is_file() else p.name for p in SUBMISSIONS.iterdir() if not p.name.startswith(".")}
    assert set(results) == entries
    assert set(EXPECTED) <= entries
    assert len(EXPECTED) >= 60


@pytest.mark.parametrize("student,part,verdict", ROWS)
def test_verdict(results, student, part, verdict):
    got = _part(results, student, part)
    assert got["verdict"] == verdict, (got["found"], got["feedback"], got["review_reasons"])


@pytest.mark.parametrize("student,part", REVIEW)
def test_flagged_for_review(results, student, part):
    assert _part(results, student, part)["review"] is True


@pytest.mark.parametrize("student,status,error_contains", STATUS)
def test_status_and_error_reason(results, student, status, error_contains):
    got = results[student]
    assert got["status"] == status, got.get("error")
    if error_contains:
        assert error_contains in got["error"] and "\n" not in got["error"], got["error"]


def test_scores_follow_verdicts_and_totals_add_up(results):
    for student in results.values():
        total = 0.0
        for p in student["parts"]:
            if p["verdict"] == "correct":
                assert p["score"] == p["max_score"]
            elif p["verdict"] in ("incorrect", "missing"):
                assert p["score"] == 0
            else:
                assert 0 < p["score"] < p["max_score"]
            total += p["score"]
        assert student["score"] == pytest.approx(total)


def test_every_found_answer_shows_where_it_was_found(results):
    for student in results.values():
        for p in student["parts"]:
            if p["found"] is not None and p["id"] != "backprop.code":
                ev = p["evidence"]
                assert ev and ev["file"] and ev["line"] >= 1 and ev["excerpt"], (student["id"], p["id"])


def test_the_real_submission_001_reports_its_disagreeing_bias_gradients(results):
    notes = results["001_00e179ca8f67077f"]["notes"]
    assert any("-0.16504242" in n["message"] and "-0.16096605" in n["message"] for n in notes)
