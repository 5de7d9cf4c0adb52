"""What of a document is read for answers: text a person wrote, not dumps, within a deadline.

Students paste training logs, printed arrays and minified output into their answers. A
TA skims past them; so does the reader. A line longer than any sentence a person writes
and a run of lines that repeat one shape with other numbers (``epoch 12 loss = 0.231``)
are left out, and what was left out is *said*, so a person can look. The blocks keep
their line numbers (left-out lines become empty), so evidence still points at the file.

Everything here is linear in the text: one pass over the lines, one substitution each.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, replace

from ..models import Block
from .rules import LIMITS

# A number in any spelling a log prints (1, -0.25, 3.1e-05, 12,345): one placeholder.
_NUMBER = re.compile(r"[-+]?\d[\d.,]*(?:[eE][-+]?\d+)?")


@dataclass(frozen=True)
class Skipped:
    """Lines of a file that were not read for answers."""

    file: str
    line: int
    end_line: int
    why: str

    def describe(self) -> str:
        lines = f"line {self.line}" if self.line == self.end_line else f"lines {self.line}–{self.end_line}"
        return f"{self.file} {lines} not read for answers: {self.why}"


def _skeleton(line: str) -> str:
    """The line's shape with its numbers taken out: log lines of one kind share it."""
    return _NUMBER.sub("#", line.strip())


def _log_lines(lines: list[str]) -> set[int]:
    """Indices of lines that repeat one numeric shape often enough to be a log, not working."""
    skeletons = [_skeleton(ln) if any(c.isdigit() for c in ln) else "" for ln in lines]
    counts = Counter(s for s in skeletons if s)
    logs = {s for s, n in counts.items() if n >= LIMITS.log_min_repeats}
    return {i for i, s in enumerate(skeletons) if s in logs}


def readable(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], tuple[Skipped, ...]]:
    """The blocks with dumps blanked (line numbers kept), and what was blanked."""
    out: list[Block] = []
    skipped: list[Skipped] = []
    for block in blocks:
        lines = block.text.split("\n")
        if len(lines) < LIMITS.log_min_repeats and all(len(ln) <= LIMITS.max_line_chars for ln in lines):
            out.append(block)  # the common case: nothing to look at twice
            continue
        drop: dict[int, str] = {}
        for i, ln in enumerate(lines):
            if len(ln) > LIMITS.max_line_chars:
                drop[i] = (f"a line of {len(ln):,} characters (longer than {LIMITS.max_line_chars:,}: "
                           f"a dump, not a sentence)")
        if len(lines) >= LIMITS.log_min_repeats:
            for i in _log_lines(lines):
                drop.setdefault(i, f"lines that repeat one shape with other numbers (a log or printed output, "
                                   f"at least {LIMITS.log_min_repeats} alike)")
        if not drop:
            out.append(block)
            continue
        kept = "\n".join("" if i in drop else ln for i, ln in enumerate(lines))
        out.append(replace(block, text=kept))
        run: list[int] = []
        for i in sorted(drop) + [-1]:
            if run and (i != run[-1] + 1 or drop.get(i) != drop[run[0]]):
                skipped.append(Skipped(block.file, block.line + run[0], block.line + run[-1], drop[run[0]]))
                run = []
            if i >= 0:
                run.append(i)
    return tuple(out), tuple(skipped)


class Deadline:
    """The time extraction may take for one submission (the same budget as reading).

    A submission that reaches it is graded from what was read by then and flagged; the
    clock is checked between blocks, so one block's work is the most it can overrun by,
    and that is bounded by the limits above.
    """

    def __init__(self, seconds: float | None):
        self._at = None if seconds is None else time.monotonic() + seconds
        self.stopped_at: Block | None = None
        """The first block that was not read, once the deadline passed."""

    def passed(self, block: Block) -> bool:
        if self.stopped_at is not None:
            return True
        if self._at is not None and time.monotonic() > self._at:
            self.stopped_at = block
            return True
        return False
