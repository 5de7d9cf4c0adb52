"""Entries: who handed in what, from a folder or a class zip, with ids taken out of platform names."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.errors import PathEscapeError, UsageError, ZipBombError
from grader.ingest import Entry, batch_entries, read_submission, submission_entries, submission_id
from grader.ingest.entries import compile_id_pattern, student_id
from grader.ingest.limits import ReadLimits

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

IDS = [
    ("moodle-folder", "Jane Doe_123456_assignsubmission_file_", False, None, ("Jane Doe_123456", True)),
    ("moodle-onlinetext", "Jane Doe_123456_assignsubmission_onlinetext_", False, None, ("Jane Doe_123456", True)),
    ("moodle-underscored-name", "Anne_Marie_2_98765_assignsubmission_file_", False, None, ("Anne_Marie_2_98765", True)),
    ("moodle-flat-file", "Jane Doe_123456_assignsubmission_file_answers.pdf", True, None, ("Jane Doe_123456", True)),
    ("canvas", "doejane_123456_7891011_answers.pdf", True, None, ("doejane_123456", True)),
    ("canvas-late", "doejane_late_123456_7891012_backprop.py", True, None, ("doejane_123456", True)),
    ("gradescope", "submission_123456789", False, None, ("submission_123456789", False)),
    ("plain-file", "w03_indian_grouping.txt", True, None, ("w03_indian_grouping", False)),
    ("plain-folder", "Jane Doe_123", False, None, ("Jane Doe_123", False)),
    ("dots-in-name", "a..b.md", True, None, ("a..b", False)),
    ("hidden-like", ".md", True, None, (".md", False)),
    ("user-id-group", "Jane Doe_123456_assignsubmission_file_", False, r"_(?P<id>\d+)_assign", ("123456", True)),
    ("user-groups-joined", "2024-hw2-roll42.pdf", True, r"(hw\d)-roll(\d+)", ("hw2_42", True)),
    ("user-whole-match", "roll42_final.md", True, r"roll\d+", ("roll42", True)),
    ("user-no-match", "Jane Doe_123456_assignsubmission_file_", False, r"^zzz", (
        "Jane Doe_123456_assignsubmission_file_", False)),
    ("user-dotdot-is-no-id", "x..y", False, r"\.\.", ("x..y", False)),
    ("empty-pattern-keeps-plain-names", "Jane Doe_123456_assignsubmission_file_", False, "", (
        "Jane Doe_123456_assignsubmission_file_", False)),
]


@pytest.mark.parametrize("name,is_file,pattern,expected", [i[1:] for i in IDS], ids=[i[0] for i in IDS])
def test_student_id(name, is_file, pattern, expected):
    assert student_id(name, is_file, compile_id_pattern(pattern)) == expected


def test_a_pattern_that_is_no_regular_expression_is_one_line():
    with pytest.raises(UsageError, match=r"--id-pattern '\(\[': not a regular expression"):
        compile_id_pattern("([")


def test_submission_entries_keeps_the_plain_rule_as_paths(tmp_path):
    (tmp_path / "b.md").write_text("x")
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    assert submission_entries(tmp_path) == [tmp_path / "a", tmp_path / "b.md"]


def test_a_folder_of_canvas_files_is_grouped_by_student(tmp_path):
    for name in ("doejane_123_456_answers.md", "doejane_late_123_457_backprop.py", "roe_bob.md", "zed"):
        (tmp_path / name).write_text("x") if name != "zed" else (tmp_path / name).mkdir()
    entries = batch_entries(tmp_path)
    assert entries == [
        Entry("doejane_123", tmp_path, ("doejane_123_456_answers.md", "doejane_late_123_457_backprop.py")),
        Entry("roe_bob", tmp_path / "roe_bob.md"), Entry("zed", tmp_path / "zed")]
    doc = read_submission(entries[0])
    assert doc.student == "doejane_123" and doc.files == entries[0].names


def test_a_moodle_class_zip_lists_one_entry_per_student():
    entries = batch_entries(FIXTURES / "class_moodle.zip")
    assert [(e.student, e.names) for e in entries] == [
        ("Asha Rao_100001", ("Asha Rao_100001_assignsubmission_file_",)),
        ("Ben Okafor_100002", ("Ben Okafor_100002_assignsubmission_file_",
                               "Ben Okafor_100002_assignsubmission_onlinetext_")),
        ("Chen Wei_100003", ("Chen Wei_100003_assignsubmission_file_",))]
    assert all(e.in_archive and submission_id(e) == e.student for e in entries)


def test_a_zip_of_a_submissions_folder_is_that_folder(tmp_path, make_zip):
    zip_path = tmp_path / "class.zip"
    zip_path.write_bytes(make_zip([("submissions/alice.md", "Q2 standard convolution = 1228800"),
                                   ("submissions/bob/answers.md", "x"), ("submissions/bob/code.py", "y"),
                                   ("__MACOSX/submissions/._alice.md", b"\0")]))
    entries = batch_entries(zip_path)
    assert [(e.student, e.names) for e in entries] == [("alice", ("submissions/alice.md",)),
                                                      ("bob", ("submissions/bob",))]
    assert read_submission(entries[1]).files == ("answers.md", "code.py")
    assert read_submission(entries[0]).files == ("alice.md",)


def test_an_id_pattern_set_by_the_user_applies_to_a_class_zip(tmp_path, make_zip):
    zip_path = tmp_path / "class.zip"
    zip_path.write_bytes(make_zip([("roll-17-a.md", "x"), ("roll-17-b.md", "y"), ("roll-18-a.md", "z")]))
    entries = batch_entries(zip_path, id_pattern=r"roll-(?P<id>\d+)")
    assert [(e.student, e.names) for e in entries] == [("17", ("roll-17-a.md", "roll-17-b.md")),
                                                      ("18", ("roll-18-a.md",))]
    assert read_submission(entries[0]).files == ("roll-17-a.md", "roll-17-b.md")


def test_a_class_zip_that_escapes_or_explodes_is_refused_as_a_whole(tmp_path, make_zip, snapshot):
    slip = tmp_path / "slip.zip"
    slip.write_bytes(make_zip([("alice.md", "x"), ("../../outside.md", "pwned")]))
    many = tmp_path / "many.zip"
    many.write_bytes(make_zip([(f"s{i}.md", "x") for i in range(12)]))
    before = snapshot(tmp_path)
    with pytest.raises(PathEscapeError, match="slip.zip: member '../../outside.md' leaves the archive"):
        batch_entries(slip)
    with pytest.raises(ZipBombError, match="many.zip: 12 members, over the limit of 10"):
        batch_entries(many, limits=ReadLimits(max_archive_members=10))
    assert snapshot(tmp_path) == before


def test_a_path_that_is_neither_folder_nor_zip_is_a_usage_error(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(UsageError, match="not a folder; give the folder that holds the submissions, or a zip"):
        batch_entries(tmp_path / "notes.txt")
    with pytest.raises(UsageError, match="no such folder"):
        batch_entries(tmp_path / "nope")


def test_a_folder_without_a_pattern_gives_the_entries_of_the_general_walk(tmp_path):
    # ``_plain_entries`` (the folder's own names as ids, the grader's default for a folder) makes
    # what ``_group`` makes from the same listing: the same ids, paths, names shown and order.
    import os

    from grader.ingest.entries import _group, _looks_like_file, _plain_entries
    from grader.ingest.archive import is_hidden

    files = ["ann.md", "ann.txt", "b.tar.gz", "noext", ".hidden", "..dots", ".x.md", "Zed.PDF", "zed.pdf",
             "a b  .md", "x" * 120 + ".md", "tab\there.md", "é-accent.md", "e\u0301-combined.md", "bidi\u202e.txt",
             "__pycache__", "mid.__MACOSX.md", " lead.md", "trail .md", "[1].md", "a.md.md"]
    folders = ["folder", "__MACOSX", ".git", "f.older", "Folder"]
    for name in files:
        (tmp_path / name).write_text("x")
    for name in folders:
        (tmp_path / name).mkdir(exist_ok=True)
    os.symlink(tmp_path / "ann.md", tmp_path / "link.md")
    os.symlink(tmp_path / "folder", tmp_path / "linkfolder")
    with os.scandir(tmp_path) as listing:
        named = [(e.name, _looks_like_file(e), tmp_path / e.name) for e in listing if not is_hidden(e.name)]
    walked = _group(named, tmp_path, compile_id_pattern(""), archive=False)
    plain = _plain_entries(tmp_path)
    assert plain == walked and len(plain) > 20
    assert [str(e.location) for e in plain] == [str(e.location) for e in walked]
    assert batch_entries(tmp_path, id_pattern="") == walked
