"""Rich Text as WordPad, TextEdit and Word save it, read as the Markdown it means (grader/ingest/rtf.py)."""

from __future__ import annotations

import pytest

from grader.ingest import read_submission
from grader.ingest.rtf import rtf_text

WORDPAD = "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\n"

CASES = [
    # (what, RTF, the Markdown it means)
    ("paragraphs are lines", WORDPAD + "\\pard First line\\par Second line\\par}", "First line\nSecond line\n"),
    ("TextEdit ends each line with a backslash", "{\\rtf1\\ansi\\cocoartf2759\nh1 = 0.88\\\nh2 = 0.88\\\n}",
     "h1 = 0.88\nh2 = 0.88\n"),
    ("a byte in hex in the document's code page", WORDPAD + "8\\'d78 \\'96 an en dash\\par}", "8×8 – an en dash\n"),
    ("\\uN and its stand-in for old readers, which is dropped", WORDPAD + "\\u963?(2) = 0.8808\\par}",
     "σ(2) = 0.8808\n"),
    ("\\uc0: no stand-in", WORDPAD + "\\uc0\\u948 _o = 0.04\\par}", "δ_o = 0.04\n"),
    ("a negative \\uN is above 32767", WORDPAD + "\\u-3913?\\par}", chr(65536 - 3913) + "\n"),
    ("bold runs are bold, the mark closed before the run's spaces",
     WORDPAD + "Total = \\b 53,952 \\b0 multiplications\\par}", "Total = **53,952** multiplications\n"),
    ("bold across a paragraph's end is closed on each line", WORDPAD + "\\b Q1\\par Q2\\b0\\par}",
     "**Q1**\n**Q2**\n"),
    ("struck text is struck", WORDPAD + "dE/dw21 = {\\strike 0.0372} 0.03718\\par}", "dE/dw21 = ~~0.0372~~ 0.03718\n"),
    ("a raised run is a power, grouped when it is more than a number",
     WORDPAD + "4.4 \\'d7 10{\\super -3} and p{\\super 1-x}\\par}", "4.4 × 10^-3 and p^{1-x}\n"),
    ("a lowered run is an index", WORDPAD + "w{\\sub 11} = 0.0044\\par}", "w_11 = 0.0044\n"),
    ("what the page does not show: fonts, colours, styles, document properties, a field's code, headers",
     "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue255;}{\\stylesheet{\\s1 Heading 1;}}"
     "{\\info{\\author Someone}{\\title 42}}{\\header Page header 7\\par}{\\*\\generator Riched20 10.0}"
     "{\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt the link}}\\par Answer 5\\par}",
     "the link\nAnswer 5\n"),
    ("a list's number stays at its line's start; a bullet becomes '- '",
     WORDPAD + "{\\pntext\\f0 1.\\tab}First\\par{\\pntext\\f2\\'B7\\tab}Point\\par}", "1. First\n- Point\n"),
    ("Word's \\listtext the same", WORDPAD + "{\\listtext\\f0 (b)\\tab}0.0372\\par}", "(b) 0.0372\n"),
    ("a table's rows are Markdown rows, a cell's paragraphs kept in it",
     WORDPAD + "\\trowd\\cellx1000\\cellx2000\\pard\\intbl Part\\cell Answer\\cell\\row"
     "\\trowd\\cellx1000\\cellx2000\\pard\\intbl 2(b)\\cell 53,952\\par exact\\cell\\row\\pard After\\par}",
     "| Part | Answer |\n| 2(b) | 53,952 exact |\nAfter\n"),
    ("escaped braces and backslashes, a non-breaking space and hyphen",
     WORDPAD + "\\{a\\}\\\\b x\\~=\\~1\\_2\\par}", "{a}\\b x = 1-2\n"),
    ("text that is not RTF comes back as it is", "plain text {not rtf}\n", "plain text {not rtf}\n"),
]


@pytest.mark.parametrize("what, rtf, markdown", CASES, ids=[c[0] for c in CASES])
def test_rtf_as_markdown(what, rtf, markdown):
    assert rtf_text(rtf) == markdown


def test_rtf_is_read_as_a_submission(tmp_path):
    path = tmp_path / "answers.rtf"
    path.write_text(WORDPAD + "\\pard\\b Q2\\b0\\par (b) total = \\b 53,952\\b0\\par}", encoding="ascii")
    document = read_submission(path)
    assert "(b) total = **53,952**" in "\n".join(b.text for b in document.blocks)


def test_a_deeply_nested_or_unbalanced_rtf_is_read_in_one_pass():
    """Hostile input: groups opened and never closed, closed more often than opened, a long run of them."""
    text = "{\\rtf1 " + "{" * 50_000 + "deep" + "}" * 60_000 + " after\\par"
    assert rtf_text(text).split() == ["deep", "after"]
