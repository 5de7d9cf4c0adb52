"""Zips, read in memory: zip-slip, links and bombs refused, nothing written anywhere, ever."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from grader.errors import (LinkRefusedError, PathEscapeError, SubmissionTooLargeError, UnreadableFileError,
                           ZipBombError)
from grader.ingest import read_submission
from grader.ingest.archive import safe_name
from grader.ingest.limits import ReadLimits

ANSWERS = "Q2\n\n(a) standard convolution = 1228800\n\n(b) depthwise separable = 53952\n"


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


ESCAPES = ["../evil.md", "a/../../evil.md", "/etc/evil.md", "C:\\evil.md", "c:evil.md", "..\\evil.md",
           "a\\..\\..\\evil.md", "../../../../../../tmp/evil.md"]


@pytest.mark.parametrize("name", ESCAPES)
def test_a_member_that_leaves_the_archive_refuses_it_and_nothing_is_written(tmp_path, make_zip, snapshot, name):
    zip_path = write(tmp_path / "s.zip",
                     make_zip([("answers.md", ANSWERS), (name, "pwned")]))
    before = snapshot(tmp_path)
    with pytest.raises(PathEscapeError, match=r"s\.zip: member '.*' leaves the archive .*zip-slip"):
        read_submission(zip_path)
    assert snapshot(tmp_path) == before
    assert not Path("/tmp/evil.md").exists() and not (tmp_path.parent / "evil.md").exists()


@pytest.mark.parametrize("name,clean", [("a/./b.md", "a/b.md"), ("a//b.md", "a/b.md"), ("dir\\b.md", "dir/b.md"),
                                        ("..a/b..md", "..a/b..md")])
def test_names_that_stay_inside_are_kept(name, clean):
    assert safe_name(name, "s.zip") == clean


def test_a_zip_bomb_is_refused_before_it_expands(tmp_path, make_zip, snapshot):
    zip_path = write(tmp_path / "bomb.zip", make_zip([("answers.md", ANSWERS), ("notes.txt", b"\0" * 50_000_000)]))
    before = snapshot(tmp_path)
    with pytest.raises(ZipBombError, match="bomb.zip: member 'notes.txt' expands .* times .*a zip bomb"):
        read_submission(zip_path)
    assert snapshot(tmp_path) == before


def test_too_many_members_or_bytes_refuse_a_zip(tmp_path, make_zip):
    many = write(tmp_path / "many.zip", make_zip([(f"f{i}.md", "x") for i in range(30)]))
    with pytest.raises(ZipBombError, match="many.zip: 30 members, over the limit of 20"):
        read_submission(many, limits=ReadLimits(max_files=20))
    big = write(tmp_path / "big.zip", make_zip([("a.md", "x" * 600), ("b.md", "y" * 600)]))
    with pytest.raises(ZipBombError, match="big.zip: expands to more than 1,000 bytes"):
        read_submission(big, limits=ReadLimits(max_submission_bytes=1000))


def test_a_member_over_the_file_limit_is_a_warning_when_the_rest_can_be_read(tmp_path, make_zip):
    zip_path = write(tmp_path / "s.zip", make_zip([("answers.md", ANSWERS), ("huge.txt", "z" * 5000)]))
    doc = read_submission(zip_path, max_file_bytes=2000)
    assert doc.files == ("answers.md",)
    assert any("huge.txt: 5,000 bytes is over the 2,000-byte limit per file" in w for w in doc.warnings)


def test_a_link_in_a_zip_is_skipped_never_followed(tmp_path, make_zip):
    secret = write(tmp_path / "secret.md", b"standard convolution = 1228800")
    zip_path = write(tmp_path / "s.zip", make_zip([("answers.md", "Q3: L = z - y log z")],
                                                  links={"copy.md": str(secret), "up.md": "../secret.md"}))
    doc = read_submission(zip_path)
    assert doc.files == ("answers.md",) and "1228800" not in "".join(b.text for b in doc.blocks)
    assert "copy.md: a symbolic link, not followed (links are never read)" in doc.warnings


def test_a_zip_of_only_links_is_refused(tmp_path, make_zip):
    zip_path = write(tmp_path / "s.zip", make_zip([], links={"answers.md": "/etc/passwd"}))
    with pytest.raises(LinkRefusedError, match="answers.md: a symbolic link, and nothing else was handed in"):
        read_submission(zip_path)


def test_a_zip_of_a_folder_reads_like_the_folder(tmp_path, make_zip):
    zip_path = write(tmp_path / "jane.zip", make_zip([
        ("hw2/answers.md", ANSWERS), ("hw2/code/backprop.py", "def gradients(W1, b1, W2, b2, x, t): pass\n"),
        ("hw2/.DS_Store", b"\0\0\0\1Bud1"), ("__MACOSX/hw2/._answers.md", b"\0\5\26\7"), ("hw2/", b"")]))
    doc = read_submission(zip_path)
    assert doc.student == "jane"
    assert doc.files == ("answers.md", "code/backprop.py") and "code/backprop.py" in doc.sources
    assert doc.blocks[0].file == "answers.md"


def test_a_zip_among_a_students_files_joins_them_one_level_deep(tmp_path, make_zip):
    folder = tmp_path / "ann"
    folder.mkdir()
    (folder / "answers.md").write_text(ANSWERS)
    inner = make_zip([("deeper.md", "never read")])
    write(folder / "code.zip", make_zip([("backprop.py", "def gradients(): pass\n"), ("more.zip", inner)]))
    doc = read_submission(folder)
    assert doc.files == ("answers.md", "code.zip/backprop.py")
    assert "code.zip/more.zip: skipped, not a format the grader reads (a zip inside a zip)" in doc.warnings


@pytest.mark.parametrize("data,message", [
    (b"PK\x03\x04 not really a zip", "not a readable zip archive"),
    (b"", "not a readable zip archive"),
], ids=["broken", "empty"])
def test_a_broken_zip_is_unreadable(tmp_path, data, message):
    with pytest.raises(UnreadableFileError, match=message):
        read_submission(write(tmp_path / "s.zip", data))


def test_an_encrypted_member_asks_for_a_zip_without_a_password(tmp_path, make_zip):
    zip_path = write(tmp_path / "s.zip", make_zip([("answers.md", ANSWERS)], encrypted=("answers.md",)))
    with pytest.raises(UnreadableFileError, match="answers.md: encrypted in the archive; zip it again"):
        read_submission(zip_path)


def test_a_member_whose_header_lies_about_its_size_is_cut_at_the_declared_size(tmp_path):
    buffer = tmp_path / "s.zip"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("answers.md", ANSWERS)
    data = bytearray(buffer.read_bytes())
    # Shrink the declared size in the central directory: reading must stop there, or fail, never grow.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    buffer.write_bytes(bytes(data))
    try:
        doc = read_submission(buffer)
        assert sum(len(b.text) for b in doc.blocks) <= 10
    except (UnreadableFileError, SubmissionTooLargeError) as exc:
        assert str(exc).startswith("answers.md") or str(exc).startswith("s.zip")


def test_members_without_a_unix_file_type_are_files(tmp_path):
    # Windows tools and zipfile.writestr(name, ...) keep no file type: those members are plain files.
    zip_path = tmp_path / "win.zip"
    with zipfile.ZipFile(zip_path, "w") as archive:
        archive.writestr("answers.md", ANSWERS)
        info = zipfile.ZipInfo("notes.txt")
        info.external_attr = 0x20  # the MS-DOS "archive" attribute only
        archive.writestr(info, "x = 1")
    assert read_submission(zip_path).files == ("answers.md", "notes.txt")
