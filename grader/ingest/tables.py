"""Tables of answers as students lay them out, made ready for the readers of sections.

A Word or Markdown answer sheet is often one table: a row per part ("| Q1 (b) P(A | B) | … = 0.0876 |"),
or, laid out across a landscape page, a column per part ("| | Q1(a) | Q1(b) | … |" over rows headed
"Working" and "Answer"). Read as one block, a table is one passage: every row's value runs on as the
part read last. Here a table with the parts as its columns is written with them as its rows (each
column a row, its header first), a grid with a column per question and a row per part is written cell by cell
(each row on its line, each answer after its question's number and part's letter), and a table whose rows name questions is cut into a block per question under a heading of the
question's number, as a paragraph per question would be.
"""

from __future__ import annotations

import dataclasses
import re

from ..models import Block

__all__ = ["QUESTION_CELL", "question_part_grids", "question_row_blocks", "transposed_tables"]

#: A first cell that names a question ("Q1", "Question 2", "Task 3", "2", "Q2b"): where a sheet's rows pass to another.
QUESTION_CELL = re.compile(r"(?:q|question|task|problem|ex(?:ercise)?)?[ .]?(\d{1,2})[ .]?[a-z]?[).]?", re.IGNORECASE)
#: ...and one that opens with it before words that say what the row holds ("Q1 (b) P(A | B)", "Question 3 decision",
#: "2(a) standard", "3 Huber loss", "2. 95% CI for p"): a numbering word, a part's letter in brackets, a word
#: after the number or a dot and a space.
_QUESTION_CELL_LEAD = re.compile(r"(?:q|question|task|problem|ex(?:ercise)?)[ .]?(\d{1,2})(?![\d.,])[ .]?(?:\(?[a-h]\)|[a-h]\b)?"
                                 r"|(\d{1,2})[ .]?\(?[a-h]\)(?!\w)|(\d{1,2})(?:[.:)][ \t]+(?=\S)|[ \t]+(?=[A-Za-z]{3}))", re.IGNORECASE)
# A block that opens a question as a line or heading does ("## Q2", "Question 3:", "**Problem 1**", "2. Multiplications",
# "**2.**", "**1a.** Number of sixes").
_QUESTION_OPENS = re.compile(r"[ \t#*_>]*(?:(?:q|question|problem|task|exercise|ex)[ .]?\d{1,2}(?!\d)"
                             r"|\d{1,2}(?:[ .]?\(?[a-h]\)?)?[.):]?(?:[ \t]+[A-Za-z]|\*\*|__|[ \t]*$))", re.IGNORECASE)
# ...or a heading that is a question's number ("### 2", "### 1(a)"), not one that holds a number ("# MA214 Assignment 1").
_NUMBER_HEADING = re.compile(r"[ \t#*_>]*\(?\d{1,2}(?![\d,]|\.\d)")
#: What the first column of a table a row per question is headed.
_QUESTION_COLUMN = {"", "q", "qn", "no", "#", "question", "questions", "part", "parts", "task", "problem", "item",
                    "ex", "exercise", "answer", "answers", "question / part", "q / part", "question part"}
_SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().removeprefix("|").removesuffix("|").split("|")]


def _question_of(cell: str) -> str | None:
    """The question's number a row's first cell names, or None."""
    named = QUESTION_CELL.fullmatch(cell.split(" (")[0]) or _QUESTION_CELL_LEAD.match(cell)
    if named is None:
        return None
    return next(g for g in named.groups() if g is not None)


def _pipe_table(block: Block, least: int) -> tuple[list[str], list[str], list[list[str]]] | None:
    """A block that is a Markdown table of ``least`` lines or more: its lines, its header's cells and its rows'
    (the rule under the header left out); None for any other block."""
    lines = block.text.split("\n")
    if len(lines) < least or not all(line.lstrip().startswith("|") for line in lines):
        return None
    rows = [_cells(line) for line in lines if not _SEPARATOR.fullmatch(line)]
    return lines, rows[0], rows[1:]


def transposed_tables(blocks: list[Block]) -> list[Block]:
    """A table whose header row names parts ("| | Q1(a) | Q1(b) | Q2 |") and whose rows are labelled ("Working",
    "Answer"), written a row per part: "| Q1(a) | 1 − (4/5)³ = 61/125 | 0.488 |". The block keeps its first line;
    its rows then stand where its columns were."""
    out = []
    for block in blocks:
        if (table := _pipe_table(block, 2)) is None:
            out.append(block)
            continue
        _, header, body = table
        # (a first column of the rows' labels, "Working", "Answer"; or none, every column a part's)
        labelled = _question_of(header[0]) is None
        named = [c for c in header[labelled:] if c]
        if (len(named) < 2 or not body or len(body) > 8 or any(len(r) != len(header) for r in body)
                or sum(_question_of(c) is not None for c in named) < max(2, len(named) * 2 // 3)
                or any(_question_of(r[0]) is not None for r in body)):
            out.append(block)
            continue
        labels = [r[0] for r in body] if labelled else ["answer"] * len(body)
        table = ["| " + " | ".join([header[0] if labelled and header[0] else "part"] + labels) + " |",
                 "|" + "---|" * (len(body) + 1)]
        table += ["| " + " | ".join([header[j]] + [r[j] for r in body]) + " |" for j in range(labelled, len(header))]
        out.append(dataclasses.replace(block, text="\n".join(table)))
    return out


# A row's first cell that names a part by its letter alone: "(a)", "a)", "a", "Part b", "(B)"; not a spreadsheet's
# column, a capital alone ("A", "B"), nor "(ii)".
_PART_CELL = re.compile(r"(?:[Pp]art[ \t]*)?(?:\(([a-hA-H])\)|([a-h])[).]?|([A-H])[).])")
# A cell that holds nothing: empty, a dash, "n/a".
_EMPTY_CELL = re.compile(r"[-–—/ ]*|n/?a|none", re.IGNORECASE)


def _letter(cell: str) -> str | None:
    m = _PART_CELL.fullmatch(cell.strip("*_ "))
    return None if m is None else next(g for g in m.groups() if g is not None).lower()


def _number(cell: str) -> str | None:
    return _question_of(cell) if QUESTION_CELL.fullmatch(cell.strip("*_ ")) else None


def _grid(numbers: list[str | None], letters: list[str | None]) -> bool:
    """Whether a header's and a first column's cells number questions and letter parts, each in order from the
    first ("Q1 Q2 Q3" and "(a) (b) (c)"; a table of data headed "0 1 2" or lettered "x, f" is none)."""
    if None in numbers or None in letters:
        return False
    ints = [int(n) for n in numbers]  # type: ignore[arg-type]
    return ints[0] >= 1 and ints == sorted(set(ints)) and letters == sorted(set(letters)) and letters[0] == "a"


def question_part_grids(blocks: list[Block]) -> list[Block]:
    """A grid of answers with a column per question and a row per part ("| part | Q1 | Q2 | Q3 |" over
    "| (a) | 0.4212 | [0.3179, 0.3221] | z = 1.8 |"), or a row per question and a column per part ("| | (a) | (b) |"
    over "| Q1 | 0.4213 | 0.0876 |"): each row written as the list of answers it holds, each after its question's
    number and part's letter ("Q1(a): 0.4212; Q2(a): [0.3179, 0.3221]; Q3(a): z = 1.8"). Empty cells and dashes
    are left out; every row stays on its line (the header's line says what the grid was)."""
    out = []
    for block in blocks:
        if (table := _pipe_table(block, 3)) is None:
            out.append(block)
            continue
        lines, header, body = table
        if not body or len(header) < 3 or any(len(r) != len(header) for r in body):
            out.append(block)
            continue
        # (a column per question, a row per part; or the other way round)
        by_column = [_number(c) for c in header[1:]], [_letter(r[0]) for r in body]
        by_row = [_number(r[0]) for r in body], [_letter(c) for c in header[1:]]
        if _grid(*by_column):
            cells = [[(n, letter) for n in by_column[0]] for letter in by_column[1]]
        elif _grid(*by_row):
            cells = [[(n, letter) for letter in by_row[1]] for n in by_row[0]]
        else:
            out.append(block)
            continue
        filled = {cell for row_cells, row in zip(cells, body) for cell, text in zip(row_cells, row[1:])
                  if not _EMPTY_CELL.fullmatch(text)}
        # a question with an answer in its first part's cell only is written without the letter ("Q5: 0.659"): the
        # grid's layout gave it a part it does not have
        lettered = {n for n, letter in filled if letter != "a"}
        written, rows_of = [], iter(zip(cells, body))
        for i, line in enumerate(lines):
            if i == 0 or _SEPARATOR.fullmatch(line):
                written.append("" if i else "Answers, a question's number and a part's letter to each cell:")
                continue
            row_cells, row = next(rows_of)
            written.append("; ".join(f"Q{n}({letter}): {text}" if n in lettered else f"Q{n}: {text}"
                                     for (n, letter), text in zip(row_cells, row[1:]) if not _EMPTY_CELL.fullmatch(text)))
        out.append(dataclasses.replace(block, text="\n".join(written)))
    return out


def question_row_blocks(blocks: list[Block]) -> list[Block]:
    """A file's answers table cut into a block per question, where the first cell names the question and changes
    ("| Q1 (a) | … |" … "| Q2 | … |", "| Q3 (c) decision | … |"): each question's rows then read as its passage,
    as a paragraph per question would. (Not where the file's other text opens its questions: a table there
    restates them, and is read as one.) The rows stay on their lines; the header row stays with the first
    question's rows (the readers of a column find it in the rows just above a block)."""
    if any(_QUESTION_OPENS.match(b.text) or (b.kind == "heading" and _NUMBER_HEADING.match(b.text))
           for b in blocks if not b.text.lstrip().startswith("|")):
        return blocks  # the file's own headings or lines open its questions: a table there sums them up, as written
    out: list[Block] = []
    for block in blocks:
        lines = block.text.split("\n")
        if len(lines) < 3 or not all(line.lstrip().startswith("|") for line in lines):
            out.append(block)
            continue
        starts, current = [0], None
        header = _question_of(_cells(lines[0])[0]) is None
        if header and len(lines) > 1 and _SEPARATOR.fullmatch(lines[1]) \
                and _cells(lines[0])[0].lower().strip(" .:*") not in _QUESTION_COLUMN:
            out.append(block)  # a table of data ("| class | correct | … |" over "| 1 | 50 | …"): its numbers are no questions'
            continue
        for i, line in enumerate(lines):
            number = _question_of(_cells(line)[0])
            if number is not None and current is not None and number != current:
                starts.append(i)
            current = number or current
        if len(starts) < 2:  # (a table of one question's rows is one passage, as written)
            out.append(block)
            continue
        for a, b in zip(starts, [*starts[1:], len(lines)]):
            # (the first question's number is its first row's, under the header and its rule)
            number = next((n for line in lines[a:b] if not _SEPARATOR.fullmatch(line)
                           and (n := _question_of(_cells(line)[0])) is not None), None)
            if number is not None:
                # the question's cell read as the heading it is to the rows ("Q2" over its rows): a table row is
                # no heading to the reader of sections, and the sheet's number is what the student wrote
                out.append(dataclasses.replace(block, text=f"Q{number}", kind="heading", line=block.line + a))
            out.append(dataclasses.replace(block, text="\n".join(lines[a:b]), line=block.line + a))
    return out
