"""Fixtures for the sandbox tests: one worker per isolation mode per session."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from grader.sandbox import ProcessRunner


@pytest.fixture(scope="session")
def sandbox_workdir():
    """A scratch folder under /tmp: other users may pass through it (o+x), as the
    job's unprivileged uid must to reach its own folder in audit mode."""
    path = Path(tempfile.mkdtemp(prefix="grader-sandbox-test-"))
    path.chmod(0o711)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def runner(sandbox_workdir):
    """The default runner ("auto": namespaces where the machine allows them)."""
    with ProcessRunner(workdir=sandbox_workdir / "auto") as r:
        yield r


@pytest.fixture(scope="session")
def audit_runner(sandbox_workdir):
    """A runner forced into the fallback mode (audit hook, no namespaces)."""
    with ProcessRunner(isolation="audit", workdir=sandbox_workdir / "audit") as r:
        yield r


@pytest.fixture(scope="session", params=["auto", "audit"])
def any_runner(request, runner, audit_runner):
    """Each test using this runs once per isolation mode."""
    return runner if request.param == "auto" else audit_runner
