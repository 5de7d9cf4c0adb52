"""Typst sources read as the Markdown they mean (grader/ingest/typst.py)."""

from __future__ import annotations

import pytest

from grader.ingest import read_submission
from grader.ingest.typst import math_text, typst_text

#: (the student's Typst, what is read)
MARKUP = [
    ("= Question 1", "# Question 1"),                                          # headings by their "="s
    ("== (b)", "## (b)"),
    ("#set text(font: \"New Computer Modern\")", ""),                          # settings blank
    ("#let phat = $hat(p)$", ""),                                              # definitions blank
    ("*(a)* the shape", "**(a)** the shape"),                                  # strong as Markdown's bold
    ("#box(stroke: 0.5pt)[$ 64 dot 28 = 1792 $]", "**64 · 28 = 1792**"),       # a framed box marks the answer
    ("#box[$ 64 dot 28 = 1792 $]", "64 · 28 = 1792"),                          # a box without a frame is its text
    ("#strike[0.5] 0.0876", "~~0.5~~ 0.0876"),                                 # struck out as Markdown strikes it
    ("#text(weight: \"bold\")[Answer: 53952]", "**Answer: 53952**"),
    ("#text(size: 9pt)[(each entry)]", "(each entry)"),                        # type size: its text
    ("#image(\"loss.png\", width: 50%)", ""),                                  # an image shows no words
    ("result // was 0.5 before", "result "),                                   # a comment is blank
    ("see https://typst.app", "see https://typst.app"),                        # (a URL is no comment)
    ("+ first\n+ second", "1. first\n2. second"),                              # numbered as Typst numbers them
    ("/ Shape: 14 x 14 x 64", "Shape: 14 x 14 x 64"),                          # a term's list
    ("Total \\\nnext", "Total \nnext"),                                        # a forced line break
    ("a /* note\nstill note */ b", "a \n b"),                                  # a block comment keeps its lines
    ("#table(columns: 2, [part], [answer], [(a)], [$0.42$])",
     "| part | answer |\n| (a) | 0.42 |"),                                     # a table's cells in rows of its columns
]


@pytest.mark.parametrize("source,read", MARKUP)
def test_typst_markup_reads_as_markdown(source, read):
    assert typst_text(source) == read


#: (Typst math, as Unicode math a student types)
MATH = [
    ("28 times 28 times 64", "28 × 28 × 64"),
    ("P approx 0.42", "P ≈ 0.42"),
    ("(partial L) / (partial W)", "(∂L) / (∂W)"),
    ("sum_j e^(z_j)", "Σ_j e^{z_j}"),                                          # a group raised is braced
    ("delta_(k i) - p_i", "δ_{k i} - p_i"),
    ("hat(p) = 0.32", "p̂ = 0.32"),
    ("H_\"out\" = 14", "H_out = 14"),                                          # a string as its text
    ("mat(0.15, 0.1; -0.2, 0.5)", "[[0.15, 0.1], [-0.2, 0.5]]"),               # a matrix's rows bracketed
    ("vec(1, 2)", "[1, 2]"),
    ("x => y", "x ⇒ y"),
    ("1 space 228 space 800", "1 228 800"),                                    # spaces as a number's groups
    ("k^2 C_in = 75", "k^2 C_in = 75"),                                        # (an index's "in" is no ∈)
]


@pytest.mark.parametrize("math,read", MATH)
def test_typst_math_reads_as_unicode_math(math, read):
    assert math_text(math) == read


def test_a_framed_function_of_the_students_own_marks_its_answer_and_a_display_goes_on_over_lines():
    source = ("#let ans(body) = box(stroke: 0.6pt + blue, inset: 5pt)[#body]\n"
              "= Question 2\n"
              "$ W_\"new\" = W - eta dot G\n"
              "  = mat(0.15, -0.2; 0.1, 0.5) $\n"
              "#ans[$ W_\"new\" = mat(0.15, -0.2; 0.1, 0.5) $]\n")
    assert typst_text(source).split("\n") == [
        "", "# Question 2", "W_new = W - η · G", " = [[0.15, -0.2], [0.1, 0.5]]", "**W_new = [[0.15, -0.2], [0.1, 0.5]]**", ""]


def test_a_typst_file_is_read_as_its_markdown_with_its_lines(tmp_path):
    path = tmp_path / "s01.typ"
    path.write_text("#set page(numbering: \"1\")\n= Question 1\n\n#box(stroke: 1pt)[$ 64 dot 28 = 1792 $]\n",
                    encoding="utf-8")
    document = read_submission(path)
    found = [(b.line, b.text) for b in document.blocks]
    assert (2, "# Question 1") in found and (4, "**64 · 28 = 1792**") in found


def test_deep_nesting_and_unclosed_brackets_read_as_text_in_linear_time():
    hostile = "#box[" * 5000 + "x"
    assert typst_text(hostile)  # unclosed: read as written, no recursion error
    deep = "#box[" * 100 + "0.42" + "]" * 100
    assert "0.42" in typst_text(deep)


def test_a_number_the_source_names_is_shown_where_the_text_calls_it_as_typst_prints_it():
    source = ("#let k = 5\n#let Cout = 256\n#let std = 8 * 8 * Cout * k * k * 3\n#let hid = sig(2)\n"
              "$N = 8 dot 8 dot 256 dot 75 = #std$ and #std, half #hid\n#let r = std / 3 + (1 - 2)\n$#r$")
    lines = typst_text(source).split("\n")
    assert lines[4] == "N = 8 · 8 · 256 · 75 = 1228800 and 1228800, half #hid"  # a call of a function: unknown
    assert lines[6] == "409599"
