"""The question scan (``values.scan_question``): which questions it may leave unread."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@given(st.text(alphabet=" \t\n*#>$|&\\hlineqQuestioprb0123456789.()abcdefgh:", max_size=24))
def test_a_head_without_the_number_lead_has_no_numbered_mark(head):
    """``_marker_part`` tries the four marks of a question's number only after their shared lead."""
    from grader.extract import values

    marks = (values._DOTTED_MARK, values._CELL_MARK, values._GLUED_MARK, values._QUESTION_PREFIX)
    if values._NUMBER_LEAD.match(head) is None:
        assert all(mark.match(head) is None for mark in marks)


@pytest.mark.parametrize("head", ["2(b) 53952", "q2 (a) 1.2", "| 5 | 0.49 |", "5.2 | 0.49", "1a  0.0044",
                                  "\\hline 2(b) & 53952", "question 3(a)", "  3.1: z = 1.80"])
def test_numbered_marks_have_the_lead(head):
    from grader.extract import values

    assert values._NUMBER_LEAD.match(head) is not None


@given(st.text(alphabet=" \t\n*#>$|&\\hlineqQuestioprb0123456789.()abcdefgh:", max_size=40))
def test_a_text_without_a_numbered_line_lead_has_no_numbered_mark(text):
    """``_Scanner._numbered`` looks for the three marks only in a text with a line that opens with a number."""
    from grader.extract import values

    if values._NUMBERED_LINE_LEAD.search(text) is None:
        assert not any(p.search(text) for p in (values._NUMBERED_MARK, values._DOTTED_MARK, values._GLUED_MARK))


def _named_by_walk(scanner: _Scanner, text: str):
    """``_parameter_names`` with every name tried in turn (its test of the endings made useless)."""
    names = scanner.names
    object.__setattr__(names, "endings", (("",), ("",)))  # every text ends in ""
    try:
        return scanner._parameter_names(text)
    finally:
        names.__post_init__()


def _named_questions() -> list:
    """The questions of the shipped specs that name parameters."""
    indexes = [SpecIndex.of(load_spec(ROOT / "reference" / f"{name}.yaml")) for name, _ in CORPORA]
    return [q for index in indexes for q in index.questions.values() if q.names.order]


NAMED_QUESTIONS = _named_questions()
#: The questions of the shipped specs whose parts have sub-question markers.
MARKED_QUESTIONS = [q for name, _ in CORPORA
                    for q in SpecIndex.of(load_spec(ROOT / "reference" / f"{name}.yaml")).questions.values() if q.markers]


def test_a_shipped_question_names_parameters():
    assert NAMED_QUESTIONS  # the test below covers something


@given(data=st.data())
def test_a_subject_that_ends_in_no_name_names_nothing(data):
    """The test of a subject's ending before the names are walked drops only subjects the walk
    finds no name in: subjects made of the question's own names, their neighbours and noise."""
    question = data.draw(st.sampled_from(NAMED_QUESTIONS))
    spellings = [o[0] for o in question.names.order] + list(question.names.spelled)
    piece = st.one_of(st.sampled_from(spellings), st.sampled_from(["Let", "the", "biases", "=", ":", " ", "(given)",
                                                                    "x", "1", "_", "W", "*", "+"]),
                      st.text(max_size=3))
    text = "".join(data.draw(st.lists(piece, max_size=5)))
    scanner = _Scanner(question, ())
    assert scanner._parameter_names(text) == _named_by_walk(scanner, text)


def _marker_by_walk(text: str, index) -> str | None:
    """The part whose marker opens ``text``, found as ``_marker_part`` found it before the question's
    markers were kept lowered in its index: every marker of every part, lowered, tried in turn."""
    from grader.extract import values

    head = text[:200].lstrip(" \t*#-$>").lower()
    for part in index.question.parts:
        for marker in part.find.markers:
            if head.startswith(marker.lower()) and (len(head) == len(marker) or not head[len(marker)].isalnum()):
                return part.id
    return None if values._NUMBER_LEAD.match(head) is None else "numbered"


@given(data=st.data())
def test_a_statement_opens_with_the_marker_the_walk_finds(data):
    """The markers kept lowered in the question's index, and the one test of their heads, find the
    part the walk over every part's markers found (heads without a question's number)."""
    from grader.extract import values

    index = data.draw(st.sampled_from(MARKED_QUESTIONS))
    markers = [m for p in index.question.parts for m in p.find.markers]
    piece = st.one_of(st.sampled_from(markers + [m.upper() for m in markers]),
                      st.sampled_from([" ", "*", "#", "$", "-", "x", "(", ")", "b", "ii", "=", "0.5", "\t"]))
    text = "".join(data.draw(st.lists(piece, max_size=4)))
    expected = _marker_by_walk(text, index)
    if expected != "numbered":  # a head with a number is read by the numbered marks first
        assert values._marker_part(text, index) == expected


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=" \t\n\x1c\u2003()ab,=_", max_size=24))
def test_a_note_in_brackets_is_dropped_as_the_pattern_drops_it(text):
    from grader.extract.values import _PAREN_NOTE, _without_note

    assert _without_note(text) == _PAREN_NOTE.sub("", text)


@settings(max_examples=800, deadline=None)
@given(text=st.text(alphabet=" \t\n\\-*×·+/^()−[]²⁹0123456789aCovtimescdfrgx_{}", max_size=30))
def test_an_operator_is_found_where_the_pattern_finds_one(text):
    """``_has_operator`` looks for ``_OPERATORS`` only where one of the signs that each of its matches
    holds is: the pattern changed to match without one would be skipped where it should not be."""
    from grader.extract.values import _OPERATORS, _has_operator

    assert _has_operator(text) == (_OPERATORS.search(text) is not None)
