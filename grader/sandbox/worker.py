"""The sandbox worker: a pre-started process that forks one child per job.

``ProcessRunner`` starts this file as a script, ``python -I -B worker.py``, with a
scrubbed environment. The worker imports numpy (and a list of common standard
modules) once, forgets every site-packages path and third-party import hook,
then waits for jobs on its stdin. For each job it forks a child; the child locks
itself in (``_child``), imports the student's module and runs the calls, writing
one JSON line per event to a result pipe. The worker relays the child's output
and result bytes to the parent *undecoded*; the parent decodes and validates
them. Nothing that comes from a child is unpickled, evaluated or trusted.

Isolation, chosen when the worker starts (``--isolation auto`` runs a probe job
and takes the first mode that works):

``namespaces`` (chosen on this project's machine and CI, which run as root)
    The child unshares a user, mount, network, IPC and UTS namespace. Its
    filesystem becomes a fresh tmpfs (pivot_root; the host tree is detached)
    holding only: /submission (the job's files, its working directory), an empty
    /tmp, and read-only binds of the Python standard library (with its own
    site-packages hidden), the numpy package and its bundled libraries, the
    system library folders (/usr/lib, /lib, ...) and /dev/null, /dev/zero,
    /dev/random, /dev/urandom. The grader, the reference solution, the spec,
    other submissions, /proc, /etc and /home do not exist for it. The network
    namespace has only a loopback that is down. Inside, the child is uid 0 of its
    own namespace with every capability dropped (bounding set, ambient, effective,
    permitted) and no_new_privs set; outside, that uid is a fresh unprivileged
    one (200000 + pid) when the worker runs as root, so the kernel refuses it
    signals to the grader, RLIMIT_NPROC applies to it, and host files are only
    reachable through the read-only binds.
``audit`` (fallback where namespaces are refused: user namespaces disabled, seccomp)
    The child runs in a fresh folder (mode 0700, removed after the job), as a
    fresh unprivileged uid when the worker is root, with only the audit hook
    between it and world-readable files.

In both modes: its own session and process group, resource limits (CPU,
address space, file size, processes, open files, no core dumps), an environment
of five variables, stdout/stderr into a pipe the worker drains with a bound, a
wall-clock deadline, PR_SET_PDEATHSIG, and after every job all processes the job
left behind are killed -- the worker is a child subreaper, so orphans re-parent
to it and a setsid()/double fork cannot escape the sweep. Also in both modes, a
PEP 578 audit hook installed before the student's module is imported refuses:
opening files outside the job folder and the Python/numpy install, listing or
changing into other folders, symlinks and hard links, subprocess/os.system/
exec/spawn/fork (fork is allowed when ``processes`` > 0), signals to other
processes, sockets and other network modules, ctypes, gc.get_objects & co,
setrlimit, and importing ``grader`` and ``reference``.

What it does not stop, honestly:

* The audit hook is not a security boundary (PEP 578 says so). Its own state
  is out of reach (one flat function of immutable defaults: nothing in the
  frame a refused call leaves in the traceback can be rebound), but code that
  can corrupt memory in its own process -- a numpy array over a raw address built
  with ``__array_interface__``, or ctypes function pointers that numpy has
  already created (calling them raises no audit event) -- can switch the hook
  off. Against that only the kernel layers hold. In ``namespaces`` mode they
  are enough: nothing secret is mounted, the uid can signal no one, and the
  tests run the same attacks with the hook removed. In ``audit`` mode they are
  not: a submission that first defeats the hook can read world-readable files
  (the reference included) -- use ``namespaces`` where possible.
* When the worker is not root, the job's uid outside the namespace is the
  grader's own, and there is no PID namespace: what keeps a submission that
  defeats the hook from signalling the grader's other processes is the seccomp
  filter (both modes, inherited by all the job starts): pidfd_open,
  pidfd_send_signal, pidfd_getfd, ptrace, process_vm_readv/writev, kcmp and
  process_madvise are refused, and kill/tkill/tgkill/rt_*sigqueueinfo reach only
  the job itself (its pid, its process group). tests/sandbox/
  test_sandbox_other_processes.py runs those attacks as root and as nobody. On a
  machine whose system call numbers are not known here (not x86_64 or aarch64),
  or whose kernel has no seccomp, there is no filter, and the worker's ``ready``
  message and every result say so (``isolation`` without ``+seccomp``).
* In ``audit`` mode disk use is bounded per file (``file_size_mb``) and by the
  time limits only, not in total; in ``namespaces`` mode by the tmpfs size
  (the files plus 64 MB).
* In ``audit`` mode as root, a standard-library module that the worker did not
  preload cannot be imported if the interpreter lives in a private folder
  (e.g. /root/.pyenv, mode 0700): the job's uid cannot read it. Common modules
  are preloaded.
* The student's code can forge its own result lines (it shares the process
  with the code that writes them). That is self-harm only: it cannot learn the
  reference values, and the parent validates every line like any other.
* CPU time is counted in whole seconds (RLIMIT_CPU); the wall-clock deadline
  is exact to a few milliseconds.

This module is also imported by the parent for the wire protocol and the value
conversion; at import time it uses only the standard library.
"""

from __future__ import annotations

import json
import os
import resource
import select
import signal
import struct
import sys
import time

# ---------------------------------------------------------------------------
# Constants shared with the parent
# ---------------------------------------------------------------------------

PROTOCOL_VERSION = 1
#: Largest number of numbers in one returned value.
MAX_ELEMENTS = 1_000_000
#: Deepest nesting of lists in one returned value.
MAX_DEPTH = 32
#: Output beyond ``output_bytes * OUTPUT_KILL_FACTOR`` (at least 1 MiB) stops the job.
OUTPUT_KILL_FACTOR = 256
#: Result bytes (JSON) one job may send back.
MAX_RESULT_BYTES = 64 << 20
#: Largest error message kept for one call.
MAX_ERROR_CHARS = 500
#: The child's fd for result lines (inherited; the student's code may find it, but
#: can only forge its own results, which the parent validates like any other).
RESULT_FD = 3
#: Child exit codes the worker itself uses.
EXIT_SETUP_FAILED = 70
EXIT_RESULT_CHANNEL = 71
#: Unprivileged uid/gid of a job's child when the worker is root: UID_BASE + pid.
UID_BASE = 200_000
#: The job's working directory in ``namespaces`` mode.
NS_JOB_DIR = "/submission"
#: Imports refused in the child (top-level names).
BLOCKED_IMPORTS = frozenset(
    {
        "grader",
        "reference",
        "ctypes",
        "_ctypes",
        "subprocess",
        "_posixsubprocess",
        "socket",
        "_socket",
        "ssl",
        "_ssl",
        "multiprocessing",
        "_multiprocessing",
        "pty",
        "sqlite3",
        "_sqlite3",
    }
)
#: Audit events refused outright (exact names) and by prefix.
BLOCKED_EVENTS = frozenset(
    {
        "os.system",
        "os.exec",
        "os.posix_spawn",
        "os.spawn",
        "os.forkpty",
        "os.startfile",
        "os.killpg",
        "os.symlink",
        "os.link",
        "os.chroot",
        "os.mknod",
        "os.mkfifo",
        "subprocess.Popen",
        "pty.spawn",
        "gc.get_objects",
        "gc.get_referrers",
        "gc.get_referents",
        "sys.remote_exec",
    }
)
BLOCKED_EVENT_PREFIXES = (
    "ctypes.",
    "socket.",
    "resource.",
    "sqlite3.",
    "urllib.",
    "http.client.",
    "ftplib.",
    "smtplib.",
    "imaplib.",
    "poplib.",
    "nntplib.",
    "telnetlib.",
    "webbrowser.",
    "syslog.",
    "_winapi.",
    "winreg.",
)
#: Audit events whose first argument is a path the code writes or changes.
WRITE_PATH_EVENTS = frozenset(
    {
        "os.mkdir",
        "os.rmdir",
        "os.remove",
        "os.rename",
        "os.truncate",
        "os.chmod",
        "os.chown",
        "os.utime",
        "os.chflags",
        "os.lchflags",
        "os.setxattr",
        "os.removexattr",
        "shutil.rmtree",
    }
)
#: Audit events whose first argument is a path the code reads.
READ_PATH_EVENTS = frozenset({"os.listdir", "os.scandir", "os.chdir", "os.listxattr", "os.getxattr"})

# Linux constants (not all exposed by the os module on 3.11).
_CLONE_NEWNS = 0x00020000
_CLONE_NEWUTS = 0x04000000
_CLONE_NEWIPC = 0x08000000
_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_MS_RDONLY = 1
_MS_NOSUID = 2
_MS_NODEV = 4
_MS_NOEXEC = 8
_MS_REMOUNT = 32
_MS_NOATIME = 1024
_MS_NODIRATIME = 2048
_MS_BIND = 4096
_MS_REC = 16384
_MS_PRIVATE = 1 << 18
_MS_RELATIME = 1 << 21
_MNT_DETACH = 2
_PR_SET_PDEATHSIG = 1
_PR_CAPBSET_DROP = 24
_PR_SET_CHILD_SUBREAPER = 36
_PR_SET_NO_NEW_PRIVS = 38
_PR_CAP_AMBIENT = 47
_PR_CAP_AMBIENT_CLEAR_ALL = 4
_LINUX_CAPABILITY_VERSION_3 = 0x20080522
_SYS_PIVOT_ROOT = {"x86_64": 155, "aarch64": 41, "riscv64": 41, "loongarch64": 41, "ppc64le": 203, "s390x": 217}


# ---------------------------------------------------------------------------
# Wire protocol: a frame is a count of parts, then each part's length and bytes.
# ---------------------------------------------------------------------------

_COUNT = struct.Struct("<I")
_LENGTH = struct.Struct("<Q")
MAX_FRAME_PARTS = 8
MAX_PART_BYTES = 1 << 31


class ProtocolError(Exception):
    """The other end sent something that is not a frame, or went away."""


def write_all(fd: int, data) -> None:
    view = memoryview(data).cast("B")
    while view:
        try:
            written = os.write(fd, view)
        except InterruptedError:
            continue
        view = view[written:]


def write_frame(fd: int, parts) -> None:
    """Write one frame: ``parts`` is a sequence of bytes-like objects."""
    head = bytearray(_COUNT.pack(len(parts)))
    for part in parts:
        head += _LENGTH.pack(len(part))
    write_all(fd, head)
    for part in parts:
        if len(part):
            write_all(fd, part)


def read_exact(fd: int, size: int, deadline: float | None = None) -> bytearray:
    """Read exactly ``size`` bytes into a new bytearray.

    Raises EOFError when the pipe closes first and TimeoutError when the
    monotonic ``deadline`` passes (None: wait for ever).
    """
    buf = bytearray(size)
    view = memoryview(buf)
    got = 0
    while got < size:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no reply before the deadline")
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
        try:
            count = os.readv(fd, [view[got:]])
        except InterruptedError:
            continue
        if count == 0:
            raise EOFError("the pipe was closed")
        got += count
    return buf


def read_frame(fd: int, deadline: float | None = None) -> list[bytearray]:
    (count,) = _COUNT.unpack(read_exact(fd, _COUNT.size, deadline))
    if count > MAX_FRAME_PARTS:
        raise ProtocolError(f"frame with {count} parts")
    lengths = [_LENGTH.unpack(read_exact(fd, _LENGTH.size, deadline))[0] for _ in range(count)]
    if any(length > MAX_PART_BYTES for length in lengths):
        raise ProtocolError("frame part too large")
    return [read_exact(fd, length, deadline) for length in lengths]


# ---------------------------------------------------------------------------
# Return values -> plain data (runs in the child, on the student's objects)
# ---------------------------------------------------------------------------


class BadReturn(Exception):
    """A return value that is not plain numbers, numeric arrays, or lists/tuples of them."""


def _type_name(value) -> str:
    kind = type(value)
    try:
        name = type.__dict__["__qualname__"].__get__(kind, type)
    except Exception:  # pragma: no cover - a type always has a qualname
        name = "object"
    return str.__str__(name)[:80] if isinstance(name, str) else "object"


def make_converter(np):
    """Return ``to_plain(value)``: numbers/arrays/tuples/lists -> nested lists of floats.

    The numpy types are captured now, before any student code runs, so that
    rebinding ``numpy.ndarray`` or ``numpy.float64`` later changes nothing.
    Only exact types are accepted: an ndarray subclass, a float subclass, a
    bool, a generator or any other object raises BadReturn.
    """
    ndarray = np.ndarray
    scalar_types = frozenset(np.dtype(code).type for code in "efdgbhilqpBHILQP")
    float_ = float

    def to_plain(value):
        count = 0

        def convert(item, depth):
            nonlocal count
            kind = type(item)
            if kind is float_ or kind is int or kind in scalar_types:
                count += 1
                if count > MAX_ELEMENTS:
                    raise BadReturn(f"returned more than {MAX_ELEMENTS:,} numbers")
                try:
                    return float_(item)
                except OverflowError:
                    raise BadReturn("returned an integer too large for a float") from None
            if kind is ndarray:
                dtype_kind = item.dtype.kind
                if dtype_kind not in "fiu":
                    raise BadReturn(f"returned a numpy array of dtype {str(item.dtype)[:40]}, not numbers")
                count += item.size
                if count > MAX_ELEMENTS:
                    raise BadReturn(f"returned more than {MAX_ELEMENTS:,} numbers")
                return item.astype(float_).tolist()
            if kind is tuple or kind is list:
                if depth >= MAX_DEPTH:
                    raise BadReturn(f"returned lists nested more than {MAX_DEPTH} deep")
                if len(item) > MAX_ELEMENTS:
                    raise BadReturn(f"returned more than {MAX_ELEMENTS:,} numbers")
                return [convert(element, depth + 1) for element in item]
            if kind is bool or kind is getattr(np, "bool_", None):
                raise BadReturn("returned a bool (True/False), not a number")
            if isinstance(item, ndarray):
                raise BadReturn(f"returned an ndarray subclass {_type_name(item)}, not a plain numpy array")
            raise BadReturn(f"returned a value of type {_type_name(item)}, not numbers or numpy arrays")

        return convert(value, 0)

    return to_plain


def last_line(error: BaseException) -> str:
    """The last line of the traceback of ``error``: "ValueError: bad shape"."""
    import traceback

    try:
        lines = traceback.format_exception_only(type(error), error)
        text = lines[-1].strip() if lines else type(error).__name__
    except BaseException:  # a __str__ that raises anything, even SystemExit
        text = _type_name(error)
    if not isinstance(text, str):
        text = "<exception>"
    if len(text) > MAX_ERROR_CHARS:
        text = text[: MAX_ERROR_CHARS - 1] + "…"
    return text


# ---------------------------------------------------------------------------
# The worker's view of the machine
# ---------------------------------------------------------------------------


class _Context:
    """Everything the worker works out once at start."""

    def __init__(self, base: str, cmd_fd: int, reply_fd: int):
        import numpy

        self.base = os.path.realpath(base)
        self.cmd_fd = cmd_fd
        self.reply_fd = reply_fd
        self.pid = os.getpid()
        self.is_root = os.geteuid() == 0
        self.np = numpy
        self.np_array = numpy.array
        self.to_plain = make_converter(numpy)
        # The standard library: where os.py and the extension modules really are.
        # (Not sysconfig's stdlib/platstdlib: under a venv, platstdlib is the venv's
        # lib/pythonX.Y, which holds every installed package.)
        stdlib = {os.path.realpath(os.path.dirname(os.__file__))}
        for name in ("math", "_json", "select", "_struct", "zlib", "array"):
            module = sys.modules.get(name)
            path = getattr(module, "__file__", None)
            if path and "site-packages" not in path:
                folder = os.path.realpath(os.path.dirname(path))
                if not any(folder == s or folder.startswith(s + os.sep) for s in stdlib):
                    stdlib.add(folder)
        self.stdlib_dirs = sorted(p for p in stdlib if os.path.isdir(p))
        self.numpy_dir = os.path.realpath(os.path.dirname(numpy.__file__))
        libs = self.numpy_dir + ".libs"
        self.numpy_libs = libs if os.path.isdir(libs) else None
        # A site-packages inside the stdlib tree (the base interpreter's, under a
        # venv) is hidden from the child: only numpy is offered.
        self.hidden_dirs = sorted(
            os.path.join(s, name)
            for s in self.stdlib_dirs
            for name in ("site-packages", "dist-packages")
            if os.path.isdir(os.path.join(s, name))
            and not self.numpy_dir.startswith(os.path.join(s, name) + os.sep)
        )
        self.sys_path = [p for p in sys.path if p and any(
            os.path.realpath(p) == s or os.path.realpath(p).startswith(s + os.sep) for s in self.stdlib_dirs
        ) and not any(os.path.realpath(p).startswith(h) for h in self.hidden_dirs)]
        self.devices = [d for d in ("/dev/null", "/dev/zero", "/dev/urandom", "/dev/random") if os.path.exists(d)]
        self.system_libs = [
            d for d in ("/usr/lib", "/usr/lib64", "/lib", "/lib64", "/usr/local/lib") if os.path.isdir(d)
        ]
        # Where the child mounts its new root, inside its own mount namespace (the
        # host's /tmp is untouched): any directory its unprivileged uid can reach.
        self.ns_root = "/tmp" if os.path.isdir("/tmp") and not os.path.islink("/tmp") else self.base
        try:
            with open("/proc/sys/kernel/cap_last_cap") as handle:
                self.cap_last_cap = int(handle.read().strip())
        except (OSError, ValueError):
            self.cap_last_cap = 40
        self.mode = "audit"
        self.note = ""
        self.seccomp = False

    def read_roots(self, job_dir: str, extra=()) -> tuple[str, ...]:
        roots = [job_dir, *self.stdlib_dirs, self.numpy_dir, *self.devices, *extra]
        if self.numpy_libs:
            roots.append(self.numpy_libs)
        return tuple(roots)


def _libc():
    import ctypes

    return ctypes, ctypes.CDLL(None, use_errno=True)


def _prctl(option: int, arg: int) -> bool:
    ctypes, libc = _libc()
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    return libc.prctl(option, arg, 0, 0, 0) == 0


def _children_of(pid: int) -> list[int]:
    """Direct children of ``pid`` (the worker is single-threaded)."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(part) for part in handle.read().split()]
    except OSError:
        pass
    found = []
    try:
        names = os.listdir("/proc")
    except OSError:
        return found
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[-1].split()
        if len(fields) > 1 and fields[1] == str(pid):
            found.append(int(name))
    return found


def _kill_everything(worker_pid: int, job_pid: int | None) -> int:
    """SIGKILL the job's process group and every process the worker still parents.

    The worker is a child subreaper: whatever the job started re-parents to it
    when its own parent dies, so repeating "kill every child, reap them" until
    none is left kills the whole tree, however it was forked or re-grouped.
    Returns how many processes were swept besides the job's own child.
    """
    if job_pid is not None:
        for kill in (os.killpg, os.kill):
            try:
                kill(job_pid, signal.SIGKILL)
            except OSError:
                pass
    swept = 0
    for _ in range(1000):
        children = [pid for pid in _children_of(worker_pid) if pid != job_pid]
        if not children:
            break
        for pid in children:
            for kill in (os.killpg, os.kill):
                try:
                    kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        for pid in children:
            try:
                os.waitpid(pid, 0)
                swept += 1
            except ChildProcessError:
                pass
    return swept


class _Buffer:
    """A byte buffer the worker reads pipes into; zeroed after every job so a later
    job's child, which inherits the worker's memory, finds nothing of this one."""

    def __init__(self, capacity: int, limit: int):
        self.data = bytearray(max(capacity, 1))
        self.length = 0
        self.limit = limit
        self.total = 0
        self.scratch = bytearray(65536)

    def read_from(self, fd: int) -> int:
        """Read what the pipe has; keep up to ``limit`` bytes, count the rest. 0 at EOF."""
        if self.length >= self.limit:
            count = os.readv(fd, [self.scratch])
        else:
            if self.length == len(self.data):
                bigger = bytearray(min(self.limit, 2 * len(self.data)))
                bigger[: self.length] = self.data
                self.data[:] = bytes(len(self.data))
                self.data = bigger
            room = min(len(self.data), self.limit) - self.length
            count = os.readv(fd, [memoryview(self.data)[self.length : self.length + room]])
            self.length += count
        self.total += count
        return count

    def view(self) -> memoryview:
        return memoryview(self.data)[: self.length]

    def wipe(self) -> None:
        self.data[: self.length] = bytes(self.length)
        self.scratch[:] = bytes(len(self.scratch))
        self.length = 0
        self.total = 0


# ---------------------------------------------------------------------------
# The audit hook (installed in the child before the student's module is imported)
# ---------------------------------------------------------------------------


def _make_audit_hook(read_roots, write_roots, hidden_roots, allow_fork: bool):
    """Return a PEP 578 audit hook enforcing the child's policy.

    One flat function with no closure and no inner functions: everything it needs
    is bound as keyword-only defaults, every one immutable (builtin functions and
    types, tuples and frozensets of str, an int, a bool). A refused call leaves the
    hook's frame in the traceback, and a frame shows its locals; from them nothing
    can be rebound (a closure cell could be, and an inner function's ``__code__`` or
    ``__defaults__``), and the function object itself, whose defaults could be, is
    reachable from no frame (frames hold code objects, not functions) and the
    interpreter's list of hooks is not visible to Python. Rebinding ``os.path`` or
    ``os.lstat`` in the student's code does not change what it checks. Paths are
    resolved with lstat/readlink (symlinks followed by hand); only exact str, bytes
    or int paths are accepted.
    """
    import stat as _stat_module

    # No re-entrancy guard is needed (and a shared flag would be a race between
    # threads): lstat, readlink, getcwd and getpid raise no audit events.
    def hook(event, args, *,
             _lstat=os.lstat, _readlink=os.readlink, _getcwd=os.getcwd, _getpid=os.getpid,
             _is_link=_stat_module.S_ISLNK, _str=str, _bytes=bytes, _int=int, _type=type, _len=len,
             _PermissionError=PermissionError, _ModuleNotFoundError=ModuleNotFoundError,
             _ImportError=ImportError, _OSError=OSError,
             _read_roots=tuple(str(r) for r in read_roots), _write_roots=tuple(str(r) for r in write_roots),
             _hidden_roots=tuple(str(r) for r in hidden_roots), _blocked_events=BLOCKED_EVENTS,
             _blocked_prefixes=BLOCKED_EVENT_PREFIXES, _write_events=WRITE_PATH_EVENTS,
             _read_events=READ_PATH_EVENTS, _blocked_imports=BLOCKED_IMPORTS,
             _write_flags=os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND,
             _allow_fork=bool(allow_fork)):
        if event in _blocked_events or event.startswith(_blocked_prefixes):
            raise _PermissionError(f"{event} is not allowed in the sandbox")
        # Which paths this event touches, and whether it writes them.
        checks = ()
        if event == "open":
            path, mode, flags = (args + (None, None, None))[:3]
            writing = False
            if _type(mode) is _str:
                writing = "w" in mode or "a" in mode or "x" in mode or "+" in mode
            if _type(flags) is _int and flags & _write_flags:
                writing = True
            if _type(path) is _int:
                return  # an fd it already has (tempfile does this); opening it was checked
            checks = ((path, writing),)
        elif event == "import":
            name = args[0] if args else ""
            if _type(name) is _str and name.partition(".")[0] in _blocked_imports:
                top = name.partition(".")[0]
                if top in ("grader", "reference"):
                    raise _ModuleNotFoundError(f"No module named {top!r}", name=top)
                raise _ImportError(f"import of {top} is not allowed in the sandbox", name=top)
            return
        elif event == "os.fork":
            if not _allow_fork:
                raise _PermissionError("os.fork is not allowed in the sandbox (no new processes)")
            return
        elif event == "os.kill":
            target = args[0] if args else None
            if _type(target) is not _int or target != _getpid():
                raise _PermissionError("os.kill is not allowed in the sandbox (only the process itself)")
            return
        elif event in _write_events:
            written = args[:2] if event == "os.rename" else args[:1]
            checks = ((written[0], True), (written[1], True)) if _len(written) == 2 else (
                ((written[0], True),) if written else ())
        elif event in _read_events:
            checks = ((args[0] if args else None, False),)
        for path, writing in checks:
            if _type(path) is _int:  # a descriptor it has (fchmod, listdir(fd)): opening it was checked
                continue
            if path is None:
                path = "."
            # Resolve the path as the kernel will, links followed by hand.
            kind = _type(path)
            resolved = None
            if kind is _bytes:
                path = path.decode("utf-8", "surrogateescape")
                kind = _str
            if kind is _str and "\x00" not in path:
                if not path.startswith("/"):
                    path = _getcwd() + "/" + path
                pending = path.split("/")
                pending.reverse()
                done = []
                links = 0
                while pending:
                    part = pending.pop()
                    if part == "" or part == ".":
                        continue
                    if part == "..":
                        if done:
                            done.pop()
                        continue
                    candidate = "/" + "/".join(done + [part])
                    try:
                        info = _lstat(candidate)
                    except _OSError:
                        done.append(part)
                        continue
                    if _is_link(info.st_mode):
                        links += 1
                        if links > 40:
                            done = None
                            break
                        target = _readlink(candidate)
                        if target.startswith("/"):
                            done = []
                        more = target.split("/")
                        more.reverse()
                        pending.extend(more)
                        continue
                    done.append(part)
                if done is not None:
                    resolved = "/" + "/".join(done)
            ok = False
            if resolved is not None:
                for root in _write_roots if writing else _write_roots + _read_roots:
                    if resolved == root or resolved.startswith(root + "/"):
                        ok = True
                        break
                for root in _hidden_roots:
                    if resolved == root or resolved.startswith(root + "/"):
                        ok = False
                        break
            if not ok:
                if event == "open":
                    raise _PermissionError(13, "Permission denied (sandbox)",
                                           path if _type(path) in (_str, _bytes) else None)
                raise _PermissionError(13, "Permission denied (sandbox)")

    return hook


# ---------------------------------------------------------------------------
# The child
# ---------------------------------------------------------------------------


class _SetupError(Exception):
    pass


def _check(result: int, what: str, ctypes) -> None:
    if result != 0:
        code = ctypes.get_errno()
        raise _SetupError(f"{what}: {os.strerror(code)}")


def _enter_namespaces(ctx: _Context, files_bytes: int) -> None:
    """unshare, let the worker map our uid, build a minimal root, pivot into it."""
    ctypes, libc = _libc()
    libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
    libc.umount2.argtypes = [ctypes.c_char_p, ctypes.c_int]
    libc.unshare.argtypes = [ctypes.c_int]
    libc.syscall.restype = ctypes.c_long

    def mount(source, target, fstype, flags, data=None):
        enc = lambda s: None if s is None else s.encode()  # noqa: E731
        _check(libc.mount(enc(source), enc(target), enc(fstype), flags, enc(data)), f"mount {target}", ctypes)

    if ctx.is_root:
        os.setgroups([])
    _check(
        libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNS | _CLONE_NEWNET | _CLONE_NEWIPC | _CLONE_NEWUTS),
        "unshare",
        ctypes,
    )
    # Open the bind sources now: still the worker's uid outside, so a Python
    # installed under /root (mode 0700) can be reached; the binds go through
    # /proc/self/fd after the uid has changed.
    sources = []
    for path in [*ctx.stdlib_dirs, ctx.numpy_dir, ctx.numpy_libs, *ctx.system_libs]:
        if path:
            sources.append((path, os.open(path, os.O_PATH | os.O_DIRECTORY), True))
    for path in ctx.devices:
        sources.append((path, os.open(path, os.O_PATH), False))
    os.write(4, b"U")
    if os.read(5, 1) != b"G":
        raise _SetupError("the worker could not map the job's uid")
    os.setresgid(0, 0, 0)
    os.setresuid(0, 0, 0)
    mount(None, "/", None, _MS_REC | _MS_PRIVATE)
    root = ctx.ns_root
    size = (files_bytes + (64 << 20)) // 4096 * 4096
    mount("tmpfs", root, "tmpfs", _MS_NOSUID | _MS_NODEV, f"size={size},nr_inodes=8192,mode=755")
    for path, fd, is_dir in sources:
        target = root + path
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if is_dir:
            os.makedirs(target, exist_ok=True)
        else:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT, 0o666))
        mount(f"/proc/self/fd/{fd}", target, None, _MS_BIND | _MS_REC)
        os.close(fd)
        if is_dir:
            flag = os.statvfs(target).f_flag
            keep = flag & (_MS_NOEXEC | _MS_NOATIME | _MS_NODIRATIME)
            if flag & 4096:  # ST_RELATIME
                keep |= _MS_RELATIME
            mount(None, target, None, _MS_BIND | _MS_REMOUNT | _MS_RDONLY | _MS_NOSUID | _MS_NODEV | keep)
    for hidden in ctx.hidden_dirs:
        target = root + hidden
        if os.path.isdir(target):
            mount("tmpfs", target, "tmpfs", _MS_RDONLY | _MS_NOSUID | _MS_NODEV | _MS_NOEXEC, "size=4096,mode=755")
    os.mkdir(root + NS_JOB_DIR, 0o755)
    # /tmp may exist already: a Python or numpy installed under /tmp (a virtualenv in a
    # clone there) is mounted read-only inside it. The rest of /tmp stays empty and writable.
    os.makedirs(root + "/tmp", 0o777, exist_ok=True)
    os.chmod(root + "/tmp", 0o1777)
    os.chdir(root)
    number = _SYS_PIVOT_ROOT.get(os.uname().machine)
    if number is not None:
        _check(libc.syscall(number, b".", b"."), "pivot_root", ctypes)
        _check(libc.umount2(b".", _MNT_DETACH), "umount old root", ctypes)
    else:  # unknown syscall number: chroot, and no capability is left to leave it
        os.chroot(".")
    os.chdir("/")
    # Drop every capability in the new user namespace: bounding set, ambient, then
    # effective/permitted/inheritable. With no_new_privs (set later) exec cannot
    # bring any back.
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    for cap in range(ctx.cap_last_cap + 1):
        libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0)
    libc.prctl(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    header = (ctypes.c_uint32 * 2)(_LINUX_CAPABILITY_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()
    _check(libc.capset(header, data), "capset", ctypes)
    _check(libc.capget(header, data), "capget", ctypes)
    if any(data):
        raise _SetupError("capabilities are still set")


def _drop_to_job_uid(job_dir: str) -> int | None:
    """audit mode, worker root: run as a fresh unprivileged uid owning the job folder."""
    if os.geteuid() != 0:
        return None
    uid = UID_BASE + os.getpid()
    os.chown(job_dir, uid, uid)
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    return uid


def _write_files(job_dir: str, files: dict) -> None:
    import base64

    for name, encoded in files.items():
        if not isinstance(name, str) or name.startswith("/") or "\x00" in name:
            raise _SetupError(f"unsafe file name {name!r}")
        parts = name.split("/")
        if any(part in ("", ".", "..") for part in parts):
            raise _SetupError(f"unsafe file name {name!r}")
        folder = job_dir
        for part in parts[:-1]:
            folder = os.path.join(folder, part)
            if not os.path.isdir(folder):
                os.mkdir(folder, 0o755)
        fd = os.open(
            os.path.join(job_dir, name),
            os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW,
            0o644,
        )
        try:
            write_all(fd, base64.b64decode(encoded))
        finally:
            os.close(fd)


def _set_limits(limits: dict, baseline_bytes: int) -> None:
    def both(kind, value):
        resource.setrlimit(kind, (value, value))

    both(resource.RLIMIT_CORE, 0)
    cpu = max(1, int(-(-float(limits["cpu_seconds"]) // 1)))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    both(resource.RLIMIT_FSIZE, int(limits["file_size_mb"]) << 20)
    both(resource.RLIMIT_NOFILE, int(limits["open_files"]))
    processes = int(limits["processes"])
    both(resource.RLIMIT_NPROC, 0 if processes == 0 else processes + 1)
    both(resource.RLIMIT_AS, baseline_bytes + (int(limits["memory_mb"]) << 20))


def _vm_size() -> int:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 1 << 30


def _emit(record: dict) -> None:
    try:
        line = json.dumps(record, allow_nan=True, separators=(",", ":")) + "\n"
        write_all(RESULT_FD, line.encode("utf-8", "surrogatepass"))
    except OSError:
        os._exit(EXIT_RESULT_CHANNEL)


def _load_module(path: str, name: str):
    """Import the student's file as module ``name`` (its source decoded leniently)."""
    import types

    with open(path, "rb") as handle:
        data = handle.read()
    module = types.ModuleType(name)
    module.__file__ = path
    sys.modules[name] = module
    code = compile(_decode_source(data), path, "exec", dont_inherit=True)
    exec(code, module.__dict__)
    return module


def _decode_source(data: bytes) -> str:
    """Same rules as ``grader.sources.decode_source`` (kept in step by a test)."""
    import re

    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = re.match(rb"(?:[^\n]*\n)?[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", data)
    if match:
        try:
            return data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    return data.decode("cp1252", errors="replace")


def _child(ctx: _Context, mode: str, limits: dict, payload: bytearray, job_dir: str | None,
           audit_hook: bool = True) -> int:
    import io
    import types

    baseline = _vm_size()
    job = json.loads(bytes(payload))
    payload[:] = bytes(len(payload))
    files = job["files"]
    files_bytes = sum(len(v) for v in files.values())
    info = {"t": "setup", "mode": mode}
    if mode == "namespaces":
        _enter_namespaces(ctx, files_bytes)
        job_dir = NS_JOB_DIR
        extra_write = ("/tmp",)
        info["caps"] = 0
    else:
        assert job_dir is not None
        info["uid"] = _drop_to_job_uid(job_dir)
        extra_write = ()
    _prctl(_PR_SET_NO_NEW_PRIVS, 1)
    os.umask(0o022)
    _write_files(job_dir, files)
    os.chdir(job_dir)
    for fd in (4, 5):
        try:
            os.close(fd)
        except OSError:
            pass
    _set_limits(limits, baseline)
    # From here the kernel refuses this process and all it starts any signal, pidfd,
    # trace or memory access to another process (no_new_privs is set above).
    info["seccomp"] = bool(ctx.seccomp) and _install_seccomp()
    if ctx.seccomp and not info["seccomp"]:
        raise _SetupError("the seccomp filter could not be installed")
    os.environ.clear()
    os.environ.update(
        {
            "HOME": job_dir,
            "TMPDIR": extra_write[0] if extra_write else job_dir,
            "LANG": "C.UTF-8",
            "PATH": "/usr/bin:/bin",
            "OPENBLAS_NUM_THREADS": "1",
        }
    )
    stdout = io.TextIOWrapper(
        io.FileIO(1, "w", closefd=False), encoding="utf-8", errors="backslashreplace", line_buffering=True
    )
    stderr = io.TextIOWrapper(
        io.FileIO(2, "w", closefd=False), encoding="utf-8", errors="backslashreplace", write_through=True
    )
    sys.stdout = sys.__stdout__ = stdout
    sys.stderr = sys.__stderr__ = stderr
    sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
    module_rel = job["module"]
    module_path = os.path.join(job_dir, module_rel)
    module_dir = os.path.dirname(module_path)
    sys.path[:] = list(dict.fromkeys([module_dir, job_dir, *ctx.sys_path]))
    sys.path_importer_cache.clear()
    for name in list(sys.modules):
        if name.partition(".")[0] in BLOCKED_IMPORTS:
            del sys.modules[name]
    main = types.ModuleType("__main__")
    sys.modules["__main__"] = main
    sys.argv = [module_rel]
    sys.setrecursionlimit(1000)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the file-size limit fail with EFBIG
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for sig in (signal.SIGTERM, signal.SIGCHLD, signal.SIGALRM, signal.SIGUSR1, signal.SIGUSR2):
        signal.signal(sig, signal.SIG_DFL)
    _emit(info)

    np_array = ctx.np_array
    to_plain = ctx.to_plain
    function_name = job["function"]
    calls = job["calls"]
    positional = job.get("positional") is True
    hook = _make_audit_hook(
        ctx.read_roots(job_dir),
        (job_dir, *extra_write),
        ctx.hidden_dirs,
        allow_fork=int(limits["processes"]) > 0,
    )
    del ctx, payload, job, files
    if audit_hook:
        sys.addaudithook(hook)
    del hook

    stem = os.path.splitext(os.path.basename(module_rel))[0]
    # A file named like a loaded module (numpy.py, json.py) must not replace it.
    module_name = stem if stem.isidentifier() and stem not in sys.modules else "submission"
    try:
        module = _load_module(module_path, module_name)
    except BaseException as error:  # noqa: BLE001 - everything the import does is the student's
        _emit({"t": "import", "status": "error", "error": last_line(error),
               "memory": isinstance(error, MemoryError)})
        return 0
    function = module.__dict__.get(function_name)
    if function is None or not callable(function):
        _emit({"t": "import", "status": "not_found",
               "error": f"{module_rel} defines no function {function_name}()"})
        return 0
    _emit({"t": "import", "status": "ok"})
    for index, call in enumerate(calls):
        try:
            arguments = {
                key: np_array(value, dtype=float) if type(value) is list else value
                for key, value in call.items()
            }
        except Exception as error:  # noqa: BLE001
            _emit({"t": "call", "i": index, "status": "error",
                   "error": "the grader's arguments could not be converted: " + last_line(error)})
            continue
        try:
            value = function(*arguments.values()) if positional else function(**arguments)
        except BaseException as error:  # noqa: BLE001 - SystemExit, KeyboardInterrupt included
            _emit({"t": "call", "i": index, "status": "error", "error": last_line(error),
                   "memory": isinstance(error, MemoryError)})
            continue
        try:
            plain = to_plain(value)
        except BadReturn as error:
            _emit({"t": "call", "i": index, "status": "bad_return", "error": str(error)})
            continue
        except BaseException as error:  # noqa: BLE001 - e.g. MemoryError while converting
            _emit({"t": "call", "i": index, "status": "bad_return",
                   "error": "the value could not be converted: " + last_line(error)})
            continue
        del value
        _emit({"t": "call", "i": index, "status": "ok", "value": plain})
    for stream in (stdout, stderr):
        try:
            stream.flush()
        except BaseException:  # noqa: BLE001 - the code may have closed it
            pass
    _emit({"t": "done"})
    return 0


def _child_entry(ctx, mode, limits, payload, job_dir, fds, audit_hook=True) -> None:
    """The forked child. Never returns: always ends in os._exit."""
    code = EXIT_SETUP_FAILED
    channel = False
    try:
        os.setsid()
        _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != ctx.pid:
            os._exit(EXIT_SETUP_FAILED)
        import fcntl

        devnull = os.open(os.devnull, os.O_RDWR)
        out_w, res_w, ctl_w, go_r = fds
        moved = [fcntl.fcntl(fd, fcntl.F_DUPFD, 100) for fd in (devnull, out_w, out_w, res_w, ctl_w, go_r)]
        for target, fd in enumerate(moved):
            os.dup2(fd, target)
        os.closerange(6, 1 << 20)
        channel = True
        code = _child(ctx, mode, limits, payload, job_dir, audit_hook)
    except BaseException as error:  # noqa: BLE001
        if channel:
            try:
                _emit({"t": "setup_error", "error": last_line(error)})
            except BaseException:  # noqa: BLE001
                pass
    finally:
        os._exit(code)


# ---------------------------------------------------------------------------
# The worker: run one job
# ---------------------------------------------------------------------------


def _write_id_maps(ctx: _Context, pid: int) -> bool:
    def put(path, text):
        fd = os.open(path, os.O_WRONLY)
        try:
            os.write(fd, text.encode())
        finally:
            os.close(fd)

    try:
        if ctx.is_root:
            outside = UID_BASE + pid
            put(f"/proc/{pid}/uid_map", f"0 {outside} 1\n")
            put(f"/proc/{pid}/gid_map", f"0 {outside} 1\n")
        else:
            put(f"/proc/{pid}/setgroups", "deny")
            put(f"/proc/{pid}/uid_map", f"0 {os.geteuid()} 1\n")
            put(f"/proc/{pid}/gid_map", f"0 {os.getegid()} 1\n")
        return True
    except OSError:
        return False


def run_job(ctx: _Context, mode: str, limits: dict, payload: bytearray, out: _Buffer, res: _Buffer,
            audit_hook: bool = True) -> dict:
    """Fork a child for one job, supervise it, and return the facts about its end."""
    import shutil
    import tempfile

    out_r, out_w = os.pipe()
    res_r, res_w = os.pipe()
    ctl_r, ctl_w = os.pipe()
    go_r, go_w = os.pipe()
    job_dir = None
    if mode == "audit":
        job_dir = tempfile.mkdtemp(prefix="job-", dir=ctx.base)
    wall = float(limits["wall_seconds"])
    keep = int(limits["output_bytes"])
    kill_after = max(keep * OUTPUT_KILL_FACTOR, 1 << 20)
    out.limit = keep
    res.limit = MAX_RESULT_BYTES
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child ends in os._exit
        _child_entry(ctx, mode, limits, payload, job_dir, (out_w, res_w, ctl_w, go_r), audit_hook)
    for fd in (out_w, res_w, ctl_w, go_r):
        os.close(fd)
    payload[:] = bytes(len(payload))
    killed_by = None
    wait_status = None
    usage = None
    pidfd = None
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        pidfd = None
    poller = select.poll()
    open_pipes = {out_r, res_r}
    for fd in (out_r, res_r, ctl_r):
        poller.register(fd, select.POLLIN)
    if pidfd is not None:
        poller.register(pidfd, select.POLLIN)
    poller.register(ctx.cmd_fd, select.POLLIN)
    deadline = start + wall
    swept = 0

    def reap(block: bool) -> bool:
        nonlocal wait_status, usage
        if wait_status is not None:
            return True
        try:
            got, status, rusage = os.wait4(pid, 0 if block else os.WNOHANG)
        except ChildProcessError:
            wait_status = 0
            return True
        if got == 0:
            return False
        wait_status, usage = status, rusage
        return True

    def stop(reason):
        nonlocal killed_by, swept
        if killed_by is None and wait_status is None:
            killed_by = reason
        swept += _kill_everything(ctx.pid, None if wait_status is not None else pid)

    try:
        while True:
            if wait_status is None and pidfd is None:
                reap(False)
            if wait_status is not None and not open_pipes:
                break
            now = time.monotonic()
            if wait_status is None and now >= deadline:
                stop("wall")
                reap(True)
                continue
            timeout = max(0.0, deadline - now) if wait_status is None else 0.5
            if pidfd is None:
                timeout = min(timeout, 0.02)
            events = poller.poll(int(timeout * 1000) + 1)
            if not events and wait_status is not None:
                # Exited, yet a pipe is still open: something it started holds it.
                stop("exit")
                for fd in list(open_pipes):
                    poller.unregister(fd)
                    open_pipes.discard(fd)
                continue
            for fd, _event in events:
                if fd == out_r:
                    if out.read_from(fd) == 0:
                        poller.unregister(fd)
                        open_pipes.discard(fd)
                    elif out.total > kill_after:
                        stop("output")
                elif fd == res_r:
                    if res.read_from(fd) == 0:
                        poller.unregister(fd)
                        open_pipes.discard(fd)
                    elif res.total > MAX_RESULT_BYTES:
                        stop("results")
                elif fd == ctl_r:
                    request = os.read(ctl_r, 1)
                    if request == b"U":
                        os.write(go_w, b"G" if _write_id_maps(ctx, pid) else b"F")
                    poller.unregister(ctl_r)
                elif fd == pidfd:
                    poller.unregister(pidfd)
                    reap(True)
                    # Whatever the job started dies with it.
                    swept += _kill_everything(ctx.pid, None)
                elif fd == ctx.cmd_fd:
                    # The parent went away (EOF): end the job and the worker.
                    _kill_everything(ctx.pid, pid)
                    os._exit(0)
    finally:
        if wait_status is None:
            _kill_everything(ctx.pid, pid)
            reap(True)
        swept += _kill_everything(ctx.pid, None)
        for fd in (out_r, res_r, ctl_r, go_w) + ((pidfd,) if pidfd is not None else ()):
            try:
                os.close(fd)
            except OSError:
                pass
        if job_dir is not None:
            shutil.rmtree(job_dir, ignore_errors=True)
    facts = {
        "wall": round(time.monotonic() - start, 6),
        "killed_by": killed_by if killed_by != "exit" else None,
        "exit_code": os.WEXITSTATUS(wait_status) if wait_status is not None and os.WIFEXITED(wait_status) else None,
        "signal": os.WTERMSIG(wait_status) if wait_status is not None and os.WIFSIGNALED(wait_status) else None,
        "cpu": round(usage.ru_utime + usage.ru_stime, 6) if usage is not None else 0.0,
        "maxrss_kb": int(usage.ru_maxrss) if usage is not None else 0,
        "output_total": out.total,
        "result_bytes": res.total,
        "swept": swept,
        "mode": mode,
        "seccomp": bool(ctx.seccomp),
        "job_dir": job_dir,
    }
    return facts


# ---------------------------------------------------------------------------
# The worker: start-up and main loop
# ---------------------------------------------------------------------------

# Imported once by the worker so that children start with them loaded (faster, and
# in audit mode the job's uid may not be able to read an interpreter installed in a
# private home such as /root/.pyenv).
_PRELOAD = (
    "math", "cmath", "random", "statistics", "itertools", "functools", "collections",
    "collections.abc", "copy", "dataclasses", "typing", "decimal", "fractions", "numbers",
    "operator", "string", "re", "time", "datetime", "warnings", "traceback", "io", "textwrap",
    "abc", "enum", "contextlib", "zlib", "stat", "types", "base64", "fcntl", "tempfile",
    "json", "pprint", "heapq", "bisect", "array", "struct", "csv", "difflib", "inspect",
    "unittest", "argparse", "logging", "pathlib", "glob", "fnmatch", "shutil", "timeit",
    "encodings.cp1252", "encodings.latin_1", "encodings.utf_8_sig", "encodings.ascii",
    "numpy", "numpy.random", "numpy.linalg", "numpy.fft", "numpy.polynomial", "numpy.testing",
)


def _strip_site() -> None:
    """Forget site-packages and third-party import hooks (e.g. an editable install of
    the grader) now that numpy is loaded."""
    import importlib

    standard = ("importlib._bootstrap", "importlib._bootstrap_external", "_frozen_importlib",
                "_frozen_importlib_external", "zipimport")
    sys.meta_path[:] = [f for f in sys.meta_path if getattr(f, "__module__", "") in standard
                        or getattr(type(f), "__module__", "") in standard]
    sys.path_hooks[:] = [h for h in sys.path_hooks if getattr(h, "__module__", "") in standard
                         or getattr(type(h), "__module__", "") in standard]
    sys.path_importer_cache.clear()
    importlib.invalidate_caches()


def _traversable(path: str) -> bool:
    """True if every folder from / down to ``path`` lets other users pass (o+x)."""
    import stat

    path = os.path.realpath(path)
    while True:
        try:
            if not os.stat(path).st_mode & stat.S_IXOTH:
                return False
        except OSError:
            return False
        parent = os.path.dirname(path)
        if parent == path:
            return True
        path = parent


# ---------------------------------------------------------------------------
# The seccomp filter: the kernel refuses the calls that reach other processes
# ---------------------------------------------------------------------------

#: AUDIT_ARCH_* of the machines whose system call numbers are known here.
_AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
#: Calls refused outright: another process's memory, tracing, pidfds (a pidfd lets a
#: process signal one it found by number, which the audit hook never sees).
_REFUSED_CALLS = ("ptrace", "process_vm_readv", "process_vm_writev", "pidfd_open", "pidfd_send_signal",
                  "pidfd_getfd", "kcmp", "process_madvise")
#: Calls that signal a process named by their first argument: allowed to the job
#: itself only (its pid; for ``kill`` also 0 and -pid, its own process group).
_SIGNAL_CALLS = ("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo")
_SYSCALL_NUMBERS = {
    "x86_64": {"kill": 62, "tkill": 200, "tgkill": 234, "rt_sigqueueinfo": 129, "rt_tgsigqueueinfo": 297,
               "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "kcmp": 312,
               "pidfd_send_signal": 424, "pidfd_open": 434, "pidfd_getfd": 438, "process_madvise": 440},
    "aarch64": {"kill": 129, "tkill": 130, "tgkill": 131, "rt_sigqueueinfo": 138, "rt_tgsigqueueinfo": 240,
                "ptrace": 117, "process_vm_readv": 270, "process_vm_writev": 271, "kcmp": 272,
                "pidfd_send_signal": 424, "pidfd_open": 434, "pidfd_getfd": 438, "process_madvise": 440},
}
_X32_SYSCALL_BIT = 0x40000000
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_SECCOMP_RET_ALLOW = 0x7FFF0000
_SECCOMP_RET_ERRNO = 0x00050000
_EPERM = 1
_BPF_LD_W_ABS = 0x20
_BPF_JEQ_K = 0x15
_BPF_JGE_K = 0x35
_BPF_RET_K = 0x06


def _seccomp_program(machine: str, pid: int) -> list[tuple[int, int, int, int]] | None:
    """The classic BPF program of the filter for ``pid`` (None on an unknown machine).

    seccomp_data: nr at offset 0, arch at 4, the arguments from 16 (8 bytes each; the
    low half first on these little-endian machines, and a pid is an int: the kernel
    reads the low half only, so the filter compares that)."""
    numbers = _SYSCALL_NUMBERS.get(machine)
    if numbers is None:
        return None
    code: list[tuple[int, object, object, int]] = [
        (_BPF_LD_W_ABS, 0, 0, 4),
        (_BPF_JEQ_K, 0, "deny", _AUDIT_ARCH[machine]),  # another ABI (int 0x80): refused
        (_BPF_LD_W_ABS, 0, 0, 0),
    ]
    if machine == "x86_64":
        code.append((_BPF_JGE_K, "deny", 0, _X32_SYSCALL_BIT))  # the x32 ABI's numbers
    for name in _REFUSED_CALLS:
        code.append((_BPF_JEQ_K, "deny", 0, numbers[name]))
    own = pid & 0xFFFFFFFF
    own_group = -pid & 0xFFFFFFFF
    for name in _SIGNAL_CALLS:
        allowed = (own, 0, own_group) if name == "kill" else (own,)
        block = [(_BPF_LD_W_ABS, 0, 0, 16)]
        block += [(_BPF_JEQ_K, "allow", 0, value) for value in allowed]
        block.append((_BPF_RET_K, 0, 0, _SECCOMP_RET_ERRNO | _EPERM))
        code.append((_BPF_JEQ_K, 0, len(block), numbers[name]))
        code.extend(block)
    labels = {"allow": len(code), "deny": len(code) + 1}
    code += [(_BPF_RET_K, 0, 0, _SECCOMP_RET_ALLOW), (_BPF_RET_K, 0, 0, _SECCOMP_RET_ERRNO | _EPERM)]
    resolved = []
    for index, (op, jt, jf, k) in enumerate(code):
        jt = labels[jt] - index - 1 if isinstance(jt, str) else jt
        jf = labels[jf] - index - 1 if isinstance(jf, str) else jf
        if not (0 <= jt <= 255 and 0 <= jf <= 255):
            raise _SetupError("the seccomp program's jumps are too long")
        resolved.append((op, jt, jf, k))
    return resolved


def _install_seccomp() -> bool:
    """Install the filter on this process (inherited by everything it starts). Needs
    no_new_privs. False when this machine's numbers are unknown or the kernel refuses."""
    program = _seccomp_program(os.uname().machine, os.getpid())
    if program is None:
        return False
    ctypes, libc = _libc()

    class _Filter(ctypes.Structure):
        _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint32)]

    class _Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Filter))]

    filters = (_Filter * len(program))(*[_Filter(*row) for row in program])
    prog = _Program(len(program), filters)
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
    return libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.addressof(prog), 0, 0) == 0


def _seccomp_works() -> bool:
    """Whether the filter installs here and refuses what it must: tried in a forked child."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - ends in os._exit
        code = 1
        try:
            if _prctl(_PR_SET_NO_NEW_PRIVS, 1) and _install_seccomp():
                ctypes, libc = _libc()
                libc.syscall.restype = ctypes.c_long
                number = _SYSCALL_NUMBERS[os.uname().machine]["pidfd_open"]
                refused = libc.syscall(number, os.getppid(), 0) == -1 and ctypes.get_errno() == _EPERM
                os.kill(os.getpid(), 0)  # its own pid is still allowed
                code = 0 if refused else 1
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0


def _probe(ctx: _Context, out: _Buffer, res: _Buffer) -> str:
    """Run a tiny job in namespaces mode; return "" if it worked, else why not."""
    import base64

    if not hasattr(os, "O_PATH"):
        return "os.O_PATH is not available"
    payload = bytearray(json.dumps({
        "files": {"probe.py": base64.b64encode(b"def probe():\n    return 1.5\n").decode()},
        "module": "probe.py", "function": "probe", "calls": [{}],
    }).encode())
    limits = {"cpu_seconds": 5, "wall_seconds": 10, "memory_mb": 256, "file_size_mb": 1,
              "processes": 0, "open_files": 64, "output_bytes": 4096}
    facts = run_job(ctx, "namespaces", limits, payload, out, res)
    text = bytes(res.view()).decode("utf-8", "replace")
    out.wipe()
    res.wipe()
    if '"value":[1.5]' in text.replace(" ", "") or '"value":1.5' in text.replace(" ", ""):
        return ""
    for line in text.splitlines():
        if '"setup_error"' in line:
            try:
                return str(json.loads(line).get("error"))[:300]
            except ValueError:
                break
    return f"probe job ended with {facts.get('exit_code')!r}/{facts.get('signal')!r}: {text[:200]!r}"


def main(argv=None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="grader sandbox worker (started by ProcessRunner)")
    parser.add_argument("--base", required=True)
    parser.add_argument("--isolation", choices=("auto", "namespaces", "audit"), default="auto")
    args = parser.parse_args(argv)

    cmd_fd = os.dup(0)
    reply_fd = os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(2, 1)  # anything printed goes to the worker's log, not the protocol pipe
    os.close(devnull)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.dont_write_bytecode = True
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"

    import importlib

    for name in _PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError as error:
            if name == "numpy":
                write_frame(reply_fd, [json.dumps({"op": "error", "error": f"numpy: {error}"}).encode()])
                return 2
    _strip_site()
    for name in list(sys.modules):
        module = sys.modules.get(name)
        origin = getattr(module, "__file__", None) or ""
        if name.startswith(("__editable__", "_distutils_hack", "_virtualenv")) or "site-packages" in origin and (
            "numpy" not in origin
        ):
            del sys.modules[name]

    os.makedirs(args.base, exist_ok=True)
    os.chmod(args.base, 0o711)  # a job's uid may pass through to its own folder, not list others
    base_note = ""
    if os.geteuid() == 0 and not _traversable(args.base):
        # The job's unprivileged uid could not reach its folder: use a private
        # folder under the system's temporary directory instead.
        import tempfile

        args.base = tempfile.mkdtemp(prefix="grader-sandbox-jobs-", dir="/tmp")
        os.chmod(args.base, 0o711)
        base_note = f"; job folders in {args.base} (the given workdir is not traversable by other users)"
    ctx = _Context(args.base, cmd_fd, reply_fd)
    _prctl(_PR_SET_CHILD_SUBREAPER, 1)

    ctx.seccomp = _seccomp_works()
    out = _Buffer(65536, 65536)
    res = _Buffer(65536, MAX_RESULT_BYTES)
    note = ""
    mode = "audit"
    if args.isolation in ("auto", "namespaces"):
        note = _probe(ctx, out, res)
        if not note:
            mode = "namespaces"
        elif args.isolation == "namespaces":
            write_frame(reply_fd, [json.dumps({"op": "error", "error": f"namespaces unavailable: {note}"}).encode()])
            return 2
    else:
        note = "audit mode requested"
    ctx.mode = mode
    note += base_note
    ready = {
        "op": "ready",
        "protocol": PROTOCOL_VERSION,
        "isolation": mode,
        "seccomp": ctx.seccomp,
        "note": note,
        "pid": ctx.pid,
        "root": ctx.is_root,
        "base": ctx.base,
        "python": sys.version.split()[0],
        "numpy": ctx.np.__version__,
    }
    write_frame(reply_fd, [json.dumps(ready).encode()])

    while True:
        try:
            parts = read_frame(cmd_fd)
        except (EOFError, ProtocolError, OSError):
            return 0
        if not parts:
            return 0
        try:
            header = json.loads(bytes(parts[0]))
        except ValueError:
            return 3
        op = header.get("op")
        if op == "exit":
            return 0
        if op != "run" or len(parts) != 2:
            return 3
        payload = parts[1]
        try:
            facts = run_job(ctx, mode, header["limits"], payload, out, res, header.get("audit_hook") is not False)
        finally:
            payload[:] = bytes(len(payload))
        try:
            write_frame(reply_fd, [json.dumps(facts).encode(), out.view(), res.view()])
        except OSError:
            return 0
        finally:
            out.wipe()
            res.wipe()


if __name__ == "__main__":
    sys.exit(main())
