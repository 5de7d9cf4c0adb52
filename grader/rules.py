"""Group decisions carried out: a person's rubric rule for one answer group becomes override rows.

A rule (``{"part", "answer", "score", "note"}``, kept in the gradebook) names a part and an
answer group (``grader.groups.answer_key``). It is carried out as rows of overrides.csv marked
with the group, so the file stays the portable record of every person's score, and it is
carried out again after every grading: a later submission with the same answer gets the
rule's score, and a student whose answer left the group loses it. Pure.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from .groups import answer_key
from .overrides import Override

__all__ = ["rule_overrides"]


def rule_overrides(document: dict, overrides: Sequence[Override], rules: Iterable[Mapping]) -> tuple[Override, ...]:
    """``overrides`` with the rows the group decisions in force give, for the answers of ``document``.

    Each rule (``{"part", "answer", "score", "note"}``) gives its score to every student whose
    answer to its part is in its group, unless a person decided that part for that student
    alone. A row a rule gave earlier is dropped when the student's answer left the group, or
    the rule was removed. ``document`` is the machine's (``strip_overrides``); the order of the
    rows is kept, new ones last by student.
    """
    rules = {(r["part"], r["answer"]): r for r in rules}
    personal = {(o.student, o.part) for o in overrides if not o.rule}
    keys = {(s["id"], p["id"]): answer_key(p) for s in document["students"] if s["status"] == "graded"
            for p in s["parts"]}
    kept = [o for o in overrides
            if not o.rule or ((o.part, o.rule) in rules and keys.get((o.student, o.part)) == o.rule)]
    wanted: dict[tuple[str, str], Override] = {}
    for (sid, pid), key in sorted(keys.items()):
        rule = rules.get((pid, key))
        if rule is not None and (sid, pid) not in personal:
            wanted[(sid, pid)] = Override(sid, pid, round(float(rule["score"]), 4), str(rule["note"]), rule=key)
    out = [wanted.pop((o.student, o.part), o) if o.rule else o for o in kept]
    return tuple(out + list(wanted.values()))
