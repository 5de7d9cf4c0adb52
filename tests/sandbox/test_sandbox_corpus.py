"""Every submissions/code_* folder through find_function and ProcessRunner.

Asserts the sandbox status each folder ends with (the verdict is the grader's
business), and -- so that tests/expected/code.yaml is not wishful -- recomputes
each verdict from the rubric with the reference solution, here in the test process.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
import yaml
from sandbox_support import GIVEN, alive, descendants

from grader.sandbox import ExecResult, Job, Limits, find_function

ROOT = Path(__file__).resolve().parents[2]
SUBMISSIONS = ROOT / "submissions"
FOLDERS = sorted(p.name for p in SUBMISSIONS.glob("code_*") if p.is_dir())
EXPECTED_YAML = yaml.safe_load((ROOT / "tests" / "expected" / "code.yaml").read_text(encoding="utf-8"))
LIMITS = Limits(cpu_seconds=1, wall_seconds=6)  # wall room for a loaded CI machine

#: The sandbox status of each folder (None: no file defines gradients), and what its
#: calls come back as.
STATUS = {
    "code_vectorised": ("ok", "ok"),
    "code_loops": ("ok", "ok"),
    "code_class_based": ("ok", "ok"),
    "code_latin1_comments": ("ok", "ok"),
    "code_wrong_sign": ("ok", "ok"),
    "code_bias_wrong": ("ok", "ok"),
    "code_wrong_shape": ("ok", "ok"),
    "code_raises": ("ok", "error"),
    "code_infinite_loop": ("timeout", None),
    "code_memory_hog": ("memory", "error"),
    "code_prints_megabytes": ("output_limit", None),
    "code_os_exit": ("crashed", None),
    "code_fork_bomb": ("ok", "error"),
    "code_reads_reference": ("ok", "ok"),
    "code_returns_garbage": ("ok", "bad_return"),
    "code_monkeypatch": ("ok", "ok"),
    "code_syntax_error": ("import_error", None),
    "code_sys_exit": ("import_error", None),
    "code_no_function": (None, None),
}


def _reference():
    spec = importlib.util.spec_from_file_location("gnr638_a2_for_tests", ROOT / "reference" / "gnr638_a2.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


REFERENCE = _reference()
NETWORKS = [GIVEN] + REFERENCE.random_network_args(seed=638, count=5)


def _files(folder: str) -> dict[str, bytes]:
    base = SUBMISSIONS / folder
    return {str(p.relative_to(base)): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()}


def _verdict(result: ExecResult | None) -> str:
    """The rubric of Q1(c), applied to plain data (what the grader will do)."""
    if result is None:
        return "missing"
    if result.status != "ok" or len(result.calls) != len(NETWORKS):
        return "incorrect"
    weights = biases = True
    for call, network in zip(result.calls, NETWORKS):
        if call.status != "ok" or not isinstance(call.value, list) or len(call.value) != 4:
            return "incorrect"
        wanted = REFERENCE.gradients(**{k: np.array(v) for k, v in network.items()})
        for index, (got, want) in enumerate(zip(call.value, wanted)):
            got = np.asarray(got, dtype=float)
            if got.shape != want.shape:
                return "incorrect"
            match = bool(np.allclose(got, want, rtol=1e-6, atol=0.0))
            if index in (0, 2):
                weights &= match
            else:
                biases &= match
    return "correct" if weights and biases else "partial" if weights or biases else "incorrect"


def test_the_corpus_and_its_tables_agree():
    assert len(FOLDERS) >= 15
    assert set(FOLDERS) == set(STATUS) == set(EXPECTED_YAML)
    for folder in FOLDERS:
        row = EXPECTED_YAML[folder]
        assert row["backprop.code"] in ("correct", "partial", "incorrect", "missing") and row["note"]
        python_files = [p for p in (SUBMISSIONS / folder).rglob("*.py")]
        assert len(python_files) == 1, folder


@pytest.fixture(scope="module")
def corpus_results(runner):
    results = {}
    for folder in FOLDERS:
        files = _files(folder)
        module = find_function(files, "gradients")
        results[folder] = None if module is None else runner.run(Job(files, module, "gradients", NETWORKS, LIMITS))
    assert descendants(runner.worker_pid) == []  # the fork bomb left nothing behind
    return results


@pytest.mark.parametrize("folder", FOLDERS)
def test_status(corpus_results, folder):
    result = corpus_results[folder]
    status, call_status = STATUS[folder]
    if status is None:
        assert result is None
        return
    assert result.status == status, result.detail
    if call_status is not None:
        assert result.calls and {call.status for call in result.calls} == {call_status}, result.calls


@pytest.mark.parametrize("folder", FOLDERS)
def test_expected_verdict_follows_from_the_rubric(corpus_results, folder):
    assert _verdict(corpus_results[folder]) == EXPECTED_YAML[folder]["backprop.code"]


def test_the_cheats_learn_nothing(corpus_results):
    snooper = corpus_results["code_reads_reference"]
    assert "FOUND" not in snooper.stdout.replace("NotFound", "")
    assert "def gradients" not in snooper.stdout
    assert all(value == 0.0 for call in snooper.calls for part in call.value for value in np.ravel(part))
    garbage = corpus_results["code_returns_garbage"]
    assert all(call.value is None for call in garbage.calls)


def test_the_output_flood_is_cut(corpus_results):
    flood = corpus_results["code_prints_megabytes"]
    assert flood.stdout.endswith("[… truncated]") and len(flood.stdout) < 70_000
    assert flood.seconds < 3


def test_no_function_runs_as_not_found(runner):
    files = _files("code_no_function")
    result = runner.run(Job(files, "backprop.py", "gradients", [GIVEN], LIMITS))
    assert result.status == "not_found"


def test_fork_bomb_children_never_start(corpus_results, runner):
    bomb = corpus_results["code_fork_bomb"]
    assert all("fork" in call.error for call in bomb.calls)
    assert descendants(runner.worker_pid) == []
    assert alive(runner.worker_pid)
