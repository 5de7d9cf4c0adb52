"""Run the gradings of a batch: in this process, on local worker processes, or on a Dask cluster.

Every way gives each submission entry the same ``StudentResult``, so results.json is the
same byte for byte whichever way it was made. The ways differ only in where
``pipeline.grade_path`` runs:

``serial``  this process, one entry after another (``jobs=1``).
``local``   a pool of worker processes on this machine (``jobs=N``). Workers are forked
            from this process after the spec and the reference are loaded, so each
            starts in milliseconds with sympy already imported; each starts its own
            sandbox for code parts, lazily, and stops it when it ends. A worker that
            dies (a segfault, the out-of-memory killer) costs only the entries it held:
            they are graded again one at a time, and the one that kills its worker
            again becomes an ``error`` result. The batch goes on.
``dask``    the tasks of an existing ``dask.distributed`` cluster (``scheduler=ADDRESS``).
            Nothing is assumed shared with the workers but the installed grader: each
            task carries its submission's bytes, the spec and the reference module's
            source travel once, and student code runs in a sandbox on the worker.

Results stream back as ``(index, result)`` pairs in the order they finish, so a caller
can record each one as soon as it exists (``grader.gradebook``). What travels between
processes is our own ``StudentResult`` (pickled by ``multiprocessing`` or Dask between
grader processes); student code runs one process further down, in the sandbox, and
never writes to that channel.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import sys
import tempfile
import threading
import warnings
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator, Sequence

from .errors import SchedulerError
from .ingest import DEFAULT_MAX_FILE_BYTES, submission_id
from .models import StudentResult
from .pipeline import Context, error_result, grade_path
from .reference import Reference, load_reference
from .sandbox import ProcessRunner, Runner
from .spec import Spec

#: Entries a local pool sends a worker at once, at most (fewer for small batches).
MAX_CHUNK = 8
#: Chunks in flight per worker: enough to keep every worker busy, few enough that memory
#: and the work lost to a dying worker stay small whatever the size of the batch.
IN_FLIGHT_PER_WORKER = 4


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Setup:
    """What grading needs besides the entries: small, picklable, the same on every worker."""

    spec: Spec
    run_code: bool = True
    """Run code parts in the sandbox; without it they are marked as not run."""
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    """Files larger than this are refused."""

    @property
    def needs_runner(self) -> bool:
        """Whether grading starts a sandbox: code is run and the spec has code parts."""
        return self.run_code and any(p.kind == "code" for p in self.spec.parts)


def new_context(setup: Setup, reference: Reference | None, runner: Runner | None = None) -> Context:
    """A grading context; a ``ProcessRunner`` (started on first use) when code is run and none is given."""
    if setup.needs_runner and runner is None:
        runner = ProcessRunner()
    return Context(setup.spec, reference, runner if setup.run_code else None, setup.max_file_bytes)


def close_context(ctx: Context) -> None:
    """Stop the context's sandbox, if it started one."""
    close = getattr(ctx.runner, "close", None)
    if callable(close):
        close()


def grade_entries(entries: Sequence[Path], setup: Setup, reference: Reference | None, *,
                  jobs: int = 1, scheduler: str | None = None,
                  runner: Runner | None = None) -> Iterator[tuple[int, StudentResult]]:
    """Grade ``entries``; yield ``(index into entries, result)`` as each one is done.

    ``jobs`` local processes (1: this process), or the Dask cluster at ``scheduler``.
    ``runner`` is used by the serial way only (tests pass a ``FakeRunner``). Workers are
    started before this returns, so a progress bar's thread starts after any fork.
    """
    if scheduler:
        return _dask(entries, setup, scheduler)
    jobs = max(1, min(jobs, len(entries)))
    if jobs == 1:
        return _serial(entries, setup, reference, runner)
    return _LocalPool(entries, setup, reference, jobs).results()


def _serial(entries: Sequence[Path], setup: Setup, reference: Reference | None,
            runner: Runner | None) -> Iterator[tuple[int, StudentResult]]:
    ctx = new_context(setup, reference, runner)
    try:
        for i, entry in enumerate(entries):
            yield i, grade_path(entry, ctx)
    finally:
        if runner is None:
            close_context(ctx)


# --- local worker processes --------------------------------------------------------------

#: The grading context of this worker process (set by ``_worker_start``).
_WORKER_CONTEXT: Context | None = None

_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: a worker is killed when the grader is, instead of living on as an orphan."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - best effort
        pass


def _worker_start(setup: Setup, reference: Reference | None, parent: int) -> None:
    """Initializer of a pool worker: its own context and sandbox, stopped when it ends."""
    global _WORKER_CONTEXT
    _die_with_parent()
    if os.getppid() != parent:  # the grader died before this worker armed the signal
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the grader's to handle
    # Forked while another thread (a progress bar) may have held the standard streams' locks:
    # never touch the inherited stream objects, use new ones on the same descriptors.
    sys.stdout = open(os.dup(1), "w", buffering=1, encoding="utf-8", errors="replace")
    sys.stderr = open(os.dup(2), "w", buffering=1, encoding="utf-8", errors="replace")
    if reference is None and setup.spec.reference is not None:  # not forked: load it here
        reference = load_reference(setup.spec)
    _WORKER_CONTEXT = new_context(setup, reference)
    # Pool workers leave through os._exit, which skips atexit: stop the sandbox here.
    multiprocessing.util.Finalize(None, close_context, args=(_WORKER_CONTEXT,), exitpriority=10)


def _grade_chunk(chunk: list[tuple[int, str]]) -> list[tuple[int, StudentResult]]:
    assert _WORKER_CONTEXT is not None, "the pool's initializer did not run"
    return [(i, grade_path(Path(entry), _WORKER_CONTEXT)) for i, entry in chunk]


def _start_method() -> str:
    # fork: workers share the loaded spec, reference and imports (a worker starts in
    # milliseconds instead of a second of imports). Elsewhere: spawn, and each worker
    # loads them itself.
    return "fork" if sys.platform.startswith("linux") else "spawn"


class _LocalPool:
    """``jobs`` worker processes grading chunks of entries; a dead worker costs only its entries."""

    def __init__(self, entries: Sequence[Path], setup: Setup, reference: Reference | None, jobs: int):
        self.setup, self.reference, self.jobs = setup, reference, jobs
        size = max(1, min(MAX_CHUNK, len(entries) // (jobs * 8)))
        items = [(i, str(e)) for i, e in enumerate(entries)]
        self.pending = deque(items[k:k + size] for k in range(0, len(items), size))
        self.suspects: deque[tuple[int, str]] = deque()
        self.pool = self._new_pool()
        self.running: dict[Future, list[tuple[int, str]]] = {}
        self.solo = False
        self._fill()  # forks the workers now, before the caller starts any thread

    def _new_pool(self) -> ProcessPoolExecutor:
        method = _start_method()
        reference = self.reference if method == "fork" else None
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context(method),
                                   initializer=_worker_start, initargs=(self.setup, reference, os.getpid()))

    def _submit(self, chunk: list[tuple[int, str]]) -> None:
        with warnings.catch_warnings():
            # Python 3.12+ warns of fork() beside running threads; a worker uses none of their
            # locks (see _worker_start), so the warning would only alarm a TA.
            warnings.filterwarnings("ignore", category=DeprecationWarning, message=".*fork.*")
            self.running[self.pool.submit(_grade_chunk, chunk)] = chunk

    def _fill(self) -> None:
        if self.suspects:  # after a worker died: the entries it may have held, one at a time
            if not self.running:
                self._submit([self.suspects.popleft()])
                self.solo = True
            return
        self.solo = False
        while self.pending and len(self.running) < self.jobs * IN_FLIGHT_PER_WORKER:
            self._submit(self.pending.popleft())

    def results(self) -> Iterator[tuple[int, StudentResult]]:
        try:
            while self.running:
                done, _ = wait(list(self.running), return_when=FIRST_COMPLETED)
                if any(isinstance(f.exception(), BrokenProcessPool) for f in done):
                    yield from self._recover()
                else:
                    for future in done:
                        chunk = self.running.pop(future)
                        try:
                            yield from future.result()
                        except Exception as exc:  # a result that could not come back: a bug of ours
                            for i, entry in chunk:
                                yield i, error_result(submission_id(Path(entry)), self.setup.spec,
                                                      f"internal error while grading ({type(exc).__name__}: "
                                                      f"{exc}); please report it")
                self._fill()
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _recover(self) -> Iterator[tuple[int, StudentResult]]:
        """A worker died and took the pool with it: keep what finished, grade the rest again alone."""
        solo, lost = self.solo, []
        for future, chunk in self.running.items():
            if future.done() and not future.cancelled() and future.exception() is None:
                yield from future.result()
            else:
                lost.extend(chunk)
        self.running.clear()
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new_pool()
        if solo and len(lost) == 1:  # it was graded alone and killed its worker: this is the entry
            i, entry = lost[0]
            yield i, error_result(submission_id(Path(entry)), self.setup.spec,
                                  "grading this submission stopped the grader's worker process (a crash, or the "
                                  "memory limit); a person should look at it")
        else:
            self.suspects.extend(sorted(lost))


# --- Dask ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Bundle:
    """One submission entry as bytes, for a worker that cannot see this machine's files."""

    name: str
    """The entry's name (``alice.md`` or the folder ``alice``): the student id comes from it."""
    folder: bool
    files: tuple[tuple[str, bytes | int], ...]
    """(path relative to the entry, bytes); a file over the size limit travels as its size only."""


def _entry_files(entry: Path) -> tuple[list[Path], Path]:
    """The files of an entry as ingest finds them (regular files, hidden ones too), and their root."""
    if entry.is_dir():
        return sorted((p for p in entry.rglob("*") if p.is_file()),
                      key=lambda p: p.relative_to(entry).as_posix()), entry
    return ([entry] if entry.is_file() else []), entry.parent


def entry_digest(entry: Path, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> str:
    """A hash of everything in an entry that its grade depends on: names, and bytes or (too large) size."""
    digest = hashlib.sha256(b"folder" if entry.is_dir() else b"file")
    paths, root = _entry_files(entry)
    for path in paths:
        digest.update(b"\0" + path.relative_to(root).as_posix().encode("utf-8", "surrogateescape") + b"\0")
        try:
            size = path.stat().st_size
            if size > max_file_bytes:
                digest.update(f"over the limit: {size}".encode())
                continue
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
        except OSError as exc:
            digest.update(f"unreadable: {exc.errno}".encode())
    return digest.hexdigest()


def bundle_entry(entry: Path, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Bundle:
    """The entry's files as bytes (a file over the size limit as its size only)."""
    paths, root = _entry_files(entry)
    files: list[tuple[str, bytes | int]] = []
    for path in paths:
        rel = path.relative_to(root).as_posix()
        try:
            size = path.stat().st_size
            files.append((rel, size if size > max_file_bytes else path.read_bytes()))
        except OSError:
            continue  # unreadable here: the worker sees it missing (ingest would report it unreadable)
    return Bundle(entry.name, entry.is_dir(), tuple(files))


def unpack_bundle(bundle: Bundle, folder: Path) -> Path:
    """Write ``bundle`` under ``folder``; return the entry's path there."""
    target = folder / bundle.name
    root = target if bundle.folder else folder
    if bundle.folder:
        target.mkdir()
    for rel, data in bundle.files:
        path = root / rel
        if not path.resolve().is_relative_to(root.resolve()):  # a name like ../x never leaves the folder
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as fh:
            if isinstance(data, int):
                fh.truncate(data)  # a sparse file of the same size: ingest refuses it by its size
            else:
                fh.write(data)
    return target


@dataclass(frozen=True)
class _Shipment:
    """The setup as a Dask worker needs it: the reference travels as source, not as a path."""

    setup: Setup
    reference_name: str | None
    reference_source: bytes | None
    key: str


_DASK_LOCAL = threading.local()
_DASK_FOLDERS: dict[str, str] = {}
_DASK_LOCK = threading.Lock()


def _dask_context(shipment: _Shipment) -> Context:
    """This worker thread's context for the shipment (each thread has its own sandbox)."""
    contexts = getattr(_DASK_LOCAL, "contexts", None)
    if contexts is None:
        contexts = _DASK_LOCAL.contexts = {}
    if shipment.key not in contexts:
        spec, reference = shipment.setup.spec, None
        if shipment.reference_name is not None and shipment.reference_source is not None:
            with _DASK_LOCK:
                folder = _DASK_FOLDERS.get(shipment.key)
                if folder is None:
                    folder = _DASK_FOLDERS[shipment.key] = tempfile.mkdtemp(prefix="grader-reference-")
                    Path(folder, shipment.reference_name).write_bytes(shipment.reference_source)
            # The spec keeps its own paths for messages; only the module is read from the copy.
            reference = load_reference(replace(spec, reference=Path(folder, shipment.reference_name)))
        contexts[shipment.key] = new_context(shipment.setup, reference)
    return contexts[shipment.key]


def _dask_grade(bundle: Bundle, shipment: _Shipment) -> StudentResult:
    ctx = _dask_context(shipment)
    with tempfile.TemporaryDirectory(prefix="grader-entry-") as tmp:
        return grade_path(unpack_bundle(bundle, Path(tmp)), ctx)


def _dask_engine() -> str:
    from .gradebook import engine_hash  # the worker's own grader, to compare with ours

    return engine_hash()


def _dask(entries: Sequence[Path], setup: Setup, scheduler: str) -> Iterator[tuple[int, StudentResult]]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise SchedulerError(f"--scheduler {scheduler}: dask.distributed is not installed; "
                             f"install the extra: pip install 'grader[dask]'") from None
    from .gradebook import engine_hash

    try:
        client = Client(scheduler, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc}); "
                             f"check the address and that the cluster is running") from None
    return _dask_results(client, as_completed, entries, setup, engine_hash())


def _dask_results(client, as_completed, entries: Sequence[Path], setup: Setup,
                  engine: str) -> Iterator[tuple[int, StudentResult]]:
    try:
        theirs = client.run(_dask_engine)
        different = sorted(w for w, h in theirs.items() if h != engine)
        if not theirs:
            raise SchedulerError(f"the Dask cluster at {client.scheduler.address} has no workers; start some")
        if different:
            raise SchedulerError(f"Dask worker {different[0]} runs another version of grader; install this one "
                                 f"on every worker (pip install the same commit)")
        ref_path = setup.spec.reference
        source = Path(ref_path).read_bytes() if ref_path is not None else None
        key = hashlib.sha256(repr(setup).encode() + (source or b"")).hexdigest()[:16]
        shipment = client.scatter(_Shipment(setup, Path(ref_path).name if ref_path else None, source, key),
                                  broadcast=True, hash=False)
        window = max(8, 4 * sum(client.nthreads().values()))
        todo = iter(enumerate(entries))
        index: dict = {}

        def submit() -> bool:
            item = next(todo, None)
            if item is None:
                return False
            i, entry = item
            future = client.submit(_dask_grade, bundle_entry(entry, setup.max_file_bytes), shipment, pure=False,
                                   retries=1)
            index[future.key] = i
            running.add(future)
            return True

        running = as_completed()
        for _ in range(window):
            if not submit():
                break
        for future in running:
            i = index.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:  # the task failed on the worker (it died twice): a person looks
                result = error_result(submission_id(entries[i]), setup.spec,
                                      f"grading this submission failed on the Dask cluster ({type(exc).__name__}); "
                                      f"a person should look at it")
            future.release()
            yield i, result
            submit()
    finally:
        client.close()
