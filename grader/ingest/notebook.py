"""Jupyter notebooks: markdown cells, code cells and their printed outputs, by cell number.

A notebook is read with nbformat (any version it converts to 4) and never executed.
Every block keeps its cell (1-based, counting every cell from the top) and its line in
that cell; a code cell's outputs are numbered on after its source, as they appear under
it. Outputs count as the student's text: a printed numpy array is an answer.

The code cells are also a program for code parts: their imports (guarded, so that a
plotting library the grader lacks does not stop the rest), definitions and constant
assignments, in cell order, as ``<notebook>.py``. A notebook's other statements (the
demo calls, prints, plots, training loops) are left out: a code part calls the
functions, it does not replay the notebook. Running that program is the sandbox's job.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import warnings as _warnings
from typing import Any

from ..errors import UnreadableFileError
from ..models import Block
from .decode import decode_text
from .html import html_text
from .markdown import highlights, inline_html, split_blocks, unquote

__all__ = ["notebook_blocks", "notebook_program"]

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
#: Cell magics whose body is still Python.
_PYTHON_CELL_MAGICS = ("%%time", "%%timeit", "%%capture")
_PLAIN_OUTPUTS = ("text/plain", "text/markdown", "text/latex")
# The plain text IPython gives a displayed object that has only a rich form ("display(Markdown(f'**Answer:** {x}'))"
# shows "<IPython.core.display.Markdown object>" as plain text): no text of the student's, where the rich form is.
_OBJECT_REPR = re.compile(r"<[\w.]+ object(?: at 0x[0-9a-fA-F]+)?>")


def notebook_blocks(data: bytes, name: str) -> tuple[list[Block], bytes | None, list[str]]:
    """The blocks of a notebook, its code cells as a program (or None), and warnings.

    Raises ``UnreadableFileError`` for a file that is not a notebook nbformat can read.
    """
    text, warning = decode_text(data, name)
    notes = [warning] if warning else []
    notebook = _parse(text, name, notes)
    cells = _cells(notebook, name)
    blocks: list[Block] = []
    for number, cell in enumerate(cells, start=1):
        kind = cell.get("cell_type")
        source = _text(cell.get("source"))
        if kind == "markdown":
            blocks.extend(dataclasses.replace(b, cell=number)
                          for b in split_blocks(unquote(highlights(inline_html(source))), name))
        elif kind == "raw":
            blocks.extend(dataclasses.replace(b, cell=number) for b in split_blocks(source, name))
        elif kind == "code":
            blocks.extend(_code_cell_blocks(cell, source, name, number))
    program = None
    if _is_python(notebook):
        program, skipped = notebook_program(cells)
        if skipped:
            notes.append(f"{name}: {_cells_named(skipped)} not valid Python; left out of the program")
    return blocks, program.encode("utf-8") if program else None, notes


def _parse(text: str, name: str, notes: list[str]) -> Any:
    import nbformat  # here: its schema machinery is only needed when a notebook is handed in

    captured: dict[str, Any] = {}
    try:
        with _warnings.catch_warnings():
            _warnings.simplefilter("ignore")
            notebook = nbformat.reads(text, as_version=4, capture_validation_error=captured)
    except RecursionError:
        raise UnreadableFileError(f"{name}: not a Jupyter notebook (nested too deeply); save it again from "
                                  f"Jupyter") from None
    except Exception as exc:  # nbformat raises many kinds for a file that is no notebook
        # nbformat quotes the file's start ("...JSON: '{\\n ..."): the reason is what comes before it.
        reason = str(exc).strip().split("\n")[0].split(": '")[0][:160] or type(exc).__name__
        raise UnreadableFileError(f"{name}: not a Jupyter notebook ({reason}); save it again from Jupyter "
                                  f"(File > Save) or submit a .py or .md file") from None
    if captured.get("ValidationError") is not None:
        notes.append(f"{name}: the notebook does not follow the nbformat schema; read as far as it goes")
    return notebook


def _cells(notebook: Any, name: str) -> list[dict]:
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        raise UnreadableFileError(f"{name}: not a Jupyter notebook (no list of cells); save it again from Jupyter")
    return [c for c in cells if isinstance(c, dict)]


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = "".join(str(v) for v in value)
    return str(value or "").replace("\r\n", "\n").replace("\r", "\n")


def _code_cell_blocks(cell: dict, source: str, name: str, number: int) -> list[Block]:
    blocks = []
    lines = source.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        last = max(i for i, line in enumerate(lines) if line.strip())
        blocks.append(Block("\n".join(lines[first:last + 1]), name, first + 1, "code", cell=number))
    line = len(lines) + 1
    # "z" alone as the cell's last line, "-1.8000000000000016" its result: Jupyter shows the value of that name,
    # which is read as the student's "z = -1.8000000000000016"
    named = _NAME_SHOWN.fullmatch(lines[last].strip()) if first is not None else None
    for output in cell.get("outputs") or ():
        shown = _without_row_index(_ANSI.sub("", _output_text(output)).rstrip("\n"))
        if shown.strip():
            if named is not None and isinstance(output, dict) and output.get("output_type") == "execute_result" \
                    and not shown.startswith("{") and ("\n" not in shown or _VALUE_REPR.match(shown)):
                # (a dict of answers names its entries itself: "{'Q2a standard': 1228800, …}")
                shown = f"{named.group(0)} = {shown}"
            blocks.append(Block(shown, name, line, "code", cell=number))
            line += shown.count("\n") + 1
    return blocks


# A cell's last line that is a name alone (``post``, ``res.x``): the value Jupyter shows under it is that name's.
_NAME_SHOWN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")
# ... a value of one line, or a repr of an array or a matrix over several ("array([[…],", "Matrix([", "[[0.15, …"),
# not a table or a printout laid out in columns
_VALUE_REPR = re.compile(r"(?:array|tensor|matrix|Matrix)\(|\[\[|\(\(")


# A row of a data frame as pandas prints it: its index (0, 1, 2, …), a gap, the row's cells.
_INDEXED_ROW = re.compile(r"(\d{1,4})[ \t]{2,}(?=\S)")
# The gap between two of its columns (a cell's own words are one space apart).
_COLUMN_GAP = re.compile(r"[ \t]{2,}")


def _without_row_index(text: str) -> str:
    """A printed data frame as the table the student sees, without the row numbers pandas puts before each row:
    "0   1a   0.4213" is the row "| 1a | 0.4213 |" of a table headed by its column names (the index, 0, 1, 2, … in
    order under a header indented over it, is no cell of the student's). Any other output is as printed."""
    lines = text.split("\n")
    if len(lines) < 2 or not lines[0][:1].isspace() or not lines[1].startswith("0"):
        return text
    rows = []
    for expected, line in enumerate(lines[1:]):
        m = _INDEXED_ROW.match(line)
        if m is None or int(m.group(1)) != expected:
            return text
        rows.append(line[m.end():].rstrip())
    # (a bar inside a cell, "P(A|B)", is the conditional's "∣", as LaTeX's \mid prints it: no column's edge)
    header = _COLUMN_GAP.split(lines[0].strip().replace("|", "∣"))
    cells = [_COLUMN_GAP.split(row.replace("|", "∣")) for row in rows]
    if all(len(row) == len(header) for row in cells):
        return "\n".join("| " + " | ".join(row) + " |" for row in (header, *cells))
    # (a cell with a gap of its own: the rows as printed, their index and the header left out; the header's line
    # stays, blank, so each row keeps its line)
    return "\n".join(["", *rows])


def _output_text(output: Any) -> str:
    if not isinstance(output, dict):
        return ""
    kind = output.get("output_type")
    if kind == "stream":
        return _text(output.get("text"))
    if kind in ("execute_result", "display_data"):
        data = output.get("data") or {}
        if isinstance(data, dict):
            for mime in _PLAIN_OUTPUTS:
                if mime in data and not (mime == "text/plain" and _OBJECT_REPR.fullmatch(_text(data[mime]).strip())
                                         and any(rich in data for rich in (*_PLAIN_OUTPUTS, "text/html"))):
                    return _text(data[mime])
            if "text/html" in data:
                # a styled table (pandas' Styler) or HTML the student displays, with no plain text beside it: the
                # text the page shows (a table's cells as a Markdown row's)
                return html_text(_text(data["text/html"])).strip("\n")
    return ""  # errors (tracebacks) and images are not answers


def _is_python(notebook: Any) -> bool:
    metadata = notebook.get("metadata") or {}
    language = ((metadata.get("kernelspec") or {}).get("language")
                or (metadata.get("language_info") or {}).get("name") or "python")
    return str(language).lower() == "python"


def _cells_named(numbers: list[int]) -> str:
    return (f"cell {numbers[0]} is" if len(numbers) == 1
            else "cells " + ", ".join(str(n) for n in numbers) + " are")


# --------------------------------------------------------------------------- the program


def notebook_program(cells: list[dict]) -> tuple[str | None, list[int]]:
    """The code cells' imports and definitions as one Python file, and the cells left out.

    Returns None when no cell defines or imports anything.
    """
    future: list[str] = []
    parts: list[str] = []
    skipped: list[int] = []
    for number, cell in enumerate(cells, start=1):
        if cell.get("cell_type") != "code":
            continue
        source = _without_magics(_text(cell.get("source")))
        if source is None or not source.strip():
            continue
        try:
            with _warnings.catch_warnings():
                _warnings.simplefilter("ignore")
                tree = ast.parse(source)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            skipped.append(number)
            continue
        kept = []
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module == "__future__":
                future.append(ast.get_source_segment(source, node) or "")
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                statement = ast.get_source_segment(source, node) or ""
                kept.append(f"try:\n    {statement}\nexcept ImportError:  # not available to the grader\n    pass")
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                first = min([d.lineno for d in node.decorator_list] + [node.lineno])
                kept.append("\n".join(source.split("\n")[first - 1:node.end_lineno]))
            elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None and _inert(node.value):
                kept.append(ast.get_source_segment(source, node) or "")
        if kept:
            parts.append(f"# cell {number}\n" + "\n\n".join(kept))
    if not parts:
        return None, skipped
    header = ("# The code cells of this notebook: imports, definitions and constants, in cell order.\n"
              "# Everything else (calls, prints, plots) is left out; nothing here ran in the grader.\n")
    body = "\n\n\n".join(parts)
    return (header + ("\n".join(future) + "\n" if future else "") + "\n" + body + "\n"), skipped


def _without_magics(source: str) -> str | None:
    """IPython's ``%magic`` and ``!shell`` lines turned into ``pass``; None for a non-Python cell."""
    lines = source.split("\n")
    first = next((line.strip() for line in lines if line.strip()), "")
    if first.startswith("%%") and not first.startswith(_PYTHON_CELL_MAGICS):
        return None  # %%bash, %%html, %%writefile: not Python
    out = []
    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith(("%", "!")):
            out.append(line[:len(line) - len(stripped)] + "pass  # IPython: " + stripped[:60])
        else:
            out.append(line)
    return "\n".join(out)


def _inert(node: ast.AST) -> bool:
    """Whether evaluating an expression runs nothing: no call outside a lambda's body."""
    if isinstance(node, ast.Lambda):
        return True
    if isinstance(node, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr)):
        return False
    return all(_inert(child) for child in ast.iter_child_nodes(node))
