"""The gradebook: every grading of every submission, in SQLite, in the output folder.

``OUT/gradebook.sqlite`` (the standard library's ``sqlite3``, write-ahead journal). Each
submission's grade is committed in its own transaction the moment it exists, so a grader
killed at any moment (SIGKILL, the out-of-memory killer, a closed laptop) loses nothing
already graded; the next ``grader grade`` reuses every grade whose submission, spec and
grader are unchanged and grades only the rest. A power cut may lose the last commits,
never the file's consistency (``synchronous=NORMAL``).

Tables (``sqlite3 OUT/gradebook.sqlite .schema`` shows them):

``runs``        one row per ``grader grade``: when, what folder, the spec's hash, how many
                submissions were graded and how many reused, the regrade diff it printed.
``gradings``    one row per grading of a submission entry, never changed afterwards (the
                history): the entry's content hash, the spec's hash, the grader's hash, the
                student's result exactly as results.json shows it (JSON).
``parts``       one row per part of a grading, the audit trail: verdict, score, expected,
                ``found`` (the value as written), ``feedback`` (the comparison made and its
                outcome), the evidence (file, line and ``excerpt``, the text it was read
                from), the known mistake recognised, ``details`` (JSON).
``published``   the grades last written to results.json: student id -> grading, with the
                overrides applied then (the regrade diff compares against these).
``override_log`` every ``grader override``: when, the student, the part, the score, the note.
``resolutions`` every "the machine's grade stands" of a person (``accept``) and its undoing
                (``reopen``), with the evidence it was given on; the latest per part counts.
``group_rules`` every group decision (``set``) and its removal (``remove``): a part, an answer
                group (``grader.groups``), the score and note; the latest per group counts.

These last three tables are the audit log of a person's actions (``audit_log``).

Results are stored as JSON and read back into ``StudentResult``; nothing is pickled.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from .errors import GradebookError
from .models import BatchResult, Evidence, Note, PageInfo, PartResult, StudentResult
from .report.exports import results_document
from .spec import Spec

#: The gradebook's file name inside the output folder.
GRADEBOOK_NAME = "gradebook.sqlite"
#: Layout version, in ``meta``; a gradebook with another is refused, never migrated silently.
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, submissions TEXT NOT NULL,
    spec_hash TEXT NOT NULL, engine TEXT NOT NULL, workers TEXT NOT NULL,
    graded INTEGER NOT NULL DEFAULT 0, reused INTEGER NOT NULL DEFAULT 0, regrade TEXT);
CREATE TABLE IF NOT EXISTS gradings (
    id INTEGER PRIMARY KEY, run INTEGER NOT NULL REFERENCES runs(id), at TEXT NOT NULL,
    entry TEXT NOT NULL, student TEXT NOT NULL, content_hash TEXT NOT NULL, spec_hash TEXT NOT NULL,
    engine TEXT NOT NULL, grading_key TEXT NOT NULL, status TEXT NOT NULL, score REAL NOT NULL,
    max_score REAL NOT NULL, result TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS gradings_reuse ON gradings (entry, content_hash, grading_key);
CREATE INDEX IF NOT EXISTS gradings_student ON gradings (student);
CREATE TABLE IF NOT EXISTS parts (
    grading INTEGER NOT NULL REFERENCES gradings(id), part TEXT NOT NULL, verdict TEXT NOT NULL,
    score REAL NOT NULL, max_score REAL NOT NULL, review INTEGER NOT NULL, expected TEXT, found TEXT,
    feedback TEXT, file TEXT, line INTEGER, excerpt TEXT, mistake TEXT, details TEXT,
    PRIMARY KEY (grading, part));
CREATE TABLE IF NOT EXISTS published (
    student TEXT PRIMARY KEY, entry TEXT NOT NULL, grading INTEGER NOT NULL REFERENCES gradings(id),
    score REAL NOT NULL, overrides TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS override_log (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, student TEXT NOT NULL, part TEXT NOT NULL,
    action TEXT NOT NULL, score REAL, note TEXT);
CREATE TABLE IF NOT EXISTS resolutions (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, student TEXT NOT NULL, part TEXT NOT NULL,
    action TEXT NOT NULL, evidence TEXT NOT NULL, note TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS group_rules (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, part TEXT NOT NULL, answer TEXT NOT NULL, shown TEXT NOT NULL,
    action TEXT NOT NULL, score REAL, note TEXT, students INTEGER NOT NULL DEFAULT 0);
"""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sha(*chunks: bytes) -> str:
    h = hashlib.sha256()
    for chunk in chunks:
        h.update(len(chunk).to_bytes(8, "little"))
        h.update(chunk)
    return h.hexdigest()


@functools.lru_cache(maxsize=None)
def engine_hash() -> str:
    """The grader's own code: its Python files, so a changed grader regrades everything."""
    package = Path(__file__).resolve().parent
    chunks: list[bytes] = []
    for path in sorted(package.rglob("*.py"), key=lambda p: p.relative_to(package).as_posix()):
        chunks += [path.relative_to(package).as_posix().encode(), path.read_bytes()]
    return _sha(*chunks)


def spec_hash(spec: Spec) -> str:
    """The spec's file and its reference module's file (or the spec's fields, for one built in code)."""
    chunks = [spec.source.read_bytes() if spec.source else repr(spec).encode()]
    if spec.reference is not None:
        chunks.append(Path(spec.reference).read_bytes())
    return _sha(*chunks)


def grading_key(spec_digest: str, engine: str, *, run_code: bool, max_file_bytes: int,
                read_seconds: float | None = None) -> str:
    """Everything besides the submission that decides its result: equal keys, equal results.

    The reading time limit counts: a PDF that ran out of time under ``--time-limit 5`` may be
    read under a longer one. (None: the default limit, keeping the keys of earlier runs.)
    """
    options = f"run_code={run_code};max={max_file_bytes}"
    if read_seconds is not None:
        options += f";read_seconds={read_seconds!r}"
    return _sha(spec_digest.encode(), engine.encode(), options.encode())


def student_json(result: StudentResult) -> dict:
    """The student's dict exactly as results.json writes it."""
    return results_document(BatchResult("", "", result.max_score, (), {}, (result,)))["students"][0]


def _evidence(data: Mapping[str, Any] | None) -> Evidence | None:
    return None if data is None else Evidence(**data)


def student_from_json(data: Mapping[str, Any]) -> StudentResult:
    """Read back what ``student_json`` wrote: ``student_json(student_from_json(d)) == d``."""
    parts = tuple(PartResult(p["id"], p["verdict"], p["score"], p["max_score"], p["review"], p["expected"],
                             p["found"], p["feedback"], _evidence(p["evidence"]), tuple(p["review_reasons"]),
                             p["mistake"], p["confidence"], p["details"]) for p in data["parts"])
    notes = tuple(Note(n["question"], n["message"], _evidence(n["evidence"])) for n in data["notes"])
    pages = tuple(PageInfo(**page) for page in data.get("pages", ()))
    return StudentResult(data["id"], data["status"], data["score"], data["max_score"], parts, data.get("error"),
                         tuple(data["files"]), notes, tuple(data["warnings"]), data.get("name"), pages)


@dataclass(frozen=True)
class GradingRow:
    """One grading as the gradebook stores it, made ready by whoever graded it (``grading_row``)."""

    student: str
    status: str
    score: float
    max_score: float
    result: str
    """The student's dict exactly as results.json shows it (``student_json``), as JSON text."""
    parts: tuple[tuple[Any, ...], ...]
    """The ``parts`` table's rows of this grading, without the grading's id (known once stored)."""


def grading_row(result: StudentResult, data: Mapping[str, Any] | None = None) -> GradingRow:
    """The gradebook's row of ``result`` (``data``: its ``student_json``, when already made)."""
    data = student_json(result) if data is None else data
    parts = tuple((p["id"], p["verdict"], p["score"], p["max_score"], int(p["review"]), p["expected"], p["found"],
                   p["feedback"], (p["evidence"] or {}).get("file"), (p["evidence"] or {}).get("line"),
                   (p["evidence"] or {}).get("excerpt"), p["mistake"],
                   json.dumps(p["details"], ensure_ascii=False, sort_keys=True)) for p in data["parts"])
    return GradingRow(result.id, result.status, data["score"], data["max_score"],
                      json.dumps(data, ensure_ascii=False, allow_nan=False), parts)


#: A shard's tables: gradings made ready by one worker process, waiting for the grader's process
#: to merge them into the gradebook (``Gradebook.record_rows``). The gradebook's columns that
#: only the grader's process knows (id, run, time, spec, grader, key) are given at the merge.
_SHARD_SCHEMA = """
CREATE TABLE IF NOT EXISTS gradings (
    local INTEGER PRIMARY KEY, entry TEXT NOT NULL, student TEXT NOT NULL, content_hash TEXT NOT NULL,
    status TEXT NOT NULL, score REAL NOT NULL, max_score REAL NOT NULL, result TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS parts (
    grading INTEGER NOT NULL, part TEXT NOT NULL, verdict TEXT NOT NULL,
    score REAL NOT NULL, max_score REAL NOT NULL, review INTEGER NOT NULL, expected TEXT, found TEXT,
    feedback TEXT, file TEXT, line INTEGER, excerpt TEXT, mistake TEXT, details TEXT,
    PRIMARY KEY (grading, part));
"""

#: Shards attached to the gradebook's connection at once (SQLite allows ten databases besides
#: the main one); a batch of rows from more shards is merged in several transactions.
_ATTACH_AT_ONCE = 8

#: The gradebook's columns of a grading merged from a shard: the shard's, and the run's given here.
#: The gradings wanted are a JSON array of their numbers in the shard, ascending: each one's id is
#: the first id plus its place in the array (``json_each``'s ``key``; SQLite walks the array and
#: looks each number up, so rows are inserted in the order of their ids). Numbering them with a
#: window function copied every row, its result text too, into a temporary table first (15 % of
#: the merge's CPU); an ``ORDER BY`` would sort them again, for nothing the stored rows show.
_MERGE_GRADINGS = (
    "INSERT INTO gradings (id, run, at, entry, student, content_hash, spec_hash, engine, grading_key, status, score, "
    "max_score, result) SELECT ? + w.key, ?, ?, g.entry, g.student, g.content_hash, ?, ?, ?, g.status, g.score, "
    "g.max_score, g.result FROM json_each(?) w JOIN {shard}.gradings g ON g.local = w.value")
_MERGE_PARTS = (
    "INSERT INTO parts SELECT ? + w.key, p.part, p.verdict, p.score, p.max_score, p.review, p.expected, "
    "p.found, p.feedback, p.file, p.line, p.excerpt, p.mistake, p.details "
    "FROM json_each(?) w JOIN {shard}.parts p ON p.grading = w.value")


@dataclass(frozen=True)
class ShardRow:
    """A grading a worker stored in its ``Shard``: where the grader's process finds it."""

    shard: str
    """The shard's file."""
    local: int
    """The grading's number in that shard."""


class Shard:
    """A worker process's own SQLite file of gradings, merged by the grader's process into the
    gradebook (still its one writer) with one statement per table and shard
    (``Gradebook.record_rows``): the rows do not travel through the pool's pipe, and the
    grader's process binds none of their values.

    Each grading is committed before ``add`` returns, so a row whose ``ShardRow`` reached the
    grader's process is in the file even if its worker dies afterwards, and rows a dying worker
    stored but never handed back are never merged (their entries are graded again, one at a
    time, and stored by another worker). The file is scratch (``synchronous=OFF``: a process's
    death keeps what it committed; only the machine's loses it, and the grader's process with it).
    """

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")  # the grader's process reads while this one writes
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.executescript(_SHARD_SCHEMA)

    def add(self, entry: str, content_hash: str, row: GradingRow) -> ShardRow:
        """Store one grading and its parts, committed; return where it is."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            local = db.execute("INSERT INTO gradings (entry, student, content_hash, status, score, max_score, result) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)", (entry, row.student, content_hash, row.status,
                                                                row.score, row.max_score, row.result)).lastrowid
            db.executemany("INSERT INTO parts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           [(local, *part) for part in row.parts])
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return ShardRow(self.path, int(local))

    def close(self) -> None:
        """Close the file (everything added is already committed)."""
        self._db.close()


class StoredResults(Mapping[str, str]):
    """Student id -> the result text of a stored grading (as results.json shows the student),
    read from the gradebook's file the first time one is asked for, all at once."""

    def __init__(self, path: str | Path, gradings: Mapping[str, int]):
        self._path = Path(path)
        self._gradings = dict(gradings)
        self._texts: dict[str, str] | None = None

    def _load(self) -> dict[str, str]:
        if self._texts is None:
            db = sqlite3.connect(self._path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                rows = dict(db.execute("SELECT id, result FROM gradings WHERE id IN (SELECT value FROM json_each(?))",
                                       (json.dumps(sorted(self._gradings.values())),)))
            except sqlite3.Error as exc:
                raise GradebookError(f"{self._path}: cannot read the stored results ({exc})") from None
            finally:
                db.close()
            self._texts = {sid: rows[gid] for sid, gid in self._gradings.items() if gid in rows}
        return self._texts

    def __getitem__(self, student: str) -> str:
        if student not in self._gradings:
            raise KeyError(student)
        return self._load()[student]

    def __contains__(self, student: object) -> bool:
        return student in self._gradings

    def __iter__(self) -> Iterator[str]:
        return iter(self._gradings)

    def __len__(self) -> int:
        return len(self._gradings)


@dataclass(frozen=True)
class Grading:
    """One stored grading of a submission entry."""

    id: int
    entry: str
    content_hash: str
    spec_hash: str
    engine: str
    result: StudentResult


@dataclass(frozen=True)
class Published:
    """A student's grade as last written to results.json."""

    grading: int
    """The grading written (``Gradebook.result`` reads it, for the few students a diff looks into)."""
    score: float
    """The total written, overrides included."""
    overrides: tuple[dict, ...]
    """The overrides applied then, as ``{"part", "score", "note"}``."""
    content_hash: str
    spec_hash: str
    engine: str


@dataclass(frozen=True)
class HistoryRow:
    """One grading of a student, with one part's audit trail when a part was asked for."""

    grading: int
    at: str
    entry: str
    content_hash: str
    spec_hash: str
    status: str
    score: float
    part: Mapping[str, Any] | None


class Gradebook:
    """The SQLite gradebook of one output folder. Use it as a context manager, or ``close()`` it."""

    def __init__(self, path: str | Path, *, assignment: str | None = None, exclusive: bool = False):
        """Open (or create) the gradebook at ``path``.

        ``assignment`` must match the one it was made for. ``exclusive`` holds it for this
        process alone until ``close()`` (a grading run, an override): another one is refused
        at once instead of interleaving with it. The hold ends with the process, however it ends.
        """
        self.path = Path(path)
        self._lock = None
        self._attached: dict[str, str] = {}  # shard file -> its name on the connection (``record_rows``)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if exclusive:
                self._hold()
            # Opened by its URI, so that ``ATTACH`` reads a shard's URI too (``_attach``: read-only).
            self._db = sqlite3.connect(self.path.absolute().as_uri(), isolation_level=None, timeout=30, uri=True)
        except (OSError, sqlite3.Error) as exc:
            self._release()
            raise GradebookError(f"{self.path}: cannot be opened ({exc}); check the output folder") from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(_SCHEMA)
            with self._transaction():
                self._check_meta(assignment)
        except (sqlite3.DatabaseError, GradebookError) as exc:
            self.close()
            if isinstance(exc, GradebookError):
                raise
            raise self._error(exc) from None

    def _hold(self) -> None:
        lock = open(self.path.with_name(self.path.name + ".lock"), "a")
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: no hold, SQLite's own locks remain
            self._lock = lock
            return
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            raise GradebookError(f"{self.path}: another grader is grading or overriding in "
                                 f"{self.path.parent}; wait for it to finish") from None
        self._lock = lock

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.close()  # closing the file ends the hold
            self._lock = None

    def _error(self, exc: sqlite3.Error) -> GradebookError:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return GradebookError(f"{self.path}: in use by another grader; wait for it to finish, or use another --out")
        if "not a database" in text or "malformed" in text:
            return GradebookError(f"{self.path}: not a gradebook ({text}); move it away or grade into another --out")
        return GradebookError(f"{self.path}: {text}")

    def _check_meta(self, assignment: str | None) -> None:
        meta = dict(self._db.execute("SELECT key, value FROM meta"))
        if not meta:
            self._db.executemany("INSERT INTO meta VALUES (?, ?)",
                                 [("schema_version", str(SCHEMA_VERSION)), ("assignment", assignment or "")])
            return
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise GradebookError(f"{self.path}: a gradebook of layout {meta.get('schema_version')}, this grader "
                                 f"reads {SCHEMA_VERSION}; grade into another --out")
        if assignment and meta.get("assignment") and meta["assignment"] != assignment:
            raise GradebookError(f"{self.path}: holds the grades of assignment '{meta['assignment']}', not "
                                 f"'{assignment}'; grade into another --out")
        if assignment and not meta.get("assignment"):
            self._db.execute("UPDATE meta SET value = ? WHERE key = 'assignment'", (assignment,))

    def close(self) -> None:
        """Close the database (everything is already committed) and end the hold."""
        self._attached.clear()
        self._db.close()
        self._release()

    def __enter__(self) -> "Gradebook":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction: everything inside is on disk together, or not at all."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _run_sql(self, fn):
        try:
            return fn()
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    # --- runs and gradings ------------------------------------------------------------

    def start_run(self, submissions: str, spec_digest: str, engine: str, workers: str) -> int:
        """Record that a grading run starts; return its id."""
        def go() -> int:
            with self._transaction() as db:
                cur = db.execute("INSERT INTO runs (started, submissions, spec_hash, engine, workers) "
                                 "VALUES (?, ?, ?, ?, ?)", (_now(), submissions, spec_digest, engine, workers))
                return int(cur.lastrowid)
        return self._run_sql(go)

    def finish_run(self, run: int, *, graded: int, reused: int, regrade: Mapping[str, Any] | None) -> None:
        """Record that the run ended, what it did, and the regrade diff it reported."""
        text = None if regrade is None else json.dumps(regrade, sort_keys=True, ensure_ascii=False)

        def go() -> None:
            with self._transaction() as db:
                db.execute("UPDATE runs SET finished = ?, graded = ?, reused = ?, regrade = ? WHERE id = ?",
                           (_now(), graded, reused, text, run))
        self._run_sql(go)

    def find(self, entry: str, content_hash: str, key: str) -> Grading | None:
        """The latest grading of ``entry`` with these bytes under this spec and grader, if any."""
        row = self._run_sql(lambda: self._db.execute(
            "SELECT id, entry, content_hash, spec_hash, engine, result FROM gradings "
            "WHERE entry = ? AND content_hash = ? AND grading_key = ? ORDER BY id DESC LIMIT 1",
            (entry, content_hash, key)).fetchone())
        return None if row is None else self._grading(row)

    def entries_with(self, key: str) -> set[str]:
        """Every entry graded under ``key`` (a spec, a grader and options): the only ones ``find`` may find."""
        rows = self._run_sql(lambda: self._db.execute(
            "SELECT DISTINCT entry FROM gradings WHERE grading_key = ?", (key,)).fetchall())
        return {r[0] for r in rows}

    def _grading(self, row: Sequence[Any]) -> Grading:
        return Grading(row[0], row[1], row[2], row[3], row[4], student_from_json(json.loads(row[5])))

    def record(self, run: int, entry: str, content_hash: str, spec_digest: str, engine: str, key: str,
               result: StudentResult) -> Grading:
        """Store one grading and its parts in one transaction: once this returns, it is on disk."""
        return self.record_many(run, spec_digest, engine, key, [(entry, content_hash, result)])[0]

    def record_many(self, run: int, spec_digest: str, engine: str, key: str,
                    items: Sequence[tuple[str, str, StudentResult]]) -> list[Grading]:
        """Store several gradings, each ``(entry, content hash, result)``, in one transaction
        (one commit instead of one each: the grader's own work per submission is what limits
        a batch on many cores); once this returns, all are on disk."""
        ids = self.record_rows(run, spec_digest, engine, key,
                               [(entry, content_hash, grading_row(result)) for entry, content_hash, result in items])
        return [Grading(gid, entry, content_hash, spec_digest, engine, result)
                for gid, (entry, content_hash, result) in zip(ids, items)]

    def record_rows(self, run: int, spec_digest: str, engine: str, key: str,
                    items: Sequence[tuple[str, str, GradingRow] | ShardRow]) -> list[int]:
        """Store several gradings made ready elsewhere; return their ids in order.

        Each item is ``(entry, content hash, row)`` (``grading_row``, made by the worker that
        graded it and handed over whole) or a ``ShardRow`` (stored by that worker in its
        ``Shard``, merged here with one statement per table and shard, in one transaction with
        the others unless more than ``_ATTACH_AT_ONCE`` shards are merged at once).
        The one writer of a batch: workers hand their rows to the grader's process, which
        commits them together, so SQLite never sees two writers of the gradebook at once.
        """
        at = _now()
        ids = [0] * len(items)
        plain = [k for k, item in enumerate(items) if not isinstance(item, ShardRow)]
        by_shard: dict[str, list[int]] = {}
        for k, item in enumerate(items):
            if isinstance(item, ShardRow):
                by_shard.setdefault(item.shard, []).append(k)
        names = sorted(by_shard)
        groups = [names[i:i + _ATTACH_AT_ONCE] for i in range(0, len(names), _ATTACH_AT_ONCE)] or [[]]

        def go(group: list[str], with_plain: bool) -> None:
            attached = self._attach(group)
            with self._transaction() as db:
                # Ids as SQLite would give them one by one (the largest plus one), given here so that
                # a batch is a few statements whatever its size (the transaction holds the write lock).
                following = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM gradings").fetchone()[0]
                if with_plain and plain:
                    for k in plain:
                        ids[k], following = following, following + 1
                    db.executemany(
                        "INSERT INTO gradings (id, run, at, entry, student, content_hash, spec_hash, engine, "
                        "grading_key, status, score, max_score, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [(ids[k], run, at, items[k][0], items[k][2].student, items[k][1], spec_digest, engine,
                          key, items[k][2].status, items[k][2].score, items[k][2].max_score, items[k][2].result)
                         for k in plain])
                    db.executemany("INSERT INTO parts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   [(ids[k], *part) for k in plain for part in items[k][2].parts])
                for shard, name in zip(attached, group):
                    ks = sorted(by_shard[name], key=lambda k: items[k].local)
                    wanted = json.dumps([items[k].local for k in ks])
                    merged = db.execute(_MERGE_GRADINGS.format(shard=shard),
                                        (following, run, at, spec_digest, engine, key, wanted)).rowcount
                    if merged != len(ks):
                        raise GradebookError(f"{name}: holds {merged} of the {len(ks)} gradings its worker "
                                             f"handed back; grade again")
                    db.execute(_MERGE_PARTS.format(shard=shard), (following, wanted))
                    for k in ks:  # in the order of their numbers in the shard, as the statements give them
                        ids[k], following = following, following + 1

        for g, group in enumerate(groups):
            self._run_sql(lambda: go(group, g == 0))
        return ids

    def _attach(self, shards: list[str]) -> list[str]:
        """``shards`` attached to the connection (at most ``_ATTACH_AT_ONCE``), their names there in order.

        A shard stays attached from one batch to the next (attaching one and detaching it cost
        a fraction of a millisecond each, as much as merging twenty rows); the one used longest
        ago is detached when another is needed. Not inside a transaction: SQLite refuses it there.
        Attached read-only: this process only reads a shard, and the last connection to close a
        write-ahead-journalled file copies its journal into it first unless it is read-only (a
        worker's shard outlives its worker's connection here: 5 ms of copying, at the end of
        every run, into a file removed right after).
        """
        for name in shards:
            if name in self._attached:
                self._attached[name] = self._attached.pop(name)  # the latest used last
                continue
            if len(self._attached) >= _ATTACH_AT_ONCE:
                oldest = next(n for n in self._attached if n not in shards)
                self._db.execute(f"DETACH DATABASE {self._attached.pop(oldest)}")
            alias = next(f"shard{j}" for j in range(_ATTACH_AT_ONCE) if f"shard{j}" not in self._attached.values())
            self._db.execute(f"ATTACH DATABASE ? AS {alias}", (Path(name).absolute().as_uri() + "?mode=ro",))
            self._attached[name] = alias
        return [self._attached[name] for name in shards]

    def detach_shards(self) -> None:
        """Detach every shard ``record_rows`` merged from (before their files are removed)."""
        def go() -> None:
            while self._attached:
                self._db.execute(f"DETACH DATABASE {self._attached.popitem()[1]}")
        self._run_sql(go)

    # --- what was published -------------------------------------------------------------

    def published(self) -> dict[str, Published]:
        """The grades last written to results.json, by student id."""
        rows = self._run_sql(lambda: self._db.execute(
            "SELECT p.student, g.id, p.score, p.overrides, g.content_hash, g.spec_hash, g.engine "
            "FROM published p JOIN gradings g ON g.id = p.grading ORDER BY p.student").fetchall())
        return {r[0]: Published(r[1], r[2], tuple(json.loads(r[3])), r[4], r[5], r[6]) for r in rows}

    def result(self, grading: int) -> dict:
        """A stored grading's result, as results.json shows a student (without overrides)."""
        row = self._run_sql(lambda: self._db.execute("SELECT result FROM gradings WHERE id = ?", (grading,)).fetchone())
        if row is None:
            raise GradebookError(f"{self.path}: no grading {grading}; the gradebook was changed by hand")
        return json.loads(row[0])

    def publish(self, rows: Sequence[tuple[str, int, float, Sequence[Mapping[str, Any]]]]) -> None:
        """Replace the published grades: (student id, grading id, score, overrides applied)."""
        def go() -> None:
            with self._transaction() as db:
                db.execute("DELETE FROM published")
                db.executemany(
                    "INSERT INTO published SELECT ?, entry, id, ?, ? FROM gradings WHERE id = ?",
                    [(sid, score, json.dumps(list(ovr), ensure_ascii=False, sort_keys=True) if ovr else "[]", gid)
                     for sid, gid, score, ovr in rows])  # most students: no override, the same "[]" (2 µs each)
        self._run_sql(go)

    def set_published_overrides(self, student: str, score: float, overrides: Sequence[Mapping[str, Any]]) -> None:
        """A person changed a published grade (``grader override``): record the new score and overrides."""
        def go() -> None:
            with self._transaction() as db:
                db.execute("UPDATE published SET score = ?, overrides = ? WHERE student = ?",
                           (score, json.dumps(list(overrides), ensure_ascii=False, sort_keys=True), student))
        self._run_sql(go)

    # --- overrides and history -----------------------------------------------------------

    def log_override(self, student: str, part: str, action: str, score: float | None, note: str | None) -> None:
        """Record a person's override (``set``) or its removal (``remove``)."""
        def go() -> None:
            with self._transaction() as db:
                db.execute("INSERT INTO override_log (at, student, part, action, score, note) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           (_now(), student, part, action, score, note))
        self._run_sql(go)

    def override_log(self, student: str | None = None) -> list[dict[str, Any]]:
        """Every override set or removed (of one student), oldest first."""
        sql = "SELECT at, student, part, action, score, note FROM override_log"
        args: tuple = ()
        if student is not None:
            sql, args = sql + " WHERE student = ?", (student,)
        rows = self._run_sql(lambda: self._db.execute(sql + " ORDER BY id", args).fetchall())
        return [dict(zip(("at", "student", "part", "action", "score", "note"), r)) for r in rows]

    def log_resolution(self, student: str, part: str, action: str, evidence: str, note: str = "") -> None:
        """Record that a person accepted a flagged part as graded (``accept``) or opened it again (``reopen``)."""
        def go() -> None:
            with self._transaction() as db:
                db.execute("INSERT INTO resolutions (at, student, part, action, evidence, note) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           (_now(), student, part, action, evidence, note))
        self._run_sql(go)

    def accepted(self) -> dict[tuple[str, str], dict[str, str]]:
        """(student, part) -> ``{"evidence", "note"}`` of every part whose latest resolution is ``accept``."""
        rows = self._run_sql(lambda: self._db.execute(
            "SELECT student, part, action, evidence, note FROM resolutions WHERE id IN "
            "(SELECT MAX(id) FROM resolutions GROUP BY student, part)").fetchall())
        return {(r[0], r[1]): {"evidence": r[3], "note": r[4]} for r in rows if r[2] == "accept"}

    def log_group_rule(self, part: str, answer: str, shown: str, action: str, score: float | None,
                       note: str | None, students: int) -> None:
        """Record a group decision (``set``) or its removal (``remove``), and how many students it reached."""
        def go() -> None:
            with self._transaction() as db:
                db.execute("INSERT INTO group_rules (at, part, answer, shown, action, score, note, students) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           (_now(), part, answer, shown, action, score, note, students))
        self._run_sql(go)

    def group_rules(self) -> list[dict[str, Any]]:
        """The group decisions in force (the latest of each part and answer is ``set``), oldest first."""
        cols = ("id", "at", "part", "answer", "shown", "action", "score", "note")
        rows = self._run_sql(lambda: self._db.execute(
            f"SELECT {', '.join(cols)} FROM group_rules WHERE id IN "
            f"(SELECT MAX(id) FROM group_rules GROUP BY part, answer) ORDER BY id").fetchall())
        return [dict(zip(cols, r)) for r in rows if r[5] == "set"]

    def audit_log(self, student: str | None = None) -> list[dict[str, Any]]:
        """Every action of a person, oldest first: overrides, resolutions and group decisions.

        With ``student``, that student's own actions and every group decision of the batch
        (which may reach them): ``kind`` says which (``override``, ``resolution``, ``group``).
        """
        where, args = ("WHERE student = ?", (student,)) if student is not None else ("", ())
        rows = self._run_sql(lambda: self._db.execute(
            f"SELECT at, 'override', student, part, action, score, note, '' FROM override_log {where} "
            f"UNION ALL SELECT at, 'resolution', student, part, action, NULL, note, '' FROM resolutions {where} "
            f"UNION ALL SELECT at, 'group', '', part, action, score, note, shown FROM group_rules "
            f"ORDER BY 1", args + args).fetchall())
        cols = ("at", "kind", "student", "part", "action", "score", "note", "answer")
        return [dict(zip(cols, r)) for r in rows]

    def history(self, student: str, part: str | None = None) -> list[HistoryRow]:
        """Every grading of ``student`` (by id, or the id of the entry's own result), oldest first."""
        entries = [r[0] for r in self._run_sql(lambda: self._db.execute(
            "SELECT entry FROM published WHERE student = ?", (student,)).fetchall())]
        where, args = ("g.entry = ?", (entries[0],)) if entries else ("g.student = ?", (student,))
        rows = self._run_sql(lambda: self._db.execute(
            f"SELECT g.id, g.at, g.entry, g.content_hash, g.spec_hash, g.status, g.score FROM gradings g "
            f"WHERE {where} ORDER BY g.id", args).fetchall())
        out = []
        for r in rows:
            detail = None
            if part is not None:
                cols = ("part", "verdict", "score", "max_score", "review", "expected", "found", "feedback", "file",
                        "line", "excerpt", "mistake", "details")
                p = self._run_sql(lambda: self._db.execute(
                    f"SELECT {', '.join(cols)} FROM parts WHERE grading = ? AND part = ?", (r[0], part)).fetchone())
                detail = None if p is None else dict(zip(cols, p))
            out.append(HistoryRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], detail))
        return out

    def graded_in_last_run(self) -> int:
        """Gradings stored by the latest run (the ones an interrupted run kept)."""
        row = self._run_sql(lambda: self._db.execute(
            "SELECT COUNT(*) FROM gradings WHERE run = (SELECT MAX(id) FROM runs)").fetchone())
        return int(row[0])

    def runs(self) -> Iterator[dict[str, Any]]:
        """Every grading run, oldest first."""
        cols = ("id", "started", "finished", "submissions", "spec_hash", "engine", "workers", "graded", "reused")
        for r in self._run_sql(lambda: self._db.execute(f"SELECT {', '.join(cols)} FROM runs ORDER BY id").fetchall()):
            yield dict(zip(cols, r))
