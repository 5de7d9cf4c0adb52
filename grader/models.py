"""What passes between the stages: documents, answers with evidence, checks, results.

Frozen dataclasses, no behaviour beyond small derived properties: models never render
themselves and never grade.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True)
class Block:
    """A run of a submission's text (a paragraph, a display equation, a code block)."""

    text: str
    file: str
    """The file's path relative to the submission."""
    line: int
    """1-based line of the block's first line in its file."""
    kind: str = "text"
    """``text``, ``math``, ``code`` or ``heading``."""
    page: int | None = None
    """1-based page of a PDF (``line`` then counts the page's lines); None for other files."""
    cell: int | None = None
    """1-based cell of a notebook (``line`` then counts the cell's lines); None for other files."""
    trust: str = "text"
    """How far its text may be trusted: ``text`` (the file's own), ``ocr`` (read from an image of
    the page, by a scanner app's hidden layer or by our OCR: a person confirms against the page)."""
    boxes: tuple[tuple[float, float, float, float], ...] = ()
    """For a page (PDF, photo): each line's box ``(left, top, right, bottom)`` as fractions of
    the page's width and height from its top-left corner; empty where unknown."""

    @property
    def end_line(self) -> int:
        """The block's last line."""
        return self.line + self.text.count("\n")

    def line_at(self, offset: int) -> int:
        """The file line of character ``offset`` of ``text``."""
        return self.line + self.text.count("\n", 0, max(0, offset))


#: How a page's text was judged (``PageInfo.layer``).
PAGE_LAYERS = ("text", "ocr", "garbage", "none")


@dataclass(frozen=True)
class PageInfo:
    """How one page of a PDF or a photo was read, for the report and the review reasons."""

    file: str
    page: int
    """1-based; a photo is page 1."""
    layer: str
    """``text`` (its own text layer), ``ocr`` (text read from its image: trust less),
    ``garbage`` (a text layer or OCR that does not read as words: not used) or ``none``."""
    reason: str = ""
    """Why, in words a TA reads (``12 % of its words are words``)."""
    image: str | None = None
    """The whole page scaled down, as a ``data:image/png`` URI, where no text of it could be used."""

    @property
    def readable(self) -> bool:
        """Whether its text was read (possibly by OCR)."""
        return self.layer in ("text", "ocr")


@dataclass(frozen=True)
class Document:
    """A whole submission as text blocks in reading order, plus its source files."""

    student: str
    blocks: tuple[Block, ...]
    files: tuple[str, ...] = ()
    sources: Mapping[str, bytes] = field(default_factory=dict)
    """Program files (``.py``) by relative name, for code parts; never executed here."""
    warnings: tuple[str, ...] = ()
    """Things a person should know about reading it (an encoding guessed, a file skipped)."""
    pages: tuple[PageInfo, ...] = ()
    """Every page of its PDFs and photos, as judged; empty for a submission of text files."""
    originals: Mapping[str, bytes] = field(default_factory=dict)
    """PDFs and photos by relative name, kept to cut the page around an answer for the report."""
    not_read: tuple[str, ...] = ()
    """Files handed in that were not read for answers, each named with why (a format the grader does not read,
    a file it could not read): a part found nowhere may be answered there."""


@dataclass(frozen=True)
class Evidence:
    """Where an answer was found."""

    file: str
    line: int
    excerpt: str
    """The source text around the answer, verbatim."""
    highlight: str = ""
    """The answer's own text inside ``excerpt``, for the report to mark."""
    page: int | None = None
    """The PDF page, where the file has pages (``line`` is then the line on that page)."""
    cell: int | None = None
    """The notebook cell, where the file has cells (``line`` is then the line in that cell)."""
    image: str | None = None
    """The page around the answer (a PDF's, a photo's), as a small ``data:image/png`` URI."""


@dataclass(frozen=True)
class Answer:
    """A part's answer as extracted: what was written, what it means, where, how sure."""

    part: str
    text: str
    """The answer as the student wrote it (``12,28,800``)."""
    value: Any
    """The parsed value: a float, a ``numbers.ParsedNumber``, a parsed formula, a code job."""
    evidence: Evidence | None
    confidence: float
    """0 to 1: how sure extraction is that this is the student's answer to this part."""
    review: tuple[str, ...] = ()
    """Why a person should look, from extraction (conflicting candidates, a guess)."""
    parameters: Mapping[str, float] = field(default_factory=dict)
    """Problem values the submission states for this part's question."""
    details: Mapping[str, Any] = field(default_factory=dict)
    """Kind-specific extras for the report (a code run's output, a formula's MathML)."""
    alternatives: tuple["Answer", ...] = ()
    """Other readings of the part nearly as well supported as this one (runner-ups). They
    are graded too, and one that would earn a different grade becomes a review reason that
    names it: the counterfactual that turns a silent misread into a flag."""
    elsewhere: tuple["Answer", ...] = ()
    """Other values the student wrote for the part, however weakly supported (working, an
    earlier line, a value a later step uses). Graded only when the reading earns less than
    full credit: one that would earn more is a review reason that names it, so a right
    answer misread is flagged, never silently marked down. They never raise a grade."""
    review_unless_correct: tuple[str, ...] = ()
    """Review reasons that stand only when the reading earns less than full credit: doubts about
    where a reading came from (a second reader's guess) that a value the check finds right
    settles, since a misread landing within the reference's tolerance is not the way readings fail."""


@dataclass(frozen=True)
class Check:
    """The outcome of comparing one answer with the reference."""

    verdict: str
    credit: float
    """Fraction of the part's points, 0 to 1."""
    feedback: str
    expected: str
    """The expected answer, as shown to a TA."""
    mistake: str | None = None
    """Id of the known mistake recognised, if any."""
    review: tuple[str, ...] = ()
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Note:
    """A remark about a whole question (two computations that disagree)."""

    question: str
    message: str
    evidence: Evidence | None = None


@dataclass(frozen=True)
class PartResult:
    """One part's grade, as written to results.json."""

    id: str
    verdict: str
    score: float
    max_score: float
    review: bool
    expected: str
    found: str | None
    feedback: str
    evidence: Evidence | None
    review_reasons: tuple[str, ...] = ()
    mistake: str | None = None
    confidence: float | None = None
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StudentResult:
    """One student's grade."""

    id: str
    status: str
    """``graded`` or ``error``."""
    score: float
    max_score: float
    parts: tuple[PartResult, ...]
    error: str | None = None
    files: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    warnings: tuple[str, ...] = ()
    name: str | None = None
    """The submission's name as handed in, for display, when it had to be made safe to be
    the id (not UTF-8, invisible characters, too long); None when the name is the id."""
    pages: tuple[PageInfo, ...] = ()
    """The pages of its PDFs and photos that were not read from their own text layer."""

    @property
    def review(self) -> bool:
        """Whether any part needs a person."""
        return any(p.review for p in self.parts) or self.status == "error"


@dataclass(frozen=True)
class BatchResult:
    """A whole class."""

    assignment: str
    title: str
    max_score: float
    part_ids: tuple[str, ...]
    part_points: Mapping[str, float]
    students: tuple[StudentResult, ...]
    part_titles: Mapping[str, str] = field(default_factory=dict)
    """The spec's title of each part that has one ("Q1(a): dE/dw11"), shown to people instead of its id."""
    question_titles: Mapping[str, str] = field(default_factory=dict)
    """The spec's title of each question ("Q1: gradients ..."), for notes on a whole question."""
