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

Given the run's scratch folder (a local pool of workers), a worker keeps the bulky part of
what it makes out of the pool's pipe: the gradebook's row goes into a SQLite shard of its own
(``gradebook.Shard``), which the grader's process merges with one statement per table, and the
student's results.json text is appended to a file of its own (``Fragment``), which the grader's
process reads whole when it writes results.json. What travels back is a few kilobytes a
student: the record, the overview's and the queue's rows, and where the rest is.

What needs the class stays with the grader's process: ids two entries share, a person's
overrides and accepted reviews, group decisions. A student they change is a new dict
there, encoded and reported again; nothing a worker made is used for it. So the outputs are
the same bytes whatever process made them (``tests/test_student_outputs.py`` compares
``--jobs 1`` and ``--jobs 2`` file by file).
"""

from __future__ import annotations

import mmap
import os
import secrets
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Mapping, Sequence

from .batch import EntryLike, entry_digest, entry_key
from .gradebook import GradingRow, Shard, ShardRow, grading_row, student_json
from .identities import Identity
from .ingest import DEFAULT_MAX_FILE_BYTES
from .models import BatchResult, StudentResult
from .report.compact import compact_student
from .report.exports import ExportLines, encode_student, export_lines, results_document, write_text
from .report.render import QueueRows, overview_row, queue_rows, render_student, store_overview_code, student_filename


def _restored(cls: type, values: tuple) -> Any:
    """An instance of ``cls`` (a frozen dataclass of this module) from its fields' values in order:
    how the grader's process unpickles what workers hand back (``_Compact``)."""
    made = object.__new__(cls)
    made.__dict__.update(zip(_FIELDS[cls], values))
    return made


class _Compact:
    """Pickled as its class and its fields' values, not as a dict of them: the grader's process
    unpickles one of each per student, on the pool's result thread, part of the serial work that
    limits a batch on many cores (a ``Finished`` with its ``Fragment``: 10.2 to 7.5 µs a student,
    with the record and rows it carries). What a worker sends is ours, never a student's bytes."""

    def __reduce__(self) -> tuple:
        return _restored, (type(self), tuple(getattr(self, name) for name in _FIELDS[type(self)]))


@dataclass(frozen=True)
class Fragment(_Compact):
    """Text a worker appended to a file of its own in the run's scratch folder: where it is."""

    file: str
    start: int
    """Its first byte in the file."""
    end: int
    """The byte after its last."""


@dataclass(frozen=True)
class Finished(_Compact):
    """A graded submission as its worker hands it back: what the grader's process stores and writes."""

    entry: str
    """The entry's key in the gradebook (``batch.entry_key``)."""
    content_hash: str
    """The hash of everything its grade depends on (``batch.entry_digest``)."""
    row: GradingRow | ShardRow
    """Its gradebook row (``row.result`` is the student's dict as JSON text), or where its worker stored it."""
    encoded: str | Fragment | None
    """The student as results.json writes it, or where its worker wrote that text (None: left to
    the grader's process)."""
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
    exports: ExportLines | None = None
    """Its lines of grades.csv, moodle.csv and canvas.csv (``exports.export_lines``), for the
    machine's grade as it stands."""

    @property
    def stored(self) -> tuple[str, str, GradingRow] | ShardRow:
        """What ``Gradebook.record_rows`` stores of it."""
        return self.row if isinstance(self.row, ShardRow) else (self.entry, self.content_hash, self.row)


#: The fields of each ``_Compact`` class, in order.
_FIELDS = {cls: tuple(f.name for f in fields(cls)) for cls in (Fragment, Finished)}


class _Scratch:
    """This process's files in a run's scratch folder: its gradebook shard and its results.json texts."""

    def __init__(self, folder: Path):
        name = f"{os.getpid()}-{secrets.token_hex(4)}"  # a process's own, whatever the pids reused
        self.shard = Shard(folder / f"{name}.sqlite")
        self.texts = str(folder / f"{name}.json")
        self._fd = os.open(self.texts, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self._size = 0

    def write(self, text: str) -> Fragment | str:
        """``text`` appended to this process's file, and where it is (text that UTF-8 cannot
        encode travels back as it is: results.json's writer says what stops it)."""
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            return text
        start, left = self._size, memoryview(data)
        while left:
            left = left[os.write(self._fd, left):]
        self._size += len(data)
        return Fragment(self.texts, start, self._size)

    def close(self) -> None:
        self.shard.close()
        os.close(self._fd)


#: Each process's scratch files, by (process id, scratch folder): a worker forked from a process
#: that had some opens its own and never touches the ones it inherited.
_SCRATCH: dict[tuple[int, str], _Scratch] = {}


def _scratch(folder: Path) -> _Scratch:
    key = (os.getpid(), str(folder))
    if key not in _SCRATCH:
        _SCRATCH[key] = _Scratch(folder)
        if _first_in(folder, "overview-code"):  # one worker compiles it, not the grader's process at the end
            try:
                store_overview_code(folder)
            except OSError:
                pass  # the grader's process compiles it, as it did
    return _SCRATCH[key]


def _first_in(folder: Path, what: str) -> bool:
    """Whether this process is the first of the run to claim ``what`` in its scratch folder."""
    try:
        os.close(os.open(folder / f"{what}.claimed", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:  # claimed already (or the folder refuses it: then nobody does it here)
        return False
    return True


def close_scratch(folder: Path) -> None:
    """Close this process's files in ``folder`` (the grader's own, made for an entry whose worker died)."""
    scratch = _SCRATCH.pop((os.getpid(), str(folder)), None)
    if scratch is not None:
        scratch.close()


def texts_of(encoded: Sequence[str | Fragment | None]) -> list[str | bytes | None]:
    """Each student's results.json text: as it came, or the UTF-8 bytes its worker wrote to its
    file (each file read once, nothing decoded: results.json's writer writes them as they are)."""
    files: dict[str, mmap.mmap] = {}
    out: list[str | bytes | None] = []
    try:
        for value in encoded:
            if isinstance(value, Fragment):
                if value.file not in files:
                    files[value.file] = _mapped(value.file)
                out.append(files[value.file][value.start:value.end])
            else:
                out.append(value)
    finally:
        for mapped in files.values():
            mapped.close()
    return out


def _mapped(path: str) -> mmap.mmap:
    """A file mapped whole, its pages all mapped at once where the system can (a page fault
    each costs as much as copying the page, on a virtual machine several times more)."""
    with open(path, "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, prot=mmap.PROT_READ,
                         flags=mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0))


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
    scratch: Path | None = None
    """The run's scratch folder, where each process stores its gradebook rows and results.json
    texts (``Fragment``); None: they travel back whole."""
    roster: Mapping[str, Identity] | None = None
    """The output folder's roster (``exports.roster_of``), which the exports' lines read."""

    def __call__(self, entry: EntryLike, result: StudentResult) -> Finished:
        data = student_json(result)
        try:
            encoded: str | Fragment | None = encode_student(data)
        except ValueError:
            encoded = None  # the grader's process encodes it as results.json always did
        key, digest = entry_key(entry), entry_digest(entry, self.max_file_bytes)
        row: GradingRow | ShardRow = grading_row(result, data)
        if self.scratch is not None:
            scratch = _scratch(self.scratch)
            if encoded is not None:
                encoded = scratch.write(encoded)
            row = scratch.shard.add(key, digest, row)
        return Finished(key, digest, row, encoded, self._report(data), overview_row(data), compact_student(data),
                        queue_rows(self.document, data), export_lines(self.document, data, self.roster))

    def _report(self, data: dict[str, Any]) -> bool:
        if self.out is None:
            return False
        try:
            write_text(self.out / "students" / student_filename(data["id"]), render_student(self.document, data))
        except OSError:
            return False  # written again by the grader's process, which says what stops it
        return True
