"""Who a submission is on the course's platform: its number there, email, name, institutional id.

Two sources, the second completing the first:

1. **The submission's own name.** The platforms' bulk downloads name a student's files by
   the platform's own number, and the grader's ids keep it (``grader.ingest.entries``):

   ==========  ==============================  ====================================================
   platform    student id (from the name)      what it gives
   ==========  ==============================  ====================================================
   Moodle      ``Asha Rao_100001``             participant 100001 (the grading worksheet's
                                               "Identifier"), full name "Asha Rao"
   Canvas      ``raoasha_100001``              Canvas user 100001 (the gradebook's "ID")
   ==========  ==============================  ====================================================

2. **A roster** (``grader grade --roster FILE``, kept as OUT/roster.csv), as the platform
   exports it or written by hand; its kind is told by its columns:

   - Moodle's participants download: ``First name``, ``Last name`` (or ``Surname``),
     ``ID number``, ``Email address``: matched by full name;
   - Canvas's gradebook export: ``Student``, ``ID``, ``SIS User ID``, ``SIS Login ID``:
     matched by Canvas's ``ID``;
   - a plain CSV: ``submission`` (the submission's name, as the student id) and any of
     ``platform_id``, ``email``, ``name``, ``id_number``, ``sis_id``, ``login``.

Pure, except ``read_roster``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Mapping

from .errors import UsageError

#: The roster's name inside the output folder.
ROSTER_NAME = "roster.csv"

#: A student id that ends in a platform's number: the name before it, the number.
_NUMBERED = re.compile(r"^(?P<name>.+?)_(?P<number>\d{2,})$")


@dataclass(frozen=True)
class Identity:
    """A student as the course's platform knows them; empty fields are unknown."""

    number: str = ""
    """The platform's own number: Moodle's participant id, Canvas's user id."""
    name: str = ""
    email: str = ""
    id_number: str = ""
    """The institution's id (Moodle's "ID number", Canvas's "SIS User ID")."""
    login: str = ""
    """Canvas's "SIS Login ID"."""


def from_student_id(student_id: str) -> Identity:
    """What a platform's download name tells (see the module's table); nothing for other ids."""
    m = _NUMBERED.match(student_id)
    if m is None:
        return Identity()
    name = m["name"]
    # Moodle writes the full name ("Asha Rao"); Canvas a login-like word ("raoasha"): a name only from Moodle.
    return Identity(number=m["number"], name=name if (" " in name or name[:1].isupper()) else "")


def _columns(header: list[str]) -> dict[str, int]:
    return {h.strip().lower(): i for i, h in enumerate(header)}


def read_roster(path: str | Path) -> dict[str, Identity]:
    """A roster's identities by key: ``name:<full name>``, ``number:<platform number>`` or ``id:<submission>``.

    Raises ``UsageError`` naming the file for one that cannot be read or whose columns say
    no kind of roster.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: the roster cannot be read ({exc}); save it as UTF-8 CSV") from None
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        raise UsageError(f"{path}: the roster is empty")
    col = _columns(rows[0])

    def cell(row: list[str], *names: str) -> str:
        for n in names:
            if n in col and col[n] < len(row):
                return row[col[n]].strip()
        return ""

    found: dict[str, Identity] = {}
    if "first name" in col and ("last name" in col or "surname" in col):
        for row in rows[1:]:
            name = f"{cell(row, 'first name')} {cell(row, 'last name', 'surname')}".strip()
            if name:
                found[f"name:{name.casefold()}"] = Identity(name=name, email=cell(row, "email address"),
                                                            id_number=cell(row, "id number"))
    elif "student" in col and "id" in col and "sis user id" in col:
        for row in rows[1:]:
            if cell(row, "student").strip().lower() == "points possible" or not cell(row, "id"):
                continue
            found[f"number:{cell(row, 'id')}"] = Identity(
                number=cell(row, "id"), name=cell(row, "student"), id_number=cell(row, "sis user id"),
                login=cell(row, "sis login id"))
    elif "submission" in col:
        for row in rows[1:]:
            if cell(row, "submission"):
                found[f"id:{cell(row, 'submission')}"] = Identity(
                    number=cell(row, "platform_id"), name=cell(row, "name"), email=cell(row, "email"),
                    id_number=cell(row, "id_number", "sis_id"), login=cell(row, "login"))
    else:
        raise UsageError(f"{path}:1: not a roster: give Moodle's participants download (First name, Last name, "
                         f"ID number, Email address), Canvas's gradebook export (Student, ID, SIS User ID) or a "
                         f"CSV with a 'submission' column")
    return found


def identity(student_id: str, roster: Mapping[str, Identity] | None = None) -> Identity:
    """Everything known of a student: the roster's row for them, completed by their download name."""
    own = from_student_id(student_id)
    roster = roster or {}
    row = (roster.get(f"id:{student_id}") or (own.number and roster.get(f"number:{own.number}"))
           or (own.name and roster.get(f"name:{own.name.casefold()}")) or None)
    if row is None:
        return own
    return replace(row, number=row.number or own.number, name=row.name or own.name)
