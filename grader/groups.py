"""Answer groups: one part's answers across a class, grouped so a person can decide each group once.

Two students gave the same answer when the grader read the same thing from them, however
it was written. The rules, in the order they are tried (the first that applies names the
group; each with why):

====================  ===============================  ================================================
what the part holds   the group's key                   why
====================  ===============================  ================================================
nothing read          ``missing``                       no answer is one answer: decided once
a program             ``outcome:<what happened>``       its "answer" is a file name; what matters is
                                                        whether it ran and what it returned
a known mistake       ``mistake:<id>``                  the spec already says these are one error
                                                        (``-0.0044`` and ``-4.43e-3`` are one sign slip)
graded correct        ``correct``                       within the tolerance every spelling is the
                                                        answer: ``0.00443`` and ``0.0044318`` alike
a number              ``value:<the value read>``        ``1,228,800`` and ``1.2288 \\times 10^{6}`` are one
a formula             ``formula:<the parsed formula>``  spellings of one expression parse to one formula
anything else         ``text:<the words, no spaces>``   the last resort: the text itself
====================  ===============================  ================================================

A group decision (a rubric rule) names its part and key: it applies to every student whose
answer has that key, in this grading and in every later one. Everything here reads results
documents (the dicts of results.json) and is pure.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from typing import Collection

from .numbers import format_number, parse_number

__all__ = ["AnswerGroup", "answer_key", "answer_groups", "groups_of", "outcome"]


def outcome(part: dict) -> str:
    """A code part's feedback up to its particulars: "Wrong result", "The code did not run to the end"."""
    return re.split(r"[:(]", part.get("feedback") or "", maxsplit=1)[0].strip() or part["verdict"]


def _machine(part: dict) -> tuple[str, float]:
    """The machine's verdict and score (a person's decision set aside)."""
    o = part.get("override")
    return (o["original_verdict"], o["original_score"]) if o else (part["verdict"], part["score"])


def _machine_verdict(part: dict) -> str:
    o = part.get("override")
    return o["original_verdict"] if o else part["verdict"]


def answer_key(part: dict) -> str:
    """The group a part's answer belongs to (see the module's table); a compact record's part
    (``report.compact``) carries it, worked out from the whole part by the worker that graded it."""
    known = part.get("answer_key")
    if known is not None:
        return known
    details = part.get("details") or {}
    found = part.get("found")
    if found is None or _machine_verdict(part) == "missing":
        return "missing"
    if "run" in details or "calls" in details:
        return "outcome:" + outcome(part)
    if part.get("mistake"):
        return "mistake:" + str(part["mistake"])
    if _machine_verdict(part) == "correct":
        return "correct"
    value = details.get("value")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return "value:" + _plain(value)
        except ValueError:
            pass
    if details.get("mathml"):
        return "formula:" + hashlib.sha256(str(details["mathml"]).encode()).hexdigest()[:16]
    try:
        return "value:" + _plain(parse_number(found).value)
    except ValueError:
        return "text:" + re.sub(r"\s+", "", str(found))[:200]


def _plain(value) -> str:
    """A value as a key: a whole number without ``.0`` (a count read as 1228800.0 is 1228800)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return format_number(value)


@dataclass(frozen=True)
class AnswerGroup:
    """The students of one part who gave one answer."""

    part: str
    key: str
    """``answer_key`` of its members: what a group decision names."""
    shown: str
    """The spelling most members used (a code part: what happened)."""
    verdict: str
    """The machine's verdict of most members."""
    score: float
    """The machine's score of most members."""
    mistake: str | None
    members: tuple[tuple[dict, dict], ...]
    """(student, part) of every member, by student id."""

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def flagged(self) -> int:
        """Members a person should look at."""
        return sum(1 for _, p in self.members if p["review"])


def answer_groups(document: dict, part_id: str) -> list[AnswerGroup]:
    """Every answer to ``part_id`` among the graded students, grouped; the largest group first."""
    return groups_of(part_id, [(s, p) for s in document["students"] if s["status"] == "graded"
                               for p in s["parts"] if p["id"] == part_id])


def groups_of(part_id: str, answers: list[tuple[dict, dict]],
              verdicts: Collection[str] | None = None) -> list[AnswerGroup]:
    """``answer_groups`` of the (student, part) ``answers`` to ``part_id``, in the students' order;
    with ``verdicts``, only the groups whose verdict is one of them (the others are not made:
    a distinct class has a group of one for most of its answers, thousands of them)."""
    groups: dict[str, list[tuple[dict, dict]]] = {}
    for s, p in answers:
        groups.setdefault(answer_key(p), []).append((s, p))
    out = []
    for key, members in groups.items():
        if len(members) == 1:  # most groups of a class: the rules below, for one answer
            _, p = members[0]
            verdict, score = _machine(p)
            if verdicts is not None and verdict not in verdicts:
                continue
            found = p.get("found")
            shown = key.split(":", 1)[1] if key.startswith("outcome:") else "" if found is None else str(found)
            out.append(AnswerGroup(part_id, key, shown, verdict, score, p.get("mistake") or None, tuple(members)))
            continue
        machine = Counter(_machine(p) for _, p in members)
        (verdict, score), _ = min(machine.items(), key=lambda kv: (-kv[1], kv[0]))
        if verdicts is not None and verdict not in verdicts:
            continue
        if key.startswith("outcome:"):
            shown = key.split(":", 1)[1]
        else:
            spellings = Counter(str(p["found"]) for _, p in members if p.get("found") is not None)
            shown = min(spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0] if spellings else ""
        mistake = next((p["mistake"] for _, p in members if p.get("mistake")), None)
        out.append(AnswerGroup(part_id, key, shown, verdict, score, mistake,
                               tuple(sorted(members, key=lambda sp: sp[0]["id"]))))
    out.sort(key=lambda g: (-g.count, g.key))
    return out

