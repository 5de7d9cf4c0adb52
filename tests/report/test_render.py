"""Reports made from a results document: overrides, PDF pages, typesetting, statistics, safety."""

from __future__ import annotations

import base64
import copy
import csv
import hashlib
import html
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from grader.cli import main
from grader.report.exports import grades_csv
from grader.report.gradescope import gradescope_results
from grader.report.lms import moodle_csv
from grader.report.mathml import latex_to_mathml
from grader.report.render import SORT_SCRIPT, array_text, render_index, render_student
from grader.report.stats import part_statistics, score_histogram

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def document(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("small")
    for name in ("000_6ad9972c2ed9da34.txt", "w05_sign_slip.md", "w03_indian_grouping.txt"):
        shutil.copy(ROOT / "submissions" / name, folder / name)
    (folder / "grouped.md").write_text("Q2\n\nstandard convolution = 1228800\n\ndepthwise separable = 4,800\n")
    (folder / "grouped2.md").write_text("Q2\n\nstandard convolution = 1,228,800\n\ndepthwise separable = 4800\n")
    out = tmp_path_factory.mktemp("small-out")
    assert main(["grade", str(folder), "--out", str(out), "--quiet", "--no-code"]) == 0
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def _with_override(document: dict) -> dict:
    doc = copy.deepcopy(document)
    student = next(s for s in doc["students"] if s["id"] == "w05_sign_slip")
    part = next(p for p in student["parts"] if p["id"] == "conv.standard")
    part["override"] = {"score": 5.0, "verdict": "correct", "note": "Counted <input> positions; accepted.",
                        "original_score": part["score"], "original_verdict": part["verdict"]}
    part["score"], part["verdict"] = 5.0, "correct"
    student["overrides"] = 1
    return doc


def test_an_override_is_shown_as_a_persons_decision_in_every_output(document):
    doc = _with_override(document)
    student = next(s for s in doc["students"] if s["id"] == "w05_sign_slip")
    page = render_student(doc, student)
    assert "A person changed this part" in page and "incorrect → correct" in page and "0 → 5 points" in page
    assert "Counted &lt;input&gt; positions; accepted." in page
    assert "changed by a person" in render_index(doc)
    rows = list(csv.reader(io.StringIO(grades_csv(doc))))
    assert rows[0][-1] == "changed_by_person"
    assert dict((r[0], r[-1]) for r in rows[1:])["w05_sign_slip"] == "conv.standard"
    assert "changed by a person: Counted <input> positions; accepted." in moodle_csv(doc)
    gs = gradescope_results(doc, student)
    test = next(t for t in gs["tests"] if t["name"] == "conv.standard")
    assert "Changed by a person" in test["output"] and test["extra_data"]["overridden"] is True


def test_without_overrides_grades_csv_keeps_its_columns(document):
    header = next(csv.reader(io.StringIO(grades_csv(document))))
    assert header == ["id", "total", "max", *(p["id"] for p in document["parts"])]


def test_a_pdf_page_is_named_with_the_line(document):
    doc = copy.deepcopy(document)
    student = next(s for s in doc["students"] if s["id"] == "w05_sign_slip")
    part = next(p for p in student["parts"] if p["evidence"])
    part["evidence"]["page"] = 3
    assert f"{part['evidence']['file']}, page 3, line {part['evidence']['line']}" in render_student(doc, student)
    output = next(t for t in gradescope_results(doc, student)["tests"] if t["name"] == part["id"])["output"]
    assert "page 3, line" in output


def test_the_same_answer_in_two_spellings_is_one_common_wrong_answer(document):
    stats = {s.id: s for s in part_statistics(document)}
    wrong = stats["conv.depthwise"].wrong
    depthwise_only = [w for w in wrong if w.mistake == "depthwise-only"]
    assert len(depthwise_only) == 1 and depthwise_only[0].count == 2


@pytest.mark.parametrize("top,scores,bins,last", [
    (30, [0, 30, 29.5, 15], 15, 2),
    (10, [10, 0], 10, 1),
    (7, [7, 3.5], 14, 1),
    (100, [100, 99, 0], 10, 2),
])
def test_histogram_bins_cover_zero_to_the_maximum(top, scores, bins, last):
    doc = {"max_score": top, "students": [{"status": "graded", "score": s} for s in scores]}
    hist = score_histogram(doc)
    assert len(hist) == bins and hist[0].low == 0 and hist[-1].high == top
    assert sum(b.count for b in hist) == len(scores) and hist[-1].count == last


@pytest.mark.parametrize("source", [
    r"\text{<script>alert(1)</script>}",
    r"\text{<b onmouseover=alert(1)>x</b>} + z",
    r"z - y \log z \text{<img src=x onerror=alert(1)>}",
    r"\mathrm{</math><script>alert(1)</script>}",
    r"\href{javascript:alert(1)}{z}",
])
def test_a_students_latex_never_becomes_markup(source):
    out = latex_to_mathml(source)
    if out is None:
        return
    assert out.startswith('<math xmlns="http://www.w3.org/1998/Math/MathML"')
    lowered = str(out).lower()
    assert "<script" not in lowered and "<b" not in lowered and "<img" not in lowered
    assert "onerror=" not in lowered and "onmouseover=" not in lowered and "javascript:" not in lowered


def test_a_plain_formula_is_typeset():
    out = str(latex_to_mathml(r"\frac{1}{N}\sum_{i=1}^{N} (\hat{y}_i - y_i \log \hat{y}_i)"))
    assert "<mfrac>" in out and "<msubsup>" in out


@pytest.mark.parametrize("value,text", [
    (0.004431814656811997, "0.00443181"),
    ([1.0, 2.5], "[1, 2.5]"),
    ([[0.5, 0.5], [0.25, 1e-7]], "[[0.5, 0.5],\n [0.25, 1e-07]]"),
    ("an array of shape (100,), too large to show", "an array of shape (100,), too large to show"),
])
def test_arrays_are_laid_out_as_matrices(value, text):
    assert array_text(value) == text


def test_pages_fetch_nothing_and_allow_no_script_but_the_sorter(document):
    student = render_student(document, document["students"][0])
    index = render_index(document)
    student, index = html.unescape(student), html.unescape(index)
    for page in (student, index):
        assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:|//)""", page, re.I)
        assert "default-src 'none'" in page
    assert "script-src 'none'" in student and "<script" not in student
    digest = base64.b64encode(hashlib.sha256(SORT_SCRIPT.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in index and f"<script>{SORT_SCRIPT}</script>" in index


def _class_of(document: dict, n: int) -> dict:
    """``n`` students made from the fixture's, each with an id of its own (enough to fork for)."""
    doc = copy.deepcopy(document)
    base = doc["students"]
    doc["students"] = [{**copy.deepcopy(base[i % len(base)]), "id": f"s{i:03d}"} for i in range(n)]
    return doc


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_reports_rendered_on_several_processes_are_the_files_of_one(document, tmp_path):
    from grader.report.render import write_reports

    doc = _class_of(document, 150)
    write_reports(doc, tmp_path / "one", jobs=1)
    ran = []
    write_reports(doc, tmp_path / "three", jobs=3, meanwhile=lambda: ran.append(True))
    assert ran == [True]
    one, three = _tree(tmp_path / "one"), _tree(tmp_path / "three")
    assert len(one) == 151 and one == three


def test_a_report_a_worker_cannot_write_is_an_error_of_the_whole_call(document, tmp_path):
    from grader.report.render import student_filename, write_reports

    doc = _class_of(document, 150)
    (tmp_path / "students" / student_filename("s077")).mkdir(parents=True)  # a folder where the file goes
    with pytest.raises(OSError):
        write_reports(doc, tmp_path, jobs=2)


def test_a_large_class_is_written_without_holding_its_files_in_memory(document, tmp_path):
    """results.json and index.html are written as they are made: writing them costs the same
    memory for 200 students as for 800 (it grew with the class when they were built whole)."""
    import tracemalloc

    from grader.report.exports import dumps, write_json
    from grader.report.render import render_index, write_index

    write_index(document, tmp_path)  # templates compiled before anything is measured
    peaks = {}
    for n in (200, 800):
        doc = _class_of(document, n)
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            write_json(tmp_path / "results.json", doc)
            write_index(doc, tmp_path)
            peaks[n] = tracemalloc.get_traced_memory()[1] - base
        finally:
            tracemalloc.stop()
    size = (tmp_path / "results.json").stat().st_size + (tmp_path / "index.html").stat().st_size
    assert size > 2_000_000 and peaks[800] < 1.5 * peaks[200] and peaks[800] < size / 4, (peaks, size)
    assert (tmp_path / "results.json").read_text(encoding="utf-8") == dumps(doc)
    assert (tmp_path / "index.html").read_text(encoding="utf-8") == render_index(doc)


@pytest.mark.parametrize("first, second", [("ann smith", "ann_smith"), ("Ann", "ann"), ("a/b", "a_b"),
                                           ("x" * 300, "x" * 299 + "y"), ("é" * 200, "é" * 199 + "e")])
def test_report_names_are_one_per_id_and_bounded(first, second):
    from grader.report.render import student_filename

    assert student_filename(first) != student_filename(second)
    for name in (student_filename(first), student_filename(second)):
        assert len((name + ".tmp").encode("utf-8")) <= 255 and "/" not in name and not name.startswith(".")


def test_a_plain_id_is_its_own_report_name():
    from grader.report.render import student_filename

    assert student_filename("000_6ad9972c2ed9da34") == "000_6ad9972c2ed9da34.html"


def test_overview_rows_made_by_workers_are_joined_as_they_are(document):
    """index.html takes each student's row as a worker made it (``overview_row``), and makes here
    only the rows it is not given: the page is the same bytes either way."""
    from grader.report.render import overview_row

    students = document["students"]
    made = [overview_row(s) for s in students]
    assert render_index(document, made) == render_index(document)
    some = [made[0]] + [None] * (len(students) - 1)
    assert render_index(document, some) == render_index(document)
    marked = ["  <tr><td>a row made elsewhere</td></tr>\n"] + [None] * (len(students) - 1)
    page = render_index(document, marked)
    assert "a row made elsewhere" in page and f'data-sort="{students[0]["id"]}"' not in page
    with pytest.raises(ValueError, match="rows for"):
        render_index(document, made[:-1])


#: Ids as students choose them, for the overview's links to who gave a wrong answer.
LINKED_IDS = [
    ("plain", ["ann", "bob_2"]),
    ("markup", ['<script>alert(1)</script>', 'a"b', "x&y"]),
    ("odd names", ["Ann Smith", "ann_smith", "é~2", "=cmd|' -C calc'!A0"]),
    ("one", ["solo"]),
    # at the edges of the ids linked as they are (``render._plain_id``): a capital, a leading dot or
    # hyphen, a dot run, the longest plain name and one past it, a trailing newline
    ("edges", ["Ann", ".ann", "-ann", "a..b", "s00001_bhargav.iyer", "a" * 120, "a" * 121, "ann\n", "ann.html"]),
]


@pytest.mark.parametrize("ids", [ids for _, ids in LINKED_IDS], ids=[name for name, _ in LINKED_IDS])
@pytest.mark.parametrize("part", ["conv.standard", 'a"<b>'])
def test_links_to_who_gave_a_wrong_answer_are_what_the_template_made_them(ids, part):
    from grader.report.render import _environment, student_filename, student_links

    # The loop index.html had, one template piece per link: the joined links are the same bytes.
    template = _environment().from_string('{% for sid in students %}<a href="students/{{ filename(sid) }}#{{ part }}">'
                                          '{{ sid }}</a>{{ ", " if not loop.last }}{% endfor %}')
    assert str(student_links(ids, part)) == template.render(students=ids, part=part, filename=student_filename)


def test_the_overview_is_rendered_from_the_code_a_worker_compiled(document, tmp_path, monkeypatch):
    from grader.report import render

    monkeypatch.setattr(render, "SHIPPED_CODE", tmp_path / "no make compile")  # an install without it
    render._environment.cache_clear()
    render.store_overview_code(tmp_path)  # in a worker, while the grader's process waits for results
    assert len(list(tmp_path.glob("template-*.code"))) == len(render.OVERVIEW_TEMPLATES)
    expected = render_index(document)  # compiled in this (fresh) environment
    render._environment.cache_clear()

    def never(*args, **kwargs):
        raise AssertionError("compiled again in the grader's process")

    with monkeypatch.context() as patch:
        patch.setattr(type(render._environment()), "compile", never)
        render.load_overview_code(tmp_path)  # index.html and base.html: loaded, not compiled
    # the rows' templates, which the workers render, are compiled here for this test
    assert render._environment().bytecode_cache is None  # nothing else is read from the folder
    assert render_index(document) == expected
    render._environment.cache_clear()


def test_the_overview_is_compiled_where_no_worker_left_its_code(document, tmp_path, monkeypatch):
    from grader.report import render

    monkeypatch.setattr(render, "SHIPPED_CODE", tmp_path / "no make compile")
    render._environment.cache_clear()
    expected = render_index(document)
    render._environment.cache_clear()
    render.load_overview_code(tmp_path / "empty")  # no worker's code (a batch of one, say): compiled here
    assert render_index(document) == expected and not (tmp_path / "empty").exists()
    render._environment.cache_clear()


def _rendered(document: dict) -> tuple[str, str]:
    from grader.report import render

    render._environment.cache_clear()
    return render_index(document), render_student(document, document["students"][0])


def test_templates_compiled_by_make_compile_are_loaded_and_render_the_same_bytes(document, tmp_path, monkeypatch):
    from grader.report import render

    monkeypatch.setattr(render, "SHIPPED_CODE", tmp_path / "none")
    expected = _rendered(document)  # each template compiled here
    monkeypatch.setattr(render, "SHIPPED_CODE", tmp_path / "code")
    names = render.store_template_code(tmp_path / "code")  # what `make compile` does
    assert len(list((tmp_path / "code").glob("template-*.code"))) == len(names) >= 10

    def never(*args, **kwargs):
        raise AssertionError("a template compiled again although its code was kept")

    with monkeypatch.context() as patch:
        patch.setattr(type(render._environment()), "compile", never)
        assert _rendered(document) == expected
        render.store_overview_code(tmp_path / "scratch")  # a worker: nothing to compile or keep
        render.load_overview_code(tmp_path / "scratch")
        assert not (tmp_path / "scratch").exists()
    render._environment.cache_clear()


def test_a_template_changed_since_make_compile_is_compiled_again(document, tmp_path, monkeypatch):
    from grader.report import render

    monkeypatch.setattr(render, "SHIPPED_CODE", tmp_path / "code")
    render.store_template_code(tmp_path / "code")
    render._environment.cache_clear()
    env = render._environment()
    get_source = env.loader.get_source

    def edited(environment, name):
        source, filename, uptodate = get_source(environment, name)
        return (source.replace("</body>", "<!-- edited --></body>") if name == "base.html" else source), filename, uptodate

    monkeypatch.setattr(env.loader, "get_source", edited)
    compiled = []
    compile_ = type(env).compile
    monkeypatch.setattr(type(env), "compile", lambda self, source, name=None, *a, **k:
                        compiled.append(name) or compile_(self, source, name, *a, **k))
    assert "<!-- edited -->" in render_index(document)
    assert "base.html" in compiled and "index.html" not in compiled
    assert not render._shipped(env, render.OVERVIEW_TEMPLATES)  # a worker compiles the overview then, as before
    render._environment.cache_clear()


@pytest.mark.parametrize("counts", [
    [1] * 12,                  # a distinct class: every wrong answer given once
    [3, 1, 3, 2, 1, 3, 2, 3],  # ties in count, ordered by the answer as shown
    [2, 2],                    # fewer than are listed
])
def test_the_common_wrong_answers_are_the_most_given_in_a_stable_order(counts):
    from grader.groups import groups_of
    from grader.report.stats import COMMON_WRONG

    students = []
    for k, n in enumerate(counts):
        for j in range(n):
            found = f"{(k * 7) % 5}.{k}"  # shown values that sort otherwise than given
            students.append({"id": f"s{k:02d}_{j}", "status": "graded", "score": 0, "parts": [
                {"id": "p", "verdict": "incorrect", "score": 0, "review": False, "found": found,
                 "mistake": None, "details": {"value": float(found)}}]})
    document = {"parts": [{"id": "p", "points": 1}], "students": students}
    (stats,) = part_statistics(document)
    every = sorted(groups_of("p", [(s, s["parts"][0]) for s in students]), key=lambda g: (-g.count, g.shown))
    assert [(w.shown, w.count, w.students) for w in stats.wrong] == [
        (g.shown, g.count, tuple(s["id"] for s, _ in g.members)) for g in every[:COMMON_WRONG]]
