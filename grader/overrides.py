"""A person's decisions: a TA's score for a part, kept in OUT/overrides.csv, over every regrade.

The file is the record. ``grader override STUDENT PART --score S --note "..."`` writes a row,
and a TA may edit it in a spreadsheet too::

    student,part,score,note
    s07_sign_slip,q1.a,3,"The sign slip is in the last line only: full credit (AB, office hours)"

Every ``grader grade`` applies the file after grading, so an override outlives any change
of the spec or the submission. In results.json an overridden part keeps the machine's
grade beside the person's (the data contract shared with the reports)::

    "score": 3.0, "verdict": "correct",          # the person's
    "override": {"score": 3.0, "verdict": "correct", "note": "...",
                 "original_score": 1.5, "original_verdict": "partial"}

and the student carries ``"overrides": <count>`` and a ``score`` that is the total with them.
A part's ``review`` flag and everything the machine read are left as they were. Without
overrides a document is unchanged, byte for byte.

Everything here is pure except ``read_overrides`` and ``write_overrides``.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .errors import OverrideError

#: The file's name inside the output folder.
OVERRIDES_NAME = "overrides.csv"
#: Its columns, in the order ``write_overrides`` writes them.
COLUMNS = ("student", "part", "score", "note")
#: The optional last column: the answer group a group decision gave this row for (written only when one did).
RULE_COLUMN = "rule"


@dataclass(frozen=True)
class Override:
    """A person's score for one part of one student's submission."""

    student: str
    """The student id, as in results.json."""
    part: str
    """The part id of the spec."""
    score: float
    """Points given, from 0 to the part's points."""
    note: str
    """Why: shown next to the score in every report."""
    line: int | None = None
    """The row's line in the overrides file (for messages); None when not read from a file."""
    rule: str = ""
    """The answer group (``grader.groups.answer_key``) whose group decision this row carries out;
    empty for a decision about this student alone."""


def verdict_for(score: float, max_score: float) -> str:
    """The verdict a person's score means: all points correct, none incorrect, else partial."""
    if score >= max_score:
        return "correct"
    return "incorrect" if score <= 0 else "partial"


def parse_score(text: str, where: str) -> float:
    """A score as a TA types it (``3``, ``1.5``), rounded like every part's score."""
    try:
        score = float(text.strip())
    except ValueError:
        raise OverrideError(f"{where}: the score {text.strip()!r} is not a number; write points, e.g. 2.5") from None
    if not math.isfinite(score) or score < 0:
        raise OverrideError(f"{where}: the score {text.strip()} cannot be given; write points from 0 up")
    return round(score, 4)


def read_overrides(path: str | Path) -> tuple[Override, ...]:
    """The overrides in ``path``, in file order; none when the file does not exist.

    Raises ``OverrideError`` naming the file and line of a row that cannot be used.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # a spreadsheet may write a byte-order mark
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError) as exc:
        raise OverrideError(f"{path}: cannot be read ({exc}); save it as UTF-8 CSV") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    names = [h.strip().lower() for h in header or ()]
    missing = [c for c in COLUMNS if c not in names]
    if missing:
        raise OverrideError(f"{path}:1: the first row must name the columns {','.join(COLUMNS)} "
                            f"(missing: {', '.join(missing)})")
    col = {c: names.index(c) for c in COLUMNS}
    if RULE_COLUMN in names:
        col[RULE_COLUMN] = names.index(RULE_COLUMN)
    found: list[Override] = []
    first: dict[tuple[str, str], int] = {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        cells = {c: (row[i].strip() if i < len(row) else "") for c, i in col.items()}
        where = f"{path}:{line}"
        if not cells["student"] or not cells["part"]:
            raise OverrideError(f"{where}: a row needs a student id and a part id")
        if not cells["note"]:
            raise OverrideError(f"{where}: the note is empty; say why the score was changed")
        key = (cells["student"], cells["part"])
        if key in first:
            raise OverrideError(f"{where}: a second override of {key[0]} {key[1]} (the first is on line "
                                f"{first[key]}); keep one row")
        first[key] = line
        found.append(Override(cells["student"], cells["part"], parse_score(cells["score"], where), cells["note"],
                              line, cells.get(RULE_COLUMN, "")))
    return tuple(found)


def write_overrides(path: str | Path, overrides: Iterable[Override]) -> None:
    """Write the file whole, through a temporary name, so a reader never sees half of it."""
    path = Path(path)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    overrides = list(overrides)
    rules = any(o.rule for o in overrides)
    writer.writerow(COLUMNS + ((RULE_COLUMN,) if rules else ()))
    for o in overrides:
        writer.writerow([o.student, o.part, f"{o.score:g}", o.note] + ([o.rule] if rules else []))
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(buf.getvalue(), encoding="utf-8")
    tmp.replace(path)


def with_override(overrides: Sequence[Override], new: Override) -> tuple[Override, ...]:
    """``overrides`` with ``new`` in place of the row for the same student and part (or added last)."""
    out = [new if (o.student, o.part) == (new.student, new.part) else o for o in overrides]
    if not any((o.student, o.part) == (new.student, new.part) for o in overrides):
        out.append(new)
    return tuple(out)


def without_override(overrides: Sequence[Override], student: str, part: str) -> tuple[Override, ...]:
    """``overrides`` without the row for ``student`` and ``part``."""
    return tuple(o for o in overrides if (o.student, o.part) != (student, part))


def _where(o: Override, source: str) -> str:
    return f"{source}:{o.line}" if o.line is not None else f"override of {o.student} {o.part}"


def check_overrides(overrides: Iterable[Override], part_points: Mapping[str, float], *,
                    source: str = OVERRIDES_NAME) -> list[str]:
    """Refuse a score over the part's points (``OverrideError``); warn of parts the spec does not have."""
    warnings = []
    for o in overrides:
        if o.part not in part_points:
            warnings.append(f"{_where(o, source)}: the spec has no part '{o.part}'; this override is kept but "
                            f"not applied")
        elif o.score > part_points[o.part]:
            raise OverrideError(f"{_where(o, source)}: {o.score:g} points is more than part {o.part}'s "
                                f"{part_points[o.part]:g}; give at most {part_points[o.part]:g}")
    return warnings


def apply_to_student(student: dict, overrides: Sequence[Override]) -> dict:
    """The student's dict with ``overrides`` (all for this student) applied; a new dict when any apply."""
    mine = {o.part: o for o in overrides}
    if not any(p["id"] in mine for p in student["parts"]):
        return student
    out = copy.copy(student)
    parts = []
    for p in student["parts"]:
        o = mine.get(p["id"])
        if o is None or o.score > p["max_score"]:
            parts.append(p)
            continue
        verdict = verdict_for(o.score, p["max_score"])
        record = {"score": o.score, "verdict": verdict, "note": o.note,
                  "original_score": p["score"], "original_verdict": p["verdict"]}
        if o.rule:
            record["rule"] = o.rule
        parts.append({**p, "verdict": verdict, "score": o.score, "override": record})
    out["parts"] = parts
    out["score"] = round(sum(p["score"] for p in parts), 4)
    out["overrides"] = sum(1 for p in parts if "override" in p)
    return out


def apply_overrides(document: dict, overrides: Sequence[Override], *,
                    source: str = OVERRIDES_NAME) -> tuple[dict, list[str]]:
    """The results document with ``overrides`` applied, and a warning per override that found nothing.

    ``document`` is not changed; scores over a part's points raise ``OverrideError``.
    """
    warnings = check_overrides(overrides, {p["id"]: p["points"] for p in document["parts"]}, source=source)
    by_student: dict[str, list[Override]] = {}
    for o in overrides:
        by_student.setdefault(o.student, []).append(o)
    ids = {s["id"] for s in document["students"]}
    for o in overrides:
        if o.student not in ids:
            warnings.append(f"{_where(o, source)}: no student '{o.student}' in this batch; this override is kept "
                            f"but not applied")
    students = [apply_to_student(s, by_student.get(s["id"], ())) for s in document["students"]]
    return {**document, "students": students}, warnings


def strip_overrides(document: dict) -> dict:
    """The machine's document back from one with overrides applied."""
    students = []
    for s in document["students"]:
        if not any("override" in p for p in s["parts"]):
            students.append(s)
            continue
        parts = []
        for p in s["parts"]:
            if "override" in p:
                o = p["override"]
                p = {k: v for k, v in p.items() if k != "override"}
                p.update(score=o["original_score"], verdict=o["original_verdict"])
            parts.append(p)
        s = {k: v for k, v in s.items() if k != "overrides"}
        s["parts"] = parts
        s["score"] = round(sum(p["score"] for p in parts), 4)
        students.append(s)
    return {**document, "students": students}


# --- a person's review: "the machine's grade stands" -------------------------------------------

def evidence_key(part: dict) -> str:
    """What a person saw when they accepted a part: the machine's grade and the evidence it rests on.

    A resolution is kept over regrades while this stays the same; a changed answer, a changed
    excerpt or a changed machine grade opens the part again.
    """
    o = part.get("override")
    verdict, score = (o["original_verdict"], o["original_score"]) if o else (part["verdict"], part["score"])
    ev = part.get("evidence") or {}
    seen = [part.get("found"), part.get("expected"), verdict, score, ev.get("file"), ev.get("line"),
            ev.get("excerpt")]
    return hashlib.sha256(json.dumps(seen, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def apply_resolutions(document: dict, accepted: Mapping[tuple[str, str], Mapping[str, str]]) -> dict:
    """The document with ``"resolved"`` on every flagged part a person accepted as it stands.

    ``accepted`` maps (student, part) to the resolution ``{"evidence": evidence_key, "note": ...}``;
    one whose evidence is not the part's present one no longer holds. Earlier marks are
    replaced; a document without any stays the same object.
    """
    students, changed = [], False
    for s in document["students"]:
        parts, touched = [], False
        for p in s["parts"]:
            r = accepted.get((s["id"], p["id"])) if p["review"] else None
            holds = r is not None and r["evidence"] == evidence_key(p)
            mark = {"action": "accepted", "note": r.get("note") or ""} if holds else None
            if mark != p.get("resolved"):
                p = {k: v for k, v in p.items() if k != "resolved"}
                if mark:
                    p["resolved"] = mark
                touched = True
            parts.append(p)
        students.append({**s, "parts": parts} if touched else s)
        changed = changed or touched
    return {**document, "students": students} if changed else document

