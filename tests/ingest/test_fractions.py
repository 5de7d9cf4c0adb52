"""Fractions written on three lines of plain text are read inline; rules, tables and prose are not."""

from __future__ import annotations

import pytest

from grader.ingest.fractions import inline_fractions

#: (the student's lines, the middle line as read, or None: left as it is)
STACKED = [
    ("      125      91\n1 -  -----  = -----\n      216      216", "1 -  125/216  = 91/216"),
    # a numerator over a long bar is bracketed; hands align the terms roughly (one column off, past the end)
    ("     (0.95)(0.01)              0.0095     19\nP = ---------------------- = -------- = -----\n"
     "     (0.95)(0.01) + 0.099      0.1085    217",
     "P = ((0.95)(0.01))/((0.95)(0.01) + 0.099) = 0.0095/0.1085 = 19/217"),
    ("          5   5   5\nP    =   --- --- ---\n          6   6   6", "P    =   5/6 5/6 5/6"),
    ("                11\nE[X] = 1.1  =  ----\n                10", "E[X] = 1.1  =  11/10"),
    ("       17\nE = ──── \n       10", "E = 17/10 "),                      # box-drawing strokes
    # left alone: a rule, a Markdown table's separator, a heading's underline, prose around a dash
    ("Results\n-------\nall fine", None),
    ("| a | b |\n|---|---|\n| 1 | 2 |", None),
    ("the value we got\nwas right --- or so we think\nin the end, anyway", None),
    ("x = 3\ny = ---\n", None),                                             # nothing under the bar
    # a derivative whose bar a PDF's text layer lost: a name over the relation's line, a name under it
    ("∂E\n      = δ h1 · x 1 = 4.43 × 10-3\n∂w11", "∂E/∂w11 = δ h1 · x 1 = 4.43 × 10-3"),
    (" dL\n     = 0.0372\n dv2", "dL/dv2 = 0.0372"),
    # left alone: words around an indented chain's line, a name after the relation's column, numbers only
    ("so we get\n      = 0.0372\nas before", None),
    ("W\n  = 0.5\nhidden_layer_weights", None),
    ("1\n     = 0.5\n2", None),
]


@pytest.mark.parametrize("text,middle", STACKED)
def test_a_stacked_fraction_is_read_inline(text, middle):
    out = inline_fractions(text)
    assert out.count("\n") == text.count("\n")  # the lines and their numbers stay
    if middle is None:
        assert out == text
    else:
        lines = out.split("\n")
        assert lines[1] == middle
        assert not lines[0].strip() and not lines[2].strip()


def test_a_long_text_is_read_once_per_line():
    text = ("   1\nx = ---\n   2\n" * 20_000)
    assert inline_fractions(text).count("1/2") == 20_000
