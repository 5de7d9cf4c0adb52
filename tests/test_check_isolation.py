"""`grader check` (a student's self-check) never loads code under the audit hook alone unasked:
where namespaces are refused it does not load the code and says how to accept the hook
(--isolation audit), which then warns; it always says the isolation in force."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader import api, selfcheck
from grader.cli import main
from grader.sandbox import SandboxStartError

CODE = Path(__file__).resolve().parent.parent / "submissions" / "code_vectorised"


class _Loaded:
    status, detail = "ok", ""


def _machine(namespaces: bool, asked: list[str]):
    """A ProcessRunner on a machine that allows namespaces or refuses them; ``asked`` logs each mode asked for."""

    class _Runner:
        def __init__(self, *, isolation: str = "auto", **_):
            asked.append(isolation)
            self._mode = isolation

        def start(self):
            if self._mode == "namespaces" and not namespaces:
                raise SandboxStartError("namespaces unavailable: unshare: Operation not permitted")
            if self._mode == "auto":  # what ProcessRunner does: whichever works, the audit hook at worst
                self._mode = "namespaces" if namespaces else "audit"

        @property
        def isolation(self) -> str:
            return self._mode

        seccomp = True

        def run(self, job):
            return _Loaded()

        def close(self):
            pass

    return _Runner


@pytest.fixture(autouse=True)
def _no_machine_setting(monkeypatch):
    monkeypatch.delenv(api.ISOLATION_VARIABLE, raising=False)


def test_where_namespaces_are_refused_code_is_not_loaded_and_the_way_on_is_said(monkeypatch, capsys):
    asked: list[str] = []
    monkeypatch.setattr(selfcheck, "ProcessRunner", _machine(False, asked))
    main(["check", str(CODE), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert asked == ["namespaces"] and doc["isolation"] is None
    assert any("namespaces unavailable" in w and "--isolation audit" in w for w in doc["warnings"])


def test_audit_only_when_asked_and_then_with_a_warning(monkeypatch, capsys):
    asked: list[str] = []
    monkeypatch.setattr(selfcheck, "ProcessRunner", _machine(False, asked))
    main(["check", str(CODE), "--json", "--isolation", "audit"])
    out, err = capsys.readouterr()
    assert asked == ["audit"] and json.loads(out)["isolation"] == "audit+seccomp"
    assert "isolated by: the audit hook and a seccomp filter" in err and "warning" in err


def test_the_machine_setting_asks_for_audit_too(monkeypatch, capsys):
    asked: list[str] = []
    monkeypatch.setattr(selfcheck, "ProcessRunner", _machine(False, asked))
    monkeypatch.setenv(api.ISOLATION_VARIABLE, "audit")
    main(["check", str(CODE), "--json"])
    assert asked == ["audit"] and json.loads(capsys.readouterr().out)["isolation"] == "audit+seccomp"


@pytest.mark.parametrize("given", [[], ["--isolation", "auto"], ["--isolation", "namespaces"]])
def test_with_namespaces_the_isolation_in_force_is_said(monkeypatch, capsys, given):
    asked: list[str] = []
    monkeypatch.setattr(selfcheck, "ProcessRunner", _machine(True, asked))
    main(["check", str(CODE)] + given)
    err = capsys.readouterr().err
    assert asked == ["namespaces"]
    assert "student code ran isolated by: namespaces" in err and "warning" not in err


def test_without_code_nothing_is_isolated_and_nothing_is_said(monkeypatch, capsys):
    asked: list[str] = []
    monkeypatch.setattr(selfcheck, "ProcessRunner", _machine(True, asked))
    main(["check", str(CODE), "--no-code"])
    assert asked == [] and "isolated by" not in capsys.readouterr().err
