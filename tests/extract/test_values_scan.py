"""The question scan (``values.scan_question``): which questions it may leave unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.extract import SpecIndex
from grader.extract.sections import split_sections
from grader.extract.values import ScanResult, _Scanner, scan_question
from grader.ingest import read_submission
from grader.spec_loader import load_spec

ROOT = Path(__file__).resolve().parents[2]

#: The shipped assignments and their corpora: (spec, folder of submissions).
CORPORA = [("gnr638_a2", "submissions"), ("dl_a3", "corpora/dl_a3"), ("stats_a1", "corpora/stats_a1")]


def _unscanned(spec) -> list:
    """The questions ``scan_question`` does not scan: no numeric part, no parameter, no consistency rule."""
    index = SpecIndex.of(spec)
    return [q for q in spec.questions
            if not any(p.kind in ("integer", "number", "matrix") for p in q.parts)
            and not index.questions[q.id].names.order and not q.consistency]


def test_every_shipped_spec_has_a_question_left_unscanned():
    """The test below covers something: each shipped spec has a formula's or a choice's question."""
    assert all(_unscanned(load_spec(ROOT / "reference" / f"{name}.yaml")) for name, _ in CORPORA)


@pytest.mark.parametrize("name,folder", CORPORA)
def test_a_question_left_unscanned_would_have_given_nothing(name, folder):
    """Scanned in full, such a question's scan finds no candidate, stated value or conflict in any
    text submission of its corpus, so leaving it unscanned reads the same answers."""
    spec = load_spec(ROOT / "reference" / f"{name}.yaml")
    index = SpecIndex.of(spec)
    unscanned = _unscanned(spec)
    paths = sorted(p for p in (ROOT / folder).iterdir()
                   if p.suffix in (".md", ".txt", ".tex") and not p.is_symlink())
    assert paths
    for path in paths:
        document = read_submission(path)
        sections = split_sections(document, spec, index.vocabulary)
        everything = tuple(b for s in sections for b in s.blocks)
        section_of = [s.question for s in sections for _ in s.blocks]
        for question in unscanned:
            own = {i for i, q in enumerate(section_of) if q == question.id}
            others = tuple(index.questions[q.id] for q in spec.questions if q.id != question.id)
            full = _Scanner(index.questions[question.id], (), others).scan(everything, own)
            assert (full.candidates, full.parameters, full.conflicts) == ({}, {}, []), (path.name, question.id)
            assert scan_question(index.questions[question.id], everything, own, others) == ScanResult()
