"""Tables of answers as students lay them out (grader/ingest/tables.py): a column per part written a row per
part; a file's answers table cut into a block per question."""

from __future__ import annotations

import pytest

from grader.ingest import read_submission
from grader.ingest.tables import question_part_grids, question_row_blocks, transposed_tables
from grader.models import Block


def _heads(blocks):
    return [(b.kind, b.text.split("\n")[0], b.line) for b in blocks]


def test_a_sheet_is_cut_into_a_passage_per_question_under_its_number():
    text = "| question | value |\n|---|---|\n| Q1 (a) | 1 |\n| Q1 (b) | 2 |\n| Q2 | 3 |\n| Q3 (a) | 4 |"
    assert _heads(question_row_blocks([Block(text, "a.csv", 1)])) == [
        ("heading", "Q1", 1), ("text", "| question | value |", 1), ("heading", "Q2", 5), ("text", "| Q2 | 3 |", 5),
        ("heading", "Q3", 6), ("text", "| Q3 (a) | 4 |", 6)]


FIRST_CELLS = [
    # (a row's first cell, the question it names)
    ("Q1 (b) P(D | +)", "1"), ("Question 3 decision", "3"), ("2(a) standard conv", "2"), ("3 Poisson loss", "3"), ("2. 95% CI for p", "2"),
    ("Q2", "2"), ("4b", "4"), ("5.", "5"),
    ("256 filters", None), ("0.0372", None), ("Working", None), ("1.2288 M", None), ("(b)", None),
]


@pytest.mark.parametrize("cell, number", FIRST_CELLS)
def test_the_question_a_row_s_first_cell_names(cell, number):
    rows = f"| {cell} | x |\n| Q7 | y |\n| Q8 | z |"
    blocks = question_row_blocks([Block(rows, "a.md", 1)])
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings == ([f"Q{number}"] if number else []) + ["Q7", "Q8"]


def test_a_table_of_one_question_s_rows_stays_one_passage():
    block = Block("| Q1 (a) | 1 |\n| Q1 (b) | 2 |\n| Q1 (c) | 3 |", "a.md", 1)
    assert question_row_blocks([block]) == [block]


def test_a_table_in_a_file_whose_text_opens_its_questions_is_a_summary_and_stays_whole():
    table = Block("| Q1 | 0.42 |\n| Q2 | 0.32 |\n| Q3 | 1.8 |", "a.md", 9)
    blocks = [Block("## Q1 Dice", "a.md", 1, kind="heading"), Block("P = 91/216", "a.md", 2), table]
    assert question_row_blocks(blocks) == blocks


def test_a_table_with_a_column_per_part_is_written_a_row_per_part():
    text = ("|  | Q1(a) | Q1(b) | Q2 |\n|---|---|---|---|\n| Working | 1 − (5/6)³ | 0.0095/0.1085 | 0.32 ± 0.0646 |\n"
            "| Answer | 0.4213 | 0.0876 | (0.2554, 0.3846) |")
    [block] = transposed_tables([Block(text, "a.docx", 3)])
    assert block.line == 3 and block.text.split("\n") == [
        "| part | Working | Answer |", "|---|---|---|", "| Q1(a) | 1 − (5/6)³ | 0.4213 |",
        "| Q1(b) | 0.0095/0.1085 | 0.0876 |", "| Q2 | 0.32 ± 0.0646 | (0.2554, 0.3846) |"]


def test_a_row_of_values_under_a_row_of_parts_is_a_row_per_part():
    [block] = transposed_tables([Block("| Q1 | Q2 | Q3 |\n|---|---|---|\n| 0.42 | 0.32 | 1.8 |", "a.md", 1)])
    assert block.text.split("\n")[2:] == ["| Q1 | 0.42 |", "| Q2 | 0.32 |", "| Q3 | 1.8 |"]


@pytest.mark.parametrize("text", [
    "| Question | Answer |\n|---|---|\n| Q1 | 0.42 |\n| Q2 | 0.32 |",        # a table a row per part already
    "| | h1 | h2 | o1 |\n|---|---|---|---|\n| net | 2 | 2 | 1.88 |",         # columns that are no parts
])
def test_other_tables_are_not_transposed(text):
    block = Block(text, "a.md", 1)
    assert transposed_tables([block]) == [block]


def test_a_word_answers_table_with_a_column_per_part_is_read_a_row_per_part(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for j, (head, answer) in enumerate([("", "Answer"), ("Q1(a)", "91/216"), ("Q1(b)", "0.0876")]):
        table.cell(0, j).text, table.cell(1, j).text = head, answer
    path = tmp_path / "answers.docx"
    document.save(path)
    text = "\n".join(b.text for b in read_submission(path).blocks)
    assert "| Q1(a) | 91/216 |" in text and "| Q1(b) | 0.0876 |" in text


@pytest.mark.parametrize("blocks", [
    # a table of data, its first column headed by what it counts
    [Block("| class | correct | predicted |\n|---|---|---|\n| 1 | 50 | 69 |\n| 2 | 45 | 78 |\n| 3 | 50 | 73 |", "a.md", 5)],
    # a file whose headings number its questions ("### 2"): a table there restates them
    [Block("### 2", "a.md", 1, kind="heading"), Block("| Q1 | 0.42 |\n| Q2 | 0.32 |\n| Q3 | 1.8 |", "a.md", 3)],
])
def test_tables_that_are_not_the_answers_sheet_are_not_cut(blocks):
    assert question_row_blocks(blocks) == blocks


@pytest.mark.parametrize("opening", ["## Q2 Interval", "Question 3: the test", "**Problem 1**", "2. Multiplications",
                                     "**2.**", "**1a.** Number of sixes", "### 1(a)", "### 2"])
def test_a_file_whose_text_opens_a_question_keeps_its_table_whole(opening):
    table = Block("| | A | B |\n|---|---|---|\n| 1 | p̂ | 0.32 |\n| 2 | SE | 0.033 |\n| 3 | z | 1.96 |", "a.md", 9)
    blocks = [Block(opening, "a.md", 1, kind="heading" if opening.startswith("#") else "text"), table]
    assert question_row_blocks(blocks) == blocks


# A grid of answers, a question's number to each column (or row) and a part's letter to each row (or column): each
# row written as its answers, each after its question's number and part's letter, on the row's own line.
@pytest.mark.parametrize("text, rows", [
    ("| part | Q1 | Q2 | Q3 |\n|---|---|---|---|\n| (a) | 0.4212 | [0.31, 0.32] | z = 1.8 |\n| (b) | 0.0875 | – | |",
     ["Q1(a): 0.4212; Q2: [0.31, 0.32]; Q3: z = 1.8", "Q1(b): 0.0875"]),
    ("|  | (a) | (b) | (c) |\n|---|---|---|---|\n| Q1 | 0.4213 | 0.95 | — |\n| Q2 | 0.659 | — | — |\n"
     "| Q3 | 1.8 | 0.0719 | Fail to reject H0 |",
     ["Q1(a): 0.4213; Q1(b): 0.95", "Q2: 0.659", "Q3(a): 1.8; Q3(b): 0.0719; Q3(c): Fail to reject H0"]),
])
def test_a_grid_of_answers_is_read_cell_by_cell(text, rows):
    [block] = question_part_grids([Block(text, "a.md", 5)])
    lines = block.text.split("\n")
    assert len(lines) == len(text.split("\n")) and block.line == 5  # every row on its own line
    assert [line for line in lines[2:]] == rows


@pytest.mark.parametrize("text", [
    "| x | 0 | 1 | 2 |\n|---|---|---|---|\n| a | 0.2 | 0.5 | 0.3 |\n| b | 1 | 2 | 3 |",      # a table of data from 0
    "| class | 1 | 2 |\n|---|---|---|\n| (b) | 50 | 12 |\n| (a) | 10 | 45 |",               # letters out of order
    "| part | Q1 | Q2 |\n|---|---|---|\n| Working | 1 − (5/6)³ | 0.32 ± 0.06 |",               # a row of working
])
def test_other_tables_are_no_grid(text):
    block = Block(text, "a.md", 1)
    assert question_part_grids([block]) == [block]


def test_a_spreadsheet_pasted_as_a_table_is_no_grid():
    # its columns lettered A, B, C and its rows numbered: cells of a sheet, not questions' parts
    block = Block("|  | A | B | C |\n|---|---|---|---|\n| 1 | p-hat | 0.32 | =64/200 |\n| 2 | SE | 0.033 | =SQRT(B1) |",
                  "a.md", 1)
    assert question_part_grids([block]) == [block]
