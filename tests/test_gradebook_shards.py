"""Workers' shards (gradebook.Shard): rows a worker stored in a SQLite file of its own, merged
into the gradebook by the grader's process (``record_rows``), are the rows it would have stored
from the rows handed over whole; rows never handed back are never merged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from grader import api
from grader.errors import GradebookError
from grader.gradebook import GRADEBOOK_NAME, Gradebook, Shard, ShardRow, StoredResults, grading_row

ROOT = Path(__file__).resolve().parent.parent
SUBMISSIONS = ROOT / "submissions"
KEYS = ("s" * 64, "e" * 64, "k" * 64)


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, str, object]]:
    """(entry, content hash, gradebook row) of written corpus submissions, an unreadable one too."""
    picked = sorted(p for p in SUBMISSIONS.iterdir() if p.is_file() and not p.name.startswith("."))[:14]
    batch = api.grade_batch(SUBMISSIONS, jobs=1, run_code=False)
    by_id = {s.id: s for s in batch.students}
    return [(p.name, f"{k:064x}", grading_row(by_id[p.stem])) for k, p in enumerate(picked)]


def _tables(path: Path) -> dict[str, list]:
    """Every column the gradebook stores, but the row ids and times (given at each commit)."""
    db = sqlite3.connect(path)
    try:
        return {
            "gradings": sorted(db.execute("SELECT run, entry, student, content_hash, spec_hash, engine, grading_key, "
                                          "status, score, typeof(score), max_score, result FROM gradings")),
            "parts": sorted(db.execute(
                "SELECT g.entry, p.part, p.verdict, p.score, typeof(p.score), p.max_score, p.review, p.expected, "
                "typeof(p.expected), p.found, p.feedback, p.file, p.line, typeof(p.line), p.excerpt, p.mistake, "
                "p.details FROM parts p JOIN gradings g ON g.id = p.grading")),
        }
    finally:
        db.close()


def _whole(path: Path, rows, batches: list[list[int]]) -> None:
    with Gradebook(path, assignment="gnr638_a2") as book:
        run = book.start_run("subs", KEYS[0], KEYS[1], "1 local")
        for batch in batches:
            book.record_rows(run, *KEYS, [rows[k] for k in batch])


@pytest.mark.parametrize("shards", [1, 3, 11], ids=["one shard", "three", "more than can be attached at once"])
def test_rows_merged_from_shards_are_the_rows_handed_over_whole(rows, tmp_path, shards):
    batches = [[3, 0, 7, 1], [2, 4, 5, 6, 8, 9, 10], [11, 12, 13]]
    _whole(tmp_path / "whole.sqlite", rows, batches)
    # Each worker stores its rows in its own shard, one now and then never handed back (its
    # worker died before its chunk came back); they come back in any order, one row whole.
    files = [Shard(tmp_path / f"shard{j}.sqlite") for j in range(shards)]
    stored: dict[int, ShardRow] = {}
    for k, (entry, digest, row) in enumerate(rows):
        shard = files[k % shards]
        if k % 4 == 1:
            shard.add("never handed back", "f" * 64, row)
        stored[k] = shard.add(entry, digest, row)
    path = tmp_path / GRADEBOOK_NAME
    with Gradebook(path, assignment="gnr638_a2") as book:
        run = book.start_run("subs", KEYS[0], KEYS[1], f"{shards} local")
        for batch in batches:
            items = [rows[k] if k == 5 else stored[k] for k in batch]
            ids = book.record_rows(run, *KEYS, items)
            assert len(set(ids)) == len(batch)
            for k, gid in zip(batch, ids):
                assert book.result(gid)["id"] == rows[k][2].student
                assert book.find(rows[k][0], rows[k][1], KEYS[2]).id == gid
        book.detach_shards()
    for shard in files:
        shard.close()
    assert _tables(path) == _tables(tmp_path / "whole.sqlite")
    assert len(_tables(path)["gradings"]) == len(rows)


def test_shards_are_attached_read_only_and_left_as_their_workers_wrote_them(rows, tmp_path):
    # Read-only: the grader's process cannot write into a worker's shard, and when it is the
    # last to close one it leaves the shard's journal alone (the file is removed right after).
    shard = Shard(tmp_path / "shard.sqlite")
    stored = shard.add(*rows[0])
    shard._db.execute("PRAGMA wal_autocheckpoint=0")  # the worker's connection never checkpoints it
    with Gradebook(tmp_path / GRADEBOOK_NAME, assignment="gnr638_a2") as book:
        run = book.start_run("subs", KEYS[0], KEYS[1], "2 local")
        book.record_rows(run, *KEYS, [stored])
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            book._db.execute("DELETE FROM shard0.gradings")
        journal = Path(shard.path + "-wal").stat().st_size
        shard._db.close()  # the worker ends without a checkpoint (os._exit); the grader's process detaches
        assert Path(shard.path + "-wal").stat().st_size == journal > 0
        book.detach_shards()
    assert Path(shard.path + "-wal").stat().st_size == journal


def test_a_shard_that_lacks_a_row_its_worker_handed_back_is_refused_and_nothing_is_stored(rows, tmp_path):
    shard = Shard(tmp_path / "shard.sqlite")
    present = shard.add(*rows[0])
    with Gradebook(tmp_path / GRADEBOOK_NAME, assignment="gnr638_a2") as book:
        run = book.start_run("subs", KEYS[0], KEYS[1], "2 local")
        with pytest.raises(GradebookError, match="holds 0 of the 1 gradings"):
            book.record_rows(run, *KEYS, [rows[1], ShardRow(present.shard, present.local + 7)])
        assert book.find(rows[1][0], rows[1][1], KEYS[2]) is None
        (gid,) = book.record_rows(run, *KEYS, [present])
        assert book.find(rows[0][0], rows[0][1], KEYS[2]).id == gid


def test_stored_results_read_the_texts_of_the_gradings_when_asked(rows, tmp_path):
    path = tmp_path / GRADEBOOK_NAME
    with Gradebook(path, assignment="gnr638_a2") as book:
        run = book.start_run("subs", KEYS[0], KEYS[1], "1 local")
        ids = book.record_rows(run, *KEYS, rows[:3])
    texts = StoredResults(path, {row.student: gid for (_, _, row), gid in zip(rows[:3], ids)})
    assert rows[3][2].student not in texts and len(texts) == 3
    assert {sid: texts[sid] for sid in texts} == {row.student: row.result for _, _, row in rows[:3]}
