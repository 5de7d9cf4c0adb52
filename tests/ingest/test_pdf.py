"""PDF: real PDFs (written by fpdf2 here, by pdflatex in the corpus) to blocks with page and line."""

from __future__ import annotations

import re
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from grader.errors import NoTextError, ReadTimeoutError, UnreadableFileError
from grader.ingest import read_submission
from grader.ingest.limits import ReadLimits
from grader.ingest.pdf import clean_line, mend_lines, merge_display_rows, pdf_blocks
from grader.numbers import find_numbers

SUBMISSIONS = Path(__file__).resolve().parents[2] / "submissions"


def texts(blocks) -> list[str]:
    return [b.text for b in blocks]


def numbers(text: str) -> list[float]:
    return [float(n.value) for _, _, n in find_numbers(text)]


def test_pages_lines_and_headings(make_pdf):
    data = make_pdf([
        [[("Question 2", "big")], "(a) standard convolution = 1228800", None, None, "(b) depthwise = 53952"],
        ["Question 3", "L = z - y log z"],
    ])
    blocks, warnings = pdf_blocks(data, "answers.pdf")
    assert warnings == []
    assert [(b.page, b.line, b.kind) for b in blocks] == [(1, 1, "heading"), (1, 2, "text"), (1, 3, "text"),
                                                          (2, 1, "text")]
    assert texts(blocks) == ["Question 2", "(a) standard convolution = 1228800", "(b) depthwise = 53952",
                             "Question 3\nL = z - y log z"]
    assert all(b.file == "answers.pdf" for b in blocks)
    assert blocks[3].line_at(blocks[3].text.index("L =")) == 2


def test_a_superscript_after_ten_is_a_power(make_pdf):
    data = make_pdf([[["(a) dE/dw11 = 4.43 x 10", ("-3", "sup")], ["(b) count = 1.2288 x 10", ("6", "sup")],
                      ["w", ("11", "sub"), " = 0.5"]]])
    got = texts(pdf_blocks(data, "a.pdf")[0])[0].split("\n")
    assert got == ["(a) dE/dw11 = 4.43 x 10^{-3}", "(b) count = 1.2288 x 10^{6}", "w11 = 0.5"]
    assert numbers(got[0])[-1] == pytest.approx(4.43e-3) and numbers(got[1])[-1] == 1228800


def test_unicode_minus_ligatures_and_a_number_cut_at_the_line_end(make_pdf):
    data = make_pdf([[["\ufb01nal: \u2202E/\u2202w\u2081\u2081 = \u22124.43 \u00d7 10", ("\u22123", "sup")],
                      "the total is 1,228,", "800 multiplications, a multipli-", "cation count"]], unicode=True)
    lines = texts(pdf_blocks(data, "a.pdf")[0])[0].split("\n")
    assert lines == ["final: \u2202E/\u2202w\u2081\u2081 = \u22124.43 \u00d7 10^{\u22123}",
                     "the total is 1,228,800", "multiplications, a multiplication", "count"]
    assert numbers(lines[0])[-1] == pytest.approx(-4.43e-3)


CLEAN = [
    ("ligatures", "\ufb01nal e\ufb00ort \ufb02ow", "final effort flow"),
    ("word-math-italic", "\U0001d715\U0001d438/\U0001d715\U0001d464 = \U0001d706 \u2212 \U0001d466", "∂E/∂w = λ − y"),
    ("letterlike", "\u2112(\u210e)", "L(h)"),
    ("accent-before-letter", "\u02c6y \u2212 y ln \u02c6y", "ŷ − y ln ŷ"),
    ("accent-before-greek", "\u02c6\u03bb \u2212 y log \u02c6\u03bb", "\u03bb\u0302 \u2212 y log \u03bb\u0302"),
    ("tex-control-codes", "\x14 0.1 \x15", "0.1"),
    ("soft-hyphen-spaces", "multi\u00adplication   count ", "multiplication count"),
    ("hyphenated-on-one-line", "for the sec- ond layer", "for the second layer"),
    ("hyphen-before-a-word-stays", "sigmoid- and tanh-units", "sigmoid- and tanh-units"),
]


@pytest.mark.parametrize("raw,clean", [c[1:] for c in CLEAN], ids=[c[0] for c in CLEAN])
def test_clean_line(raw, clean):
    assert clean_line(raw) == clean


MEND = [
    ("thousands-cut", ["total 1,228,", "800 multiplications"], ["total 1,228,800", "multiplications"]),
    ("exponent-alone", ["= 4.43 × 10", "−3", "next"], ["= 4.43 × 10^{−3}", "", "next"]),
    ("positive-exponent-alone", ["= 1.2288 x 10", "6"], ["= 1.2288 x 10^{6}", ""]),
    ("negative-exponent-starts-line", ["4.43 × 10", "-3 is the answer"], ["4.43 × 10^{-3}", "is the answer"]),
    ("hyphenated-word", ["depth-", "wise separable"], ["depthwise", "separable"]),
    ("not-an-exponent", ["a 12 x 10", "3 channels"], ["a 12 x 10", "3 channels"]),
    ("not-a-group", ["values 1,2,", "300 and more"], ["values 1,2,", "300 and more"]),
    ("minus-not-hyphen", ["x -", "y"], ["x -", "y"]),
    ("value-after-relation", ["so ∂E/∂w_{11} =", "4.43 × 10^{−3} which is small"],
     ["so ∂E/∂w_{11} = 4.43 × 10^{−3}", "which is small"]),
    ("grouped-value-after-relation", ["total =", "1,228,800 multiplications"], ["total = 1,228,800", "multiplications"]),
    ("formula-after-relation-stays", ["so L =", "z − y log z"], ["so L =", "z − y log z"]),
    ("section-number-stays", ["see =", "3.5.2 below"], ["see =", "3.5.2 below"]),
    ("displayed-derivative", ["∂L", "∂z_{k} = p_{k} − y_{k}."], ["∂L/∂z_{k} = p_{k} − y_{k}.", ""]),
    ("displayed-derivative-relation-raised", ["∂L", "∂z_{k}^{=}", "("], ["∂L/∂z_{k} =", "", "("]),
    ("a-word-over-a-word-stays", ["dog", "dinner at six"], ["dog", "dinner at six"]),
]


@pytest.mark.parametrize("lines,mended", [m[1:] for m in MEND], ids=[m[0] for m in MEND])
def test_mend_lines_keeps_every_line_number(lines, mended):
    assert mend_lines(lines) == mended


def test_a_displayed_fraction_and_sum_become_one_row():
    # As pdflatex's text comes out: numerator, denominator, '=', a big sum, its limit, the rest.
    lines = ["(a) By the chain rule,", "∂E", "∂w_{11}", "=", "( ∑", "k", "w_{k1} δ_{k} ) = 4.43 × 10^{−3}.", "(b)"]
    ys = [578.8, 556.6, 541.7, 549.2, 561.3, 535.8, 549.2, 514.6]
    assert merge_display_rows(lines, ys, 10.9) == [
        "(a) By the chain rule,", "∂E/∂w_{11} = ( ∑_{k} w_{k1} δ_{k} ) = 4.43 × 10^{−3}.", "", "", "", "", "", "(b)"]


def test_prose_that_only_goes_down_is_never_merged():
    lines = ["one", "two", "three"]
    assert merge_display_rows(lines, [700.0, 687.0, 674.0], 10.0) == lines


def test_page_numbers_are_dropped_and_a_header_is_kept(make_pdf):
    blocks, _ = pdf_blocks(make_pdf([["My header", "dE/dw11 = 0.0044", None, None, None, "1"]]), "a.pdf")
    assert "1" not in [line for b in blocks for line in b.text.split("\n")]
    assert any("My header" in b.text for b in blocks)


NO_OCR = ReadLimits(ocr=False)  # as where Tesseract is not installed (tests/ingest/test_pages.py reads scans by OCR)


def test_a_scan_needs_a_person_and_is_not_blank(make_pdf):
    with pytest.raises(NoTextError, match="scan.pdf: no text: needs a person") as caught:
        pdf_blocks(make_pdf(["image"]), "scan.pdf", limits=NO_OCR)
    assert caught.value.pages[0].image.startswith("data:image/png;base64,")  # the page, for that person


def test_a_scanned_page_among_typed_ones_is_a_warning(make_pdf):
    blocks, warnings = pdf_blocks(make_pdf([["Q2 standard convolution = 1228800"], "image"]), "mixed.pdf",
                                  limits=NO_OCR)
    assert blocks and warnings == ["mixed.pdf: page 2 has no text that could be read: a person should read it "
                                   "(the report shows it)"]


@pytest.mark.parametrize("data,message", [
    (b"", "empty file (0 bytes)"),
    (bytes(range(256)) * 16, "not a PDF (no %PDF header)"),
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + b"\x00garbage" * 50, "not a readable PDF"),
], ids=["empty", "random-bytes", "header-then-garbage"])
def test_what_is_no_pdf_says_so_in_one_line(data, message):
    with pytest.raises(UnreadableFileError, match=re.escape(message)) as info:
        pdf_blocks(data, "bad.pdf")
    assert "\n" not in str(info.value) and str(info.value).startswith("bad.pdf: ")


def test_a_truncated_pdf_is_unreadable_or_read_never_a_crash(make_pdf):
    data = make_pdf([["dE/dw11 = 0.0044"] * 40])
    for cut in (len(data) // 3, len(data) // 2, len(data) - 200):
        try:
            blocks, _ = pdf_blocks(data[:cut], "cut.pdf")
        except (UnreadableFileError, NoTextError) as exc:
            assert str(exc).startswith("cut.pdf: ")


def test_a_password_is_asked_for_in_words(make_pdf):
    with pytest.raises(UnreadableFileError, match="protected by a password; submit it without one"):
        pdf_blocks(make_pdf([["secret answers"]], encrypt="pw"), "locked.pdf")


def test_an_owner_password_alone_does_not_stop_reading(make_pdf):
    blocks, _ = pdf_blocks(make_pdf([["dE/dw11 = 0.0044"]], encrypt=""), "restricted.pdf")
    assert texts(blocks) == ["dE/dw11 = 0.0044"]


def _never_done(data: bytes, max_pages: int) -> dict:
    time.sleep(60)
    return {}


def test_a_pdf_that_reads_forever_is_stopped_at_the_time_limit(make_pdf, monkeypatch):
    monkeypatch.setattr("grader.ingest.pdf.read_pages", _never_done)
    with pytest.raises(ReadTimeoutError, match="slow.pdf: reading the PDF took longer than the time limit "
                                               r"\(1 s per submission\); raise it with --time-limit"):
        pdf_blocks(make_pdf([["x = 1"]]), "slow.pdf", limits=ReadLimits(max_seconds=1))


def test_pages_beyond_the_limit_are_left_out_with_a_warning(make_pdf):
    blocks, warnings = pdf_blocks(make_pdf([[f"page {i}"] for i in range(1, 5)]), "long.pdf",
                                  limits=ReadLimits(max_pdf_pages=2))
    assert [b.page for b in blocks] == [1, 2]
    assert warnings == ["long.pdf: only the first 2 of 4 pages were read (the limit per PDF)"]


def test_the_latex_corpus_pdf_reads_as_a_person_reads_it():
    doc = read_submission(SUBMISSIONS / "f01_pdf_latex.pdf")
    lines = {line: (b.page, b.line_at(b.text.index(line))) for b in doc.blocks for line in b.text.split("\n")}
    assert lines["∂E/∂w_{11} = ( ∑_{k} w_{k1} δ^{(2)}_{k} ) h_{1}(1 − h_{1}) x_{1} = 4.43 × 10^{−3}."] == (1, 9)
    assert lines["8 × 8 × 256 × 75 = 1,228,800 multiplications."] == (1, 15)  # as counted on the page
    assert any(line.startswith("L(θ) = ∑^{N}_{i=1} (λ_{i} − y_{i} log λ_{i}") for line in lines)
    assert [b.text for b in doc.blocks if b.kind == "heading"][1:] == [
        "Question 1: Backpropagation", "Question 2: Multiplications in convolution",
        "Question 3: Loss for a Poisson output"]


def test_the_priming_pdf_reads_and_loads_what_readers_would_import():
    """Forked readers inherit pypdf's lazily imported parts only if the grader loaded them first."""
    import subprocess
    import sys

    from grader.ingest import pdf

    assert pdf.read_pages(pdf._tiny_pdf(), 1)["pages"][0]["lines"][0][0] == "x = 1"
    probe = ("import sys; from grader.ingest import pdf; before = 'pypdf._cmap' in sys.modules; "
             "pdf._prime(); print(before, 'pypdf._cmap' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]


def test_runs_far_apart_are_a_tables_cells_only_where_rows_line_up():
    from grader.ingest.pdf import CELL, _table_rows

    lines = [["standard convolution" + CELL + "1,228,800", 560, 12, 90, [306.1]],
             ["depthwise separable" + CELL + "53,952", 535, 12, 90, [306.4]],
             ["a justified line" + CELL + "with a wide space", 500, 12, 90, [240.0]],
             ["L = z − y log z" + CELL + "(3)", 480, 12, 150, [420.0]],
             ["L = z − y log z" + CELL + "(4)", 460, 12, 150, [420.0]]]
    assert [line[0] for line in _table_rows(lines)] == [
        "| standard convolution | 1,228,800 |", "| depthwise separable | 53,952 |",
        "a justified line with a wide space", "L = z − y log z (3)", "L = z − y log z (4)"]


def test_a_libreoffice_table_is_read_row_by_row():
    from . import page_material as material

    text = "\n".join(b.text for b in pdf_blocks(material.libreoffice_pdf(), "lo.pdf")[0])
    assert "| standard convolution | 1,228,800 |\n| depthwise separable convolution | 53,952 |" in text


@pytest.mark.parametrize("runs,text", [
    ([("dE/dw11 = 0.0044", ""), ("1", "sup"), (" (rounded)", "")], "dE/dw11 = 0.0044¹ (rounded)"),  # a footnote
    ([("4.43 × 10", ""), ("−3", "sup")], "4.43 × 10^{−3}"),  # a power of ten stays one
])
def test_a_footnote_mark_on_a_decimal_is_no_digit_of_it(make_pdf, runs, text):
    blocks, _ = pdf_blocks(make_pdf([[runs]], unicode=True), "f.pdf")
    assert blocks[0].text == text


#: A table row's cells as the text layer gives them (CELL between) -> the row written.
TABLE_ROWS = [
    ("3(a) z\x1e1.807", "| 3(a) z | 1.807 |"),
    ("1(b) P (D | +) 0\x1e.0875", "1(b) P (D | +) 0.0875"),      # a decimal-aligned column split the number
    ("2 95% CI [0\x1e.2593, 0.3875]", "2 95% CI [0.2593, 0.3875]"),
    ("5(a) E[X]\x1e1\x1e.1", "| 5(a) E[X] | 1.1 |"),
    ("width x\x1e.5 cm", "| width x | .5 cm |"),                   # no digits before: nothing to join
]


@pytest.mark.parametrize("cells,row", TABLE_ROWS)
def test_a_table_row_keeps_a_number_split_at_its_point_whole(cells, row):
    from grader.ingest.pdf import _table_row
    assert _table_row(cells) == row


def _struck_pdf(runs: list[tuple[str, str]]) -> bytes:
    """One line of runs, each ``(text, style)`` with fpdf2's styles: ``S`` strikethrough, ``U`` underline."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 writes the test PDFs: pip install -e '.[test]'")
    pdf = fpdf.FPDF(format="A4")
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
    pdf.add_page()
    for text, style in runs:
        pdf.set_font("helvetica", style=style, size=11)
        pdf.write(6, text)
    pdf.ln(8)
    pdf.set_font("helvetica", size=11)
    pdf.write(6, "next line 53952")  # a line below: the strike above is no strike of it
    return bytes(pdf.output())


def _hand_struck_pdf() -> bytes:
    """A typed line with a line drawn over its first number by hand, stopping short of its last digit."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 writes the test PDFs: pip install -e '.[test]'")
    pdf = fpdf.FPDF(format="A4")
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    start = pdf.l_margin + pdf.get_string_width("(a) dE/dw11 = ")
    width = pdf.get_string_width("0.0089")
    pdf.cell(0, 6, "(a) dE/dw11 = 0.0089 0.00443")
    middle = pdf.t_margin + 3.4  # through the digits' middle (fpdf measures down from the top)
    pdf.line(start - 0.5, middle, start + width * 0.85, middle)
    pdf.ln(6)
    pdf.line(pdf.l_margin, pdf.t_margin + 6.6, pdf.l_margin + 80, pdf.t_margin + 6.6)  # a rule under the row
    return bytes(pdf.output())


#: What a student crossed out in a PDF (a word processor's strikethrough, a line drawn over it) is
#: struck-out text (``~~…~~``, as Markdown writes it); an underline is not.
STRUCK = [
    ([("1(b) ", ""), ("0.0327", "S"), (" 0.0372", "")], "1(b) ~~0.0327~~ 0.0372"),
    ([("Total: ", ""), ("49,152", "S"), (" 53,952 multiplications", "")], "Total: ~~49,152~~ 53,952 multiplications"),
    ([("the answer is ", ""), ("53952", "U")], "the answer is 53952"),
]


@pytest.mark.parametrize("runs,text", STRUCK)
def test_text_struck_through_in_a_pdf_is_struck_out(runs, text):
    blocks, _ = pdf_blocks(_struck_pdf(runs), "s.pdf")
    lines = "\n".join(b.text for b in blocks).split("\n")
    assert lines[0] == text and lines[-1] == "next line 53952"


def test_a_line_drawn_by_hand_over_a_number_is_struck_whole():
    blocks, _ = pdf_blocks(_hand_struck_pdf(), "h.pdf")
    assert blocks[0].text.split("\n")[0] == "(a) dE/dw11 = ~~0.0089~~ 0.00443"
