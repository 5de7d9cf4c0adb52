"""Hostile files in one batch through the command line: each graded or an error with its reason,
the student's text shown as text, and nothing outside the output folder changed.

The corpus entries are copied from submissions/; what must not live in the repository
(a 50 MB file, links to a secret beside the batch) is made here.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from grader.cli import main

ROOT = Path(__file__).resolve().parents[2]
SUBMISSIONS = ROOT / "submissions"
COPIED = ["f01_zip_bomb.zip", "f01_zip_slip.zip", "f01_zip_symlink.zip", "f01_script_jinja.md", "f01_nul_byte.md",
          "f01_latin1.txt", "f01_utf16.txt", "f01_empty.pdf", "f01_random_bytes.pdf", "f01_name with spaces.md",
          "f01_ünïcödé_名前.md", "f01_dots..in..name.md", "f01_pdf_scanned.pdf"]
SECRET_ANSWERS = "Q2\n\n(a) standard convolution = 1228800\n\n(b) depthwise separable = 53952\n"

# id -> (status, a phrase of the error, or {part: verdict})
EXPECTED = {
    "huge": ("error", "huge.txt: 50,000,000 bytes is over the 20,000,000-byte limit per file; raise it with "
                      "--max-file-mb"),
    "escape": ("error", "escape.md: a symbolic link; links are never followed (the file it points to was not read)"),
    "folder_link": ("error", "folder_link: a symbolic link; links are never followed"),
    "linked": ("graded", {"conv.standard": "missing", "backprop.code": "missing", "poisson.loss": "correct"}),
    "f01_zip_bomb": ("error", "a zip bomb?), nothing was extracted"),
    "f01_zip_slip": ("error", "member '../../f01_zip_slip_escaped.md' leaves the archive"),
    "f01_zip_symlink": ("graded", {"conv.standard": "correct", "backprop.code": "missing"}),
    "f01_script_jinja": ("graded", {"conv.standard": "correct", "poisson.loss": "correct"}),
    "f01_nul_byte": ("graded", {"backprop.dw11": "correct", "conv.standard": "incorrect"}),
    "f01_latin1": ("graded", {"backprop.dw11": "correct", "conv.standard": "correct"}),
    "f01_utf16": ("graded", {"backprop.dw21": "correct", "poisson.loss": "correct"}),
    "f01_empty": ("error", "f01_empty.pdf: empty file (0 bytes)"),
    "f01_random_bytes": ("error", "f01_random_bytes.pdf: not a PDF"),
    "f01_name with spaces": ("graded", {"conv.depthwise": "correct"}),
    "f01_ünïcödé_名前": ("graded", {"poisson.loss": "correct"}),
    "f01_dots..in..name": ("graded", {"backprop.dw21": "correct"}),
    # A photographed page: read by OCR where Tesseract is installed, else kept for a person.
    "f01_pdf_scanned": (("graded", {"backprop.dw11": "correct"}) if shutil.which("tesseract") else
                        ("error", "no text: needs a person")),
}


def _snapshot(root: Path, skip: Path) -> dict[str, tuple[str, int]]:
    seen = {}
    for path in sorted(root.rglob("*")):
        if path == skip or skip in path.parents:
            continue
        kind = "link" if path.is_symlink() else "dir" if path.is_dir() else "file"
        seen[path.relative_to(root).as_posix()] = (kind, 0 if kind == "dir" else path.lstat().st_size)
    return seen


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    top = tmp_path_factory.mktemp("hostile")
    secret = top / "secret"
    secret.mkdir()
    (secret / "answers.md").write_text(SECRET_ANSWERS, encoding="utf-8")
    (secret / "solution.py").write_text("def gradients(W1, b1, W2, b2, x, t):\n    return W1, b1, W2, b2\n")
    batch = top / "batch"
    batch.mkdir()
    for name in COPIED:
        shutil.copy(SUBMISSIONS / name, batch / name)
    with open(batch / "huge.txt", "w", encoding="utf-8") as big:
        line = "dE/dw11 = 0.0044 and the standard convolution needs 1,228,800 multiplications\n"
        big.write(line * (50_000_000 // len(line)))
        big.write("x" * (50_000_000 - big.tell()))
    (batch / "escape.md").symlink_to(secret / "answers.md")
    (batch / "folder_link").symlink_to(secret, target_is_directory=True)
    (batch / "linked").mkdir()
    (batch / "linked" / "answers.md").write_text("Question 3: the Poisson loss is L = z - y log z\n")
    (batch / "linked" / "notes.md").symlink_to(secret / "answers.md")
    (batch / "linked" / "solution.py").symlink_to(secret / "solution.py")
    out = top / "out"
    before = _snapshot(top, out), _snapshot(SUBMISSIONS, out)
    assert main(["grade", str(batch), "--out", str(out), "--quiet", "--no-code"]) == 0
    after = _snapshot(top, out), _snapshot(SUBMISSIONS, out)
    document = json.loads((out / "results.json").read_text(encoding="utf-8"))
    return {"top": top, "out": out, "before": before, "after": after,
            "students": {s["id"]: s for s in document["students"]}}


def test_nothing_outside_the_output_folder_changed(graded):
    assert graded["after"] == graded["before"]
    for where in (graded["top"], ROOT, Path.cwd(), Path("/tmp")):
        assert not (where / "f01_zip_slip_escaped.md").exists()


@pytest.mark.parametrize("student", sorted(EXPECTED))
def test_each_is_graded_or_an_error_with_its_reason(graded, student):
    status, what = EXPECTED[student]
    got = graded["students"][student]
    assert got["status"] == status, got.get("error")
    if status == "error":
        assert what in got["error"] and "\n" not in got["error"], got["error"]
        assert all(p["verdict"] == "missing" for p in got["parts"]) and got["review"] is True
    else:
        verdicts = {p["id"]: p["verdict"] for p in got["parts"]}
        assert {part: verdicts[part] for part in what} == what


def test_links_inside_a_folder_are_reported_and_their_targets_never_read(graded):
    linked = graded["students"]["linked"]
    assert "notes.md: a symbolic link, not followed (links are never read)" in linked["warnings"]
    assert "solution.py: a symbolic link, not followed (links are never read)" in linked["warnings"]
    assert linked["files"] == ["answers.md"]


def test_the_report_shows_the_students_markup_as_text(graded):
    html = (graded["out"] / "students" / "f01_script_jinja.html").read_text(encoding="utf-8")
    assert "<img src=x" not in html and "<b>bold?</b>" not in html and "evil.example/x.js\"" not in html
    # (HTML typed into Markdown is read as what it shows: bold as Markdown's "**", an image, no text, not at all; a
    # tag that shows nothing of its own, such as a script, stays text, escaped)
    assert "**bold?**" in html and "onerror" not in html
    assert "&lt;script src=&#34;https://evil.example/x.js&#34;&gt;" in html
    assert "{% raw %}" in html and "{{ config.items() }}" in html and "{# a comment #}" in html
