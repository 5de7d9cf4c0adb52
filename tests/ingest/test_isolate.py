"""The isolated reader: answers as JSON, and a child that loops, allocates or dies is stopped."""

from __future__ import annotations

import os
import time

import pytest

from grader.ingest.isolate import ChildFailed, ChildRaised, ChildTimedOut, can_fork, run_isolated

forks = pytest.mark.skipif(not can_fork(), reason="isolation needs os.fork (Linux); elsewhere readers run here")


def _answer(x: int) -> dict:
    return {"pages": [[f"line {x}", 1.5, 11.0]], "pid": os.getpid()}


def _raise(_: int) -> None:
    raise ValueError("broken xref table")


def _loop(_: int) -> None:
    while True:
        time.sleep(0.05)


def _allocate(_: int) -> int:
    return len(bytearray(4_000_000_000))


def _die(_: int) -> None:
    os._exit(3)


@forks
def test_the_answer_comes_back_as_plain_data_from_another_process():
    got = run_isolated(_answer, 7, seconds=30, memory_bytes=200_000_000)
    assert got["pages"] == [["line 7", 1.5, 11.0]] and got["pid"] != os.getpid()


@forks
def test_what_the_function_raises_comes_back_by_name():
    with pytest.raises(ChildRaised, match="broken xref table") as info:
        run_isolated(_raise, 0, seconds=30, memory_bytes=200_000_000)
    assert info.value.kind == "ValueError"


@forks
def test_a_child_that_never_ends_is_killed_when_the_time_is_up():
    with pytest.raises(ChildTimedOut):
        run_isolated(_loop, 0, seconds=0.5, memory_bytes=200_000_000)


@forks
def test_a_child_over_the_memory_limit_is_stopped():
    with pytest.raises((ChildRaised, ChildFailed)) as info:
        run_isolated(_allocate, 0, seconds=30, memory_bytes=200_000_000)
    assert getattr(info.value, "kind", "MemoryError") == "MemoryError"


@forks
def test_a_child_that_dies_without_an_answer_is_a_failure():
    with pytest.raises(ChildFailed, match="stopped without an answer"):
        run_isolated(_die, 0, seconds=30, memory_bytes=200_000_000)


def test_without_fork_the_function_runs_here_and_answers_the_same(monkeypatch, make_pdf):
    from grader.ingest.pdf import pdf_blocks

    data = make_pdf([["Q2 standard convolution = 1,228,", "800"]])
    forked = pdf_blocks(data, "a.pdf")
    monkeypatch.setattr("grader.ingest.isolate.can_fork", lambda: False)
    got = run_isolated(_answer, 7, seconds=30, memory_bytes=200_000_000)
    assert got["pid"] == os.getpid() and got["pages"] == [["line 7", 1.5, 11.0]]
    with pytest.raises(ChildRaised, match="broken xref table"):
        run_isolated(_raise, 0, seconds=30, memory_bytes=200_000_000)
    assert pdf_blocks(data, "a.pdf") == forked


def test_beside_other_threads_the_child_comes_from_the_fork_server(monkeypatch):
    """A Dask worker runs threads: a fork there copies their locks held, so none is made."""
    import os
    import threading

    from grader.ingest.isolate import ChildRaised, ChildTimedOut, run_isolated

    def no_fork():
        raise AssertionError("os.fork() beside a running thread")

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        monkeypatch.setattr(os, "fork", no_fork)
        assert run_isolated(sorted, [3, 1, 2], seconds=30, memory_bytes=1 << 30) == [1, 2, 3]
        with pytest.raises(ChildRaised) as raised:
            run_isolated(int, "x", seconds=30, memory_bytes=1 << 30)
        assert raised.value.kind == "ValueError"
        with pytest.raises(ChildTimedOut):
            run_isolated(time.sleep, 30, seconds=1, memory_bytes=1 << 30)
    finally:
        stop.set()
        thread.join()
