"""The student's self-check: what it reveals at each level, with the course's spec and with a student's copy.

Two promises are tested. It never leaks the answer key (no expected value at ``found`` or
``verdict``, and a student's copy holds none in any spelling). And it never says more than
it knows: with a student's copy, a part it cannot check says "not checked", and a part it
calls correct is graded correct by the course's spec.
"""

from __future__ import annotations

import json
import re
import shutil
from fractions import Fraction
from pathlib import Path

import pytest

from grader import api
from grader.bundle import write_student_bundle
from grader.cli import main
from grader.errors import StudentCopyError
from grader.selfcheck import answer_hash, self_check
from grader.spec_loader import load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "reference" / "gnr638_a2.yaml"
SUBMISSIONS = ROOT / "submissions"

#: The shipped assignment's answers in the spellings a student (or a grep) would use.
ANSWER_SPELLINGS = [
    "1228800", "1,228,800", "12,28,800", "1.2288", "1{,}228{,}800", "12288",
    "53952", "53,952", "5.3952", "53{,}952",
    "0.0044318", "0.00443", "4.4318", "4.43e-3", "0.004432",
    "0.037179", "0.03718", "3.7179", "0.0371787",
    "z - y \\log z", "y \\log z", "log y!", "poisson_nll", "2764800", "4800", "49152",
]


def _course_spec(tmp_path: Path, reveal: str, salt: str = "course-salt") -> Path:
    """The shipped spec with a self_check section, beside a copy of its reference module."""
    folder = tmp_path / f"course-{reveal}"
    folder.mkdir()
    shutil.copy(ROOT / "reference" / "gnr638_a2.py", folder / "gnr638_a2.py")
    text = SPEC.read_text(encoding="utf-8").replace(
        "review_threshold: 0.5\n", f"review_threshold: 0.5\nself_check: {{reveal: {reveal}, salt: {salt}}}\n", 1)
    (folder / "gnr638_a2.yaml").write_text(text, encoding="utf-8")
    return folder / "gnr638_a2.yaml"


@pytest.fixture(scope="module")
def verdict_spec(tmp_path_factory) -> Path:
    return _course_spec(tmp_path_factory.mktemp("spec"), "verdict")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory, verdict_spec) -> Path:
    return write_student_bundle(verdict_spec, tmp_path_factory.mktemp("bundle") / "selfcheck")


def _bundle_text_without_hashes(folder: Path) -> str:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.is_file())
    text = re.sub(r"scrypt-n\d+-r\d+-p\d+\$[0-9a-f]{64}", "<hash>", text)
    return re.sub(r"salt: \S+", "salt: <salt>", text)


@pytest.mark.parametrize("reveal", ["found", "verdict"])
def test_a_students_copy_holds_no_answer_in_any_spelling(tmp_path, reveal):
    folder = tmp_path / "out"
    write_student_bundle(_course_spec(tmp_path, reveal), folder)
    assert sorted(p.name for p in folder.iterdir()) == ["README.txt", "spec.yaml"]
    text = _bundle_text_without_hashes(folder)
    leaked = [s for s in ANSWER_SPELLINGS if s in text]
    assert not leaked, f"the student's copy contains {leaked}"
    for word in ("reference:", "expected:", "mistakes:", "display:", "feedback:"):
        assert word not in text
    spec = load_spec(folder / "spec.yaml")
    assert spec.student_copy and spec.self_check.reveal == reveal
    assert bool(spec.self_check.answers) == (reveal == "verdict")


def test_hashes_are_salted_per_spec_and_part():
    from fractions import Fraction

    one = answer_hash(Fraction(1228800), "a", "conv.standard")
    assert one != answer_hash(Fraction(1228800), "b", "conv.standard")
    assert one != answer_hash(Fraction(1228800), "a", "conv.depthwise")
    assert one == answer_hash(Fraction(12288, 1) * 100, "a", "conv.standard")


def test_found_reveals_nothing_about_correctness():
    doc = self_check(SUBMISSIONS / "w05_sign_slip.md", SPEC, run_code=False)
    assert doc["reveal"] == "found"
    assert all(p["verdict"] is None and "expected" not in p for p in doc["parts"])
    text = json.dumps(doc)
    assert "1228800" not in text and "53952" not in text and "0.0044" not in text.replace("-0.0044", "")
    conv = next(p for p in doc["parts"] if p["id"] == "conv.standard")
    assert conv["read_as"] == "2764800" and conv["where"] == "w05_sign_slip.md, line 26"


@pytest.mark.parametrize("name", ["w01_latex_md_clean.md", "w03_indian_grouping.txt", "w05_sign_slip.md",
                                  "w09_rounded_123.md", "v05_hinglish_input_size.md", "w22_poisson_first.txt",
                                  "000_6ad9972c2ed9da34.txt", "001_00e179ca8f67077f.txt", "w20_empty.md"])
def test_the_copy_and_the_course_spec_agree_and_the_copy_never_overclaims(name, verdict_spec, bundle):
    course = self_check(SUBMISSIONS / name, verdict_spec, run_code=False)
    copy = self_check(SUBMISSIONS / name, bundle, run_code=False)
    assert course["all_found"] == copy["all_found"]
    for theirs, ours in zip(course["parts"], copy["parts"]):
        assert (theirs["status"], theirs["read_as"], theirs["where"]) == (ours["status"], ours["read_as"], ours["where"])
        if ours["verdict"] in ("correct", "not correct"):
            assert ours["verdict"] == theirs["verdict"], (name, ours["id"])
        if ours["status"] == "found" and ours["id"] not in ("conv.standard", "conv.depthwise"):
            assert ours["verdict"] == "not checked" and any("not checked here" in n for n in ours["notes"])
        assert "expected" not in ours and "expected" not in theirs


def test_full_reveal_shows_the_grade_with_the_course_spec_only(tmp_path):
    spec = _course_spec(tmp_path, "full")
    doc = self_check(SUBMISSIONS / "w05_sign_slip.md", spec, run_code=False)
    conv = next(p for p in doc["parts"] if p["id"] == "conv.standard")
    assert conv["verdict"] == "incorrect" and conv["expected"] == "1228800" and "12 x 12" in conv["feedback"]
    copy = write_student_bundle(spec, tmp_path / "bundle")
    assert "reveal: verdict" in copy.read_text()  # a copy never holds what "full" would show
    assert self_check(SUBMISSIONS / "w05_sign_slip.md", copy, run_code=False)["reveal"] == "verdict"


@pytest.mark.parametrize("name,part,status,note", [
    ("code_syntax_error", "backprop.code", "unreadable", "Python cannot read the file"),
    ("code_sys_exit", "backprop.code", "unreadable", "raised SystemExit"),
    ("code_vectorised", "backprop.code", "found", None),
    ("w20_empty.md", "conv.standard", "missing", "state it plainly"),
])
def test_format_problems_are_named(name, part, status, note):
    doc = self_check(SUBMISSIONS / name, SPEC)
    entry = next(p for p in doc["parts"] if p["id"] == part)
    assert entry["status"] == status, entry
    if note:
        assert any(note in n for n in entry["notes"]), entry["notes"]


def test_a_students_copy_cannot_grade(bundle, tmp_path):
    with pytest.raises(StudentCopyError, match="self-check copy"):
        from grader import api

        api.grade_batch(SUBMISSIONS, bundle)
    assert main(["grade", str(SUBMISSIONS), "--spec", str(bundle), "--out", str(tmp_path / "o"), "-q"]) == 2


def test_a_copy_made_with_the_older_hash_is_still_checked(tmp_path, verdict_spec):
    from grader.selfcheck import HASH_SCHEME

    old = write_student_bundle(verdict_spec, tmp_path / "old")
    text = old.read_text(encoding="utf-8")
    spec = load_spec(old)
    assert all(h.startswith(HASH_SCHEME + "$") for h in spec.self_check.answers.values())
    older = {pid: answer_hash(Fraction(1228800 if pid == "conv.standard" else 53952), spec.self_check.salt, pid,
                              "scrypt-n16384-r8-p1") for pid in spec.self_check.answers}
    for pid, stored in spec.self_check.answers.items():
        text = text.replace(stored, older[pid])
    old.write_text(text, encoding="utf-8")
    doc = self_check(SUBMISSIONS / "000_6ad9972c2ed9da34.txt", old, run_code=False)
    conv = {p["id"]: p["verdict"] for p in doc["parts"]}
    assert conv["conv.standard"] == "correct"
    old.write_text(text.replace("scrypt-n16384-r8-p1$", "md5$"), encoding="utf-8")
    doc = self_check(SUBMISSIONS / "000_6ad9972c2ed9da34.txt", old, run_code=False)
    assert {p["id"]: p["verdict"] for p in doc["parts"]}["conv.standard"] == "not checked"


@pytest.mark.parametrize("answer, found", [
    (Fraction(8 * 8 * 3 * 5 * 5 * 256), "one of the"),          # the standard convolution's count
    (Fraction(8 * 8 * 3 * 25 + 8 * 8 * 3 * 256), "a sum of two"),  # the depthwise separable one's
    (Fraction(1000003), "neither"),                              # a prime no product of the sheet's numbers makes
    (Fraction(1, 3), "not a whole number"),
])
def test_the_search_estimate_says_how_the_answer_is_found(answer, found):
    from grader.bundle import search_estimate

    text = search_estimate(answer, [3, 5, 8, 12, 256], 0.5)
    assert found in text


def test_bundle_warns_how_fast_each_hashed_answer_can_be_searched(verdict_spec, capsys, tmp_path):
    assert main(["bundle", "--student", str(tmp_path / "b"), "--spec", str(verdict_spec)]) == 0
    err = capsys.readouterr().err
    assert "warning: conv.standard: with reveal: verdict its answer can be searched" in err
    assert "guesses" in err and "on one core" in err
    assert api.bundle_warnings(SPEC) == []  # reveal: found hashes nothing


@pytest.mark.parametrize("value, shown", [
    ({"values": [14.0, 14.0, 64.0]}, "(14, 14, 64)"),
    ({"array": [[0.15, -0.2], [0.1, 0.5]]}, "[0.15, -0.2; 0.1, 0.5]  (2 × 2)"),
    ({"array": [0.1, 0.2, 0.3]}, "[0.1, 0.2, 0.3]  (3 values)"),
    ({"ends": [0.59, 0.41]}, "[0.41, 0.59]"),
    ({"option": "no", "reason": "running mean"}, "option 'no'; reason: running mean"),
    ({"option": "no", "reason": ""}, "option 'no'; no reason read"),
    ({"option": None, "named": ["yes", "no"]}, "several options named alike: yes, no"),
    ({"value": 5.0, "unit": "km/h"}, "5 (written in km/h)"),
    ({"value": 5.0}, None),
    ({"values": "not a list of numbers"}, None),
], ids=["tuple", "matrix", "vector", "interval", "choice", "choice without reason", "no choice", "unit", "number",
        "hand-made value"])
def test_the_terminal_shows_each_kind_as_read(value, shown):
    from grader.selfcheck import _kind_read_as

    assert _kind_read_as(value) == shown
