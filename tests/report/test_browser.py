"""The reports in a real browser: headless Chromium opens a student report and the class overview.

Checks that a person would: no console errors, formulas laid out as MathML (a non-zero
box), a ``<script>`` from a student's answer never runs, the students' table sorts,
the pages print, and screenshots at desktop and phone widths. Needs Debian's
``chromium`` (``make test-deps`` installs it when it can); skipped with a message
otherwise. Set GRADER_SCREENSHOTS=DIR to keep the screenshots (docs/ holds the README's).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from grader.cli import main

from .cdp import Browser, BrowserError, find_browser

ROOT = Path(__file__).resolve().parents[2]
EXECUTABLE = find_browser()
pytestmark = pytest.mark.skipif(
    EXECUTABLE is None, reason="chromium is not installed; `make test-deps` installs Debian's chromium (as root)")

HOSTILE = """\
Question 2: multiplications

standard convolution = 1228800 <script>window.__pwned = 1; alert("pwned")</script>

depthwise separable = 53952 <img src=x onerror="window.__pwned = 2">

Question 3: the Poisson loss

The loss is $$L = z - y \\log z \\text{<img src=x onerror=window.__pwned=3>}$$
"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("browser-batch")
    for name in ("000_6ad9972c2ed9da34.txt", "w05_sign_slip.md", "v02_terse_ascii.txt", "code_bias_wrong"):
        source = ROOT / "submissions" / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copy(source, folder / name)
    (folder / "xss.md").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path_factory.mktemp("browser-out")
    assert main(["grade", str(folder), "--out", str(out), "--quiet"]) == 0
    return out


@pytest.fixture(scope="module")
def browser():
    try:
        b = Browser(EXECUTABLE)
    except (BrowserError, OSError) as exc:
        pytest.skip(f"chromium could not start here: {exc}")
    yield b
    b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    keep = os.environ.get("GRADER_SCREENSHOTS")
    folder = Path(keep) if keep else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _png_ok(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000, f"{path} is not a real screenshot"


def test_student_report_lays_out_mathml_without_errors(browser, reports, shots):
    browser.events.clear()
    browser.open(reports / "students" / "000_6ad9972c2ed9da34.html")
    assert browser.problems() == []
    boxes = browser.evaluate("Array.from(document.querySelectorAll('math')).map(m => {"
                             "const r = m.getBoundingClientRect(); return [r.width, r.height]; })")
    assert boxes, "no formula on the page"
    assert all(w > 20 and h > 8 for w, h in boxes), boxes
    # MathML is laid out as mathematics, not as a run of inline text: a fraction stacks.
    assert browser.evaluate("getComputedStyle(document.querySelector('math')).display") in ("inline math", "math",
                                                                                           "block math")
    browser.screenshot(shots / "report-student.png")
    _png_ok(shots / "report-student.png")
    assert browser.pdf().startswith(b"%PDF")


def test_code_report_shows_calls_and_arrays(browser, reports, shots):
    browser.events.clear()
    browser.open(reports / "students" / "code_bias_wrong.html")
    assert browser.problems() == []
    cells = browser.evaluate("Array.from(document.querySelectorAll('table.calls pre')).length")
    assert cells >= 6
    browser.screenshot(shots / "report-code.png")


def test_a_students_script_never_runs(browser, reports):
    browser.events.clear()
    browser.open(reports / "students" / "xss.html")
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate("document.querySelectorAll('script, img, iframe, object').length") == 0
    assert "<script>" in browser.evaluate("document.body.innerText")  # shown as text, as written
    assert not [p for p in browser.problems() if p.startswith("dialog")]


def test_class_overview_sorts_and_has_no_errors(browser, reports, shots):
    browser.events.clear()
    browser.open(reports / "index.html")
    assert browser.problems() == []  # the sorter runs under the page's CSP: no violation
    assert browser.evaluate("document.querySelector('svg.hist').getBoundingClientRect().height") > 50
    order = ("Array.from(document.querySelectorAll('table.students tbody tr'))"
             ".map(r => parseFloat(r.cells[1].getAttribute('data-sort')))")
    browser.evaluate("document.querySelectorAll('table.students th button')[1].click()")
    scores = browser.evaluate(order)
    assert scores == sorted(scores)
    browser.evaluate("document.querySelectorAll('table.students th button')[1].click()")
    assert browser.evaluate(order) == sorted(scores, reverse=True)
    assert typeof_pwned(browser) == "undefined"
    # the review queue shows one part's items when one is chosen, and every item again with "every part"
    rows = "[...document.querySelectorAll('#review-queue tbody tr')]"
    parts = browser.evaluate(f"{rows}.map(r => r.dataset.part)")
    options = browser.evaluate("[...document.querySelectorAll('#queue-filter option')].map(o => o.value)")
    assert parts and len(options) == 7  # every part of the spec, and "every part"
    choose = ("(v => {{ const f = document.getElementById('queue-filter'); f.value = v; "
              "f.dispatchEvent(new Event('change')); }})({!r})")
    for value in options:
        browser.evaluate(choose.format(value))
        shown = browser.evaluate(f"{rows}.filter(r => !r.hidden).map(r => r.dataset.part)")
        assert shown == [p for p in parts if value in ("", p)], value
    browser.screenshot(shots / "report-index.png")
    _png_ok(shots / "report-index.png")


def test_reports_fit_a_phone(browser, reports, shots):
    for name, page in (("phone-student", reports / "students" / "w05_sign_slip.html"),
                       ("phone-index", reports / "index.html")):
        browser.events.clear()
        browser.open(page, width=390, height=844, mobile=True)
        assert browser.problems() == []
        # Nothing but the scrolling tables is wider than the screen.
        overflow = browser.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{name}: the page is {overflow}px wider than a phone"
        # The tables of few columns (parts, review queue, a student's summary) fit without scrolling sideways.
        wide = browser.evaluate("[...document.querySelectorAll('table.stack')].filter(t => t.scrollWidth > "
                                "t.parentElement.clientWidth + 1).map(t => t.className)")
        assert wide == [], f"{name}: these tables are wider than a phone: {wide}"
        browser.screenshot(shots / f"report-{name}.png")


def typeof_pwned(browser: Browser) -> str:
    return browser.evaluate("typeof window.__pwned")


def _page_material():
    """tests/ingest/page_material.py: documents made with the real tools (fpdf2, Pillow, pypdf)."""
    import importlib.util

    path = ROOT / "tests" / "ingest" / "page_material.py"
    spec = importlib.util.spec_from_file_location("page_material", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def page_reports(tmp_path_factory) -> Path:
    pytest.importorskip("fpdf", reason="fpdf2 writes the test PDFs: pip install -e '.[test]'")
    material = _page_material()
    folder = tmp_path_factory.mktemp("page-batch")
    (folder / "typed.pdf").write_bytes(material.typed_pdf(1, 1))
    (folder / "handwritten.pdf").write_bytes(material.scanned_pdf(material.GARBAGE_LAYER, handwriting=True))
    out = tmp_path_factory.mktemp("page-out")
    assert main(["grade", str(folder), "--out", str(out), "--quiet", "--no-code"]) == 0
    return out


def test_the_page_around_each_answer_and_an_unreadable_page_show_as_images(browser, page_reports, shots):
    shown = ("Array.from(document.querySelectorAll('{0} img')).map(i => [i.complete, i.naturalWidth, "
             "i.getBoundingClientRect().width])")
    browser.events.clear()
    browser.open(page_reports / "students" / "typed.html")
    assert browser.problems() == []  # the images are data: URIs, which the page's CSP allows
    crops = browser.evaluate(shown.format("figure.page-crop"))
    assert len(crops) == 5 and all(done and natural > 300 and width > 300 for done, natural, width in crops), crops
    browser.screenshot(shots / "report-page-crop.png")
    browser.events.clear()
    browser.open(page_reports / "students" / "handwritten.html", width=390, height=844, mobile=True)
    assert browser.problems() == []
    (whole,) = browser.evaluate(shown.format("figure.page-whole"))
    assert whole[0] and whole[1] > 300 and 200 < whole[2] <= 390, whole  # scaled to the phone's width
    assert browser.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    browser.screenshot(shots / "report-page-whole.png")
