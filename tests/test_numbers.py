"""Tests for grader.numbers: reading numbers and matrices as students write them."""

from __future__ import annotations

import time
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.numbers import (
    MAX_DIGITS,
    ParsedMatrix,
    ParsedNumber,
    find_matrices,
    find_numbers,
    format_number,
    leading_number,
    parse_number,
)

F = Fraction

# --------------------------------------------------------------------------- parse_number

NUMBER_FORMS = [
    # integers and decimals
    ("1228800", F(1228800)),
    ("53952", F(53952)),
    ("0.0372", F("0.0372")),
    (".5", F(1, 2)),
    ("-.0372", F("-0.0372")),
    ("1228800.0", F(1228800)),
    ("+3", F(3)),
    ("1.", F(1)),
    ("0", F(0)),
    # grouping
    ("1,228,800", F(1228800)),
    ("12,28,800", F(1228800)),
    ("1,22,88,000", F(12288000)),
    ("1{,}228{,}800", F(1228800)),
    (r"1\,228\,800", F(1228800)),
    (r"1\;228\;800", F(1228800)),   # LaTeX's thick space
    (r"53\:952", F(53952)),          # its medium space
    ("1~228~800", F(1228800)),       # a tie
    ("1\u2009228\u2009800", F(1228800)),
    ("1\u202f228\u202f800", F(1228800)),
    ("1 228 800", F(1228800)),
    ("53'952", F(53952)),              # Swiss grouping with an apostrophe
    ("1.228.800", F(1228800)),         # dots grouping thousands: two or more leave no doubt
    ("1’228’800", F(1228800)),
    ("1_228_800", F(1228800)),         # Python's digit grouping, copied from a program
    ("53_952", F(53952)),
    ("1_000", F(1000)),
    ("1,228,800.5", F("1228800.5")),
    ("53,952", F(53952)),
    # decimal comma after a lone 0
    ("0,0372", F("0.0372")),
    ("4,43e-3", F("0.00443")),               # a decimal comma before an exponent: a mantissa is never grouped
    ("4,4318·10⁻³", F("0.0044318")),
    ("\u22120,036", F("-0.036")),
    # LaTeX's number comma where no thousands group can be: a decimal comma
    ("0{,}4213", F("0.4213")),
    ("1{,}96", F("1.96")),
    ("8{,}76", F("8.76")),
    ("0{,}545", F("0.545")),
    ("2{,}5787", F("2.5787")),
    ("\u22120{,}036", F("-0.036")),
    # signs
    ("-0.036", F("-0.036")),
    ("\u22120.036", F("-0.036")),
    ("\u20130.036", F("-0.036")),
    ("- 0.036", F("-0.036")),
    (r"-\,0.036", F("-0.036")),
    # scientific
    ("1.2288e6", F(1228800)),
    ("1.2288E+06", F(1228800)),
    ("4.418e-3", F("0.004418")),
    ("4.418e\u22123", F("0.004418")),
    ("1.2288 x 10^6", F(1228800)),
    ("1.2288x10^6", F(1228800)),
    ("1.2288 \u00d7 10^6", F(1228800)),
    (r"1.2288 \times 10^{6}", F(1228800)),
    (r"1.2288\times10^6", F(1228800)),
    (r"1.2288 \, \times \, 10^{ 6 }", F(1228800)),
    (r"-4.418 \times 10^{-3}", F("-0.004418")),
    (r"4.418 \cdot 10^{-3}", F("0.004418")),
    ("4.418\u00b710^-3", F("0.004418")),
    ("4.418 * 10^-3", F("0.004418")),
    ("4.418 x 10^(-3)", F("0.004418")),         # the power in brackets, as a calculator or plain text writes it
    ("4.9x10^(\u22121)", F("0.49")),
    ("10^(6)", F(1000000)),
    ("4.418*10**-3", F("0.004418")),
    ("4.418*10**(-3)", F("0.004418")),
    ("4.418 \u00d7 10\u207b\u00b3", F("0.004418")),
    ("4.418 \u00d7 10\u207a\u00b3", F(4418)),
    ("10^{-3}", F(1, 1000)),
    ("10^6", F(10**6)),
    ("10\u2076", F(10**6)),
    ("-10^{6}", F(-(10**6))),
    ("-4.418 \\times 10^{\u22123}", F("-0.004418")),
    ("4.418 \u00d7 10\u22123", F("0.004418")),
    ("4.418 \u00d7 10-3", F("0.004418")),
    # a positive power a PDF's text set flat, after a mantissa of scientific notation
    ("1.2288x106", F(1228800)),
    ("5.3952 \u00d7 104", F(53952)),
    ("1.e-03", F(1, 1000)),
    ("2.5e+00", F(5, 2)),
    # wrappers and delimiters
    (r"\num{1.2288e6}", F(1228800)),
    (r"\mathbf{53952}", F(53952)),
    ("{53952}", F(53952)),
    (r"\text{53,952}", F(53952)),
    (r"\boxed{\mathbf{-3}}", F(-3)),
    (r"\fbox{\ensuremath{1.80}}", F(9, 5)),  # a macro's box in math mode ("\newcommand{\ans}[1]{\fbox{\ensuremath{#1}}}")
    ("$1,228,800$", F(1228800)),
    ("$$ 53952 $$", F(53952)),
    (r"\(0.5\)", F(1, 2)),
    ("  42  ", F(42)),
    (r"53952\,", F(53952)),
    # exact fractions
    ("1/3", F(1, 3)),
    ("-2/6", F(-1, 3)),
    (r"\frac{1}{3}", F(1, 3)),
    (r"-\dfrac{3}{4}", F(-3, 4)),
    (r"\frac{-3}{4}", F(-3, 4)),
]


@pytest.mark.parametrize(("text", "value"), NUMBER_FORMS, ids=[t for t, _ in NUMBER_FORMS])
def test_parse_number_reads_every_spelling(text: str, value: Fraction) -> None:
    number = parse_number(text)
    assert number.value == value
    assert isinstance(number.value, Fraction)


SIG_FIGS = [
    ("0.0372", 3),
    ("-4.418 \\times 10^{-3}", 4),
    ("1.2288e6", 5),
    ("1,228,800", 7),
    ("1228800", 7),
    ("0.036", 2),
    ("1228800.0", 8),
    ("0.50", 2),
    (".5", 1),
    ("12,28,800", 7),
    ("10^{-3}", 1),
    ("1.e-03", 1),
    ("0", 1),
    ("0.00", 2),
    ("\\num{2.50e3}", 3),
]


@pytest.mark.parametrize(("text", "sig_figs"), SIG_FIGS, ids=[t for t, _ in SIG_FIGS])
def test_significant_figures_as_written(text: str, sig_figs: int) -> None:
    assert parse_number(text).sig_figs == sig_figs


def test_parsed_number_fields() -> None:
    number = parse_number("  $1.2288 \\times 10^{6}$ ")
    assert number.text == "1.2288 \\times 10^{6}"
    assert number.float == 1228800.0
    assert number.is_integer
    assert not parse_number("0.5").is_integer
    with pytest.raises(AttributeError):
        number.value = F(1)  # type: ignore[misc]


def test_huge_value_floats_to_infinity() -> None:
    assert parse_number("1e999").float == float("inf")
    assert parse_number("-1e999").float == float("-inf")
    assert parse_number("1e-999").float == 0.0


NOT_NUMBERS = [
    "",
    "   ",
    "$$",
    "nan",
    "NaN",
    "inf",
    "-inf",
    "Infinity",
    "\u221e",
    "\\infty",
    "x1",
    "w_{11}",
    "e",
    "E",
    "h_2",
    "10th",
    "(1,1)",
    "1,2345",
    "1,2,3",
    "0,1",
    "1 2",
    "1 2345",
    "1 22 88",
    "1_22_88",      # an underscore groups by threes, as Python's literals do here
    "w_1_000",
    "\\approx 5",
    "\u2248 5",
    "~5",
    "= 5",
    "5 + 3",
    "8 \\times 8",
    "3.2.1",
    "1e99999",
    "10^{1001}",
    "1" * (MAX_DIGITS + 1),
    "1/0",
    "{5",
    "5}",
    "\\mathbf{x}",
    "--5",
    "-  5",
    "2e",
    "0x1F",
    "1_00",         # Python accepts it; no grouping of threes does
    "1__000",
]


@pytest.mark.parametrize("text", NOT_NUMBERS, ids=[repr(t)[:30] for t in NOT_NUMBERS])
def test_parse_number_rejects_with_value_error(text: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        parse_number(text)


def test_digit_cap_is_inclusive() -> None:
    assert parse_number("1" * MAX_DIGITS).value == int("1" * MAX_DIGITS)


# --------------------------------------------------------------------------- find_numbers


def spans(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_numbers(text)]


def values(text: str) -> list[Fraction]:
    return [number.value for _, _, number in find_numbers(text)]


FIND = [
    ("(1,1)", ["1", "1"]),
    ("1,2345", ["1", "2345"]),
    ("x = [1,1], t = [0.5,0.5]", ["1", "1", "0.5", "0.5"]),
    ("total = 1,228,800 multiplications", ["1,228,800"]),
    ("total = 12,28,800 multiplications", ["12,28,800"]),
    ("Standardfaltung = **1.228.800**", ["1.228.800"]),
    # a date's groups are no thousands, nor a version's; a decimal comma after dots is left alone
    ("am 16.02.2024, v1.2.3", []),
    ("$1{,}228{,}800$", ["1{,}228{,}800"]),
    ("between 1 000 and 2 000", ["1 000", "2 000"]),
    (r"8 \times 8 \times 256 = 1.2288 \times 10^{6}", ["8", "8", "256", r"1.2288 \times 10^{6}"]),
    (r"8\times8\times256", ["8", "8", "256"]),
    ("5\u00d75 kernel, 3\u00d7256", ["5", "5", "3", "256"]),
    ("= 2.2095 \\times 10^{-3} \\times 2", ["2.2095 \\times 10^{-3}", "2"]),
    ("dE/dw = 4.418 \u00d7 10\u22123 (PDF)", ["4.418 \u00d7 10\u22123"]),
    ("so 3\u00d710-3", ["3\u00d710-3"]),
    # ... no other number times 101-109 is a power: a product, the number ends before its sign
    ("2.5 \u00d7 100 = 250", ["2.5", "100", "250"]),
    ("2 \u00d7 105 = 210, 12.5 \u00d7 104, 0.5 \u00d7 106", ["2", "105", "210", "12.5", "104", "0.5", "106"]),
    ("1.5 \u00d7 1024 = 1536", ["1.5", "1024", "1536"]),
    ("2 \u00d7 10 - 3", ["2", "10", "3"]),
    ("the value 10^6 and 10^{-3}", ["10^6", "10^{-3}"]),
    ("[ 1.e-03  2.5e+00]", ["1.e-03", "2.5e+00"]),
    ("The answer is 5. Next", ["5"]),
    ("pages 10\u201320", ["10", "20"]),
    (r"\mathbf{53952} and \text{53,952}", ["53952", "53,952"]),
    ("(0,1) and 0,5 and 0,25 and (0,25) and 0,036", ["0", "1", "0", "5", "0,25", "0", "25", "0,036"]),
    ("0,1,2", ["0", "1", "2"]),
    ("0.5*1 + 0.5*1 + 1 = 2", ["0.5", "1", "0.5", "1", "1", "2"]),
    ("\\frac{1}{2}", ["1", "2"]),
    ("2^{10} = 1024", ["2", "1024"]),
    ("37.2% of 1e5", ["37.2", "1e5"]),
]


@pytest.mark.parametrize(("text", "expected"), FIND, ids=[t for t, _ in FIND])
def test_find_numbers_spans(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


WORDS = [
    "x1",
    "w_{11}",
    "w_11",
    "h_2",
    "x_1^2",
    "e",
    "E",
    "10th",
    "1st 2nd 3rd",
    "12x12x3",
    "SHA256 mp3 CO2",
    "v1.2.3 and section 3.2.1",
    "x^2 e^{-0.5} n^{10}",
    "5ms 2e 1e5x",
    "learning_rate_2",
    "0x1F",
    "\u03b11",
]


@pytest.mark.parametrize("text", WORDS)
def test_words_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


SIGNS = [
    ("-3", [F(-3)]),
    ("= -3", [F(-3)]),
    ("=-3", [F(-3)]),
    ("= - 3", [F(-3)]),
    ("x = - 0.036", [F("-0.036")]),
    ("(-3)", [F(-3)]),
    ("(1, -3)", [F(1), F(-3)]),
    ("\u2248 \u22120.5", [F("-0.5")]),
    (r"\approx - 0.5", [F("-0.5")]),
    (r"\times -2", [F(-2)]),
    ("the answer is -3", [F(-3)]),
    ("$-0.036$", [F("-0.036")]),
    ("| -0.5 |", [F("-0.5")]),
    (r"1 & -2 \\ -3 & 4", [F(1), F(-2), F(-3), F(4)]),
    # numpy prints separate signed numbers with spaces
    ("[-0.1 -0.2]", [F("-0.1"), F("-0.2")]),
    ("0.1 -0.2", [F("0.1"), F("-0.2")]),
    # operators, not signs
    ("5 - 3", [F(5), F(3)]),
    ("5-3", [F(5), F(3)]),
    ("x - 3", [F(3)]),
    ("a-3", [F(3)]),
    ("(a+b)-3", [F(3)]),
    ("5 + 3", [F(5), F(3)]),
    ("COVID-19", [F(19)]),
    ("2024-01-05", [F(2024), F(1), F(5)]),
    # a detached sign at the start of a line is a Markdown bullet
    ("- 5 apples\n- 6 pears", [F(5), F(6)]),
    ("  + 7", [F(7)]),
    ("\n-5", [F(-5)]),
    ("+3", [F(3)]),
]


@pytest.mark.parametrize(("text", "expected"), SIGNS, ids=[t for t, _ in SIGNS])
def test_sign_or_operator(text: str, expected: list[Fraction]) -> None:
    assert values(text) == expected


def test_find_numbers_reports_exact_spans_and_values() -> None:
    text = "So dE/dw11 = \u22124.418 \u00d7 10\u207b\u00b3 and dw21 = 0.0372."
    found = find_numbers(text)
    assert [(text[s:e], n.text, n.value, n.sig_figs) for s, e, n in found] == [
        ("\u22124.418 \u00d7 10\u207b\u00b3", "\u22124.418 \u00d7 10\u207b\u00b3", F("-0.004418"), 4),
        ("0.0372", "0.0372", F("0.0372"), 3),
    ]


def test_find_numbers_on_a_submission_fragment() -> None:
    text = (
        "Multiplications per output value $= 5 \\times 5 \\times 3 = 75$\n\n"
        "$$\\text{Total} = 75 \\times 8 \\times 8 \\times 256 = 1.2288 \\times 10^{6}$$\n"
        "$$w_{11} = w_{12} = 0.5 \\quad x_1 = x_2 = 1$$\n"
        "$$\\text{Total} = 4800 + 49152 = \\boxed{53952}$$\n"
    )
    assert values(text) == [
        5, 5, 3, 75, 75, 8, 8, 256, 1228800, F(1, 2), 1, 4800, 49152, 53952,
    ]


# --------------------------------------------------------------------------- leading_number

LEADING = [
    (" 1,228,800 multiplications", F(1228800), " multiplications"),
    (r" 8 \times 8 \times 256", F(8), r" \times 8 \times 256"),
    (r" 1.2288 \times 10^{6} mults", F(1228800), " mults"),
    (r" \boxed{53952}$$", F(53952), "$$"),
    (r"\mathbf{-0.036} (rounded)", F("-0.036"), " (rounded)"),
    (" - 0.036", F("-0.036"), ""),
    ("\n\t53952", F(53952), ""),
    ("5.", F(5), "."),
    ("2^{10}", F(2), "^{10}"),
    ("0.5(0.88)", F(1, 2), "(0.88)"),
]


@pytest.mark.parametrize(("text", "value", "rest"), LEADING, ids=[t for t, _, _ in LEADING])
def test_leading_number(text: str, value: Fraction, rest: str) -> None:
    found = leading_number(text)
    assert found is not None
    number, end = found
    assert number.value == value
    assert text[end:] == rest


@pytest.mark.parametrize(
    "text", ["", "   ", "x = 5", "10th", "\\approx 5", "~5", "e", "\\mathbf{x}", "{5", "- - 3"]
)
def test_leading_number_none(text: str) -> None:
    assert leading_number(text) is None


def test_leading_number_start() -> None:
    text = "dE/dw11 = 0.0044 (approx)"
    number, end = leading_number(text, text.index("=") + 1)  # type: ignore[misc]
    assert number.value == F("0.0044")
    assert text[end:] == " (approx)"
    assert leading_number(text, len(text)) is None
    assert leading_number(text, len(text) + 5) is None


# --------------------------------------------------------------------------- find_matrices

MATRICES = [
    (
        "[[-0.01637912 -0.01637912]\n [-0.02355449 -0.02355449]]",
        (2, 2),
        ((-0.01637912, -0.01637912), (-0.02355449, -0.02355449)),
    ),
    ("[-0.16504242 -0.16504242]", (2,), ((-0.16504242, -0.16504242),)),
    ("[[-0.16096605 -0.16504206]]", (1, 2), ((-0.16096605, -0.16504206),)),
    ("[[ 1.e-03  2.5e+00]\n [ 0.  -1.]]", (2, 2), ((0.001, 2.5), (0.0, -1.0))),
    ("[[ 0.08216704  0.08266763]\n [-0.02260254 -0.02274024]]", (2, 2),
     ((0.08216704, 0.08266763), (-0.02260254, -0.02274024))),
    ("[[0.1, 0.2], [0.3, 0.4]]", (2, 2), ((0.1, 0.2), (0.3, 0.4))),
    ("[0.5, 0.5]", (2,), ((0.5, 0.5),)),
    ("[5]", (1,), ((5.0,),)),
    ("[1, 2,]", (2,), ((1.0, 2.0),)),
    ("[np.float64(0.1), np.float64(0.2)]", (2,), ((0.1, 0.2),)),
    (r"\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}", (2, 2), ((1.0, 2.0), (3.0, 4.0))),
    (r"\begin{pmatrix}1&2\\3&4\\\end{pmatrix}", (2, 2), ((1.0, 2.0), (3.0, 4.0))),
    (r"\begin{Bmatrix} 1 & 2 \end{Bmatrix}", (1, 2), ((1.0, 2.0),)),
    (r"\begin{matrix} 0.5 \end{matrix}", (1, 1), ((0.5,),)),
    (r"\begin{bmatrix} 1 \\ 1 \end{bmatrix}", (2, 1), ((1.0,), (1.0,))),
    (
        r"\begin{bmatrix} -4.418 \times 10^{-3} & \mathbf{0.5} \\ \frac{1}{4} & 1{,}000 \end{bmatrix}",
        (2, 2),
        ((-0.004418, 0.5), (0.25, 1000.0)),
    ),
    (r"\begin{bmatrix} 1 & 2 \\[4pt] 3 & 4 \end{bmatrix}", (2, 2), ((1.0, 2.0), (3.0, 4.0))),
]


@pytest.mark.parametrize(("text", "shape", "rows"), MATRICES, ids=[t for t, _, _ in MATRICES])
def test_find_matrices_reads_one_matrix(
    text: str, shape: tuple[int, ...], rows: tuple[tuple[float, ...], ...]
) -> None:
    [(start, end, matrix)] = find_matrices(text)
    assert (start, end) == (0, len(text))
    assert matrix.text == text
    assert matrix.shape == shape
    assert matrix.rows == rows
    assert matrix.to_array().shape == shape
    np.testing.assert_array_equal(matrix.to_array().ravel(), np.ravel(rows))


WRAPPED = [
    ("array([[1., 2.],\n       [3., 4.]])", "[[1., 2.],\n       [3., 4.]]", (2, 2)),
    ("tensor([[1., 2.], [3., 4.]])", "[[1., 2.], [3., 4.]]", (2, 2)),
    ("x  = np.array([1, 1])", "[1, 1]", (2,)),
    ("tensor([0.5], grad_fn=<AddBackward0>)", "[0.5]", (1,)),
    (r"$\left[\begin{array}{cc} 1 & 2 \\ 3 & 4\end{array}\right]$",
     r"\begin{array}{cc} 1 & 2 \\ 3 & 4\end{array}", (2, 2)),
    (r"$$\begin{bmatrix*}[r] -1 & 2 \end{bmatrix*}$$", r"\begin{bmatrix*}[r] -1 & 2 \end{bmatrix*}", (1, 2)),
]


@pytest.mark.parametrize(("text", "span", "shape"), WRAPPED, ids=[t for t, _, _ in WRAPPED])
def test_find_matrices_inside_calls_and_math(text: str, span: str, shape: tuple[int, ...]) -> None:
    [(start, end, matrix)] = find_matrices(text)
    assert text[start:end] == span == matrix.text
    assert matrix.shape == shape


NOT_MATRICES = [
    r"\begin{bmatrix} a & b \\ c & d \end{bmatrix}",
    r"\begin{bmatrix} w_{11} & 0.5 \\ 1 & 2 \end{bmatrix}",
    r"\begin{bmatrix} 1 & 2 \\ 3 \end{bmatrix}",
    r"\begin{vmatrix} 1 & 2 \\ 3 & 4 \end{vmatrix}",
    r"\begin{bmatrix} 1 & 2",
    "$W_1 = [[w_{11}, w_{13}], [w_{12}, w_{14}]]$",
    "[[1, 2], [3]]",
    "[[1, 2], [3, x]]",
    "[[[1 2]\n  [3 4]]\n\n [[5 6]\n  [7 8]]]",
    "[link](http://example.com) [ ] [x] []",
    "[1, 2, ...]",
    "[nan 1.]",
    "[ True False]",
    "[^1]",
]


@pytest.mark.parametrize("text", NOT_MATRICES, ids=[repr(t)[:40] for t in NOT_MATRICES])
def test_not_matrices(text: str) -> None:
    assert find_matrices(text) == []


def test_find_matrices_in_prose() -> None:
    text = (
        "Printed by our script:\n```\ndW1 =\n[[0.00043857 0.00087714]\n [0.00049771 0.00099543]]\n"
        "o = [0.75136507 0.77292847]\n```\nsee [3] and [see [4] for details], "
        r"and $\frac{\partial E}{\partial W} = \begin{bmatrix} 1 \\ 2 \end{bmatrix}$."
    )
    assert [(m.shape, m.rows[0][0]) for _, _, m in find_matrices(text)] == [
        ((2, 2), 0.00043857),
        ((2,), 0.75136507),
        ((1,), 3.0),
        ((1,), 4.0),
        ((2, 1), 1.0),
    ]
    for start, end, matrix in find_matrices(text):
        assert text[start:end] == matrix.text


def test_a_list_holding_a_list_is_searched_inside() -> None:
    assert [m.text for _, _, m in find_matrices("[[1, 2], 3]")] == ["[1, 2]"]


def test_parsed_matrix_is_frozen() -> None:
    matrix = ParsedMatrix(((1.0, 2.0),), (2,), "[1 2]")
    with pytest.raises(AttributeError):
        matrix.shape = (1, 2)  # type: ignore[misc]
    assert matrix.to_array().dtype == np.float64


# --------------------------------------------------------------------------- format_number

FORMATS = [
    (1228800, "1228800"),
    (-3, "-3"),
    (0, "0"),
    (F(1, 8), "0.125"),
    (F(-1, 3), "-1/3"),
    (F(10**20), "100000000000000000000"),
    (10**21, "1e21"),
    (10**30, "1e30"),
    (-1228 * 10**40, "-1.228e43"),
    (F(1, 10**9), "1e-9"),
    (0.1, "0.1"),
    (1e-7, "1e-07"),
    (np.float64(0.25), "0.25"),
    (np.int64(7), "7"),
    (Decimal("0.0372"), "0.0372"),
]


@pytest.mark.parametrize(("value", "text"), FORMATS, ids=[repr(v) for v, _ in FORMATS])
def test_format_number(value: object, text: str) -> None:
    assert format_number(value) == text  # type: ignore[arg-type]
    expected = value if isinstance(value, F) else F(str(value))
    assert parse_number(text).value == expected


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf"), F(1, 3 * 10**120)])
def test_format_number_rejects(value: object) -> None:
    with pytest.raises(ValueError):
        format_number(value)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties

MATHY = st.lists(
    st.sampled_from(
        list("0123456789.,-+eE^{}[]()\\ x\u00d7*_&$/\n\u2212\u2013\u207b\u00b3\u2009")
        + [r"\times ", r"\cdot", r"\begin{bmatrix}", r"\end{bmatrix}", r"\\", r"\mathbf{",
           r"\frac", "{,}", r"\,", "10^", "nan", "np.float64("]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_format_round_trips_floats(x: float) -> None:
    assert parse_number(format_number(x)).float == x


@settings(max_examples=60, deadline=None)
@given(st.fractions(min_value=-(10**12), max_value=10**12, max_denominator=10**9))
def test_format_round_trips_fractions(x: Fraction) -> None:
    assert parse_number(format_number(x)).value == x


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=-(10**60), max_value=10**60))
def test_format_round_trips_integers(x: int) -> None:
    number = parse_number(format_number(x))
    assert number.value == x
    assert number.is_integer


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=-(10**15), max_value=10**15), st.integers(min_value=-30, max_value=30))
def test_scientific_spellings_agree(mantissa: int, exponent: int) -> None:
    expected = F(mantissa) * F(10) ** exponent
    for spelling in (f"{mantissa}e{exponent}", f"{mantissa} \\times 10^{{{exponent}}}",
                     f"{mantissa}*10**{exponent}", f"{mantissa} \u00d7 10^{exponent}"):
        assert parse_number(spelling).value == expected, spelling


def check_spans(text: str) -> None:
    last = 0
    for start, end, number in find_numbers(text):
        assert last <= start < end <= len(text)
        assert text[start:end] == number.text
        assert parse_number(number.text).value == number.value
        last = end
    last = 0
    for start, end, matrix in find_matrices(text):
        assert last <= start < end <= len(text)
        assert text[start:end] == matrix.text
        assert matrix.to_array().shape == matrix.shape
        last = end


@settings(max_examples=150, deadline=None)
@given(st.text(), st.integers(min_value=-5, max_value=50))
def test_never_raises_on_any_text(text: str, start: int) -> None:
    check_spans(text)
    leading_number(text, start)
    try:
        parse_number(text)
    except ValueError:
        pass


@settings(max_examples=150, deadline=None)
@given(MATHY, st.integers(min_value=-5, max_value=50))
def test_never_raises_on_math_like_text(text: str, start: int) -> None:
    check_spans(text)
    found = leading_number(text, start)
    if found is not None:
        assert found[1] <= len(text)
    try:
        number = parse_number(text)
    except ValueError:
        return
    assert isinstance(number, ParsedNumber)
    number.float  # noqa: B018 - must not raise either


JUNK = {
    "digits": "1" * 100_000,
    "spaced digits": "1 " * 10_000 + "a " * 40_000,  # 10,000 numbers
    "groups": "1 228 " + "228 " * 25_000,
    "commas": "1," + "228," * 25_000,
    "dots": ".5" * 50_000,
    "minus": "-" * 100_000 + "1",
    "glued": "a1" * 50_000,
    "open brackets": "[" * 100_000,
    "nested brackets": "[" * 50_000 + "]" * 50_000,
    "empty pairs": "[]" * 50_000,
    "bracket pairs": "[x]" * 33_000,
    "matrices": "[1]" * 10_000,  # 10,000 matrices, 30 kB
    "open braces": "{" * 100_000,
    "subscripts": "_{" * 50_000,
    "subscript digits": "x_" + "1" * 100_000,
    "carets": "^" * 100_000,
    "begins": r"\begin{bmatrix}" * 7_000,
    "spaces in exponent": "10^{" + " " * 100_000,
    "spaces before times": "1" + " " * 100_000 + "x",
    "long exponent": "1e" + "9" * 100_000,
    "backslashes": "\\" * 100_000,
}


@pytest.mark.parametrize("text", JUNK.values(), ids=JUNK.keys())
def test_100kb_junk_is_read_in_linear_time(text: str) -> None:
    # A guard against catastrophic backtracking, not a benchmark: linear scanning takes
    # well under a second here, a backtracking regex would take minutes.
    began = time.perf_counter()
    find_numbers(text)
    find_matrices(text)
    leading_number(text)
    with pytest.raises(ValueError):
        parse_number(text)
    assert time.perf_counter() - began < 20.0


@pytest.mark.parametrize("text,value", [
    (r"12{,}28{,}800", F(1228800)),
    (r"1{,}22{,}88{,}000", F(12288000)),
    (r"4.4318\text{e-}03", F("0.0044318")),
    (r"4.2210\mathrm{e-}02", F("0.04221")),
    (r"4.4318\mathrm{e}{-3}", F("0.0044318")),
    (r"4.418 \mathrm{e}-3", F("0.004418")),
    (r"3.7179\,\mathrm{E}{+1}", F("37.179")),
    (r"4.4\rm{e}{-3}", F("0.0044")),
], ids=["indian-latex-braces", "indian-latex-crore", "ocr-text-e-minus", "ocr-mathrm-e-minus",
        "mathrm-e-braced-exponent", "mathrm-e-after-a-space", "thin-space-capital-E", "rm-e"])
def test_latex_spellings_from_ocr(text, value):
    assert parse_number(text).value == value


@pytest.mark.parametrize("text", [r"4.4\,\mathrm{e}^{-3}", r"4.4 e^{-3}", "4.4 eggs"])
def test_e_as_a_base_or_a_word_is_no_exponent(text):
    r"""``\mathrm{e}^{-3}`` is Euler's number to a power, not an exponent of ten: 4.4 is read alone."""
    assert [n.float for _, _, n in find_numbers(text)][:1] == [4.4]


# --------------------------------------------------------------------------- quantities (issue 12)

from fractions import Fraction as _F  # noqa: E402

from grader.numbers import number_words, parse_quantity  # noqa: E402

QUANTITIES = [
    # text, value meant, percent, scale, why
    ("1.2288 M", _F(1228800), False, "M", "M is million"),
    ("0.053952 M", _F(53952), False, "M", "a small count in millions"),
    ("12.288 lakh", _F(1228800), False, "lakh", "Indian numbering: a lakh is 100,000"),
    ("≈54K", _F(54000), False, "K", "an approximation sign, and K glued to the digits"),
    ("54k", _F(54000), False, "k", "lower-case k"),
    ("1 228 800", _F(1228800), False, None, "thousands grouped by spaces"),
    ("1.2288 e 6", _F(1228800), False, None, "a spaced exponent"),
    ("65.90 %", _F(659, 1000), True, None, "a percentage is a fraction of 100"),
    ("2.78\\%", _F(278, 10000), True, None, "LaTeX's escaped percent sign"),
    ("41.1 percent", _F(411, 1000), True, None, "the word percent"),
    ("87.6 ‰", _F(876, 10000), True, None, "per mille is a share of a thousand"),
    ("4.4 per mille", _F(44, 10000), True, None, "the words per mille"),
    ("8.76\\,\\textperthousand", _F(876, 100000), True, None, "textcomp's per mille sign"),
    ("\\frac{671}{1296}", _F(671, 1296), False, None, "a LaTeX fraction, exactly"),
    ("671/1296", _F(671, 1296), False, None, "a plain fraction, exactly"),
    ("1.2288 \\text{ million}", _F(1228800), False, "million", "a scale word in \\text{}"),
    ("2 crore", _F(20000000), False, "crore", "Indian numbering: a crore is 10,000,000"),
    ("twelve lakh", _F(1200000), False, None, "number words with an Indian scale"),
    ("one million two hundred twenty-eight thousand eight hundred", _F(1228800), False, None,
     "number words, English scale"),
    ("fifty three thousand nine hundred fifty two", _F(53952), False, None, "number words without 'and'"),
    ("one million, two hundred and twenty-eight thousand, eight hundred", _F(1228800), False, None,
     "number words with a comma after each scale, as a cheque writes them"),
    ("fifty-three thousand, nine hundred and fifty-two", _F(53952), False, None, "a comma after 'thousand'"),
    ("1,228,800", _F(1228800), False, None, "what parse_number reads is read the same"),
]


@pytest.mark.parametrize("text,value,percent,scale,why", QUANTITIES, ids=[q[0] for q in QUANTITIES])
def test_quantities_as_people_write_them(text, value, percent, scale, why):
    q = parse_quantity(text)
    assert (q.value, q.percent, q.scale) == (value, percent, scale), why


@pytest.mark.parametrize("text,unit", [("53952 multiplications", "multiplications"), ("1792 params", "params")])
def test_a_unit_after_the_value_is_read_and_kept(text, unit):
    q = parse_quantity(text, (unit,))
    assert q.unit == unit and q.value == int(text.split()[0])


@pytest.mark.parametrize("text", ["M", "lakh", "12 apples", "%", "the answer"])
def test_what_is_no_quantity_is_refused(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


def test_a_word_that_only_starts_like_a_number_word_is_none():
    assert number_words("often") is None and number_words("tennis") is None


@pytest.mark.parametrize("text,value,end", [
    ("one point eight.", _F(9, 5), 15),                           # a decimal's digits said after "point"
    ("zero point zero eight seven six", _F(876, 10000), 31),
    ("one point oh five", _F(105, 100), 17),                      # "oh" for zero
    ("twelve point five", _F(25, 2), 17),
    ("two point of view", _F(2), 3),                              # "point" not followed by digits
    ("one, two, three", _F(1), 3),                                # a comma after a unit: a list, not one number
    ("two thousand, thousands more", _F(2000), 12),               # after the comma no number goes on
])
def test_a_decimal_said_in_words(text, value, end):
    assert number_words(text) == (value, end)


#: (text, the numbers read): a comma before a percent sign with one or two digits after it is a
#: decimal comma (no grouping has that), "65,91 %" as Spanish and German write it; elsewhere a pair.
DECIMAL_COMMA_PERCENT = [
    ("= 65,91 %", [65.91]),
    ("65,9\\%", [65.9]),
    ("(65,91)", [65, 91]),
    ("65,912 %", [65912]),
]


@pytest.mark.parametrize("text,values", DECIMAL_COMMA_PERCENT)
def test_a_decimal_comma_before_a_percent_sign(text, values):
    from grader.numbers import find_numbers
    assert [n.float for _, _, n in find_numbers(text)] == values
