"""The library's face: grade one submission, grade a batch, render reports.

The CLI is a thin layer over these functions, and their keyword defaults are the
defaults of the command line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable

from .errors import OutputError
from .ingest import DEFAULT_MAX_FILE_BYTES
from .ingest.entries import submission_entries
from .models import BatchResult, StudentResult
from .pipeline import Context, grade_path
from .reference import load_reference
from .report.exports import dumps, grades_csv, results_document, write_text
from .report.render import write_reports
from .sandbox import ProcessRunner, Runner
from .spec import Spec
from .spec_loader import load_spec

#: The spec used when none is given: the shipped assignment.
DEFAULT_SPEC = Path(__file__).resolve().parent.parent / "reference" / "gnr638_a2.yaml"


def make_context(spec: Spec | str | Path = DEFAULT_SPEC, *, run_code: bool = True,
                 runner: Runner | None = None, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Context:
    """Load a spec and its reference once for many submissions."""
    if not isinstance(spec, Spec):
        spec = load_spec(spec)
    reference = load_reference(spec)
    if run_code and runner is None and any(p.kind == "code" for p in spec.parts):
        runner = ProcessRunner()
    return Context(spec, reference, runner if run_code else None, max_file_bytes)


def grade_submission(path: str | Path, spec: Spec | str | Path = DEFAULT_SPEC, *,
                     run_code: bool = True) -> StudentResult:
    """Grade one submission entry (a file or a folder)."""
    ctx = make_context(spec, run_code=run_code)
    try:
        return grade_path(Path(path), ctx)
    finally:
        _close(ctx)


def _close(ctx: Context) -> None:
    close = getattr(ctx.runner, "close", None)
    if callable(close):
        close()


def grade_batch(submissions: str | Path, spec: Spec | str | Path = DEFAULT_SPEC, *,
                run_code: bool = True,
                progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> BatchResult:
    """Grade every submission entry of a folder; a broken one becomes an ``error`` result."""
    entries = submission_entries(Path(submissions))
    ctx = make_context(spec, run_code=run_code)
    try:
        iterable = progress(entries) if progress else entries
        students = [grade_path(entry, ctx) for entry in iterable]
    finally:
        _close(ctx)
    return _batch(ctx.spec, students)


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
                                                             f"another submission has the id {s.id}",))
    return BatchResult(spec.assignment, spec.title, spec.max_score, tuple(p.id for p in spec.parts),
                       {p.id: p.points for p in spec.parts}, tuple(seen.values()))


def write_outputs(batch: BatchResult, out: str | Path) -> dict:
    """Write results.json, grades.csv and the HTML reports; return the results document."""
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        document = results_document(batch)
        write_text(out / "results.json", dumps(document))
        write_text(out / "grades.csv", grades_csv(document))
        write_reports(document, out)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the results ({exc.strerror or exc})") from None
    return document


def render_reports(out: str | Path) -> dict:
    """Re-render grades.csv and every HTML report from OUT/results.json, grading nothing."""
    out = Path(out)
    path = out / "results.json"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OutputError(f"{path}: not found; run 'grader grade' with --out {out} first") from None
    except (OSError, ValueError) as exc:
        raise OutputError(f"{path}: not a results file ({exc})") from None
    if not isinstance(document, dict) or "students" not in document or "parts" not in document:
        raise OutputError(f"{path}: not a results file written by grader")
    try:
        write_text(out / "grades.csv", grades_csv(document))
        write_reports(document, out)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the reports ({exc.strerror or exc})") from None
    return document
