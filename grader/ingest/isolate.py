"""Run a parser of hostile bytes in a forked child, under a time and a memory limit.

A PDF is a program-like format: a crafted one can make a pure-Python reader loop for
minutes or allocate gigabytes. On Linux the reader runs in a ``fork`` of the grader
(cheap: the parser is already imported, nothing is started afresh) with an address-space
limit; it is killed when the time is up. Where other threads run (a Dask worker), a fork
would copy their locks held: the child comes from multiprocessing's fork server instead
(slower to start, one thread). Its answer comes back as JSON through a pipe, never as a
pickle. Elsewhere the function runs in this process, and the caller's own
deadline checks are the only bound.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import threading
import time
import warnings
from typing import Any, Callable

#: Largest answer a child may send back (the text of a few hundred pages is far less).
MAX_ANSWER_BYTES = 64_000_000


class ChildFailed(Exception):
    """The child died without an answer (a crash, the memory limit); ``str()`` says how."""


class ChildTimedOut(Exception):
    """The child was still working when the time was up, and was killed."""


class ChildRaised(Exception):
    """The function raised in the child; ``kind`` is the exception's class name."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def can_fork() -> bool:
    """Whether functions are isolated in a child here (Linux with ``os.fork``)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def run_isolated(function: Callable[..., Any], *args: Any, seconds: float, memory_bytes: int) -> Any:
    """``function(*args)`` in a forked child; its JSON-able result, or an exception.

    Raises ``ChildTimedOut`` after ``seconds``, ``ChildRaised`` when the function raised,
    ``ChildFailed`` when the child died without answering. Without ``fork`` the function
    runs here, and what it raises is re-raised as ``ChildRaised`` all the same.
    """
    if not can_fork():
        try:  # through JSON as from a child, so that both ways give the same values
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # the file's problems are not lines on the grader's stderr
                return json.loads(json.dumps(function(*args)))
        except Exception as exc:  # the same contract as the child's: a failure is data
            raise ChildRaised(type(exc).__name__, str(exc)) from None
    if threading.active_count() > 1:
        # Other threads run here (a Dask worker's): a fork would copy their locks held.
        # A process from multiprocessing's fork server (itself one thread) instead.
        data, wait_status = _run_from_server(function, args, seconds, memory_bytes)
    else:
        data, wait_status = _run_forked(function, args, seconds, memory_bytes)
    status, value = _answer(data, wait_status)
    if status == "ok":
        return value
    raise ChildRaised(value.get("kind", "Exception"), value.get("message", ""))


def _run_forked(function: Callable[..., Any], args: tuple, seconds: float, memory_bytes: int) -> tuple[bytes, int]:
    """The child's answer and wait status, the child a fork of this (single-threaded) process."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(write_end, function, args, seconds, memory_bytes)
    os.close(write_end)
    try:
        data = _collect(read_end, seconds)
    except BaseException:  # time is up, too much output, Ctrl-C: the child must not outlive it
        _kill(pid)
        raise
    finally:
        os.close(read_end)
    _, wait_status = os.waitpid(pid, 0)
    return data, wait_status


def _run_from_server(function: Callable[..., Any], args: tuple, seconds: float,
                     memory_bytes: int) -> tuple[bytes, int]:
    """The same, the child started by multiprocessing's fork server (``function`` must be
    a module-level function: it travels by name)."""
    import multiprocessing

    reader, writer = multiprocessing.get_context("forkserver").Pipe(duplex=False)
    process = multiprocessing.get_context("forkserver").Process(
        target=_served_child, args=(writer, function, args, seconds, memory_bytes), daemon=True)
    process.start()
    writer.close()
    try:
        data = _collect(reader.fileno(), seconds)
    except BaseException:
        process.kill()
        process.join()
        raise
    finally:
        reader.close()
    process.join()
    code = process.exitcode if process.exitcode is not None else 1
    # A wait status as os.waitpid gives it: killed by a signal (negative exit code) or exited.
    return data, (-code & 0x7F) if code < 0 else (code & 0xFF) << 8


def _served_child(writer: Any, function: Callable[..., Any], args: tuple, seconds: float,
                  memory_bytes: int) -> None:
    _child(writer.fileno(), function, args, seconds, memory_bytes)


def _child(fd: int, function: Callable[..., Any], args: tuple, seconds: float, memory_bytes: int) -> None:
    code = 0
    try:
        # Fresh streams: a lock on the parent's stderr (a progress bar's thread) was copied held.
        sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")
        warnings.simplefilter("ignore")
        _limit(seconds, memory_bytes)
        try:
            payload = json.dumps(["ok", function(*args)], ensure_ascii=False)
        except MemoryError:
            payload = json.dumps(["error", {"kind": "MemoryError", "message": "over the memory limit"}])
        except BaseException as exc:  # everything the parser raises is reported, never shown as a traceback
            payload = json.dumps(["error", {"kind": type(exc).__name__, "message": str(exc)[:500]}])
        data = payload.encode("utf-8")
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except BaseException:
        code = 1
    finally:
        os._exit(code)  # no atexit handlers, no buffers of the parent flushed twice


def _limit(seconds: float, memory_bytes: int) -> None:
    import resource

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        current = 0
    # The fork already maps everything the grader had: the limit is what it may add.
    resource.setrlimit(resource.RLIMIT_AS, (current + memory_bytes, resource.RLIM_INFINITY))
    cpu = max(1, int(seconds) + 1)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))


def _collect(fd: int, seconds: float) -> bytes:
    """Everything the child writes until it closes the pipe; raises when time is up."""
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    size = 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise ChildTimedOut(f"still reading after {seconds:g} s")
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise ChildFailed("the reader produced more text than any submission holds")


def _answer(data: bytes, status: int) -> tuple[str, Any]:
    if not data:
        if os.WIFSIGNALED(status):
            name = signal.Signals(os.WTERMSIG(status)).name
            raise ChildFailed(f"the reader was stopped ({name}: a limit of time or memory)")
        raise ChildFailed("the reader stopped without an answer")
    try:
        answer = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ChildFailed("the reader's answer was cut short") from None
    if not (isinstance(answer, list) and len(answer) == 2 and answer[0] in ("ok", "error")):
        raise ChildFailed("the reader's answer was not understood")
    return answer[0], answer[1]


def _kill(pid: int) -> None:
    """Kill and reap a child that has not been reaped yet."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:  # it has just exited: waitpid still reaps it
        pass
    os.waitpid(pid, 0)
