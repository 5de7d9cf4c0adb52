"""The regrade diff: after a spec change, exactly the students whose score changed, by how much, why."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from grader import api
from grader.cli import main
from grader.regrade import Snapshot, diff_document, regrade_diff, summary_lines

ROOT = Path(__file__).resolve().parent.parent
SUBMISSIONS = ROOT / "submissions"


def _part(pid: str, score: float, verdict: str, **extra) -> dict:
    return {"id": pid, "score": score, "verdict": verdict, "max_score": 5, "expected": "1228800",
            "found": extra.pop("found", "1228800"), "feedback": extra.pop("feedback", "ok"),
            "mistake": extra.pop("mistake", None), "evidence": {"file": "a.md", "line": 3, "excerpt": "…"}, **extra}


def _snap(parts: list[dict], *, status: str = "graded", content: str = "c", spec: str = "s" * 64,
          engine: str = "e") -> Snapshot:
    return Snapshot({"id": "ann", "status": status, "score": round(sum(p["score"] for p in parts), 4),
                     "parts": parts}, content, spec, engine)


@pytest.mark.parametrize("old,new,why", [
    (_snap([_part("a", 2, "partial", mistake="sign")]), _snap([_part("a", 5, "correct")], spec="t" * 64),
     ["the spec changed (ssssssssssss -> tttttttttttt)", "known mistake sign -> none"]),
    (_snap([_part("a", 0, "incorrect", found="1")]), _snap([_part("a", 5, "correct")], content="d"),
     ["the submission changed", "read '1' at a.md:3 -> '1228800' at a.md:3"]),
    (_snap([_part("a", 5, "correct")]), _snap([_part("a", 0, "incorrect", feedback="Not 1228800.")], engine="f"),
     ["the grader changed", "now: Not 1228800."]),
    (_snap([_part("a", 0, "missing")]),
     _snap([_part("a", 3, "partial", override={"score": 3, "verdict": "partial", "note": "on paper",
                                               "original_score": 0, "original_verdict": "missing"})]),
     ["a person gave 3 points: on paper"]),
])
def test_each_change_says_why(old, new, why):
    diff = regrade_diff({"ann": old}, {"ann": new})
    (change,) = diff.changed
    said = list(change.why) + [w for p in change.parts for w in p.why]
    for reason in why:
        assert reason in said, (reason, said)


def test_a_student_whose_score_did_not_change_is_not_named():
    a = _snap([_part("a", 5, "correct"), _part("b", 0, "incorrect")])
    b = _snap([_part("a", 5, "correct"), _part("b", 0, "missing")], spec="t" * 64)  # a verdict, not a score
    diff = regrade_diff({"ann": a}, {"ann": b})
    assert diff.changed == () and diff.unchanged == 1


def test_new_and_gone_students_are_listed_apart():
    a = _snap([_part("a", 5, "correct")])
    diff = regrade_diff({"ann": a, "gone": a}, {"ann": a, "new": a})
    assert (diff.added, diff.removed, diff.changed) == (("new",), ("gone",), ())


def test_the_first_grading_prints_nothing():
    diff = regrade_diff({}, {"ann": _snap([_part("a", 5, "correct")])})
    assert diff.first and summary_lines(diff) == [] and diff_document(diff)["added"] == ["ann"]


# --- a real spec change ----------------------------------------------------------------------------

def _scores(out: Path) -> dict[str, float]:
    return {s["id"]: s["score"] for s in json.loads((out / "results.json").read_text(encoding="utf-8"))["students"]}


def test_after_a_spec_change_the_diff_names_exactly_the_students_whose_scores_changed(tmp_path, capsys):
    subs = tmp_path / "subs"
    shutil.copytree(SUBMISSIONS, subs, ignore=shutil.ignore_patterns("code_*"))
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "reference", spec)
    changed_spec = tmp_path / "spec2"
    shutil.copytree(ROOT / "reference", changed_spec)
    text = (spec / "gnr638_a2.yaml").read_text(encoding="utf-8")
    # a mistake's credit raised, a tolerance loosened: some students gain, most do not
    text = text.replace("credit: 0.4", "credit: 0.8").replace("tolerance: {relative: 0.05}",
                                                              "tolerance: {relative: 0.2}")
    (changed_spec / "gnr638_a2.yaml").write_text(text, encoding="utf-8")

    out, fresh = tmp_path / "out", tmp_path / "fresh"
    assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code", "--spec",
                 str(spec / "gnr638_a2.yaml")]) == 0
    before = _scores(out)
    capsys.readouterr()
    assert main(["grade", str(subs), "--out", str(out), "--no-code", "--spec",
                 str(changed_spec / "gnr638_a2.yaml")]) == 0
    printed = capsys.readouterr().err
    # what the diff must say, found independently: a fresh grading with the changed spec
    assert main(["grade", str(subs), "--out", str(fresh), "--quiet", "--no-code", "--spec",
                 str(changed_spec / "gnr638_a2.yaml")]) == 0
    after = _scores(fresh)
    expected = {sid for sid in before if abs(before[sid] - after[sid]) > 1e-9}
    assert expected, "the spec change should change some scores"

    written = json.loads((out / "regrade.json").read_text(encoding="utf-8"))
    assert {c["id"] for c in written["changed"]} == expected
    for c in written["changed"]:
        assert c["old_score"] == before[c["id"]] and c["new_score"] == after[c["id"]]
        assert c["delta"] == round(after[c["id"]] - before[c["id"]], 4)
        assert any("the spec changed" in w for w in c["why"]) and c["parts"]
        assert all(p["why"] for p in c["parts"])
    assert written["unchanged"] == len(before) - len(expected)
    assert f"regrade: {len(expected)} students with a changed score" in printed
    for sid in expected:
        assert f"  {sid}: " in printed
    assert (out / "results.json").read_bytes() == (fresh / "results.json").read_bytes()


def test_the_diff_is_kept_in_the_gradebook_with_its_run(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "ann.md").write_text("Question 2\n\n(a) standard convolution = 1228800\n", encoding="utf-8")
    out = tmp_path / "out"
    for _ in range(2):
        assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code"]) == 0
    from grader.gradebook import GRADEBOOK_NAME, Gradebook

    with Gradebook(out / GRADEBOOK_NAME) as book:
        runs = list(book.runs())
    assert [(r["graded"], r["reused"]) for r in runs] == [(1, 0), (0, 1)] and all(r["finished"] for r in runs)
    assert api.REGRADE_NAME == "regrade.json" and (out / "regrade.json").exists()
