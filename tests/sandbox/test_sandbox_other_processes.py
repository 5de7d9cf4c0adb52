"""Student code reaches no other process, whoever runs the grader: the seccomp filter refuses
pidfd_open, pidfd_send_signal, kill outside the job, ptrace and process_vm_* in the kernel,
where the audit hook never looks. Run as this user and, when this is root, as ``nobody``
(the job's uid outside is then the grader's own, so only the filter stands between them)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

#: Each attack: (name, system call name, arguments; "PPID" is the worker, "GRADER" the grader).
ATTACKS = [
    ("pidfd_open the worker", "pidfd_open", ("PPID", 0)),
    ("pidfd_open the grader", "pidfd_open", ("GRADER", 0)),
    ("pidfd_open init", "pidfd_open", (1, 0)),
    ("pidfd_send_signal", "pidfd_send_signal", (3, 9, 0, 0)),
    ("kill the worker", "kill", ("PPID", 9)),
    ("kill the grader", "kill", ("GRADER", 9)),
    ("kill every process it may", "kill", (-1, 9)),
    ("tgkill the worker", "tgkill", ("PPID", "PPID", 9)),
    ("ptrace attach", "ptrace", (16, "PPID", 0, 0)),
    ("process_vm_readv", "process_vm_readv", ("PPID", 0, 0, 0, 0, 0)),
    ("process_vm_writev", "process_vm_writev", ("PPID", 0, 0, 0, 0, 0)),
]

#: The check, run as a script (as this user or as nobody): the kernel layers alone (no
#: audit hook), every attack through ctypes' raw syscall(); prints what happened as JSON.
CHECK = textwrap.dedent('''
    import json, os, sys
    sys.path.insert(0, sys.argv[1])
    from grader.sandbox import Job, Limits, ProcessRunner
    from grader.sandbox.worker import _SYSCALL_NUMBERS
    numbers = _SYSCALL_NUMBERS.get(os.uname().machine)
    if numbers is None:
        print(json.dumps({"skip": "no syscall numbers for " + os.uname().machine})); sys.exit(0)
    attacks = json.loads(sys.argv[3])
    code = ["import ctypes, os, json",
            "def f():",
            "    libc = ctypes.CDLL(None, use_errno=True)",
            "    libc.syscall.restype = ctypes.c_long",
            "    out = []",
            "    for number, args in " + repr([(numbers[c], a) for _, c, a in attacks]) + ":",
            "        args = [os.getppid() if a == 'PPID' else " + str(os.getpid()) + " if a == 'GRADER' else a "
            "for a in args]",
            "        ctypes.set_errno(0)",
            "        r = libc.syscall(number, *[ctypes.c_long(a) for a in args])",
            "        out.append([float(r), float(ctypes.get_errno())])",
            "    out.append([float(libc.syscall(" + str(numbers["kill"]) + ", os.getpid(), 0)), 0.0])",
            "    return out"]
    job = Job(files={"sub.py": "\\n".join(code).encode()}, module="sub.py", function="f", calls=[{}],
              limits=Limits(cpu_seconds=2, wall_seconds=5))
    try:
        runner = ProcessRunner(isolation=sys.argv[2], audit_hook=False, workdir=sys.argv[4])
        runner.start()
    except Exception as exc:
        print(json.dumps({"skip": f"{sys.argv[2]} not available to uid {os.geteuid()}: {exc}"})); sys.exit(0)
    worker = runner.worker_pid
    result = runner.run(job)
    alive = runner.worker_pid == worker and runner.restarts == 0
    print(json.dumps({"uid": os.geteuid(), "seccomp": runner.seccomp, "status": result.status,
                      "detail": result.detail, "calls": [[c.status, c.value, c.error] for c in result.calls],
                      "worker_alive": alive}))
    runner.close()
''')


def _run_check(mode: str, as_nobody: bool) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="grader-other-processes-"))  # /tmp: nobody may enter it
    try:
        folder.chmod(0o755)
        script = folder / "check.py"
        script.write_text(CHECK, encoding="utf-8")
        script.chmod(0o644)
        workdir = folder / "work"
        if as_nobody:
            workdir.mkdir()
            os.chown(workdir, 65534, 65534)
        argv = [sys.executable, str(script), str(ROOT), mode, json.dumps(ATTACKS), str(workdir)]
        if as_nobody:
            argv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *argv]
        got = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd="/")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert got.returncode == 0, got.stderr[-2000:]
    return json.loads(got.stdout.strip().splitlines()[-1])


def _assert_refused(report: dict) -> None:
    if "skip" in report:
        pytest.skip(report["skip"])
    assert report["seccomp"], "the seccomp filter is not in force"
    if report["status"] == "import_error" and "ctypes" in report["detail"] and report["uid"] == 0:
        pytest.skip("audit mode as root: the job's fresh uid cannot read this Python's ctypes (a private "
                    "folder), so the attack cannot be written; its uid cannot signal anyone either")
    assert report["status"] == "ok", report
    status, values, error = report["calls"][0]
    assert status == "ok", error
    refused = dict(zip([name for name, _, _ in ATTACKS], values))
    for name, (result, errno) in refused.items():
        assert result == -1.0 and errno == 1.0, f"{name}: returned {result}, errno {errno} (uid {report['uid']})"
    assert values[-1][0] == 0.0, "signalling itself must still work"
    assert report["worker_alive"]


@pytest.mark.parametrize("mode", ["namespaces", "audit"])
def test_no_other_process_is_reached_as_this_user(mode):
    _assert_refused(_run_check(mode, as_nobody=False))


@pytest.mark.parametrize("mode", ["namespaces", "audit"])
def test_no_other_process_is_reached_as_an_unprivileged_user(mode):
    if os.geteuid() != 0:
        pytest.skip("not root: the test above already ran as an unprivileged user")
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is not installed: cannot run as nobody here")
    # The grader, as nobody, starts the worker with this same interpreter: it must be one every user may run.
    probe = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c",
                            f"import subprocess, sys; sys.path.insert(0, {str(ROOT)!r}); import grader.sandbox; "
                            f"subprocess.run([sys.executable, '-c', 'import numpy'], check=True)"],
                           capture_output=True, text=True, cwd="/")
    if probe.returncode != 0:
        pytest.skip(f"nobody cannot start this Python ({sys.executable}) or read the project, so the grader cannot "
                    f"run as nobody here (a Python under /root?); use a Python every user may run to test this")
    _assert_refused(_run_check(mode, as_nobody=True))
