"""The TA's desk driven in headless Chromium, as a TA would: the real app on a real socket.

Open the printed address, resolve two items of the review queue (accept one, score
another), decide one answer group, see the queue shrink and the exports change, then go
through the rest of the shipped corpus's queue with the keyboard alone until it is empty.
Skipped with a message when chromium or the desk's extra is missing.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from grader.cli import main

from report.cdp import Browser, BrowserError, find_browser

pytest.importorskip("starlette", reason="the desk needs its extra: pip install 'grader[serve]'")
uvicorn = pytest.importorskip("uvicorn", reason="the desk needs its extra: pip install 'grader[serve]'")

from grader.serve.app import Desk, create_app  # noqa: E402 (after the extra is known to be there)

ROOT = Path(__file__).resolve().parents[2]
EXECUTABLE = find_browser()
pytestmark = pytest.mark.skipif(
    EXECUTABLE is None, reason="chromium is not installed; `make test-deps` installs Debian's chromium (as root)")


#: The class the TA works through: the seeds and some of the written corpus (sign slips on dE/dw11 for a group,
#: the format corpus for its OCR readings), about a hundred items in the queue. The whole corpus (over nine hundred
#: students) made the walk through every item quadratic in the queue's length: minutes of a browser's time. The
#: names are matched whole-prefix ("b07_…", not the later sets "ba*" to "bw*": a prefix of one letter let the class
#: grow with every held-out set added, to a thousand students and most of CI's hour).
CLASS = re.compile(r"(?:0|b[0-9]|f01|w[0-9])")


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    import shutil

    source = tmp_path_factory.mktemp("desk-class")
    for entry in sorted((ROOT / "submissions").iterdir()):
        if CLASS.match(entry.name):
            (shutil.copytree if entry.is_dir() else shutil.copy2)(entry, source / entry.name)
    folder = tmp_path_factory.mktemp("desk-out")
    assert main(["grade", str(source), "--out", str(folder), "--quiet"]) == 0
    return folder


@pytest.fixture(scope="module")
def desk(out):
    """The app served on 127.0.0.1 in a thread; yields (base address, token)."""
    import socket

    d = Desk(out)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(d), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:  # waits for an event, not for a time
        thread.join(0.05)
        assert thread.is_alive(), "the desk did not start"
    yield f"http://127.0.0.1:{sock.getsockname()[1]}", d.token
    server.should_exit = True
    thread.join()


@pytest.fixture(scope="module")
def browser():
    try:
        b = Browser(EXECUTABLE)
    except (BrowserError, OSError) as exc:
        pytest.skip(f"chromium could not start here: {exc}")
    yield b
    b.close()


def _keep(browser, name: str) -> None:
    """A screenshot for the README when GRADER_SCREENSHOTS=DIR is set (docs/ holds them)."""
    folder = os.environ.get("GRADER_SCREENSHOTS")
    if folder:
        browser.screenshot(Path(folder) / name, full_page=False)


def _open_count(browser) -> int:
    return int(browser.evaluate("document.getElementById('open-count').textContent"))


def _download(base: str, token: str, name: str) -> str:
    request = urllib.request.Request(f"{base}/export/{name}", headers={"Cookie": f"grader_desk={token}"})
    with urllib.request.urlopen(request) as response:
        return response.read().decode("utf-8")


def _scores(grades_csv: str) -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in csv.DictReader(io.StringIO(grades_csv))}


def test_a_ta_goes_through_the_queue_decides_a_group_and_downloads_exports(browser, desk, out):
    base, token = desk
    before = _scores(_download(base, token, "grades.csv"))
    browser.events.clear()

    browser.goto(f"{base}/?token={token}")
    assert "token=" not in browser.evaluate("location.href"), "the token stays out of the address once used"
    browser.goto(f"{base}/queue")
    _keep(browser, "desk-queue.png")
    start = _open_count(browser)
    assert start > 10
    items = browser.evaluate("[...document.querySelectorAll('li.item')].map(li => ["
                             "parseFloat(li.querySelector('.pts').textContent.split('·')[1]),"
                             "[...li.querySelectorAll('ul.small li')].map(r => r.textContent)])")
    # Parts whose one reason is our OCR's reading come last (a glance each at the page); the
    # others, the most points at stake first.
    to_confirm = [len(reasons) == 1 and reasons[0].startswith("read by OCR") for _, reasons in items]
    assert to_confirm == sorted(to_confirm), "the confirmations against the page come last, together"
    stakes = [stake for (stake, _), confirm in zip(items, to_confirm) if not confirm]
    assert stakes == sorted(stakes, reverse=True), "the most points at stake come first"

    # 1. accept the machine's grade of the first item
    first = browser.evaluate("document.querySelector('li.item .actions').dataset.item")
    browser.then_loaded("document.querySelector('li.item form.accept button').click()")
    assert _open_count(browser) == start - 1
    assert first not in browser.evaluate("[...document.querySelectorAll('li.item .actions')].map(e => e.dataset.item)")

    # 2. give the next one a score and a note
    second = browser.evaluate("document.querySelector('li.item .actions').dataset.item")
    student, part = second.split(" ")
    browser.then_loaded("""(() => { const f = document.querySelector('li.item form.override');
        f.score.value = '0.5'; f.note.value = 'read the working: half a point'; f.querySelector('button').click(); })()""")
    assert _open_count(browser) == start - 2
    overrides = list(csv.DictReader(io.StringIO(_download(base, token, "overrides.csv"))))
    assert {(r["student"], r["part"], r["score"]) for r in overrides} == {(student, part, "0.5")}
    assert _scores(_download(base, token, "grades.csv"))[student][part] == "0.5"

    # the student's report in the desk shows the person's decision, with the actions beside each part
    browser.goto(f"{base}/student/{student}")
    card = f"document.getElementById({part!r})"
    assert "changed by a person" in browser.evaluate(f"{card}.textContent")
    assert browser.evaluate("document.querySelectorAll('section.card form.override').length") == 6
    browser.key("j")
    browser.key("o")
    assert browser.evaluate("document.activeElement.name") == "score"

    # 3. decide a group: the sign slips of dE/dw11
    browser.goto(f"{base}/question/backprop.dw11")
    group = browser.evaluate("""(() => { const g = [...document.querySelectorAll('section.group')]
        .find(s => s.dataset.answer === 'mistake:sign'); return g && g.querySelectorAll('ul.members li').length; })()""")
    assert group and group >= 2, "the corpus has several sign slips on dE/dw11"
    browser.then_loaded("""(() => { const g = [...document.querySelectorAll('section.group')]
        .find(s => s.dataset.answer === 'mistake:sign'); const f = g.querySelector('form.group-decision');
        f.score.value = '2'; f.note.value = 'a sign slip costs one point'; f.querySelector('button').click(); })()""")
    _keep(browser, "desk-question.png")
    assert "a person's decision" in browser.evaluate("document.querySelector('section.group[data-answer=\"mistake:sign\"]')"
                                                    ".textContent")
    rows = [r for r in csv.DictReader(io.StringIO(_download(base, token, "overrides.csv"))) if r.get("rule")]
    assert len(rows) == group and {r["score"] for r in rows} == {"2"} and {r["rule"] for r in rows} == {"mistake:sign"}
    after = _scores(_download(base, token, "grades.csv"))
    for r in rows:
        assert before[r["student"]]["backprop.dw11"] == "1.5" and after[r["student"]]["backprop.dw11"] == "2"
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    decided = [p for s in results["students"] for p in s["parts"] if p.get("override", {}).get("rule")]
    assert len(decided) == group and all(p["override"]["note"] == "a sign slip costs one point" for p in decided)

    # 4. the rest of the queue with the keyboard: "a" accepts the item at the top, until none is left
    browser.goto(f"{base}/queue")
    left = _open_count(browser)
    assert left <= start - 2
    for _ in range(left):
        browser.events = [e for e in browser.events if e.get("method") != "Page.loadEventFired"]
        browser.key("a")
        browser.wait_for("Page.loadEventFired")
    assert _open_count(browser) == 0
    assert "Nothing left to review" in browser.evaluate("document.body.textContent")
    assert not browser.problems()

    # the static overview agrees, and the gradebook logged every action
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<b>0</b>parts to review' in index
    from grader.api import audit_log
    kinds = [a["kind"] for a in audit_log(out)]
    assert kinds.count("resolution") == 1 + left and kinds.count("override") == 1
    assert kinds.count("group") == 1


def test_the_desk_refuses_requests_without_its_token_or_from_another_site(desk):
    base, token = desk
    for request in (urllib.request.Request(f"{base}/queue"),
                    urllib.request.Request(f"{base}/?token=wrong"),
                    urllib.request.Request(f"{base}/resolve", data=b"student=x&part=y&action=accept",
                                           headers={"Cookie": f"grader_desk={token}"}),
                    urllib.request.Request(f"{base}/resolve", data=b"csrf=x",
                                           headers={"Cookie": f"grader_desk={token}", "Origin": "http://evil.example"}),
                    urllib.request.Request(f"{base}/queue", headers={"Cookie": f"grader_desk={token}",
                                                                      "Host": "evil.example"})):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(request)
        assert err.value.code in (400, 403)
