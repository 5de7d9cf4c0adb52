"""Outputs: results.json, the CSV exports and HTML against golden files; determinism; escaping.

Two sets of goldens: a small batch with hostile entries (goldens/*), and every report of
the whole visible corpus (goldens/corpus/). Refresh them, after reading the diff, with
``pytest --update-goldens``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from grader.cli import main
from grader.ingest import submission_id
from grader.ingest.entries import submission_entries
from grader.report.render import student_filename

ROOT = Path(__file__).resolve().parents[2]
GOLDENS = Path(__file__).resolve().parent / "goldens"
BATCH = ["000_6ad9972c2ed9da34.txt", "001_00e179ca8f67077f.txt", "w05_sign_slip.md", "w20_empty.md"]


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("batch")
    for name in BATCH:
        shutil.copy(ROOT / "submissions" / name, folder / name)
    (folder / "zz_binary.md").write_bytes(bytes(range(256)) * 8)
    (folder / "xss.md").write_text(
        "Question 2\n\nstandard convolution = 1228800 <script>alert(1)</script> {{ 7*7 }} {% raw %}\n",
        encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def out(batch, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert main(["grade", str(batch), "--out", str(out), "--quiet"]) == 0
    return out


GOLDEN_FILES = ["results.json", "grades.csv", "moodle.csv", "canvas.csv", "index.html",
                "students/000_6ad9972c2ed9da34.html", "students/001_00e179ca8f67077f.html", "students/zz_binary.html"]


@pytest.mark.parametrize("name", GOLDEN_FILES)
def test_matches_golden(out, name, update_goldens):
    got = (out / name).read_text(encoding="utf-8")
    golden = GOLDENS / name.replace("/", "__")
    if update_goldens:
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"no golden for {name}: run pytest --update-goldens"
    assert got == golden.read_text(encoding="utf-8"), f"{name} differs from its golden file"


def test_same_input_gives_byte_identical_results(batch, out, tmp_path):
    assert main(["grade", str(batch), "--out", str(tmp_path), "--quiet"]) == 0
    for name in ("results.json", "grades.csv", "index.html"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes()


def test_results_follow_the_contract(out):
    doc = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert doc["assignment"] == "gnr638_a2" and doc["max_score"] == 30
    ids = [s["id"] for s in doc["students"]]
    assert ids == sorted(ids) and len(ids) == len(BATCH) + 2
    for s in doc["students"]:
        assert s["status"] in ("graded", "error")
        assert [p["id"] for p in s["parts"]] == [p["id"] for p in doc["parts"]]
        for p in s["parts"]:
            assert set(p) >= {"id", "verdict", "score", "max_score", "review", "expected", "found", "feedback",
                              "evidence"}
    broken = next(s for s in doc["students"] if s["id"] == "zz_binary")
    assert broken["status"] == "error" and "not a text file" in broken["error"]
    assert all(p["verdict"] == "missing" and p["score"] == 0 for p in broken["parts"])


def test_student_text_is_shown_as_text_never_as_markup(out):
    html = (out / "students" / "xss.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html and "{{ 7*7 }}" in html and "49" not in html.split("{{ 7*7 }}")[0][-5:]


def test_report_rerenders_from_results_alone(out, tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(out / "results.json", copy / "results.json")
    assert main(["report", str(copy)]) == 0
    for name in ("grades.csv", "index.html", "students/000_6ad9972c2ed9da34.html"):
        assert (copy / name).read_bytes() == (out / name).read_bytes()


# --------------------------------------------------------------------------- the whole visible corpus

CORPUS_GOLDENS = GOLDENS / "corpus"
CORPUS_IDS = sorted(submission_id(e) for e in submission_entries(ROOT / "submissions"))
CORPUS_FILES = ["results.json", "grades.csv", "moodle.csv", "canvas.csv", "index.html",
                *(f"students/{student_filename(i)}" for i in CORPUS_IDS)]


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory, machine_isolation) -> Path:
    out = tmp_path_factory.mktemp("corpus-reports")
    assert main(["grade", str(ROOT / "submissions"), "--out", str(out), "--quiet"]) == 0
    return out


#: Files that hold what OCR read of the corpus's scanned page: their goldens were made with Tesseract.
READ_BY_OCR = {"results.json", "grades.csv", "moodle.csv", "canvas.csv", "index.html", "students/f01_pdf_scanned.html"}


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_report_matches_golden(corpus_out, name, update_goldens, machine_isolation):
    if name in READ_BY_OCR and shutil.which("tesseract") is None and not update_goldens:
        pytest.skip("tesseract is not installed: the corpus's scanned page is not read by OCR here, so the "
                    "class files differ from their goldens (make test-deps installs it as root)")
    got = machine_isolation.as_golden((corpus_out / name).read_text(encoding="utf-8"))
    golden = CORPUS_GOLDENS / name
    if update_goldens:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"no golden for {name}: run pytest --update-goldens"
    assert got == golden.read_text(encoding="utf-8"), f"{name} differs from its golden file"


def test_no_stale_corpus_goldens(update_goldens):
    stale = sorted(str(p.relative_to(CORPUS_GOLDENS)) for p in CORPUS_GOLDENS.rglob("*")
                   if p.is_file() and str(p.relative_to(CORPUS_GOLDENS)) not in CORPUS_FILES)
    if update_goldens:
        for name in stale:
            (CORPUS_GOLDENS / name).unlink()
        stale = []
    assert not stale, f"goldens of submissions that are gone: {stale}; run pytest --update-goldens"


@pytest.mark.parametrize("page, cell", [(None, None), (3, None), (None, 7)])
def test_evidence_is_written_field_by_field_and_complete(page, cell):
    """results.json writes Evidence's fields one by one (for speed): a new field must not be lost."""
    from dataclasses import fields

    from grader.models import Evidence
    from grader.report.exports import _evidence

    evidence = Evidence("a.pdf", 4, "x = 1", "1", page, cell)
    written = _evidence(evidence)
    names = {f.name for f in fields(Evidence)}
    assert set(written) == names - {n for n, v in (("page", page), ("cell", cell), ("image", None)) if v is None}
    assert Evidence(**written) == evidence
    with_image = Evidence("a.pdf", 4, "x = 1", "1", page, cell, "data:image/png;base64,AAAA")
    assert Evidence(**_evidence(with_image)) == with_image


def _random_value(rng, depth=0):
    """Plain JSON data of every kind a results document holds, and the awkward corners of each."""
    kinds = ["str", "int", "float", "bool", "none"] + (["dict", "list", "tuple"] if depth < 4 else [])
    kind = rng.choice(kinds)
    if kind == "str":
        return "".join(rng.choice(["a", "é", "名", "\n", "\t", '"', "\\", "\x00", "\u2028", "🙂", " ", "<"])
                       for _ in range(rng.randint(0, 6)))
    if kind == "int":
        return rng.choice([0, -1, 7, 10 ** 20, -(2 ** 63)])
    if kind == "float":
        return rng.choice([0.0, -0.0, 1e-05, 1e16, 1228800.0, -0.004431814656811997, 1 / 3, 2.5e-308])
    if kind == "bool":
        return rng.choice([True, False])
    if kind == "none":
        return None
    items = [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if kind == "dict":
        return {f"k{i}{rng.choice(['', 'é', ' '])}": v for i, v in enumerate(items)}
    return items if kind == "list" else tuple(items)


@pytest.mark.parametrize("seed", range(40))
def test_results_json_is_written_exactly_as_json_would(seed, tmp_path):
    """write_json has its own encoder (for speed): it must give json.dumps's bytes."""
    import random

    from grader.report.exports import dumps, write_json

    rng = random.Random(seed)
    document = {"assignment": "a", "students": [_random_value(rng) for _ in range(rng.randint(0, 5))],
                "extra": _random_value(rng)}
    write_json(tmp_path / "r.json", document)
    assert (tmp_path / "r.json").read_bytes() == dumps(document).encode("utf-8")


@pytest.mark.parametrize("odd, error", [
    ({"students": [{"score": float("nan")}]}, ValueError),  # never written as NaN
    ({"students": [{1: "a", None: "b", 2.5: "c"}]}, None),  # keys json turns into text
    ({"students": [{"x": {"y"}}]}, TypeError),  # not JSON at all
])
def test_what_is_not_plain_data_is_left_to_json(odd, error, tmp_path):
    from grader.report.exports import dumps, write_json

    if error is None:
        write_json(tmp_path / "r.json", odd)
        assert (tmp_path / "r.json").read_text(encoding="utf-8") == dumps(odd)
    else:
        with pytest.raises(error):
            dumps(odd)
        with pytest.raises(error):
            write_json(tmp_path / "r.json", odd)
        assert list(tmp_path.iterdir()) == []  # not even a half-written temporary file
