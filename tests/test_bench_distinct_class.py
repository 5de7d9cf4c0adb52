"""The benchmark's distinct class: no two students share a line, and the same seed gives the same class."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from distinct_class import write_class  # noqa: E402


def _lines(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


@pytest.fixture(scope="module")
def small_class(tmp_path_factory) -> list[Path]:
    return write_class(tmp_path_factory.mktemp("class"), 300, seed=7)


def test_no_two_students_share_a_line(small_class):
    owner: dict[str, str] = {}
    for path in small_class:
        for line in _lines(path):
            assert line not in owner, f"{path.name} and {owner[line]} both write {line!r}"
            owner[line] = path.name


def test_every_format_and_every_question_is_there(small_class):
    assert {p.suffix for p in small_class} == {".md", ".txt", ".tex"}
    texts = [p.read_text(encoding="utf-8") for p in small_class]
    assert all("Assignment 2" in t or "homework 2" in t or "Assgn 2" in t for t in texts)
    for mark in ("sigmoid", "8*8*3*256", "Poisson"):
        assert sum(mark in t for t in texts) > len(texts) // 4, mark


def test_the_same_seed_writes_the_same_class_and_another_seed_another(tmp_path):
    first = write_class(tmp_path / "a", 40, seed=7)
    again = write_class(tmp_path / "b", 40, seed=7)
    other = write_class(tmp_path / "c", 40, seed=8)
    assert [p.name for p in first] == [p.name for p in again]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, again))
    assert any(a.read_bytes() != c.read_bytes() for a, c in zip(first, other))
