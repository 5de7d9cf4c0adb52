"""Grade files that learning platforms import: Moodle's grade import CSV and Canvas's gradebook CSV.

Both are made from the results document. The student id is the name of the submission's
file or folder, so name submissions by the platform's identifier (Moodle's "ID number",
Canvas's "SIS User ID"), as the platforms' own bulk downloads already do.
"""

from __future__ import annotations

import csv
import io
from typing import Mapping, Sequence

from ..identities import Identity, identity

from .cells import text_cell


def _num(value: float) -> str:
    return f"{value:g}"


def _feedback(student: dict, titles: Mapping[str, str]) -> str:
    """One line per part: verdict and points, and where a person changed or should check it."""
    if student["status"] == "error":
        return f"Could not be graded: {student.get('error') or 'unreadable submission'}"
    lines = []
    for p in student["parts"]:
        line = f"{titles.get(p['id'], p['id'])}: {p['verdict']}, {_num(p['score'])}/{_num(p['max_score'])}"
        override = p.get("override")
        if override:
            note = f": {override['note']}" if override.get("note") else ""
            line += f" (changed by a person{note})"
        elif p["review"]:
            line += " (to be checked by a person)"
        lines.append(line)
    return "\n".join(lines)


def _own(student_id: str, who: Identity) -> str:
    """The submission's id as the institution's id: only when no platform number says who it is
    (submissions named by their ID number, as before rosters)."""
    return "" if who.number else student_id


def _titles(document: dict) -> dict[str, str]:
    return {p["id"]: p.get("title") or p["id"] for p in document["parts"]}


def moodle_csv(document: dict, roster: Mapping[str, Identity] | None = None,
               lines: Sequence[str | None] | None = None) -> str:
    """Moodle's offline grading worksheet, which its gradebook's CSV import reads too.

    Assignment → View all submissions → Upload grading worksheet matches "Identifier"
    ("Participant N", N taken from the download's folder names) and reads "Grade" and
    "Feedback comments". Grades → Import → CSV file can match "ID number" or "Email address"
    (from the roster; "ID number" is the submission's id when no roster gives one).

    ``lines``: each student's line as its worker made it (``moodle_line``), None where it is made here.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["Identifier", "Full name", "Email address", "ID number", "Grade", "Maximum Grade",
                     "Feedback comments"])
    titles = _titles(document)
    for k, s in enumerate(document["students"]):
        line = lines[k] if lines is not None else None
        if line is None:
            writer.writerow(_moodle_row(s, titles, roster))
        else:
            buf.write(line)
    return buf.getvalue()


def _moodle_row(student: dict, titles: Mapping[str, str], roster: Mapping[str, Identity] | None) -> list[str]:
    who = identity(student["id"], roster)
    return [f"Participant {who.number}" if who.number else "", text_cell(who.name), text_cell(who.email),
            text_cell(who.id_number or _own(student["id"], who)), _num(student["score"]), _num(student["max_score"]),
            text_cell(_feedback(student, titles))]


def moodle_line(document: dict, student: dict, roster: Mapping[str, Identity] | None = None) -> str:
    """The student's line of moodle.csv (``document``: the results document or its header)."""
    return csv_line(_moodle_row(student, _titles(document), roster))


def canvas_line(student: dict, roster: Mapping[str, Identity] | None = None) -> str:
    """The student's line of canvas.csv."""
    return csv_line(_canvas_row(student, roster))


def csv_line(row: list[str]) -> str:
    """One row as the exports' CSV writer writes it, line end included."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def canvas_csv(document: dict, roster: Mapping[str, Identity] | None = None,
               lines: Sequence[str | None] | None = None) -> str:
    """Canvas's gradebook import: Student, ID, SIS User ID, SIS Login ID, Section, then the assignment.

    The second row gives the points possible. Canvas matches a row by "ID" (its own user
    number, taken from the download's file names or the roster) or else by "SIS User ID"
    (the roster's, else the submission's id).

    ``lines``: each student's line as its worker made it (``canvas_line``), None where it is made here.
    """
    title = document.get("title") or document["assignment"]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", title])
    writer.writerow(["Points Possible", "", "", "", "", _num(document["max_score"])])
    for k, s in enumerate(document["students"]):
        line = lines[k] if lines is not None else None
        if line is None:
            writer.writerow(_canvas_row(s, roster))
        else:
            buf.write(line)
    return buf.getvalue()


def _canvas_row(student: dict, roster: Mapping[str, Identity] | None) -> list[str]:
    who = identity(student["id"], roster)
    return [text_cell(who.name or student["id"]), who.number, text_cell(who.id_number or _own(student["id"], who)),
            text_cell(who.login), "", _num(student["score"])]
