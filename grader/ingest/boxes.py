"""Values framed in plain text, as a boxed answer is drawn without LaTeX, marked as Markdown's bold.

::

    +--------------------------+
    |  1,228,800               |          ->        **1,228,800**
    +--------------------------+

A frame is a rule of ``+---+`` (or box-drawing strokes ``┌──┐``/``└──┘``) above and below lines that
open and close with a bar. Its lines' text is what the student marks as the answer: it is written in
bold, which every reader takes for a marked value, and the rules become blank lines. Lines stay lines,
so every line keeps its number. A table (its rules hold ``+`` between columns, its rows bars inside)
is left as it is.
"""

from __future__ import annotations

import re

#: A frame's top or bottom rule: one run of dashes between two corners.
_RULE = re.compile(r"[ \t]*(?:\+-{3,}\+|[┌└╔╚]─{3,}[┐┘╗╝]|[╔╚]═{3,}[╗╝])[ \t]*")
#: A framed line: a bar, text with no bar inside, a bar.
_FRAMED = re.compile(r"(?P<lead>[ \t]*)[|│║](?P<body>[^|│║]*\S[^|│║]*)[|│║][ \t]*")


def ascii_boxes(text: str) -> str:
    """``text`` with the lines inside plain-text frames written in bold (linear: each line once)."""
    if "+---" not in text and "──" not in text and "══" not in text:
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not _RULE.fullmatch(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _FRAMED.fullmatch(lines[j]):
            j += 1
        if j > i + 1 and j < len(lines) and _RULE.fullmatch(lines[j]):
            for k in range(i + 1, j):
                m = _FRAMED.fullmatch(lines[k])
                assert m is not None
                lines[k] = f"{m['lead']}**{m['body'].strip()}**"
            lines[i] = lines[j] = ""
            i = j + 1
        else:
            i = j if j > i + 1 else i + 1
    return "\n".join(lines)
