"""A student's own labels with a legend that maps them to the sheet's questions.

Some students label their answers their own way and say once how the labels map to the sheet:
"(i) = Q1(a), (ii) = Q1(b), (iii) = Q2", a table "| A | Q5(a) |", "Part D = Q3". Each answer then opens
with the student's label alone ("**A.** …", a heading "(iv)", "Part D"), which names no question of the
sheet. Read with the legend, such a label opens the question and part it stands for: the label is read
as the sheet's marker ("Q5(a)"), so that sections and parts are found as for a student who numbers as
the sheet does. The legend's own lines answer nothing and are left out of the reading (their line
numbers kept).

A legend is at least ``_LEAST`` distinct labels mapped to questions the spec has, within a few lines of
one another; fewer is a cross-reference in the working ("see (ii) = Q1(b)"), not a numbering.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..models import Block
from ..spec import Spec
from .lexicon import ARROWS, ASCII_ARROWS, QUESTION_WORDS, alternation
from .prefilter import prefiltered

#: Fewest labels a legend maps: two could be a remark's cross-reference.
_LEAST = 3
#: Most lines a legend spans (a table, a list, one or two lines of mappings, a heading and a note).
_SPAN = 16

# A word that may stand before the student's label ("Part D", "Task 3", "my A").
_LABEL_WORD = r"(?:part|task|item|answer|ans|my)"
# The student's label: a roman numeral, a letter, a letter and a digit, or a number, bracketed or not.
_LABEL = (rf"(?P<word>{_LABEL_WORD}\s*)?(?:\((?P<b>[ivx]{{1,5}}|[A-Za-z]|[A-Za-z]?\d{{1,2}})\)"
          r"|(?P<t>[ivx]{1,5}|[A-Za-z]\d?|\d{1,2})(?![A-Za-z0-9]))")
# How a legend relates the label to the sheet's question.
_MAPS = rf"\s*(?:{alternation(ARROWS + ASCII_ARROWS)}|=|:|↦|\bis\b|\bmeans\b|\bmaps to\b|\bfor\b)\s*"
# The sheet's question (and part): "Q5(a)", "Q1 (a)", "question 3(b)", "Q2", "Q3.b".
_SHEET = (rf"(?:sheet(?:'s)?\s+)?(?:{alternation(QUESTION_WORDS)})\s*\.?\s*(?P<n>\d{{1,2}})"
          r"(?:\s*\.?\s*\(?(?P<p>[a-h])\)?)?(?![A-Za-z0-9])")
_MAPPING = re.compile(rf"(?<![A-Za-z0-9]){_LABEL}{_MAPS}{_SHEET}", re.IGNORECASE)
# (Prefiltered: it is searched in every block, and its words, after an optional one, give the engine no
# character to jump to; the look-ahead refuses most positions after one test.)
_SHEET_ANYWHERE = prefiltered(re.compile(_SHEET, re.IGNORECASE))
# A table's row: the label in one cell, the sheet's question in the next ("| A | Q5(a) |").
_ROW = re.compile(rf"^\s*\|\s*{_LABEL}\s*\|\s*{_SHEET}\s*\|", re.IGNORECASE)


@dataclass(frozen=True)
class Legend:
    """The student's labels (folded: "part d", "ii", "a") and the sheet's marker each stands for."""

    marks: Mapping[str, str]
    lines: frozenset[tuple[str, int | None, int | None, int]]
    """(file, page, cell, line) of the legend's own lines (a notebook's cells and a PDF's pages count their
    lines each from 1)."""


def _key(word: str | None, token: str) -> str:
    return f"{word.strip().lower()} {token.lower()}" if word else token.lower()


def find_legend(blocks: tuple[Block, ...], spec: Spec) -> Legend | None:
    """The legend that maps the student's labels to the sheet's questions, if the text has one."""
    numbers = {q.number or i for i, q in enumerate(spec.questions, 1)}
    found: list[tuple[tuple[str, int | None, int | None], int, str, str]] = []  # (where, line, label, marker)
    for block in blocks:
        if block.kind == "code" or _SHEET_ANYWHERE.search(block.text) is None:
            continue  # (most blocks name no question of the sheet at all)
        for offset, line in enumerate(block.text.replace("~", " ").split("\n")):  # (TeX's ~ is a space)
            hits = [_ROW.match(line)] if line.lstrip().startswith("|") else list(_MAPPING.finditer(line))
            for m in filter(None, hits):
                if int(m["n"]) not in numbers:
                    continue
                label = _key(m["word"], m["b"] or m["t"])
                sheet = f"Q{int(m['n'])}" + (f"({m['p'].lower()})" if m["p"] else "")
                found.append(((block.file, block.page, block.cell), block.line + offset, label, sheet))
    best: list[tuple[tuple[str, int | None, int | None], int, str, str]] = []
    for i, (where, first, _, _) in enumerate(found):
        run = [f for f in found[i:] if f[0] == where and first <= f[1] < first + _SPAN]
        if len({f[2] for f in run}) > len({f[2] for f in best}):
            best = run
    marks: dict[str, str] = {}
    for _, _, label, sheet in best:
        if marks.setdefault(label, sheet) != sheet:
            return None  # one label mapped to two questions: no legend to trust
    if len(marks) < _LEAST or len(set(marks.values())) < _LEAST:
        return None
    return Legend(MappingProxyType(marks), frozenset((*where, n) for where, n, _, _ in best))


# A line that opens with a label: after a heading's marks, a bold mark or a LaTeX section's brace.
_LEAD = r"^(?P<lead>[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*)"


def _opening(legend: Legend) -> re.Pattern[str]:
    """A line that opens with one of the legend's labels as a marker: bracketed ("(iv)"), after its word
    ("Part D"), or bare and then a stop, a bracket, a colon, a bold mark or the line's end ("A.", "B)")."""
    forms = []
    for label in sorted(legend.marks, key=len, reverse=True):
        word, _, token = label.rpartition(" ")
        token = re.escape(token)
        if word:
            forms.append(rf"{re.escape(word)}\s*\(?{token}\)?(?![A-Za-z0-9])")
        else:
            forms.append(rf"\({token}\)|{token}(?=[.):]|\*\*|__|[ \t]*$)")
    return re.compile(_LEAD + rf"(?P<label>{'|'.join(forms)})[.:]?(?!\S*\s*=\s*Q)", re.IGNORECASE)


def apply_legend(blocks: tuple[Block, ...], legend: Legend) -> tuple[Block, ...]:
    """The blocks with each label that opens a line read as the sheet's marker it stands for, and the
    legend's own lines emptied."""
    opening = _opening(legend)
    out = []
    for block in blocks:
        if block.kind == "code":
            out.append(block)
            continue
        lines = block.text.split("\n")
        for offset, line in enumerate(lines):
            if (block.file, block.page, block.cell, block.line + offset) in legend.lines:
                lines[offset] = ""
                continue
            m = opening.match(line)
            if m is None:
                continue
            label = m["label"].lower().strip("()").replace("(", " ").replace(")", "")
            label = re.sub(r"\s+", " ", label).strip()
            sheet = legend.marks.get(label) or legend.marks.get(label.replace(" ", ""))
            if sheet is not None:
                lines[offset] = f"{m['lead']}{sheet}{line[m.end('label'):]}"
        text = "\n".join(lines)
        if text.strip():  # (a block that was all legend is left out)
            out.append(block if text == block.text else dataclasses.replace(block, text=text))
    return tuple(out)
