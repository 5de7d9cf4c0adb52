"""The library's face: grade one submission, grade a batch, render reports.

The CLI is a thin layer over these functions, and their keyword defaults are the
defaults of the command line.
"""

from __future__ import annotations

import gc
import json
import os
import tempfile
import time
from collections import Counter
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from .batch import (DEFAULT_READ_SECONDS, Setup, close_context, entry_digest, entry_key, grade_entries, new_context,
                    usable_cores)
from .bundle import bundle_warnings, write_student_bundle
from .errors import IsolationError, OutputError, OverrideError, SandboxError, StudentCopyError, UsageError
from .gradebook import (GRADEBOOK_NAME, Gradebook, Grading, HistoryRow, Published, StoredResults, engine_hash,
                        grading_key, spec_hash, student_from_json, student_json)
from .identities import ROSTER_NAME, Identity, read_roster
from .ingest import DEFAULT_MAX_FILE_BYTES
from .ingest.entries import batch_entries
from .models import BatchResult, StudentResult
from .groups import answer_groups
from .rules import rule_overrides
from .overrides import (OVERRIDES_NAME, Override, apply_overrides, apply_resolutions, apply_to_student,
                        check_overrides, evidence_key, read_overrides, strip_overrides, with_override,
                        without_override, write_overrides)
from .pipeline import Context, grade_path
from .reference import Reference, load_reference
from .regrade import EPSILON, RegradeDiff, Snapshot, diff_document, regrade_diff
from .report.exports import (ExportLines, dumps, results_document, roster_of, write_exports, write_json,
                             write_text)
from .report.gradescope import DEFAULT_VISIBILITY as GRADESCOPE_VISIBILITY
from .report.gradescope import VISIBILITIES as GRADESCOPE_VISIBILITIES
from .report.gradescope import gradescope_results
from .report.render import QueueRows, load_overview_code, write_reports, write_reports_of
from .selfcheck import self_check
from .sandbox import ProcessRunner, Runner, SandboxStartError
from .spec import Spec
from .spec_loader import load_spec
from .spec_summary import spec_summary
from .student_outputs import Finished, Finisher, Fragment, close_scratch, header, texts_of

#: The spec used when none is given: the shipped assignment.
#: The library's face, re-exports included: the CLI calls only these.
__all__ = [
    "DEFAULT_ISOLATION", "DEFAULT_MAX_FILE_BYTES", "DEFAULT_SPEC", "GRADEBOOK_NAME", "GRADESCOPE_RESULTS",
    "GRADESCOPE_SUBMISSION", "GRADESCOPE_VISIBILITIES", "GRADESCOPE_VISIBILITY", "ISOLATIONS", "ISOLATION_VARIABLE",
    "REGRADE_NAME", "CourseGrading", "audit_log", "bundle_warnings", "decide_group", "describe_spec", "grade_batch",
    "grade_course", "grade_submission", "gradescope", "group_rules", "history", "kept_by_last_run", "list_entries",
    "load_results", "make_context", "override", "render_reports", "requested_isolation", "resolve",
    "sandbox_isolation", "self_check", "usable_cores", "write_outputs", "write_student_bundle",
]

DEFAULT_SPEC = Path(__file__).resolve().parent.parent / "reference" / "gnr638_a2.yaml"

#: The sandbox's isolation when none is asked for: namespaces, or no student code at all.
DEFAULT_ISOLATION = "auto"
#: What ``--isolation`` may ask for.
ISOLATIONS = ("auto", "namespaces", "audit")
#: Where a machine's administrator says the isolation once instead of on every command line
#: (a CI container without namespaces: ``GRADER_ISOLATION=audit``); ``--isolation`` wins.
ISOLATION_VARIABLE = "GRADER_ISOLATION"


def requested_isolation(isolation: str | None = None) -> str:
    """The isolation asked for: ``isolation``, else ``$GRADER_ISOLATION``, else ``auto``."""
    value = isolation or os.environ.get(ISOLATION_VARIABLE) or DEFAULT_ISOLATION
    if value not in ISOLATIONS:
        raise UsageError(f"{ISOLATION_VARIABLE}={value!r}: the isolation must be one of {', '.join(ISOLATIONS)}")
    return value


#: Where a Gradescope autograder finds the submission and leaves its results.
GRADESCOPE_SUBMISSION = "/autograder/submission"
GRADESCOPE_RESULTS = "/autograder/results/results.json"


def describe_spec(spec: str | Path = DEFAULT_SPEC) -> list[str]:
    """Load and check a spec as grading would (every reference function called once) and say, part
    by part, what it expects. Raises ``SpecError`` naming file:line for anything it cannot honour."""
    loaded = _spec(spec)
    return spec_summary(loaded, load_reference(loaded))


def make_context(spec: Spec | str | Path = DEFAULT_SPEC, *, run_code: bool = True,
                 runner: Runner | None = None, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Context:
    """Load a spec and its reference once for many submissions."""
    spec = _spec(spec)
    return new_context(Setup(spec, run_code, max_file_bytes), load_reference(spec), runner)


def _spec(spec: Spec | str | Path) -> Spec:
    spec = spec if isinstance(spec, Spec) else load_spec(spec)
    if spec.student_copy:
        raise StudentCopyError("it has no reference module: it is a student's self-check copy, which can "
                               "'grader check' but not grade; grade with the course's spec",
                               file=str(spec.source or "<spec>"))
    return spec


def grade_submission(path: str | Path, spec: Spec | str | Path = DEFAULT_SPEC, *,
                     run_code: bool = True, isolation: str | None = None) -> StudentResult:
    """Grade one submission entry (a file or a folder); its code, if any, under ``isolation``
    (``requested_isolation``; ``auto`` never falls back to the audit hook alone)."""
    spec = _spec(spec)
    mode = requested_isolation(isolation)
    ctx = new_context(Setup(spec, run_code, isolation="namespaces" if mode == "auto" else mode),
                      load_reference(spec))
    try:
        return grade_path(Path(path), ctx)
    finally:
        _close(ctx)


def _close(ctx: Context) -> None:
    close_context(ctx)


def list_entries(submissions: Path, id_pattern: str | None = None) -> list:
    """The submission entries of a folder (the id is each entry's own name, as the contract
    says, unless ``id_pattern`` is given) or of a class zip as a platform exports it (ids
    taken from Moodle's and Canvas's names by default, one student's files merged)."""
    if id_pattern is None and submissions.is_dir():
        id_pattern = ""
    return batch_entries(submissions, id_pattern=id_pattern)


def grade_batch(submissions: str | Path, spec: Spec | str | Path = DEFAULT_SPEC, *,
                run_code: bool = True,
                progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
                jobs: int | None = None, scheduler: str | None = None,
                gradebook: Gradebook | None = None, fresh: bool = False,
                id_pattern: str | None = None, isolation: str | None = None) -> BatchResult:
    """Grade every submission entry of a folder; a broken one becomes an ``error`` result.

    ``jobs`` worker processes (default: every usable core; 1 grades in this process), or the
    Dask cluster at ``scheduler``: the results are the same, byte for byte. With a
    ``gradebook`` grades are committed as they come (``COMMIT_EVERY`` at most together, within
    ``COMMIT_SECONDS``), and an entry whose bytes, spec and grader are unchanged is taken from
    it instead of graded again (unless ``fresh``).
    ``isolation``: see ``sandbox_isolation``.
    """
    return _grade(Path(submissions), _spec(spec), run_code=run_code, progress=progress, jobs=jobs,
                  scheduler=scheduler, book=gradebook, fresh=fresh, id_pattern=id_pattern,
                  isolation=isolation).batch


def sandbox_isolation(requested: str | None = None) -> str:
    """The isolation student code runs under here: ``namespaces`` or ``audit``, with
    ``+seccomp`` where the kernel's filter is on (it refuses signals, pidfds, tracing
    and memory access to any other process).

    ``auto`` means namespaces: where the kernel refuses them (a container, user namespaces
    switched off) it raises ``IsolationError`` instead of falling back to the audit hook
    alone, which code that corrupts memory can switch off; ``audit`` accepts that
    explicitly; None reads ``requested_isolation``. ``SandboxError`` when no sandbox starts at all.
    """
    requested = requested_isolation(requested)
    try:
        with ProcessRunner(isolation=requested) as runner:
            mode, seccomp, note = runner.isolation, runner.seccomp, runner.isolation_note
    except SandboxStartError as exc:
        raise SandboxError(f"student code cannot run here ({exc}); grade without it: --no-code") from None
    if requested == "auto" and mode != "namespaces":
        raise IsolationError(f"namespaces are refused on this machine ({note}): student code would run under the "
                             f"audit hook alone, which code that corrupts memory can switch off; to accept that, "
                             f"grade with --isolation audit (best on a throwaway machine), or without running "
                             f"code: --no-code")
    return mode + ("+seccomp" if seccomp else "")


@dataclass(frozen=True)
class _Graded:
    batch: BatchResult
    gradings: tuple[Grading | None, ...]
    """The stored grading of each of ``batch.students`` (None without a gradebook)."""
    graded: int
    reused: int
    run: int | None
    isolation: str | None = None
    """The sandbox's isolation for the code graded in this run (None: no code ran)."""


#: Grades are committed to the gradebook together, at most this many...
COMMIT_EVERY = 64
#: ...or this long after the first of them was graded: a kill loses no more than that much work.
COMMIT_SECONDS = 0.25


@dataclass(frozen=True)
class _Plan:
    """What a grading run grades and how: the entries, the setup, the gradebook's keys."""

    entries: list
    setup: Setup
    reference: Reference | None
    jobs: int
    run: int | None = None
    spec_digest: str = ""
    engine: str = ""
    key: str = ""


def _plan(submissions: Path, spec: Spec, *, run_code: bool, jobs: int | None, scheduler: str | None,
          book: Gradebook | None, max_file_bytes: int, id_pattern: str | None,
          read_seconds: float | None) -> _Plan:
    entries = list_entries(submissions, id_pattern)
    if not entries:
        raise UsageError(f"{submissions}: holds no submission (no file or folder in it but hidden ones); give the "
                         f"folder that holds one file or folder per student")
    reference = load_reference(spec)  # a broken reference stops here, in one line, before any work
    setup = Setup(spec, run_code, max_file_bytes)
    if read_seconds is not None:
        setup = replace(setup, read_seconds=read_seconds)
    jobs = usable_cores() if jobs is None else max(1, jobs)
    if book is None:
        return _Plan(entries, setup, reference, jobs)
    spec_digest, engine = spec_hash(spec), engine_hash()
    key = grading_key(spec_digest, engine, run_code=run_code, max_file_bytes=max_file_bytes,
                      read_seconds=None if setup.read_seconds == DEFAULT_READ_SECONDS else setup.read_seconds)
    run = book.start_run(str(submissions), spec_digest, engine, scheduler or f"{jobs} local")
    return _Plan(entries, setup, reference, jobs, run, spec_digest, engine, key)


def _isolated(plan: _Plan, todo: list[int], isolation: str | None, scheduler: str | None) -> tuple[Setup, str | None]:
    """The setup with the isolation student code runs under, checked here once, and that isolation
    (None when no code runs): no worker falls back to a weaker mode on its own."""
    if not todo or not plan.setup.needs_runner:
        return plan.setup, None
    isolation = requested_isolation(isolation)
    if scheduler:  # the cluster's machines are not this one: they must have namespaces unless told
        mode = "namespaces" if isolation == "auto" else isolation
        in_force = mode
    else:
        in_force = sandbox_isolation(isolation)
        mode = in_force.partition("+")[0]
    return replace(plan.setup, isolation=mode), in_force


class _IsolationCheck:
    """``sandbox_isolation`` for a run, made when ``grade_entries`` calls it: on local workers while
    they grade their first entries, none running student code or finishing a result before it
    passed (``batch.grade_entries``). ``in_force`` is what it found."""

    def __init__(self, requested: str, mode: str, ready: Callable[[], object]) -> None:
        self.requested, self.mode, self.ready = requested, mode, ready
        self.in_force: str | None = None

    def __call__(self) -> None:
        in_force = sandbox_isolation(self.requested)
        if in_force.partition("+")[0] != self.mode:  # a request's mode is fixed: never, but never unsaid
            raise SandboxError(f"the sandbox started under {in_force}, not the {self.mode} the workers were given")
        self.in_force = in_force
        self.ready()


def _isolation_check(plan: _Plan, todo: list[int], isolation: str | None, scheduler: str | None,
                     ready: Callable[[], object]) -> tuple[Setup, _IsolationCheck | None, str | None]:
    """``_isolated``, the check not made yet: the setup with the isolation student code runs under
    (the one a request can give: ``auto`` namespaces or none, ``audit`` the audit hook), the check
    to make before any of it runs (None when no code runs here), and the isolation in force where
    it is known without one (a cluster's). ``ready`` is called once the check passed."""
    if not todo or not plan.setup.needs_runner:
        return plan.setup, None, None
    isolation = requested_isolation(isolation)
    mode = "audit" if isolation == "audit" else "namespaces"
    setup = replace(plan.setup, isolation=mode)
    if scheduler:  # the cluster's machines are not this one: they must have namespaces unless told
        return setup, None, mode
    return setup, _IsolationCheck(isolation, mode, ready), None


def _ticks(progress, entries: list, done: int) -> Iterator:
    """The progress bar's ticks over ``entries``, ``done`` of them already taken (call after any
    fork: a bar may start a thread)."""
    ticks = iter(progress(entries)) if progress else iter(())
    for _ in range(done + 1):
        next(ticks, None)
    return ticks


def _grade(submissions: Path, spec: Spec, *, run_code: bool, progress, jobs: int | None, scheduler: str | None,
           book: Gradebook | None, fresh: bool, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
           id_pattern: str | None = None, read_seconds: float | None = None,
           isolation: str | None = None) -> _Graded:
    plan = _plan(submissions, spec, run_code=run_code, jobs=jobs, scheduler=scheduler, book=book,
                 max_file_bytes=max_file_bytes, id_pattern=id_pattern, read_seconds=read_seconds)
    entries, run = plan.entries, plan.run
    results: list[StudentResult | None] = [None] * len(entries)
    gradings: list[Grading | None] = [None] * len(entries)
    digests: list[str] = []
    if book is not None:
        digests = [entry_digest(e, max_file_bytes) for e in entries]
        for i, entry in enumerate(entries):
            found = None if fresh else book.find(entry_key(entry), digests[i], plan.key)
            if found is not None:
                results[i], gradings[i] = found.result, found
    todo = [i for i, r in enumerate(results) if r is None]
    setup, in_force = _isolated(plan, todo, isolation, scheduler)
    stream = grade_entries([entries[i] for i in todo], setup, plan.reference, jobs=plan.jobs, scheduler=scheduler)
    ticks = _ticks(progress, entries, len(entries) - len(todo))
    pending: list[int] = []  # graded, not yet in the gradebook
    since = 0.0

    def commit() -> None:
        stored = book.record_many(run, plan.spec_digest, plan.engine, plan.key,
                                  [(entry_key(entries[i]), digests[i], results[i]) for i in pending])
        for i, grading in zip(pending, stored):
            gradings[i] = grading
        pending.clear()

    for k, result in stream:
        i = todo[k]
        results[i] = result
        if book is not None:
            if not pending:
                since = time.monotonic()
            pending.append(i)
            if len(pending) >= COMMIT_EVERY or time.monotonic() - since >= COMMIT_SECONDS:
                commit()
        next(ticks, None)
    if book is not None and pending:
        commit()
    for _ in ticks:  # let the bar finish
        pass
    batch = _batch(spec, [r for r in results if r is not None])
    return _Graded(batch, tuple(gradings), len(todo), len(entries) - len(todo), run, in_force)


@dataclass(frozen=True)
class _Stored:
    """A grading of the run as the course needs it: the student's dict, its stored grading, what is written."""

    student: dict
    """As results.json shows it (the machine's grade), or its compact record (``report.compact``:
    what the class's pages read) when ``compact``."""
    grading: int
    content_hash: str
    encoded: str | Fragment | None = None
    """The student as results.json writes it (or where its worker wrote that), when its worker encoded it."""
    report: bool = False
    """Its report is written (for ``student`` as it stands)."""
    overview: str | None = None
    """Its row of the class overview, when its worker made it (for ``student`` as it stands)."""
    compact: bool = False
    """``student`` is a record; the whole dict is the stored grading's (``Gradebook.result``)."""
    queue: QueueRows | None = None
    """Its rows of the overview's review queue, when its worker made them (for ``student`` as it stands)."""
    exports: ExportLines | None = None
    """Its lines of the exports, when its worker made them (for ``student`` as it stands)."""

    def whole(self, book: Gradebook) -> _Stored:
        """The same grading with ``student`` its whole dict (decoded here from the gradebook, where it is a record)."""
        return replace(self, student=book.result(self.grading), compact=False) if self.compact else self


@dataclass(frozen=True)
class _Course:
    stored: list[_Stored]
    """One per entry, in the entries' order."""
    graded: int
    reused: int
    run: int
    isolation: str | None
    spec_digest: str
    engine: str
    roster: Mapping[str, Identity] | None = None
    """The roster the workers made the exports' lines with."""


def _grade_course(submissions: Path, spec: Spec, out: Path, *, run_code: bool, progress, jobs: int | None,
                  scheduler: str | None, book: Gradebook, fresh: bool, max_file_bytes: int,
                  id_pattern: str | None, read_seconds: float | None, isolation: str | None,
                  scratch: Path) -> _Course:
    """Grade into ``book``: workers make each student's outputs (``student_outputs``) and this process
    commits their rows in batches, the gradebook's one writer. A local pool's workers keep their
    rows and results.json texts in files of their own in ``scratch``, which must outlive the outputs' writing."""
    plan = _plan(submissions, spec, run_code=run_code, jobs=jobs, scheduler=scheduler, book=book,
                 max_file_bytes=max_file_bytes, id_pattern=id_pattern, read_seconds=read_seconds)
    entries, run = plan.entries, plan.run
    assert run is not None
    # The spec, the reference and every module loaded live as long as the run: kept out of the
    # garbage collector's full passes (in this process and the workers forked from it), which
    # walked them all again and again as the results came in (``grade_course`` undoes it).
    gc.freeze()
    stored: list[_Stored | None] = [None] * len(entries)
    if not fresh:  # only entries graded before under this key can be reused: only they are hashed here
        known = book.entries_with(plan.key)
        for i, entry in enumerate(entries):
            name = entry_key(entry)
            if name in known:
                digest = entry_digest(entry, max_file_bytes)
                found = book.find(name, digest, plan.key)
                if found is not None:
                    stored[i] = _Stored(student_json(found.result), found.id, digest)
    todo = [i for i, r in enumerate(stored) if r is None]
    # The sandbox is checked as the workers start (it starts a process of its own and probes it, about
    # 0.2 s, while they grade on the other cores), before any of them runs student code or writes any
    # student's outputs, whose folder is made once it passed.
    students = out / "students"
    setup, check, in_force = _isolation_check(plan, todo, isolation, scheduler,
                                              lambda: students.mkdir(parents=True, exist_ok=True))
    if check is None:
        students.mkdir(parents=True, exist_ok=True)
    pooled = scheduler is None and min(plan.jobs, len(todo)) > 1  # workers that are processes of this machine
    roster = roster_of(out)
    finish = Finisher(header(_batch(spec, [])), out, max_file_bytes, scratch if pooled else None, roster)
    stream = grade_entries([entries[i] for i in todo], setup, plan.reference, jobs=plan.jobs, scheduler=scheduler,
                           finish=finish, check=check)
    if check is not None:
        in_force = check.in_force
    ticks = _ticks(progress, entries, len(entries) - len(todo))
    pending: list[tuple[int, Finished]] = []  # graded, not yet in the gradebook
    since = 0.0

    def commit() -> None:
        ids = book.record_rows(run, plan.spec_digest, plan.engine, plan.key, [f.stored for _, f in pending])
        for (i, f), gid in zip(pending, ids):  # the record, not the whole dict: this process decodes none
            stored[i] = (_Stored(book.result(gid), gid, f.content_hash, f.encoded, f.report, f.overview, queue=f.queue,
                                 exports=f.exports)
                         if f.record is None else
                         _Stored(f.record, gid, f.content_hash, f.encoded, f.report, f.overview, True, f.queue, f.exports))
        pending.clear()
        # The records live as long as the run too: frozen as they come (a list splice, whatever
        # their number), the collector's passes no longer walk the class again and again, as
        # they did as it grew and while its pages are made (a class of 10,000: a million objects).
        gc.freeze()

    for k, finished in stream:
        if not pending:
            since = time.monotonic()
        pending.append((todo[k], finished))
        if len(pending) >= COMMIT_EVERY or time.monotonic() - since >= COMMIT_SECONDS:
            commit()
        next(ticks, None)
    if pending:
        commit()
    for _ in ticks:  # let the bar finish
        pass
    book.detach_shards()
    return _Course([s for s in stored if s is not None], len(todo), len(entries) - len(todo), run, in_force,
                   plan.spec_digest, plan.engine, roster)


def _whole_where_needed(book: Gradebook, stored: list[_Stored], overrides: Sequence[Override],
                        accepted: Mapping[tuple[str, str], object], rules: list[dict],
                        before: Mapping[str, Published]) -> list[_Stored]:
    """Each grading with its whole dict where this process makes the student's outputs again or
    reads more of it than a record holds; the others keep their compact record.

    Whole: every student when group decisions are in force (they read every answer); a student
    a person's override or accepted review names; an id two entries share (made unique here);
    outputs its worker did not make (results.json text, report, overview row); a score that
    changed since the grades last written (the regrade diff says why, part by part).
    """
    if rules or any(o.rule for o in overrides):
        return [s.whole(book) for s in stored]
    decided = {o.student for o in overrides} | {sid for sid, _ in accepted}
    shared = {sid for sid, n in Counter(s.student["id"] for s in stored).items() if n > 1}
    out = []
    for s in stored:
        sid = s.student["id"]
        pub = before.get(sid)
        if (sid in decided or sid in shared or s.encoded is None or not s.report or s.overview is None
                or s.queue is None or (pub is not None and abs(pub.score - s.student["score"]) > EPSILON)):
            s = s.whole(book)
        out.append(s)
    return out


def _unique_ids(stored: list[_Stored]) -> tuple[list[_Stored], set[str]]:
    """``_batch``'s rule on students' dicts: two entries with one id keep both, the later as ``id~2``
    (a new dict, with a warning); and the ids that more than one entry had."""
    seen: set[str] = set()
    shared: set[str] = set()
    out = []
    for s in stored:
        sid = s.student["id"]
        key, n = sid, 2
        while key in seen:
            key = f"{sid}~{n}"
            n += 1
        seen.add(key)
        if key != sid:
            shared.add(sid)
            student = {**s.student, "id": key, "warnings": s.student["warnings"] + [f"another submission has the id {sid}"]}
            s = replace(s, student=student, encoded=None, report=False, overview=None, queue=None, exports=None)
        out.append(s)
    return out, shared


def _batch(spec: Spec, students: list[StudentResult]) -> BatchResult:
    seen: dict[str, StudentResult] = {}
    for s in students:
        # Two entries with one id ("ann.md" and "ann.txt"): keep both, apart.
        key = s.id
        n = 2
        while key in seen:
            key = f"{s.id}~{n}"
            n += 1
        seen[key] = s if key == s.id else replace(s, id=key, warnings=s.warnings + (
            f"another submission has the id {s.id}",))
    return BatchResult(spec.assignment, spec.title, spec.max_score, tuple(p.id for p in spec.parts),
                       {p.id: p.points for p in spec.parts}, tuple(seen.values()),
                       {p.id: p.title for p in spec.parts if p.title},
                       {q.id: q.title for q in spec.questions if q.title})


def write_outputs(batch: BatchResult, out: str | Path, *, jobs: int | None = None) -> dict:
    """Write results.json, grades.csv and the HTML reports; return the results document.

    A TA's overrides in OUT/overrides.csv are applied (see ``grader.overrides``). Reports
    are rendered on ``jobs`` processes (default: every usable core); the files are the same.
    """
    out = Path(out)
    document, _ = apply_overrides(results_document(batch), read_overrides(out / OVERRIDES_NAME))
    _write_document(document, out, jobs)
    return document


def _write_document(document: dict, out: Path, jobs: int | None = None, *,
                    encoded: Mapping[int, str | bytes] | None = None, reports: Sequence[int] | None = None,
                    rows: Sequence[str | None] | None = None, queued: Sequence[QueueRows | None] | None = None,
                    exports: tuple[Sequence[ExportLines | None], Mapping[str, Identity] | None] | None = None) -> None:
    """results.json, the exports and the reports of a results document.

    ``encoded``: students already encoded, by the ``id()`` of their dict (``write_json``);
    ``reports``: the students whose reports are to be written (default: all; the others'
    were written by the workers that graded them); ``rows``: the class overview's rows the
    workers made, one per student (None: made here); ``queued``: likewise their review queue's rows;
    ``exports``: likewise their lines of the exports, and the roster they were made with.
    """

    def data() -> None:  # written while the students' reports render
        write_json(out / "results.json", document, encoded)
        write_exports(document, out, *(exports or (None, None)))

    try:
        out.mkdir(parents=True, exist_ok=True)
        write_reports(document, out, usable_cores() if jobs is None else max(1, jobs), meanwhile=data,
                      indices=reports, rows=rows, queued=queued)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the results ({exc.strerror or exc})") from None


def render_reports(out: str | Path) -> dict:
    """Re-render grades.csv and every HTML report from OUT/results.json, grading nothing.

    The overrides in OUT/overrides.csv are applied again, so a TA's edits of that file take effect.
    """
    out = Path(out)
    document = _load_results(out)
    updated = document
    if (out / OVERRIDES_NAME).exists():  # a TA edited the overrides: they take effect without grading
        updated, _ = apply_overrides(strip_overrides(document), read_overrides(out / OVERRIDES_NAME))
    if (out / GRADEBOOK_NAME).exists():
        with Gradebook(out / GRADEBOOK_NAME) as book:
            updated = apply_resolutions(updated, book.accepted())
    if updated != document:
        document = updated
        write_json(out / "results.json", document)
    try:
        write_reports(document, out, usable_cores(), meanwhile=lambda: write_exports(document, out))
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the reports ({exc.strerror or exc})") from None
    return document


# --- a course: the gradebook, a person's overrides, the regrade diff ---------------------------

#: The regrade diff of the last ``grade_course``, in the output folder.
REGRADE_NAME = "regrade.json"


@dataclass(frozen=True)
class CourseGrading:
    """What ``grade_course`` did."""

    overview: dict
    """results.json as written (the TA's overrides applied) as the class's pages read it: each
    student no person's decision changed is its compact record (``report.compact``), made by
    the worker that graded it; ``document`` is the same with every student's whole dict."""
    regrade: RegradeDiff
    """Whose score changed since the grades were last written, and why."""
    graded: int
    """Submissions graded in this run."""
    reused: int
    """Submissions unchanged since a stored grading, taken from the gradebook."""
    warnings: tuple[str, ...]
    """Overrides that found no student or part to apply to."""
    isolation: str | None = None
    """The sandbox's isolation for the code graded in this run (``sandbox_isolation``);
    None when no code ran."""
    machine_overview: dict = field(default_factory=dict)
    """The machine's grades (no person's decision) as ``overview`` holds them."""
    texts: Mapping[str, str] = field(default_factory=dict)
    """The whole dict of each compact record, as JSON text, by student id (read from the
    gradebook when first asked for: ``gradebook.StoredResults``)."""

    @cached_property
    def machine(self) -> dict:
        """The machine's grades: results.json without any person's decision (every student decoded)."""
        return _whole_document(self.machine_overview, self.texts)

    @cached_property
    def document(self) -> dict:
        """results.json as written: the TA's overrides applied (every student decoded)."""
        return _whole_document(self.overview, self.texts)

    @property
    def batch(self) -> BatchResult:
        """The machine's grades as results (made from ``machine`` when asked for: the workers
        hand back what results.json shows, not results)."""
        m = self.machine
        return BatchResult(m["assignment"], m["title"], m["max_score"], tuple(p["id"] for p in m["parts"]),
                           {p["id"]: p["points"] for p in m["parts"]},
                           tuple(student_from_json(s) for s in m["students"]),
                           {p["id"]: p["title"] for p in m["parts"] if p.get("title")},
                           {q["id"]: q["title"] for q in m.get("questions", ()) if q.get("title")})


def _whole_document(document: dict, texts: Mapping[str, str]) -> dict:
    """``document`` with each compact record (a student whose id ``texts`` holds) decoded whole."""
    return {**document, "students": [json.loads(texts[s["id"]]) if s["id"] in texts else s
                                     for s in document["students"]]}


def grade_course(submissions: str | Path, out: str | Path, spec: Spec | str | Path = DEFAULT_SPEC, *,
                 run_code: bool = True, jobs: int | None = None, scheduler: str | None = None,
                 progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
                 fresh: bool = False, id_pattern: str | None = None,
                 max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, read_seconds: float | None = None,
                 isolation: str | None = None, roster: str | Path | None = None) -> CourseGrading:
    """``grader grade``: grade into OUT's gradebook (resuming), apply the overrides, write every output.

    Only submissions whose bytes, spec or grader changed since a stored grading are graded
    (all of them with ``fresh``). The regrade diff against the grades last written is
    returned and written to OUT/regrade.json.
    """
    out, spec = Path(out), _spec(spec)
    if roster is not None:  # checked before any work, kept beside the outputs for every later export
        read_roster(roster)
        out.mkdir(parents=True, exist_ok=True)
        write_text(out / ROSTER_NAME, Path(roster).read_text(encoding="utf-8-sig"))
    overrides = read_overrides(out / OVERRIDES_NAME)
    check_overrides(overrides, {p.id: p.points for p in spec.parts}, source=str(out / OVERRIDES_NAME))
    with Gradebook(out / GRADEBOOK_NAME, assignment=spec.assignment, exclusive=True) as book, _thawed_after(), \
            _scratch_folder() as scratch:
        graded = _grade_course(Path(submissions), spec, out, run_code=run_code, progress=progress, jobs=jobs,
                               scheduler=scheduler, book=book, fresh=fresh, id_pattern=id_pattern,
                               max_file_bytes=max_file_bytes, read_seconds=read_seconds, isolation=isolation,
                               scratch=scratch)
        before = book.published()  # what the last run wrote: grading does not change it
        overrides = read_overrides(out / OVERRIDES_NAME)  # again: a TA may have edited it meanwhile
        rules, accepted = book.group_rules(), book.accepted()
        stored, shared = _unique_ids(_whole_where_needed(book, graded.stored, overrides, accepted, rules, before))
        stored.sort(key=lambda s: s.student["id"])
        machine = {**header(_batch(spec, [])), "students": [s.student for s in stored]}
        if rules or any(o.rule for o in overrides):  # group decisions reach the students who now give their answer
            carried = rule_overrides(machine, overrides, rules)
            if carried != overrides:
                overrides = carried
                write_overrides(out / OVERRIDES_NAME, overrides)
        if overrides:
            document, warnings = apply_overrides(machine, overrides, source=str(out / OVERRIDES_NAME))
        else:  # nothing to apply: the same students (``apply_overrides`` looks at every part of each)
            document, warnings = {**machine, "students": list(machine["students"])}, []
        if accepted:  # without any, nothing to mark, nor to unmark: a machine's grade carries no mark
            document = apply_resolutions(document, accepted)
        new = {s["id"]: Snapshot(s, g.content_hash, graded.spec_digest, graded.engine)
               for s, g in zip(document["students"], stored)}
        old = {}
        for sid, pub in before.items():
            if sid in new and abs(new[sid].student["score"] - pub.score) <= EPSILON:
                student = {"id": sid, "score": pub.score, "parts": []}  # unchanged: the diff reads its score alone
            else:
                applied = [Override(sid, o["part"], o["score"], o["note"]) for o in pub.overrides]
                student = apply_to_student({**book.result(pub.grading), "id": sid}, applied)
            old[sid] = Snapshot(student, pub.content_hash, pub.spec_hash, pub.engine)
        diff = regrade_diff(old, new)
        # What a worker made stands where the student is the dict it made it from (no person's
        # decision, no id shared with another entry); the rest is made here.
        same = [s is g.student for s, g in zip(document["students"], stored)]
        kept = [(s, g.encoded) for s, g, keep in zip(document["students"], stored, same) if keep and g.encoded]
        encoded = {id(s): text for (s, _), text in zip(kept, texts_of([e for _, e in kept]))}
        reports = [k for k, (s, g, keep) in enumerate(zip(document["students"], stored, same))
                   if not (keep and g.report and s["id"] not in shared)]
        rows = [g.overview if keep else None for g, keep in zip(stored, same)]
        queued = [g.queue if keep else None for g, keep in zip(stored, same)]
        lines = [g.exports if keep else None for g, keep in zip(stored, same)]
        load_overview_code(scratch)  # compiled by a worker, where one did
        _write_document(document, out, jobs, encoded=encoded, reports=reports, rows=rows, queued=queued,
                        exports=(lines, graded.roster))
        write_text(out / REGRADE_NAME, dumps(diff_document(diff)))
        # Without an override in force no part carries one (``apply_overrides`` alone sets them): each
        # student's parts are not looked at for one (a class of 4,000: 24,000 parts, 5 ms).
        book.publish([(s["id"], g.grading, s["score"], _applied(s) if overrides else [])
                      for s, g in zip(document["students"], stored)])
        book.finish_run(graded.run, graded=graded.graded, reused=graded.reused, regrade=diff_document(diff))
    texts = StoredResults(out / GRADEBOOK_NAME, {s.student["id"]: s.grading for s in stored if s.compact})
    return CourseGrading(document, diff, graded.graded, graded.reused, tuple(warnings), graded.isolation, machine,
                         texts)


@contextmanager
def _scratch_folder() -> Iterator[Path]:
    """A grading run's scratch folder (``student_outputs``: the workers' gradebook rows and
    results.json texts), outside the output folder, removed with everything in it when the run ends."""
    with tempfile.TemporaryDirectory(prefix="grader-run-", ignore_cleanup_errors=True) as folder:
        try:
            yield Path(folder)
        finally:
            close_scratch(Path(folder))


@contextmanager
def _thawed_after() -> Iterator[None]:
    """What ``_grade_course`` froze (``gc.freeze``) is the collector's again when the run ends:
    a process that grades many times (a test suite, ``grader serve``) frees what it no longer uses."""
    try:
        yield
    finally:
        gc.unfreeze()


def _applied(student: dict) -> list[dict]:
    return [{"part": p["id"], "score": p["override"]["score"], "note": p["override"]["note"]}
            for p in student["parts"] if "override" in p]


def load_results(out: str | Path) -> dict:
    """OUT/results.json as written (a person's decisions applied); ``OutputError`` when there is none."""
    return _load_results(Path(out))


def group_rules(out: str | Path) -> list[dict]:
    """The group decisions in force in OUT's gradebook (``{"part", "answer", "shown", "score", "note", ...}``)."""
    out = Path(out)
    if not (out / GRADEBOOK_NAME).exists():
        return []
    with Gradebook(out / GRADEBOOK_NAME) as book:
        return book.group_rules()


def kept_by_last_run(out: str | Path) -> int:
    """How many submissions the last ``grade`` into OUT graded and stored (after an interruption: what is kept)."""
    out = Path(out)
    if not (out / GRADEBOOK_NAME).exists():
        return 0
    with Gradebook(out / GRADEBOOK_NAME) as book:
        return book.graded_in_last_run()


def audit_log(out: str | Path, student: str | None = None) -> list[dict]:
    """Every action of a person in OUT's gradebook (of one student, with every group decision), oldest first."""
    out = Path(out)
    if not (out / GRADEBOOK_NAME).exists():
        raise OutputError(f"{out / GRADEBOOK_NAME}: not found; run 'grader grade' with --out {out} first")
    with Gradebook(out / GRADEBOOK_NAME) as book:
        return book.audit_log(student)


def _load_results(out: Path) -> dict:
    path = out / "results.json"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OutputError(f"{path}: not found; run 'grader grade' with --out {out} first") from None
    except (OSError, ValueError) as exc:
        raise OutputError(f"{path}: not a results file ({exc})") from None
    if not isinstance(document, dict) or "students" not in document or "parts" not in document:
        raise OutputError(f"{path}: not a results file written by grader")
    return document


def override(out: str | Path, student: str, part: str, *, score: float | None = None, note: str = "",
             remove: bool = False) -> dict:
    """``grader override``: a person's score for one part, kept in OUT/overrides.csv over every regrade.

    Writes the file, then results.json, the exports and the reports with it, and logs it in
    the gradebook; returns the student's dict as written. ``remove`` takes it away again.
    """
    out = Path(out)
    with ExitStack() as stack:
        book = None
        if (out / GRADEBOOK_NAME).exists():  # held: not while a grading run writes the same folder
            book = stack.enter_context(Gradebook(out / GRADEBOOK_NAME, exclusive=True))
        document = _load_results(out)
        students = {s["id"] for s in document["students"]}
        points = {p["id"]: p["points"] for p in document["parts"]}
        if student not in students:
            shown = ", ".join(sorted(students)[:3]) + (", ..." if len(students) > 3 else "")
            raise OverrideError(f"{out / 'results.json'}: no student '{student}'; the ids are the submissions' "
                                f"names ({shown})")
        if part not in points:
            raise OverrideError(f"{out / 'results.json'}: no part '{part}'; the parts are {', '.join(points)}")
        path = out / OVERRIDES_NAME
        current = read_overrides(path)
        if remove:
            if not any((o.student, o.part) == (student, part) for o in current):
                raise OverrideError(f"{path}: no override of {student} {part} to remove")
            updated = without_override(current, student, part)
        else:
            if score is None or not note.strip():
                raise OverrideError(f"override of {student} {part}: give --score and a --note that says why")
            if not 0 <= score <= points[part]:
                raise OverrideError(f"override of {student} {part}: {score:g} points is not between 0 and the "
                                    f"part's {points[part]:g}")
            updated = with_override(current, Override(student, part, round(float(score), 4), note.strip()))
        write_overrides(path, updated)  # the record first: whatever happens next, the decision is kept
        if book is not None:
            book.log_override(student, part, "remove" if remove else "set", None if remove else score,
                              None if remove else note.strip())
        document = _republish(out, book, document, updated, {student})
    return next(s for s in document["students"] if s["id"] == student)


def _republish(out: Path, book: Gradebook | None, document: dict, overrides: Sequence[Override],
               changed: set[str]) -> dict:
    """A person's decisions applied again to the machine's grades, and the outputs they change written.

    Only the reports of ``changed`` students are rendered again (with results.json, the
    exports and the overview): a person's action costs milliseconds in a class of hundreds.
    """
    document, _ = apply_overrides(strip_overrides(document), overrides, source=str(out / OVERRIDES_NAME))
    if book is not None:
        document = apply_resolutions(document, book.accepted())
    try:
        write_json(out / "results.json", document)
        write_exports(document, out)
        write_reports_of(document, out, changed)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the results ({exc.strerror or exc})") from None
    if book is not None:
        for s in document["students"]:
            if s["id"] in changed:
                book.set_published_overrides(s["id"], s["score"], _applied(s))
    return document


@contextmanager
def _person(out: str | Path) -> Iterator[tuple[Path, Gradebook, dict]]:
    """A person's action on OUT: its gradebook held (not while a grading run writes there) and its results."""
    out = Path(out)
    if not (out / GRADEBOOK_NAME).exists():
        raise OutputError(f"{out / GRADEBOOK_NAME}: not found; run 'grader grade' with --out {out} first")
    with Gradebook(out / GRADEBOOK_NAME, exclusive=True) as book:
        yield out, book, _load_results(out)


def _find_part(out: Path, document: dict, student: str, part: str) -> dict:
    for s in document["students"]:
        if s["id"] == student:
            for p in s["parts"]:
                if p["id"] == part:
                    return p
            raise OverrideError(f"{out / 'results.json'}: no part '{part}'")
    raise OverrideError(f"{out / 'results.json'}: no student '{student}'")


def resolve(out: str | Path, student: str, part: str, *, action: str = "accept", note: str = "") -> dict:
    """A person's review of a flagged part: ``accept`` the machine's grade as it stands, or ``reopen`` it.

    Kept in the gradebook with the evidence it was given on: a regrade that reads another
    answer, or grades it otherwise, opens the part again. Returns the student's dict as written.
    """
    if action not in ("accept", "reopen"):
        raise OverrideError(f"resolve {student} {part}: the action is 'accept' or 'reopen', not {action!r}")
    with _person(out) as (out, book, document):
        p = _find_part(out, document, student, part)
        book.log_resolution(student, part, action, evidence_key(p), note.strip())
        document = _republish(out, book, document, read_overrides(out / OVERRIDES_NAME), {student})
    return next(s for s in document["students"] if s["id"] == student)


def decide_group(out: str | Path, part: str, answer: str, *, score: float | None = None, note: str = "",
                 remove: bool = False) -> list[str]:
    """A group decision: every student whose answer to ``part`` is in the group ``answer`` gets ``score``.

    It becomes a rubric rule in the gradebook, carried out now (rows in overrides.csv marked
    with the group) and on every later ``grade`` for students who give that answer then. A
    student a person decided alone keeps that decision. ``remove`` takes the rule away.
    Returns the students it reached.
    """
    with _person(out) as (out, book, document):
        points = {p["id"]: p["points"] for p in document["parts"]}
        if part not in points:
            raise OverrideError(f"{out / 'results.json'}: no part '{part}'; the parts are {', '.join(points)}")
        machine = strip_overrides(document)
        group = next((g for g in answer_groups(machine, part) if g.key == answer), None)
        rules = [r for r in book.group_rules() if (r["part"], r["answer"]) != (part, answer)]
        if remove:
            if len(rules) == len(book.group_rules()):
                raise OverrideError(f"no group decision on {part} for the answer {answer} to remove")
        else:
            if score is None or not note.strip():
                raise OverrideError(f"group decision on {part}: give a score and a note that says why")
            if not 0 <= score <= points[part]:
                raise OverrideError(f"group decision on {part}: {score:g} points is not between 0 and the part's "
                                    f"{points[part]:g}")
            if group is None:
                raise OverrideError(f"group decision on {part}: no student gave the answer {answer}")
            rules.append({"part": part, "answer": answer, "score": round(float(score), 4), "note": note.strip()})
        before = read_overrides(out / OVERRIDES_NAME)
        after = rule_overrides(machine, before, rules)
        write_overrides(out / OVERRIDES_NAME, after)
        reached = sorted({o.student for o in set(after) ^ set(before)})
        book.log_group_rule(part, answer, group.shown if group else "", "remove" if remove else "set",
                            None if remove else round(float(score), 4), None if remove else note.strip(), len(reached))
        _republish(out, book, document, after, set(reached))
    return reached


def history(out: str | Path, student: str, part: str | None = None) -> list[HistoryRow]:
    """Every grading of a student stored in OUT's gradebook, oldest first (with one part's audit trail)."""
    out = Path(out)
    if not (out / GRADEBOOK_NAME).exists():
        raise OutputError(f"{out / GRADEBOOK_NAME}: not found; run 'grader grade' with --out {out} first")
    with Gradebook(out / GRADEBOOK_NAME) as book:
        return book.history(student, part)


def gradescope(path: str | Path, spec: Spec | str | Path = DEFAULT_SPEC, out: str | Path = GRADESCOPE_RESULTS, *,
               visibility: str = GRADESCOPE_VISIBILITY, run_code: bool = True, isolation: str | None = None) -> dict:
    """Grade one submission inside a Gradescope autograder and write its results.json to ``out``.

    Its code runs under ``isolation`` (see ``grade_submission``): in a container without
    namespaces, ``auto`` records the code part as not run, with the reason, rather than
    use the audit hook alone unasked; ``--isolation audit`` (or GRADER_ISOLATION) allows it.
    """
    spec = _spec(spec)
    student = grade_submission(path, spec, run_code=run_code, isolation=isolation)
    document = results_document(_batch(spec, [student]))
    results = gradescope_results(document, document["students"][0], visibility=visibility)
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_text(out, json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the Gradescope results ({exc.strerror or exc})") from None
    return results
