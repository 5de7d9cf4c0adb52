"""A table's column header (or a row's scale-only cell) that states the scale of its values."""

from __future__ import annotations

import pytest

from grader.extract.columns import column_scale

MD = "| Q | Quantity | {head} |\n|---|---|---|\n| 1(a) | dE/dw11 | {cell} |"

HEADERS = [
    ("Value (×10⁻³)", -3, "Unicode superscripts in brackets"),
    ("value ($\\times10^{-3}$)", -3, "LaTeX in the header"),
    ("value (x1e-3)", -3, "e-notation, as code prints it"),
    ("Value (× 10^-3)", -3, "a caret"),
    ("Value (in units of 10⁻³)", -3, "said in words"),
    ("Multiplications (in millions)", 6, "a scale word in brackets"),
    ("Multiplications (in lakhs)", 5, "Indian numbering"),
    ("multiplications ('000)", 3, "thousands as accountants write them"),
    ("Count [K]", 3, "a letter in square brackets"),
    ("Multiplications in millions", 6, "'in millions' ending the header"),
    ("Value", None, "no scale"),
    ("accuracy after (10 epochs)", None, "a number in brackets that is no scale"),
    ("length (m)", None, "a unit, not a scale: m is metres"),
]


@pytest.mark.parametrize("head,power,why", HEADERS, ids=[h[2] for h in HEADERS])
def test_a_header_s_scale_applies_to_its_column(head, power, why):
    text = MD.format(head=head, cell="4.432")
    got = column_scale(text, text.rindex("4.432"))
    assert (got.power if got else None) == power, why


ROWS = [
    # an ASCII box, as a plain-text table: rules of + and -
    ("+------+-----------------+\n| part | value (x1e-3)   |\n+------+-----------------+\n| Q1(a)| 4.432           |\n"
     "| Q1(b)| 37.18           |\n+------+-----------------+", "37.18", -3),
    # a PDF's table lost its rules: the nearest row above whose cell says a scale is the header
    ("| Q | Quantity | Value (× 10⁻²) |\n| 1(a) | dw11 | 0.443 |\n| Q | Convolution | Multiplications (in lakhs) |\n"
     "| 2(a) | Standard | 12.288 |", "12.288", 5),
    ("| Q | Quantity | Value (× 10⁻²) |\n| 1(a) | dw11 | 0.443 |\n| Q | Convolution | Multiplications (in lakhs) |\n"
     "| 2(a) | Standard | 12.288 |", "0.443", -2),
    # a header row with fewer cells than the rows (a Word table's merged header): the last columns align
    ("| Quantity | Value (in units of 10⁻³) |\n|---|---|\n| Symbol | Formula |  |\n| dw11 | δx | 4.432 |", "4.432", -3),
    # the scale in a cell of its own beside the value, with or without a unit
    ("| Q | Result | Scale |\n|---|---|---|\n| 1(a) | 4.432 | × 10⁻³ |", "4.432", -3),
    ("| 2(a) | standard conv | 1.2288 | M mult |", "1.2288", 6),
    ("| 2(a) | standard conv | 1228800 | multiplications |", "1228800", None),
    # a header without a scale above a row: nothing, however far up a scaled header is
    ("| a | b (×10⁻³) |\n|---|---|\n| x | 1 |\n\n| c | Value |\n|---|---|\n| y | 4.432 |", "4.432", None),
    ("the value 4.432 (×10⁻³) in prose", "4.432", None),
]


@pytest.mark.parametrize("text,number,power", ROWS)
def test_a_table_s_scale_in_its_layouts(text, number, power):
    got = column_scale(text, text.rindex(number))
    assert (got.power if got else None) == power


#: (table, the number, lines above it in blocks of their own, the header of its column or None)
HEADERS = [
    ("| Q | Final answer |\n|---|---|\n| 1(b) | 1728 |", "1728", "", "Final answer"),
    ("Question & Quantity & Final answer\\\\\n\\midrule\n1(b) & parameters & $1728$\\\\", "1728", "", "Final answer"),
    # the table's rows cut into blocks of their own: the header is in the text above
    ("1(b) & parameters & $1728$\\\\", "1728", "\\toprule\nQuestion & Quantity & Answer\\\\\n\\midrule", "Answer"),
    # a header row of another width, or none: no header
    ("| a | b |\n|---|---|\n| 1(b) | parameters | 1728 |", "1728", "", None),
    ("the value 1728 in prose", "1728", "", None),
]


@pytest.mark.parametrize("text,number,above,header", HEADERS)
def test_the_header_of_a_value_s_column(text, number, above, header):
    from grader.extract.columns import column_header

    assert column_header(text, text.rindex(number), above) == header
