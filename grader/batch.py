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
            Workers share nothing with this machine but the installed grader: each task
            carries its submission's bytes (a class zip's members alone are read from the
            zip's path, which workers must see), the spec and the reference module's
            source travel once, and student code runs in a sandbox on the worker.

Results stream back as ``(index, result)`` pairs in the order they finish, so a caller
can record each one as soon as it exists (``grader.gradebook``). With ``finish`` (a
``student_outputs.Finisher``), what comes back is what it made of the result, made where
the result was: in the worker, so the grader's own process does no per-submission work a
worker can do (on Dask, here: a cluster's machines need not see the output folder). What travels between
processes is our own ``StudentResult`` (pickled by ``multiprocessing`` or Dask between
grader processes); student code runs one process further down, in the sandbox, and
never writes to that channel.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import multiprocessing
import os
import signal
import sys
import tempfile
import threading
import zipfile
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence, Union

from .errors import SchedulerError
from .gradebook import engine_hash
from .ingest import DEFAULT_MAX_FILE_BYTES, Entry, submission_id
from .ingest.limits import DEFAULT_LIMITS
from .models import StudentResult
from .pipeline import Context, error_result, grade_path
from .reference import Reference, load_reference
from .sandbox import ProcessRunner, Runner, SandboxStartError
from .spec import Spec

#: Entries a local pool sends a worker at once, at most (fewer for small batches and towards
#: the end of any batch: ``_chunks``). Each chunk's round trip through the pool costs the
#: grader's own process about 0.3 ms, whatever its size (three of its threads wake: the pool's
#: feeder and result threads and the one taking results in), so the fewer the better.
MAX_CHUNK = 64
#: ...and at least (but for the batch's last entries): the chunks of one entry that the end of a
#: batch was cut into were most of its round trips (1,000 entries took 61 round trips on two
#: workers, 40 of them for the last 256 entries; 273 on sixteen workers); a chunk of two costs
#: the others at most one entry's wait at the end.
MIN_CHUNK = 2
#: A chunk holds at most the entries left divided by this many times the workers: chunks
#: shrink as the batch ends, so no worker holds a long chunk while the others wait (with the
#: chunk it has waiting, a worker holds at most its share of what is left).
GUIDE = 2
#: Chunks in flight per worker: enough to keep every worker busy (one graded, one waiting),
#: few enough that memory and the work lost to a dying worker stay small whatever the size
#: of the batch: after a worker dies, the entries in flight (at most 128 per worker) are
#: graded again one at a time.
IN_FLIGHT_PER_WORKER = 2
#: The garbage collector's first threshold while a process grades (700 by default). Grading
#: makes many short-lived containers and few cycles, so the young passes collect almost nothing:
#: at 20,000 a worker grading a distinct class runs 0.5 % fewer instructions (Valgrind's count,
#: 99 students with their outputs). The older generations keep their thresholds: a cycle still goes.
GRADING_GC_THRESHOLD = 20_000
#: How long to try to reach a Dask scheduler before saying it cannot be reached.
SCHEDULER_TIMEOUT = "10s"

#: A submission entry as ingest lists it, or a plain file or folder.
EntryLike = Union[Entry, Path]
#: What becomes of each result where it was graded (``student_outputs.Finisher``).
Finish = Callable[[EntryLike, StudentResult], Any]


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


DEFAULT_READ_SECONDS = DEFAULT_LIMITS.max_seconds


@dataclass(frozen=True)
class Setup:
    """What grading needs besides the entries: small, picklable, the same on every worker."""

    spec: Spec
    run_code: bool = True
    """Run code parts in the sandbox; without it they are marked as not run."""
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    """Files larger than this are refused."""
    read_seconds: float = DEFAULT_READ_SECONDS
    """Longest time spent reading one submission."""
    isolation: str = "auto"
    """The sandbox's isolation (``ProcessRunner``'s): ``grade`` passes the mode it checked
    and announced, so no worker falls back to a weaker one on its own."""

    @property
    def needs_runner(self) -> bool:
        """Whether grading starts a sandbox: code is run and the spec has code parts."""
        return self.run_code and any(p.kind == "code" for p in self.spec.parts)


def new_context(setup: Setup, reference: Reference | None, runner: Runner | None = None,
                gate: "_Gate | None" = None) -> Context:
    """A grading context; a ``ProcessRunner`` (started on first use) when code is run and none is given,
    behind ``gate`` when one is given (it runs nothing before the gate opens)."""
    if setup.needs_runner and runner is None:
        runner = ProcessRunner(isolation=setup.isolation)
        if gate is not None:
            runner = _GatedRunner(runner, gate)
    return Context(setup.spec, reference, runner if setup.run_code else None, setup.max_file_bytes,
                   read_seconds=setup.read_seconds)


def close_context(ctx: Context) -> None:
    """Stop the context's sandbox, if it started one."""
    close = getattr(ctx.runner, "close", None)
    if callable(close):
        close()


def grade_entries(entries: Sequence[EntryLike], setup: Setup, reference: Reference | None, *,
                  jobs: int = 1, scheduler: str | None = None, runner: Runner | None = None,
                  finish: Finish | None = None, check: Callable[[], object] | None = None) -> Iterator[tuple[int, Any]]:
    """Grade ``entries``; yield ``(index into entries, result)`` as each one is done.

    ``jobs`` local processes (1: this process), or the Dask cluster at ``scheduler``.
    ``runner`` is used by the serial way only (tests pass a ``FakeRunner``). Local workers
    are forked before this returns. With ``finish``, each result is ``finish(entry, result)``,
    called in the worker that graded it.

    ``check`` (the sandbox's isolation, say) is called before this returns and before any student
    code runs or any result is finished or handed back; what it raises, this raises, and nothing is
    graded. On local workers it is called once they are forked and grading: each grades its first
    entries meanwhile, and waits for it before it runs code or finishes a result (its ``finish``
    writes the student's outputs); elsewhere it is called first.
    """
    jobs = max(1, min(jobs, len(entries)))
    if check is not None and (scheduler or jobs == 1):
        check()
        check = None
    if scheduler:
        stream = _dask(entries, setup, scheduler)
        return stream if finish is None else ((i, finish(entries[i], r)) for i, r in stream)
    if jobs == 1:
        return _serial(entries, setup, reference, runner, finish)
    return _LocalPool(entries, setup, reference, jobs, finish, check).results()


def _serial(entries: Sequence[EntryLike], setup: Setup, reference: Reference | None,
            runner: Runner | None, finish: Finish | None) -> Iterator[tuple[int, Any]]:
    ctx = new_context(setup, reference, runner)
    thresholds = gc.get_threshold()
    gc.set_threshold(GRADING_GC_THRESHOLD, *thresholds[1:])  # as a pool's worker grades
    try:
        for i, entry in enumerate(entries):
            result = grade_path(entry, ctx)
            yield i, result if finish is None else finish(entry, result)
    finally:
        gc.set_threshold(*thresholds)
        if runner is None:
            close_context(ctx)


# --- local worker processes --------------------------------------------------------------

#: The grading context of this worker process (set by ``_worker_start``).
_WORKER_CONTEXT: Context | None = None
#: What this worker makes of each result (``grade_entries``'s ``finish``).
_WORKER_FINISH: Finish | None = None
#: The batch's entries: a chunk sent to this worker is their indices (a forked worker has the
#: list already; the grader's process pickled every entry it sent, a few microseconds each).
_WORKER_ENTRIES: Sequence[EntryLike] = ()
#: The gate this worker waits at before it runs student code or finishes a result, until it opened
#: (``_pass_gate``); None once it has, or when the grader's process checks nothing while its workers grade.
_WORKER_GATE: "_Gate | None" = None


class _Gate:
    """Shut while the grader's process makes a check its workers must not act before (the sandbox's
    isolation): they grade meanwhile, but run no student code and finish or hand back no result.
    Opened once, passed or refused; refused, a worker raises where it would have acted."""

    def __init__(self, context) -> None:
        self._opened = context.Event()
        self._passed = context.Value("b", 0, lock=False)  # written once, before the event is set

    def open(self, passed: bool) -> None:
        self._passed.value = 1 if passed else -1
        self._opened.set()

    def wait(self) -> None:
        self._opened.wait()
        if self._passed.value != 1:
            raise SandboxStartError("the grader's check before student code runs did not pass")


class _GatedRunner:
    """A worker's sandbox that runs no job before the gate opens (``grade_entries``'s ``check``)."""

    def __init__(self, runner: Runner, gate: _Gate) -> None:
        self._runner, self._gate = runner, gate

    def run(self, job):
        self._gate.wait()  # an Event already set returns at once
        return self._runner.run(job)

    def close(self) -> None:
        close = getattr(self._runner, "close", None)
        if callable(close):
            close()


def _pass_gate() -> None:
    """Wait at this worker's gate, once: after it opened, nothing is checked again."""
    global _WORKER_GATE
    if _WORKER_GATE is not None:
        _WORKER_GATE.wait()
        _WORKER_GATE = None

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


def _worker_start(setup: Setup, reference: Reference | None, parent: int, finish: Finish | None = None,
                  entries: Sequence[EntryLike] = (), gate: _Gate | None = None) -> None:
    """Initializer of a pool worker: its own context and sandbox, stopped when it ends."""
    global _WORKER_CONTEXT, _WORKER_FINISH, _WORKER_ENTRIES, _WORKER_GATE
    _WORKER_FINISH, _WORKER_ENTRIES, _WORKER_GATE = finish, entries, gate
    _die_with_parent()
    if os.getppid() != parent:  # the grader died before this worker armed the signal
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the grader's to handle
    gc.set_threshold(GRADING_GC_THRESHOLD, *gc.get_threshold()[1:])
    # Forked while another thread (a progress bar) may have held the standard streams' locks:
    # never touch the inherited stream objects, use new ones on the same descriptors.
    sys.stdout = open(os.dup(1), "w", buffering=1, encoding="utf-8", errors="replace")
    sys.stderr = open(os.dup(2), "w", buffering=1, encoding="utf-8", errors="replace")
    if reference is None and setup.spec.reference is not None:  # not forked: load it here
        reference = load_reference(setup.spec)
    _WORKER_CONTEXT = new_context(setup, reference, gate=gate)
    # Pool workers leave through os._exit, which skips atexit: stop the sandbox here.
    multiprocessing.util.Finalize(None, close_context, args=(_WORKER_CONTEXT,), exitpriority=10)


def _grade_chunk(chunk: list[int]) -> list[tuple[int, Any]]:
    assert _WORKER_CONTEXT is not None, "the pool's initializer did not run"
    entries = _WORKER_ENTRIES
    if _WORKER_GATE is not None:  # the grader's check not yet known to have passed: grade, then wait for it
        graded = [(i, grade_path(entries[i], _WORKER_CONTEXT)) for i in chunk]
        _pass_gate()
        return graded if _WORKER_FINISH is None else [(i, _WORKER_FINISH(entries[i], r)) for i, r in graded]
    if _WORKER_FINISH is None:
        return [(i, grade_path(entries[i], _WORKER_CONTEXT)) for i in chunk]
    return [(i, _WORKER_FINISH(entries[i], grade_path(entries[i], _WORKER_CONTEXT))) for i in chunk]


def _start_method() -> str:
    # fork: workers share the loaded spec, reference and imports (a worker starts in
    # milliseconds instead of a second of imports). Elsewhere: spawn, and each worker
    # loads them itself.
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _chunks(items: list, jobs: int) -> list[list]:
    """``items`` cut into consecutive chunks, large while much is left and smaller towards the
    end (guided scheduling): few round trips, and the last chunks finish together."""
    chunks, k = [], 0
    while k < len(items):
        size = max(MIN_CHUNK, min(MAX_CHUNK, (len(items) - k) // (jobs * GUIDE)))
        chunks.append(items[k:k + size])
        k += size
    return chunks


class _LocalPool:
    """``jobs`` worker processes grading chunks of entries; a dead worker costs only its entries."""

    def __init__(self, entries: Sequence[EntryLike], setup: Setup, reference: Reference | None, jobs: int,
                 finish: Finish | None = None, check: Callable[[], object] | None = None):
        self.setup, self.reference, self.jobs, self.finish = setup, reference, jobs, finish
        self.entries = list(entries)
        self.pending = deque(_chunks(list(enumerate(self.entries)), jobs))
        self.suspects: deque[tuple[int, EntryLike]] = deque()
        gate = _Gate(multiprocessing.get_context(_start_method())) if check is not None else None
        self.gate: _Gate | None = gate  # what the workers of the pool made next wait at
        self.pool = self._new_pool()
        self.gate = None  # a pool made again (a worker died) starts after the check passed: no gate
        self.running: dict[Future, list[tuple[int, EntryLike]]] = {}
        self.solo = False
        self._fill()  # forks the workers now, not at the first result asked for
        if check is not None and gate is not None:
            self._checked(check, gate)

    def _new_pool(self) -> ProcessPoolExecutor:
        method = _start_method()
        reference = self.reference if method == "fork" else None
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context(method),
                                   initializer=_worker_start,
                                   initargs=(self.setup, reference, os.getpid(), self.finish, self.entries, self.gate))

    def _checked(self, check: Callable[[], object], gate: _Gate) -> None:
        """``check`` made here while the workers grade (the sandbox's start-up and probe, about 0.2 s
        before any worker forked, of which the grader's process waits most); the gate opened as it
        ends. What it raises stops the workers first."""
        try:
            check()
        except BaseException:
            gate.open(False)
            self.pool.shutdown(wait=True, cancel_futures=True)
            raise
        gate.open(True)

    def _submit(self, chunk: list[tuple[int, EntryLike]]) -> None:
        self.running[self.pool.submit(_grade_chunk, [i for i, _ in chunk])] = chunk

    def _fill(self) -> None:
        if self.suspects:  # after a worker died: the entries it may have held, one at a time
            if not self.running:
                self._submit([self.suspects.popleft()])
                self.solo = True
            return
        self.solo = False
        while self.pending and len(self.running) < self.jobs * IN_FLIGHT_PER_WORKER:
            self._submit(self.pending.popleft())

    def _failed(self, i: int, entry: EntryLike, message: str) -> tuple[int, Any]:
        """An entry whose worker could not hand a result back: an ``error`` result, made here."""
        result = error_result(submission_id(entry), self.setup.spec, message)
        return i, result if self.finish is None else self.finish(entry, result)

    def results(self) -> Iterator[tuple[int, Any]]:
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
                                yield self._failed(i, entry, f"internal error while grading ({type(exc).__name__}: "
                                                             f"{exc}); please report it")
                self._fill()
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _recover(self) -> Iterator[tuple[int, Any]]:
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
            yield self._failed(i, entry, "grading this submission stopped the grader's worker process (a crash, or "
                                         "the memory limit); a person should look at it")
        else:
            self.suspects.extend(sorted(lost, key=lambda item: item[0]))


# --- an entry's key, digest and bytes ------------------------------------------------------

def entry_key(entry: EntryLike) -> str:
    """The entry's name in its SUBMISSIONS folder: the same in every run (the gradebook's key).

    Names grouped under an id an id pattern gave carry that id too: another pattern, another key.
    """
    if isinstance(entry, Path):
        return _storable(entry.name)
    if not entry.names:
        return _storable(entry.location.name)  # the plain rule: the name alone gives the id
    where = f"{entry.location.name}:" if entry.in_archive else ""
    return _storable(f"{entry.student} <- {where}{'|'.join(entry.names)}")


def _storable(name: str) -> str:
    """A name as SQLite stores it: bytes that were not UTF-8 (lone surrogates) as ``\\xe9``
    escapes, so the key stays one per name; any other name as it is."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _tops(entry: EntryLike) -> tuple[Path, list[Path]]:
    """The folder names are taken relative to, and the paths that make up the entry."""
    if isinstance(entry, Path):
        return entry.parent, [entry]
    if not entry.names:
        return entry.location.parent, [entry.location]
    return entry.location.parent, [entry.location / name for name in entry.names]


def _walk(top: Path) -> Iterator[tuple[Path, str]]:
    """Everything under ``top`` in name order, links listed and never followed: (path, kind)."""
    stack = [top]
    while stack:
        path = stack.pop()
        if path.is_symlink():
            yield path, "link"
        elif path.is_file():
            yield path, "file"
        elif path.is_dir():
            yield path, "dir"
            try:
                children = sorted(path.iterdir(), key=lambda p: p.name, reverse=True)
            except OSError:
                children = []
            stack.extend(children)
        else:
            yield path, "other"  # missing, a socket, a device: nothing ingest reads


@functools.lru_cache(maxsize=8)
def _zip_index(path: str, mtime_ns: int, size: int) -> tuple[tuple[str, int, int, int], ...]:
    """A class zip's members as (name, CRC, size, attributes): read once, not once per student."""
    with zipfile.ZipFile(path) as archive:
        return tuple((i.filename, i.CRC, i.file_size, i.external_attr) for i in archive.infolist())


def entry_digest(entry: EntryLike, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> str:
    """A hash of everything an entry's grade depends on: names, kinds, bytes (a file too large: its size)."""
    digest = hashlib.sha256()
    if isinstance(entry, Entry) and entry.in_archive:
        try:
            stat = entry.location.stat()
            members = _zip_index(str(entry.location), stat.st_mtime_ns, stat.st_size)
        except (OSError, zipfile.BadZipFile) as exc:
            return hashlib.sha256(f"unreadable archive: {exc}".encode()).hexdigest()
        prefixes = tuple(n.rstrip("/") + "/" for n in entry.names)
        for name, crc, size, attributes in members:
            if name in entry.names or name.startswith(prefixes):
                digest.update(f"\0{name}\0{crc}\0{size}\0{attributes}".encode("utf-8", "surrogateescape"))
        return digest.hexdigest()
    base, tops = _tops(entry)
    for top in tops:
        for path, kind in _walk(top):
            digest.update(f"\0{kind}\0{path.relative_to(base).as_posix()}\0".encode("utf-8", "surrogateescape"))
            try:
                if kind == "link":
                    digest.update(os.readlink(path).encode("utf-8", "surrogateescape"))
                elif kind == "file":
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


@dataclass(frozen=True)
class Bundle:
    """One submission entry as bytes, for a worker that cannot see this machine's files."""

    entry: EntryLike
    """The entry as listed here; a worker reads it from its own copy of ``items``."""
    items: tuple[tuple[str, str, bytes | int | str | None], ...]
    """(path relative to the entry's folder, kind, payload): ``file`` and its bytes, ``big``
    and the size of a file over the limit (a sparse file of that size is refused by its
    size alike), ``link`` and its target (recreated, never followed), ``dir``."""
    shared: bool = False
    """A member of a class zip: the worker reads the zip from the same path (a shared
    file system), as shipping a class archive to every task would cost more than it saves."""


def bundle_entry(entry: EntryLike, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Bundle:
    """The entry's files as bytes, links as their targets, folders as names."""
    if isinstance(entry, Entry) and entry.in_archive:
        return Bundle(entry, (), shared=True)
    base, tops = _tops(entry)
    items: list[tuple[str, str, bytes | int | str | None]] = []
    for top in tops:
        for path, kind in _walk(top):
            rel = path.relative_to(base).as_posix()
            try:
                if kind == "link":
                    items.append((rel, "link", os.readlink(path)))
                elif kind == "dir":
                    items.append((rel, "dir", None))
                elif kind == "file":
                    size = path.stat().st_size
                    items.append((rel, "big", size) if size > max_file_bytes else (rel, "file", path.read_bytes()))
            except OSError:
                continue  # unreadable here: missing there (ingest reports what it cannot read)
    return Bundle(entry, tuple(items))


def unpack_bundle(bundle: Bundle, folder: Path) -> EntryLike:
    """Recreate ``bundle`` under ``folder``; return the entry as it is there."""
    if bundle.shared:
        return bundle.entry
    root = folder.resolve()
    for rel, kind, payload in bundle.items:
        path = folder / rel
        if ".." in Path(rel).parts or Path(rel).is_absolute() or not path.parent.resolve().is_relative_to(root):
            continue  # names come from relative_to() here; this only guards a bundle made elsewhere
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "dir":
            path.mkdir(exist_ok=True)
        elif kind == "link" and isinstance(payload, str):
            os.symlink(payload, path)
        elif kind == "big" and isinstance(payload, int):
            with open(path, "wb") as fh:
                fh.truncate(payload)
        elif kind == "file" and isinstance(payload, bytes):
            path.write_bytes(payload)
    entry = bundle.entry
    if isinstance(entry, Path):
        return folder / entry.name
    return replace(entry, location=folder / entry.location.name)


# --- Dask ----------------------------------------------------------------------------------

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
    return engine_hash()  # run on each worker: its own grader's, to compare with ours


def _dask(entries: Sequence[EntryLike], setup: Setup, scheduler: str) -> Iterator[tuple[int, StudentResult]]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise SchedulerError(f"--scheduler {scheduler}: dask.distributed is not installed; "
                             f"install the extra: pip install 'grader[dask]'") from None
    try:
        client = Client(scheduler, timeout=SCHEDULER_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc}); "
                             f"check the address and that the cluster is running") from None
    return _dask_results(client, as_completed, entries, setup, engine_hash())


def _dask_results(client, as_completed, entries: Sequence[EntryLike], setup: Setup,
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
        # A bounded window of tasks in flight: the bytes of a 10,000-student class are never all in memory.
        window = max(8, 4 * sum(client.nthreads().values()))
        todo = iter(enumerate(entries))
        index: dict = {}

        def submit():
            item = next(todo, None)
            if item is None:
                return None
            i, entry = item
            future = client.submit(_dask_grade, bundle_entry(entry, setup.max_file_bytes), shipment, pure=False,
                                   retries=1)
            index[future.key] = i
            return future

        first = [f for f in (submit() for _ in range(window)) if f is not None]
        running = as_completed(first, loop=client.loop)
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
            following = submit()
            if following is not None:
                running.add(following)
    finally:
        client.close()
