"""Values framed in plain text, marked as Markdown's bold; tables and lone rules left as they are."""

from __future__ import annotations

import pytest

from grader.ingest.boxes import ascii_boxes

#: (text, as read, why)
BOXES = [
    ("  8*8*256*75\n\n  +------------+\n  |  1,228,800 |\n  +------------+\n",
     "  8*8*256*75\n\n\n  **1,228,800**\n\n", "a frame of + and - around a value"),
    ("┌──────────┐\n│ 0.0372   │\n└──────────┘", "\n**0.0372**\n", "box-drawing strokes"),
    ("+-----+-----+\n| a   | b   |\n+-----+-----+", "+-----+-----+\n| a   | b   |\n+-----+-----+",
     "a table: its rows have bars inside, its rules '+' between columns"),
    ("+---------+\nnot framed\n+---------+", "+---------+\nnot framed\n+---------+", "rules with no framed line"),
    ("total\n+-------+\n| 53952 |", "total\n+-------+\n| 53952 |", "a frame left open"),
]


@pytest.mark.parametrize("text,read,why", BOXES, ids=[b[2] for b in BOXES])
def test_ascii_boxes(text, read, why):
    assert ascii_boxes(text) == read, why


def test_lines_keep_their_numbers():
    text = "a\n+----+\n| 12 |\n+----+\nb"
    assert ascii_boxes(text).count("\n") == text.count("\n")
