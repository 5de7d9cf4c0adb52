"""The README's examples, run: every command it lists exists, and the outputs it shows are the real ones.

It grades the shipped corpus as ``make demo`` does and compares the summary's counts, the
first lines of grades.csv and the results.json entry the README prints; then runs the
override and history examples of "Grading a course" on that output.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _grader(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200"}  # the summary's box on one line per sentence
    return subprocess.run([sys.executable, "-m", "grader.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def _block_after(marker: str) -> list[str]:
    """The indented (or fenced) lines that follow the line holding ``marker``."""
    lines = README[README.index(marker):].splitlines()[1:]
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and lines[0].startswith("```"):
        return lines[1:lines.index("```", 1)]
    block = []
    for line in lines:
        if not line.startswith("    "):
            break
        block.append(line[4:])
    return block


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("readme") / "out"
    done = _grader("grade", "submissions/", "--spec", "reference/gnr638_a2.yaml", "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out, done


@pytest.mark.parametrize("command", sorted(set(re.findall(r"^    grader (\w+)", README, re.M))))
def test_every_command_the_readme_lists_exists(command):
    done = _grader(command, "--help")
    assert done.returncode == 0 and "usage: grader " + command in done.stdout


def test_make_demo_prints_what_the_readme_shows(demo):
    _, done = demo
    shown = next(line for line in _block_after("$ make demo") if "could not be read" in line)
    pattern = r"(\d+) graded, (\d+) could not be read, (\d+) parts flagged for review \((\d+) students\)"
    assert re.search(pattern, shown).groups() == re.search(pattern, done.stderr).groups()
    for line in _block_after("$ make demo")[2:]:
        if line != "..." and not line.startswith("->"):
            assert line in re.sub(r"\s*│\s*", " ", done.stderr).replace("  ", " ") or line in done.stderr


def test_grades_csv_starts_as_the_readme_shows(demo):
    out, _ = demo
    assert _block_after("$ head -3 out/grades.csv")[:3] == (out / "grades.csv").read_text().splitlines()[:3]


def test_the_results_entry_the_readme_prints_is_the_real_one(demo):
    out, _ = demo
    shown = json.loads("\n".join(_block_after("its entry in `out/results.json`:")))
    student = next(s for s in json.loads((out / "results.json").read_text())["students"]
                   if s["id"] == "001_00e179ca8f67077f")
    real = next(p for p in student["parts"] if p["id"] == shown["id"])
    assert {k: real[k] for k in shown} == shown


def test_the_override_and_history_examples_run(demo, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(demo[0], out)
    command = re.search(r"`grader override (w05_sign_slip backprop\.dw11 --score 3 --note\s+\"[^\"]+\")`", README)
    student, part, _, score, _, note = command[1].replace("\n", " ").split(" ", 5)
    done = _grader("override", student, part, "--score", score, "--note", note.strip('"'), "--out", str(out))
    assert done.returncode == 0, done.stderr
    shown = re.search(r'"override": (\{.*?\})\n', README, re.S)[1]
    shown = json.loads(re.sub(r"\s+", " ", shown))
    real = next(p for s in json.loads((out / "results.json").read_text())["students"] if s["id"] == student
                for p in s["parts"] if p["id"] == part)["override"]
    assert real == shown
    history = re.search(r"`grader history (\w+) --part ([\w.]+)`", README)
    done = _grader("history", history[1], "--part", history[2], "--out", str(demo[0]))
    assert done.returncode == 0 and history[2] in done.stdout
    done = _grader("history", student, "--out", str(out))
    assert done.returncode == 0 and f"{part}: a person's score 3: {note.strip(chr(34))}" in done.stdout
