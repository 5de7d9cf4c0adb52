"""Running a batch: worker processes give the results of one process, byte for byte.

Also: a worker that dies costs only its own submission, an entry's digest changes exactly
when what it is graded from changes, and an entry shipped as bytes grades as it does here.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from grader import api, batch
from grader.batch import Setup, bundle_entry, entry_digest, entry_key, grade_entries, unpack_bundle
from grader.cli import main
from grader.ingest import submission_entries
from grader.ingest.entries import Entry
from grader.pipeline import grade_path
from grader.reference import load_reference
from grader.report.exports import dumps, results_document

ROOT = Path(__file__).resolve().parent.parent
SUBMISSIONS = ROOT / "submissions"


def _text(result) -> str:
    return dumps(results_document(result))


@pytest.fixture(scope="module")
def serial_corpus() -> str:
    """The whole visible corpus, code included, graded in this process."""
    return _text(api.grade_batch(SUBMISSIONS, jobs=1))


def test_parallel_equals_serial_byte_for_byte_on_the_whole_corpus(serial_corpus):
    assert _text(api.grade_batch(SUBMISSIONS, jobs=2)) == serial_corpus


def test_more_workers_than_cores_changes_nothing(tmp_path, serial_corpus):
    picked = sorted(SUBMISSIONS.iterdir())[::7]  # written and code entries alike
    for entry in picked:
        (shutil.copytree if entry.is_dir() else shutil.copy)(entry, tmp_path / entry.name)
    one, five = (_text(api.grade_batch(tmp_path, jobs=j)) for j in (1, 5))
    assert one == five


def test_the_command_line_writes_the_same_files_with_one_worker_or_all(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    for name in ("000_6ad9972c2ed9da34.txt", "001_00e179ca8f67077f.txt", "w05_sign_slip.md", "code_loops"):
        source = SUBMISSIONS / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, subs / name)
    for jobs in ("1", "2"):
        assert main(["grade", str(subs), "--out", str(tmp_path / jobs), "--quiet", "--jobs", jobs]) == 0
    for name in ("results.json", "grades.csv", "index.html", "students/w05_sign_slip.html"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_results_stream_back_once_each(spec):
    entries = submission_entries(SUBMISSIONS)[:12]
    seen = [i for i, _ in grade_entries(entries, Setup(spec, run_code=False), load_reference(spec), jobs=2)]
    assert sorted(seen) == list(range(len(entries)))


def _dies_on_boom(entry, ctx):
    if "boom" in str(getattr(entry, "location", entry)):
        os._exit(3)  # a segfault or the out-of-memory killer, as the pool sees it
    return grade_path(entry, ctx)


def test_a_worker_that_dies_costs_only_its_own_submission(tmp_path, monkeypatch, spec):
    for name in ("w05_sign_slip.md", "000_6ad9972c2ed9da34.txt", "001_00e179ca8f67077f.txt", "w20_empty.md"):
        shutil.copy(SUBMISSIONS / name, tmp_path / name)
    shutil.copy(SUBMISSIONS / "w05_sign_slip.md", tmp_path / "boom.md")
    expected = {s.id: s for s in api.grade_batch(tmp_path, jobs=1, run_code=False).students}
    monkeypatch.setattr(batch, "grade_path", _dies_on_boom)  # inherited by the forked workers
    got = {s.id: s for s in api.grade_batch(tmp_path, jobs=2, run_code=False).students}
    assert got["boom"].status == "error" and "worker process" in got["boom"].error
    assert {k: v for k, v in got.items() if k != "boom"} == {k: v for k, v in expected.items() if k != "boom"}


def test_usable_cores_is_at_least_one():
    assert batch.usable_cores() >= 1


# --- digests ----------------------------------------------------------------------------------

def _folder(tmp_path: Path) -> Path:
    sub = tmp_path / "subs" / "ann"
    (sub / "deep").mkdir(parents=True)
    (sub / "answers.md").write_text("Q2 standard convolution = 1228800\n")
    (sub / "deep" / "code.py").write_text("def gradients(): pass\n")
    return sub


def _edit_byte(sub: Path) -> None:
    (sub / "answers.md").write_text("Q2 standard convolution = 1228801\n")


def _add_file(sub: Path) -> None:
    (sub / "notes.txt").write_text("more\n")


def _rename(sub: Path) -> None:
    (sub / "answers.md").rename(sub / "answers.txt")


def _add_link(sub: Path) -> None:
    (sub / "link.md").symlink_to("/etc/hostname")


def _empty_folder(sub: Path) -> None:
    (sub / "empty").mkdir()


def _touch(sub: Path) -> None:
    os.utime(sub / "answers.md", (1, 1))


@pytest.mark.parametrize("change,differs", [
    (_edit_byte, True), (_add_file, True), (_rename, True), (_add_link, True), (_empty_folder, True),
    (_touch, False),
], ids=lambda v: getattr(v, "__name__", str(v)))
def test_the_digest_changes_exactly_when_the_content_does(tmp_path, change, differs):
    sub = _folder(tmp_path)
    before = entry_digest(sub)
    change(sub)
    assert (entry_digest(sub) != before) is differs


def test_the_digest_does_not_depend_on_where_the_folder_is(tmp_path):
    sub = _folder(tmp_path)
    moved = tmp_path / "elsewhere" / "ann"
    shutil.copytree(sub, moved)
    assert entry_digest(sub) == entry_digest(moved)


def test_a_file_over_the_limit_is_digested_by_its_size_without_reading_it(tmp_path):
    big = tmp_path / "big.md"
    with open(big, "wb") as fh:
        fh.truncate(50_000)
    assert entry_digest(big, max_file_bytes=1000) != entry_digest(big, max_file_bytes=100_000)


def test_members_of_a_class_zip_have_their_own_digest(tmp_path):
    archive = tmp_path / "class.zip"
    ann, bob = "Ann Lee_111_assignsubmission_file_", "Bob Roy_222_assignsubmission_file_"
    entries = [Entry("Ann Lee_111", archive, (ann,)), Entry("Bob Roy_222", archive, (bob,))]

    def write(bob_answer: str) -> list[str]:
        with zipfile.ZipFile(archive, "w") as z:
            z.writestr(f"{ann}/a.md", "standard convolution = 1228800\n")
            z.writestr(f"{ann}x/other.md", "a name that only starts like Ann's folder\n")
            z.writestr(f"{bob}/b.md", f"standard convolution = {bob_answer}\n")
        os.utime(archive, ns=(len(bob_answer), len(bob_answer)))  # a new file, as the cache sees it
        return [entry_digest(e) for e in entries]

    first, second = write("1"), write("22")
    assert first[0] == second[0] and first[1] != second[1]
    assert len({entry_key(e) for e in entries}) == 2
    assert bundle_entry(entries[0]).shared  # read from the same path by a worker


# --- bundles: an entry as bytes, for a worker elsewhere -----------------------------------------

@pytest.mark.parametrize("name", ["w05_sign_slip.md", "000_6ad9972c2ed9da34.txt", "code_loops", "code_no_function",
                                  "f01_symlink_escape.md", "f01_folder_symlink", "f01_zip_student.zip",
                                  "f01_zip_slip.zip"])
def test_a_bundled_entry_grades_as_the_entry_does(tmp_path, spec, name):
    ctx = api.make_context(spec, run_code=False)
    entry = SUBMISSIONS / name
    there = unpack_bundle(bundle_entry(entry), tmp_path)
    assert there != entry and there.name == entry.name
    assert grade_path(there, ctx) == grade_path(entry, ctx)


def test_a_bundled_entry_of_several_named_files_grades_as_it_does(tmp_path, spec):
    subs = tmp_path / "subs"
    subs.mkdir()
    shutil.copy(SUBMISSIONS / "w05_sign_slip.md", subs / "doejane_123456_1_answers.md")
    shutil.copy(SUBMISSIONS / "code_vectorised" / "backprop.py", subs / "doejane_123456_2_backprop.py")
    shutil.copy(SUBMISSIONS / "w20_empty.md", subs / "someone_else.md")  # not part of the entry
    entry = Entry("doejane_123456", subs, ("doejane_123456_1_answers.md", "doejane_123456_2_backprop.py"))
    bundle = bundle_entry(entry)
    assert sorted(rel for rel, _, _ in bundle.items) == ["subs/doejane_123456_1_answers.md",
                                                         "subs/doejane_123456_2_backprop.py"]
    there = unpack_bundle(bundle, tmp_path / "worker")
    ctx = api.make_context(spec, run_code=False)
    assert grade_path(there, ctx) == grade_path(entry, ctx)
    assert entry_key(entry) == "doejane_123456 <- doejane_123456_1_answers.md|doejane_123456_2_backprop.py"
    assert entry_key(Entry("123456", subs, entry.names)) != entry_key(entry)  # another id pattern


def test_a_bundle_keeps_links_as_links_and_large_files_by_size(tmp_path, spec):
    sub = _folder(tmp_path)
    _add_link(sub)
    with open(sub / "huge.md", "wb") as fh:
        fh.truncate(2_000_000)
    bundle = bundle_entry(sub, max_file_bytes=1_000_000)
    kinds = {rel: kind for rel, kind, _ in bundle.items}
    assert kinds["ann/link.md"] == "link" and kinds["ann/huge.md"] == "big"
    assert all(len(payload) < 1000 for _, kind, payload in bundle.items if kind == "file")
    there = unpack_bundle(bundle, tmp_path / "worker")
    assert (there / "link.md").is_symlink() and (there / "huge.md").stat().st_size == 2_000_000
    ctx = api.make_context(spec, run_code=False, max_file_bytes=1_000_000)
    assert grade_path(there, ctx) == grade_path(sub, ctx)


@pytest.mark.parametrize("n, jobs", [(1, 2), (7, 2), (40, 2), (1000, 2), (1000, 16), (10000, 3)])
def test_a_local_pool_sends_every_entry_once_in_chunks_that_shrink_as_the_batch_ends(n, jobs):
    from grader.batch import MAX_CHUNK, MIN_CHUNK, _chunks

    chunks = _chunks(list(range(n)), jobs)
    assert [i for chunk in chunks for i in chunk] == list(range(n))
    sizes = [len(c) for c in chunks]
    assert all(1 <= s <= MAX_CHUNK for s in sizes) and sizes == sorted(sizes, reverse=True)
    assert sizes[-1] <= MIN_CHUNK  # the last entries go a few at a time: the workers finish together
    # ...but not one at a time: each chunk is a round trip of the grader's own process
    assert all(s >= MIN_CHUNK for s in sizes[:-1])


def _threshold_while_grading(entry, result):
    import gc

    return gc.get_threshold()


@pytest.mark.parametrize("jobs", [1, 2])
def test_grading_runs_with_the_collectors_young_threshold_raised_and_gives_it_back(spec, jobs):
    import gc

    before = gc.get_threshold()
    entries = submission_entries(SUBMISSIONS)[:4]
    seen = {t for _, t in grade_entries(entries, Setup(spec, run_code=False), load_reference(spec), jobs=jobs,
                                        finish=_threshold_while_grading)}
    assert seen == {(batch.GRADING_GC_THRESHOLD, *before[1:])}
    assert gc.get_threshold() == before  # this process's own, once a batch graded here is done
