"""Fractions written on three lines of plain text, as on paper, made inline.

::

          125      91
    1 -  -----  = -----        becomes        1 -  125/216  = 91/216
          216      216

A bar of three or more dashes (or box-drawing strokes) on a line that holds something else too (a
relation, a name) is a fraction's bar when the line above holds a numerator over it and the line
below a denominator under it, each the one run of text on its line that reaches the bar's columns. The numerator
and denominator are blanked where they stood (same length: the lines and their numbers stay), and
the bar becomes ``num/den``, each bracketed when it is more than one term. A line of bars alone (a
rule, a Markdown table's separator, a heading's underline) is left as it is.

A PDF's text layer loses a display's bar: copied out, a derivative set as a fraction before its relation
stands on three lines, the relation on the middle one, the numerator over it and the denominator under it::

    ∂f
          = 2 x 1 · y 1 = 2.4 × 10-3          becomes     ∂f/∂x1 = 2 x 1 · y 1 = 2.4 × 10-3
    ∂x1

Only a name (one word, no space: ``∂f``, ``dg``) over a name, both in the columns before the middle line's
first "=", that line holding nothing before it: any other three lines are left as they are.
"""

from __future__ import annotations

import re

_BAR = re.compile(r"-{3,}|─{3,}")
#: Two words of prose in a row: a sentence over a dash, never a numerator.
_PROSE = re.compile(r"[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}")
#: A single term needs no brackets: a number or a symbol.
_ONE_TERM = re.compile(r"[\w.²³]+")
_MAX_TERM = 60
_RUN = re.compile(r"\S+(?: \S+)*")


# A line that holds a relation and nothing before it (a fraction's lost bar's line), and a name alone on a line.
_RELATION_FIRST = re.compile(r"[ \t]{2,}=")
_NAME_ALONE = re.compile(r"[ \t]*([^\s=]{1,15})[ \t]*")


def inline_fractions(text: str) -> str:
    """``text`` with its stacked fractions written inline (linear: each line is looked at once)."""
    if "\n " in text and "=" in text:
        text = _unbarred(text)
    if "---" not in text and "───" not in text:
        return text
    lines = text.split("\n")
    for i in range(1, len(lines) - 1):
        line = lines[i]
        bars = list(_BAR.finditer(line))
        if not bars or not _BAR.sub("", line).strip(" \t|:+"):
            continue  # no bar, or bars alone: a rule or a table's separator row
        above, below = lines[i - 1], lines[i + 1]
        for bar in reversed(bars):  # right to left, so the columns still to read hold
            top = _term_over(above, bar.start(), bar.end())
            bottom = _term_over(below, bar.start(), bar.end())
            if top is None or bottom is None:
                continue
            (ta, tb), (ba, bb) = top, bottom
            line = line[:bar.start()] + f"{_bracketed(above[ta:tb])}/{_bracketed(below[ba:bb])}" + line[bar.end():]
            above = above[:ta] + " " * (tb - ta) + above[tb:]
            below = below[:ba] + " " * (bb - ba) + below[bb:]
        lines[i - 1], lines[i], lines[i + 1] = above, line, below
    return "\n".join(lines)


def _term_over(line: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the term standing over (or under) the columns ``start:end`` is on ``line``: the one run of
    text (words one space apart; two spaces part runs) that reaches into those columns, give or take one,
    as hands align them roughly."""
    runs = [m for m in _RUN.finditer(line) if m.start() < end + 1 and m.end() > start - 1]
    if len(runs) != 1:
        return None
    term = runs[0].group(0)
    if len(term) > _MAX_TERM or _PROSE.search(term) or _BAR.search(term):
        return None
    return runs[0].start(), runs[0].end()


def _bracketed(term: str) -> str:
    term = term.strip()
    return term if _ONE_TERM.fullmatch(term) else f"({term})"


def _unbarred(text: str) -> str:
    """Derivatives whose bar a PDF's text layer lost (see the module), written inline on the middle line; the
    numerator's and the denominator's lines blank."""
    lines = text.split("\n")
    for i in range(1, len(lines) - 1):
        relation = _RELATION_FIRST.match(lines[i])
        if relation is None:
            continue
        top, bottom = _NAME_ALONE.fullmatch(lines[i - 1]), _NAME_ALONE.fullmatch(lines[i + 1])
        if top is None or bottom is None or max(top.end(1), bottom.end(1)) >= relation.end() \
                or abs(top.start(1) - bottom.start(1)) > 1 or not any(c.isalpha() for c in top.group(1) + bottom.group(1)):
            continue
        lines[i] = f"{top.group(1)}/{bottom.group(1)} {lines[i][relation.end() - 1:]}"
        lines[i - 1] = lines[i + 1] = ""
    return "\n".join(lines)
