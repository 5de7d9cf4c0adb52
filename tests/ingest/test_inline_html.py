"""HTML typed into Markdown: written as the Markdown it shows, line for line."""

from __future__ import annotations

import pytest

from grader.ingest.markdown import inline_html

#: (Markdown as written, as read)
HTML = [
    # scripts as "^" and "_", their characters as they show, braced when more than a number or before a letter
    ("4.4318 &times; 10<sup>&minus;3</sup>", "4.4318 &times; 10^−3"),
    ("E = ½Σ(t<sub>k</sub> − o<sub>k</sub>)<sup>2</sup>", "E = ½Σ(t_k − o_k)^2"),
    ("λ<sup>y</sup>e<sup>−λ</sup>/y!", "λ^{y}e^{−λ}/y!"),
    ("w<sub>21</sub>&delta;<sub>o1</sub>", "w_{21}&delta;_{o1}"),
    ("(1−p)<sup>1−x<sub>i</sub></sup>", "(1−p)^{1−x_i}"),
    # bold as Markdown's stars, a heading's tag as its hashes, other inline tags only typography
    ("<b>53,952</b> multiplications", "**53,952** multiplications"),
    ("<h3>Q2</h3>", "### Q2"),
    ('<span style="color:red"><i>p</i> = 0.32</span>', "p = 0.32"),
    # a line break at a line's end is dropped; one inside a line keeps the two apart; lines keep their numbers
    ("Forward:<br>\nnet = 2", "Forward:\nnet = 2"),
    ("a = 1<br/>b = 2", "a = 1; b = 2"),
    # a comment is blanked, its lines kept
    ("<!-- old: 4800 -->\n(b) 53,952", "\n(b) 53,952"),
    ("x<!-- two\nlines -->\ny", "x\n\ny"),
    # struck-out text is the reader's to blank; what is no tag stays
    ("<del>4800</del> 53952", "<del>4800</del> 53952"),
    ("p < 0.05 and q<r, <x, y>", "p < 0.05 and q<r, <x, y>"),
    # fenced code is as written
    ("```\nprint('<b>')\n```", "```\nprint('<b>')\n```"),
]


@pytest.mark.parametrize("written,read", HTML)
def test_html_in_markdown_is_read_as_it_shows(written, read):
    assert inline_html(written) == read
    assert inline_html(written).count("\n") == written.count("\n")
