"""The regrade diff: whose score changed since the grades were last published, by how much, and why.

Pure: it compares two sets of ``Snapshot`` (a student's dict as in results.json, overrides
applied, with the hashes of what it was graded from) and says, per student whose score
changed, every part whose grade changed with the evidence a TA needs to answer a regrade
request: the spec or the submission or the grader changed, the expected value, what was
read and where, the known mistake recognised, the feedback, a person's override.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

#: Score differences smaller than this are rounding, not a change.
EPSILON = 1e-9


@dataclass(frozen=True)
class Snapshot:
    """A student's published grade and what it was graded from."""

    student: Mapping[str, Any]
    """The student's dict as written to results.json, overrides applied. Of a student whose
    score is the same on both sides only ``score`` is read."""
    content_hash: str
    """The submission's bytes."""
    spec_hash: str
    """The spec and its reference module."""
    engine: str
    """The grader's own code."""


@dataclass(frozen=True)
class PartChange:
    """One part whose score or verdict changed."""

    part: str
    old_score: float
    new_score: float
    old_verdict: str
    new_verdict: str
    why: tuple[str, ...]
    """What differs, in words a TA can quote."""


@dataclass(frozen=True)
class StudentChange:
    """A student whose total changed."""

    student: str
    old_score: float
    new_score: float
    why: tuple[str, ...]
    """What changed for the whole submission (the spec, the file, the grader)."""
    parts: tuple[PartChange, ...]

    @property
    def delta(self) -> float:
        """New total minus old."""
        return round(self.new_score - self.old_score, 4)


@dataclass(frozen=True)
class RegradeDiff:
    """Everything that changed between two publications of a class's grades."""

    changed: tuple[StudentChange, ...]
    """Students whose score changed, by id."""
    added: tuple[str, ...]
    """Students graded now and not before."""
    removed: tuple[str, ...]
    """Students graded before and not now."""
    unchanged: int
    """Students in both whose score is the same."""
    old_specs: tuple[str, ...]
    new_specs: tuple[str, ...]
    first: bool = False
    """Nothing was published before: everyone is new."""


def _short(digest: str) -> str:
    return digest[:12]


def _text(value: Any) -> str:
    return "nothing" if value in (None, "") else repr(str(value)) if isinstance(value, str) else str(value)


def _machine(part: Mapping[str, Any]) -> tuple[float, str]:
    o = part.get("override")
    return (o["original_score"], o["original_verdict"]) if o else (part["score"], part["verdict"])


def _where(part: Mapping[str, Any]) -> str:
    ev = part.get("evidence") or {}
    return f" at {ev['file']}:{ev['line']}" if ev.get("file") else ""


def _part_why(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[str, ...]:
    why: list[str] = []
    o_old, o_new = old.get("override"), new.get("override")
    if o_old != o_new:
        if o_new and not o_old:
            why.append(f"a person gave {o_new['score']:g} points: {o_new['note']}")
        elif o_old and not o_new:
            why.append("the person's override was removed; the machine's grade stands")
        else:
            why.append(f"a person's score changed from {o_old['score']:g} to {o_new['score']:g}: {o_new['note']}")
    if (o_old or o_new) and _machine(old) != _machine(new):
        (s0, v0), (s1, v1) = _machine(old), _machine(new)
        note = " (a person's override decides the score)" if o_new else ""
        why.append(f"the machine's grade went from {v0} {s0:g} to {v1} {s1:g}{note}")
    if old.get("expected") != new.get("expected"):
        why.append(f"expected {_text(old.get('expected'))} -> {_text(new.get('expected'))}")
    if old.get("found") != new.get("found") or _where(old) != _where(new):
        why.append(f"read {_text(old.get('found'))}{_where(old)} -> {_text(new.get('found'))}{_where(new)}")
    if old.get("mistake") != new.get("mistake"):
        why.append(f"known mistake {old.get('mistake') or 'none'} -> {new.get('mistake') or 'none'}")
    if old.get("feedback") != new.get("feedback") and new.get("feedback"):
        why.append(f"now: {new['feedback']}")
    if not why:  # the same reading and the same judgement, worth other points: the credit or points changed
        mistake = f" (known mistake {new['mistake']})" if new.get("mistake") else ""
        why.append(f"the same answer{mistake} is worth {new['score']:g} now, not {old['score']:g}: "
                   f"its credit or the part's points changed")
    return tuple(why)


def _student_why(old: Snapshot, new: Snapshot) -> tuple[str, ...]:
    why: list[str] = []
    if old.content_hash != new.content_hash:
        why.append("the submission changed")
    if old.spec_hash != new.spec_hash:
        why.append(f"the spec changed ({_short(old.spec_hash)} -> {_short(new.spec_hash)})")
    if old.engine != new.engine:
        why.append("the grader changed")
    if old.student.get("status") != new.student.get("status"):
        why.append(f"{old.student.get('status')} -> {new.student.get('status')}"
                   + (f": {new.student['error']}" if new.student.get("error") else ""))
    return tuple(why)


def regrade_diff(old: Mapping[str, Snapshot], new: Mapping[str, Snapshot]) -> RegradeDiff:
    """Compare the last published grades (``old``) with this grading's (``new``), both by student id."""
    changed = []
    unchanged = 0
    for sid in sorted(set(old) & set(new)):
        a, b = old[sid], new[sid]
        if abs(a.student["score"] - b.student["score"]) <= EPSILON:
            unchanged += 1
            continue
        parts_a = {p["id"]: p for p in a.student["parts"]}
        parts = []
        for p in b.student["parts"]:
            q = parts_a.get(p["id"])
            if q is None:
                parts.append(PartChange(p["id"], 0.0, p["score"], "absent", p["verdict"],
                                        ("the spec has a new part",)))
            elif abs(q["score"] - p["score"]) > EPSILON or q["verdict"] != p["verdict"]:
                parts.append(PartChange(p["id"], q["score"], p["score"], q["verdict"], p["verdict"], _part_why(q, p)))
        ids_b = {p["id"] for p in b.student["parts"]}
        for q in a.student["parts"]:
            if q["id"] not in ids_b:
                parts.append(PartChange(q["id"], q["score"], 0.0, q["verdict"], "absent",
                                        ("the spec no longer has this part",)))
        changed.append(StudentChange(sid, a.student["score"], b.student["score"], _student_why(a, b), tuple(parts)))
    return RegradeDiff(tuple(changed), tuple(sorted(set(new) - set(old))), tuple(sorted(set(old) - set(new))),
                       unchanged, tuple(sorted({s.spec_hash for s in old.values()})),
                       tuple(sorted({s.spec_hash for s in new.values()})), first=not old)


def diff_document(diff: RegradeDiff) -> dict:
    """The diff as JSON for OUT/regrade.json: sorted, no times, the same for the same grades."""
    return {
        "first_grading": diff.first,
        "spec_before": list(diff.old_specs),
        "spec_now": list(diff.new_specs),
        "changed": [{
            "id": c.student, "old_score": c.old_score, "new_score": c.new_score, "delta": c.delta,
            "why": list(c.why),
            "parts": [{"id": p.part, "old_score": p.old_score, "new_score": p.new_score,
                       "old_verdict": p.old_verdict, "new_verdict": p.new_verdict, "why": list(p.why)}
                      for p in c.parts],
        } for c in diff.changed],
        "added": list(diff.added),
        "removed": list(diff.removed),
        "unchanged": diff.unchanged,
    }


def summary_lines(diff: RegradeDiff) -> list[str]:
    """What a TA reads after ``grader grade``: one line per changed student, one per changed part."""
    if diff.first:
        return []
    n = len(diff.changed)
    head = f"regrade: {n} student{'s' if n != 1 else ''} with a changed score"
    if diff.old_specs != diff.new_specs:
        head += (f" (the spec changed: {', '.join(map(_short, diff.old_specs)) or 'none'} -> "
                 f"{', '.join(map(_short, diff.new_specs)) or 'none'})")
    extra = [f"{len(diff.added)} new" if diff.added else "", f"{len(diff.removed)} gone" if diff.removed else ""]
    extra = [e for e in extra if e]
    lines = [head + (f"; {', '.join(extra)}" if extra else "")]
    for c in diff.changed:
        why = f" ({'; '.join(c.why)})" if c.why else ""
        lines.append(f"  {c.student}: {c.old_score:g} -> {c.new_score:g} ({c.delta:+g}){why}")
        for p in c.parts:
            lines.append(f"    {p.part}: {p.old_verdict} {p.old_score:g} -> {p.new_verdict} {p.new_score:g}: "
                         f"{'; '.join(p.why)}")
    return lines
