"""Workers make each student's outputs (grader/student_outputs.py): the files are the same bytes
whatever the number of workers, and the same as the grader's own process makes them."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from grader.cli import main
from grader.report.render import student_filename

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from distinct_class import write_class  # noqa: E402

SUBMISSIONS = ROOT / "submissions"
#: The gradebook's own files: the same grades, stored at other times and in another order.
GRADEBOOK = {"gradebook.sqlite", "gradebook.sqlite-wal", "gradebook.sqlite-shm", "gradebook.sqlite.lock"}


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in GRADEBOOK}


def _gradebook(out: Path) -> dict[str, list]:
    """What the gradebook holds, without the times and row ids that differ between runs."""
    db = sqlite3.connect(out / "gradebook.sqlite")
    try:
        return {
            "gradings": sorted(db.execute("SELECT entry, student, content_hash, spec_hash, engine, grading_key, "
                                          "status, score, max_score, result FROM gradings")),
            "parts": sorted(db.execute("SELECT g.entry, p.part, p.verdict, p.score, p.max_score, p.review, "
                                       "p.expected, p.found, p.feedback, p.file, p.line, p.excerpt, p.mistake, "
                                       "p.details FROM parts p JOIN gradings g ON g.id = p.grading")),
            "published": sorted(db.execute("SELECT p.student, g.entry, p.score, p.overrides FROM published p "
                                           "JOIN gradings g ON g.id = p.grading")),
        }
    finally:
        db.close()


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> dict[str, Path]:
    """A small class graded with --jobs 1 and --jobs 2: distinct students, corpus entries of
    other formats, two entries with one id, an unreadable one, and a person's override."""
    tmp = tmp_path_factory.mktemp("outputs")
    subs = tmp / "subs"
    paths = write_class(subs, 40, seed=15)
    for name in ("000_6ad9972c2ed9da34.txt", "w05_sign_slip.md", "c24_own_values.tex", "c19_folder_bias_bug"):
        source = SUBMISSIONS / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, subs / name)
    shutil.copy(SUBMISSIONS / "w05_sign_slip.md", subs / "ann.md")
    shutil.copy(SUBMISSIONS / "000_6ad9972c2ed9da34.txt", subs / "ann.txt")  # the same id as ann.md
    (subs / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    override = f"student,part,score,note\n{paths[3].stem},conv.standard,2,read by hand\n"
    outs = {}
    for jobs in ("1", "2"):
        out = outs[jobs] = tmp / f"out{jobs}"
        out.mkdir()
        (out / "overrides.csv").write_text(override, encoding="utf-8")
        assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code", "--jobs", jobs]) == 0
    outs["subs"] = subs
    return outs


def test_one_worker_or_two_write_the_same_bytes(graded):
    one, two = _files(graded["1"]), _files(graded["2"])
    assert sorted(one) == sorted(two)
    assert len([name for name in one if name.startswith("students/")]) == 47
    for name in one:
        assert one[name] == two[name], name


def test_one_worker_or_two_store_the_same_gradebook(graded):
    assert _gradebook(graded["1"]) == _gradebook(graded["2"])


def test_what_workers_wrote_is_what_the_graders_process_writes(graded, tmp_path):
    """``grader report`` renders every report and the overview in the grader's own process."""
    again = tmp_path / "again"
    shutil.copytree(graded["2"], again)
    assert main(["report", str(again)]) == 0
    assert _files(again) == _files(graded["2"])


def test_a_persons_decision_and_a_shared_id_reach_the_reports(graded):
    files = _files(graded["2"])
    decided = sorted(p.stem for p in graded["subs"].iterdir() if p.stem.startswith("s0"))[3]
    assert "read by hand" in files[f"students/{decided}.html"].decode()
    first, second = files["students/ann.html"].decode(), files[f"students/{student_filename('ann~2')}"].decode()
    assert "another submission has the id ann" in second and "another submission has the id ann" not in first


def test_a_second_run_takes_every_grade_from_the_gradebook_and_writes_the_same_files(graded, tmp_path):
    again = tmp_path / "again"
    shutil.copytree(graded["1"], again)
    assert main(["grade", str(graded["subs"]), "--out", str(again), "--quiet", "--no-code", "--jobs", "2"]) == 0
    before, after = _files(graded["1"]), _files(again)
    assert before.pop("regrade.json") != after.pop("regrade.json")  # this one says nothing changed
    assert before == after
    runs = sqlite3.connect(again / "gradebook.sqlite").execute("SELECT graded, reused FROM runs ORDER BY id")
    assert list(runs) == [(47, 0), (0, 47)]


def test_the_overview_row_of_a_student_a_person_decided_is_made_again(graded):
    """Workers make each student's row of index.html; a person's decision changes the student
    after the worker made it, so that row is made again by the grader's process, with the mark."""
    index = _files(graded["2"])["index.html"].decode()
    decided = sorted(p.stem for p in graded["subs"].iterdir() if p.stem.startswith("s0"))[3]
    start = index.index(f'<tr><td data-sort="{decided}">')
    row = index[start:index.index("</tr>", start)]
    assert 'title="changed by a person">✎' in row
    assert index.count('title="changed by a person">✎</span>') == 1  # that row alone


def test_grading_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    """The run's long-lived objects are frozen out of the collector's passes while it grades
    (``gc.freeze``), and given back when it ends."""
    import gc

    subs = tmp_path / "subs"
    write_class(subs, 3, seed=1)
    assert gc.get_freeze_count() == 0
    assert main(["grade", str(subs), "--out", str(tmp_path / "out"), "--quiet", "--no-code", "--jobs", "1"]) == 0
    assert gc.get_freeze_count() == 0


def test_the_graders_process_reads_records_and_decodes_only_the_students_it_writes_again(graded, tmp_path):
    """Workers hand back each student's compact record (``report.compact``); the run's overview
    holds them for students no person's decision or shared id changed, and the whole dicts for
    those it wrote again. ``document`` decodes every student: it is results.json."""
    from grader import api

    out = tmp_path / "out"
    shutil.copytree(graded["2"], out, ignore=shutil.ignore_patterns("gradebook.sqlite*", "*.html", "*.json",
                                                                     "*.csv"))
    (out / "overrides.csv").write_text((graded["2"] / "overrides.csv").read_text(encoding="utf-8"), encoding="utf-8")
    run = api.grade_course(graded["subs"], out, run_code=False, jobs=2)
    decided = sorted(p.stem for p in graded["subs"].iterdir() if p.stem.startswith("s0"))[3]
    whole = {s["id"] for s in run.overview["students"] if "notes" in s}
    assert whole == {decided, "ann", "ann~2"}
    assert all("answer_key" in p for s in run.overview["students"] if s["id"] not in whole for p in s["parts"])
    assert run.document == json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert _files(out) == _files(graded["2"])


def test_a_grade_that_changed_since_the_last_run_is_diffed_from_whole_dicts(graded, tmp_path):
    """A student whose score changed since the grades last written is decoded whole by the
    grader's process: regrade.json says why, part by part, as it does from results.json's dicts."""
    from grader.regrade import Snapshot, diff_document, regrade_diff

    subs, out = tmp_path / "subs", tmp_path / "out"
    shutil.copytree(graded["subs"], subs)
    shutil.copytree(graded["1"], out)
    changed = sorted(p for p in subs.iterdir() if p.stem.startswith("s0"))[5]
    changed.write_text((SUBMISSIONS / "w05_sign_slip.md").read_text(encoding="utf-8"), encoding="utf-8")
    before = {s["id"]: s for s in json.loads((out / "results.json").read_text(encoding="utf-8"))["students"]}
    assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code", "--jobs", "2"]) == 0
    after = {s["id"]: s for s in json.loads((out / "results.json").read_text(encoding="utf-8"))["students"]}
    sid = changed.stem
    assert before[sid]["score"] != after[sid]["score"]
    said = json.loads((out / "regrade.json").read_text(encoding="utf-8"))
    (change,) = said["changed"]
    old, new = Snapshot(before[sid], "a", "s", "e"), Snapshot(after[sid], "b", "s", "e")
    expected = diff_document(regrade_diff({sid: old}, {sid: new}))["changed"][0]["parts"]
    assert change["id"] == sid and change["parts"] == expected and all(p["why"] for p in expected)


def _dies_on_boom(entry, ctx):
    from grader.pipeline import grade_path

    if "boom" in str(getattr(entry, "location", entry)):
        os._exit(3)  # a segfault or the out-of-memory killer, as the pool sees it
    return grade_path(entry, ctx)


def test_a_worker_that_dies_loses_and_repeats_no_gradebook_row(tmp_path, monkeypatch):
    """Workers store their gradebook rows in shards of their own (``gradebook.Shard``). One that
    dies in the middle of a chunk has stored rows whose results never came back: those entries
    are graded again elsewhere, and the gradebook holds every entry once, as one worker stores it."""
    from contextlib import contextmanager

    from grader import api, batch
    from grader.student_outputs import close_scratch

    subs = tmp_path / "subs"
    paths = write_class(subs, 60, seed=3)
    shutil.copy(paths[3], subs / "s00003_boom.md")  # in the first chunk, after entries its worker stored
    assert main(["grade", str(subs), "--out", str(tmp_path / "one"), "--quiet", "--no-code", "--jobs", "1"]) == 0
    scratch = tmp_path / "scratch"

    @contextmanager
    def kept():  # the run's scratch folder, left for this test to read
        scratch.mkdir()
        try:
            yield scratch
        finally:
            close_scratch(scratch)

    monkeypatch.setattr(api, "_scratch_folder", kept)
    monkeypatch.setattr(batch, "grade_path", _dies_on_boom)  # inherited by the forked workers
    out = tmp_path / "two"
    assert main(["grade", str(subs), "--out", str(out), "--quiet", "--no-code", "--jobs", "2"]) == 0
    db = sqlite3.connect(out / "gradebook.sqlite")
    entries = dict(db.execute("SELECT entry, count(*) FROM gradings GROUP BY entry"))
    assert entries == {p.name: 1 for p in subs.iterdir()}
    in_shards = sum(sqlite3.connect(f).execute("SELECT count(*) FROM gradings").fetchone()[0]
                    for f in scratch.glob("*.sqlite"))
    # Every entry's row (the dead one's error too, made by the grader's process) and at least one
    # row the dead worker stored but never handed back, which is not merged.
    assert in_shards > len(entries)
    one = json.loads((tmp_path / "one" / "results.json").read_text(encoding="utf-8"))
    two = json.loads((out / "results.json").read_text(encoding="utf-8"))
    boom = next(s for s in two["students"] if s["id"] == "s00003_boom")
    assert boom["status"] == "error" and "worker process" in boom["error"]
    assert [s for s in one["students"] if s["id"] != "s00003_boom"] == \
        [s for s in two["students"] if s["id"] != "s00003_boom"]
    boomless = {name: [row for row in rows if row[0] != "s00003_boom.md"]
                for name, rows in _gradebook(out).items() if name != "published"}
    assert boomless == {name: [row for row in rows if row[0] != "s00003_boom.md"]
                        for name, rows in _gradebook(tmp_path / "one").items() if name != "published"}


def test_what_a_worker_hands_back_unpickles_as_it_was(tmp_path):
    import pickle

    from grader.gradebook import ShardRow
    from grader.student_outputs import Finished, Fragment

    finished = Finished("ann.md", "ab" * 32, ShardRow(str(tmp_path / "1.sqlite"), 7), Fragment("t.json", 10, 250),
                        True, "<tr>…</tr>", {"id": "ann", "parts": []}, (), ("ann,1\n", "", ""))
    back = pickle.loads(pickle.dumps([(3, finished)], protocol=pickle.HIGHEST_PROTOCOL))
    assert back == [(3, finished)]
    assert type(back[0][1]) is Finished and type(back[0][1].encoded) is Fragment
    with pytest.raises(AttributeError):  # still frozen
        back[0][1].report = False
