"""The library's face: grade one submission, grade a batch, render reports.

The CLI is a thin layer over these functions, and their keyword defaults are the
defaults of the command line.
"""

from __future__ import annotations

import json
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from .batch import (DEFAULT_READ_SECONDS, Setup, close_context, entry_digest, entry_key, grade_entries, new_context,
                    usable_cores)
from .bundle import write_student_bundle
from .errors import OutputError, OverrideError, StudentCopyError
from .gradebook import GRADEBOOK_NAME, Gradebook, Grading, HistoryRow, engine_hash, grading_key, spec_hash
from .ingest import DEFAULT_MAX_FILE_BYTES
from .ingest.entries import batch_entries
from .models import BatchResult, StudentResult
from .overrides import (OVERRIDES_NAME, Override, apply_overrides, apply_to_student, check_overrides, read_overrides,
                        strip_overrides, with_override, without_override, write_overrides)
from .pipeline import Context, grade_path
from .reference import load_reference
from .regrade import EPSILON, RegradeDiff, Snapshot, diff_document, regrade_diff
from .report.exports import dumps, results_document, write_exports, write_json, write_text
from .report.gradescope import DEFAULT_VISIBILITY as GRADESCOPE_VISIBILITY
from .report.gradescope import VISIBILITIES as GRADESCOPE_VISIBILITIES
from .report.gradescope import gradescope_results
from .report.render import write_reports
from .selfcheck import self_check
from .sandbox import Runner
from .spec import Spec
from .spec_loader import load_spec

#: The spec used when none is given: the shipped assignment.
#: The library's face, re-exports included: the CLI calls only these.
__all__ = [
    "DEFAULT_MAX_FILE_BYTES", "DEFAULT_SPEC", "GRADEBOOK_NAME", "GRADESCOPE_RESULTS", "GRADESCOPE_SUBMISSION",
    "GRADESCOPE_VISIBILITIES", "GRADESCOPE_VISIBILITY", "REGRADE_NAME", "CourseGrading", "grade_batch",
    "grade_course", "grade_submission", "gradescope", "history", "list_entries", "make_context", "override",
    "render_reports", "self_check", "usable_cores", "write_outputs", "write_student_bundle",
]

DEFAULT_SPEC = Path(__file__).resolve().parent.parent / "reference" / "gnr638_a2.yaml"

#: Where a Gradescope autograder finds the submission and leaves its results.
GRADESCOPE_SUBMISSION = "/autograder/submission"
GRADESCOPE_RESULTS = "/autograder/results/results.json"


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
                     run_code: bool = True) -> StudentResult:
    """Grade one submission entry (a file or a folder)."""
    ctx = make_context(spec, run_code=run_code)
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
                id_pattern: str | None = None) -> BatchResult:
    """Grade every submission entry of a folder; a broken one becomes an ``error`` result.

    ``jobs`` worker processes (default: every usable core; 1 grades in this process), or the
    Dask cluster at ``scheduler``: the results are the same, byte for byte. With a
    ``gradebook`` every grade is committed the moment it exists, and an entry whose bytes,
    spec and grader are unchanged is taken from it instead of graded again (unless ``fresh``).
    """
    return _grade(Path(submissions), _spec(spec), run_code=run_code, progress=progress, jobs=jobs,
                  scheduler=scheduler, book=gradebook, fresh=fresh, id_pattern=id_pattern).batch


@dataclass(frozen=True)
class _Graded:
    batch: BatchResult
    gradings: tuple[Grading | None, ...]
    """The stored grading of each of ``batch.students`` (None without a gradebook)."""
    graded: int
    reused: int
    run: int | None


def _grade(submissions: Path, spec: Spec, *, run_code: bool, progress, jobs: int | None, scheduler: str | None,
           book: Gradebook | None, fresh: bool, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
           id_pattern: str | None = None, read_seconds: float | None = None) -> _Graded:
    entries = list_entries(submissions, id_pattern)
    reference = load_reference(spec)  # a broken reference stops here, in one line, before any work
    setup = Setup(spec, run_code, max_file_bytes)
    if read_seconds is not None:
        setup = replace(setup, read_seconds=read_seconds)
    jobs = usable_cores() if jobs is None else max(1, jobs)
    results: list[StudentResult | None] = [None] * len(entries)
    gradings: list[Grading | None] = [None] * len(entries)
    run = None
    if book is not None:
        spec_digest, engine = spec_hash(spec), engine_hash()
        key = grading_key(spec_digest, engine, run_code=run_code, max_file_bytes=max_file_bytes,
                          read_seconds=None if setup.read_seconds == DEFAULT_READ_SECONDS else setup.read_seconds)
        run = book.start_run(str(submissions), spec_digest, engine, scheduler or f"{jobs} local")
        digests = [entry_digest(e, max_file_bytes) for e in entries]
        for i, entry in enumerate(entries):
            found = None if fresh else book.find(entry_key(entry), digests[i], key)
            if found is not None:
                results[i], gradings[i] = found.result, found
    todo = [i for i, r in enumerate(results) if r is None]
    stream = grade_entries([entries[i] for i in todo], setup, reference, jobs=jobs, scheduler=scheduler)
    ticks = iter(progress(entries)) if progress else iter(())  # after any fork: a bar may start a thread
    for _ in range(len(entries) - len(todo) + 1):
        next(ticks, None)
    for k, result in stream:
        i = todo[k]
        results[i] = result
        if book is not None:
            gradings[i] = book.record(run, entry_key(entries[i]), digests[i], spec_digest, engine, key, result)
        next(ticks, None)
    for _ in ticks:  # let the bar finish
        pass
    batch = _batch(spec, [r for r in results if r is not None])
    return _Graded(batch, tuple(gradings), len(todo), len(entries) - len(todo), run)


def _batch(spec: Spec, students: list[StudentResult]) -> BatchResult:
    seen: dict[str, StudentResult] = {}
    for s in students:
        # Two entries with one id ("ann.md" and "ann.txt"): keep both, apart.
        key = s.id
        n = 2
        while key in seen:
            key = f"{s.id}~{n}"
            n += 1
        seen[key] = s if key == s.id else StudentResult(key, s.status, s.score, s.max_score, s.parts, s.error,
                                                         s.files, s.notes, s.warnings + (
                                                             f"another submission has the id {s.id}",), s.pages)
    return BatchResult(spec.assignment, spec.title, spec.max_score, tuple(p.id for p in spec.parts),
                       {p.id: p.points for p in spec.parts}, tuple(seen.values()))


def write_outputs(batch: BatchResult, out: str | Path, *, jobs: int | None = None) -> dict:
    """Write results.json, grades.csv and the HTML reports; return the results document.

    A TA's overrides in OUT/overrides.csv are applied (see ``grader.overrides``). Reports
    are rendered on ``jobs`` processes (default: every usable core); the files are the same.
    """
    out = Path(out)
    document, _ = apply_overrides(results_document(batch), read_overrides(out / OVERRIDES_NAME))
    _write_document(document, out, jobs)
    return document


def _write_document(document: dict, out: Path, jobs: int | None = None) -> None:
    """results.json, the exports and the reports of a results document."""

    def data() -> None:  # written while the students' reports render
        write_json(out / "results.json", document)
        write_exports(document, out)

    try:
        out.mkdir(parents=True, exist_ok=True)
        write_reports(document, out, usable_cores() if jobs is None else max(1, jobs), meanwhile=data)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the results ({exc.strerror or exc})") from None


def render_reports(out: str | Path) -> dict:
    """Re-render grades.csv and every HTML report from OUT/results.json, grading nothing.

    The overrides in OUT/overrides.csv are applied again, so a TA's edits of that file take effect.
    """
    out = Path(out)
    document = _load_results(out)
    if (out / OVERRIDES_NAME).exists():  # a TA edited the overrides: they take effect without grading
        updated, _ = apply_overrides(strip_overrides(document), read_overrides(out / OVERRIDES_NAME))
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

    batch: BatchResult
    """The machine's grades."""
    document: dict
    """results.json as written: the TA's overrides applied."""
    regrade: RegradeDiff
    """Whose score changed since the grades were last written, and why."""
    graded: int
    """Submissions graded in this run."""
    reused: int
    """Submissions unchanged since a stored grading, taken from the gradebook."""
    warnings: tuple[str, ...]
    """Overrides that found no student or part to apply to."""


def grade_course(submissions: str | Path, out: str | Path, spec: Spec | str | Path = DEFAULT_SPEC, *,
                 run_code: bool = True, jobs: int | None = None, scheduler: str | None = None,
                 progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
                 fresh: bool = False, id_pattern: str | None = None,
                 max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, read_seconds: float | None = None) -> CourseGrading:
    """``grader grade``: grade into OUT's gradebook (resuming), apply the overrides, write every output.

    Only submissions whose bytes, spec or grader changed since a stored grading are graded
    (all of them with ``fresh``). The regrade diff against the grades last written is
    returned and written to OUT/regrade.json.
    """
    out, spec = Path(out), _spec(spec)
    overrides = read_overrides(out / OVERRIDES_NAME)
    check_overrides(overrides, {p.id: p.points for p in spec.parts}, source=str(out / OVERRIDES_NAME))
    with Gradebook(out / GRADEBOOK_NAME, assignment=spec.assignment, exclusive=True) as book:
        graded = _grade(Path(submissions), spec, run_code=run_code, progress=progress, jobs=jobs,
                        scheduler=scheduler, book=book, fresh=fresh, id_pattern=id_pattern,
                        max_file_bytes=max_file_bytes, read_seconds=read_seconds)
        before = book.published()  # what the last run wrote: grading does not change it
        overrides = read_overrides(out / OVERRIDES_NAME)  # again: a TA may have edited it meanwhile
        document, warnings = apply_overrides(results_document(graded.batch), overrides,
                                             source=str(out / OVERRIDES_NAME))
        stored = _by_id(graded)
        new = {s["id"]: Snapshot(s, g.content_hash, g.spec_hash, g.engine)
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
        _write_document(document, out, jobs)
        write_text(out / REGRADE_NAME, dumps(diff_document(diff)))
        book.publish([(s["id"], g.id, s["score"], _applied(s)) for s, g in zip(document["students"], stored)])
        assert graded.run is not None
        book.finish_run(graded.run, graded=graded.graded, reused=graded.reused, regrade=diff_document(diff))
    return CourseGrading(graded.batch, document, diff, graded.graded, graded.reused, tuple(warnings))


def _by_id(graded: _Graded) -> list[Grading]:
    """The gradings in the order of results.json's students (sorted by id)."""
    pairs = sorted(zip(graded.batch.students, graded.gradings), key=lambda sg: sg[0].id)
    return [g for _, g in pairs if g is not None]


def _applied(student: dict) -> list[dict]:
    return [{"part": p["id"], "score": p["override"]["score"], "note": p["override"]["note"]}
            for p in student["parts"] if "override" in p]


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
        document, _ = apply_overrides(strip_overrides(document), updated, source=str(path))
        _write_document(document, out)
        written = next(s for s in document["students"] if s["id"] == student)
        if book is not None:
            book.log_override(student, part, "remove" if remove else "set", None if remove else score,
                              None if remove else note.strip())
            book.set_published_overrides(student, written["score"], _applied(written))
    return written


def history(out: str | Path, student: str, part: str | None = None) -> list[HistoryRow]:
    """Every grading of a student stored in OUT's gradebook, oldest first (with one part's audit trail)."""
    out = Path(out)
    if not (out / GRADEBOOK_NAME).exists():
        raise OutputError(f"{out / GRADEBOOK_NAME}: not found; run 'grader grade' with --out {out} first")
    with Gradebook(out / GRADEBOOK_NAME) as book:
        return book.history(student, part)


def gradescope(path: str | Path, spec: Spec | str | Path = DEFAULT_SPEC, out: str | Path = GRADESCOPE_RESULTS, *,
               visibility: str = GRADESCOPE_VISIBILITY, run_code: bool = True) -> dict:
    """Grade one submission inside a Gradescope autograder and write its results.json to ``out``."""
    spec = _spec(spec)
    student = grade_submission(path, spec, run_code=run_code)
    document = results_document(_batch(spec, [student]))
    results = gradescope_results(document, document["students"][0], visibility=visibility)
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_text(out, json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the Gradescope results ({exc.strerror or exc})") from None
    return results
