"""Rows pasted from a spreadsheet (cells parted by tabs) written as a Markdown table's rows.

::

    question<TAB>answer              | question | answer |
    Q3 loss<TAB>y ln(λ) − λ     ->   | Q3 loss | y ln(λ) − λ |

Two or more lines in a row, each with a tab between text, are a table: every reader of a table's
row (its label in the first cells, its answer in the last) then reads them. A lone tab (an indent, a
gap in one line of prose) is left as it is. Lines stay lines.
"""

from __future__ import annotations

import re

#: A tab between two pieces of text on one line.
_CELL_TAB = re.compile(r"\S[ ]*\t+[ \t]*\S")


def tab_tables(text: str) -> str:
    """``text`` with runs of two or more tab-separated lines written as Markdown table rows."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    out = list(lines)
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if _CELL_TAB.search(line) and not line.lstrip().startswith("|"):
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                cells = [c.strip() for c in re.split(r"\t+", lines[j].strip())]
                out[j] = "| " + " | ".join(cells) + " |"
        run = []
    return "\n".join(out)
