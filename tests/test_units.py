"""Units (grader/units.py): how students write units, each converted to the spec's unit with pint;
a part with ``unit:`` graded end to end; a unit the spec cannot have is refused at load."""

from __future__ import annotations

import re
import textwrap
from fractions import Fraction
from pathlib import Path

import pytest

from grader import api
from grader.errors import SpecError
from grader.spec_loader import load_spec
from grader.units import UnitError, convert, dimension, read_unit

# (text after the number, the unit read or None, the value of 5 of it in m/s or None, why)
SPELLINGS = [
    (" m/s", "m/s", "5", "the spec's own unit"),
    (" cm/s.", "cm/s", "0.05", "centimetres, a sentence's full stop after"),
    (" km/h", "km/h", "25/18", "kilometres per hour"),
    (" kmph", "kmph", "25/18", "Indian English: pint alone reads kilo-miles per hour"),
    (" km/hr", "km/hr", "25/18", "hr for hour"),
    (" m s^-1", "m s^-1", "5", "a negative exponent with a caret"),
    (" m s⁻¹", "m s⁻¹", "5", "a superscript exponent"),
    (" m·s⁻¹", "m·s⁻¹", "5", "a product dot"),
    (" m s-1", "m s-1", "5", "an exponent without its caret"),
    (" ms^-1", "ms^-1", "5", "ms^-1 as students mean it: metres per second, not per millisecond"),
    (" ms-1", "ms-1", "5", "the same without a caret"),
    (" metres per second", "metres per second", "5", "in words"),
    (" meters/second", "meters/second", "5", "American spelling"),
    (" mph", "mph", "2.2352", "miles per hour"),
    (" m/min", "m/min", "1/12", "metres per minute"),
    (" \\text{m/s}", "m/s", "5", "LaTeX text"),
    ("\\,\\mathrm{m\\,s^{-1}}", "m\\,s^{-1}", "5", "LaTeX upright with a thin space and a braced exponent"),
    (" m/s so the car", "m/s", "5", "prose after the unit is not read"),
    (" in total", None, None, "'in' is a preposition here, not inches"),
    (" at most", None, None, "'at' is no technical atmosphere"),
    (" a day", None, None, "'a' is no year"),
    (" (approx)", None, None, "a note, no unit"),
    ("", None, None, "nothing after the number"),
    (" - 3 = 2", None, None, "arithmetic, no unit"),
]


@pytest.mark.parametrize("after, unit, value, why", SPELLINGS, ids=[s[3] for s in SPELLINGS])
def test_spellings(after, unit, value, why):
    read = read_unit("5" + after, 1)
    assert (read[0] if read else None) == unit, why
    if value is not None:
        assert float(convert(5, unit, "m/s")) == pytest.approx(float(Fraction(value)), rel=1e-11), why


@pytest.mark.parametrize("unit, words", [
    ("m", "a length ([length])"), ("s", "a time ([time])"), ("m/s^2", "an acceleration ([length] / [time] ** 2)"),
    ("N", "a force ([mass] * [length] / [time] ** 2)"), ("km/h", "a speed ([length] / [time])"),
    ("kg/m^3", "a density ([mass] / [length] ** 3)"),
])
def test_dimensions_in_words(unit, words):
    assert dimension(unit) == words


def test_another_dimension_is_refused_with_both_named():
    with pytest.raises(UnitError, match=r"m is a length \(\[length\]\); the answer is a speed .*, in m/s"):
        convert(5, "m", "m/s")


def test_temperatures_convert_with_their_offset():
    assert convert(25, "degC", "K") == Fraction("298.15")


REF = "def speed():\n    return 5.0\n"


def _spec(tmp_path: Path, extra: str = "unit: m/s") -> Path:
    (tmp_path / "ref.py").write_text(REF)
    (tmp_path / "spec.yaml").write_text(textwrap.dedent(f"""\
        assignment: units
        reference: ref.py
        questions:
          - id: q
            keywords: [speed, velocity]
            parts:
              - id: q.v
                points: 2
                kind: number
                expected: {{function: speed}}
                tolerance: {{relative: 0.001}}
                {extra}
                find: {{labels: [speed]}}
        """))
    return tmp_path / "spec.yaml"


# (the student's line, verdict, what the feedback must say, why)
GRADED = [
    ("The speed is 5 m/s.", "correct", "5 m/s", "the spec's unit"),
    ("The speed is 500 cm/s.", "correct", "500 cm/s matches 5 m/s", "converted"),
    ("The speed is 18 km/h.", "correct", "18 km/h matches 5 m/s", "converted from km/h"),
    ("The speed is 5.", "correct", "5 matches 5 m/s", "no unit: read in the spec's unit"),
    ("The speed is 5 m.", "incorrect", "m is a length ([length]); the answer is a speed", "another dimension"),
    ("The speed is 5 km/h.", "incorrect", "not the expected 5 m/s", "the right number in the wrong unit"),
    ("The speed is 5 m per s.", "correct", "5 m per s matches", "'m' after a number is metres, not million"),
    ("The speed is 5 kg.", "incorrect", "kg is a mass ([mass])", "a mass for a speed"),
    ("The speed is 0.005 km/s", "correct", "0.005 km/s matches 5 m/s", "kilometres per second"),
]


def test_several_values_with_units_are_flagged(tmp_path):
    spec = _spec(tmp_path)
    (tmp_path / "s.md").write_text("# Question 1\n\nIt starts at 2 m/s and reaches a speed of 5 m/s.\n")
    part = api.grade_submission(tmp_path / "s.md", spec).parts[0]
    assert part.verdict == "correct" and part.review and "several values written with a unit" in part.review_reasons[0]


def test_one_value_with_its_unit_is_not_flagged(tmp_path):
    spec = _spec(tmp_path)
    (tmp_path / "s.md").write_text("# Question 1\n\nThe speed is 5 m/s.\n")
    part = api.grade_submission(tmp_path / "s.md", spec).parts[0]
    assert part.verdict == "correct" and not part.review


@pytest.mark.parametrize("line, verdict, says, why", GRADED, ids=[g[3] for g in GRADED])
def test_graded_in_the_spec_unit(tmp_path, line, verdict, says, why):
    spec = _spec(tmp_path)
    (tmp_path / "s.md").write_text(f"# Question 1\n\n{line}\n")
    result = api.grade_submission(tmp_path / "s.md", spec)
    part = result.parts[0]
    assert part.verdict == verdict, (why, part.feedback)
    assert says in part.feedback, (why, part.feedback)


@pytest.mark.parametrize("extra, message", [
    ("unit: furlongs per fortnite", "is not a unit pint reads"),
    ("unit: m/s\n                units: [x]\n                percent: true\n                kind2: 1", "kind2"),
])
def test_a_unit_the_spec_cannot_have_is_refused_at_load(tmp_path, extra, message):
    with pytest.raises(SpecError, match=re.escape(message)):
        load_spec(_spec(tmp_path, extra))


def test_a_unit_on_a_tuple_part_is_refused(tmp_path):
    path = _spec(tmp_path)
    path.write_text(path.read_text().replace("kind: number", "kind: tuple"))
    with pytest.raises(SpecError, match=r"spec.yaml:\d+: .*'unit'.* integer or number"):
        load_spec(path)


def test_the_students_copy_of_the_spec_keeps_the_unit(tmp_path):
    from grader.cli import main

    spec = _spec(tmp_path)
    assert main(["bundle", "--student", str(tmp_path / "pkg"), "--spec", str(spec)]) == 0
    assert load_spec(tmp_path / "pkg" / "spec.yaml").parts[0].unit == "m/s"
