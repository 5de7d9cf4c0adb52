"""PDF: each page's text layer as blocks with their page and line numbers.

pypdf reads the text, with the position and size of every run of it, the text typed onto
the page with a viewer (FreeText annotations, text form fields' values), and how much of
the page its largest image covers and whether text is drawn invisibly (an OCR layer under a
scan); nothing else of the file is used (no scripts, attachments, actions). Parsing runs isolated (see
``isolate``) under the submission's time limit and a memory limit, and only plain lines
come back. The text is then made into what a person reads on the page:

* a smaller run raised or lowered against its line is an exponent or an index,
  ``10^{−3}``, ``w_{11}`` (a smaller run right after ``× 10`` is a power whatever its
  height: some writers raise it in a way the text does not show);
* a displayed formula that PDF text splits into its numerator, denominator, big sum and
  limits is put back on one row, ``∂E/∂w_{11} = ∑_{k} …``;
* glyphs that are several letters (``ﬁ``), Word's mathematical italic letters (``𝑤``),
  accents that come out before their letter (``ˆy``), the codes of TeX's big delimiters
  and sums, a soft hyphen, become letters;
* what a line is drawn through (a word processor's strikethrough, LaTeX's ``\\sout``, a line drawn
  over a typed answer) is struck out, ``~~…~~`` as Markdown writes it, a word or number whole;
* a thousands-grouped number broken after its comma (``1,228,`` / ``800``), a power of
  ten whose exponent landed on the next line (``× 10`` / ``−3``) and a word hyphenated at
  the end of a line are joined up.

Lines are numbered as a person counts them on the page (a page number, the pieces of a
formula's row and an exponent moved up are not lines of their own). A larger font starts
a heading; a wider gap between lines starts a paragraph. Each line keeps its box on the
page (``Block.boxes``), for the report's crop around an answer.

Each page's text is judged before it is used (``scan.judge_pages``): a garbage layer is
never read as the student's text, and a page without usable text is read by OCR or kept,
with its image, for a person. A PDF none of whose pages could be read is reported as "no
text: needs a person", never as blank.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..errors import NoTextError, ReadTimeoutError, UnreadableFileError
from ..models import Block
from .isolate import ChildFailed, ChildRaised, ChildTimedOut, run_isolated
from .layer import is_word
from .limits import DEFAULT_LIMITS, ReadLimits
from .scan import PageReading, judge_pages

__all__ = ["clean_line", "mend_lines", "pdf_blocks", "read_pdf"]

#: A line this much larger than the page's body text is a heading.
HEADING_SIZE = 1.15
#: A gap this many times the usual line spacing starts a new paragraph.
PARAGRAPH_GAP = 1.5
#: A run this much smaller than the one before it is a sub- or superscript.
SCRIPT_SIZE = 0.85


class PasswordRequired(Exception):
    """The PDF is encrypted with a password we do not have (raised in the reader)."""


# --------------------------------------------------------------------------- the reader
# Runs isolated: it may only return plain data.


def read_pages(data: bytes, max_pages: int) -> dict[str, Any]:
    """Every page's lines as ``[text, baseline y, font size, x]``, its size, and what it draws.

    Besides the text drawn on the page, text typed into it with a viewer (FreeText
    annotations, as macOS Preview's text boxes are) and the values of its form's text
    fields are lines of the page, in reading order by their height.
    """
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)  # a broken xref is the file's problem, not a line on stderr
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PasswordRequired("the PDF is protected by a password")
        count = len(reader.pages)
        pages = []
        for index in range(min(count, max_pages)):
            page = reader.pages[index]
            facts: dict[str, Any] = {"cover": 0.0, "backdrop": 0.0, "invisible": False}
            lines = _page_lines(page, facts)
            box = _page_box(page)
            annotations = _annotation_lines(page, box)
            lines = _with_annotations(lines, annotations)
            pages.append({"lines": lines, "images": not lines and _shows_images(page), "box": box,
                          "cover": facts["cover"], "backdrop": facts["backdrop"], "invisible": facts["invisible"],
                          "annotations": len(annotations)})
        return {"pages": pages, "count": count}
    finally:
        pypdf_log.setLevel(level)


def _page_box(page: Any) -> list[float] | None:
    """The page's visible box ``[left, bottom, right, top]`` in its own units; None when it is turned."""
    try:
        if int(page.get("/Rotate", 0) or 0) % 360:
            return None  # a turned page: positions on it are not where they show
        box = page.cropbox
        left, bottom, right, top = (float(v) for v in (box.left, box.bottom, box.right, box.top))
    except Exception:  # a broken box: positions are unknown, the text is still read
        return None
    return [left, bottom, right, top] if right > left and top > bottom else None


def _page_lines(page: Any, facts: dict[str, Any] | None = None) -> list[list[Any]]:
    """The page's text as pypdf orders it, in lines that know their height and size on the page.

    ``facts`` receives what the page draws besides: ``cover``, the largest share of the
    page one image drawn over text already drawn covers (a scan laid over its OCR layer);
    ``backdrop``, the largest share one drawn before any text covers (a template's
    background behind typed text, or a scan with its OCR layer on top); and ``invisible``,
    whether text is drawn invisibly (render mode 3: an OCR layer over a scan).
    """
    facts = facts if facts is not None else {}
    facts.setdefault("cover", 0.0)
    facts.setdefault("backdrop", 0.0)
    facts.setdefault("invisible", False)
    drawn = {"text": False}
    box = _page_box(page)
    area = (box[2] - box[0]) * (box[3] - box[1]) if box else 0.0
    images = _image_names(page)
    # The runs as pypdf shows them, kept until the page's rules are known (a strike-out is drawn after its text).
    runs: list[tuple[str, float | None, float, float | None, Any] | None] = []
    rules: list[tuple[float, float, float]] = []  # (left, right, height) of every short horizontal stroke
    path = _Path()

    def visit(text: str, cm: list, tm: list, font: Any, size: float) -> None:
        if not text:
            return
        a, b, _, _, e, f = (float(v) for v in tm)
        ca, cb, cc, cd, ce, cf = (float(v) for v in cm)
        known = any(float(v) for v in tm) or any(float(v) for v in cm[4:])
        scale = ((a * ca + b * cc) ** 2 + (a * cb + b * cd) ** 2) ** 0.5
        name = str(font.get("/BaseFont", "")) if hasattr(font, "get") else ""
        if "CMEX" in name.upper() or "MATHEXTENSION" in name.upper():
            text = text.translate(_TEX_EXTENSION)
        y = (e * cb + f * cd + cf) if known else None
        x = (e * ca + f * cc + ce) if known else None
        for i, chunk in enumerate(text.split("\n")):
            if i:
                runs.append(None)
                y = x = None  # after a newline inside a piece its position is unknown
            if chunk:
                runs.append((chunk, y, float(size or 0) * (scale or 1.0), x, font))

    def operator(op: bytes, operands: list, cm: list, tm: list) -> None:
        try:
            if op in _SHOW_TEXT:
                drawn["text"] = True
            elif op in _PATH_OPS:
                _path_op(op, operands, cm, path, rules)
            elif op == b"Tr" and operands and int(operands[0]) == 3:
                facts["invisible"] = True
            elif op == b"Do" and operands and area and images.get(str(operands[0]), True):
                a, b, c, d = (float(v) for v in cm[:4])
                key = "cover" if drawn["text"] else "backdrop"
                facts[key] = max(facts[key], min(1.0, abs(a * d - b * c) / area))
        except (TypeError, ValueError, IndexError):  # a malformed operand draws nothing we measure
            pass

    page.extract_text(visitor_text=visit, visitor_operand_before=operator)
    if rules:
        rules = _strikes(rules, runs)
    builder = _Lines()
    for run in runs:
        if run is None:
            builder.newline()
        else:
            chunk, y, size, x, font = run
            if rules and x is not None and y is not None and chunk.strip():
                chunk = _struck_through(chunk, x, y, size, font, rules)
            builder.add(chunk, y, size, x)
    return builder.finish()


#: Path operators that may draw a strike-out: a segment (``m`` … ``l``) or a thin rectangle (``re``),
#: stroked or filled; any other painting or ending of a path forgets it.
_PATH_OPS = frozenset({b"m", b"l", b"re", b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"n"})
#: A stroke is a strike-out of a run when it crosses it between these heights (in ems above the
#: baseline: through the middle of its digits and small letters, not an underline below it, a table's
#: rule between rows or a fraction's bar between a numerator and its denominator).
STRIKE_BAND = (0.12, 0.45)
#: Where a fraction's denominator (or a root's radicand) stands under its bar, in ems below it: a rule with
#: text there is no strike-out (a struck line's next line is further down, a line's leading away).
UNDER_A_BAR = (0.45, 1.25)
#: A rule this thick or thinner (points) may strike out text; a thicker one is a box or a bar.
STRIKE_THICKNESS = 1.5


@dataclass
class _Path:
    """The path being built: its current point, and the horizontal segments drawn so far (left, right, y)."""

    point: tuple[float, float] | None = None
    segments: list[tuple[float, float, float]] = field(default_factory=list)


def _path_op(op: bytes, operands: list, cm: list, path: _Path, rules: list[tuple[float, float, float]]) -> None:
    """Follow a path's building and painting, keeping its short horizontal strokes as ``rules``."""
    a, b, c, d, e, f = (float(v) for v in cm)

    def at(px: float, py: float) -> tuple[float, float]:
        return a * px + c * py + e, b * px + d * py + f

    if op == b"m":
        path.point = at(float(operands[0]), float(operands[1]))
    elif op == b"l" and path.point is not None:
        (x0, y0), (x1, y1) = path.point, at(float(operands[0]), float(operands[1]))
        if abs(y1 - y0) < 0.3 and abs(x1 - x0) >= 2.0:
            path.segments.append((min(x0, x1), max(x0, x1), y0))
        path.point = (x1, y1)
    elif op == b"re":
        x0, y0 = at(float(operands[0]), float(operands[1]))
        x1, y1 = at(float(operands[0]) + float(operands[2]), float(operands[1]) + float(operands[3]))
        if abs(y1 - y0) <= STRIKE_THICKNESS and abs(x1 - x0) >= 2.0:
            path.segments.append((min(x0, x1), max(x0, x1), (y0 + y1) / 2))
    else:  # painted (or, for ``n``, ended unpainted): the path is done
        if op != b"n":
            rules.extend(path.segments)
        path.point, path.segments = None, []


def _strikes(rules: list[tuple[float, float, float]], runs: list) -> list[tuple[float, float, float]]:
    """The rules that may strike text out: not a fraction's bar or a root's vinculum, which have text right
    under them (the denominator, the radicand) where a struck line has only the next line, further down."""
    placed = [(x, x + sum(_advances(chunk, size, font)), y, size)
              for chunk, y, size, x, font in filter(None, runs) if x is not None and y is not None and chunk.strip()]
    low, high = UNDER_A_BAR
    return [(left, right, height) for left, right, height in rules
            if not any(start < right and end > left and height - high * size <= y <= height - low * size
                       for start, end, y, size in placed)]


def _advances(chunk: str, size: float, font: Any) -> list[float]:
    """Each character's width, from the font's widths where it gives them (half an em where not; a space as
    a gap)."""
    try:
        widths = font.get("/Widths") if hasattr(font, "get") else None
        widths = widths.get_object() if widths is not None else None
        first = int(font.get("/FirstChar", 0))
    except Exception:  # a broken font dictionary: estimated
        widths, first = None, 0
    out = []
    for i, ch in enumerate(chunk):
        if ch.isspace():
            # a space pypdf puts before a run stands for the gap before it (the run's position is its first
            # glyph's); one inside a run is a word's gap, a quarter of an em about
            out.append(0.0 if not chunk[:i].strip() else 0.25 * size)
            continue
        code = ord(ch) - first
        try:
            w = float(widths[code]) if widths is not None and 0 <= code < len(widths) else 500.0
        except (TypeError, ValueError, IndexError):
            w = 500.0
        out.append((w or 500.0) / 1000.0 * size)
    return out


def _struck_through(chunk: str, x: float, y: float, size: float, font: Any,
                    rules: list[tuple[float, float, float]]) -> str:
    """The run with what a rule crosses wrapped in ``~~…~~``, as Markdown writes struck-out text: LaTeX's
    ``\\sout``, a word processor's strikethrough, a line drawn over a typed answer."""
    low, high = y + STRIKE_BAND[0] * size, y + STRIKE_BAND[1] * size
    near = [(left, right) for left, right, height in rules if low <= height <= high]
    if not near:
        return chunk
    struck, at = [], x
    for ch, width in zip(chunk, _advances(chunk, size, font)):
        middle = at + width / 2
        struck.append(any(left <= middle <= right for left, right in near))
        at += width
    if not any(flag and ch.isalnum() for flag, ch in zip(struck, chunk)):
        return chunk  # (a bar over a lone symbol, a big operator or delimiter, strikes out nothing a student wrote)
    # A word or number is struck whole or not at all: a line drawn by hand stops short of its last digit
    # or runs on into the next word by a little, and most of its characters tell which it meant.
    for word in re.finditer(r"\S+", chunk):
        whole = 2 * sum(struck[word.start():word.end()]) > word.end() - word.start()
        struck[word.start():word.end()] = [whole] * (word.end() - word.start())
    if not any(flag and ch.isalnum() for flag, ch in zip(struck, chunk)):
        return chunk
    out, i = [], 0
    while i < len(chunk):
        j = i
        while j < len(chunk) and struck[j] == struck[i]:
            j += 1
        piece = chunk[i:j]
        out.append(f"~~{piece}~~" if struck[i] and piece.strip() else piece)
        i = j
    return "".join(out)


_SHOW_TEXT = (b"Tj", b"TJ", b"'", b'"')


def _image_names(page: Any) -> dict[str, bool]:
    """The page's own XObjects by name: whether each is an image (forms are looked into by pypdf)."""
    try:
        xobjects = page.get("/Resources", {}).get("/XObject")
        xobjects = xobjects.get_object() if xobjects else {}
        return {str(k): xobjects[k].get_object().get("/Subtype") == "/Image" for k in list(xobjects.keys())[:500]}
    except Exception:  # a broken resource dictionary: every Do is taken for an image
        return {}


_FONT_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s+Tf")
#: Annotation flags (PDF 32000, 12.5.3) that hide an annotation from the page as shown.
_HIDDEN_FLAGS = 1 | 2 | 32


def _annotation_lines(page: Any, box: list[float] | None) -> list[list[Any]]:
    """Text the student typed onto the page with a viewer: FreeText boxes and text fields' values."""
    lines: list[list[Any]] = []
    try:
        annots = page.get("/Annots")
        annots = annots.get_object() if annots else []
        for ref in list(annots)[:500]:
            annot = ref.get_object()
            subtype = annot.get("/Subtype")
            if int(annot.get("/F", 0) or 0) & _HIDDEN_FLAGS:
                continue
            if subtype == "/FreeText":
                text = annot.get("/Contents")
            elif subtype == "/Widget" and _field_type(annot) == "/Tx":
                text = _field_value(annot)
            else:
                continue
            if not isinstance(text, str) or not text.strip():
                continue
            rect = [float(v) for v in annot.get("/Rect", [0, 0, 0, 0])]
            left, top = min(rect[0], rect[2]), max(rect[1], rect[3])
            match = _FONT_SIZE.search(str(annot.get("/DA", "")))
            size = float(match.group(1)) if match and float(match.group(1)) > 0 else 12.0
            for k, row in enumerate(re.split(r"\r\n|\r|\n", text)):
                if row.strip():
                    lines.append([row, top - size * (1.2 * k + 1), size, left])
    except Exception:  # a broken annotation adds nothing; the page's own text is still read
        return lines
    return lines


def _field_type(annot: Any) -> Any:
    """A widget's field type, inherited from its parent field where it has none."""
    for _ in range(8):
        if annot.get("/FT") is not None:
            return annot.get("/FT")
        parent = annot.get("/Parent")
        if parent is None:
            return None
        annot = parent.get_object()
    return None


def _field_value(annot: Any) -> Any:
    for _ in range(8):
        if annot.get("/V") is not None:
            return annot.get("/V")
        parent = annot.get("/Parent")
        if parent is None:
            return None
        annot = parent.get_object()
    return None


def _with_annotations(lines: list[list[Any]], annotations: list[list[Any]]) -> list[list[Any]]:
    """The page's lines with the typed-on ones put where they stand: before the first line below them."""
    if not annotations:
        return lines
    out = list(lines)
    for line in sorted(annotations, key=lambda a: (-a[1], a[3])):
        at = next((k for k, other in enumerate(out) if isinstance(other[1], (int, float)) and other[1] < line[1]),
                  len(out))
        out.insert(at, line)
    return out


# TeX's math extension font (cmex10) has no Unicode map: its codes are its big glyphs.
_TEX_EXTENSION = str.maketrans({
    **{c: "(" for c in "\x00\x10\x12"}, **{c: ")" for c in "\x01\x11\x13"},
    **{c: "[" for c in "\x02\x14"}, **{c: "]" for c in "\x03\x15"},
    **{c: "{" for c in "\x08\x1a"}, **{c: "}" for c in "\x09\x1b"},
    "P": "\u2211", "X": "\u2211", "Q": "\u220f", "Y": "\u220f", "R": "\u222b", "Z": "\u222b",
})
_TEN_BEFORE = re.compile(r"(?:×|·|⋅|\*|\bx)\s*10$")
_FOOTNOTE_MARK = re.compile(r"\d{1,2}|[*†‡§]")
_DECIMAL_BEFORE = re.compile(r"\d\.\d+$")
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_DERIVATIVE = re.compile(r"^(?:∂|d(?=[A-Za-zα-ωΑ-Ω]))")
_EXPONENT = re.compile(r"^[\-−–+]?\d{1,3}$")


#: A gap of this many font sizes between runs on one baseline parts a table's cells.
CELL_GAP = 3.0
CELL = "\x1e"  # the record separator, between a table row's cells until the row is written
_EQUATION_NUMBER = re.compile(r"\(\d{1,3}(?:\.\d{1,3})?[a-z]?\)")


def _table_rows(lines: list[list[Any]]) -> list[list[Any]]:
    """Lines whose cells line up with a neighbour's as a Markdown table's rows; other gaps as spaces.

    A run far to the right of the one before it on the same baseline may start a table's
    cell, or be a justified line's wide space or a formula's number. Only when the line
    above or below has a cell starting at the same place (within a font size) is it a
    table: then the row is written ``| a | b |``, so that a value stays with its row's
    label. A displayed formula's number at the right margin (``(3)``) is never a cell.
    """
    out = []
    for k, (text, y, size, x, cells) in enumerate(lines):
        if CELL in text:
            near = [lines[j][4] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
            reach = max(float(size or 0), 1.0)
            aligned = any(abs(a - b) <= reach for other in near for a in cells for b in other)
            text = _table_row(text) if aligned else text.replace(CELL, " ")
        out.append([text, y, size, x])
    return out


def _table_row(text: str) -> str:
    cells = [c.strip() for c in text.split(CELL)]
    if _EQUATION_NUMBER.fullmatch(cells[-1]):
        cells[-2:] = [cells[-2] + " " + cells[-1]]
    cells = [c for c in cells if c]
    for i in range(len(cells) - 1, 0, -1):
        if _SPLIT_DECIMAL_LEFT.search(cells[i - 1]) and _SPLIT_DECIMAL_RIGHT.match(cells[i]):
            # "0 | .0875": a number split at its point by a decimal-aligned column (r@{.}l, dcolumn)
            cells[i - 1:i + 1] = [cells[i - 1] + cells[i]]
    if len(cells) < 2:
        return " ".join(cells)
    return "| " + " | ".join(cells) + " |"


_SPLIT_DECIMAL_LEFT = re.compile(r"(?:^|[\s[(])[-−]?\d+$")
_SPLIT_DECIMAL_RIGHT = re.compile(r"\.\d")


class _Lines:
    """Pieces of text in pypdf's order to lines; smaller raised or lowered runs become ``^{…}``/``_{…}``."""

    def __init__(self) -> None:
        self.lines: list[list[Any]] = []
        self._start()

    def _start(self) -> None:
        self.parts: list[str] = []
        self.base: float | None = None  # the line's first baseline
        self.left: float | None = None  # where its first run starts
        self.size = 0.0  # its largest main (not script) size
        self.main_y: float | None = None  # the baseline of the last main run
        self.main_size = 0.0
        self.script: tuple[str, bool] | None = None  # the open ^{…} or _{…}, and whether it has a base
        self.fraction: tuple[float, float | None] | None = None  # the (a/b) just made: its denominator's size and y
        self.end: float | None = None  # where the last run ends, about (glyphs of half an em)
        self.cells: list[float] = []  # where each cell after the first starts

    def newline(self) -> None:
        text = "".join(self.parts).replace("~~~~", "")  # struck runs side by side are one struck span
        if text.strip():
            self.lines.append([text, self.base, self.size, self.left, self.cells])
        self._start()

    def finish(self) -> list[list[Any]]:
        """The lines, a table's rows written as such (``_table_rows``), each ``[text, y, size, x]``."""
        self.newline()
        return _table_rows(self.lines)

    def add(self, chunk: str, y: float | None, size: float, x: float | None = None) -> None:
        if not chunk.strip():
            self.parts.append(chunk)
            return
        if y is not None and self.base is not None and self.base - y > max(size, self.size, 1.0):
            self.newline()  # further down than any sub- or superscript: pypdf missed a line break
        if self.base is None:
            self.base = y
        if self.left is None:
            self.left = x
        kind = self._script_kind(y, size)
        if kind is None:
            if (x is not None and self.end is not None and y is not None and self.main_y is not None
                    and abs(y - self.main_y) < 0.2 * size and x - self.end > CELL_GAP * size):
                self.parts.append(CELL)  # far to the right on the same baseline: maybe a table's next cell
                self.cells.append(x)
            self.parts.append(chunk)
            self.end = x + 0.5 * size * len(chunk) if x is not None else None
            if y is not None:
                self.main_y = y
            if size > 0:
                self.main_size = size
                self.size = max(self.size, size)
            self.script = self.fraction = None
            return
        if x is not None:
            self.end = x + 0.5 * size * len(chunk)
        self._add_script(chunk.strip(), kind, y, size)

    def _script_kind(self, y: float | None, size: float) -> str | None:
        """``sup``, ``sub``, ``inline`` (smaller, height unknown), or None for main text."""
        if not self.parts or not (0 < size < SCRIPT_SIZE * self.main_size):
            return None
        if y is None or self.main_y is None:
            return "inline"
        rise = y - self.main_y
        if rise > 0.2 * self.main_size:
            return "sup"
        if rise < -0.1 * self.main_size:
            return "sub"
        return "inline"  # raised by a text rise pypdf does not report, or just small

    def _add_script(self, text: str, kind: str, y: float | None, size: float = 0.0) -> None:
        if (self.fraction is not None and self.parts and size > 0
                and size < SCRIPT_SIZE * self.fraction[0] and y is not None and self.fraction[1] is not None
                and y < self.fraction[1]):
            # Smaller and lower than the denominator of the fraction just made: its index (∂w_{11}).
            closing = ")" if self.parts[-1].endswith(")") and self.parts[-1].startswith("(") else ""
            self.parts[-1] = self.parts[-1][:len(self.parts[-1]) - len(closing)] + "_{" + text + "}" + closing
            return
        self.fraction = None
        spaces = []
        while self.parts and not self.parts[-1].strip():
            spaces.append(self.parts.pop())
        before = "".join(self.parts[-3:])
        attached = before[-1:].isalnum() or before[-1:] in ")]}'′"
        if kind in ("sup", "inline") and _FOOTNOTE_MARK.fullmatch(text) and _DECIMAL_BEFORE.search(before):
            # A footnote's mark on a decimal (0.0044¹): a mark, not a digit of the value nor its power.
            self.parts.append(text.translate(_SUPERSCRIPTS))
            self.script = None
            return
        if kind == "inline":
            if not (_TEN_BEFORE.search(before) and _EXPONENT.match(text)):
                self.parts.extend(spaces if not attached else [])
                self.parts.append(text)
                self.script = None
                return
            kind = "sup"  # a power of ten, whatever the height
        if self.script is not None and self.parts and self.parts[-1].endswith("}"):
            open_kind, open_attached = self.script
            if open_kind == kind:  # a script right after one of its kind continues it: 10^{−3}, e^{θTx}
                self.parts[-1] = self.parts[-1][:-1] + text + "}"
                return
            if open_kind == "sup" and kind == "sub" and not open_attached:  # \tfrac12: (1/2)
                numerator = self.parts[-1][2:-1]
                derivative = _DERIVATIVE.match(numerator) and _DERIVATIVE.match(text)
                # A derivative reads as written (∂E/∂w); other fractions keep their brackets: (1/2)x.
                self.parts[-1] = f"{numerator}/{text}" if derivative else f"({numerator}/{text})"
                self.parts[-1:-1] = spaces[-1:]  # the space before the fraction stays
                self.script = None
                self.fraction = (size, y)
                return
        if not attached:
            self.parts.extend(spaces)
        self.parts.append(("^{" if kind == "sup" else "_{") + text + "}")
        self.script = (kind, attached)


def _shows_images(page: Any) -> bool:
    """Whether a page draws images (looked up in its resources, two levels of forms deep)."""
    def walk(resources: Any, depth: int) -> bool:
        try:
            xobjects = resources.get("/XObject") if resources else None
            if not xobjects:
                return False
            xobjects = xobjects.get_object()
            for name in list(xobjects.keys())[:200]:
                obj = xobjects[name].get_object()
                subtype = obj.get("/Subtype")
                if subtype == "/Image":
                    return True
                if subtype == "/Form" and depth < 2 and walk(obj.get("/Resources"), depth + 1):
                    return True
        except Exception:  # a broken resource dictionary draws nothing we can see
            return False
        return False

    try:
        return walk(page.get("/Resources"), 0)
    except Exception:
        return False


# --------------------------------------------------------------------------- mending text

_LIGATURES = re.compile("[\ufb00-\ufb06\u2100-\u214f\U0001d400-\U0001d7ff]")
_ACCENT_BEFORE = re.compile("([\u02c6\u00af\u02dc\u02d9\u00a8])([A-Za-zα-ωΑ-Ω])")
_ACCENTS = {"\u02c6": "\u0302", "\u00af": "\u0304", "\u02dc": "\u0303", "\u02d9": "\u0307", "\u00a8": "\u0308"}
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]{2,}")


def clean_line(text: str) -> str:
    """One line of PDF text as a person reads it (letters, not glyphs)."""
    text = text.replace("\u00ad", "")
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _ACCENT_BEFORE.sub(lambda m: unicodedata.normalize("NFC", m.group(2) + _ACCENTS[m.group(1)]), text)
    text = _CONTROL.sub(" ", text)
    if "- " in text:
        text = _SPLIT_WORD.sub(_joined, text)
    return _SPACES.sub(" ", text).strip()


# pypdf sometimes puts a word hyphenated at a line's end on one line with a space: "sec- ond".
_SPLIT_WORD = re.compile(r"(?<![A-Za-z-])([a-z]{2,})- ([a-z]{2,})(?![A-Za-z-])")


def _joined(match: re.Match) -> str:
    """"sec- ond" -> "second" when that is a word and "ond" is none; "sigmoid- and" stays."""
    first, rest = match.group(1), match.group(2)
    return first + rest if is_word(first + rest) and not is_word(rest) else match.group()


_GROUPS_CUT = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*,$")
_GROUPS_REST = re.compile(r"^\d{3}(?:,\d{3})*(?![\d,])")
_TEN_CUT = re.compile(r"(?:×|·|⋅|\*|\bx)\s*10$")
_EXPONENT_LINE = re.compile(r"^[\-−–+]?\d{1,3}$")
_NEGATIVE_EXPONENT = re.compile(r"^[\-−–]\d{1,3}(?![\d.,])")
_HYPHEN_CUT = re.compile(r"(?<![A-Za-z-])[a-z]{2,}-$")
_RELATION_CUT = re.compile(r"[=≈]\s*$")
_VALUE_REST = re.compile(r"^[\-−–+]?\d[\d,]*(?:\.\d+)?(?:\s*[×·]\s*10\^\{[^{}]{1,6}\})?(?![\w.,^])")
_WORD_REST = re.compile(r"^[a-z]{2,}")


#: A derivative's numerator alone on its line ("∂L", "dE") and its denominator opening the next.
_DERIVATIVE_TOP = re.compile(r"(?:∂|d)[A-Za-zα-ωΑ-Ω](?:_\{[^{}]{1,8}\}|_[A-Za-z0-9]{1,3})?")
_DERIVATIVE_BOTTOM = re.compile(r"(?P<den>(?:∂|d)[A-Za-zα-ωΑ-Ω](?:_\{[^{}]{1,12}\}|_[A-Za-z0-9]{1,3})?)"
                                r"(?P<eq>\^\{=\})?(?=\s|=|$)")


def mend_lines(lines: list[str]) -> list[str]:
    """Move the rest of a number, an exponent, a value or a word up to the line it was cut from.

    A value is moved up to a line that ends with its relation (``=``, ``≈``).

    The result has as many lines as ``lines`` (a line whose whole text moved up is empty),
    so every line keeps its number.
    """
    out = list(lines)
    for i in range(len(out) - 1):
        here, after = out[i], out[i + 1].lstrip()
        if not here or not after:
            continue
        moved, glued = "", ""
        if _GROUPS_CUT.search(here) and (m := _GROUPS_REST.match(after)):
            moved = glued = m.group()
        elif _TEN_CUT.search(here) and (
                _EXPONENT_LINE.match(after) or (m := _NEGATIVE_EXPONENT.match(after))):
            moved = after if _EXPONENT_LINE.match(after) else m.group()
            glued = "^{" + moved + "}"  # 10 and 6 are 10^6, not 106
        elif _RELATION_CUT.search(here) and (m := _VALUE_REST.match(after)):
            moved = glued = m.group()  # "∂E/∂w_{11} =" / "4.43 × 10^{−3} which …": the value goes up
            here = here.rstrip() + " "
        elif _HYPHEN_CUT.search(here) and (m := _WORD_REST.match(after)):
            here, moved = here[:-1], m.group()
            glued = moved
        elif _DERIVATIVE_TOP.fullmatch(here.strip()) and (m := _DERIVATIVE_BOTTOM.match(after)):
            # a displayed derivative, "∂L" over "∂z_{k} = p_{k} − y_{k}": one line, "∂L/∂z_{k} = …"
            # (its relation may have been read as the denominator's superscript: "∂z_{k}^{=}")
            out[i] = f"{here.strip()}/{m['den']}{' =' if m['eq'] else ''}{after[m.end():]}"
            out[i + 1] = ""
            continue
        if moved:
            out[i] = here + glued
            out[i + 1] = after[len(moved):].lstrip()
    return out


# --------------------------------------------------------------------------- blocks


_PRIMED = False


def _prime() -> None:
    """Read a PDF of our own here, once, so every forked reader starts with pypdf loaded.

    pypdf imports much of itself (text extraction, font tables) on first use, and a forked
    reader's imports die with it: without this every PDF paid them again (~4 ms of ~15).
    """
    global _PRIMED
    if not _PRIMED:
        _PRIMED = True
        try:
            read_pages(_tiny_pdf(), 1)
            is_word("page")  # the word list, which mending a line uses in the reader, loaded once here
        except Exception:  # only a speed-up: a reader that cannot read it is bounded all the same
            pass


def _tiny_pdf() -> bytes:
    """One page saying "x = 1" in Helvetica: trusted bytes, made here."""
    content = b"BT /F1 12 Tf 20 100 Td (x = 1) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_blocks(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS,
               seconds: float | None = None) -> tuple[list[Block], list[str]]:
    """The blocks of a PDF and its warnings (``read_pdf`` without the pages as judged)."""
    reading = read_pdf(data, name, limits=limits, seconds=seconds)
    return reading.blocks, reading.warnings


def read_pdf(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS,
             seconds: float | None = None) -> PageReading:
    """The blocks of a PDF's pages, warnings (pages left out, pages without text), the pages as judged.

    Each page's text layer is judged (``layer``) before it is used; a page without a
    usable one is read by OCR where it can be, or kept for a person with its image.

    ``seconds`` is the time left for reading (the submission's limit by default). Raises
    ``UnreadableFileError`` for a file that is not a readable PDF, ``NoTextError`` when no
    page has text, ``ReadTimeoutError`` when the time is up.
    """
    if not data:
        raise UnreadableFileError(f"{name}: empty file (0 bytes); submit the PDF again")
    if b"%PDF-" not in data[:1024]:
        raise UnreadableFileError(f"{name}: not a PDF (no %PDF header); export the PDF again or submit the text")
    budget = limits.max_seconds if seconds is None else seconds
    started = time.monotonic()
    _prime()

    try:
        read = run_isolated(read_pages, data, limits.max_pdf_pages, seconds=max(budget, 0.001),
                            memory_bytes=limits.max_reader_memory_bytes)
    except ChildTimedOut:
        raise ReadTimeoutError(f"{name}: reading the PDF took longer than the time limit ({limits.max_seconds:g} s "
                               f"per submission); raise it with --time-limit, or submit the text") from None
    except ChildRaised as exc:
        if exc.kind in ("PasswordRequired", "DependencyError", "FileNotDecryptedError"):
            raise UnreadableFileError(f"{name}: the PDF is protected by a password; submit it without one") from None
        if exc.kind == "MemoryError":
            raise UnreadableFileError(f"{name}: reading the PDF needed more memory than the limit; "
                                      f"export it again (print to PDF) or submit the text") from None
        raise UnreadableFileError(f"{name}: not a readable PDF ({exc.kind}: {exc}); export the PDF again") from None
    except ChildFailed as exc:
        raise UnreadableFileError(f"{name}: the PDF could not be read ({exc}); export it again") from None
    reading = judge_pages(read["pages"], name, "pdf", data, limits, started=started, budget=budget,
                          text_blocks=_blocks_of_page)
    if read["count"] > len(read["pages"]):
        reading.warnings.append(f"{name}: only the first {len(read['pages'])} of {read['count']} pages were read "
                                f"(the limit per PDF)")
    if not reading.blocks:
        shows = ("images: a scan or a photo" if any(p["images"] or p["cover"] or p["backdrop"] for p in read["pages"])
                 else "no images either: blank, or handwriting drawn as strokes")
        judged = "; ".join(f"page {p.page}: {p.reason}" for p in reading.pages if p.reason)
        raise NoTextError(f"{name}: no text: needs a person (no page has a usable text layer, {shows}"
                          f"{'; ' + judged if judged else ''}); a TA must grade it by hand, or the student submits "
                          f"typed text", tuple(reading.pages))
    return reading


def _blocks_of_page(raw: list[list[Any]], name: str, page: int, *, box: list[float] | None = None,
                    trust: str = "text") -> list[Block]:
    """A page's lines as blocks; a line's number counts the lines a person sees on the page.

    A page number, the pieces of a displayed formula (one row) and an exponent moved up
    to its line are not lines of their own; a larger font starts a heading and a wider
    gap a paragraph.
    """
    texts = [clean_line(str(line[0])) for line in raw]
    ys = [line[1] if isinstance(line[1], (int, float)) else None for line in raw]
    sizes = [float(line[2]) if isinstance(line[2], (int, float)) else 0.0 for line in raw]
    xs = [line[3] if len(line) > 3 and isinstance(line[3], (int, float)) else None for line in raw]
    for k, text in enumerate(texts):
        if len(texts) > 1 and re.fullmatch(r"\d{1,4}", text) and _outermost(ys, k):
            texts[k] = ""  # the page number, in the footer or the header
    body = _body_size(texts, sizes)
    texts = mend_lines(merge_display_rows(texts, ys, body))
    lines = [(text, ys[k], sizes[k], _line_box(box, ys[k], sizes[k] or body, xs[k]))
             for k, text in enumerate(texts) if text.strip()]
    spacing = _usual_spacing([line[1] for line in lines], body)
    blocks: list[Block] = []
    run: list[str] = []
    boxes: list[tuple[float, float, float, float] | None] = []
    start = 0

    def flush(kind: str = "text") -> None:
        nonlocal run, boxes
        if run:
            known = tuple(b for b in boxes if b is not None)
            blocks.append(Block("\n".join(run), name, start + 1, kind, page=page, trust=trust,
                                boxes=known if len(known) == len(run) else ()))
        run, boxes = [], []

    for i, (text, y, size, line_box) in enumerate(lines):
        above = lines[i - 1][1] if i else None
        gap = (above - y) if above is not None and y is not None else None
        if body > 0 and size >= HEADING_SIZE * body and len(text) <= 80:
            flush()
            start, run, boxes = i, [text], [line_box]
            flush("heading")
            continue
        if not run or (gap is not None and spacing > 0 and (gap > PARAGRAPH_GAP * spacing or gap < -body)):
            flush()
            start = i
        run.append(text)
        boxes.append(line_box)
    flush()
    return blocks


def _line_box(page: list[float] | None, y: float | None, size: float,
              x: float | None) -> tuple[float, float, float, float] | None:
    """A line's box as fractions of the page from its top-left corner, from its baseline and size."""
    if page is None or y is None or size <= 0:
        return None
    left, bottom, right, top = page
    width, height = right - left, top - bottom

    def clamp(v: float) -> float:
        return round(min(1.0, max(0.0, v)), 4)

    start = clamp((x - left) / width) if x is not None else 0.0
    return (start, clamp((top - y - size) / height), 1.0, clamp((top - y + 0.3 * size) / height))


def _outermost(ys: list[float | None], index: int) -> bool:
    """Whether a line is the lowest or the highest on its page."""
    y = ys[index]
    return y is not None and (all(v is None or v >= y for v in ys) or all(v is None or v <= y for v in ys))


_BIG_OPERATOR = "\u2211\u220f\u222b"
_LIMIT_BEFORE = re.compile(rf"^(\S{{1,4}})([{_BIG_OPERATOR}])$")


def merge_display_rows(texts: list[str], ys: list[float | None], body: float) -> list[str]:
    """One line for each row of displayed math, whose pieces PDF text puts on lines of their own.

    A displayed fraction or sum comes out as its numerator, its denominator and the rest
    of its row on separate lines that go down and back up again. A row is a run of
    consecutive lines within 1.3 font sizes of one of them (its baseline) that goes up at
    least once; prose only ever goes down. In a row, a line above the baseline followed
    by one below it is a fraction ``a/b``, a line below a sum its lower limit ``∑_{…}``,
    a short line above or below anything else an exponent ``^{…}`` or an index ``_{…}``.
    The row's text goes on its first line; the others are left empty, so that every line
    keeps its number.
    """
    out = list(texts)
    if body <= 0:
        return out
    reach = 1.3 * body
    i = 0
    while i < len(out) - 1:
        row = _row_from(out, ys, i, reach, body)
        if row is None:
            i += 1
            continue
        first, last, base = row
        out[first] = _display_row(out[first:last + 1], ys[first:last + 1], base, body)
        for k in range(first + 1, last + 1):
            out[k] = ""
        i = last + 1
    return out


def _row_from(texts: list[str], ys: list[float | None], i: int, reach: float,
              body: float) -> tuple[int, int, float] | None:
    """The row (first line, last line, baseline) that starts at line ``i``, or None.

    Each of the next few lines is tried as the row's baseline; the baseline holds the
    row's longest line (its own text, not an exponent set high), and the best one comes
    back to itself most often (the rest of the row after a fraction).
    """
    best: tuple[tuple[int, int], tuple[int, int, float]] | None = None
    for c in range(i, min(len(texts), i + 8)):
        if ys[c] is None or not texts[c]:
            continue
        base = ys[c]

        def near(k: int) -> bool:
            return ys[k] is not None and bool(texts[k]) and abs(ys[k] - base) <= reach

        first = c
        while first - 1 >= i and near(first - 1):
            first -= 1
        last = c
        while last + 1 < len(texts) and near(last + 1):
            last += 1
        if first != i or last == first or not any(ys[k + 1] > ys[k] + 0.2 * body for k in range(first, last)):
            continue
        on_base = [k for k in range(first, last + 1) if abs(ys[k] - base) <= 0.1 * body]
        if max(len(texts[k]) for k in on_base) < max(len(texts[k]) for k in range(first, last + 1)):
            continue  # the row's own text is on its baseline, not an exponent or a numerator
        score = (len(on_base), sum(len(texts[k]) for k in on_base))
        if best is None or score > best[0]:
            best = (score, (first, last, base))
    return best[1] if best else None


def _baseline(ys: list[float]) -> float:
    counts: dict[float, int] = {}
    for y in ys:
        counts[round(y * 2) / 2] = counts.get(round(y * 2) / 2, 0) + 1
    return max(counts, key=lambda y: (counts[y], -abs(y - ys[-1])))


def _display_row(texts: list[str], ys: list[float], base: float, body: float) -> str:
    parts: list[str] = []
    k = 0
    while k < len(texts):
        text, y = _LIMIT_BEFORE.sub(r"\2^{\1}", texts[k]), ys[k]
        above, below = y > base + 0.2 * body, y < base - 0.2 * body
        big = bool(re.search(f"[{_BIG_OPERATOR}]", text)) or not re.search(r"[^\s()\[\]{}|]", text)
        if (above and not big and k + 1 < len(texts) and ys[k + 1] < base - 0.2 * body
                and len(text) <= 30 and len(texts[k + 1]) <= 30):
            parts.append(f"{text}/{texts[k + 1]}")  # a fraction: numerator over denominator
            k += 2
            continue
        if (above or below) and not big and parts and len(text) <= 12:
            # A limit under a sum, an index, an exponent set high (× 10 then −3 above it).
            parts[-1] += ("^{" if above else "_{") + text + "}"
        else:
            parts.append(text)  # the row's own text, a big operator or a big bracket
        k += 1
    return " ".join(parts)


def _body_size(texts: list[str], sizes: list[float]) -> float:
    """The font size of most of the page's text (weighted by characters)."""
    weight: dict[float, int] = {}
    for text, size in zip(texts, sizes):
        if size > 0:
            weight[round(size, 1)] = weight.get(round(size, 1), 0) + len(text)
    return max(weight, key=lambda s: (weight[s], -s)) if weight else 0.0


def _usual_spacing(ys: list[float | None], body: float) -> float:
    gaps = [a - b for a, b in zip(ys, ys[1:]) if a is not None and b is not None and 0 < a - b <= 3 * max(body, 1)]
    return statistics.median(gaps) if gaps else 0.0
