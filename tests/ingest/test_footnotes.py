"""Markdown footnotes: a footnote's text is read where its reference stands, as a reader follows it."""

from __future__ import annotations

import pytest

from grader.ingest.markdown import inline_footnotes

#: (Markdown as written, as read)
NOTES = [
    ("so the chance is the complement.[^1]\n\n[^1]: **1 − (5/6)³**\n",
     "so the chance is the complement. **1 − (5/6)³**\n\n\n"),
    # names of any kind, several references, the definitions' lines left blank so every line keeps its number
    ("z = 0.045/0.025.[^z]\np = 2(1 − Φ(1.8)).[^pv]\n[^z]: z = **1.8**\n[^pv]: p-value = **0.0719**",
     "z = 0.045/0.025. z = **1.8**\np = 2(1 − Φ(1.8)). p-value = **0.0719**\n\n"),
    # a reference with no definition, and a definition referenced nowhere, stay as written
    ("a[^9] and b\n[^3]: note", "a[^9] and b\n[^3]: note"),
    ("no notes: x[1] = 2, y^2 = 4", "no notes: x[1] = 2, y^2 = 4"),
]


@pytest.mark.parametrize("written,read", NOTES)
def test_a_footnote_is_read_where_it_is_cited(written, read):
    assert inline_footnotes(written) == read
