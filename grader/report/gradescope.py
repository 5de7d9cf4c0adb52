"""Gradescope's autograder results.json, made from one student of the results document.

Gradescope runs ``/autograder/run_autograder`` in its container for every submission and
reads ``/autograder/results/results.json``: a total ``score`` and one test per part
(``name``, ``score``, ``max_score``, ``status``, ``output``, ``visibility``). Visibility
decides when students see a test: the default, ``after_published``, shows the expected
values only once the TA publishes the grades.
"""

from __future__ import annotations

#: Gradescope's visibility values, from most to least hidden.
VISIBILITIES = ("hidden", "after_due_date", "after_published", "visible")
DEFAULT_VISIBILITY = "after_published"


def _num(value: float) -> str:
    return f"{value:g}"


def _where(evidence: dict | None) -> str:
    if not evidence:
        return ""
    page = evidence.get("page")
    at = f"page {page}, line {evidence.get('line')}" if page is not None else f"line {evidence.get('line')}"
    return f"{evidence.get('file')}, {at}"


def _output(part: dict) -> str:
    lines = [f"Verdict: {part['verdict']} ({_num(part['score'])}/{_num(part['max_score'])} points)"]
    if part.get("found") is not None:
        lines.append(f"Found: {part['found']}")
    if part.get("evidence"):
        lines.append(f"Where: {_where(part['evidence'])}")
    if part.get("expected"):
        lines.append(f"Expected: {part['expected']}")
    if part.get("feedback"):
        lines.append(part["feedback"])
    override = part.get("override")
    if override:
        note = f": {override['note']}" if override.get("note") else ""
        lines.append(f"Changed by a person{note}")
    elif part.get("review"):
        lines.append("A person will check this part.")
    return "\n".join(lines)


def gradescope_results(document: dict, student: dict, *, visibility: str = DEFAULT_VISIBILITY) -> dict:
    """The results.json Gradescope reads, for one student of ``document``."""
    if visibility not in VISIBILITIES:
        raise ValueError(f"visibility must be one of {', '.join(VISIBILITIES)}, not {visibility!r}")
    tests = []
    for number, part in enumerate(student["parts"], start=1):
        tests.append({
            "name": part["id"],
            "number": str(number),
            "score": float(part["score"]),
            "max_score": float(part["max_score"]),
            "status": "passed" if part["verdict"] == "correct" else "failed",
            "output": _output(part),
            "visibility": visibility,
            "extra_data": {"verdict": part["verdict"], "review": bool(part["review"]),
                           "overridden": bool(part.get("override"))},
        })
    if student["status"] == "error":
        summary = f"The submission could not be graded: {student.get('error')}. A person will look at it."
    else:
        flagged = sum(1 for p in student["parts"] if p["review"])
        summary = f"{_num(student['score'])} of {_num(student['max_score'])} points."
        if flagged:
            summary += f" {flagged} part{'s' if flagged != 1 else ''} will be checked by a person."
    return {
        "score": float(student["score"]),
        "output": summary,
        "visibility": visibility,
        "stdout_visibility": "hidden",
        "tests": tests,
    }
