"""A person's review through the library (what ``grader serve`` calls): resolutions, group decisions, pseudonyms.

Resolutions are kept over a regrade while the evidence stays, and open again when it
changes; a group decision reaches later submissions with the same answer and leaves a
student whose answer changed; a person's own decision on one student wins over a group's.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from grader import api
from grader.groups import answer_groups, answer_key
from grader.report.stats import review_queue

Q2 = "Question 2: multiplications\nstandard convolution = {standard}\ndepthwise separable = {depthwise}\n"


def _write(folder: Path, name: str, standard: str, depthwise: str = "53952") -> None:
    (folder / f"{name}.md").write_text(Q2.format(standard=standard, depthwise=depthwise), encoding="utf-8")


def _grade(subs: Path, out: Path) -> dict:
    return api.grade_course(subs, out, run_code=False, jobs=1).document


def _part(document: dict, student: str, part: str) -> dict:
    s = next(s for s in document["students"] if s["id"] == student)
    return next(p for p in s["parts"] if p["id"] == part)


@pytest.fixture
def course(tmp_path):
    subs, out = tmp_path / "subs", tmp_path / "out"
    subs.mkdir()
    _write(subs, "ann", "999999")
    _write(subs, "ben", "999,999")
    _write(subs, "cat", "1228800")
    (subs / "eve.md").write_text("standard convolution = **999999**\nstandard convolution = **888888**\n",
                                 encoding="utf-8")  # two firm answers: flagged for a person
    _grade(subs, out)
    return subs, out


@pytest.mark.parametrize("part,key", [
    ({"found": None, "verdict": "missing", "details": {}}, "missing"),
    ({"found": "a.py", "verdict": "incorrect", "details": {"run": "ok"}, "feedback": "Wrong result: x"},
     "outcome:Wrong result"),
    ({"found": "-0.0044", "verdict": "partial", "mistake": "sign", "details": {"value": -0.0044}}, "mistake:sign"),
    ({"found": "1{,}228{,}801", "verdict": "incorrect", "details": {"value": 1228801.0}}, "value:1228801"),
    ({"found": "12,28,801", "verdict": "incorrect", "details": {}}, "value:1228801"),
    ({"found": "0.00443", "verdict": "correct", "details": {"value": 0.00443}}, "correct"),
    ({"found": "1.5", "verdict": "correct", "override": {"original_verdict": "incorrect", "original_score": 0},
      "details": {"value": 1.5}}, "value:1.5"),
    ({"found": "z - y log z", "verdict": "incorrect", "details": {"mathml": "<math>z</math>"}},
     "formula:" + __import__("hashlib").sha256(b"<math>z</math>").hexdigest()[:16]),
    ({"found": "see  page 2", "verdict": "incorrect", "details": {}}, "text:seepage2"),
], ids=["missing", "code", "mistake", "number", "indian-grouping", "correct", "machine-verdict", "formula",
        "text"])
def test_answer_keys(part, key):
    assert answer_key(part) == key


def test_spellings_of_one_value_are_one_group(course):
    _, out = course
    groups = answer_groups(api.load_results(out), "conv.standard")
    by_key = {g.key: sorted(s["id"] for s, _ in g.members) for g in groups}
    assert by_key["value:999999"] == ["ann", "ben"] and by_key["correct"] == ["cat"]


def test_accepting_shrinks_the_queue_and_holds_over_a_regrade_until_the_evidence_changes(course):
    subs, out = course
    queue = review_queue(api.load_results(out))
    assert queue, "the course has parts flagged for review"
    student, part = queue[0][0]["id"], queue[0][1]["id"]
    api.resolve(out, student, part)
    document = api.load_results(out)
    assert (student, part) not in {(s["id"], p["id"]) for s, p in review_queue(document)}
    assert _part(document, student, part)["resolved"] == {"action": "accepted", "note": ""}
    assert len(review_queue(document)) == len(queue) - 1

    document = _grade(subs, out)  # nothing changed: the person's review stands
    assert "resolved" in _part(document, student, part)
    assert (student, part) == ("eve", "conv.standard")
    (subs / "eve.md").write_text("standard convolution = **777777**\nstandard convolution = **666666**\n")
    document = _grade(subs, out)  # another answer read: a person must look again
    assert _part(document, student, part)["review"] and "resolved" not in _part(document, student, part)
    api.resolve(out, student, part)

    api.resolve(out, student, part, action="reopen")
    assert "resolved" not in _part(api.load_results(out), student, part)


def test_a_group_decision_reaches_the_group_and_later_submissions_only(course):
    subs, out = course
    reached = api.decide_group(out, "conv.standard", "value:999999", score=2, note="the formula is right")
    assert reached == ["ann", "ben"]
    document = api.load_results(out)
    for sid in ("ann", "ben"):
        p = _part(document, sid, "conv.standard")
        assert p["score"] == 2 and p["override"]["rule"] == "value:999999"
        assert p["override"]["note"] == "the formula is right"
    assert "override" not in _part(document, "cat", "conv.standard")
    rows = list(csv.DictReader((out / "overrides.csv").open(encoding="utf-8")))
    assert {(r["student"], r["score"], r["rule"]) for r in rows} == {("ann", "2", "value:999999"),
                                                                      ("ben", "2", "value:999999")}

    _write(subs, "dan", "999999.0")  # a later submission with the same answer
    _write(subs, "ben", "1228800")  # ben corrected his
    document = _grade(subs, out)
    assert _part(document, "dan", "conv.standard")["score"] == 2
    assert "override" not in _part(document, "ben", "conv.standard")
    assert _part(document, "ann", "conv.standard")["score"] == 2

    # a person's own decision on one student wins over the group's
    api.override(out, "ann", "conv.standard", score=0, note="copied")
    document = _grade(subs, out)
    assert _part(document, "ann", "conv.standard")["score"] == 0
    assert "rule" not in _part(document, "ann", "conv.standard")["override"]

    assert api.decide_group(out, "conv.standard", "value:999999", remove=True) == ["dan"]
    document = api.load_results(out)
    assert "override" not in _part(document, "dan", "conv.standard")
    assert [r["kind"] for r in api.audit_log(out)].count("group") == 2


def test_a_group_decision_needs_a_score_a_note_and_a_group(course):
    _, out = course
    with pytest.raises(api.OverrideError, match="a note"):
        api.decide_group(out, "conv.standard", "value:999999", score=1, note=" ")
    with pytest.raises(api.OverrideError, match="not between 0"):
        api.decide_group(out, "conv.standard", "value:999999", score=6, note="x")
    with pytest.raises(api.OverrideError, match="no student gave"):
        api.decide_group(out, "conv.standard", "value:5", score=1, note="x")


def test_anonymous_pages_never_show_a_students_id(course):
    pytest.importorskip("starlette", reason="the desk needs its extra: pip install 'grader[serve]'")
    from grader.groups import answer_groups as groups
    from grader.report.desk import render_desk_student, render_question, render_queue
    from grader.serve.app import Desk

    _, out = course
    desk = Desk(out, anonymous=True)
    document, ids = desk.view()
    assert sorted(ids.values()) == ["ann", "ben", "cat", "eve"] and all(k.startswith("Student ") for k in ids)
    context = {"csrf": "t", "anonymous": True, "page": "queue", "back": "/", "message": "", "error": ""}
    pages = [render_queue(document, context), render_question(document, context, document["parts"][3],
                                                              groups(document, "conv.standard"), {})]
    pages += [render_desk_student(document, s, context) for s in document["students"]]
    for page in pages:
        for real in ("ann", "ben", "cat", "eve"):
            assert f"{real}.md" not in page and f">{real}<" not in page
    assert json.loads((out / "results.json").read_text())["students"][0]["id"] == "ann", "the files keep real ids"
