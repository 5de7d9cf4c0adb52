"""One graded submission made into its outputs, by the worker that graded it.

On many cores a batch is limited by what the grader's own process does per submission, so
a worker does all of it that does not need the whole class (``Finisher``): the student's
dict as results.json shows it and that dict encoded as results.json writes it, the
gradebook's row (its text and its parts' rows, ``gradebook.grading_row``), the content
hash the gradebook keys it by, the student's HTML report, written to ``OUT/students/``,
the student's rows of the class overview (students table, review queue) and its compact
record (what the class's pages and exports read of it: ``report.compact``). It hands back
a ``Finished``: ready rows and text, which the grader's process commits in batches (the gradebook's one writer) and joins
into results.json and index.html, and the records it makes the class's pages from: it
decodes a student's whole dict only where it makes that student's outputs again.

What needs the class stays with the grader's process: ids two entries share, a person's
overrides and accepted reviews, group decisions. A student they change is a new dict
there, encoded and reported again; nothing a worker made is used for it. So the outputs are
the same bytes whatever process made them (``tests/test_student_outputs.py`` compares
``--jobs 1`` and ``--jobs 2`` file by file).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .batch import EntryLike, entry_digest, entry_key
from .gradebook import GradingRow, grading_row, student_json
from .ingest import DEFAULT_MAX_FILE_BYTES
from .models import BatchResult, StudentResult
from .report.compact import compact_student
from .report.exports import encode_student, results_document, write_text
from .report.render import QueueRows, overview_row, queue_rows, render_student, student_filename


@dataclass(frozen=True)
class Finished:
    """A graded submission as its worker hands it back: what the grader's process stores and writes."""

    entry: str
    """The entry's key in the gradebook (``batch.entry_key``)."""
    content_hash: str
    """The hash of everything its grade depends on (``batch.entry_digest``)."""
    row: GradingRow
    """Its gradebook row; ``row.result`` is the student's dict as JSON text."""
    encoded: str | None
    """The student as results.json writes it (None: left to the grader's process)."""
    report: bool
    """Whether its report was written to ``OUT/students/`` (for the machine's grade as it stands)."""
    overview: str | None = None
    """Its row of the class overview's students table (``render.overview_row``), for the
    machine's grade as it stands."""
    record: dict | None = None
    """Its compact record (``report.compact``): what the class's pages and exports read of it."""
    queue: QueueRows | None = None
    """Its rows of the class overview's review queue (``render.queue_rows``), for the machine's
    grade as it stands."""

    def student(self) -> dict:
        """The student's dict as results.json shows it (before any person's decision)."""
        return json.loads(self.row.result)


def header(batch: BatchResult) -> dict:
    """The results document without its students: all a student's report reads besides the student."""
    return {k: v for k, v in results_document(batch).items() if k != "students"}


@dataclass(frozen=True)
class Finisher:
    """What a worker does with each result it grades (picklable: it travels to spawned workers)."""

    document: dict
    """The results document's ``header``."""
    out: Path | None
    """The output folder; its ``students/`` must exist. None: no report is written."""
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    """As grading's: the content hash counts a file over it by its size."""

    def __call__(self, entry: EntryLike, result: StudentResult) -> Finished:
        data = student_json(result)
        try:
            encoded: str | None = encode_student(data)
        except ValueError:
            encoded = None  # the grader's process encodes it as results.json always did
        return Finished(entry_key(entry), entry_digest(entry, self.max_file_bytes), grading_row(result, data),
                        encoded, self._report(data), overview_row(data), compact_student(data),
                        queue_rows(self.document, data))

    def _report(self, data: dict[str, Any]) -> bool:
        if self.out is None:
            return False
        try:
            write_text(self.out / "students" / student_filename(data["id"]), render_student(self.document, data))
        except OSError:
            return False  # written again by the grader's process, which says what stops it
        return True
