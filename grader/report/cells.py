"""CSV cells a spreadsheet shows as text and never runs.

Excel, LibreOffice and Google Sheets read a cell that starts with ``=``, ``+``, ``-`` or
``@`` (or a tab or carriage return before one) as a formula, so an id such as
``=cmd|' -C calc'!A0`` in grades.csv would run when a TA opens the file. Every cell
whose text comes from a submission (ids, names, feedback) goes through ``text_cell``,
which puts a ``'`` before such a start, as OWASP recommends; the spreadsheet shows the
text and hides the quote. Numbers (scores, points) are ours and written as they are.
"""

from __future__ import annotations

#: First characters a spreadsheet takes as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(text: str) -> str:
    """``text`` as a cell that is never a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
