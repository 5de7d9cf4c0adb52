"""A student's compact record: the few fields of its dict that the class's pages and exports read.

The worker that grades a submission makes it (``student_outputs``), beside the student's
results.json text and report, so the grader's own process builds index.html (statistics,
answer groups, review queue, errors), grades.csv, moodle.csv, canvas.csv and the terminal's
summary without decoding any student's whole dict: on many cores that decoding was part of
the serial work that limits a batch. A record has the dict's shape (the same keys, fewer of
them), so every page reads a record as it reads a dict, and makes the same bytes from it
(``tests/report/test_compact.py`` holds that). Two keys are a record's own, worked out by the
worker from the whole part: ``answer_key``, its answer group (``groups.answer_key`` reads it
where it is: no number parsed, no formula hashed here), and, for a wrong answer, ``shown``,
the answer as the overview's common wrong answers show it (``render.shown_value``, escaped:
no LaTeX typeset here, where the typesetter is not even loaded otherwise).

A record is never written: results.json, the students' reports and the regrade diff read
the whole dict, which the grader's process decodes (from the gradebook row's text) only for
a student whose outputs it makes again (a person's decision, an id two entries share, a
grade that changed since the last run).
"""

from __future__ import annotations

from typing import Any, Mapping

from markupsafe import escape

from ..groups import answer_key
from .render import shown_value

#: What a record keeps of a student's dict (where the dict has it), and why.
STUDENT_FIELDS = (
    ("id", "every page names the student by it"),
    ("name", "the name handed in, where the id had to be made safe"),
    ("status", "graded or error: statistics count graded students only"),
    ("error", "why an unreadable submission could not be graded (the overview's list, the LMS feedback)"),
    ("score", "totals, the histogram, the mean and median, every export"),
    ("max_score", "the exports' maximum"),
    ("review", "the overview counts students with a part to check"),
    ("files", "the command line warns about a submission with no file"),
    ("warnings", "an id two entries share adds one"),
)

#: What a record keeps of each part, and why.
PART_FIELDS = (
    ("id", "the part's column and statistics"),
    ("verdict", "verdict counts, the queue, the LMS feedback, answer groups"),
    ("score", "means, the queue's points at stake, every export"),
    ("max_score", "the queue's points at stake, the LMS feedback"),
    ("review", "flag counts and the review queue"),
    ("review_reasons", "the queue's why"),
    ("found", "the answer groups' key and the spelling most students used"),
    ("mistake", "the answer groups: a known mistake is one group"),
    ("feedback", "a code part's group is what happened to it (its feedback's first words); a row's tooltip"),
)

#: The part's ``details`` a record keeps, and why.
DETAIL_FIELDS = (
    ("read_by", "a part read by OCR alone comes last in the review queue"),
)

_STUDENT = tuple(name for name, _ in STUDENT_FIELDS)
_PART = tuple(name for name, _ in PART_FIELDS)
_DETAILS = tuple(name for name, _ in DETAIL_FIELDS)


def compact_student(student: Mapping[str, Any]) -> dict:
    """``student``'s record: its dict's ``STUDENT_FIELDS`` and of each part ``PART_FIELDS``,
    in the dict's own order, with the details the pages read."""
    record = {k: v for k, v in student.items() if k in _STUDENT}
    record["parts"] = [_part(p) for p in student["parts"]]
    return record


def _part(part: Mapping[str, Any]) -> dict:
    out = {k: v for k, v in part.items() if k in _PART}
    details = part.get("details") or {}
    kept = {k: details[k] for k in _DETAILS if k in details}
    if kept:  # no empty one: a record is unpickled by the grader's process, its objects cost there
        out["details"] = kept
    out["answer_key"] = answer_key(part)
    if part.get("found") is not None and part["verdict"] in ("incorrect", "partial"):
        out["shown"] = str(escape(shown_value(str(part["found"]))))
    return out
