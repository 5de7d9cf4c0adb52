"""A student's own labels with a legend that maps them to the sheet (grader/extract/legend.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.extract.legend import apply_legend, find_legend
from grader.models import Block
from grader.spec_loader import load_spec

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def spec():
    return load_spec(ROOT / "reference" / "stats_a1.yaml")


def _blocks(text: str) -> tuple[Block, ...]:
    out, line = [], 1
    for para in text.split("\n\n"):
        out.append(Block(para, "s.md", line))
        line += para.count("\n") + 2
    return tuple(out)


# The legend's spellings: (text, the labels it maps).
LEGENDS = [
    ("Numbering: i = Q1a, ii = Q1b, iii = Q2, iv = Q3a", {"i": "Q1(a)", "ii": "Q1(b)", "iii": "Q2", "iv": "Q3(a)"}),
    ("(i)~=~Q1(a), (ii)~=~Q1(b), (iii)~=~Q2", {"i": "Q1(a)", "ii": "Q1(b)", "iii": "Q2"}),
    ("| my label | sheet question |\n|---|---|\n| A | Q5(a) |\n| B | Q5(b) |\n| C | Q5(c) |",
     {"a": "Q5(a)", "b": "Q5(b)", "c": "Q5(c)"}),
    ("   Part A = Q1 (a)     Part B = Q1 (b)     Part C = Q2",
     {"part a": "Q1(a)", "part b": "Q1(b)", "part c": "Q2"}),
    ("Legend (my numbering -> question paper)\n  (i)   -> Q1 (a)\n  (ii)  -> Q1 (b)\n  (iii) -> Q2 (a)",
     {"i": "Q1(a)", "ii": "Q1(b)", "iii": "Q2(a)"}),
]


@pytest.mark.parametrize(("text", "marks"), LEGENDS)
def test_a_legend_maps_the_students_labels_to_the_sheet(spec, text, marks):
    legend = find_legend(_blocks(text), spec)
    assert legend is not None and legend.marks == marks


# Not a legend: two cross-references, a question the sheet lacks, a label mapped two ways.
NOT_LEGENDS = [
    "see (i) = Q1(a) and (ii) = Q1(b) above",
    "(i) = Q1(a), (ii) = Q1(b), (iii) = Q9",
    "A = Q1(a), B = Q1(b), A = Q2, C = Q3",
]


@pytest.mark.parametrize("text", NOT_LEGENDS)
def test_fewer_than_three_labels_or_a_contradiction_is_no_legend(spec, text):
    assert find_legend(_blocks(text), spec) is None


def test_a_label_that_opens_a_line_reads_as_the_sheets_marker_and_the_legend_is_left_out(spec):
    blocks = _blocks("Legend: A = Q5(a), B = Q5(b), C = Q1(a)\n\n**A.** E[X] = 1.1\n\n## B\nVar = 0.49\n\n"
                     "C) 91/216\n\nA fair die is rolled.")
    legend = find_legend(blocks, spec)
    assert [b.text for b in apply_legend(blocks, legend)] == [
        "**Q5(a).** E[X] = 1.1", "## Q5(b)\nVar = 0.49", "Q1(a)) 91/216", "A fair die is rolled."]


def test_a_notebooks_cells_count_their_lines_apart(spec):
    # the legend is cell 1's line 2; cell 2's line 2 is an answer, not the legend
    cells = (Block("# A1\nNumbering: i = Q1a, ii = Q1b, iii = Q2", "a.ipynb", 1, cell=1),
             Block("**i.** complement\n0.4213", "a.ipynb", 1, cell=2))
    out = apply_legend(cells, find_legend(cells, spec))
    assert [b.text for b in out] == ["# A1\n", "**Q1(a).** complement\n0.4213"]
