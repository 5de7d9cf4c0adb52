"""Where an answer was found: the source lines around it, verbatim, with the answer to mark."""

from __future__ import annotations

from ..models import Block, Evidence

#: A line longer than this is shown as a window around the answer, not whole.
_LONGEST_SHOWN = 400
#: ...of this many characters on each side.
_WINDOW = 180


def excerpt(block: Block, start: int, end: int) -> Evidence:
    """The line(s) holding ``block.text[start:end]``, verbatim, with the answer to mark."""
    text = block.text
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    shown = text[a:b]
    if len(shown) > _LONGEST_SHOWN:
        lo, hi = max(a, start - _WINDOW), min(b, end + _WINDOW)
        shown = ("…" if lo > a else "") + text[lo:hi] + ("…" if hi < b else "")
    return Evidence(block.file, block.line_at(start), shown, text[start:end], block.page, block.cell)
