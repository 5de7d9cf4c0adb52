"""Extraction is bounded: dumps and logs are left out (and said), long lines read in linear
work, and a deadline stops reading with every part flagged rather than holding a worker."""

from __future__ import annotations

import json
import random

import pytest

from grader.cli import main
from grader.extract import extract
from grader.extract.bounds import readable
from grader.extract.rules import LIMITS
from grader.models import Block, Document

ANSWERS = ("## Q2\nStandard convolution: total = 1,228,800 multiplications.\n"
           "Depthwise separable: total = 53,952.\n")


def _log(lines: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    return "\n".join(f"Epoch [{i}/{lines}], Step [{10 * i}/900], Loss: {rng.random():.4f}, Acc: {rng.random():.2%}"
                     for i in range(lines))


def _found(result, part: str):
    answer = result.answers[part]
    return None if answer is None else answer.value["value"]


@pytest.mark.parametrize("text, skipped", [
    # (text of a block, whether something in it is left out)
    (ANSWERS, False),
    ("x = " + ", ".join(str(i) for i in range(LIMITS.max_line_chars // 3)), True),       # one huge line
    (_log(LIMITS.log_min_repeats), True),                                               # a log
    (_log(LIMITS.log_min_repeats - 1), False),                                          # too few to be one
    ("\n".join(f"| {i} | {i * i} |" for i in range(10)), False),                        # a small table stays
])
def test_what_is_left_out(text, skipped):
    blocks, left_out = readable((Block(text, "a.md", 1),))
    assert bool(left_out) == skipped
    assert blocks[0].text.count("\n") == text.count("\n")  # line numbers kept


def test_a_log_between_answers_is_left_out_and_said(spec):
    doc = Document("s", (Block(ANSWERS, "a.md", 1), Block(_log(300), "a.md", 4, "code"),
                         Block("So the final answer for the standard one stays 1,228,800.", "a.md", 305)))
    result = extract(doc, spec)
    assert _found(result, "conv.standard") == 1228800
    assert _found(result, "conv.depthwise") == 53952
    assert any("a.md lines 4–303 not read for answers" in s and "log" in s for s in result.skipped)


def test_a_megabyte_line_is_said_not_read(spec):
    line = "dE/dw11 = " + " = ".join(f"{i}.5" for i in range(120_000))  # ~1 MB, one line
    doc = Document("s", (Block(ANSWERS + line, "a.md", 1),))
    result = extract(doc, spec)
    assert _found(result, "conv.standard") == 1228800
    assert any("line 4 not read for answers: a line of" in s for s in result.skipped)
    assert result.missing_review["backprop.dw11"].startswith("no answer to this part was found in what was read")


def test_a_long_line_under_the_bound_is_read(spec):
    # Just under the bound: read in full (its last value concludes), in linear work.
    values = " = ".join(f"{i}.5" for i in range((LIMITS.max_line_chars - 200) // 9))
    doc = Document("s", (Block(f"dE/dw11 = {values} = 0.0044", "a.md", 1),))
    assert _found(extract(doc, spec), "backprop.dw11") == pytest.approx(0.0044)


def test_the_deadline_stops_reading_and_flags_every_part(spec):
    doc = Document("s", (Block(ANSWERS, "a.md", 1),))
    result = extract(doc, spec, seconds=0.0)
    assert any("reading stopped at the time limit at a.md line 1" in s for s in result.skipped)
    for part in spec.parts:
        if part.kind == "code":
            continue
        answer = result.answers[part.id]
        reasons = answer.review if answer is not None else (result.missing_review[part.id],)
        assert any("reading stopped at the time limit" in r for r in reasons)


def test_a_three_megabyte_submission_with_logs_is_graded(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "logs.md").write_text(ANSWERS + "\n```\n" + _log(48_000) + "\n```\n", encoding="utf-8")
    assert (folder / "logs.md").stat().st_size > 3_000_000
    out = tmp_path / "out"
    assert main(["grade", str(folder), "--out", str(out), "--quiet", "--no-code"]) == 0
    student = json.loads((out / "results.json").read_text(encoding="utf-8"))["students"][0]
    assert student["status"] == "graded"
    parts = {p["id"]: p for p in student["parts"]}
    assert parts["conv.standard"]["verdict"] == "correct"
    assert parts["conv.depthwise"]["verdict"] == "correct"
