"""PDF: each page's text layer as blocks with their page and line numbers.

pypdf reads the text, with the position and size of every run of it; nothing else of the
file is used (no scripts, forms, attachments or images). Parsing runs isolated (see
``isolate``) under the submission's time limit and a memory limit, and only plain lines
come back. Those lines are then mended where PDF text is known to go wrong:

* glyphs that are several letters (``ﬁ``), Word's mathematical italic letters (``𝑤``),
  accents that come out before their letter (``ˆy``), control codes of TeX's big
  delimiters, a soft hyphen;
* a thousands-grouped number broken after its comma (``1,228,`` / ``800``), a power of ten
  whose exponent landed on the next line (``× 10`` / ``−3``), a word hyphenated at the
  end of a line. The moved text goes up to the line it belongs to, so that every other
  line keeps its number on the page.

A larger font starts a heading; a wider gap between lines starts a paragraph. A page
with no text at all is a scan, a photo or handwriting: a whole PDF of them cannot be
graded by reading and is reported as "needs a person", never as blank.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import unicodedata
from typing import Any

from ..errors import NoTextError, ReadTimeoutError, UnreadableFileError
from ..models import Block
from .isolate import ChildFailed, ChildRaised, ChildTimedOut, run_isolated
from .limits import DEFAULT_LIMITS, ReadLimits

__all__ = ["pdf_blocks", "clean_line", "mend_lines"]

#: A line this much larger than the page's body text is a heading.
HEADING_SIZE = 1.15
#: A gap this many times the usual line spacing starts a new paragraph.
PARAGRAPH_GAP = 1.5


class PasswordRequired(Exception):
    """The PDF is encrypted with a password we do not have (raised in the reader)."""


# --------------------------------------------------------------------------- the reader
# Runs isolated: it may only return plain data.


def read_pages(data: bytes, max_pages: int) -> dict[str, Any]:
    """Every page's lines as ``[text, baseline y, font size]`` and whether it shows images."""
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
            lines = _page_lines(page)
            pages.append({"lines": lines, "images": not lines and _shows_images(page)})
        return {"pages": pages, "count": count}
    finally:
        pypdf_log.setLevel(level)


def _page_lines(page: Any) -> list[list[Any]]:
    """The page's text as pypdf orders it, split into lines that know their height on the page."""
    pieces: list[tuple[str, float | None, float]] = []

    def visit(text: str, cm: list, tm: list, font: Any, size: float) -> None:
        if not text:
            return
        a, b, _, _, e, f = (float(v) for v in tm)
        ca, cb, cc, cd, ce, cf = (float(v) for v in cm)
        y = e * cb + f * cd + cf
        scale = ((a * ca + b * cc) ** 2 + (a * cb + b * cd) ** 2) ** 0.5
        known = any(float(v) for v in tm) or any(float(v) for v in cm[4:])
        pieces.append((text, y if known else None, float(size or 0) * (scale or 1.0)))

    page.extract_text(visitor_text=visit)
    lines: list[list[Any]] = []
    text: list[str] = []
    base: float | None = None
    size = 0.0

    def flush() -> None:
        nonlocal text, base, size
        joined = "".join(text)
        if joined.strip():
            lines.append([joined, base, size])
        text, base, size = [], None, 0.0

    for piece, y, piece_size in pieces:
        for i, chunk in enumerate(piece.split("\n")):
            if i:
                flush()
                y = None  # after a newline inside a piece its position is unknown
            if not chunk:
                continue
            if chunk.strip() and y is not None:
                if base is None:
                    base = y
                elif base - y > max(piece_size, size, 1.0):
                    # Further down than any sub- or superscript: pypdf missed a line break.
                    flush()
                    base = y
                size = max(size, piece_size)
            text.append(chunk)
    flush()
    return lines


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

_LIGATURES = re.compile("[\ufb00-\ufb06\u210e\U0001d400-\U0001d7ff]")
_ACCENT_BEFORE = re.compile("([\u02c6\u00af\u02dc\u02d9\u00a8])([A-Za-z])")
_ACCENTS = {"\u02c6": "\u0302", "\u00af": "\u0304", "\u02dc": "\u0303", "\u02d9": "\u0307", "\u00a8": "\u0308"}
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]{2,}")


def clean_line(text: str) -> str:
    """One line of PDF text as a person reads it (letters, not glyphs)."""
    text = text.replace("\u00ad", "")
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _ACCENT_BEFORE.sub(lambda m: unicodedata.normalize("NFC", m.group(2) + _ACCENTS[m.group(1)]), text)
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


_GROUPS_CUT = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})*,$")
_GROUPS_REST = re.compile(r"^\d{3}(?:,\d{3})*(?![\d,])")
_TEN_CUT = re.compile(r"(?:×|·|⋅|\*|\bx)\s*10$")
_EXPONENT_LINE = re.compile(r"^[\-−–+]?\d{1,3}$")
_NEGATIVE_EXPONENT = re.compile(r"^[\-−–]\d{1,3}(?![\d.,])")
_HYPHEN_CUT = re.compile(r"(?<![A-Za-z-])[a-z]{2,}-$")
_WORD_REST = re.compile(r"^[a-z]{2,}")


def mend_lines(lines: list[str]) -> list[str]:
    """Move the rest of a number, an exponent or a word up to the line it was cut from.

    The result has as many lines as ``lines`` (a line whose whole text moved up is empty),
    so every line keeps its number.
    """
    out = list(lines)
    for i in range(len(out) - 1):
        here, after = out[i], out[i + 1].lstrip()
        if not here or not after:
            continue
        moved = ""
        if _GROUPS_CUT.search(here) and (m := _GROUPS_REST.match(after)):
            moved = m.group()
        elif _TEN_CUT.search(here) and (
                _EXPONENT_LINE.match(after) or (m := _NEGATIVE_EXPONENT.match(after))):
            moved = after if _EXPONENT_LINE.match(after) else m.group()
        elif _HYPHEN_CUT.search(here) and (m := _WORD_REST.match(after)):
            here, moved = here[:-1], m.group()
        if moved:
            out[i] = here + moved
            out[i + 1] = after[len(moved):].lstrip()
    return out


# --------------------------------------------------------------------------- blocks


def pdf_blocks(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS,
               seconds: float | None = None) -> tuple[list[Block], list[str]]:
    """The blocks of a PDF's text layer, and warnings (pages left out, pages without text).

    ``seconds`` is the time left for reading (the submission's limit by default). Raises
    ``UnreadableFileError`` for a file that is not a readable PDF, ``NoTextError`` when no
    page has text, ``ReadTimeoutError`` when the time is up.
    """
    if not data:
        raise UnreadableFileError(f"{name}: empty file (0 bytes); submit the PDF again")
    if b"%PDF-" not in data[:1024]:
        raise UnreadableFileError(f"{name}: not a PDF (no %PDF header); export the PDF again or submit the text")
    budget = limits.max_seconds if seconds is None else seconds
    try:
        read = run_isolated(read_pages, data, limits.max_pdf_pages, seconds=max(budget, 0.001),
                            memory_bytes=limits.max_reader_memory_bytes)
    except ChildTimedOut:
        raise ReadTimeoutError(f"{name}: reading the PDF took longer than the time limit ({limits.max_seconds:g} s "
                               f"per submission); raise it with --time-limit, or submit the text") from None
    except ChildRaised as exc:
        if exc.kind == "PasswordRequired":
            raise UnreadableFileError(f"{name}: the PDF is protected by a password; submit it without one") from None
        if exc.kind == "MemoryError":
            raise UnreadableFileError(f"{name}: reading the PDF needed more memory than the limit; "
                                      f"export it again (print to PDF) or submit the text") from None
        raise UnreadableFileError(f"{name}: not a readable PDF ({exc.kind}: {exc}); export the PDF again") from None
    except ChildFailed as exc:
        raise UnreadableFileError(f"{name}: the PDF could not be read ({exc}); export it again") from None
    blocks: list[Block] = []
    warnings: list[str] = []
    silent: list[int] = []
    for number, page in enumerate(read["pages"], start=1):
        page_blocks = _blocks_of_page(page["lines"], name, number)
        if not page_blocks:
            silent.append(number)
        blocks.extend(page_blocks)
    if not blocks:
        raise NoTextError(f"{name}: no text: needs a person (no page has a text layer: a scan, a photo or "
                          f"handwriting); a TA must grade it by hand, or the student submits typed text")
    if silent:
        warnings.append(f"{name}: {_pages(silent)} no text (scanned or handwritten?): a person should read "
                        f"{'them' if len(silent) > 1 else 'it'}")
    if read["count"] > len(read["pages"]):
        warnings.append(f"{name}: only the first {len(read['pages'])} of {read['count']} pages were read "
                        f"(the limit per PDF)")
    return blocks, warnings


def _pages(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]} has"
    return "pages " + ", ".join(str(n) for n in numbers) + " have"


def _blocks_of_page(raw: list[list[Any]], name: str, page: int) -> list[Block]:
    texts = mend_lines([clean_line(str(t)) for t, _, _ in raw])
    ys = [y if isinstance(y, (int, float)) else None for _, y, _ in raw]
    sizes = [float(s) if isinstance(s, (int, float)) else 0.0 for _, _, s in raw]
    if texts and re.fullmatch(r"\s*\d{1,4}\s*", texts[-1]) and len(texts) > 1:
        texts[-1] = ""  # the page number in the footer
    body = _body_size(texts, sizes)
    spacing = _usual_spacing(ys, body)
    blocks: list[Block] = []
    run: list[str] = []
    start = 0

    def flush(kind: str = "text") -> None:
        nonlocal run
        if run:
            blocks.append(Block("\n".join(run), name, start + 1, kind, page=page))
        run = []

    for i, text in enumerate(texts):
        if not text.strip():
            flush()
            continue
        heading = body > 0 and sizes[i] >= HEADING_SIZE * body and len(text) <= 80
        gap = (ys[i - 1] - ys[i]) if i and ys[i] is not None and ys[i - 1] is not None else None
        new_paragraph = gap is not None and spacing > 0 and (gap > PARAGRAPH_GAP * spacing or gap < -body)
        if heading:
            flush()
            start, run = i, [text]
            flush("heading")
            continue
        if new_paragraph or not run:
            flush()
            start = i
        run.append(text)
    flush()
    return blocks


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
