"""The spec loader: the shipped spec loads; every broken spec gets file:line and what is wrong."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from grader.errors import ReferenceModuleError, SpecError
from grader.reference import load_reference
from grader.spec_loader import load_spec


GOOD = """\
assignment: demo
reference: ref.py
questions:
  - id: conv
    keywords: [convolution]
    parts:
      - id: conv.a
        points: 5
        kind: integer
        expected: {function: count, args: {n: 3}}
        mistakes:
          - {id: off-by-one, value: off_by_one, credit: 0.5, feedback: "one too many"}
"""
REF = "def count(n):\n    return n * 2\n\ndef off_by_one(n=3):\n    return 7\n"


def write(tmp_path: Path, text: str, ref: str = REF) -> Path:
    (tmp_path / "ref.py").write_text(ref)
    path = tmp_path / "spec.yaml"
    path.write_text(textwrap.dedent(text))
    return path


def test_shipped_spec_loads_with_the_assignment_parts(spec):
    assert [p.id for p in spec.parts] == ["backprop.dw11", "backprop.dw21", "backprop.code",
                                          "conv.standard", "conv.depthwise", "poisson.loss"]
    assert spec.max_score == 30
    assert {p.kind for p in spec.parts} == {"number", "code", "integer", "formula"}


def test_shipped_reference_computes_the_assignment_values(spec, reference):
    conv = spec.parts[3]
    assert reference.call(conv.expected) == 1228800
    q1 = spec.questions[0]
    assert reference.call(q1.parts[0].expected, q1.defaults()) == pytest.approx(0.0044318, rel=1e-4)


def test_a_minimal_spec_loads(tmp_path):
    spec = load_spec(write(tmp_path, GOOD))
    ref = load_reference(spec)
    part = spec.parts[0]
    assert part.tolerance.exact and ref.call(part.expected) == 6
    assert part.mistakes[0].verdict == "partial"


BROKEN = [
    ("unknown-key", ("        kind: integer\n", "        kind: integer\n        colour: red\n"), 10,
     "unknown key 'colour'"),
    ("points-not-number", ("points: 5", "points: five"), 8, "points' must be a number"),
    ("bad-kind", ("kind: integer", "kind: essay"), 9, "unknown kind 'essay'"),
    ("missing-id", ("      - id: conv.a\n", "      - name: conv.a\n"), 7, "missing required key 'id'"),
    ("negative-credit", ("credit: 0.5", "credit: -1"), 12, "'credit' must be a number from 0 to 1"),
    ("no-keywords", ("    keywords: [convolution]\n", ""), 4, "needs 'keywords'"),
    ("duplicate-key", ("        points: 5\n", "        points: 5\n        points: 6\n"), 9, "duplicate key 'points'"),
    ("bad-yaml", ("parts:", "parts: [unclosed"), None, "not valid YAML"),
    ("mistake-two-ways", ("value: off_by_one,", "value: off_by_one, transform: negated,"), 12,
     "exactly one of 'value' or 'transform'"),
    ("no-expected", ("        expected: {function: count, args: {n: 3}}\n", ""), 7, "needs 'expected'"),
]


@pytest.mark.parametrize("edit,line,message", [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_specs_name_file_line_and_problem(tmp_path, edit, line, message):
    old, new = edit
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(SpecError) as info:
        load_spec(path)
    text = str(info.value)
    assert text.startswith(str(path)), text
    assert message in text
    if line is not None:
        assert info.value.line == line, text
    assert "\n" not in text


def test_a_missing_reference_function_is_named_with_its_line(tmp_path):
    path = write(tmp_path, GOOD.replace("value: off_by_one", "value: no_such_function"))
    spec = load_spec(path)
    with pytest.raises(ReferenceModuleError) as info:
        load_reference(spec)
    assert "no function 'no_such_function'" in str(info.value)
    assert info.value.line == 12


def test_a_missing_spec_file_is_one_line(tmp_path):
    with pytest.raises(SpecError, match="spec file not found"):
        load_spec(tmp_path / "nope.yaml")


def test_yaml_tags_never_construct_objects(tmp_path):
    path = write(tmp_path, GOOD.replace("assignment: demo", "assignment: !!python/object/apply:os.system ['true']"))
    with pytest.raises(SpecError):
        load_spec(path)


def test_shipped_spec_file_is_the_default(tmp_path):
    from grader import api

    assert api.DEFAULT_SPEC == Path(__file__).resolve().parent.parent / "reference" / "gnr638_a2.yaml"


def test_code_limit_names_are_the_sandbox_limits():
    import dataclasses

    from grader.sandbox import Limits
    from grader.spec import CODE_LIMITS, INTEGER_LIMITS

    fields = {f.name: f.type for f in dataclasses.fields(Limits)}
    assert set(CODE_LIMITS) == set(fields)
    assert {n for n, t in fields.items() if t in ("int", int)} == set(INTEGER_LIMITS)


def test_an_unknown_code_limit_is_refused(tmp_path):
    spec = (Path(__file__).resolve().parent.parent / "reference" / "gnr638_a2.yaml").read_text()
    spec = spec.replace("          partial_credit: 0.5\n", "          partial_credit: 0.5\n          limits: {cpu_secs: 3}\n")
    (tmp_path / "gnr638_a2.py").write_text("")
    path = tmp_path / "spec.yaml"
    path.write_text(spec)
    with pytest.raises(SpecError, match="unknown limit 'cpu_secs'"):
        load_spec(path)


SELF_CHECK = [
    ("unknown-reveal", "self_check: {reveal: everything}\n", 1, "unknown reveal 'everything'"),
    ("unknown-key", "self_check: {reveal: found, show: all}\n", 1, "unknown key 'show'"),
    ("answer-of-no-part", "self_check: {reveal: verdict, answers: {conv.b: x}}\n", 1, "'conv.b' is not a part"),
]


@pytest.mark.parametrize("text,line,message", [c[1:] for c in SELF_CHECK], ids=[c[0] for c in SELF_CHECK])
def test_a_bad_self_check_names_its_line(tmp_path, text, line, message):
    path = write(tmp_path, text + GOOD)
    with pytest.raises(SpecError) as info:
        load_spec(path)
    assert message in str(info.value) and info.value.line == line


@pytest.mark.parametrize("reveal", ["found", "verdict", "full"])
def test_self_check_reveal_levels(tmp_path, reveal):
    spec = load_spec(write(tmp_path, f"self_check: {{reveal: {reveal}, salt: s1}}\n" + GOOD))
    assert spec.self_check.reveal == reveal and spec.self_check.salt == "s1" and not spec.student_copy


def test_self_check_defaults_to_found(tmp_path):
    spec = load_spec(write(tmp_path, GOOD))
    assert spec.self_check.reveal == "found" and spec.self_check.answers == {}


def test_a_spec_without_reference_is_a_students_copy_and_needs_no_expected_values(tmp_path):
    text = GOOD.replace("reference: ref.py\n", "").replace("        expected: {function: count, args: {n: 3}}\n", "")
    text = text.replace("        mistakes:\n          - {id: off-by-one, value: off_by_one, credit: 0.5, feedback: \"one too many\"}\n", "")
    spec = load_spec(write(tmp_path, text))
    assert spec.student_copy and spec.parts[0].expected is None and load_reference(spec) is None


def test_a_graded_spec_still_needs_its_formula_and_code_references(tmp_path):
    shipped = (Path(__file__).resolve().parent.parent / "reference" / "gnr638_a2.yaml").read_text()
    (tmp_path / "gnr638_a2.py").write_text("")
    for old, message in (("          reference: poisson_nll\n", "'formula' needs 'reference'"),
                         ("          reference: gradients\n", "'code' needs 'reference'"),
                         ("          given: given_network_args\n          random: random_network_args\n",
                          "needs 'given' and/or 'random'")):
        assert old in shipped
        path = tmp_path / "spec.yaml"
        path.write_text(shipped.replace(old, ""))
        with pytest.raises(SpecError, match=message) as info:
            load_spec(path)
        assert info.value.line is not None


def test_working_functions_are_the_courses_notation(tmp_path):
    spec = load_spec(write(tmp_path, "working_functions: [net, σ]\n" + GOOD))
    assert spec.working_functions == ("net", "σ")
    assert load_spec(write(tmp_path, GOOD)).working_functions == ()


@pytest.mark.parametrize("value", ["['net(x)']", "['a b']", "{net: 1}"])
def test_a_bad_working_function_names_its_line(tmp_path, value):
    with pytest.raises(SpecError) as info:
        load_spec(write(tmp_path, f"working_functions: {value}\n" + GOOD))
    assert "working_functions" in str(info.value) and info.value.line == 1


def _with_lines(value):
    """A loaded document with every mapping's and list's recorded lines, to compare two loaders."""
    if isinstance(value, dict):
        return (getattr(value, "line", None), getattr(value, "key_lines", None),
                {k: _with_lines(v) for k, v in value.items()})
    if isinstance(value, list):
        return (getattr(value, "line", None), [_with_lines(v) for v in value])
    return (type(value).__name__, value)


SHIPPED = sorted((Path(__file__).resolve().parents[1] / "reference").glob("*.yaml"))


@pytest.mark.parametrize("text", [GOOD] + [p.read_text(encoding="utf-8") for p in SHIPPED],
                         ids=["GOOD"] + [p.stem for p in SHIPPED])
def test_libyamls_parser_reads_what_the_python_parser_reads(text):
    """Specs are parsed by libyaml where PyYAML has it: the same values and the same lines."""
    import yaml

    from grader.spec_loader import _FastLineLoader, _LineLoader

    fast, slow = yaml.load(text, Loader=_FastLineLoader), yaml.load(text, Loader=_LineLoader)
    assert _with_lines(fast) == _with_lines(slow)


def test_a_yaml_error_is_said_as_the_python_parser_says_it(tmp_path):
    """libyaml's messages say less ('found character that cannot start any token'): the
    document is read again by the Python parser for its message."""
    path = write(tmp_path, GOOD.replace("    keywords: [convolution]\n", "    keywords:\n\t- convolution\n"))
    with pytest.raises(SpecError) as info:
        load_spec(path)
    assert "not valid YAML" in str(info.value) and "'\\t'" in str(info.value), str(info.value)
