"""Specs that fail at load, not at grading: every reference function is called once when the spec
loads (its value must fit the part's kind), role spellings and definitions are read, and the
new kinds' options are validated; each refusal names file:line and what to change."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from grader.cli import main
from grader.errors import ReferenceModuleError, SpecError
from grader.reference import load_reference
from grader.spec_loader import load_spec

REF = """\
import numpy as np
def count(n):
    return n * 2
def pair(n):
    return (n, n + 1)
def matrix(n):
    return np.ones((2, 3)) * n
def word():
    return "no"
def rate_loss(z, y):
    return z - y * np.log(z)
def cases():
    return [{"z": [1.0, 2.0]}]
def stable(z):
    return np.asarray(z) / np.sum(z)
def weighted(w, z):
    return np.asarray(w) * np.asarray(z)
def weighted_cases():
    return [{"z": [1.0, 2.0], "w": [3.0, 4.0]}]
"""


def _spec(tmp_path: Path, part: str, ref: str = REF) -> Path:
    (tmp_path / "ref.py").write_text(ref)
    text = "assignment: demo\nreference: ref.py\nquestions:\n  - id: q\n    keywords: [word]\n    parts:\n"
    text += textwrap.indent(textwrap.dedent(part), "      ")
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    return path


def _load(path: Path):
    spec = load_spec(path)
    return spec, load_reference(spec)


REFUSED = [
    # part, the words the message must hold, the line it must name, why
    ("""\
     - id: q.a
       points: 1
       kind: integer
       expected: {function: count, args: {m: 3}}
     """, "cannot be called with the spec's arguments (m)", 10, "a wrong argument name"),
    ("""\
     - id: q.a
       points: 1
       kind: number
       expected: {function: matrix, args: {n: 3}}
     """, "not one finite number", 10, "a whole array for a number part"),
    ("""\
     - id: q.a
       points: 1
       kind: interval
       expected: {function: count, args: {n: 3}}
     """, "an interval is two finite numbers", 10, "a number for an interval"),
    ("""\
     - id: q.a
       points: 1
       kind: choice
       expected: word
       choice: {options: {yes: [yes], maybe: [maybe]}}
     """, "not one of the part's options", 10, "a choice the options do not hold"),
    ("""\
     - id: q.a
       points: 1
       kind: matrix
       expected: {function: pair, args: {n: 3}}
     """, "kind 'matrix' grades a 2-D array", 10, "a matrix part without a matrix"),
    ("""\
     - id: q.a
       points: 1
       kind: formula
       formula:
         reference: rate_loss
         wrt: rate
         roles: {rate: [z, "\\\\mathbb{1}[k]"], count: [y]}
         arguments: {rate: z, count: y}
         domains: {rate: {kind: positive_real, low: 0.1, high: 5}, count: {kind: nonnegative_integer}}
     """, "cannot be read", 7, "a role spelling the grammar cannot read"),
    ("""\
     - id: q.a
       points: 1
       kind: formula
       formula:
         reference: rate_loss
         wrt: rate
         roles: {rate: [z], count: [y]}
         arguments: {rate: lam, count: y}
         domains: {rate: {kind: positive_real, low: 0.1, high: 5}, count: {kind: nonnegative_integer}}
     """, "cannot be called with the formula's role arguments", 7, "a wrong formula argument"),
    ("""\
     - id: q.a
       points: 1
       kind: formula
       formula:
         reference: rate_loss
         wrt: rate
         roles: {rate: [z], count: [y]}
         arguments: {rate: z, count: y}
         totals: {weight: 1}
         domains: {rate: {kind: positive_real, low: 0.1, high: 5}, count: {kind: nonnegative_integer}}
     """, "'weight' is not a role of the formula", 15, "a total for a role the formula lacks"),
    ("""\
     - id: q.a
       points: 1
       kind: formula
       formula:
         reference: rate_loss
         wrt: rate
         roles: {rate: [z], count: [y]}
         arguments: {rate: z, count: y}
         totals: {count: one}
         domains: {rate: {kind: positive_real, low: 0.1, high: 5}, count: {kind: nonnegative_integer}}
     """, "'count' must be a number", 15, "a total that is no number"),
    ("""\
     - id: q.a
       points: 1
       kind: code
       code:
         function: stable
         reference: stable
         tests: [{id: t, points: 1, cases: cases, checks: [values, sums_to_one]}]
     """, "has no function 'sums_to_one'", 7, "a property the reference module lacks"),
    ("""\
     - id: q.a
       points: 1
       kind: code
       code:
         function: weighted
         reference: weighted
         tests: [{id: t, points: 1, cases: weighted_cases}]
     """, "the reference function 'weighted' takes (w, z)", 7,
     "cases in another order than the signature, called positionally"),
    ("""\
     - id: q.a
       points: 1
       kind: code
       code:
         function: weighted
         reference: weighted
         call: by_name
         tests: [{id: t, points: 1, cases: weighted_cases}]
     """, "unknown call 'by_name'", 13, "an unknown way of calling"),
]


@pytest.mark.parametrize("part,words,line,why", REFUSED, ids=[r[3] for r in REFUSED])
def test_a_spec_the_engine_cannot_honour_is_refused_at_load(tmp_path, part, words, line, why):
    with pytest.raises(SpecError) as info:
        _load(_spec(tmp_path, part))
    assert words in str(info.value) and f"spec.yaml:{line}:" in str(info.value), (why, str(info.value))


LOADER_REFUSED = [
    ("""\
     - id: q.a
       points: 1
       kind: choice
       expected: word
     """, "needs 'choice", "a choice without options"),
    ("""\
     - id: q.a
       points: 1
       kind: choice
       expected: word
       choice: {options: {no: [no], yes: [yes]}}
       mistakes: [{id: m, option: maybe, feedback: "?"}]
     """, "'maybe' is not an option", "a mistake naming no option"),
    ("""\
     - id: q.a
       points: 1
       kind: tuple
       expected: {function: pair, args: {n: 3}}
       tuple: {orders: [[0, 0]]}
     """, "each once", "an order that is no permutation"),
    ("""\
     - id: q.a
       points: 1
       kind: integer
       expected: {function: count, args: {n: 3}}
       mistakes: [{id: t, transform: transposed, feedback: "?"}]
     """, "transform 'transposed' is for parts of kind matrix", "a transform that means nothing for a count"),
    ("""\
     - id: q.a
       points: 1
       kind: integer
       expected: {function: count, args: {n: 3}}
       mistakes: [{id: avg, averaged: true, feedback: "?"}]
     """, "'averaged: true' is a mistake of its own, for formula parts", "an average that means nothing for a count"),
]


@pytest.mark.parametrize("part,words,why", LOADER_REFUSED, ids=[r[2] for r in LOADER_REFUSED])
def test_the_loader_refuses_options_that_do_not_fit(tmp_path, part, words, why):
    with pytest.raises(SpecError) as info:
        load_spec(_spec(tmp_path, part))
    assert words in str(info.value) and "spec.yaml:" in str(info.value), (why, str(info.value))


def test_a_spec_with_every_new_kind_loads_and_describes_itself(tmp_path, capsys):
    path = _spec(tmp_path, """\
     - id: q.shape
       points: 1
       kind: tuple
       expected: {function: pair, args: {n: 3}}
       tuple: {orders: [[1, 0]]}
     - id: q.w
       points: 1
       kind: matrix
       expected: {function: matrix, args: {n: 2}}
       mistakes: [{id: t, transform: transposed, credit: 0.5, feedback: "transposed"}]
     - id: q.yn
       points: 1
       kind: choice
       expected: word
       choice: {options: {no: [no], yes: [yes]}, reason: true}
     """)
    spec, ref = _load(path)
    assert [p.kind for p in spec.parts] == ["tuple", "matrix", "choice"]
    assert main(["spec", str(path)]) == 0
    out = capsys.readouterr().out
    assert "expects [3, 4]" in out and "[[2, 2, 2], [2, 2, 2]]" in out and "option 'no'" in out


def test_grader_spec_exits_2_with_file_and_line(tmp_path, capsys):
    path = _spec(tmp_path, REFUSED[0][0])
    assert main(["spec", str(path)]) == 2
    assert "spec.yaml:10:" in capsys.readouterr().err


def test_the_shipped_specs_load_and_describe_themselves(capsys):
    root = Path(__file__).resolve().parent.parent / "reference"
    for path in sorted(root.glob("*.yaml")):
        assert main(["spec", str(path)]) == 0, path
    assert "expects" in capsys.readouterr().out


def test_reference_module_errors_are_spec_errors():
    assert issubclass(ReferenceModuleError, SpecError)


def test_a_follow_through_mistake_names_another_number_part(tmp_path):
    ref = REF + "def scaled(n, own):\n    return 9 * own\n"
    good = """\
     - id: q.var
       points: 1
       kind: number
       expected: {function: count, args: {n: 3}}
     - id: q.scaled
       points: 1
       kind: number
       expected: {function: count, args: {n: 27}}
       mistakes: [{id: ft, value: {function: scaled, args: {n: 1}}, uses: {own: q.var}, credit: 0.5, feedback: "f"}]
     """
    spec, _ = _load(_spec(tmp_path, good, ref))
    assert spec.parts[1].mistakes[0].uses == {"own": "q.var"}
    with pytest.raises(SpecError, match="'uses' names 'q.nothing'"):
        load_spec(_spec(tmp_path, good.replace("own: q.var", "own: q.nothing"), ref))


def test_follow_through_grades_against_the_submission_s_own_answer(tmp_path):
    ref = REF + "def scaled(n, own):\n    return 9 * own\n"
    path = _spec(tmp_path, """\
     - id: q.var
       points: 1
       kind: number
       expected: {function: count, args: {n: 3}}
       find: {labels: ["variance"]}
     - id: q.scaled
       points: 1
       kind: number
       expected: {function: count, args: {n: 27}}
       find: {labels: ["nine times"]}
       mistakes: [{id: ft, value: {function: scaled, args: {n: 1}}, uses: {own: q.var}, credit: 0.5, feedback: "f"}]
     """, ref)
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "s.md").write_text("# word\n\nThe variance = 7\n\nAnd nine times it = 63\n")
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--spec", str(path), "--out", str(out), "--quiet"]) == 0
    import json
    parts = {p["id"]: p for p in json.loads((out / "results.json").read_text())["students"][0]["parts"]}
    assert parts["q.var"]["verdict"] == "incorrect"
    assert (parts["q.scaled"]["verdict"], parts["q.scaled"]["mistake"]) == ("partial", "ft")


@pytest.mark.parametrize("name", ["dl_a3", "stats_a1"])
def test_a_student_copy_of_a_new_spec_reads_what_the_grader_reads(tmp_path, name, capsys):
    root = Path(__file__).resolve().parent.parent
    assert main(["bundle", "--student", str(tmp_path / "b"), "--spec", str(root / "reference" / f"{name}.yaml")]) == 0
    copy = (tmp_path / "b" / "spec.yaml").read_text(encoding="utf-8")
    assert "choice" in copy and "\nexpected:" not in copy and "  expected:" not in copy
    first = sorted((root / "corpora" / name).glob("s01_*"))[0]  # the first set's first student, read whole
    assert main(["check", str(first), "--spec", str(tmp_path / "b" / "spec.yaml"), "--no-code"]) == 0
    assert "Every part was read" in capsys.readouterr().out


def test_accepted_answers_carry_their_why_and_review(tmp_path):
    spec, _ = _load(_spec(tmp_path, """\
     - id: q.a
       points: 1
       kind: integer
       expected: {function: count, args: {n: 3}}
       accept:
         - {function: count, args: {n: 4}, why: "the other reading of the question", review: true}
         - count_alone_is_a_name
     """.replace("count_alone_is_a_name", "{function: count, args: {n: 5}}")))
    first, second = spec.parts[0].accept
    assert (first.why, first.review, second.why, second.review) == ("the other reading of the question", True, "", False)


def test_an_accepted_answer_with_an_unknown_key_is_refused(tmp_path):
    with pytest.raises(SpecError, match=r"spec.yaml:\d+: .*'reveiw'"):
        load_spec(_spec(tmp_path, """\
         - id: q.a
           points: 1
           kind: integer
           expected: {function: count, args: {n: 3}}
           accept:
             - {function: count, args: {n: 4}, reveiw: true}
         """))


def test_a_part_resting_on_others_is_flagged_where_it_cites_their_wrong_value(tmp_path):
    """``rests_on``: a correct answer whose words cite a value another part got wrong may follow from
    the student's own wrong value; a person checks. One that cites nothing wrong is left alone."""
    import json
    good = """\
     - id: q.var
       points: 1
       kind: number
       expected: {function: count, args: {n: 3}}
       find: {labels: ["variance"]}
     - id: q.scaled
       points: 1
       kind: number
       expected: {function: count, args: {n: 27}}
       find: {labels: ["nine times"]}
       rests_on: [q.var]
     """
    path = _spec(tmp_path, good)
    assert load_spec(path).parts[1].rests_on == ("q.var",)
    with pytest.raises(SpecError, match="'rests_on' names 'q.nothing'"):
        load_spec(_spec(tmp_path, good.replace("rests_on: [q.var]", "rests_on: [q.nothing]")))
    path = _spec(tmp_path, good)
    subs = tmp_path / "subs"
    subs.mkdir()
    # (count(n) is 2n: the variance is 6, nine times it 54)
    (subs / "cites.md").write_text("# word\n\nThe variance = 7\n\nFrom the variance of 7 above, nine times it = 54\n")
    (subs / "silent.md").write_text("# word\n\nThe variance = 7\n\nSo nine times it = 54\n")
    (subs / "right.md").write_text("# word\n\nThe variance = 6\n\nFrom the variance of 6 above, nine times it = 54\n")
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--spec", str(path), "--out", str(out), "--quiet"]) == 0
    students = {s["id"]: {p["id"]: p for p in s["parts"]} for s in json.loads((out / "results.json").read_text())["students"]}
    cites, silent, right = students["cites"]["q.scaled"], students["silent"]["q.scaled"], students["right"]["q.scaled"]
    assert cites["verdict"] == "correct" and cites["review"]
    assert any("reasoned from q.var (incorrect: 7)" in r for r in cites["review_reasons"])
    assert not silent["review"] and not right["review"]


_DECISION = """\
     - id: q.p
       points: 1
       kind: number
       expected: {function: count, args: {n: 0.05}}
       find: {labels: ["p-value"]}
     - id: q.d
       points: 1
       kind: choice
       expected: {function: decision}
       find: {labels: ["decision"]}
       rests_on: [q.p]
       choice:
         options: {keep: ["do not reject"], drop: ["reject"]}
         follows:
           - {part: q.p, within: [0.05, 1], option: keep}
     """
_DECISION_REF = REF + "def decision():\n    return 'keep'\n"

@pytest.mark.parametrize("edit, words", [
    ("- {part: q.p, within: [0.05, 1], option: keep}", "- {part: q.x, within: [0.05, 1], option: keep}",),
    ("- {part: q.p, within: [0.05, 1], option: keep}", "- {part: q.p, within: [1, 0.05], option: keep}",),
    ("- {part: q.p, within: [0.05, 1], option: keep}", "- {part: q.p, within: [0.05, 1], option: maybe}",),
])
def test_a_follows_rule_the_engine_cannot_honour_is_refused_at_load(tmp_path, edit, words):
    message = {"q.x": "not among the parts it 'rests_on'", "[1, 0.05]": "low first", "maybe": "none of the choice's options"}
    expected = next(m for k, m in message.items() if k in words)
    with pytest.raises(SpecError, match=r"spec\.yaml:\d+: .*" + re.escape(expected)):
        load_spec(_spec(tmp_path, _DECISION.replace(edit, words), _DECISION_REF))


FOLLOW_THROUGH = [
    # the submission, is the scaled part flagged, why
    ("# Question 1: word\n\nSo twice it = 14\n", True, "the variance it follows from was not read: 14 may be 2 × the student's 7"),
    ("# Question 1: word\n\nThe variance = 7\n\nSo twice it = 16\n", False, "the variance was read, surely: 16 is not 2 × 7"),
    ("# Question 1: word\n\nThe variance = 7\n\nSo twice it = 14\n", False, "follows through: partial, nothing to check"),
    ("# Question 1: word\n\nSo twice it = 10\n", False, "a known mistake names 10, whatever the variance was"),
]


@pytest.mark.parametrize("text, flagged, why", FOLLOW_THROUGH)
def test_a_follow_through_that_could_not_be_checked_is_flagged(tmp_path, text, flagged, why):
    """A part with a follow-through mistake (``uses``), graded below its credit while the part it uses
    was not read (or was read with a flag), may be the student's own value carried through: a person
    checks it."""
    import json
    path = _spec(tmp_path, """\
     - id: q.var
       points: 1
       kind: number
       expected: {function: count, args: {n: 3}}
       find: {labels: ["variance"]}
     - id: q.scaled
       points: 1
       kind: number
       expected: {function: count, args: {n: 6}}
       find: {labels: ["twice it"]}
       mistakes:
         - {id: own, value: {function: count}, uses: {n: q.var}, credit: 0.5, feedback: "rule right"}
         - {id: five, value: {function: count, args: {n: 5}}, credit: 0, feedback: "a slip"}
     """)
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "s.md").write_text(text)
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--spec", str(path), "--out", str(out), "--quiet"]) == 0
    scaled = {p["id"]: p for p in json.loads((out / "results.json").read_text())["students"][0]["parts"]}["q.scaled"]
    assert scaled["review"] == flagged, (why, scaled["review_reasons"])
    assert any("follows from the student's own q.var" in r for r in scaled["review_reasons"]) == flagged, why


def test_a_choice_citing_a_value_of_a_part_left_unread_is_flagged(tmp_path):
    """``rests_on`` a part that was not read at all: the value the choice's reason cites was never
    checked, so a person looks; a reason that cites no value is left alone."""
    import json
    spec = """\
     - id: q.p
       points: 1
       kind: number
       expected: {function: count, args: {n: 3}}
       find: {labels: ["p-value"]}
     - id: q.decision
       points: 1
       kind: choice
       expected: {function: keep}
       choice:
         options:
           keep: ["keep it"]
           drop: ["drop it"]
       find: {labels: ["decision"]}
       rests_on: [q.p]
     """
    path = _spec(tmp_path, spec, REF + "\n\ndef keep():\n    return 'keep'\n")
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "cites.md").write_text("# word\n\nDecision: since 0.93 > 0.05 we keep it.\n")
    (subs / "bare.md").write_text("# word\n\nDecision: we keep it.\n")
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--spec", str(path), "--out", str(out), "--quiet"]) == 0
    students = {s["id"]: {p["id"]: p for p in s["parts"]} for s in json.loads((out / "results.json").read_text())["students"]}
    cites, bare = students["cites"], students["bare"]
    assert cites["q.p"]["verdict"] == "missing" and cites["q.decision"]["verdict"] == "correct"
    assert any("was not read" in r for r in cites["q.decision"]["review_reasons"])
    assert not any("was not read" in r for r in bare["q.decision"]["review_reasons"])


#: (the submission, is the decision flagged): a decision whose reason names a part it rests on, which
#: the student got wrong, may follow from their own wrong value; one that names none is left alone
NAMED_IN_A_REASON = [
    ("# Question 1: word\n\nThe p-value = 0.9\n\nDecision: the p-value is above 0.05, so we keep it.\n", True),
    ("# Question 1: word\n\nThe p-value = 0.9\n\nDecision: we keep it, as the sample is small.\n", False),
    ("# Question 1: word\n\nThe p-value = 6\n\nDecision: the p-value is above 0.05, so we keep it.\n", False),
]


@pytest.mark.parametrize("text,flagged", NAMED_IN_A_REASON)
def test_a_choice_whose_reason_names_a_wrong_part_is_flagged(tmp_path, text, flagged):
    import json
    spec = """\
     - id: q.p
       points: 1
       kind: number
       expected: {function: count, args: {n: 3}}
       find: {labels: ["p-value"]}
     - id: q.decision
       points: 1
       kind: choice
       expected: {function: keep}
       choice:
         options:
           keep: ["keep it"]
           drop: ["drop it"]
       find: {labels: ["decision"]}
       rests_on: [q.p]
     """
    path = _spec(tmp_path, spec, REF + "\n\ndef keep():\n    return 'keep'\n")
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "s.md").write_text(text)
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--spec", str(path), "--out", str(out), "--quiet"]) == 0
    parts = {p["id"]: p for p in json.loads((out / "results.json").read_text())["students"][0]["parts"]}
    assert parts["q.decision"]["verdict"] == "correct"
    assert any("reasoned from q.p" in r for r in parts["q.decision"]["review_reasons"]) == flagged, parts


def test_a_spelling_that_cannot_be_read_is_named_though_the_roles_are_read_together(tmp_path):
    # The check reads every spelling in one table and each alone only when that table fails
    # (``reference._spellings_read``): the refusal still names the one spelling to change.
    part = """\
     - id: q.a
       points: 1
       kind: formula
       formula:
         reference: rate_loss
         wrt: rate
         roles: {rate: [z, lam, "\\\\mathbb{1}[k]", zhat], count: [y]}
         arguments: {rate: z, count: y}
         domains: {rate: {kind: positive_real, low: 0.1, high: 5}, count: {kind: nonnegative_integer}}
     """
    with pytest.raises(SpecError) as info:
        _load(_spec(tmp_path, part))
    assert "the spelling '\\\\mathbb{1}[k]' of role 'rate' cannot be read" in str(info.value), str(info.value)


@pytest.mark.parametrize("name", ["gnr638_a2", "dl_a3", "stats_a1"])
def test_roles_read_together_exactly_when_each_spelling_reads_alone(name):
    # What lets the check skip a table per spelling: the shipped specs' roles read together, and so does
    # each of their spellings alone; and a table that holds an unreadable spelling fails together too.
    from grader.formulas import Roles
    from grader.reference import _spellings_read

    spec = load_spec(Path(__file__).resolve().parent.parent / "reference" / f"{name}.yaml")
    formulas = [p.formula for p in spec.parts if p.formula is not None]
    assert formulas
    for opts in formulas:
        roles = Roles(variables=dict(opts.roles), linear_predictors=dict(opts.linear_predictors),
                      functions=tuple(opts.functions))
        assert _spellings_read(roles)
        for role, spellings in opts.roles.items():
            for spelling in spellings:
                assert _spellings_read(Roles(variables={role: (spelling,)}, functions=tuple(opts.functions)))
        broken = {**dict(opts.roles), next(iter(opts.roles)): (*next(iter(opts.roles.values())), "\\mathbb{1}[k]")}
        assert not _spellings_read(Roles(variables=broken, functions=tuple(opts.functions)))
