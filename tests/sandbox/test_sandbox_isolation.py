"""Isolation: what a submission can see and touch.

A secret is planted next to the job folders, in a sibling student's folder, one
level further up, and as an importable ``reference`` module; the real reference
solution and the grader are on this machine too. A submission that looks
everywhere must come back with nothing (in both isolation modes).
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from sandbox_support import alive, job

from grader.sandbox import Limits, ProcessRunner

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "reference" / "gnr638_a2.py"
SECRET = "SECRET-7f3a9c-do-not-leak"

SNOOP = r'''
import glob, json, os, sys

PATHS = {paths}
found = {{}}

def attempt(label, action):
    try:
        value = action()
    except BaseException as error:  # noqa: BLE001
        found[label] = "refused: " + type(error).__name__
        return
    found[label] = repr(value)[:20000]

def read(path):
    with open(path, "rb") as handle:
        return handle.read()

def snoop():
    for path in PATHS:
        attempt("read " + path, lambda p=path: read(p))
        attempt("list " + path, lambda p=path: os.listdir(os.path.dirname(p)))
    for rel in ["../secret.txt", "../../secret.txt", "../other_student/backprop.py", "../../reference/gnr638_a2.py"]:
        attempt("read " + rel, lambda p=rel: read(p))
    for folder in ["..", "../..", "/", "/tmp", "/proc", "/home", "/root", os.path.dirname(os.__file__)]:
        attempt("list " + folder, lambda d=folder: os.listdir(d))
    attempt("glob", lambda: glob.glob("../**/*", recursive=True))
    attempt("walk", lambda: [r for r, _, _ in os.walk("/")][:200])
    sys.path[:0] = ["..", "../..", "../../..", {workdir!r}, {root!r}, {reference_dir!r}]
    for name in ["reference", "reference.gnr638_a2", "gnr638_a2", "grader", "grader.sandbox", "secret_module"]:
        attempt("import " + name, lambda n=name: vars(__import__(n)))
    attempt("environ", lambda: dict(os.environ))
    attempt("proc environ", lambda: read("/proc/self/environ"))
    attempt("parent environ", lambda: read("/proc/%d/environ" % os.getppid()))
    attempt("parent cwd", lambda: os.listdir("/proc/%d/cwd" % os.getppid()))
    attempt("symlink out", lambda: os.symlink({workdir!r}, "escape") or os.listdir("escape"))

def f():
    snoop()
    print(json.dumps(found))
    return 0.0
'''


@pytest.fixture
def planted(any_runner, sandbox_workdir):
    """Secrets around the runner's job folders; returns the list of their paths."""
    workdir = Path(any_runner._workdir)  # the folder that holds the job folders (audit mode)
    paths = []
    for folder in (workdir, sandbox_workdir):
        (folder / "secret.txt").write_text(SECRET)
        other = folder / "other_student"
        other.mkdir(exist_ok=True)
        (other / "backprop.py").write_text(f"# {SECRET}\n")
        (folder / "reference").mkdir(exist_ok=True)
        (folder / "reference" / "gnr638_a2.py").write_text(f"ANSWER = {SECRET!r}\n")
        (folder / "reference.py").write_text(f"ANSWER = {SECRET!r}\n")
        (folder / "secret_module.py").write_text(f"ANSWER = {SECRET!r}\n")
        paths += [str(folder / "secret.txt"), str(other / "backprop.py"), str(folder / "reference.py")]
    paths += [str(REFERENCE), str(ROOT / "grader" / "__init__.py")]
    return paths


def test_a_submission_that_looks_everywhere_finds_nothing(any_runner, planted, sandbox_workdir):
    code = SNOOP.format(paths=planted, workdir=str(any_runner._workdir), root=str(ROOT),
                        reference_dir=str(REFERENCE.parent))
    result = any_runner.run(job(code, limits=Limits(cpu_seconds=5, wall_seconds=10)))
    assert result.status == "ok", result.detail
    assert result.calls[0].value == 0.0
    everything = result.stdout + repr(result.calls)
    assert SECRET not in everything
    assert "def gradients" not in everything and "network_from_parameters" not in everything
    found = json.loads(result.stdout)
    for label, outcome in found.items():
        if label.startswith(("read ", "import ", "parent ", "proc ", "symlink")):
            assert outcome.startswith("refused:"), (label, outcome)
    environ = eval(found["environ"])  # noqa: S307 - our own repr of a dict of str
    assert set(environ) == {"HOME", "TMPDIR", "LANG", "PATH", "OPENBLAS_NUM_THREADS"}


def test_the_environment_is_scrubbed(monkeypatch, sandbox_workdir):
    monkeypatch.setenv("GRADER_TEST_TOKEN", SECRET)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    with ProcessRunner(workdir=sandbox_workdir / "env") as runner:
        result = runner.run(job("import os, sys\ndef f():\n    print(dict(os.environ), sys.path, sys.flags.isolated)\n"
                                "    return 1.0\n"))
    assert result.status == "ok"
    assert SECRET not in result.stdout
    assert str(ROOT) not in result.stdout.split("]")[0].split("[", 1)[-1]  # not on sys.path
    assert "site-packages" not in result.stdout
    assert result.stdout.strip().endswith("1")  # python -I


@pytest.mark.parametrize("name", ["pytest", "yaml", "jinja2", "sympy", "_pytest", "grader", "__editable___grader_0_1_0_finder"])
def test_only_numpy_and_the_standard_library_are_importable(any_runner, name):
    code = f"import sys\ndef f():\n    print(sys.path)\n    __import__({name!r})\n"
    result = any_runner.run(job(code))
    assert result.calls[0].status == "error", result.calls[0]
    assert "site-packages" not in result.stdout


def test_numpy_and_its_lazy_submodules_import(any_runner):
    code = """
        import numpy as np, numpy.fft, numpy.polynomial, statistics, fractions, pprint, json
        def f():
            import numpy.random, numpy.linalg, numpy.testing, decimal, itertools
            np.testing.assert_allclose(np.fft.ifft(np.fft.fft([1.0, 2.0])).real, [1.0, 2.0])
            return float(np.linalg.det(np.eye(2))) + float(np.random.default_rng(0).integers(1, 2))
    """
    result = any_runner.run(job(code))
    assert result.status == "ok" and result.calls[0].value == 2.0, result.calls


def test_the_grader_process_cannot_be_signalled(any_runner):
    before = any_runner.worker_pid
    code = "import os, signal\ndef f():\n    os.kill(os.getppid(), signal.SIGKILL)\n"
    result = any_runner.run(job(code, [{}, {}]))
    assert [c.status for c in result.calls] == ["error", "error"]
    assert "not allowed" in result.calls[0].error or "not permitted" in result.calls[0].error
    assert any_runner.worker_pid == before and alive(os.getpid())


def test_no_network(any_runner):
    code = "def f():\n    import socket\n    socket.create_connection(('127.0.0.1', 22), timeout=1)\n"
    result = any_runner.run(job(code))
    assert result.calls[0].status == "error"


def test_namespaces_are_used_when_available(runner):
    if runner.isolation != "namespaces":
        pytest.skip(f"namespaces not available here: {runner.isolation_note}")
    paths = ["/proc", "/home", "/etc", "/root/.ssh", str(REFERENCE), str(ROOT / "grader"), "/submission/sub.py"]
    code = f"import os\ndef f():\n    print(os.getcwd(), [os.path.exists(p) for p in {paths!r}])\n    return 1.0\n"
    result = runner.run(job(code))
    assert result.stdout == "/submission [False, False, False, False, False, False, True]\n"


@pytest.fixture(scope="module")
def hookless(sandbox_workdir):
    """A namespaces runner WITHOUT the audit hook: only the kernel layers are left,
    as if a submission had defeated the hook."""
    runner = ProcessRunner(workdir=sandbox_workdir / "hookless", audit_hook=False)
    if runner.isolation != "namespaces":
        runner.close()
        pytest.skip("namespaces not available here")
    yield runner
    runner.close()


@pytest.mark.parametrize(
    "body,error",
    [
        (f"open({str(REFERENCE)!r}).read()", "FileNotFoundError"),
        ("open('/etc/passwd').read()", "FileNotFoundError"),
        ("os.listdir('/proc')", "FileNotFoundError"),
        ("os.kill(os.getppid(), 0)", "PermissionError"),
        ("os.kill(1, 0)", "PermissionError"),
        ("os.fork()", "BlockingIOError"),
        ("__import__('socket').create_connection(('1.1.1.1', 80), timeout=1)", "OSError"),
        ("os.mkdir('x'); os.chroot('x')", "PermissionError"),
        ("open(os.__file__, 'a').write('#')", ("PermissionError", "OSError")),
        ("os.setuid(0); os.setgroups([0])", "PermissionError"),
    ],
)
def test_kernel_layers_hold_without_the_audit_hook(hookless, body, error):
    result = hookless.run(job(f"import os\ndef f():\n    {body}\n    return 1.0\n"))
    assert result.status == "ok"
    assert result.calls[0].status == "error" and result.calls[0].error.startswith(error), result.calls[0]
    assert result.calls[0].error.split(":")[0] != "PermissionError" or "sandbox" not in result.calls[0].error


def test_kernel_layers_hold_without_the_audit_hook_even_with_ctypes(hookless):
    code = """
        import ctypes
        def f():
            libc = ctypes.CDLL(None, use_errno=True)
            results = []
            for call in (lambda: libc.mount(b"none", b"/tmp", b"tmpfs", 0, None),
                         lambda: libc.umount2(b"/submission", 2),
                         lambda: libc.unshare(0x00020000),
                         lambda: libc.setuid(0) or libc.setresuid(1, 1, 1)):
                results.append(float(call()))
                results.append(float(ctypes.get_errno()))
            return results
    """
    result = hookless.run(job(code))
    values = result.calls[0].value
    assert values[0::2][:3] == [-1.0, -1.0, -1.0]  # mount, umount, unshare all refused
    assert values[1] == 1.0  # EPERM


def test_the_runner_restarts_a_dead_worker_and_close_kills_it(sandbox_workdir):
    runner = ProcessRunner(workdir=sandbox_workdir / "restart")
    assert runner.run(job("def f():\n    return 1.0\n")).status == "ok"
    first = runner.worker_pid
    os.kill(first, signal.SIGKILL)
    assert runner.run(job("def f():\n    return 2.0\n")).calls[0].value == 2.0
    second = runner.worker_pid
    assert second != first and runner.restarts == 1
    runner.close()
    assert not alive(second)
    with pytest.raises(Exception):
        runner.run(job("def f():\n    return 3.0\n"))


def test_a_worker_dying_mid_job_is_retried_once(sandbox_workdir):
    with ProcessRunner(workdir=sandbox_workdir / "midjob") as runner:
        runner.start()
        # The job kills its own worker (as if the worker had crashed): the runner
        # restarts it and retries; the retry kills it again, and the job is reported.
        code = "import os, signal\ndef f():\n    return 1.0\n"
        os.kill(runner.worker_pid, signal.SIGKILL)
        assert runner.run(job(code)).calls[0].value == 1.0


def test_a_job_sees_nothing_of_the_job_before_it(any_runner):
    write = "import os\ndef f():\n    open('left_behind.txt', 'w').write('x')\n    print(os.getcwd())\n    return 1.0\n"
    first = any_runner.run(job(write))
    folder = first.stdout.strip()
    look = (f"import os\ndef f():\n    return [float(os.path.exists(p)) for p in "
            f"['left_behind.txt', {folder + '/left_behind.txt'!r}, '/tmp/left_behind.txt']]\n")
    second = any_runner.run(job(look))
    assert second.calls[0].value == [0.0, 0.0, 0.0]
    if any_runner.isolation == "audit":
        assert not os.path.exists(folder)  # the job folder is removed afterwards
