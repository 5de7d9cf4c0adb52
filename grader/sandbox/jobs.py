"""The sandbox's plain data: what to run (``Job``, ``Limits``) and what came back
(``ExecResult``, ``CallResult``), plus the ``Runner`` protocol.

Standard library only. Everything here is immutable and holds plain data, so a
result can be logged, compared or turned into JSON by the code above the sandbox
without any reference to the process that produced it.
"""

from __future__ import annotations

import json
import math
import posixpath
from dataclasses import dataclass
from typing import Any, Mapping, Protocol, Sequence, runtime_checkable

__all__ = [
    "Limits",
    "Job",
    "CallResult",
    "ExecResult",
    "Runner",
    "CALL_STATUSES",
    "EXEC_STATUSES",
]

#: Every value ``CallResult.status`` can take.
CALL_STATUSES = ("ok", "error", "bad_return")

#: Every value ``ExecResult.status`` can take.
EXEC_STATUSES = (
    "ok",  # the module was imported and every call was attempted
    "import_error",  # importing the module raised (syntax error, sys.exit at top level, ...)
    "not_found",  # the module does not define the function (or the file is not in the job)
    "timeout",  # killed at the CPU-time or wall-clock limit
    "memory",  # ran out of its memory budget (MemoryError)
    "crashed",  # died: os._exit, a signal, a corrupted result channel
    "output_limit",  # printed far too much, returned too much, or wrote a too large file
)


@dataclass(frozen=True)
class Limits:
    """Resource limits for one job. The defaults suit a small numpy exercise.

    cpu_seconds   CPU time (RLIMIT_CPU, whole seconds, rounded up; SIGKILL one second later)
    wall_seconds  wall-clock time from the job's start, enforced by the worker
    memory_mb     address space the student's code may add to the pre-loaded interpreter
                  and numpy (RLIMIT_AS = baseline + memory_mb)
    file_size_mb  largest file the code may write (RLIMIT_FSIZE)
    processes     processes the code may create besides itself (0: none; RLIMIT_NPROC)
    open_files    file descriptors (RLIMIT_NOFILE)
    output_bytes  stdout+stderr kept for the report; the rest is dropped. Output past
                  ``output_bytes * OUTPUT_KILL_FACTOR`` (16 MB at the defaults) stops
                  the job with status ``output_limit``.
    """

    cpu_seconds: float = 2.0
    wall_seconds: float = 5.0
    memory_mb: int = 512
    file_size_mb: int = 1
    processes: int = 0
    open_files: int = 64
    output_bytes: int = 64_000

    def __post_init__(self) -> None:
        for name in ("cpu_seconds", "wall_seconds"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"Limits.{name} must be a number, got {value!r}")
            if not math.isfinite(value) or value <= 0:
                raise ValueError(f"Limits.{name} must be a positive number, got {value!r}")
        for name, low in (
            ("memory_mb", 1),
            ("file_size_mb", 0),
            ("processes", 0),
            ("open_files", 16),
            ("output_bytes", 0),
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"Limits.{name} must be an int, got {value!r}")
            if value < low:
                raise ValueError(f"Limits.{name} must be >= {low}, got {value!r}")

    def to_json(self) -> dict[str, Any]:
        return {
            "cpu_seconds": float(self.cpu_seconds),
            "wall_seconds": float(self.wall_seconds),
            "memory_mb": self.memory_mb,
            "file_size_mb": self.file_size_mb,
            "processes": self.processes,
            "open_files": self.open_files,
            "output_bytes": self.output_bytes,
        }


def _check_file_name(name: Any) -> None:
    if not isinstance(name, str) or not name:
        raise ValueError(f"Job.files: a file name must be a non-empty str, got {name!r}")
    if "\x00" in name:
        raise ValueError(f"Job.files: unsafe file name {name!r}")
    if name.startswith("/") or posixpath.normpath(name) != name or name in (".", ".."):
        raise ValueError(
            f"Job.files: file name {name!r} must be a normalised relative path "
            "(no leading '/', no '.' or '..' parts)"
        )
    if any(part in ("", ".", "..") for part in name.split("/")):
        raise ValueError(f"Job.files: unsafe file name {name!r}")


@dataclass(frozen=True)
class Job:
    """One function of one submission to run.

    files     the submission's source files, relative name -> bytes. Only these
              are visible to the code (names like ``solution.py`` or ``src/q1c.py``;
              absolute names and ``..`` are refused with ValueError).
    module    which file to import, e.g. ``"solution.py"``
    function  the top-level function to call, e.g. ``"gradients"``
    calls     keyword arguments per call: plain JSON data. Every list argument is
              turned into a float numpy array (a fresh one per call) before the call;
              numbers, strings, None and dicts are passed as they are.
    positional  pass each call's values in their mapping's order, as a handout's
              signature ``f(W1, b1, W2, b2, x, t)`` is called, rather than by name: a
              function whose parameters are in another order then gets the wrong
              values, as it would from the course's own tests
    limits    resource limits for the whole job (import and every call)
    """

    files: Mapping[str, bytes]
    module: str
    function: str
    calls: Sequence[Mapping[str, Any]] = ()
    limits: Limits = Limits()
    positional: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.files, Mapping):
            raise TypeError("Job.files must be a mapping of relative name -> bytes")
        for name, content in self.files.items():
            _check_file_name(name)
            if not isinstance(content, (bytes, bytearray)):
                raise TypeError(f"Job.files[{name!r}] must be bytes, got {type(content).__name__}")
        if not isinstance(self.module, str) or not self.module.endswith(".py"):
            raise ValueError(f"Job.module must name a .py file, got {self.module!r}")
        _check_file_name(self.module)
        if not isinstance(self.function, str) or not self.function.isidentifier():
            raise ValueError(f"Job.function must be a Python identifier, got {self.function!r}")
        if isinstance(self.calls, (str, bytes)) or not isinstance(self.calls, Sequence):
            raise TypeError("Job.calls must be a sequence of keyword-argument mappings")
        for index, call in enumerate(self.calls):
            if not isinstance(call, Mapping):
                raise TypeError(f"Job.calls[{index}] must be a mapping, got {type(call).__name__}")
            for key in call:
                if not isinstance(key, str) or not key.isidentifier():
                    raise ValueError(f"Job.calls[{index}]: argument name {key!r} is not an identifier")
            try:
                json.dumps(dict(call), allow_nan=True)
            except (TypeError, ValueError) as error:
                raise TypeError(f"Job.calls[{index}] is not plain JSON data: {error}") from None
        if not isinstance(self.limits, Limits):
            raise TypeError("Job.limits must be a Limits")
        if not isinstance(self.positional, bool):
            raise TypeError("Job.positional must be True or False")


@dataclass(frozen=True)
class CallResult:
    """What one call returned.

    status  "ok" | "error" (the call raised) | "bad_return" (the value is not plain
            numbers, numeric numpy arrays, or lists/tuples of them)
    value   for "ok": the return value as plain data -- lists of floats, nested as
            the value was (tuples and arrays become lists, every number a float;
            NaN and infinities are kept). None otherwise.
    error   for "error": the last line of the traceback, e.g.
            "ZeroDivisionError: division by zero"; for "bad_return": what was wrong.
    """

    status: str
    value: Any | None = None
    error: str | None = None


@dataclass(frozen=True)
class ExecResult:
    """What running a Job produced.

    status   one of EXEC_STATUSES; "ok" means the module was imported and every
             call was attempted (each call has its own status in ``calls``)
    calls    one CallResult per call that finished, in order. A job stopped early
             (timeout, crash) holds the calls that finished before that.
    stdout   the code's stdout and stderr, interleaved, cut to
             ``limits.output_bytes`` with a "[… truncated]" line at the end
    detail   one sentence for the report, e.g. "killed after 5.0 s wall time"
    seconds  wall time of the job in its process (start to exit)
    isolation how the code was isolated, as the worker ran it: "namespaces" or
             "audit", with "+seccomp" where the filter was on; "" when it did not
             run in a sandbox (a fake, a missing file)
    """

    status: str
    calls: tuple[CallResult, ...] = ()
    stdout: str = ""
    detail: str = ""
    seconds: float = 0.0
    isolation: str = ""

    @property
    def ok(self) -> bool:
        """True when the module ran and every call returned plain data."""
        return self.status == "ok" and all(call.status == "ok" for call in self.calls)


@runtime_checkable
class Runner(Protocol):
    """Anything that runs a Job: ``ProcessRunner`` for real, ``FakeRunner`` in tests."""

    def run(self, job: Job) -> ExecResult: ...
