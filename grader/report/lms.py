"""Grade files that learning platforms import: Moodle's grade import CSV and Canvas's gradebook CSV.

Both are made from the results document. The student id is the name of the submission's
file or folder, so name submissions by the platform's identifier (Moodle's "ID number",
Canvas's "SIS User ID"), as the platforms' own bulk downloads already do.
"""

from __future__ import annotations

import csv
import io
from typing import Mapping

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


def moodle_csv(document: dict, roster: Mapping[str, Identity] | None = None) -> str:
    """Moodle's offline grading worksheet, which its gradebook's CSV import reads too.

    Assignment → View all submissions → Upload grading worksheet matches "Identifier"
    ("Participant N", N taken from the download's folder names) and reads "Grade" and
    "Feedback comments". Grades → Import → CSV file can match "ID number" or "Email address"
    (from the roster; "ID number" is the submission's id when no roster gives one).
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["Identifier", "Full name", "Email address", "ID number", "Grade", "Maximum Grade",
                     "Feedback comments"])
    titles = _titles(document)
    for s in document["students"]:
        who = identity(s["id"], roster)
        writer.writerow([f"Participant {who.number}" if who.number else "", text_cell(who.name), text_cell(who.email),
                         text_cell(who.id_number or _own(s["id"], who)), _num(s["score"]), _num(s["max_score"]),
                         text_cell(_feedback(s, titles))])
    return buf.getvalue()


def canvas_csv(document: dict, roster: Mapping[str, Identity] | None = None) -> str:
    """Canvas's gradebook import: Student, ID, SIS User ID, SIS Login ID, Section, then the assignment.

    The second row gives the points possible. Canvas matches a row by "ID" (its own user
    number, taken from the download's file names or the roster) or else by "SIS User ID"
    (the roster's, else the submission's id).
    """
    title = document.get("title") or document["assignment"]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", title])
    writer.writerow(["Points Possible", "", "", "", "", _num(document["max_score"])])
    for s in document["students"]:
        who = identity(s["id"], roster)
        writer.writerow([text_cell(who.name or s["id"]), who.number, text_cell(who.id_number or _own(s["id"], who)),
                         text_cell(who.login), "", _num(s["score"])])
    return buf.getvalue()
