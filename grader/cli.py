"""The command line: argument parsing only. Every action is a call into ``grader.api``.

Exit status: 0 done; 1 ``check`` found a part it could not read; 2 a problem the user
must fix, said in one line (never a traceback).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Iterable, Sequence

from . import api
from .errors import GraderError, UsageError

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="grader", description="Grade free-form assignment submissions against a spec and a reference.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    grade = sub.add_parser("grade", help="grade a folder of submissions (TA batch grading)",
                           description="Grade every file or folder inside SUBMISSIONS; write results.json, "
                                       "grades.csv and HTML reports to OUT.")
    grade.add_argument("submissions", type=Path, metavar="SUBMISSIONS", help="folder with one entry per student")
    grade.add_argument("--spec", type=Path, default=api.DEFAULT_SPEC, help="assignment spec (YAML); "
                       "default: the shipped reference/gnr638_a2.yaml")
    grade.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out)")
    grade.add_argument("--no-code", action="store_true", help="do not run student code (code parts are flagged)")
    grade.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")

    check = sub.add_parser("check", help="check one submission before handing it in (student self-check)",
                           description="Show what the grader reads for every part of one submission.")
    check.add_argument("path", type=Path, metavar="FILE_OR_FOLDER")
    check.add_argument("--spec", type=Path, default=api.DEFAULT_SPEC, help="assignment spec (YAML)")
    check.add_argument("--no-code", action="store_true", help="do not run code parts")

    report = sub.add_parser("report", help="re-render reports from OUT/results.json",
                            description="Rebuild grades.csv and the HTML reports from OUT/results.json.")
    report.add_argument("out", type=Path, metavar="OUT")
    return parser


def _progress(enabled: bool):
    if not enabled:
        return None

    def wrap(entries: Sequence[Path]) -> Iterable[Path]:
        from rich.progress import Progress  # only when drawing: keeps plain runs light

        with Progress(transient=True) as bar:
            task = bar.add_task("grading", total=len(entries))
            for entry in entries:
                yield entry
                bar.advance(task)
    return wrap


def _grade(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    interactive = not args.quiet and sys.stderr.isatty()
    batch = api.grade_batch(args.submissions, args.spec, run_code=not args.no_code,
                            progress=_progress(interactive))
    api.write_outputs(batch, args.out)
    if not args.quiet:
        errors = sum(1 for s in batch.students if s.status == "error")
        flagged = sum(1 for s in batch.students for p in s.parts if p.review)
        print(f"graded {len(batch.students)} submissions ({errors} unreadable, {flagged} parts flagged for "
              f"review) in {time.perf_counter() - started:.1f} s -> {args.out}/", file=sys.stderr)
        for s in batch.students:
            if s.status == "error":
                print(f"  {s.id}: {s.error}", file=sys.stderr)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    path: Path = args.path
    if not path.exists():
        raise UsageError(f"{path}: no such file or folder")
    result = api.grade_submission(path, args.spec, run_code=not args.no_code)
    if result.status == "error":
        print(f"{path}: cannot be read: {result.error}")
        return EXIT_NOT_FOUND
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"What the grader reads in {path.name}")
    for col in ("part", "found", "where", "note"):
        table.add_column(col)
    all_found = True
    for p in result.parts:
        where = f"{p.evidence.file}:{p.evidence.line}" if p.evidence else ""
        if p.found is None:
            all_found = False
            table.add_row(p.id, "[red]not found[/red]", "", "write the answer so that it can be read")
        else:
            note = "a person will check this" if p.review else ""
            table.add_row(p.id, p.found, where, note)
    Console(soft_wrap=True).print(table)
    return EXIT_OK if all_found else EXIT_NOT_FOUND


def _report(args: argparse.Namespace) -> int:
    document = api.render_reports(args.out)
    print(f"rendered {len(document['students'])} reports in {args.out}/", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``grader`` command."""
    args = _parser().parse_args(argv)
    try:
        return {"grade": _grade, "check": _check, "report": _report}[args.command](args)
    except GraderError as exc:
        print(f"grader: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("grader: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
