"""ProcessRunner: run jobs in the pre-started sandbox worker, and read what comes back.

The parent side of the sandbox. It starts ``worker.py`` once (``python -I -B``,
scrubbed environment, its own session), sends it one job at a time as JSON, and
turns the worker's reply -- facts about how the child ended, the child's output,
and the child's result lines, all undecoded -- into an ``ExecResult``. Every byte
that came from the child is treated as hostile: it is decoded here with caps on
size, depth and element count, and anything but lists and numbers is refused.
"""

from __future__ import annotations

import base64
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from dataclasses import replace
from typing import Any

from . import worker as _wire
from .jobs import CallResult, ExecResult, Job, Limits

__all__ = ["ProcessRunner", "SandboxStartError", "interpret"]

_WORKER_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "worker.py")
_TRUNCATED = "\n[… truncated]"


class SandboxStartError(RuntimeError):
    """The sandbox worker could not be started (no numpy, no fork, a bad interpreter).

    Not raised for anything a submission does: those end as an ExecResult.
    (The grader may wrap it in ``grader.errors.SandboxError``; the sandbox
    package itself imports nothing of the grader.)
    """


class _WorkerLost(Exception):
    pass


def _kill_process(proc: subprocess.Popen) -> None:
    """Kill the worker (its children die with it: PR_SET_PDEATHSIG)."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            try:
                proc.kill()
            except OSError:
                pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL does not fail
        pass
    for stream in (proc.stdin, proc.stdout):
        try:
            if stream is not None:
                stream.close()
        except OSError:
            pass


class ProcessRunner:
    """Runs jobs in isolated child processes of one pre-started worker.

    ``ProcessRunner(isolation="auto", workdir=None, python=None)``

    isolation  "auto" (namespaces if this machine allows them, else the audit
               hook), "namespaces" (fail to start if unavailable) or "audit"
    workdir    folder for the worker's scratch files (per-job folders in audit
               mode, an empty mount point in namespaces mode). Default: a new
               temporary folder, removed by ``close()``. A given folder is kept
               (and chmod 0711: a job may reach its own folder, not list others).
    python     interpreter for the worker; default ``sys.executable``. It needs numpy.
    audit_hook False leaves out the in-process audit hook, to test that the kernel
               layers hold on their own (as if the hook had been bypassed).
               Tests only: never grade with it.

    Start-up (about 0.2 s: Python, numpy, a probe job) happens on first use or
    on ``start()``. A worker that dies is restarted on the next ``run``.

    Threads: one ProcessRunner runs one job at a time. ``run`` takes a lock, so
    calling it from several threads is safe but serialised; for parallel
    grading use one ProcessRunner per thread (each has its own worker).
    Use it as a context manager, or call ``close()``: that kills the worker and
    anything still running.
    """

    def __init__(
        self,
        *,
        isolation: str = "auto",
        workdir: str | os.PathLike | None = None,
        python: str | None = None,
        start_timeout: float = 60.0,
        reply_grace: float = 10.0,
        audit_hook: bool = True,
    ) -> None:
        if isolation not in ("auto", "namespaces", "audit"):
            raise ValueError(f"isolation must be 'auto', 'namespaces' or 'audit', got {isolation!r}")
        self._requested = isolation
        self._python = python or sys.executable
        self._start_timeout = start_timeout
        self._reply_grace = reply_grace
        self._audit_hook = bool(audit_hook)
        self._own_workdir = workdir is None
        self._workdir = str(workdir) if workdir is not None else None
        self._lock = threading.RLock()
        self._proc: subprocess.Popen | None = None
        self._log = None
        self._ready: dict[str, Any] = {}
        self._closed = False
        self._finalizer: weakref.finalize | None = None
        self.restarts = 0

    # -- life cycle ---------------------------------------------------------------

    def __enter__(self) -> "ProcessRunner":
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def start(self) -> None:
        """Start the worker now (otherwise the first ``run`` does)."""
        with self._lock:
            self._ensure_worker()

    @property
    def isolation(self) -> str:
        """"namespaces" or "audit": what the worker chose (starts it if needed)."""
        self.start()
        return str(self._ready.get("isolation"))

    @property
    def seccomp(self) -> bool:
        """Whether every job runs under the seccomp filter that refuses signals, pidfds,
        tracing and memory access to other processes (starts the worker if needed)."""
        self.start()
        return bool(self._ready.get("seccomp"))

    @property
    def isolation_note(self) -> str:
        """Why namespaces were not used ("" when they were)."""
        self.start()
        return str(self._ready.get("note", ""))

    @property
    def worker_pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def close(self) -> None:
        """Kill the worker and whatever it runs; remove the scratch folder if it is ours."""
        with self._lock:
            self._closed = True
            self._stop_worker()
            base = self._ready.get("base")
            if isinstance(base, str) and self._workdir and os.path.realpath(base) != os.path.realpath(self._workdir) \
                    and os.path.basename(base).startswith("grader-sandbox-jobs-"):
                shutil.rmtree(base, ignore_errors=True)  # the worker's own fallback folder
            if self._own_workdir and self._workdir:
                shutil.rmtree(self._workdir, ignore_errors=True)
                self._workdir = None

    def _stop_worker(self) -> None:
        if self._finalizer is not None:
            self._finalizer()
            self._finalizer = None
        self._proc = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def _ensure_worker(self) -> None:
        if self._closed:
            raise SandboxStartError("this ProcessRunner is closed")
        if not sys.platform.startswith("linux"):
            raise SandboxStartError(f"the sandbox needs Linux (fork, prctl, rlimits); this is {sys.platform}")
        if self._proc is not None and self._proc.poll() is None:
            return
        if self._proc is not None:
            self._stop_worker()
        if self._ready:
            self.restarts += 1  # a worker ran before: this is a restart
        if self._workdir is None:
            self._workdir = tempfile.mkdtemp(prefix="grader-sandbox-")
            # Removed by close(), or when the runner is collected / at exit (this
            # finalizer runs after the worker's, which is registered later).
            weakref.finalize(self, shutil.rmtree, self._workdir, True)
        os.makedirs(self._workdir, exist_ok=True)
        self._log = tempfile.TemporaryFile(prefix="grader-sandbox-worker-", suffix=".log")
        env = {
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "OPENBLAS_NUM_THREADS": "1",
            "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
        }
        argv = [self._python, "-I", "-B", _WORKER_PATH, "--base", self._workdir, "--isolation", self._requested]
        try:
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._log,
                env=env,
                cwd=self._workdir,
                close_fds=True,
                start_new_session=True,
            )
        except OSError as error:
            raise SandboxStartError(f"cannot start the sandbox worker {self._python}: {error}") from None
        self._proc = proc
        self._finalizer = weakref.finalize(self, _kill_process, proc)
        try:
            parts = _wire.read_frame(proc.stdout.fileno(), time.monotonic() + self._start_timeout)
            ready = json.loads(bytes(parts[0]))
        except (EOFError, TimeoutError, ValueError, IndexError, _wire.ProtocolError, OSError) as error:
            log = self._log_tail()
            self._stop_worker()
            raise SandboxStartError(f"the sandbox worker did not start ({error}); its log: {log}") from None
        if ready.get("op") != "ready" or ready.get("protocol") != _wire.PROTOCOL_VERSION:
            self._stop_worker()
            raise SandboxStartError(f"the sandbox worker could not start: {ready.get('error', ready)}")
        self._ready = ready

    def _log_tail(self) -> str:
        if self._log is None:
            return ""
        try:
            self._log.seek(0, os.SEEK_END)
            size = self._log.tell()
            self._log.seek(max(0, size - 2000))
            return self._log.read().decode("utf-8", "replace").strip() or "(empty)"
        except OSError:
            return "(unreadable)"

    # -- running ------------------------------------------------------------------

    def run(self, job: Job) -> ExecResult:
        """Run ``job`` in a fresh isolated child; never raises for what the code does."""
        if not isinstance(job, Job):
            raise TypeError(f"run() takes a Job, got {type(job).__name__}")
        if job.module not in job.files:
            return ExecResult(status="not_found", detail=f"the submission has no file {job.module}")
        header = json.dumps(
            {"op": "run", "limits": job.limits.to_json(), "audit_hook": self._audit_hook}
        ).encode()
        payload = bytearray(
            json.dumps(
                {
                    "files": {name: base64.b64encode(bytes(data)).decode("ascii") for name, data in job.files.items()},
                    "module": job.module,
                    "function": job.function,
                    "calls": [dict(call) for call in job.calls],
                    "positional": job.positional,
                },
                allow_nan=True,
            ).encode()
        )
        with self._lock:
            for attempt in (1, 2):
                self._ensure_worker()
                proc = self._proc
                assert proc is not None
                started = time.monotonic()
                try:
                    _wire.write_frame(proc.stdin.fileno(), [header, payload])
                    deadline = started + job.limits.wall_seconds + self._reply_grace
                    parts = _wire.read_frame(proc.stdout.fileno(), deadline)
                    facts = json.loads(bytes(parts[0]))
                    output, results = parts[1], parts[2]
                except TimeoutError:
                    self._stop_worker()
                    return ExecResult(
                        status="timeout",
                        detail=f"the sandbox worker did not answer within {job.limits.wall_seconds:g} s "
                        "of wall time (it was restarted)",
                        seconds=time.monotonic() - started,
                    )
                except (EOFError, OSError, ValueError, IndexError, _wire.ProtocolError) as error:
                    self._stop_worker()
                    if attempt == 2:
                        return ExecResult(
                            status="crashed",
                            detail=f"the sandbox worker died while running this job twice ({type(error).__name__})",
                            seconds=time.monotonic() - started,
                        )
                    continue
                return interpret(job, facts, bytes(output), bytes(results))
        raise AssertionError("unreachable")  # pragma: no cover


# ---------------------------------------------------------------------------
# Reading a reply
# ---------------------------------------------------------------------------


class _Corrupt(Exception):
    pass


def _plain_value(value: Any) -> Any:
    """Validate decoded JSON from the child: only lists and numbers; ints become floats.

    Raises ValueError with the reason for anything else (strings, dicts, None,
    bools, more than MAX_ELEMENTS numbers, deeper than MAX_DEPTH lists).
    """
    count = 0

    def walk(item: Any, depth: int) -> Any:
        nonlocal count
        kind = type(item)
        if kind is float:
            count += 1
        elif kind is int:
            count += 1
            try:
                item = float(item)
            except OverflowError:
                raise ValueError("returned an integer too large for a float") from None
        elif kind is list:
            if depth >= _wire.MAX_DEPTH:
                raise ValueError(f"returned lists nested more than {_wire.MAX_DEPTH} deep")
            if len(item) > _wire.MAX_ELEMENTS:
                raise ValueError(f"returned more than {_wire.MAX_ELEMENTS:,} numbers")
            return [walk(element, depth + 1) for element in item]
        elif kind is bool:
            raise ValueError("returned a bool (True/False), not a number")
        else:
            raise ValueError(f"returned a {kind.__name__} value, not numbers")
        if count > _wire.MAX_ELEMENTS:
            raise ValueError(f"returned more than {_wire.MAX_ELEMENTS:,} numbers")
        return item

    return walk(value, 0)


def _text(value: Any, fallback: str = "") -> str:
    if not isinstance(value, str):
        return fallback
    return value if len(value) <= _wire.MAX_ERROR_CHARS else value[: _wire.MAX_ERROR_CHARS - 1] + "…"


class _Parsed:
    def __init__(self) -> None:
        self.setup: dict | None = None
        self.setup_error: str | None = None
        self.imported: str | None = None  # "ok" | "error" | "not_found"
        self.import_error = ""
        self.import_memory = False
        self.calls: list[CallResult] = []
        self.memory_call: int | None = None
        self.done = False
        self.corrupt: str | None = None


def _parse_results(data: bytes, ncalls: int) -> _Parsed:
    parsed = _Parsed()
    lines = data.split(b"\n")
    # The last piece is empty when the stream ended on a newline; otherwise the
    # child died mid-line and that fragment is dropped.
    for line in lines[:-1]:
        try:
            record = json.loads(line)
        except (ValueError, RecursionError, UnicodeDecodeError):
            parsed.corrupt = "an unreadable result line"
            break
        if not isinstance(record, dict):
            parsed.corrupt = "a result line that is not an object"
            break
        kind = record.get("t")
        if kind == "setup" and parsed.setup is None and parsed.imported is None:
            parsed.setup = record
        elif kind == "setup_error":
            parsed.setup_error = _text(record.get("error"), "unknown error")
        elif kind == "import" and parsed.imported is None and parsed.setup is not None:
            status = record.get("status")
            if status not in ("ok", "error", "not_found"):
                parsed.corrupt = "an import record with an unknown status"
                break
            parsed.imported = status
            parsed.import_error = _text(record.get("error"))
            parsed.import_memory = record.get("memory") is True
        elif kind == "call" and parsed.imported == "ok" and not parsed.done:
            index = record.get("i")
            if type(index) is not int or index != len(parsed.calls) or index >= ncalls:
                parsed.corrupt = "a call record out of order"
                break
            status = record.get("status")
            if status == "ok":
                try:
                    value = _plain_value(record.get("value"))
                except ValueError as error:
                    parsed.calls.append(CallResult("bad_return", None, str(error)))
                except RecursionError:
                    parsed.calls.append(CallResult("bad_return", None, "returned lists nested too deeply"))
                else:
                    parsed.calls.append(CallResult("ok", value, None))
            elif status in ("error", "bad_return"):
                parsed.calls.append(CallResult(status, None, _text(record.get("error"), "unknown error")))
                if status == "error" and record.get("memory") is True and parsed.memory_call is None:
                    parsed.memory_call = index
            else:
                parsed.corrupt = "a call record with an unknown status"
                break
        elif kind == "done" and parsed.imported == "ok" and len(parsed.calls) == ncalls:
            parsed.done = True
        else:
            parsed.corrupt = f"an unexpected result record {str(kind)[:20]!r}"
            break
    return parsed


def _render_stdout(output: bytes, total: int, keep: int) -> str:
    text = output[:keep].decode("utf-8", errors="replace")
    if total > keep:
        text += _TRUNCATED
    return text


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _megabytes(count: int) -> str:
    return f"{count / (1 << 20):.0f} MB" if count >= 1 << 20 else f"{count:,} bytes"


def interpret(job: Job, facts: dict, output: bytes, results: bytes) -> ExecResult:
    """Turn the worker's facts plus the child's raw output and result bytes into an ExecResult."""
    limits: Limits = job.limits
    ncalls = len(job.calls)
    parsed = _parse_results(results, ncalls)
    calls = tuple(parsed.calls)
    stdout = _render_stdout(output, int(facts.get("output_total", len(output)) or 0), limits.output_bytes)
    job_dir = facts.get("job_dir")
    if job_dir:
        # In audit mode the files live in a random folder; say /submission, as namespaces
        # mode does, so that the same code gives the same report in either mode.
        stdout = stdout.replace(job_dir, "/submission")
        calls = tuple(replace(c, error=c.error.replace(job_dir, "/submission")) if c.error else c for c in calls)
    seconds = float(facts.get("wall", 0.0) or 0.0)
    killed_by = facts.get("killed_by")
    sig = facts.get("signal")
    code = facts.get("exit_code")
    cpu = float(facts.get("cpu", 0.0) or 0.0)
    cpu_limit = max(1, math.ceil(limits.cpu_seconds))
    function = f"{job.function}()"

    if parsed.imported is None:
        where = f"while importing {job.module}" if parsed.setup is not None else "before the code started"
    elif parsed.imported == "ok" and not parsed.done:
        where = f"during call {len(calls) + 1} of {ncalls}" if len(calls) < ncalls else "after the last call"
    else:
        where = ""
    where_ = f" {where}" if where else ""

    mode = facts.get("mode")
    isolation = f"{mode}{'+seccomp' if facts.get('seccomp') else ''}" if mode in ("namespaces", "audit") else ""

    def result(status: str, detail: str) -> ExecResult:
        return ExecResult(status=status, calls=calls, stdout=stdout, detail=detail, seconds=seconds,
                          isolation=isolation)

    if parsed.corrupt is not None:
        return result("crashed", f"the sandbox's result channel was corrupted ({parsed.corrupt}); "
                      "the code wrote to a file descriptor it does not own")
    if parsed.done:
        # Every call finished; how the process ended afterwards does not matter.
        if parsed.memory_call is not None:
            return result("memory", f"exceeded {limits.memory_mb} MB in call {parsed.memory_call + 1} "
                          f"of {ncalls} (MemoryError)")
        raised = sum(1 for call in calls if call.status == "error")
        bad = sum(1 for call in calls if call.status == "bad_return")
        extra = "".join(
            [f"; {raised} raised" if raised else "", f"; {bad} returned something other than numbers" if bad else ""]
        )
        return result("ok", f"ran {ncalls} call(s) of {function} in {seconds:.2f} s{extra}")
    if killed_by == "wall":
        return result("timeout", f"killed after {limits.wall_seconds:g} s wall time{where_}")
    if killed_by == "output":
        kill_after = max(limits.output_bytes * _wire.OUTPUT_KILL_FACTOR, 1 << 20)
        return result("output_limit", f"printed more than {_megabytes(kill_after)}; stopped{where_}")
    if killed_by == "results":
        return result("output_limit", f"sent back more than {_megabytes(_wire.MAX_RESULT_BYTES)} of results; stopped")
    if sig == signal.SIGXCPU or (sig == signal.SIGKILL and cpu >= cpu_limit - 0.05):
        return result("timeout", f"killed after {cpu_limit} s CPU time{where_}")
    if sig == signal.SIGXFSZ:
        return result("output_limit", f"wrote a file larger than {limits.file_size_mb} MB{where_}")
    if parsed.setup_error is not None and parsed.imported is None:
        return result("crashed", f"the sandbox could not set up the job: {parsed.setup_error}")
    if parsed.import_memory:
        return result("memory", f"exceeded {limits.memory_mb} MB while importing {job.module}")
    if parsed.imported == "error":
        return result("import_error", f"importing {job.module} raised {parsed.import_error}")
    if parsed.imported == "not_found":
        return result("not_found", parsed.import_error or f"{job.module} defines no function {function}")
    if parsed.memory_call is not None:
        return result("memory", f"exceeded {limits.memory_mb} MB in call {parsed.memory_call + 1} "
                      f"of {ncalls} (MemoryError), then stopped")
    if sig is not None:
        hint = " (out of memory?)" if sig == signal.SIGKILL else ""
        return result("crashed", f"killed by {_signal_name(sig)}{hint}{where_}")
    if code == _wire.EXIT_RESULT_CHANNEL:
        return result("crashed", f"the code closed the sandbox's result channel{where_}")
    if code == _wire.EXIT_SETUP_FAILED and parsed.setup is None:
        return result("crashed", "the sandbox could not set up the job")
    return result("crashed", f"exited with status {code} via os._exit or similar{where_}")
