"""Helpers for the sandbox tests (imported by name; fixtures live in conftest.py)."""

from __future__ import annotations

import os
import textwrap

from grader.sandbox import Job, Limits

#: The assignment's given network (every weight 0.5, biases 1, x = (1, 1), t = (0.5, 0.5)).
GIVEN = {
    "W1": [[0.5, 0.5], [0.5, 0.5]],
    "b1": [1.0, 1.0],
    "W2": [[0.5, 0.5], [0.5, 0.5]],
    "b2": [1.0, 1.0],
    "x": [1.0, 1.0],
    "t": [0.5, 0.5],
}

#: Short CPU limit so that a runaway job ends fast; wall time has room for a loaded CI machine
#: (a job that sleeps or waits is what a wall-time test sets its own limit for).
FAST = Limits(cpu_seconds=1, wall_seconds=6.0)


def source(text: str) -> bytes:
    return textwrap.dedent(text).lstrip("\n").encode()


def job(text: str, calls=({},), function: str = "f", limits: Limits = FAST, extra=None) -> Job:
    """A job whose module ``sub.py`` holds ``text`` (dedented)."""
    files = {"sub.py": source(text)}
    files.update(extra or {})
    return Job(files=files, module="sub.py", function=function, calls=list(calls), limits=limits)


def alive(pid: int) -> bool:
    """True if ``pid`` exists and is not a zombie (read from /proc, no psutil)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            state = handle.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (by walking /proc/*/stat parent links)."""
    parents: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents.setdefault(int(fields[1]), []).append(int(name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found
