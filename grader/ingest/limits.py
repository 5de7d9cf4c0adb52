"""How much of a submission is read: the one place that says the defaults.

Every reader takes a ``ReadLimits``; the command line and the spec override fields of
``DEFAULT_LIMITS`` (``dataclasses.replace``), never the numbers below. A limit that is
hit is reported in the submission's result, with the option that raises it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadLimits:
    """Bounds on the work and memory one submission (or a class archive) may cost."""

    max_file_bytes: int = 20_000_000
    """Largest file read, in bytes (a PDF or a notebook with figures is a few MB; 50 MB is not an answer)."""
    max_seconds: float = 60.0
    """Longest time spent reading one submission (a hostile PDF can take forever)."""
    max_text_chars: int = 10_000_000
    """Most text one submission may yield: about 3,000 pages. Pasted training logs make a few
    MB; extraction leaves them out (and says so), so they need not cost the student a grade."""
    max_files: int = 1_000
    """Most files in one submission (a folder or an archive)."""
    max_submission_bytes: int = 200_000_000
    """Most bytes read for one submission, all its files together."""
    max_pdf_pages: int = 300
    """Pages read of one PDF; later pages are left out with a warning."""
    max_reader_memory_bytes: int = 1_000_000_000
    """Memory the PDF reader's process may add to the grader's own (rendering and OCR too)."""
    max_ocr_pages: int = 40
    """Pages of one submission read by OCR (scans, photos); later ones are shown to a person unread."""
    max_page_seconds: float = 30.0
    """Longest time rendering and OCR may take for one page (within the submission's time)."""
    ocr: bool = True
    """Whether pages without usable text are read by OCR (where Tesseract is installed)."""
    max_archive_members: int = 50_000
    """Most members in a class archive."""
    max_archive_bytes: int = 4_000_000_000
    """Most bytes a class archive may expand to, all members together."""
    max_compression_ratio: float = 200.0
    """A member that expands more than this many times (and beyond 1 MB) is a zip bomb."""


#: The limits used when none are given.
DEFAULT_LIMITS = ReadLimits()

#: Members below this size are never called a zip bomb, whatever their ratio (a page of spaces).
RATIO_FLOOR_BYTES = 1_000_000
