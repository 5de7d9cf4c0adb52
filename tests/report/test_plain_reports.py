"""Every report of the whole corpus reads as words and typeset mathematics, never as LaTeX or internal names.

Outside MathML and the student's own text (excerpts, code output: ``<pre>``), no page may
show raw LaTeX (``\\times``, ``{,}``, ``10^{-3}``), and no sentence may use an internal
identifier: a part's id, the name of the function that computes ``log y!``, a derivative
written as ``dL/drate``, an array's index.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grader.cli import main

ROOT = Path(__file__).resolve().parents[2]

RAW_LATEX = re.compile(r"\\[A-Za-z]+|\{,\}|\^\{|_\{")
#: Internal words, each with why a reader should not meet it.
INTERNAL = [
    (re.compile(r"\bloggamma\b"), "the function that computes log y!"),
    (re.compile(r"\bdL/d\w+"), "a derivative with respect to a role's internal name"),
    (re.compile(r"\belement \d"), "an index into the returned values"),
    (re.compile(r"\b(?:value|mistake|formula|outcome|text):\S"), "an answer group's key"),
    (re.compile(r"\bNone\b"), "Python's name for nothing"),
    (re.compile(r"Note on [a-z_]+:"), "a question's id"),
]


def _visible(page: str) -> str:
    """The text a reader sees outside MathML, the student's own text and table headings."""
    for pattern in (r"<math\b.*?</math>", r"<pre\b.*?</pre>", r"<(script|style|code|thead|title)\b.*?</\1>"):
        page = re.sub(pattern, " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("plain")
    assert main(["grade", str(ROOT / "submissions"), "--out", str(out), "--quiet"]) == 0
    return out


def test_no_report_shows_raw_latex_or_internal_names(corpus_out):
    document = json.loads((corpus_out / "results.json").read_text(encoding="utf-8"))
    part_ids = [re.compile(re.escape(p["id"])) for p in document["parts"]]
    pages = [corpus_out / "index.html", *sorted((corpus_out / "students").glob("*.html"))]
    assert len(pages) == len(document["students"]) + 1
    problems = []
    for page in pages:
        text = _visible(page.read_text(encoding="utf-8"))
        for m in RAW_LATEX.finditer(text):
            problems.append(f"{page.name}: raw LaTeX …{text[max(0, m.start() - 30):m.end() + 10]}…")
        for pattern, why in INTERNAL + [(p, "a part's id") for p in part_ids]:
            for m in pattern.finditer(text):
                problems.append(f"{page.name}: {why}: …{text[max(0, m.start() - 30):m.end() + 10]}…")
    assert not problems, "\n".join(problems[:20]) + f"\n({len(problems)} in all)"


def test_part_titles_are_shown_and_formulas_typeset(corpus_out):
    page = (corpus_out / "students" / "000_6ad9972c2ed9da34.html").read_text(encoding="utf-8")
    assert "Q1(a): dE/dw11" in page and "Q3: the Poisson loss" in page
    expected = re.search(r"<dt>Expected</dt><dd>(.*?)</dd>", page.split('id="poisson.loss"')[1], re.S)[1]
    assert expected.startswith("<math") and "\\log" not in expected


PLAIN = [
    ("4.43 \\times 10^{-3}", "4.43 × 10⁻³"),
    ("∑_{i} ( e^{θ} − y_{i} θ^{T} x_{i} )", "∑ᵢ ( e^θ − yᵢ θᵀ xᵢ )"),   # a PDF text layer's scripts
    ("a_{hid} = 0.5", "a_(hid) = 0.5"),                                     # no Unicode letters for it
    ("1{,}228{,}800", "1,228,800"),
    ("-\\log p(y_i\\mid x_i)", "-log p(y_i| x_i)"),                        # commands by their names
    ("J = \\sum_{i=1}^N \\left(e^{w^\\top x_i}\\right)", "J = Σᵢ₌₁^N (e^(wᵀ x_i))"),
    ("\\frac{1}{N} \\hat{\\lambda}", "(1)/(N) λ"),
    ("unexpected '\\\\theta \\\\top x'", "unexpected 'θ ᵀ x'"),     # a reason quoting as Python does
    ("unexpected '− yᵢ θ^{\\top'", "unexpected '− yᵢ θᵀ'"),             # a quotation cut inside a script
]


@pytest.mark.parametrize("text,plain", PLAIN)
def test_plain_words(text, plain):
    from grader.report.render import plain_words
    assert plain_words(text) == plain


@given(st.text(alphabet="\\{},^_-−1a ;:", max_size=16)
       | st.sampled_from(["1{,}228{,}800", "10^{-3}", "4.43 \\times 10^{-3}", "x^2", "w_{11}", "1228800", "a\\ b"]))
def test_a_latex_mark_is_looked_for_only_where_one_can_stand(text):
    """``_latex_marked`` answers as ``_LATEX_MARKS`` does: every match holds a backslash, a brace or a caret."""
    from grader.report.render import _LATEX_MARKS, _latex_marked

    assert _latex_marked(text) == (_LATEX_MARKS.search(text) is not None)
