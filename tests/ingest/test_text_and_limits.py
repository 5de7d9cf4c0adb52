"""Odd text (a stray NUL, UTF-16 without a BOM, HTML) and the limits of one submission."""

from __future__ import annotations

import os

import pytest

from grader.errors import (LinkRefusedError, NoTextError, ReadTimeoutError, SubmissionTooLargeError,
                           UnreadableFileError)
from grader.ingest import read_submission
from grader.ingest.decode import decode_text
from grader.ingest.html import html_text
from grader.ingest.limits import DEFAULT_LIMITS, ReadLimits

DECODE = [
    ("one-stray-nul", b"dE/dw11 = 0.0044\n" * 20 + b"\x00" + b"end\n", "NUL bytes in the text were dropped"),
    ("utf16-le-no-bom", "dE/dw11 = 0.0044 \u2248 4.4e-3\n".encode("utf-16-le"), "UTF-16 (no byte-order mark)"),
    ("utf16-be-no-bom", "standard convolution = 1228800\n".encode("utf-16-be"), "UTF-16 (no byte-order mark)"),
]


@pytest.mark.parametrize("data,warning", [d[1:] for d in DECODE], ids=[d[0] for d in DECODE])
def test_odd_but_readable_text_is_read_with_a_warning(data, warning):
    text, warn = decode_text(data, "a.txt")
    assert "\x00" not in text and ("dE/dw11" in text or "1228800" in text)
    assert warning in warn


@pytest.mark.parametrize("data", [b"\x00\xff" * 500, b"\x00" * 64, bytes(range(256)) * 4],
                         ids=["nul-ff-pairs", "all-nul", "every-byte"])
def test_binary_is_still_refused(data):
    with pytest.raises(UnreadableFileError, match="a.txt: not a text file"):
        decode_text(data, "a.txt")


def test_html_is_read_as_the_text_a_reader_sees():
    html = ("<html><head><title>t</title><style>p{}</style><script>var a = '1228800';</script></head><body>"
            "<h2>Question 2</h2><p>(a) standard convolution = 1,228,800<br>(b) depthwise &amp; separable = 53,952"
            "</p><ul><li>one</li><li>two</li></ul></body></html>")
    assert html_text(html) == ("## Question 2\n\n(a) standard convolution = 1,228,800\n"
                               "(b) depthwise & separable = 53,952\n\none\ntwo\n")


def test_an_html_table_keeps_its_cells_apart_and_scripts_are_marked():
    # A page exported from a notes app or a browser: the cells run together otherwise ("w114.43 × 10−3"), and a
    # superscript's exponent reads as a factor.
    html = ("<h3>Results</h3><table>\n  <tr><th>Part</th><th>Result</th></tr>\n"
            "  <tr><td>weight w<sub>11</sub></td><td>4.43 &times; 10<sup>&minus;3</sup></td></tr>\n"
            "  <tr><td>Standard</td><td>1&thinsp;228&thinsp;800</td><td></td></tr>\n</table>")
    assert html_text(html) == ("### Results\n\n| Part | Result |\n| weight w_11 | 4.43 × 10^−3 |\n"
                               "| Standard | 1 228 800 | |\n")  # (white space of any kind is one space)


def test_a_word_web_page_s_cell_paragraphs_stay_in_their_row():
    # Word's "save as web page" puts a <p class=MsoNormal> in every cell, a line of working in each.
    html = ("<table><tr><td><p class=MsoNormal>1 b)</p></td><td><p>Per filter: 28.</p><p>64 filters: 64 × 28</p></td>"
            "<td><p>1 792</p></td></tr></table>")
    assert html_text(html) == "| 1 b) | Per filter: 28. 64 filters: 64 × 28 | 1 792 |\n"


@pytest.mark.parametrize("html,text", [
    # a matrix typed a row a paragraph (Google Docs, Word): its rows on lines of their own, one block
    ("<p>W_new =</p><p>[ 0.15 -0.2 0.45 ]</p><p>[ 0.1 0.5 -0.3 ]</p><p>Done.</p>",
     "W_new =\n\n[ 0.15 -0.2 0.45 ]\n[ 0.1 0.5 -0.3 ]\n\nDone.\n"),
    # ... not two paragraphs of prose, nor a row and a sentence
    ("<p>[ 0.15 -0.2 0.45 ]</p><p>so the step is small</p>", "[ 0.15 -0.2 0.45 ]\n\nso the step is small\n"),
    ("<p>(a) 1</p><p>(b) 2</p>", "(a) 1\n\n(b) 2\n"),
])
def test_a_matrix_a_row_a_paragraph_reads_as_one_matrix(html, text):
    assert html_text(html) == text


def test_a_notebook_export_s_heading_anchors_are_no_text():
    html = '<h3 id="q3">∂L/∂z_k = −y_k / p_k<a class="anchor-link" href="#q3">¶</a></h3>'
    assert html_text(html) == "### ∂L/∂z_k = −y_k / p_k\n"


def test_a_moodle_online_text_is_read(tmp_path):
    (tmp_path / "onlinetext.html").write_text("<p>Q2: standard convolution = 1228800</p>", encoding="utf-8")
    doc = read_submission(tmp_path / "onlinetext.html")
    assert [b.text for b in doc.blocks] == ["Q2: standard convolution = 1228800"]


def test_one_limit_place_for_every_default():
    assert DEFAULT_LIMITS.max_file_bytes == 20_000_000 and DEFAULT_LIMITS.max_seconds == 60


def test_a_file_over_the_limit_says_which_option_raises_it(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 3000)
    with pytest.raises(SubmissionTooLargeError, match="big.txt: 3,000 bytes is over the 2,000-byte limit per file; "
                                                      "raise it with --max-file-mb"):
        read_submission(tmp_path / "big.txt", limits=ReadLimits(max_file_bytes=2000))


def test_too_much_text_or_too_many_files_is_refused(tmp_path):
    (tmp_path / "long.md").write_text("word " * 3000)
    with pytest.raises(SubmissionTooLargeError, match="long.md: the submission's text passes 10,000 characters"):
        read_submission(tmp_path / "long.md", limits=ReadLimits(max_text_chars=10_000))
    folder = tmp_path / "venv"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i}.md").write_text("x")
    with pytest.raises(SubmissionTooLargeError, match="more than 10 files in one submission"):
        read_submission(folder, limits=ReadLimits(max_files=10))


def test_the_time_limit_is_said_when_it_is_hit(tmp_path, monkeypatch):
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("x = 1")
    clock = iter([0.0, 0.0, 100.0, 100.0, 100.0])
    monkeypatch.setattr("grader.ingest.time.monotonic", lambda: next(clock))
    with pytest.raises(ReadTimeoutError, match=r"b.md: reading the submission took longer than the time limit "
                                               r"\(60 s\); raise it with --time-limit"):
        read_submission(tmp_path)


def test_an_entry_that_is_a_link_is_refused_and_its_target_never_read(tmp_path, monkeypatch):
    (tmp_path / "secret.md").write_text("standard convolution = 1228800")
    (tmp_path / "alice.md").symlink_to(tmp_path / "secret.md")
    opened: list[str] = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *a, **k: opened.append(str(path)) or real_open(path, *a, **k))
    with pytest.raises(LinkRefusedError, match="alice.md: a symbolic link; links are never followed"):
        read_submission(tmp_path / "alice.md")
    assert not any("secret" in p or "alice" in p for p in opened)


def test_only_files_in_no_readable_format_need_a_person(tmp_path):
    folder = tmp_path / "bob"
    folder.mkdir()
    (folder / "page1.heic").write_bytes(b"\x00\x00\x00\x18ftypheic")
    (folder / "answers.pages").write_bytes(b"PK\x03\x04")
    with pytest.raises(NoTextError, match=r"bob: no text: needs a person \(nothing in a format the grader reads: "
                                          r"answers.pages, page1.heic\)"):
        read_submission(folder)


def test_a_broken_word_file_and_a_broken_photo_are_unreadable_with_their_names(tmp_path):
    folder = tmp_path / "bob"
    folder.mkdir()
    (folder / "page1.jpg").write_bytes(b"\xff\xd8\xffnot really a jpeg")
    (folder / "answers.docx").write_bytes(b"PK\x03\x04")
    with pytest.raises(UnreadableFileError) as caught:
        read_submission(folder)
    assert str(caught.value).startswith("answers.docx: not a readable zip archive")
    assert "page1.jpg: not a readable JPEG or PNG photo" in str(caught.value) and " at 0x" not in str(caught.value)


def test_an_empty_file_is_graded_as_empty_not_refused(tmp_path):
    (tmp_path / "empty.md").write_bytes(b"")
    assert read_submission(tmp_path / "empty.md").blocks == ()


@pytest.mark.parametrize("suffix", [".org", ".adoc", ".Rmd", ".qmd"])
def test_the_plain_text_markups_students_write_in_are_read(tmp_path, suffix):
    folder = tmp_path / "student"
    folder.mkdir()
    (folder / f"answers{suffix}").write_text("* Q1\n** (a) shape\n   - *answer: 7 x 7 x 64*\n", encoding="utf-8")
    document = read_submission(folder)
    assert any("7 x 7 x 64" in block.text for block in document.blocks)


def test_a_preformatted_block_keeps_its_lines():
    # a notebook's or Quarto's page shows a cell's code and output in <pre>: each line a statement of its own
    html = ('<h2>2 Multiplications</h2><pre class="sourceCode"><code>Do, K = 8, 5\nstd = Do*Do*K\nprint(std)</code>'
            '</pre><p>one\nparagraph</p>')
    assert html_text(html) == "## 2 Multiplications\n\nDo, K = 8, 5\nstd = Do*Do*K\nprint(std)\n\none paragraph\n"
