"""Compact records (grader/report/compact.py): the class's pages and exports made from them are
the bytes made from the students' whole dicts, and each part's answer group is the same."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from grader.groups import answer_groups, answer_key
from grader.report.compact import compact_student
from grader.report.exports import grades_csv
from grader.report.lms import canvas_csv, moodle_csv
from grader.report.render import overview_row, queue_rows, render_index
from grader.report.terminal import print_batch_summary

GOLDENS = Path(__file__).resolve().parent / "goldens"
#: Results documents of graded batches: the whole visible corpus (every format, code parts,
#: pages read by OCR) and the small batch of hostile entries (unreadable submissions, odd ids).
DOCUMENTS = [GOLDENS / "corpus" / "results.json", GOLDENS / "results.json"]


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _compact(document: dict, every: int = 1) -> dict:
    """``document`` with every ``every``-th student (from the first) as its compact record."""
    return {**document, "students": [compact_student(s) if i % every == 0 else s
                                     for i, s in enumerate(document["students"])]}


def _summary(document: dict) -> str:
    buf = io.StringIO()
    print_batch_summary(document, "out/", 1.0, file=buf)
    return buf.getvalue()


PAGES = [
    ("index.html", render_index),
    ("grades.csv", grades_csv),
    ("moodle.csv", moodle_csv),
    ("canvas.csv", canvas_csv),
    ("terminal summary", _summary),
]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.parent.name)
@pytest.mark.parametrize("name, make", PAGES, ids=[name for name, _ in PAGES])
@pytest.mark.parametrize("every", [1, 2], ids=["all records", "half records"])
def test_pages_from_records_are_the_pages_from_whole_dicts(path, name, make, every):
    document = _load(path)
    assert make(_compact(document, every)) == make(document)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.parent.name)
def test_a_record_is_smaller_and_groups_each_answer_as_its_whole_part_does(path):
    document = _load(path)
    assert len(document["students"]) > 1
    for student in document["students"]:
        record = compact_student(student)
        assert len(json.dumps(record)) < len(json.dumps(student))
        assert [p["id"] for p in record["parts"]] == [p["id"] for p in student["parts"]]
        for whole, part in zip(student["parts"], record["parts"]):
            assert part["answer_key"] == answer_key(whole) == answer_key(part)
    compact = _compact(document)
    for part in document["parts"]:
        mine = [(g.key, g.shown, g.verdict, g.score, g.mistake, [s["id"] for s, _ in g.members])
                for g in answer_groups(compact, part["id"])]
        assert mine == [(g.key, g.shown, g.verdict, g.score, g.mistake, [s["id"] for s, _ in g.members])
                        for g in answer_groups(document, part["id"])]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.parent.name)
def test_review_queue_rows_made_by_workers_are_sorted_and_joined_as_they_are(path):
    """index.html takes each student's review queue rows as a worker made them (``queue_rows``)
    and makes here only those it is not given: the same bytes either way."""
    document = _load(path)
    students = document["students"]
    queued = [queue_rows(document, s) for s in students]
    rows = [overview_row(s) for s in students]
    assert sum(len(q) for q in queued) > 0
    assert render_index(document, rows, queued) == render_index(document)
    some = [q if i % 3 else None for i, q in enumerate(queued)]
    assert render_index(_compact(document), rows, some) == render_index(document)
    with pytest.raises(ValueError, match="review queue rows for"):
        render_index(document, rows, queued[:-1])


def _roster(tmp_path: Path, document: dict) -> dict:
    from grader.identities import read_roster

    first = document["students"][0]["id"]
    path = tmp_path / "roster.csv"
    path.write_text(f"submission,email,id_number\n{first},first@example.edu,22B001\n", encoding="utf-8")
    return read_roster(path)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.parent.name)
@pytest.mark.parametrize("roster", [False, True], ids=["no roster", "a roster"])
@pytest.mark.parametrize("changed", [False, True], ids=["no person's change", "a person's override"])
@pytest.mark.parametrize("every", [1, 2], ids=["all lines", "half the lines"])
def test_exports_from_lines_workers_made_are_the_exports_from_whole_dicts(path, roster, changed, every, tmp_path):
    """Workers make each student's lines of grades.csv, moodle.csv and canvas.csv (``export_lines``);
    the exports take them as they are and make the others, and grades.csv makes every line when
    a person changed a grade (its last column): the same bytes as from the whole dicts."""
    from grader.report.exports import export_lines

    document = _load(path)
    people = _roster(tmp_path, document) if roster else None
    header = {k: v for k, v in document.items() if k != "students"}
    lines = [export_lines(header, s, people) if i % every == 0 else None for i, s in enumerate(document["students"])]
    if changed:  # a student a person changed is a new dict: its worker's lines are not given (api)
        lines[-1] = None
        student = document["students"][-1]
        part = student["parts"][0]
        student["parts"][0] = {**part, "override": {"score": 0, "note": "read by hand", "original_score": part["score"],
                                                     "original_verdict": part["verdict"]}}
    assert grades_csv(document, [line and line[0] for line in lines]) == grades_csv(document)
    assert moodle_csv(document, people, [line and line[1] for line in lines]) == moodle_csv(document, people)
    assert canvas_csv(document, people, [line and line[2] for line in lines]) == canvas_csv(document, people)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.parent.name)
def test_only_the_wrong_answer_groups_asked_for_are_made_and_they_are_the_same(path):
    from grader.groups import groups_of

    document = _load(path)
    for part in document["parts"]:
        answers = [(s, p) for s in document["students"] if s["status"] == "graded"
                   for p in s["parts"] if p["id"] == part["id"]]
        every = groups_of(part["id"], answers)
        assert groups_of(part["id"], answers, ("incorrect", "partial")) == \
            [g for g in every if g.verdict in ("incorrect", "partial")]
