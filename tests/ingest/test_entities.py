"""HTML character references that Markdown editors export ("&nbsp;", "&lt;") read as their characters,
outside code."""

from __future__ import annotations

import pytest

from grader.ingest.markdown import split_blocks

ROWS = [
    ("1(i)&nbsp;&nbsp; 0.00443", "1(i)   0.00443"),   # a no-break space spaces a layout: a plain space
    ("p &lt; 0.05 so reject", "p < 0.05 so reject"),
    ("&#8776; 54K", "≈ 54K"),
    ("&#x2248; 54K", "≈ 54K"),
    ("a &amp; b", "a & b"),
    ("$a &= b$", "$a &= b$"),               # LaTeX's alignment is no reference
    ("AT&T costs", "AT&T costs"),
]


@pytest.mark.parametrize("written,read", ROWS)
def test_references_read_as_their_characters(written, read):
    assert [b.text for b in split_blocks(written, "a.md")] == [read]


def test_code_keeps_its_references():
    blocks = split_blocks("```\nx = '&amp;'\n```\n", "a.md")
    assert "&amp;" in blocks[0].text
