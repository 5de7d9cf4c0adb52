"""What the command line prints: the self-check's table, the batch's progress bar and summary.

Drawn with rich, loaded when something is drawn (``grader grade --quiet`` draws nothing and
does not pay for it). Everything is made from plain documents (the self-check document,
counts of a batch), like the HTML reports, so nothing here grades.
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Callable, Iterable, Iterator, Sequence, TypeVar

from .stats import is_open

if TYPE_CHECKING:
    from rich.console import Console

T = TypeVar("T")

_STATUS = {"found": "[green]found[/green]", "missing": "[red]not found[/red]",
           "unreadable": "[red]unreadable[/red]"}
_VERDICT = {"correct": "[green]correct[/green]", "not correct": "[red]not correct[/red]",
            "not checked": "[yellow]not checked[/yellow]", "partial": "[yellow]partial[/yellow]",
            "incorrect": "[red]incorrect[/red]", "missing": "[red]missing[/red]"}

REVEAL_LINE = {
    "found": "This check shows what the grader reads and where, never whether it is right.",
    "verdict": "This check says whether an answer is correct where it can; it never shows the expected answer.",
    "full": "This check shows the grade, the expected answers and the feedback.",
}


#: A terminal's control sequences (CSI, OSC, and the two-character ones) and every other
#: invisible character but the newline: a submission's text or name must not move the
#: cursor, recolour, retitle or reset the TA's terminal, or turn text right to left.
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?|\x9b[0-?]*[ -/]*[@-~]?")


def plain(text: str) -> str:
    """``text`` without control sequences; other invisible characters (but the newline) as ``?``."""
    text = str(text)
    if text.isprintable():
        return text
    text = _CONTROL.sub("", text)
    return "".join(c if c == "\n" or c.isprintable() and unicodedata.category(c) != "Cf" else "?" for c in text)


def _shown(text: str) -> str:
    """Text from a submission as rich prints it: plain, and its ``[`` never read as markup."""
    from rich.markup import escape

    return escape(plain(text))


def _console(file: IO[str] | None = None) -> Console:
    from rich.console import Console

    return Console(file=file or sys.stdout, soft_wrap=False, highlight=False)


def print_self_check(doc: dict, file: IO[str] | None = None) -> None:
    """The self-check as a table, one row per part, then what to do."""
    console = _console(file)
    if doc.get("error"):
        console.print(f"[red]{_shown(doc['submission'])} cannot be read:[/red] {_shown(doc['error'])}")
        return
    from rich.table import Table

    reveal = doc["reveal"]
    table = Table(title=f"What the grader reads in {_shown(doc['submission'])}", title_justify="left",
                  show_lines=True, expand=False)
    table.add_column("part", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("read as · where · notes", overflow="fold")
    for p in doc["parts"]:
        status = _STATUS.get(p["status"], p["status"])
        if p.get("verdict"):
            status += "\n" + _VERDICT.get(p["verdict"], _shown(p["verdict"]))
        lines = []
        if p["read_as"] or p["found"]:
            lines.append(f"[bold]{_shown(p['read_as'] or p['found'])}[/bold]")
        if p["where"]:
            lines.append(f"[dim]{_shown(p['where'])}[/dim]")
        if reveal == "full" and p.get("expected"):
            lines.append(f"expected: {_shown(str(p['expected']))}")
        if reveal == "full" and p.get("feedback"):
            lines.append(_shown(p["feedback"]))
        lines.extend(f"[yellow]{_shown(n)}[/yellow]" for n in p["notes"])
        table.add_row(_shown(p["id"]), status, "\n".join(lines))
    console.print(table)
    for line in doc.get("warnings", []) + doc.get("notes", []):
        console.print(f"[yellow]note:[/yellow] {_shown(line)}")
    found = sum(1 for p in doc["parts"] if p["status"] == "found")
    total = len(doc["parts"])
    if doc["all_found"]:
        console.print(f"[green]Every part was read ({found} of {total}).[/green] {REVEAL_LINE[reveal]}")
    else:
        console.print(f"[red]{total - found} of {total} parts could not be read[/red]: as it stands they would "
                      f"earn nothing. Fix them and check again. {REVEAL_LINE[reveal]}")
    if reveal != "found":
        unchecked = sum(1 for p in doc["parts"] if p["verdict"] == "not checked")
        if unchecked:
            console.print(f"[yellow]{unchecked} part(s) were not checked for correctness here[/yellow]; "
                          "the grade may differ from what this check shows.")


#: How often the progress bar is drawn again, at most.
_REDRAW_SECONDS = 0.1


@contextmanager
def progress_bar(enabled: bool, label: str = "grading") -> Iterator[Callable[[Sequence[T]], Iterable[T]] | None]:
    """A wrapper that draws a progress bar over the entries it yields (None when not enabled)."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    # Drawn by the grading loop itself, never by rich's refresh thread: the grader forks
    # (workers, readers, report writers), and a fork beside a running thread may deadlock
    # (Python 3.12 warns of it).
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  transient=True, auto_refresh=False, console=Console(file=sys.stderr)) as bar:
        def wrap(entries: Sequence[T]) -> Iterable[T]:
            task = bar.add_task(label, total=len(entries))
            bar.refresh()
            drawn = time.monotonic()
            for entry in entries:
                yield entry
                bar.advance(task)
                if time.monotonic() - drawn >= _REDRAW_SECONDS:
                    bar.refresh()
                    drawn = time.monotonic()
        yield wrap


def print_batch_summary(document: dict, out: str, seconds: float, file: IO[str] | None = None) -> None:
    """One screen after a batch: graded, errors, flagged for review, time, and where the files are."""
    from rich.console import Console
    from rich.markup import escape
    from rich.panel import Panel

    console = Console(file=file or sys.stderr, highlight=False)
    students = document["students"]
    errors = [s for s in students if s["status"] == "error"]
    flagged = [(s["id"], p["id"]) for s in students for p in s["parts"] if p["review"]]
    graded = len(students) - len(errors)
    scores = sorted(s["score"] for s in students if s["status"] == "graded")
    lines = [f"[bold]{graded}[/bold] graded, [bold]{len(errors)}[/bold] could not be read, "
             f"[bold]{len(flagged)}[/bold] parts flagged for review "
             f"({_count(len({sid for sid, _ in flagged}), 'student')}), in {seconds:.1f} s"]
    decided = len(flagged) - sum(1 for s in students for p in s["parts"] if is_open(p))  # counted, not sorted
    if decided:
        lines.append(f"{decided} of them decided by a person, {len(flagged) - decided} left to review "
                     f"('grader serve {escape(out)}' to go through them)")
    if scores:
        lines.append(f"scores: median {scores[len(scores) // 2]:g}, lowest {scores[0]:g}, highest {scores[-1]:g} "
                     f"of {document['max_score']:g}")
    for s in errors[:10]:
        lines.append(f"[red]error[/red] {_shown(s['id'])}: {_shown(s.get('error') or '')}")
    if len(errors) > 10:
        lines.append(f"… and {len(errors) - 10} more errors (see {_shown(out)}/index.html)")
    console.print(Panel("\n".join(lines), title=_shown(document.get("title") or document["assignment"]),
                        title_align="left", expand=False))
    # The path on a line of its own, never wrapped, so it can be copied (and found).
    console.print(f"-> {_shown(out)}/index.html (class overview, review queue), results.json, grades.csv",
                  soft_wrap=True)


def _count(n: int, noun: str) -> str:
    """"1 student", "3 students"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
