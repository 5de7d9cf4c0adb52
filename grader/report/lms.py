"""Grade files that learning platforms import: Moodle's grade import CSV and Canvas's gradebook CSV.

Both are made from the results document. The student id is the name of the submission's
file or folder, so name submissions by the platform's identifier (Moodle's "ID number",
Canvas's "SIS User ID"), as the platforms' own bulk downloads already do.
"""

from __future__ import annotations

import csv
import io

from .cells import text_cell


def _num(value: float) -> str:
    return f"{value:g}"


def _feedback(student: dict) -> str:
    """One line per part: verdict and points, and where a person changed or should check it."""
    if student["status"] == "error":
        return f"Could not be graded: {student.get('error') or 'unreadable submission'}"
    lines = []
    for p in student["parts"]:
        line = f"{p['id']}: {p['verdict']}, {_num(p['score'])}/{_num(p['max_score'])}"
        override = p.get("override")
        if override:
            note = f": {override['note']}" if override.get("note") else ""
            line += f" (changed by a person{note})"
        elif p["review"]:
            line += " (to be checked by a person)"
        lines.append(line)
    return "\n".join(lines)


def moodle_csv(document: dict) -> str:
    """Moodle's "Import grades: CSV file": an identifier column, the grade, and its feedback.

    On import, map "ID number" to the user field "ID number", the assignment's column to
    its grade item and "Feedback" to that item's feedback.
    """
    title = document.get("title") or document["assignment"]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["ID number", title, "Feedback"])
    for s in document["students"]:
        writer.writerow([text_cell(s["id"]), _num(s["score"]), text_cell(_feedback(s))])
    return buf.getvalue()


def canvas_csv(document: dict) -> str:
    """Canvas's gradebook import: Student, ID, SIS User ID, SIS Login ID, Section, then the assignment.

    The second row gives the points possible. The student id goes in "SIS User ID", by
    which Canvas matches students; "ID" (Canvas's own number) is left empty.
    """
    title = document.get("title") or document["assignment"]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", title])
    writer.writerow(["Points Possible", "", "", "", "", _num(document["max_score"])])
    for s in document["students"]:
        writer.writerow([text_cell(s["id"]), "", text_cell(s["id"]), "", "", _num(s["score"])])
    return buf.getvalue()

