"""Pages that need more than their text layer: judged, read by OCR, or kept for a person.

The PDF reader hands each page's lines here with what the page draws; a photo of a page
comes with no lines at all. Each page is judged (``layer.judge_text``); a page whose own
text can be trusted keeps it. Any other page is rendered and read by OCR in the forked,
limited reader (``pages.ocr_page``: a time limit per page, the reader's memory limit, at
most ``ReadLimits.max_ocr_pages`` pages); what OCR reads well becomes blocks marked
``trust="ocr"``; a page it cannot read (handwriting, no Tesseract) is kept for a person
with its image, and every part it may hold is flagged by the pipeline, never left
silently missing.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from ..errors import NoTextError, ReadTimeoutError, UnreadableFileError
from ..models import Block, PageInfo
from .isolate import ChildFailed, ChildRaised, ChildTimedOut, run_isolated
from .layer import Judgment, judge_text
from .limits import DEFAULT_LIMITS, ReadLimits
from .pages import BLANK_INK, EMPTY_INK, ocr_page

__all__ = ["BLANK", "PageReading", "judge_pages", "read_photo"]

#: Makes a page's own lines into blocks: ``(lines, file, page, box=, trust=) -> blocks``.
TextBlocks = Callable[..., list[Block]]


@dataclass
class PageReading:
    """What the pages of one PDF or photo gave: blocks, warnings, and each page as judged."""

    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: list[PageInfo] = field(default_factory=list)


def judge_pages(raw_pages: list[dict[str, Any]], name: str, kind: str, data: bytes, limits: ReadLimits, *,
                started: float, budget: float, text_blocks: TextBlocks | None = None) -> PageReading:
    """Judge each page's text, keep what can be trusted, and read the rest by OCR where it can.

    A page's own text layer becomes blocks when it reads as text (``trust="text"``) or as
    an OCR layer under a scan (``trust="ocr"``). A garbage layer is never used: the page is
    read by our OCR, or, where that cannot read it either (handwriting, no Tesseract), it is
    kept as a page for a person, with its image. ``text_blocks`` makes a page's own lines
    into blocks (the PDF reader's); a photo has no text layer.
    """
    reading = PageReading()
    ocr_done = 0
    for number, page in enumerate(raw_pages, start=1):
        raw = page["lines"]
        judgment = judge_text("\n".join(str(line[0]) for line in raw), image_cover=float(page.get("cover", 0.0)),
                              invisible=bool(page.get("invisible")))
        if judgment.layer in ("text", "ocr") and text_blocks is not None:
            page_blocks = text_blocks(raw, name, number, box=page.get("box"), trust=judgment.layer)
            if page_blocks:
                reading.blocks.extend(page_blocks)
                reading.pages.append(PageInfo(name, number, judgment.layer, judgment.reason))
                continue
        left = budget - (time.monotonic() - started)
        if ocr_done >= limits.max_ocr_pages or left <= 0:
            reading.pages.append(PageInfo(name, number, "garbage" if judgment.layer == "garbage" else "none",
                                          f"{judgment.reason}; not read by OCR (past the limit of "
                                          f"{limits.max_ocr_pages} pages or the time limit)"))
            continue
        ocr_done += 1
        reading.pages.append(_ocr_page(data, kind, number, name, judgment, limits, left, reading))
    ocr = [p.page for p in reading.pages if p.layer == "ocr"]
    if ocr:
        reading.warnings.append(f"{name}: {_numbers(ocr)} read from an image of the page (OCR): "
                                f"the values read may be misread; each is shown beside the page")
    unread = [p for p in reading.pages if not p.readable and p.reason != BLANK]
    if unread:
        them = "them" if len(unread) > 1 else "it"
        shown = f" (the report shows {them})" if all(p.image for p in unread) else ""
        reading.warnings.append(f"{name}: {_pages([p.page for p in unread])} no text that could be read: a person "
                                f"should read {them}{shown}")
    return reading


#: The reason of a page that is blank: not one a person must read.
BLANK = "a blank page"


def _ocr_page(data: bytes, kind: str, number: int, name: str, judgment: Judgment, limits: ReadLimits,
              left: float, reading: PageReading) -> PageInfo:
    """A page whose text layer is missing or garbage, read by OCR (its blocks added to ``reading``)."""
    seconds = max(0.001, min(left, limits.max_page_seconds))
    try:
        read = run_isolated(ocr_page, data, kind, number - 1, seconds * 0.9, limits.ocr, seconds=seconds,
                            memory_bytes=limits.max_reader_memory_bytes)
    except (ChildTimedOut, ChildRaised, ChildFailed) as exc:
        said = re.sub(r"<[^<>]* at 0x[0-9a-f]+>", "the file", str(exc))  # no addresses: same input, same bytes
        why = "took longer than the time limit per page" if isinstance(exc, ChildTimedOut) else f"failed ({said})"
        layer = "garbage" if judgment.layer == "garbage" else "none"
        prefix = f"{judgment.reason}; " if kind == "pdf" else ""  # a photo has no text layer to speak of
        # OCR's own failures are RuntimeError (ocr.ocr_image); anything else is the image's.
        stage = "OCR" if isinstance(exc, ChildRaised) and exc.kind == "RuntimeError" else (
            "rendering" if kind == "pdf" else "opening the image")
        return PageInfo(name, number, layer, f"{prefix}{stage} {why}")
    before = judgment.reason if judgment.layer == "garbage" else ""
    if not read["ocr"]:
        if read["ink"] < BLANK_INK:
            return PageInfo(name, number, "none", BLANK)
        missing = ("OCR is off" if not limits.ocr else "no OCR on this machine (install tesseract-ocr)")
        return PageInfo(name, number, "garbage" if before else "none",
                        f"{before + '; ' if before else ''}no text layer that could be used, and {missing}",
                        read["image"])
    text = "\n".join(line[0] for line in read["lines"])
    ocr = judge_text(text, ocr_confidence=float(read["confidence"]))
    if ocr.layer == "none":
        if read["ink"] < EMPTY_INK:
            return PageInfo(name, number, "none", BLANK)
        ocr = Judgment("garbage", "our OCR found no text on it (handwriting or a drawing?)")
    reason = f"{before}; {ocr.reason}" if before else ocr.reason
    if ocr.layer != "ocr":
        return PageInfo(name, number, "garbage", reason, read["image"])
    reading.blocks.extend(_blocks_of_ocr(read["lines"], name, number if kind == "pdf" else 1))
    return PageInfo(name, number, "ocr", reason)


#: OCR puts a space after a thousands comma ("1,228, 800"): a group of three digits after a
#: grouped number's comma and one space belongs to it.
_OCR_GROUP_GAP = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})*), (\d{3})(?![\d.,]?\d)")


def _blocks_of_ocr(lines: list[list[Any]], name: str, page: int) -> list[Block]:
    """OCR lines as blocks: one per paragraph Tesseract found, with the lines' boxes."""
    blocks: list[Block] = []
    run: list[list[Any]] = []
    start = 0
    for number, line in enumerate(lines, start=1):
        if run and line[3] != run[-1][3]:
            blocks.append(_ocr_block(run, name, page, start))
            run = []
        if not run:
            start = number
        run.append(line)
    if run:
        blocks.append(_ocr_block(run, name, page, start))
    return blocks


def _ocr_block(run: list[list[Any]], name: str, page: int, start: int) -> Block:
    texts = [_OCR_GROUP_GAP.sub(r"\1,\2", " ".join(str(line[0]).split())) for line in run]
    return Block("\n".join(texts), name, start, "text", page=page, trust="ocr",
                 boxes=tuple(tuple(float(v) for v in line[1]) for line in run))


def _numbers(numbers: list[int]) -> str:
    return f"page {numbers[0]}" if len(numbers) == 1 else "pages " + ", ".join(str(n) for n in numbers)


def _pages(numbers: list[int]) -> str:
    return _numbers(numbers) + (" has" if len(numbers) == 1 else " have")




def read_photo(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS,
               seconds: float | None = None) -> PageReading:
    """A photo of a page (JPEG or PNG) read by OCR: its blocks, warnings, the page as judged.

    Raises ``UnreadableFileError`` for a file that is no JPEG or PNG image, ``NoTextError``
    when OCR can read nothing on it (the page is kept, with its image, on the error).
    """
    if not data:
        raise UnreadableFileError(f"{name}: empty file (0 bytes); take the photo again")
    if not (data.startswith(b"\xff\xd8\xff") or data.startswith(b"\x89PNG\r\n\x1a\n")):
        raise UnreadableFileError(f"{name}: not a JPEG or PNG image; photograph the page as a JPEG, or scan it to PDF")
    budget = limits.max_seconds if seconds is None else seconds
    started = time.monotonic()
    reading = judge_pages([{"lines": []}], name, "photo", data, limits, started=started, budget=budget)
    if time.monotonic() - started > budget:
        raise ReadTimeoutError(f"{name}: reading the photo took longer than the time limit "
                               f"({limits.max_seconds:g} s per submission); raise it with --time-limit")
    if not reading.blocks:
        page = reading.pages[0]
        if page.reason.startswith("opening the image failed"):
            raise UnreadableFileError(f"{name}: not a readable JPEG or PNG photo ({page.reason})")
        raise NoTextError(f"{name}: no text: needs a person ({page.reason}); a TA must grade it by hand",
                          tuple(reading.pages))
    return reading
