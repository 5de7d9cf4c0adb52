"""The other shipped assignments through the command line: every verdict of every submission.

Each assignment has its spec and reference in reference/, its submissions in corpora/<name>/
(written by examiners who never read grader/), and its verdicts in tests/expected/<name>.yaml,
written from the assignment's rubric; a part a person should look at is listed under "flag".
What the grader does not yet get right is in tests/expected/<name>.gaps.yaml with why: those
rows are strict xfails, so a fix shows up as a test to update; a false credit the grader is known
to give is a `credit-<part>` row there, with a person's why, and every other one fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from grader.cli import main

ROOT = Path(__file__).resolve().parent.parent
ASSIGNMENTS = ("dl_a3", "stats_a1")
NOT_PARTS = ("note", "flag", "review", "status", "error_contains")


def _table(name: str, suffix: str = "") -> dict:
    path = ROOT / "tests" / "expected" / f"{name}{suffix}.yaml"
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.exists() else {}


def _rows() -> tuple[list, list]:
    verdicts, flags = [], []
    for name in ASSIGNMENTS:
        gaps = {(str(s), k): why for s, rows in _table(name, ".gaps").items() for k, why in rows.items()}
        for student, row in sorted(_table(name).items()):
            for part, verdict in row.items():
                if part in NOT_PARTS:
                    continue
                why = gaps.get((str(student), part))
                marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
                verdicts.append(pytest.param(name, str(student), part, verdict, marks=marks,
                                             id=f"{name}:{student}:{part}"))
            for part in row.get("flag") or ():
                why = gaps.get((str(student), f"flag-{part}"))
                marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
                flags.append(pytest.param(name, str(student), part, marks=marks, id=f"{name}:{student}:flag-{part}"))
    return verdicts, flags


VERDICTS, FLAGS = _rows()


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> dict[str, dict]:
    found = {}
    for name in ASSIGNMENTS:
        out = tmp_path_factory.mktemp(f"{name}-out")
        assert main(["grade", str(ROOT / "corpora" / name), "--spec", str(ROOT / "reference" / f"{name}.yaml"),
                     "--out", str(out), "--quiet"]) == 0
        document = json.loads((out / "results.json").read_text(encoding="utf-8"))
        found[name] = {s["id"]: {p["id"]: p for p in s["parts"]} for s in document["students"]}
    return found


def test_every_submission_is_graded_and_every_row_names_one(graded):
    for name in ASSIGNMENTS:
        entries = {p.stem if p.is_file() else p.name for p in (ROOT / "corpora" / name).iterdir()}
        assert set(graded[name]) == entries
        assert {str(s) for s in _table(name)} == entries
        assert len(entries) >= 30


def test_known_gaps_name_real_rows():
    for name in ASSIGNMENTS:
        expected = _table(name)
        for student, rows in _table(name, ".gaps").items():
            for key in rows:
                part = key.removeprefix("flag-").removeprefix("credit-")
                assert student in expected and (part in expected[student] or part in (
                    expected[student].get("flag") or ())), (name, student, key)


@pytest.mark.parametrize("name,student,part,verdict", VERDICTS)
def test_verdict(graded, name, student, part, verdict):
    got = graded[name][student][part]
    assert got["verdict"] == verdict, (got["found"], got["feedback"], got["review_reasons"])


@pytest.mark.parametrize("name,student,part", FLAGS)
def test_flagged_for_review(graded, name, student, part):
    assert graded[name][student][part]["review"] is True


def _not_correct_rows() -> list:
    """Every part the rubric says is not correct; a false credit the grader is known to give is a
    ``credit-<part>`` row of the gaps file, with a person's why (strict: a fix must remove it)."""
    rows = []
    for name in ASSIGNMENTS:
        gaps = {(str(s), k): why for s, r in _table(name, ".gaps").items() for k, why in r.items()}
        for student, row in sorted(_table(name).items()):
            for part, verdict in row.items():
                if part in NOT_PARTS or verdict == "correct":
                    continue
                why = gaps.get((str(student), f"credit-{part}"))
                marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
                rows.append(pytest.param(name, str(student), part, marks=marks, id=f"{name}:{student}:credit-{part}"))
    return rows


@pytest.mark.parametrize("name,student,part", _not_correct_rows())
def test_no_wrong_answer_gets_credit_it_should_not(graded, name, student, part):
    # The one figure that must never move: a part graded correct that the rubric says is not.
    assert graded[name][student][part]["verdict"] != "correct"
