"""The reader's failure classes as a table: a passage as students write it -> the part, the
value it concludes with (or no answer), and whether a person must be asked.

Each row names the class it stands for (never one submission's words as a rule): when a
held-out set finds a new way to misread, the class gets a row here before it is fixed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.ingest import read_submission
from grader.pipeline import Context, grade_document
from grader.reference import load_reference

ROWS = [
    # (class, file suffix, text, part, value (None: no answer), review expected)
    ("a slash inside a label is no quotient of two parts", ".txt",
     "Part 1. Backprop in the 2-2-2 sigmoid network.\n"
     "The output delta is 0.04221, so dE/dw11 comes out as about 0.00443 and dE/dw21 = 0.04221*0.881 "
     "which is about 0.0372.\n",
     "backprop.dw21", 0.0372, False),
    ("a quotient of two parts' quantities answers neither", ".md",
     "## Q2 convolution\nStandard convolution: 1,228,800 multiplications.\n"
     "Depthwise separable: 53,952 multiplications.\n"
     "Ratio $M_{separable}/M_{standard} = 0.0439$.\n",
     "conv.depthwise", 53952, False),
]


def _read(tmp_path: Path, suffix: str, text: str):
    path = tmp_path / f"student{suffix}"
    path.write_text(text, encoding="utf-8")
    return read_submission(path)


@pytest.fixture(scope="module")
def context(spec) -> Context:
    return Context(spec, load_reference(spec))


@pytest.mark.parametrize("why, suffix, text, part, value, review", ROWS, ids=[r[0] for r in ROWS])
def test_reading(context, tmp_path, why, suffix, text, part, value, review):
    result = {p.id: p for p in grade_document(_read(tmp_path, suffix, text), context).parts}[part]
    if value is None:
        assert result.verdict == "missing", f"{why}: read {result.found!r}"
    else:
        assert result.details.get("value") == pytest.approx(value, rel=1e-9), f"{why}: read {result.found!r}"
    assert result.review == review, f"{why}: {result.review_reasons}"
