"""Gradescope's results.json: valid against its documented fields, one test per part, scores that add up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader.cli import main

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((Path(__file__).resolve().parent / "gradescope_schema.json").read_text(encoding="utf-8"))
PARTS = ["backprop.dw11", "backprop.dw21", "backprop.code", "conv.standard", "conv.depthwise", "poisson.loss"]


def _autograder(tmp_path: Path, files: dict[str, bytes], *extra: str) -> dict:
    """What run_autograder does in the container: the submission folder in, results.json out."""
    submission = tmp_path / "submission"
    submission.mkdir()
    for name, data in files.items():
        (submission / name).write_bytes(data)
    out = tmp_path / "results" / "results.json"
    assert main(["gradescope", str(submission), "--out", str(out), *extra]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["000_6ad9972c2ed9da34.txt", "w05_sign_slip.md", "code_bias_wrong"])
def test_results_validate_and_add_up(tmp_path, name):
    source = ROOT / "submissions" / name
    files = ({p.name: p.read_bytes() for p in source.iterdir()} if source.is_dir()
             else {source.name: source.read_bytes()})
    results = _autograder(tmp_path, files)
    jsonschema.validate(results, SCHEMA)
    assert [t["name"] for t in results["tests"]] == PARTS
    assert results["score"] == pytest.approx(sum(t["score"] for t in results["tests"]))
    assert sum(t["max_score"] for t in results["tests"]) == 30
    for test in results["tests"]:
        assert test["status"] == ("passed" if test["extra_data"]["verdict"] == "correct" else "failed")
        assert test["visibility"] == "after_published"


def test_an_unreadable_submission_still_gives_valid_results(tmp_path):
    results = _autograder(tmp_path, {"answers.md": bytes(range(256)) * 8}, "--no-code", "--visibility", "visible")
    jsonschema.validate(results, SCHEMA)
    assert results["score"] == 0 and "could not be graded" in results["output"]
    assert {t["visibility"] for t in results["tests"]} == {"visible"}


def test_the_schema_refuses_what_gradescope_would(tmp_path):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"score": 1, "tests": [{"name": "x", "visibility": "sometimes"}]}, SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"tests": [{"name": "x", "max_score": 1}]}, SCHEMA)
