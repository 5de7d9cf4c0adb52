"""Rows pasted from a spreadsheet are a table's rows; a lone tab is not."""

from __future__ import annotations

import pytest

from grader.ingest.tabs import tab_tables

#: (the student's text, what is read)
TABS = [
    ("question\tanswer\nQ3 loss\ty*ln(lambda) - lambda\n", "| question | answer |\n| Q3 loss | y*ln(lambda) - lambda |\n"),
    ("Q1a\t0.0044\t-\nQ1b\t\t0.037\n", "| Q1a | 0.0044 | - |\n| Q1b | 0.037 |\n"),   # tabs in a row are one gap
    ("\tindented line\n\tanother\n", "\tindented line\n\tanother\n"),                # indents are no cells
    ("one line\twith a tab\nthen prose\n", "one line\twith a tab\nthen prose\n"),    # one line is no table
    ("| a\t| b |\n| c\t| d |\n", "| a\t| b |\n| c\t| d |\n"),                        # already a table
]


@pytest.mark.parametrize("text,read", TABS)
def test_tab_separated_rows_are_a_table(text, read):
    assert tab_tables(text) == read
    assert tab_tables(text).count("\n") == text.count("\n")

