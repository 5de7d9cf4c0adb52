"""Markdown blockquotes and Obsidian/GitHub callouts read as they render: the quote's markers off, line for
line, so a table, a heading or a numbered answer inside a quote reads as one; a callout's title is a heading.
A console's prompt (">>" MATLAB, ">>>" Python) and fenced code keep their lines as written."""

from __future__ import annotations

import pytest

from grader.ingest.markdown import split_blocks, unquote

ROWS = [
    # (written, read)
    ("> Q1 (a) 91/216", "Q1 (a) 91/216"),
    ("> > nested quote", "nested quote"),
    (">no space after the marker", "no space after the marker"),
    ("> | 1a | 0.579 |\n> |---|---|", "| 1a | 0.579 |\n|---|---|"),
    ("> [!note] Q1 (a)\n> P = 91/216", "### Q1 (a)\nP = 91/216"),
    ("> [!summary]- Final answers", "### Final answers"),
    ("> [!tip]\n> text", "\ntext"),                         # a callout with no title: its box, nothing to head
    (">> p = 0.7000", ">> p = 0.7000"),                     # MATLAB's and Octave's prompt
    (">>> 8*8*256*75", ">>> 8*8*256*75"),                   # Python's
    ("```\n> mean(x)\n```\n> quoted", "```\n> mean(x)\n```\nquoted"),  # a fenced console keeps its prompt
    ("p > 0.05 so we keep it", "p > 0.05 so we keep it"),   # a sign inside a line is no quote
]


@pytest.mark.parametrize("written, read", ROWS)
def test_quote_markers_come_off(written, read):
    assert unquote(written) == read


def test_line_numbers_are_kept():
    text = "# Title\n\n> [!note] Q2\n> 95 % CI: [0.255, 0.385]\n"
    blocks = split_blocks(unquote(text), "a.md")
    assert [(b.line, b.kind) for b in blocks] == [(1, "heading"), (3, "heading"), (4, "text")]
