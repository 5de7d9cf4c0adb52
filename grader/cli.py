"""The command line: argument parsing only. Every action is a call into ``grader.api``.

Exit status: 0 done; 1 ``check`` found a part it could not read (or use); 2 a problem
the user must fix, said in one line (never a traceback).
"""

from __future__ import annotations

import argparse
import atexit
import gc
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import NoReturn, Sequence

from . import startup

# The grader's modules and the libraries they load (sympy, jinja2, the sandbox's) make hundreds of thousands of
# objects and next to no garbage: the collector's young passes while they load (about 200 at Python's threshold)
# walk them again and again for nothing, and every command pays for that before a worker forks. Held off while
# they load, and put back as it was (they are walked once after, and frozen by a grading run with the rest): a
# run of 10 students with one worker 4.195 -> 4.166 billion instructions (Valgrind's count). Not frozen here:
# importing the command leaves the collector as it found it.
_COLLECTING = gc.isenabled()
gc.disable()
try:
    with startup.loaded():  # their patterns and dataclasses as `make compile` kept them, where it did
        from . import api
        from .errors import GraderError, UsageError
        from .regrade import summary_lines
        from .report.terminal import plain, print_batch_summary, print_self_check, progress_bar
finally:
    if _COLLECTING:
        gc.enable()

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell's number for Ctrl-C


def _positive(text: str) -> int:
    """A count of at least one (``--jobs 0`` would grade nothing)."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} workers cannot grade; give 1 or more (1: no worker processes)")
    return n


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
    grade.add_argument("--max-file-mb", type=float, default=api.DEFAULT_MAX_FILE_BYTES / 1e6, metavar="MB",
                       help="largest file read, in MB (default %(default)g); a larger one is refused with its size")
    grade.add_argument("--time-limit", type=float, default=None, metavar="SECONDS",
                       help="longest time spent reading one submission (default 60); a slower one is "
                            "recorded as an error with the reason")
    grade.add_argument("--id-pattern", default=None, metavar="REGEX",
                       help="regular expression that takes the student id out of an entry's name (its 'id' "
                            "group, or the whole match); a class zip uses Moodle's and Canvas's names by default")
    grade.add_argument("--roster", type=Path, default=None, metavar="FILE",
                       help="who each submission is on the platform: Moodle's participants download, Canvas's "
                            "gradebook export, or a CSV with a 'submission' column; kept as OUT/roster.csv "
                            "for the exports")
    grade.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    grade.add_argument("--jobs", "-j", type=_positive, default=None, metavar="N",
                       help=f"worker processes (default: every core, {api.usable_cores()} here; 1: no workers)")
    grade.add_argument("--scheduler", metavar="ADDRESS", help="grade on this Dask cluster (tcp://host:8786) "
                       "instead of local processes; needs: pip install 'grader[dask]'")
    grade.add_argument("--isolation", choices=api.ISOLATIONS, default=None,
                       help="how student code is isolated: namespaces (auto, the default: grading stops where the "
                            "kernel has none) or audit (the audit hook alone, weaker: only where you accept it); "
                            f"default: ${api.ISOLATION_VARIABLE}, else auto")
    grade.add_argument("--fresh", action="store_true", help="grade every submission again, even those unchanged "
                       "since their grade in OUT/gradebook.sqlite")

    ovr = sub.add_parser("override", help="give a part a person's score, kept over every regrade",
                         description="Set (or --remove) a TA's score for one part of one student in "
                                     "OUT/overrides.csv, and rewrite results.json and the reports with it.")
    ovr.add_argument("student", metavar="STUDENT", help="the student id, as in results.json")
    ovr.add_argument("part", metavar="PART", help="the part id, e.g. q1.a")
    ovr.add_argument("--score", type=float, help="points to give, from 0 to the part's points")
    ovr.add_argument("--note", default="", help="why (shown in the reports next to the score)")
    ovr.add_argument("--remove", action="store_true", help="remove the override: the machine's grade stands")
    ovr.add_argument("--out", type=Path, default=Path("out"), help="the output folder graded into (default: out)")

    hist = sub.add_parser("history", help="every grading of a student, to explain a grade",
                          description="List every grading of one student kept in OUT/gradebook.sqlite: when, "
                                      "the spec's and the submission's hashes, the score; with --part, what was "
                                      "read, where, and the comparison made.")
    hist.add_argument("student", metavar="STUDENT", help="the student id, as in results.json")
    hist.add_argument("--part", help="a part id: show its audit trail in each grading")
    hist.add_argument("--out", type=Path, default=Path("out"), help="the output folder graded into (default: out)")

    serve = sub.add_parser("serve", help="the TA's desk in a browser: review queue, grading by question, exports",
                           description="Serve OUT on this machine only (127.0.0.1) as a web app: the review queue "
                                       "by points at stake, each question's answers grouped, a decision per group, "
                                       "each student's report with its actions, the exports. Needs: pip install "
                                       "'grader[serve]'. Open the address it prints (it holds a secret token).")
    serve.add_argument("out", type=Path, metavar="OUT", help="the output folder graded into")
    serve.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    serve.add_argument("--anonymous", action="store_true", help="pseudonyms instead of the students' ids everywhere")

    check = sub.add_parser("check", help="check one submission before handing it in (student self-check)",
                           description="Show what the grader reads for every part of one submission.")
    check.add_argument("path", type=Path, metavar="FILE_OR_FOLDER")
    check.add_argument("--spec", type=Path, default=api.DEFAULT_SPEC, help="assignment spec (YAML)")
    check.add_argument("--no-code", action="store_true", help="do not run code parts")
    check.add_argument("--json", action="store_true", help="print the check as JSON (for editors and CI)")
    check.add_argument("--isolation", choices=api.ISOLATIONS, default=None,
                       help="how code is loaded: auto (namespaces only; where they are refused the code is not "
                            "loaded) or audit (accept the audit hook alone); "
                            f"default: ${api.ISOLATION_VARIABLE}, else auto")

    bundle = sub.add_parser("bundle", help="write a self-check package for students (no answers in it)",
                            description="Write OUT/spec.yaml, a copy of the spec without its reference module, "
                                        "expected values or known mistakes, for 'grader check --spec OUT/spec.yaml'.")
    bundle.add_argument("--student", type=Path, required=True, metavar="OUT", help="folder to write the package to")
    bundle.add_argument("--spec", type=Path, default=api.DEFAULT_SPEC, help="the course's assignment spec (YAML)")
    bundle.add_argument("--salt", help="salt of the answer hashes (default: the spec's self_check.salt, "
                                       "else a random one)")

    gs = sub.add_parser("gradescope", help="grade one submission inside a Gradescope autograder",
                        description="Grade one submission and write Gradescope's results.json.")
    gs.add_argument("path", type=Path, nargs="?", default=Path(api.GRADESCOPE_SUBMISSION), metavar="SUBMISSION",
                    help=f"the submission folder (default: {api.GRADESCOPE_SUBMISSION})")
    gs.add_argument("--spec", type=Path, default=api.DEFAULT_SPEC, help="assignment spec (YAML)")
    gs.add_argument("--out", type=Path, default=Path(api.GRADESCOPE_RESULTS),
                    help=f"where to write results.json (default: {api.GRADESCOPE_RESULTS})")
    gs.add_argument("--visibility", choices=api.GRADESCOPE_VISIBILITIES, default=api.GRADESCOPE_VISIBILITY,
                    help=f"when students see each part's output (default: {api.GRADESCOPE_VISIBILITY})")
    gs.add_argument("--no-code", action="store_true", help="do not run student code")
    gs.add_argument("--isolation", choices=api.ISOLATIONS, default=None,
                    help="as for grade: auto (namespaces only) or audit (accept the audit hook alone, e.g. in a "
                         f"container without namespaces); default: ${api.ISOLATION_VARIABLE}, else auto")

    spec = sub.add_parser("spec", help="check a spec and say what each part expects (before grading)",
                          description="Load SPEC as grading would: validate it, call every reference function "
                                      "once, and print what each part expects. Exits 2 with file:line for a "
                                      "problem to fix.")
    spec.add_argument("spec", type=Path, metavar="SPEC", nargs="?", default=api.DEFAULT_SPEC,
                      help="assignment spec (YAML); default: the shipped reference/gnr638_a2.yaml")

    report = sub.add_parser("report", help="re-render reports from OUT/results.json",
                            description="Rebuild grades.csv and the HTML reports from OUT/results.json.")
    report.add_argument("out", type=Path, metavar="OUT")
    return parser


#: The isolation in force, in words for the TA.
_ISOLATION_WORDS = {
    "namespaces+seccomp": "namespaces (nothing of this machine visible) and a seccomp filter (no signal, pidfd, "
                          "trace or memory access to other processes)",
    "namespaces": "namespaces (nothing of this machine visible); no seccomp filter on this machine",
    "audit+seccomp": "the audit hook and a seccomp filter, no namespaces (weaker)",
    "audit": "the audit hook alone (weakest)",
}


def _grade(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    interactive = not args.quiet and sys.stderr.isatty()  # no bar in logs, pipes and CI
    try:
        with progress_bar(interactive) as progress:
            run = api.grade_course(args.submissions, args.out, args.spec, run_code=not args.no_code,
                                   progress=progress, jobs=args.jobs, scheduler=args.scheduler, fresh=args.fresh,
                                   id_pattern=args.id_pattern, max_file_bytes=int(args.max_file_mb * 1e6),
                                   read_seconds=args.time_limit, isolation=args.isolation, roster=args.roster)
    except KeyboardInterrupt:
        kept = api.kept_by_last_run(args.out)
        print(f"grader: interrupted; {kept} submission{'s' if kept != 1 else ''} graded in this run "
              f"{'are' if kept != 1 else 'is'} kept in {args.out / api.GRADEBOOK_NAME}. Run the same 'grader grade' "
              f"again to grade the rest (what is kept is not graded again).", file=sys.stderr)
        return EXIT_INTERRUPTED
    document = run.overview  # the compact records: what the summary reads, no student's dict decoded
    if run.isolation is not None and (not args.quiet or not run.isolation.startswith("namespaces")):
        print(f"student code ran isolated by: {_ISOLATION_WORDS.get(run.isolation, run.isolation)}", file=sys.stderr)
    if run.isolation is not None and run.isolation.startswith("audit"):
        print("grader: warning: student code ran under the audit hook alone (--isolation audit): code that "
              "corrupts memory can switch it off and read what this user can; grade in a throwaway machine",
              file=sys.stderr)
    for s in document["students"]:
        if s["status"] == "graded" and not s.get("files"):
            print(f"grader: {plain(s['id'])}: no file in this submission, so every part is missing (0 points)",
                  file=sys.stderr)
    if not args.quiet:
        print_batch_summary(document, str(args.out), time.perf_counter() - started)
        print(f"{run.graded} graded now, {run.reused} unchanged since their grade in "
              f"{args.out / api.GRADEBOOK_NAME}", file=sys.stderr)
    for line in run.warnings:
        print(f"grader: {plain(line)}", file=sys.stderr)
    if not args.quiet:
        for line in summary_lines(run.regrade):
            print(plain(line), file=sys.stderr)
    return EXIT_OK


def _override(args: argparse.Namespace) -> int:
    student = api.override(args.out, args.student, args.part, score=args.score, note=args.note, remove=args.remove)
    part = next(p for p in student["parts"] if p["id"] == args.part)
    print(f"{plain(args.student)} {plain(args.part)}: {part['verdict']} {part['score']:g} of {part['max_score']:g}"
          f"{' (a person decided)' if part.get('override') else ' (the machine decided)'}; total {student['score']:g}"
          f" -> {args.out}/", file=sys.stderr)
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    rows = api.history(args.out, args.student, args.part)
    if not rows:
        print(f"no grading of {plain(args.student)} in {args.out / api.GRADEBOOK_NAME}", file=sys.stderr)
        return EXIT_NOT_FOUND
    for r in rows:
        print(f"{r.at}  grading {r.grading}  {plain(r.entry)}  {r.status} {r.score:g}  spec {r.spec_hash[:12]}  "
              f"submission {r.content_hash[:12]}")
        if r.part is not None:
            p = r.part
            read = f"read {p['found']!r} at {plain(p['file'])}:{p['line']}" if p["file"] else "nothing read"
            print(f"    {p['part']}: {p['verdict']} {p['score']:g} of {p['max_score']:g}; expected "
                  f"{p['expected'] or '-'}; {read}")
            if p["excerpt"]:
                print(f"    from: {p['excerpt']!r}")
            print(f"    {plain(p['feedback'])}")
    for a in api.audit_log(args.out, args.student):
        if args.part is not None and a["part"] != args.part:
            continue
        print(plain(_action_line(a)))
    return EXIT_OK


def _action_line(a: dict) -> str:
    """One action of a person, as ``history`` lists it after the gradings."""
    if a["kind"] == "override":
        what = (f"a person's score {a['score']:g}: {a['note']}" if a["action"] == "set"
                else "a person's score removed: the machine's grade stands")
    elif a["kind"] == "resolution":
        what = ("a person accepted the machine's grade" + (f": {a['note']}" if a["note"] else "")
                if a["action"] == "accept" else "opened for review again")
    else:
        what = (f"group decision: {a['score']:g} points for everyone who answered {a['answer']!r}: {a['note']}"
                if a["action"] == "set" else f"group decision for {a['answer']!r} removed")
    return f"{a['at']}  {a['part']}: {what}"


def _serve(args: argparse.Namespace) -> int:
    try:
        from .serve.app import serve
    except ImportError as exc:
        raise UsageError(f"grader serve needs the desk's extra ({exc.name} is missing): "
                         f"pip install 'grader[serve]'") from None

    def ready(url: str) -> None:
        print(f"The desk for {args.out}/ is at\n\n    {url}\n\nOpen it in a browser on this machine "
              f"(the address holds its secret token). Ctrl-C stops it.", file=sys.stderr, flush=True)
    serve(args.out, port=args.port, anonymous=args.anonymous, ready=ready)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    path: Path = args.path
    if not path.exists():
        raise UsageError(f"{path}: no such file or folder")
    doc = api.self_check(path, args.spec, run_code=not args.no_code, isolation=api.requested_isolation(args.isolation))
    if args.json:
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        print_self_check(doc)
    if doc["isolation"] is not None:
        print(f"student code ran isolated by: {_ISOLATION_WORDS.get(doc['isolation'], doc['isolation'])}",
              file=sys.stderr)
        if doc["isolation"].startswith("audit"):
            print("grader: warning: student code ran under the audit hook alone (--isolation audit), as asked",
                  file=sys.stderr)
    return EXIT_OK if doc["all_found"] else EXIT_NOT_FOUND


def _bundle(args: argparse.Namespace) -> int:
    written = api.write_student_bundle(args.spec, args.student, salt=args.salt)
    print(f"wrote {written} (no reference, no expected values): students run "
          f"'grader check FILE --spec {written}'", file=sys.stderr)
    for line in api.bundle_warnings(args.spec):
        print(f"grader: warning: {line}", file=sys.stderr)
    return EXIT_OK


def _gradescope(args: argparse.Namespace) -> int:
    path: Path = args.path
    if not path.exists():
        raise UsageError(f"{path}: no such file or folder")
    api.gradescope(path, args.spec, args.out, visibility=args.visibility, run_code=not args.no_code,
                   isolation=args.isolation)
    if not args.no_code and api.requested_isolation(args.isolation) == "audit":
        print("grader: warning: student code ran under the audit hook alone (--isolation audit), as asked",
              file=sys.stderr)
    print(f"wrote {args.out}", file=sys.stderr)
    return EXIT_OK


def _spec(args: argparse.Namespace) -> int:
    for line in api.describe_spec(args.spec):
        print(line)
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    document = api.render_reports(args.out)
    print(f"rendered {len(document['students'])} reports in {args.out}/", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``grader`` command."""
    args = _parser().parse_args(argv)
    try:
        return {"grade": _grade, "check": _check, "report": _report, "bundle": _bundle,
                "gradescope": _gradescope, "override": _override, "history": _history,
                "serve": _serve, "spec": _spec}[args.command](args)
    except GraderError as exc:
        print(f"grader: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("grader: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def run() -> NoReturn:
    """The ``grader`` command: ``main`` on the process's arguments, then ``leave``."""
    leave(main())


def leave(status: int) -> NoReturn:
    """End the process with ``status`` once the command is done, without tearing the interpreter
    down object by object (sympy, numpy, a class's results: 0.1 to 0.15 s at every exit, which
    nothing reads). What is registered to run at exit still runs (multiprocessing's finalizers
    remove its temporary folders) and the standard streams are flushed; every output file is
    closed by then. With another thread alive the interpreter ends as usual, joining it."""
    if threading.active_count() > 1:
        sys.exit(status)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`grader … | head`): nothing more to say
            pass
    os._exit(status)


if __name__ == "__main__":
    run()
