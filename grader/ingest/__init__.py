"""Ingest: a submission (a file, a folder, a zip, files grouped by id) to a ``Document``.

One reader per format; every reader keeps file names and line numbers (and a PDF's page,
a notebook's cell) so that each answer can later show where it was found. PDFs and photos
also keep each line's box on its page, how far its text may be trusted, and the file
itself, so that ``evidence_images`` can cut the page around an answer for the report.
Readers never execute anything a student wrote (the one program run is Tesseract, on an
image made from the page), never follow a link and never write a file. Limits (``ReadLimits``)
bound each file, each submission and the time spent; a limit that is hit is said in the
submission's error or warnings.
"""

from __future__ import annotations

import dataclasses
import os
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import (LinkRefusedError, NoTextError, ReadTimeoutError, SubmissionError, SubmissionTooLargeError,
                      UnreadableFileError, UnsafeFileError)
from ..models import Block, Document, Evidence, PageInfo
from .archive import (Member, archive_members, check_submission_members, common_root, is_hidden, open_archive,
                      read_member)
from .decode import decode_text
from .html import html_text
from .entries import Entry, batch_entries, location_is_archive, submission_entries
from .isolate import ChildFailed, ChildRaised, ChildTimedOut, run_isolated
from .latex import latex_blocks
from .limits import DEFAULT_LIMITS, ReadLimits
from .boxes import ascii_boxes
from .fractions import inline_fractions
from .markdown import (blank_link_targets, console_comments, highlights, inline_footnotes, inline_html, r_matrix_labels,
                       split_blocks, unquote)
from .tabs import tab_tables
from .names import display_name, safe_id
from .markups import asciidoc_text, csv_text, data_text, org_text, rst_text, script_text
from .typst import typst_text
from .notebook import notebook_blocks
from .program import program_text_blocks
from .rtf import rtf_text
from .tables import question_part_grids, question_row_blocks, transposed_tables
from .scan import read_photo

__all__ = ["CODE_FORMATS", "DEFAULT_LIMITS", "DEFAULT_MAX_FILE_BYTES", "DOCUMENT_FORMATS", "Entry", "ReadLimits",
           "TEXT_FORMATS", "batch_entries", "block_of", "evidence_images", "read_submission", "submission_entries",
           "submission_id", "submission_name"]

#: File endings read as text, and how.
TEXT_FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "markdown", ".text": "markdown",
                ".tex": "latex", ".rst": "rst", ".html": "html", ".htm": "html",
                # R and Quarto Markdown: Markdown with code chunks
                ".rmd": "markdown", ".qmd": "markdown",
                # the other plain-text formats students hand in, each written as the Markdown it means
                # (markups.py): Emacs org-mode, AsciiDoc, a spreadsheet's sheet, a MATLAB/Octave or R script
                ".org": "org", ".adoc": "asciidoc", ".asciidoc": "asciidoc", ".csv": "csv", ".tsv": "tsv",
                ".m": "script", ".r": "script", ".jl": "script",
                # an answer template the course hands out, filled in (markups.data_text: read as lines, never loaded)
                ".yaml": "data", ".yml": "data", ".json": "data",
                # Rich Text as WordPad, TextEdit and Word save it (rtf.py); Typst's source (typst.py)
                ".rtf": "rtf", ".typ": "typst"}
#: The translations of those formats into Markdown, line for line.
_AS_MARKDOWN = {"org": org_text, "asciidoc": asciidoc_text, "csv": csv_text, "rst": rst_text,
                "tsv": lambda text: csv_text(text, "\t"), "script": script_text, "rtf": rtf_text, "data": data_text,
                "typst": typst_text}
#: File endings kept as program sources for code parts (and shown as code blocks).
CODE_FORMATS = {".py"}
#: Formats with a reader of their own.
DOCUMENT_FORMATS = {".pdf": "pdf", ".ipynb": "notebook", ".zip": "archive", ".docx": "docx", ".odt": "odt",
                    # a workbook's sheets and a deck's slides, as students hand in answers worked in them
                    ".xlsx": "xlsx", ".xlsm": "xlsx", ".pptx": "pptx", ".ods": "ods", ".odp": "odp",
                    ".jpg": "photo", ".jpeg": "photo", ".png": "photo",
                    # a mail to the TA saved as a file: its text, and its attachments as the submission's files
                    ".eml": "mail"}
#: Words in a file's name that say it is not the student's final version, with why. Such files are
#: read before the others, so that where both answer a part the final one's answer, read last, wins.
DRAFT_WORDS = {
    "draft": "students hand in their draft beside the final PDF (draft.md, answers_draft.pdf)",
    "old": "an older version kept beside the new one (old_answers.txt)",
    "backup": "an editor's or a student's copy of an earlier state (answers_backup.md)",
    "bak": "an editor's backup file name (answers.bak.md)",
    "rough": "rough work before the fair copy (rough.md)",
    "scratch": "scratch work (scratch.ipynb)",
}
_NAME_WORDS = re.compile(r"[a-z]+")

#: Images that are no JPEG or PNG: refused with what to do instead.
REFUSED_IMAGES = {".heic", ".heif", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".avif", ".svg"}
#: Default largest file read, in bytes (``DEFAULT_LIMITS.max_file_bytes``).
DEFAULT_MAX_FILE_BYTES = DEFAULT_LIMITS.max_file_bytes

# Errors that are the whole submission's, even when other files of it could be read:
# a scan needs a person, a refused archive is refused, and time that is up is up.
_WHOLE_SUBMISSION = (NoTextError, UnsafeFileError, ReadTimeoutError)


def _is_draft(name: str) -> bool:
    """Whether a file's name (not its folders') says it is a draft or an old version (``DRAFT_WORDS``)."""
    return any(word in DRAFT_WORDS for word in _NAME_WORDS.findall(name.rsplit("/", 1)[-1].lower()))


def submission_id(entry: Entry | Path) -> str:
    """The student id of a submission entry: an ``Entry``'s, a file's name without extension, a folder's name."""
    if isinstance(entry, Entry):
        return entry.student
    return safe_id(_plain_id(entry))


def submission_name(entry: Entry | Path) -> str | None:
    """The name behind an id that had to be made safe (``names.safe_id``), for display; else None."""
    if isinstance(entry, Entry):
        return entry.name
    name = _plain_id(entry)
    return None if safe_id(name) == name else display_name(name)


def _plain_id(path: Path) -> str:
    return path.name if path.is_dir() and not path.is_symlink() else path.stem


def read_submission(entry: Entry | Path, *, limits: ReadLimits = DEFAULT_LIMITS,
                    max_file_bytes: int | None = None) -> Document:
    """Read one submission (an ``Entry``, or a file, folder or zip on disk) into a ``Document``.

    Raises ``SubmissionError`` when nothing in it can be read, when it must be refused as
    a whole (a link, a zip bomb, zip-slip), when it is a scan that needs a person, or when
    reading takes longer than ``limits.max_seconds``. A file that cannot be read inside a
    submission that has readable ones becomes a warning instead. ``max_file_bytes``, when
    given, overrides ``limits.max_file_bytes``.
    """
    if max_file_bytes is not None and max_file_bytes != limits.max_file_bytes:
        limits = dataclasses.replace(limits, max_file_bytes=max_file_bytes)
    if not isinstance(entry, Entry):
        entry = Entry(submission_id(entry), entry)
    reading = _Reading(entry.student, limits, time.monotonic())
    try:
        if not entry.names:
            _read_location(entry.location, reading)
        elif entry.in_archive:
            _read_class_members(entry, reading)
        else:
            several = len(entry.names) > 1
            for name in entry.names:
                path = entry.location / name
                _read_path(path, f"{name}/" if several and path.is_dir() and not path.is_symlink() else "", reading)
    except SubmissionError as exc:  # a limit that stops the reading (too many files)
        if exc not in reading.fatal:
            raise
    return reading.document()


def block_of(document: Document, evidence: Evidence) -> Block | None:
    """The block an answer's evidence points into (its file, page or cell, and line), or None."""
    for block in document.blocks:
        if (block.file == evidence.file and block.page == evidence.page and block.cell == evidence.cell
                and block.line <= evidence.line <= block.end_line):
            return block
    return None


_CROPS_PRIMED = False


def _prime_crops() -> None:
    """Cut a crop of a page of our own here, once, so every forked cropper starts with
    pypdfium2 and Pillow loaded: their imports died with each child, and cost most of a crop."""
    global _CROPS_PRIMED
    if not _CROPS_PRIMED:
        _CROPS_PRIMED = True
        from .pages import crop_images  # loaded where a class has pages (_read_document says why)
        from .pdf import _tiny_pdf

        try:
            crop_images(_tiny_pdf(), "pdf", [[0, [0.0, 0.4, 1.0, 0.6]]])
        except Exception:  # only a speed-up: a cropper that cannot cut it is bounded all the same
            pass


def evidence_images(document: Document, evidence: list[Evidence], *,
                    limits: ReadLimits = DEFAULT_LIMITS) -> list[str | None]:
    """For each answer's evidence in a PDF or a photo, the page cut around its line (a PNG data URI).

    None where the answer is in another kind of file, where its line's place on the page is
    unknown, or where the page cannot be rendered in the reader's time and memory limits.
    """
    out: list[str | None] = [None] * len(evidence)
    wanted: dict[str, list[tuple[int, list]]] = {}
    for k, item in enumerate(evidence):
        block = block_of(document, item) if item.file in document.originals else None
        if block is None or not block.boxes:
            continue
        box = block.boxes[min(item.line - block.line, len(block.boxes) - 1)]
        wanted.setdefault(item.file, []).append((k, [(item.page or 1) - 1, list(box)]))
    if not wanted:
        return out
    _prime_crops()
    from .pages import crop_images

    for file, requests in sorted(wanted.items()):
        kind = "pdf" if file.lower().endswith(".pdf") else "photo"
        try:
            images = run_isolated(crop_images, document.originals[file], kind, [r for _, r in requests],
                                  seconds=limits.max_page_seconds, memory_bytes=limits.max_reader_memory_bytes)
        except (ChildFailed, ChildRaised, ChildTimedOut):  # the report shows the text without the page
            continue
        for (k, _), image in zip(requests, images):
            out[k] = image if isinstance(image, str) else None
    return out


# --------------------------------------------------------------------------- the reading


@dataclass
class _Reading:
    """What one submission has yielded so far, and what it may still cost."""

    student: str
    limits: ReadLimits
    started: float
    blocks: list[Block] = field(default_factory=list)
    sources: dict[str, bytes] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    errors: list[SubmissionError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    not_read: list[str] = field(default_factory=list)
    """Why each skipped file was not read, naming it (the document's ``not_read``)."""
    links: list[str] = field(default_factory=list)
    fatal: list[SubmissionError] = field(default_factory=list)
    pages: list[PageInfo] = field(default_factory=list)
    unread: list[NoTextError] = field(default_factory=list)
    """Files of pages with no text that could be read: the whole submission's error if nothing else is."""
    originals: dict[str, bytes] = field(default_factory=dict)
    files_seen: int = 0
    bytes_read: int = 0
    chars: int = 0

    def seconds_left(self) -> float:
        return self.limits.max_seconds - (time.monotonic() - self.started)

    def check_time(self, name: str) -> None:
        if self.seconds_left() <= 0:
            raise ReadTimeoutError(f"{name}: reading the submission took longer than the time limit "
                                   f"({self.limits.max_seconds:g} s); raise it with --time-limit")

    def refuse_link(self, name: str) -> None:
        """A link is reported and never followed."""
        name = display_name(name)
        self.links.append(name)
        self.warnings.append(f"{name}: a symbolic link, not followed (links are never read)")

    def count_file(self, name: str) -> None:
        name = display_name(name)
        self.files_seen += 1
        if self.files_seen > self.limits.max_files:
            error = SubmissionTooLargeError(f"{name}: more than {self.limits.max_files:,} files in one submission; "
                                            f"hand in only the answers (no environments, no data sets)")
            self.fatal.append(error)
            raise error

    def add(self, rel: str, size: int, load: Callable[[], bytes], *, nested: bool = True) -> None:
        """Read one file by its format; its failure is kept for ``document`` to weigh.

        ``rel`` is the name the student gave; every message and the document hold its
        ``display_name`` (valid UTF-8, nothing invisible), ``load`` reads the file itself."""
        rel = display_name(rel)
        suffix = os.path.splitext(rel)[1].lower()
        fmt = TEXT_FORMATS.get(suffix) or DOCUMENT_FORMATS.get(suffix) or ("code" if suffix in CODE_FORMATS else None)
        if fmt is None and suffix in REFUSED_IMAGES:
            self.warnings.append(f"{rel}: skipped, a {suffix[1:].upper()} image: photos of pages are read as .jpg or "
                                 f".png; export it as JPEG, or scan the pages to PDF")
            self.skipped.append(rel)
            self.not_read.append(self.warnings[-1])
            return
        if fmt is None or (fmt == "archive" and not nested):
            what = "a zip inside a zip" if fmt else (suffix or "no extension")
            self.warnings.append(f"{rel}: skipped, not a format the grader reads ({what})")
            self.skipped.append(rel)
            self.not_read.append(self.warnings[-1])
            return
        try:
            self.check_time(rel)
            if size > self.limits.max_file_bytes:
                raise SubmissionTooLargeError(f"{rel}: {size:,} bytes is over the {self.limits.max_file_bytes:,}-byte "
                                              f"limit per file; raise it with --max-file-mb")
            self.bytes_read += size
            if self.bytes_read > self.limits.max_submission_bytes:
                raise SubmissionTooLargeError(f"{rel}: the submission's files pass {self.limits.max_submission_bytes:,} "
                                              f"bytes in all, over the limit per submission")
            data = load()
            if fmt == "archive":
                _read_nested_archive(rel, data, self)
                return
            self.names.append(rel)
            if fmt == "code":
                self.sources[rel] = data
                self._read_program_words(rel, data)
                return
            self._read_document(rel, fmt, data)
        except SubmissionError as exc:
            self.errors.append(exc)

    def _read_program_words(self, rel: str, data: bytes) -> None:
        """A program's comments and free-standing strings, read as text: a student who answers in a
        ``.py`` alone writes the answers there (``# (b) 53,952``, a run's output pasted at the end)."""
        text, warning = decode_text(data, rel)
        blocks = program_text_blocks(text, rel)
        if not blocks:
            return
        self.chars += sum(len(b.text) for b in blocks)
        self.blocks.extend(blocks)
        if warning:
            self.warnings.append(warning)

    def _read_document(self, rel: str, fmt: str, data: bytes) -> None:
        warnings: list[str] = []
        # The readers of PDFs and office documents are loaded when a class has such a file (in
        # the worker that meets it), not at every start: a class of text files never pays for them.
        if fmt in ("pdf", "photo"):
            if fmt == "pdf":
                from .pdf import read_pdf as read
            else:
                read = read_photo
            try:
                reading = read(data, rel, limits=self.limits, seconds=self.seconds_left())
            except NoTextError as exc:  # kept for a person with its pages; the other files are still read
                self.pages.extend(exc.pages)
                self.originals[rel] = data
                self.unread.append(exc)
                return
            blocks, warnings = reading.blocks, reading.warnings
            self.pages.extend(reading.pages)
            self.originals[rel] = data
        elif fmt in ("docx", "odt", "xlsx", "pptx", "ods", "odp"):
            from .office import docx_text, odp_text, ods_text, odt_text, pptx_text, xlsx_text

            read_office = {"docx": docx_text, "odt": odt_text, "xlsx": xlsx_text, "pptx": pptx_text,
                           "ods": ods_text, "odp": odp_text}[fmt]
            try:
                text = read_office(data, rel, limits=self.limits)
            except RecursionError:
                raise UnreadableFileError(f"{rel}: its XML nests elements thousands deep, as no document saved by an "
                                          f"office program does; refused. Save it again or export a PDF") from None
            blocks = split_blocks(text, rel)
        elif fmt == "mail":
            from .mail import read_mail

            mail = read_mail(data, rel, max_attachments=self.limits.max_files)
            blocks = split_blocks(_as_markdown(mail.text), rel)
            for name, content in mail.attachments:  # read as files of the submission; a zip among them is not opened
                self.add(f"{rel}/{name}", len(content), lambda content=content: content, nested=False)
        elif fmt == "notebook":
            blocks, program, warnings = notebook_blocks(data, rel)
            if program:
                self.sources[f"{rel}.py"] = program
        else:
            text, warning = decode_text(data, rel)
            warnings = [warning] if warning else []
            if fmt == "html":
                text = html_text(text)
            elif fmt in _AS_MARKDOWN:
                text = _AS_MARKDOWN[fmt](text)
            if fmt == "markdown" or fmt in _AS_MARKDOWN:
                text = _as_markdown(text)
            blocks = (latex_blocks if fmt == "latex" else split_blocks)(text, rel)
        if fmt not in ("pdf", "photo", "latex", "notebook"):
            # a table of answers laid out a column per part, or a row per question: a passage per question
            blocks = question_row_blocks(transposed_tables(question_part_grids(blocks)))
        self.chars += sum(len(b.text) for b in blocks)
        if self.chars > self.limits.max_text_chars:
            raise SubmissionTooLargeError(f"{rel}: the submission's text passes {self.limits.max_text_chars:,} "
                                          f"characters, over the limit per submission")
        self.blocks.extend(blocks)
        self.warnings.extend(warnings)

    def document(self) -> Document:
        """The document read, or the error that stands for the whole submission."""
        whole = self.fatal + [e for e in self.errors if isinstance(e, _WHOLE_SUBMISSION)]
        if whole:
            raise whole[0]
        if self.unread and not self.blocks and not self.sources:
            raise NoTextError("; ".join(str(e) for e in self.unread), tuple(self.pages))
        if self.errors and not self.blocks and not self.sources:
            if len(self.errors) == 1:
                raise self.errors[0]
            raise UnreadableFileError("; ".join(str(e) for e in self.errors))
        if self.links and not self.blocks and not self.sources and not self.names:
            raise LinkRefusedError(f"{self.links[0]}: a symbolic link, and nothing else was handed in; links are "
                                   f"never followed (the file it points to was not read); hand in the file itself")
        if self.skipped and not self.blocks and not self.sources and not self.names:
            shown = ", ".join(self.skipped[:5]) + (", …" if len(self.skipped) > 5 else "")
            raise NoTextError(f"{self.student}: no text: needs a person (nothing in a format the grader reads: "
                              f"{shown}); a TA must grade it by hand")
        warnings = self.warnings + [str(e) for e in self.unread + self.errors]
        blocks = [_plain_letters(b) for b in self.blocks]
        drafts = [n for n in self.names if _is_draft(n)]
        if drafts and len(drafts) < len({b.file for b in blocks}):
            blocks = sorted(blocks, key=lambda b: not _is_draft(b.file))  # stable: each file's order is kept
            warnings += [f"{name}: named as a draft, so it is read before the other files: where both answer a "
                         f"part, the other file's answer is graded" for name in drafts]
        return Document(self.student, tuple(blocks), tuple(self.names), dict(self.sources), tuple(warnings),
                        tuple(self.pages), dict(self.originals),
                        tuple(self.not_read) + tuple(str(e) for e in self.unread + self.errors))


#: Word's and Google Docs' equations give letters of Unicode's mathematical alphabets ("𝑤₁₁",
#: "𝜇") and invisible operators (U+2061 function application in "log⁡𝜇", invisible times): a
#: person reads w₁₁ and μ, and a space.
_MATH_LETTERS = re.compile("[\U0001d400-\U0001d7ff\u210e\u2061-\u2064]")  # U+210E is the italic h

#: Digits and signs as other scripts and keyboards write them, one character for one: a Chinese or Japanese
#: input method's full-width forms ("（１４，１４，６４）", "答案：０．６５９"), the ideographic space, and the digits of
#: Arabic, Persian and Indic scripts ("٠٫٠٨٧٦", "०.०८७६") with Arabic's decimal and thousands signs. A person reads
#: the numbers; every reader of numbers, units and brackets then does too. A pointing hand is the arrow it means.
_OTHER_FORMS = {**{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}, 0x3000: ord(" "), 0x066B: ord("."),
                0x066C: ord(","),
                # a hand or an arrow pointing at the result ("👉 **1,228,800**"), as "→" points at it
                **{code: ord("→") for code in (0x1F449, 0x261E, 0x279C, 0x2794)},
                # Word's equations copied as text (its linear format, UnicodeMath): "▒" between an n-ary operator and
                # its operand, "〖…〗" an invisible group ("∑_(i=1)^n▒〖x_i ln p〗" is ∑_(i=1)^n (x_i ln p))
                0x2592: ord(" "), 0x3016: ord("("), 0x3017: ord(")"),
                **{zero + i: ord("0") + i for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0C66,
                                                       0x0CE6, 0x0D66) for i in range(10)}}
_OTHER_FORM = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_OTHER_FORMS)) + "]")
#: A number a scan's text recognition misread, a letter O for a zero or an l or I for a one among its digits
#: ("0.OO443", "1.88O8", "l,792", "l.8O", "O.Ol"): a person reads the digits. (Two digits at least, or a decimal's
#: shape; no letter around it, no l or I closing it, which may be a unit, "20l", unless it closes a decimal: "4.4l".)
_OCR_NUMBER = re.compile(r"(?<![A-Za-z0-9_])(?=[OolI]?[.,]?\d|O[.,][\dOolI])[\dOolI][\dOolI.,]*(?<=[\dOlI])"
                         r"(?![A-Za-z0-9_])")
_OCR_DIGITS = str.maketrans("OolI", "0011")
#: Digits as "0" and the letters a scan misreads as them as "L", byte for byte: a text where no such letter stands
#: next to a digit (most: "0L", "L.0", … not in it) is not searched by ``_OCR_NUMBER``, whose look-arounds the engine
#: tries at every position. (Its UTF-8 bytes are translated: 23 µs a student of the benchmark's class, where the
#: same translation of the string cost 63 µs and a regular expression for the pairs more.)
_OCR_SHAPES = bytes.maketrans(b"0123456789OolI", b"0000000000LLLL")
_OCR_PAIRS = (b"0L", b"L0", b"0.L", b"L.0", b"0,L", b"L,0", b"L.L", b"L,L")  # ("O.Ol": a decimal all misread)


def _may_hold_ocr_number(text: str) -> bool:
    shapes = text.encode("utf-8", "surrogatepass").translate(_OCR_SHAPES)
    return any(pair in shapes for pair in _OCR_PAIRS)


_DECIMAL_SHAPE = re.compile(r"[\dOolI]+[.,][\dOolI]+")


def _ocr_number(match: re.Match) -> str:
    token = match.group()
    if not any(c in "OolI" for c in token) or (token[-1] in "lI" and not _DECIMAL_SHAPE.fullmatch(token)):
        return token
    digits = sum(c.isdigit() for c in token)
    # (a decimal's shape with a digit in it, "l.8O", or opened by a zero's O, "O.Ol", is a number too)
    if digits >= 2 or (_DECIMAL_SHAPE.fullmatch(token) and (digits or token[:2] in ("O.", "O,", "o."))):
        return token.translate(_OCR_DIGITS)
    return token


#: A symbol a notes app or a student puts before a line as its bullet (a check mark, a triangle, a
#: square), and the private-use glyphs of the Symbol and Wingdings fonts that Word's and LibreOffice's
#: lists leave in a PDF's text (U+F0B7 "", U+F0A7 "", U+F076 "", U+F0D8 "", U+F0FC "", U+F06E "").
_BULLET_SYMBOLS = ("[\u2022\u25aa\u25b8\u25ba\u27a4\u2713\u2714\u2705\u2611\u2b50\u27a1"
                   "\u25e6\u2023\u2043\u25a0\u25a1\u25cf\u25cb\u25c6\u2756\u27a2"
                   "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\uf0e8]")
_BULLET_MARK = re.compile(f"(?m)^([ \t]*){_BULLET_SYMBOLS}(?=[ \t])")
#: The bullet symbols alone: a text with none (most) is not searched by ``_BULLET_MARK``, which, led by a line's
#: start, the engine tries at every position; this set it finds at C speed, jumping from character to character.
_BULLET_SYMBOL = re.compile(_BULLET_SYMBOLS)


# A matrix in Word's linear format: "■(0.15&−0.2@0.1&0.5)", cells apart by "&", rows by "@" (inside the
# brackets the student chose, "[■(…)]", or none).
_WORD_MATRIX = re.compile(r"(?P<outer>[\[(|]?)■\((?P<cells>[^()■\n]*)\)")


def _word_matrix(match: re.Match) -> str:
    """The matrix as MATLAB writes one, a character for a character: "[  0.15 −0.2;0.1 0.5 ]"."""
    cells = match["cells"].replace("&", " ").replace("@", ";")
    return (f"{match['outer']}  {cells} " if match["outer"] else f" [{cells}]")


def _plain_letters(block: Block) -> Block:
    """The block with mathematical-alphabet letters as plain ones, other scripts' digits and full-width forms as
    ASCII, Word's linear-format matrices and groups as brackets, a scan's letters misread among a number's digits as digits, invisible operators as spaces and a
    line's bullet symbol ("✅ Yes.", "• 14 × 14 × 64") as Markdown's "-" (one character for one: lines
    and offsets are kept)."""
    text = block.text
    if _MATH_LETTERS.search(text):
        text = _MATH_LETTERS.sub(
            lambda m: " " if "\u2061" <= m.group() <= "\u2064" else unicodedata.normalize("NFKC", m.group()), text)
    if _OTHER_FORM.search(text):
        text = text.translate(_OTHER_FORMS)
    if "■(" in text:
        text = _WORD_MATRIX.sub(_word_matrix, text)
    if block.kind != "code" and _may_hold_ocr_number(text):
        text = _OCR_NUMBER.sub(_ocr_number, text)
    if _BULLET_SYMBOL.search(text) and _BULLET_MARK.search(text):
        text = _BULLET_MARK.sub(r"\1-", text)
    return block if text is block.text else dataclasses.replace(block, text=text)


# --------------------------------------------------------------------------- where files come from


def _read_location(path: Path, reading: _Reading) -> None:
    """A file, folder or zip that is the whole submission."""
    if path.is_symlink():
        reading.errors.append(LinkRefusedError(
            f"{display_name(path.name)}: a symbolic link; links are never followed (the file it points to was "
            f"not read); hand in the file itself"))
    elif path.is_dir():
        _read_folder(path, "", reading)
        if not reading.files_seen and not reading.errors:
            reading.warnings.append("the submission folder is empty")
    elif location_is_archive(path):
        _read_student_archive(display_name(path.name), lambda: path.read_bytes(), path.stat().st_size, reading)
    elif path.exists():
        reading.count_file(path.name)
        reading.add(path.name, path.stat().st_size, _loader(path, path.name, reading.limits.max_file_bytes))
    else:
        reading.errors.append(UnreadableFileError(f"{display_name(path.name)}: no such file"))


def _read_path(path: Path, prefix: str, reading: _Reading) -> None:
    """One of a student's names in the SUBMISSIONS folder (the id pattern grouped several)."""
    if path.is_symlink():
        reading.refuse_link(path.name)
    elif path.is_dir():
        _read_folder(path, prefix, reading)
    elif path.is_file():
        reading.count_file(path.name)
        if location_is_archive(path):
            _read_student_archive(display_name(path.name), lambda: path.read_bytes(), path.stat().st_size, reading)
        else:
            reading.add(path.name, path.stat().st_size, _loader(path, path.name, reading.limits.max_file_bytes))


def _read_folder(folder: Path, prefix: str, reading: _Reading) -> None:
    """Every file under a folder, in name order; links are reported and never followed."""
    found: list[tuple[str, Path]] = []
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            children = list(os.scandir(current))
        except OSError as exc:
            reading.warnings.append(f"{display_name(prefix + Path(current).relative_to(folder).as_posix())}: "
                                    f"cannot be listed "
                                    f"({exc.strerror or exc})")
            continue
        for child in children:
            rel = Path(child.path).relative_to(folder).as_posix()
            if is_hidden(rel):
                continue
            if child.is_symlink():
                reading.refuse_link(prefix + rel)
            elif child.is_dir(follow_symlinks=False):
                stack.append(Path(child.path))
            elif child.is_file(follow_symlinks=False):
                reading.count_file(prefix + rel)
                found.append((prefix + rel, Path(child.path)))
    for rel, path in sorted(found):
        try:
            size = path.lstat().st_size
        except OSError as exc:
            reading.errors.append(UnreadableFileError(f"{display_name(rel)}: cannot be read ({exc.strerror or exc})"))
            continue
        reading.add(rel, size, _loader(path, rel, reading.limits.max_file_bytes))


def _loader(path: Path, rel: str, limit: int) -> Callable[[], bytes]:
    rel = display_name(rel)

    def load() -> bytes:
        try:
            # O_NOFOLLOW: a file swapped for a link after it was listed is still not followed.
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(fd, "rb") as stream:
                # Asked for the file's size and one byte more (which finds it grown), then for the rest up to the
                # limit only if it grew: the same bytes as one read of the limit, without a buffer of the limit
                # (20 MB) mapped and given back for every file (about 45 µs a file, in the kernel).
                ask = min(os.fstat(fd).st_size, limit) + 1
                data = stream.read(ask)
                if len(data) == ask <= limit:
                    data += stream.read(limit + 1 - ask)
        except OSError as exc:
            raise UnreadableFileError(f"{rel}: cannot be read ({exc.strerror or exc})") from None
        if len(data) > limit:  # it grew after it was measured
            raise SubmissionTooLargeError(f"{rel}: over the {limit:,}-byte limit per file; raise it with --max-file-mb")
        return data
    return load


def _read_student_archive(label: str, load: Callable[[], bytes], size: int, reading: _Reading) -> None:
    """A zip that is a student's whole submission: its members, the folder it zipped stripped."""
    if size > reading.limits.max_submission_bytes:
        reading.errors.append(SubmissionTooLargeError(
            f"{label}: {size:,} bytes is over the {reading.limits.max_submission_bytes:,}-byte limit per submission"))
        return
    try:
        _read_archive_bytes(label, load(), "", reading, nested=True)
    except SubmissionError as exc:
        reading.errors.append(exc)


def _as_markdown(text: str) -> str:
    """Markdown as students write it, made ready for the block splitter: HTML typed into it, highlights, links'
    targets, R's matrix labels, console comments,
    quotes, footnotes, tab-separated tables, boxes drawn with characters, fractions written across lines."""
    return inline_fractions(ascii_boxes(tab_tables(inline_footnotes(unquote(console_comments(
        r_matrix_labels(blank_link_targets(highlights(inline_html(text))))))))))


def _read_nested_archive(rel: str, data: bytes, reading: _Reading) -> None:
    """A zip among a student's files: its members join the submission as ``rel/…``; no deeper."""
    _read_archive_bytes(rel, data, f"{rel}/", reading, nested=False)


def _read_archive_bytes(label: str, data: bytes, prefix: str, reading: _Reading, *, nested: bool) -> None:
    with open_archive(data, label) as archive:
        members = archive_members(archive, label, max_members=reading.limits.max_files,
                                  max_bytes=reading.limits.max_submission_bytes)
        members = [m for m in members if not is_hidden(m.name)]
        check_submission_members(members, label, reading.limits)
        root = common_root([m.name for m in members]) if not prefix else ""
        _read_members(archive, members, root, prefix, reading, nested=nested)


def _read_class_members(entry: Entry, reading: _Reading) -> None:
    """This student's members of a class archive (the checks of the whole archive passed when it was listed)."""
    label = entry.location.name
    try:
        with open_archive(entry.location, label) as archive:
            members = archive_members(archive, label, max_members=reading.limits.max_archive_members,
                                      max_bytes=reading.limits.max_archive_bytes)
            several = len(entry.names) > 1
            for name in entry.names:
                own = [m for m in members if (m.name == name or m.name.startswith(name + "/"))
                       and not is_hidden(m.name)]
                check_submission_members(own, f"{label}: {name}", reading.limits)
                folder = any(m.name != name for m in own)
                root = name + "/" if folder else name.rpartition("/")[0] + "/" if "/" in name else ""
                prefix = name.rpartition("/")[2] + "/" if folder and several else ""
                _read_members(archive, own, root, prefix, reading, nested=True)
    except SubmissionError as exc:
        reading.errors.append(exc)


def _read_members(archive, members: list[Member], root: str, prefix: str, reading: _Reading, *,
                  nested: bool) -> None:
    for member in sorted(members, key=lambda m: m.name):
        rel = prefix + (member.name[len(root):] if root and member.name.startswith(root) else member.name)
        if member.link:
            reading.refuse_link(rel)
            continue
        reading.count_file(rel)
        reading.add(rel, member.size,
                    lambda m=member, r=rel: read_member(archive, m, r, reading.limits.max_file_bytes), nested=nested)
