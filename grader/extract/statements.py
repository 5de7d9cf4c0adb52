"""Statements and relations: the grammar of "the value that concludes a part".

A block is cut into statements (lines, ``\\\\`` rows, ``\\quad``-separated equations,
sentences, comma-separated assignments), and a statement into sides joined by relations
(``=``, ``≈``, "equal to", "is", ``:``). A side that starts with a number and has no
operator after it is a *value*; everything before a relation is that value's *subject*
("dE/dw11", "Total multiplications", "A_1"), which says what the value is a value of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import ParsedNumber, leading_number

# Strong relations say "this is the value"; weak ones ("is", ":") only count when the
# subject names a part or says "answer".
_STRONG = (r"(?<![<>!=:\\])=(?![=>])|\\approx|≈|\\simeq|≃|\\cong|=>|⇒|\\Rightarrow|\\implies|→|\\to\b"
           r"|\bis\s+equal\s+to\b|\bequal\s+to\b|\bequals\b|\bcomes?\s+(?:out\s+)?to(?:\s+be)?\b"
           r"|\bis\s+approximately\b|\bapproximately\b|\bis\s+about\b|\bamounts?\s+to\b|\bresults?\s+in\b"
           r"|\bin\s+total\b|\ba\s+total\s+of\b")
_WEAK = r"\bis\b|\bare\b|\bwill\s+be\b|\bgives\b|\bgiving\b|:(?!=)"
_RELATION = re.compile(rf"(?P<strong>{_STRONG})|(?P<weak>{_WEAK})", re.IGNORECASE)
_TEXT_ARG = re.compile(r"\\(?:text|mathrm|textbf|textit|operatorname)\s*\{[^{}]*\}")
_QUAD = re.compile(r"\\q?quad\b|\\;\\;|\\hspace\{[^}]*\}|\\\\(?:\[[^\]]*\])?")
_SENTENCE_END = re.compile(r"(?<=[^\d\s])\.\s+|\.\s+(?=[A-Z])")
_WRAP = re.compile(r"\s*(?:\\boxed\s*\{|\\fbox\s*\{|\\mathbf\s*\{|\\textbf\s*\{|\\bm\s*\{|\\mathbf\s*|\*\*|__|\{)")
_SKIP_LEAD = re.compile(r"(?:\s|\$|&|\\[,;:! ]|\\quad|\\qquad|\\left|\\displaystyle|~)*")
_AFTER_VALUE = re.compile(r"(?:\s|\}|\*\*|__|\$|\\[,;!])*")
# What may follow a pure value: the end, words, punctuation, another relation.
_OPERATOR_AFTER = re.compile(r"(?:\\times|\\cdot|×|·|\*(?!\*)|\+|/|\^|\\frac|\\div|÷|[-−–]\s*[\d.(\\]|\d|\()")


@dataclass(frozen=True)
class Side:
    """One side of a relation chain."""

    text: str
    start: int
    """Offset of ``text`` in the block."""


@dataclass(frozen=True)
class Value:
    """A side that is a pure number: ``= 1,228,800 multiplications``."""

    number: ParsedNumber
    start: int
    """Offset of the number in the block."""
    end: int
    boxed: bool
    """Boxed or bold: the student marked it as the answer."""


@dataclass(frozen=True)
class Statement:
    """A statement of a block: sides joined by relations."""

    text: str
    start: int
    sides: tuple[Side, ...]
    relations: tuple[str, ...]
    """The relation before each side after the first."""
    weak: tuple[bool, ...]
    """Whether that relation is a weak one (``is``, ``:``)."""


def _mask_text_arguments(text: str) -> str:
    """Blank ``\\text{…}`` arguments so words inside them are not read as relations."""
    return _TEXT_ARG.sub(lambda m: " " * len(m.group(0)), text)


def split_statements(text: str) -> list[tuple[int, str]]:
    """Cut a block into statements, as (offset, text) pairs."""
    cuts = {0, len(text)}
    for m in _QUAD.finditer(text):
        cuts.update((m.start(), m.end()))
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch == "\n" or (ch == ";" and depth == 0):
            cuts.update((i, i + 1))
        elif ch == "," and depth == 0 and text[i + 1:i + 2] == " " and text[i - 1:i] != "\\":
            cuts.update((i, i + 1))
    for m in _SENTENCE_END.finditer(text):
        cuts.update((m.start(), m.start() + 1))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:]):
        piece = text[a:b]
        if piece.strip() and piece.strip() not in {",", ";", "."} and not _QUAD.fullmatch(piece.strip()):
            out.append((a, piece))
    return out


def parse_statement(text: str, start: int) -> Statement:
    """Split a statement into sides at its relations.

    A Markdown table row ``| depthwise separable (total) | 53952 |`` reads as a relation
    between its cells.
    """
    masked = _mask_text_arguments(text)
    if masked.lstrip().startswith("|") and masked.rstrip().endswith("|"):
        lead = len(masked) - len(masked.lstrip()) + 1
        trail = len(masked.rstrip()) - 1
        masked = " " * lead + masked[lead:trail].replace("|", "=") + " " * (len(masked) - trail)
    sides: list[Side] = []
    relations: list[str] = []
    weak: list[bool] = []
    last = 0
    for m in _RELATION.finditer(masked):
        sides.append(Side(text[last:m.start()], start + last))
        relations.append(m.group(0))
        weak.append(m.group("weak") is not None)
        last = m.end()
    sides.append(Side(text[last:], start + last))
    return Statement(text, start, tuple(sides), tuple(relations), tuple(weak))


_STRUCK = re.compile(r"~~.*?~~|<(del|s|strike)>.*?</\1>|\\(?:sout|st|xout|cancel|xcancel|bcancel)\{[^{}]*\}",
                     re.DOTALL)


def blank_struck_out(text: str) -> str:
    """Blank what the student crossed out (``~~…~~``, ``\\sout{…}``), keeping offsets."""
    return _STRUCK.sub(lambda m: " " * len(m.group(0)), text)


def statements(text: str) -> list[Statement]:
    """Every statement of a block, parsed; crossed-out text is no statement."""
    return [parse_statement(piece, offset) for offset, piece in split_statements(blank_struck_out(text))]


def value_of(side: Side) -> Value | None:
    """The side's value when it is a pure number (not the start of an expression)."""
    text = side.text
    pos = _SKIP_LEAD.match(text).end()
    boxed = False
    while True:
        m = _WRAP.match(text, pos)
        if not m or m.end() == pos:
            break
        if "boxed" in m.group(0) or "fbox" in m.group(0) or "bf" in m.group(0) or "**" in m.group(0) \
                or "bm" in m.group(0) or "__" in m.group(0):
            boxed = True
        pos = m.end()
    found = leading_number(text, pos)
    if found is None:
        return None
    number, end = found
    rest = text[end:]
    after = _AFTER_VALUE.match(rest).end()
    tail = rest[after:]
    if tail and _OPERATOR_AFTER.match(tail):
        # "0.5(1)" multiplies, "1228800 (exact)" explains: a bracket right after the number
        # is an operator, one after a space is prose.
        if not (tail.startswith("(") and rest[:after].endswith((" ", "\t"))):
            return None
    return Value(number, side.start + pos, side.start + end, boxed)
