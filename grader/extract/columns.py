"""A table's column whose header states the scale of its values, and a row's scale-only cell; and the
header of a value's column ("Final answer"), which may say the column holds the answers.

Students put their results in a closing table and write the scale once, where a printed
table does: in the column's header ("Value (×10⁻³)", "multiplications (in millions)",
"('000)", "in units of 10⁻³") or in a cell of its own beside the value ("| 4.432 | × 10⁻³ |").
The value in the cell is then the number times that power of ten, as a TA reads it.

Only a scale said as one (in brackets, or after "in units of" / "in") is taken: a header that
merely ends with a number ("after 10 epochs") scales nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..numbers import SCALE_WORDS

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
# "×10⁻³", "x 10^-3", "\times 10^{-3}", "* 10**-3", "10^-3", "x1e-3", "1e3"
_POWER = (r"(?:(?:×|x|X|\\times|\*|·)\s*)?(?:10\s*(?:\^|\*\*)?\s*\{?\s*(?P<p>[-+]?\s*\d{1,2})\s*\}?"
          r"|1\s*[eE]\s*(?P<e>[-+]?\d{1,2}))")
# A scale word of the number reader ("millions", "lakh", "K"), or thousands written "'000".
_WORD = (r"(?P<w>" + "|".join(sorted(map(re.escape, SCALE_WORDS), key=len, reverse=True)) + r"|thousands)"
         r"|(?P<k>['’]?000s?)")
_SCALE = re.compile(rf"(?:{_POWER}|{_WORD})", re.IGNORECASE)
#: Where a header says a scale: in brackets "(×10⁻³)", "[in millions]", or "in units of 10⁻³" / "in lakhs".
_HEADER_SLOT = re.compile(r"[(\[]\s*(?:in\s+)?(?:units\s+of\s+)?(?P<s>[^()\[\]]{1,24}?)\s*[)\]]"
                          r"|\bin\s+(?:units\s+of\s+)?(?P<t>[^()\[\]|]{1,24}?)\s*$", re.IGNORECASE)
#: A cell that holds a scale and nothing else: "× 10⁻³", "(×10^-3)", "millions".
_CELL_SLOT = re.compile(r"^\s*[(\[]?\s*(?:in\s+)?(?P<s>[^()\[\]]{1,24}?)\s*[)\]]?\s*$", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"(?<=\S)\s+[A-Za-z][A-Za-z. ]{0,30}$")
# A header's cell: words, no number ("Value", "Result"): the column's header when no scale is in it.
_WORDS_ONLY = re.compile(r"^[^\d]*[A-Za-z][^\d]*$")
# A Markdown rule row ("|---|:--:|") or an ASCII box's rule ("+-----+----+").
_RULE = re.compile(r"^\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$|^\s*\+(?:[-=]+\+)+\s*$")


@dataclass(frozen=True)
class ColumnScale:
    """The power of ten a cell's value is in, and the words that say so (for the report)."""

    power: int
    said: str


# LaTeX's math delimiters and braces around a scale ("$\\times10^{-3}$") say nothing of it.
_MARKUP = str.maketrans("", "", "${}")


def _scale_in(slot: str | None, unit: bool = False) -> re.Match | None:
    """The scale a header's bracket (or, with ``unit``, a cell: "M mult") states, as a whole."""
    if not slot:
        return None
    plain = slot.translate(_SUPERSCRIPTS).translate(_MARKUP).strip()
    if unit:  # a unit after the scale, in a cell of its own: "M mult", "million multiplications"
        plain = _UNIT_AFTER.sub("", plain)
    return _SCALE.fullmatch(plain)


def _power(match: re.Match) -> int | None:
    if match["p"] is not None:
        return int(match["p"].replace(" ", ""))
    if match["e"] is not None:
        return int(match["e"])
    if match["k"] is not None:
        return 3
    word = match["w"]
    if word.lower() == "thousands":
        return 3
    # single letters keep their case ("M" million, "m" metres); words are read in any case
    for key in (word, word.lower()):
        if key in SCALE_WORDS and (len(key) > 2 or key == word):
            return SCALE_WORDS[key][0]
    return None


def _cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table row, within the line."""
    bars = [i for i, c in enumerate(line) if c == "|" and (i == 0 or line[i - 1] != "\\")]
    return [(a + 1, b) for a, b in zip(bars, bars[1:])]


def column_scale(text: str, start: int) -> ColumnScale | None:
    """The scale that applies to the number at ``text[start]``, when it sits in a table cell whose
    column header or whose next cell (holding nothing else) states one; else None."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a:len(text) if b < 0 else b]
    if not line.lstrip().startswith("|"):
        return None
    cells = _cells(line)
    at = next((i for i, (x, y) in enumerate(cells) if x <= start - a < y), None)
    if at is None:
        return None
    if at + 1 < len(cells):
        x, y = cells[at + 1]
        slot = _CELL_SLOT.match(line[x:y])
        m = _scale_in(slot["s"], unit=True) if slot else None
        power = _power(m) if m else None
        if power is not None:
            return ColumnScale(power, line[x:y].strip())
    for header in _rows_above(text, a):
        heads = _cells(header)
        if len(heads) == len(cells):
            head = heads[at]
        elif at == len(cells) - 1 and heads:  # a header row with fewer cells: the last columns align
            head = heads[-1]
        else:
            continue
        cell = header[head[0]:head[1]]
        for slot in _HEADER_SLOT.finditer(cell):
            m = _scale_in(slot["s"] or slot["t"])
            power = _power(m) if m else None
            if power is not None:
                return ColumnScale(power, cell.strip())
        if _WORDS_ONLY.match(cell):
            return None  # the column's header, with no scale in it
    return None


def _header_over_rule(text: str, row_start: int) -> str | None:
    """The row just over the rule line of the Markdown table whose row begins at ``row_start``, if it has one."""
    # (the table's lines above, rules among them: no line is a rule to skip)
    lines = list(_rows_above(text, row_start, _NO_RULE,
                             lambda line: bool(_RULE.match(line)) or line.lstrip().startswith("|")))
    for i, line in enumerate(lines):
        if _RULE.match(line):
            return lines[i + 1] if i + 1 < len(lines) and not _RULE.match(lines[i + 1]) else None
    return None


#: A pattern that matches no line.
_NO_RULE = re.compile(r"(?!)")


def _rows_above(text: str, row_start: int, rule: re.Pattern | None = None,
                is_row: Callable[[str], bool] | None = None) -> Iterator[str]:
    """The rows of the table above the row that begins at ``row_start``, nearest first (rule lines
    skipped). A Markdown table by default; ``rule`` and ``is_row`` say what a rule line and a row are
    in another table syntax (a LaTeX tabular)."""
    rule = rule or _RULE
    is_row = is_row or (lambda line: line.lstrip().startswith("|"))
    end = row_start - 1
    for _ in range(200):  # a table is read, not a document
        if end <= 0:
            return
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if rule.match(line):
            pass
        elif is_row(line):
            yield line
        else:
            return
        end = begin - 1


# A LaTeX table's rule line ("\\midrule", "\\hline", "\\cline{2-3}"), which separates rows and holds none.
_LATEX_RULE = re.compile(r"^\s*(?:\\(?:hline|toprule|midrule|bottomrule|cline\s*\{[^{}]*\})\s*)+$")


def _amp_cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a LaTeX table row ("1(b) & parameters & $1728$\\\\")."""
    body = line.split("\\\\", 1)[0]
    cuts = [i for i, c in enumerate(body) if c == "&" and (i == 0 or body[i - 1] != "\\")]
    edges = [-1, *cuts, len(body)]
    return [(x + 1, y) for x, y in zip(edges, edges[1:])]


def column_header(text: str, start: int, above: str = "") -> str | None:
    """The header of the column of the table cell holding ``text[start]`` (a Markdown row or a LaTeX
    tabular row), when the rows above it have one in words; else None. ``above`` is the text of the
    lines just before ``text`` (a table's rows may have been cut into blocks of their own)."""
    if above:
        text, start = f"{above}\n{text}", start + len(above) + 1
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a:len(text) if b < 0 else b]
    if line.lstrip().startswith("|"):
        # a Markdown table's header is the row over its rule line ("| Q | Working | Answer |" over "|---|"), not a
        # row of its body whose cell has no digit ("| 4(b) | … | p̂ = x̄ |")
        header = _header_over_rule(text, a)
        cells, split, rows = _cells(line), _cells, ([header] if header is not None else _rows_above(text, a))
    elif "&" in line:
        cells, split, rows = _amp_cells(line), _amp_cells, _latex_rows_above(text, a)
    else:
        return None
    at = next((i for i, (x, y) in enumerate(cells) if x <= start - a < y), None)
    if at is None or len(cells) < 2:
        return None
    for header in rows:
        heads = split(header)
        if len(heads) != len(cells):
            return None
        cell = header[heads[at][0]:heads[at][1]].strip().strip("$*")
        if _WORDS_ONLY.match(cell):
            return cell
    return None


def _latex_rows_above(text: str, row_start: int) -> Iterator[str]:
    """The rows of the LaTeX table above the row that begins at ``row_start``, nearest first."""
    return _rows_above(text, row_start, _LATEX_RULE, lambda line: "&" in line and "\\begin" not in line)