"""The command line: exit codes, one-line errors, a batch that survives a broken file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from grader.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "grader.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_a_missing_folder_is_one_line_and_exit_2(tmp_path):
    result = run("grade", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "nope: no such folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_spec_names_file_and_line(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text((ROOT / "reference" / "gnr638_a2.yaml").read_text().replace("points: 5", "points: five", 1))
    (tmp_path / "ref").mkdir()
    result = run("grade", str(ROOT / "submissions"), "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    line = next(i + 1 for i, text in enumerate(spec.read_text().splitlines()) if "points: five" in text)
    assert f"spec.yaml:{line}: part 'conv.standard': 'points' must be a number, not 'five'" in result.stderr


def test_a_binary_submission_is_an_error_entry_and_the_rest_is_graded(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "alice.md").write_text("Q2: standard convolution = 1228800, depthwise separable = 53952\n")
    (subs / "bob.txt").write_bytes(b"\x00\xff" * 500)
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code"]) == 0
    doc = json.loads((out / "results.json").read_text())
    by_id = {s["id"]: s for s in doc["students"]}
    assert by_id["bob"]["status"] == "error" and by_id["alice"]["status"] == "graded"
    assert by_id["alice"]["score"] == 10
    assert (out / "students" / "bob.html").exists() and (out / "grades.csv").read_text().count("\n") == 3


def test_report_without_results_is_one_line(tmp_path):
    result = run("report", str(tmp_path))
    assert result.returncode == 2 and "results.json: not found" in result.stderr


def test_check_shows_what_was_read_and_exits_1_when_a_part_is_missing(tmp_path):
    path = tmp_path / "me.md"
    path.write_text("Q2\n\n(a) standard convolution: 1228800\n")
    result = run("check", str(path), "--no-code")
    assert result.returncode == 1
    assert "1228800" in result.stdout and "not found" in result.stdout
    assert "53952" not in result.stdout  # the self-check does not reveal expected values


@pytest.mark.parametrize("command", ["grade", "check", "report"])
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.returncode == 0 and "usage:" in result.stdout
