"""HTML reports through Jinja2 templates (autoescaped): one per student and a class overview.

Everything rendered comes from the results.json document; nothing is re-graded here. Each
page is one self-contained file: inline CSS, no fonts, images or scripts fetched from
anywhere, and a Content-Security-Policy that forbids every script but the overview's own
table sorter (by its hash), so even a mistake in escaping could not run a student's
``<script>``.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import multiprocessing
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from jinja2.bccache import Bucket, BytecodeCache
from markupsafe import Markup, escape

from ..numbers import format_number, parse_number
from .answer_views import answer_view
from .exports import write_chunks, write_text
from .mathml import latex_to_mathml, looks_like_latex
from .stats import VERDICTS, at_stake, is_open, part_statistics, queue_order, review_queue, score_histogram, summary

VERDICT_ORDER = VERDICTS

#: The overview's only script: click a column heading to sort the students' table.
SORT_SCRIPT = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("thead th").forEach(function (th, col) {
    var button = th.querySelector("button");
    if (!button) { return; }
    button.addEventListener("click", function () {
      var body = table.tBodies[0];
      var up = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute("data-sort"), y = b.cells[col].getAttribute("data-sort");
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return up ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
var filter = document.getElementById("queue-filter");
if (filter) {
  filter.addEventListener("change", function () {
    document.querySelectorAll("#review-queue tbody tr").forEach(function (r) {
      r.hidden = filter.value !== "" && r.getAttribute("data-part") !== filter.value;
    });
  });
}
"""


def _csp(script: str | None) -> str:
    scripts = "'none'"
    if script is not None:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
        scripts = f"'sha256-{digest}'"
    return (f"default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


class _Environment(Environment):
    """Jinja2 looking up ``x.name`` as a key first when ``x`` is a dict.

    Every value the templates read is a key of the results document's dicts; Jinja2's own
    order (attribute first, then key) costs a failed ``getattr`` on each of them, a fifth
    of rendering a report. A dict's methods (``p.get``) are still found: no key of the
    document is named like one.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                if not hasattr(dict, attribute):
                    # What Jinja2's own order ends in, after failing the attribute and the key again:
                    # a key that is not there is undefined ("p.details.value is defined").
                    return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = _Environment(
        loader=PackageLoader("grader", "report/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # the templates are the package's: no stat of a template file per page rendered
    )
    if SHIPPED_CODE.is_dir():  # compiled by `make compile`: each process loads them, none compiles them
        env.bytecode_cache = _CodeFolder(SHIPPED_CODE, write=False)
    env.filters["num"] = num
    env.filters["pct"] = lambda share: f"{100 * share:.0f} %"
    env.filters["split_highlight"] = split_highlight
    env.filters["where"] = where
    env.filters["line_numbers"] = line_numbers
    env.filters["array_text"] = array_text
    env.filters["typeset"] = typeset
    env.filters["shown_value"] = shown_value
    env.filters["plain"] = plain_words
    env.filters["overridden"] = lambda parts: [p for p in parts if p.get("override")]
    env.filters["flagged"] = flagged
    env.filters["png_src"] = png_src
    env.filters["answer_view"] = answer_view
    env.filters["get"] = get
    env.filters["student_links"] = student_links
    env.globals["VERDICTS"] = VERDICTS
    return env


def flagged(parts: Iterable[dict]) -> list[dict]:
    """``parts|flagged`` in a template: the parts flagged for review, as ``parts|selectattr("review")|list``
    reads them (Jinja's select prepares a getter and a test at each call: a tenth of a student's row of
    the overview)."""
    return [p for p in parts if p["review"]]


def get(mapping: Any, *key_and_default: Any) -> Any:
    """``mapping|get(key)`` in a template: ``mapping.get(key)``, called as a filter is (a template's
    ``mapping.get(key)`` goes through Jinja2's checks of what it calls, a tenth of rendering a report)."""
    return mapping.get(*key_and_default)


#: The templates of the class overview, which only the grader's own process renders.
OVERVIEW_TEMPLATES = ("index.html", "base.html")

#: Where ``make compile`` keeps every template's compiled code (``store_template_code``), beside the
#: templates as Python keeps a module's: compiling them costs each grading worker about 30 ms (the
#: student's report 25 ms) and the grader's process 12 ms (the overview), every run. A file is used
#: only where the hash of its template's source, Jinja's and Python's versions are the same (Jinja's
#: bytecode cache checks them); otherwise the template is compiled, as it is where there is none.
SHIPPED_CODE = Path(__file__).resolve().parent / "templates" / "__pycache__"


class _CodeFolder(BytecodeCache):
    """Compiled templates kept in a folder of this run's own (its scratch folder), each file
    written whole under a temporary name, so a reader never loads half of one."""

    def __init__(self, folder: Path, *, write: bool):
        self.folder, self.write = folder, write

    def _path(self, bucket: Bucket) -> Path:
        return self.folder / f"template-{bucket.key}.code"

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            with open(self._path(bucket), "rb") as handle:
                bucket.load_bytecode(handle)  # code of another Jinja or Python is ignored: compiled again
        except FileNotFoundError:
            pass

    def dump_bytecode(self, bucket: Bucket) -> None:
        if not self.write:
            return
        path = self._path(bucket)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as handle:
            bucket.write_bytecode(handle)
        os.replace(tmp, path)


def store_template_code(folder: Path = SHIPPED_CODE) -> list[str]:
    """Compile every template of the package and keep its code in ``folder`` (by default where
    every process then loads it from: ``make compile`` runs this); return the templates' names."""
    folder.mkdir(parents=True, exist_ok=True)
    env, cache = _environment(), _CodeFolder(folder, write=True)
    names = [name for name in env.loader.list_templates() if not name.startswith("__pycache__/")]
    for name in names:
        source, filename, _ = env.loader.get_source(env, name)
        bucket = cache.get_bucket(env, name, filename, source)
        if bucket.code is None:
            bucket.code = env.compile(source, name, filename)
            cache.set_bucket(bucket)
    return names


def _shipped(env: Environment, names: Sequence[str]) -> bool:
    """Whether the code ``make compile`` kept holds every one of ``names``, as their sources are now."""
    cache = env.bytecode_cache
    if not isinstance(cache, _CodeFolder) or cache.folder != SHIPPED_CODE:
        return False
    for name in names:
        source, filename, _ = env.loader.get_source(env, name)
        if cache.get_bucket(env, name, filename, source).code is None:
            return False
    return True


def store_overview_code(folder: Path) -> None:
    """Compile the class overview's templates in this process (a grading worker) and keep their
    code in ``folder``, the run's scratch folder, for the grader's own process to load
    (``load_overview_code``): compiling index.html costs about 15 ms, a fixed part of the
    serial work a class of 1,000 shares among few students, and a worker does it while the
    grader's process waits for results anyway."""
    env = _environment()
    if _shipped(env, OVERVIEW_TEMPLATES):
        return  # the grader's process loads what `make compile` kept
    cache = _CodeFolder(folder, write=True)
    for name in OVERVIEW_TEMPLATES:
        source, filename, _ = env.loader.get_source(env, name)
        bucket = cache.get_bucket(env, name, filename, source)
        if bucket.code is None:
            bucket.code = env.compile(source, name, filename)
            cache.set_bucket(bucket)


def load_overview_code(folder: Path) -> None:
    """Load the class overview's templates from the code ``make compile`` kept, or else from the
    code a worker kept in ``folder`` (``store_overview_code``), where it did, and where its
    template's source is the same (the cache checks its hash); each other one is compiled here,
    as always."""
    env = _environment()
    shipped = env.bytecode_cache
    if _shipped(env, OVERVIEW_TEMPLATES):
        for name in OVERVIEW_TEMPLATES:
            env.get_template(name)
        return
    env.bytecode_cache = _CodeFolder(folder, write=False)
    try:
        for name in OVERVIEW_TEMPLATES:
            env.get_template(name)  # kept in the environment's own cache from now on
    finally:
        env.bytecode_cache = shipped


def num(value: Any) -> Any:
    """A score or point value without a needless ``.0``."""
    return f"{value:g}" if isinstance(value, (int, float)) and not isinstance(value, bool) else value


def split_highlight(evidence: dict | None) -> tuple[str, str, str]:
    """The excerpt cut around the answer's text, for the template to mark (and escape)."""
    if not evidence:
        return "", "", ""
    excerpt, mark = evidence.get("excerpt") or "", evidence.get("highlight") or ""
    i = excerpt.find(mark) if mark else -1
    if i < 0:
        return excerpt, "", ""
    return excerpt[:i], mark, excerpt[i + len(mark):]


def where(evidence: dict | None) -> str:
    """``file, line L`` or, for a PDF, ``file, page P, line L``."""
    if not evidence:
        return ""
    page, cell = evidence.get("page"), evidence.get("cell")
    at = f"line {evidence.get('line')}"
    if page is not None:
        at = f"page {page}, {at}"
    elif cell is not None:
        at = f"cell {cell}, {at}"
    return f"{evidence.get('file')}, {at}"


_PNG_URI = re.compile(r"data:image/png;base64,[A-Za-z0-9+/]+={0,2}")


def png_src(value: Any) -> str | None:
    """A page image's ``data:image/png`` URI, or None for anything else (results.json may have been edited)."""
    return value if isinstance(value, str) and _PNG_URI.fullmatch(value) else None


def line_numbers(evidence: dict | None) -> list[int]:
    """The file line of every line of the excerpt (the excerpt starts on the answer's line)."""
    if not evidence or not isinstance(evidence.get("line"), int):
        return []
    first = evidence["line"]
    return list(range(first, first + (evidence.get("excerpt") or "").count("\n") + 1))


def array_text(value: Any) -> str:
    """Numbers and nested lists of numbers laid out as a matrix prints, 6 significant figures."""
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, (int, float)):
        return f"{value:.6g}"
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            return "[" + ", ".join(f"{v:.6g}" for v in value) + "]"
        rows = [array_text(v) for v in value]
        return "[" + ",\n ".join(r.replace("\n", "\n ") for r in rows) + "]"
    return str(value)


def typeset(text: str | None) -> Markup | None:
    """A student's LaTeX formula as safe MathML, or None when it is not LaTeX or cannot be typeset."""
    if not text or not looks_like_latex(text):
        return None
    return latex_to_mathml(text)


#: The longest report name before ``.html``, in UTF-8 bytes (file systems allow 255, and
#: the report is written through ``<name>.html.tmp``).
_MAX_FILENAME_BYTES = 120
#: An id that is its own report name: lower-case ASCII letters, digits, ``-_.``, not led by a dot.
_PLAIN_FILENAME = re.compile(r"[a-z0-9_-][a-z0-9_.-]*")
#: What marks a value as written in LaTeX even without a command: ``1{,}228{,}800``, ``10^{-3}``.
_LATEX_MARKS = re.compile(r"\\[A-Za-z,;!: ]|\{,\}|[\^_]\{|\^[−-]?\d")


def _latex_marked(text: str) -> bool:
    """Whether ``_LATEX_MARKS`` finds a mark of LaTeX in ``text``. Each of its matches holds a backslash, a brace or
    a caret: most values and sentences shown have none, and are told so by three tests at C speed, where the pattern
    (its ways led by different characters) is tried at every position."""
    return ("\\" in text or "{" in text or "^" in text) and _LATEX_MARKS.search(text) is not None


def shown_value(text: Any) -> Any:
    """A found or expected value as a person reads it: LaTeX typeset (MathML), else the text as written.

    ``4.432\times10^{-3}`` and ``1{,}228{,}800`` are typeset; a number that cannot be is
    shown as its plain value; anything else is text (escaped by the template).
    """
    if not isinstance(text, str) or not _latex_marked(text):
        return text
    plain = plain_words(text)
    if not _latex_marked(plain) and _PLAIN_NUMBER.fullmatch(plain.strip()):
        return plain.strip()  # a number with LaTeX's separators or exponent reads best as a plain number
    typeset_ = latex_to_mathml(text)
    if typeset_ is not None:
        return typeset_
    try:
        return format_number(parse_number(text).value)
    except ValueError:
        return text


#: A number as ``plain_words`` leaves it: digits, separators, a sign, "× 10" and a superscript exponent.
_PLAIN_NUMBER = re.compile(r"[−+-]?[\d.,  ]+(?:\s*[×·]\s*10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+)?")

_SUBSCRIPT_CHARS = dict(zip("0123456789+-−=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ"))
_SUPERSCRIPT_CHARS = dict(zip("0123456789+-−=()abcdefghijklmnoprstuvwxyzT", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀ"))
_SUPERSCRIPT = str.maketrans(_SUPERSCRIPT_CHARS)

#: LaTeX a student wrote that a sentence quotes ("Correct: 1{,}228{,}800 matches ..."), in plain
#: text: (what every match holds, pattern, replacement, why). Formulas are typeset elsewhere; this is for numbers in
#: words. A pattern is run only on a text that holds the first, a test at C speed: a sentence shown holds a few of
#: LaTeX's marks, and each pattern would be tried at every position of it.
PLAIN_SPELLINGS = (
    ('\\\\', re.compile(r"\\\\(?=[A-Za-z])"), r"\\", "a command's backslash doubled where a reason quotes it as Python does"),
    ('{,}', re.compile(r"\{,\}"), ",", "a thousands separator braced so LaTeX does not space it"),
    ('\\', re.compile(r"\\[,;:! ]"), " ", "LaTeX's spaces"),
    ('\\times', re.compile(r"\s*\\times\s*"), " × ", "scientific notation's times sign"),
    ('\\cdot', re.compile(r"\s*\\cdot\s*"), " · ", "a product dot"),
    ('^', re.compile(r"\^\{?\s*([−+-]?\d+)\s*\}?"), lambda m: m[1].translate(_SUPERSCRIPT), "an exponent: 10⁻³"),
    ('\\', re.compile(r"\\(?:mathbf|textbf|boxed|mathrm|text|num)\{([^{}]*)\}"), r"\1", "emphasis around a value"),
    ('$', re.compile(r"\$"), "", "math delimiters"),
    ('\\', re.compile(r"\\(?:left|right|big|Big|bigg|Bigg|displaystyle|textstyle)(?![A-Za-z])"), "", "bracket sizes"),
    ('frac', re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}"), r"(\1)/(\2)", "a fraction, on one line"),
    ('\\sqrt', re.compile(r"\\sqrt\s*\{([^{}]*)\}"), r"√(\1)", "a square root"),
    ('hat', re.compile(r"\\(?:wide)?hat\s*\{?([A-Za-z])\}?"), "\\1\u0302", "an estimate's hat: ŷ"),
    ('\\bar', re.compile(r"\\bar\s*\{?([A-Za-z])\}?"), "\\1\u0304", "a mean's bar: x̄"),
    ('\\', re.compile(r"\\([A-Za-z]+)(?![A-Za-z])"), lambda m: _COMMAND_WORDS.get(m[1], m[1]),
     "a symbol or function by its name: \\lambda is λ, \\sum is Σ, \\log is log"),
    ('_{', re.compile(r"_\{([^{}]{1,16})\}"), lambda m: _scripted(m[1], _SUBSCRIPT_CHARS, "_"),
     "a subscript, as a PDF's text layer writes it (θ_{i}): x₁ where Unicode has the letters"),
    ('^{', re.compile(r"\^\{([^{}]{1,16})\}"), lambda m: _scripted(m[1], _SUPERSCRIPT_CHARS, "^"),
     "a superscript with letters (θ^{T}): θᵀ where Unicode has the letters"),
    ('{', re.compile(r"([\^_])\{([^{}]{0,16})(?=['\"…]|$)"), r"\1\2", "a script a quotation cut before its brace closed"),
    ('^', re.compile(r"\^(?=ᵀ)"), "", "a transpose already raised (w^\\top)"),
    ('{', re.compile(r"\{([^{}]{1,3})\}"), r"\1", "braces around a symbol a command left behind"),
)

_COMMAND_WORDS = {
    **{name: chr(code) for name, code in (("alpha", 945), ("beta", 946), ("gamma", 947), ("delta", 948),
                                          ("epsilon", 949), ("eta", 951), ("theta", 952), ("lambda", 955),
                                          ("mu", 956), ("nu", 957), ("pi", 960), ("rho", 961), ("sigma", 963),
                                          ("tau", 964), ("phi", 966), ("chi", 967), ("psi", 968), ("omega", 969),
                                          ("Sigma", 931), ("Delta", 916), ("Phi", 934))},
    "sum": "Σ", "prod": "∏", "top": "ᵀ", "intercal": "ᵀ", "mid": "|", "ell": "ℓ", "partial": "∂", "infty": "∞",
    "approx": "≈", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "neq": "≠", "ne": "≠", "pm": "±", "to": "→",
    "quad": " ", "qquad": " ", "dots": "…", "ldots": "…", "cdots": "⋯", "hat": "", "widehat": "", "bar": "",
}


def _scripted(body: str, table: dict[str, str], mark: str) -> str:
    """``body`` in Unicode sub- or superscript letters, or after ``mark`` in brackets where one has none."""
    if all(c in table for c in body):
        return "".join(table[c] for c in body)
    return f"{mark}({body})" if len(body) > 1 else f"{mark}{body}"


def plain_words(text: Any) -> Any:
    """A sentence with the LaTeX spellings it quotes written plainly (``4.43 \\times 10^{-3}`` -> ``4.43 × 10⁻³``).

    ``PLAIN_SPELLINGS`` is the table of what is rewritten, each with why.
    """
    if not isinstance(text, str) or not _latex_marked(text) and "$" not in text:
        return text
    for holds, pattern, replacement, _why in PLAIN_SPELLINGS:
        if holds in text:
            text = pattern.sub(replacement, text)
    return text


def student_filename(student_id: str) -> str:
    """The report's file name: the id, made safe for any file system and URL, and one per id.

    An id that is not its own safe name (a space, punctuation, a capital that a
    case-insensitive file system would fold, a name too long) gets a hash of the id
    after its safe form, so ``ann smith`` and ``ann_smith`` (or ``Ann`` and ``ann``)
    never write one file.
    """
    if _PLAIN_FILENAME.fullmatch(student_id) and len(student_id) <= _MAX_FILENAME_BYTES:
        return student_id + ".html"  # its own safe name (the rule below, without a step per character)
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in student_id).lstrip(".")
    if safe == student_id and safe == safe.casefold() and len(safe.encode("utf-8")) <= _MAX_FILENAME_BYTES:
        return safe + ".html"
    digest = hashlib.sha256(student_id.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    cut = safe.encode("utf-8")[:_MAX_FILENAME_BYTES - 9].decode("utf-8", "ignore")
    return f"{cut}-{digest}.html"


def student_links(students: Iterable[str], part: str) -> Markup:
    """Links to the students' reports at ``part``, comma-separated: who gave one of the overview's
    common wrong answers (a class of thousands lists thousands; joined here, not one template
    piece per link, each escaped as the template would)."""
    anchor = escape(part)
    return Markup(", ".join(f'<a href="students/{sid}.html#{anchor}">{sid}</a>' if _plain_id(sid) else
                            f'<a href="students/{escape(student_filename(sid))}#{anchor}">{escape(sid)}</a>'
                            for sid in students))


def _plain_id(sid: str) -> bool:
    """An id that is its own report's name (``student_filename``) and has nothing to escape (lower-case
    letters, digits, ``_ . -``): its link is written as it is, without escaping it twice (a distinct class
    of 4,000 lists some 4,000 links)."""
    return len(sid) <= _MAX_FILENAME_BYTES and _PLAIN_FILENAME.fullmatch(sid) is not None


def histogram_bars(document: dict, width: int = 640, height: int = 200) -> dict:
    """The score histogram's geometry, for the template to draw as inline SVG."""
    bins = score_histogram(document)
    top = max((b.count for b in bins), default=0) or 1
    left, bottom, plot_h = 36, 28, height - 28 - 14
    bar_w = (width - left - 8) / len(bins)
    bars = []
    for i, b in enumerate(bins):
        h = plot_h * b.count / top
        bars.append({"x": round(left + i * bar_w + 2, 1), "y": round(height - bottom - h, 1),
                     "w": round(bar_w - 4, 1), "h": round(h, 1), "count": b.count,
                     "label": f"{num(b.low)}–{num(b.high)}", "cx": round(left + (i + 0.5) * bar_w, 1)})
    return {"width": width, "height": height, "left": left, "base": height - bottom, "top": top,
            "top_y": height - bottom - plot_h, "bars": bars}


def render_student(document: dict, student: dict, *, desk: dict | None = None, csp: str | None = None,
                   referrer: str | None = None) -> str:
    """One student's report (with ``desk``: the TA desk's actions beside each part)."""
    extra: dict[str, Any] = {} if desk is None else {"desk": desk, "referrer": referrer}
    return _environment().get_template("student.html").render(doc=document, s=student, csp=csp or _csp(None),
                                                             part_titles=_titles(document),
                                                             question_titles={q["id"]: q["title"] for q in
                                                                              document.get("questions", ())},
                                                             **extra)


def _titles(document: dict) -> dict[str, str]:
    """Part id -> the title people read (the spec's, else the id)."""
    return {p["id"]: p.get("title") or p["id"] for p in document["parts"]}


#: A student's rows of the class overview's review queue, one per open flagged part in the
#: spec's order: (``stats.queue_order`` of the part, the row's HTML).
QueueRows = tuple[tuple[tuple[bool, float], str], ...]


def render_index(document: dict, rows: Sequence[str | None] | None = None,
                 queued: Sequence[QueueRows | None] | None = None) -> str:
    """The class overview (``rows``, ``queued``: see ``write_index``)."""
    return _environment().get_template("index.html").render(**_index_context(document, rows, queued))


def queue_rows(document: dict, student: dict) -> QueueRows:
    """The student's rows of the overview's review queue (``document``: its header is enough).

    Made by the worker that graded the student, as its ``overview_row``: the grader's own
    process only sorts ready rows by their place (``stats.queue_order``) and joins them.
    """
    titles = _titles(document)
    return tuple((queue_order(p), _queue_row(titles, student, p)) for p in student["parts"] if is_open(p))


def _queue_row(titles: dict[str, str], student: dict, part: dict) -> str:
    return _environment().get_template("queue_row.html").render(s=student, p=part, titles=titles,
                                                                filename=student_filename, at_stake=at_stake)


def overview_row(student: dict) -> str:
    """The student's row of the class overview's students table, as index.html shows it.

    Made by the worker that graded the student (``student_outputs``), so the grader's own
    process only joins ready rows: rendering a row per student there was most of what
    index.html cost it. The row reads the student's dict alone.
    """
    return _environment().get_template("index_row.html").render(s=student, filename=student_filename)


def _index_context(document: dict, rows: Sequence[str | None] | None = None,
                   queued: Sequence[QueueRows | None] | None = None) -> dict[str, Any]:
    students = document["students"]
    made = [None] * len(students) if rows is None else rows
    if len(made) != len(students):
        raise ValueError(f"{len(made)} overview rows for {len(students)} students")
    made_queue = [None] * len(students) if queued is None else queued
    if len(made_queue) != len(students):
        raise ValueError(f"{len(made_queue)} students' review queue rows for {len(students)} students")
    # Each open flagged part, made or to be made here (rendered as the page is written, not held).
    queue: list[tuple[tuple[bool, float], str | tuple[dict, dict]]] = []
    for s, given in zip(students, made_queue):
        queue.extend(((queue_order(p), (s, p)) for p in s["parts"] if is_open(p)) if given is None else given)
    queue.sort(key=itemgetter(0))  # stable: students' order, then the spec's order of parts
    titles = _titles(document)
    queued_rows = _joined(row if isinstance(row, str) else _queue_row(titles, *row) for _, row in queue)
    return dict(doc=document, stats=part_statistics(document), queue=queue, queue_rows=queued_rows,
                errors=[s for s in students if s["status"] == "error"], summary=summary(document),
                histogram=histogram_bars(document), filename=student_filename, script=Markup(SORT_SCRIPT),
                titles=_titles(document), at_stake=at_stake,
                rows=_joined(overview_row(s) if row is None else row for s, row in zip(students, made)),
                csp=_csp(SORT_SCRIPT))


#: Rows the overview's template takes at once (``_joined``): each piece it yields costs a few
#: microseconds, and a class of thousands has thousands of rows; a piece stays small.
_ROWS_AT_ONCE = 64


def _joined(rows: Iterable[str]) -> Iterator[Markup]:
    """Rows (our own templates' HTML) joined ``_ROWS_AT_ONCE`` at a time, as they are made."""
    rows = iter(rows)
    while batch := list(itertools.islice(rows, _ROWS_AT_ONCE)):
        yield Markup("".join(batch))


def write_index(document: dict, out: Path, rows: Sequence[str | None] | None = None,
                queued: Sequence[QueueRows | None] | None = None) -> None:
    """index.html, written as it renders: a class of thousands is a page of megabytes.

    ``rows``: each student's ``overview_row`` where one was made already (for the student's
    dict as the document holds it: rendered by our own autoescaped template, never a
    student's text), None where it is to be made here; one per student, in the document's order.
    ``queued``: likewise each student's ``queue_rows``.
    """
    write_chunks(out / "index.html",
                 _environment().get_template("index.html").generate(**_index_context(document, rows, queued)))


def write_reports(document: dict, out: Path, jobs: int = 1, *, meanwhile: Callable[[], None] | None = None,
                  indices: Sequence[int] | None = None, rows: Sequence[str | None] | None = None,
                  queued: Sequence[QueueRows | None] | None = None) -> None:
    """index.html and students/<id>.html under ``out``, the students' on ``jobs`` processes.

    ``meanwhile`` (writing results.json, say) runs in this process while workers render.
    ``indices``: only these students' reports (the others are already written).
    ``rows``, ``queued``: the overview's rows already made (``write_index``).
    """
    pending = start_student_reports(document, out, jobs, indices)
    try:
        if meanwhile is not None:
            meanwhile()
        write_index(document, out, rows, queued)
    finally:
        pending.wait()


#: Below this many students a report each, forking workers costs more than it saves.
_PARALLEL_FROM = 64

#: What forked report workers render: set in the parent just before the fork, read by the children.
_SHARED: tuple[dict, Path, Sequence[int]] | None = None


class PendingReports:
    """Students' reports being written; ``wait`` returns when all are, or raises what stopped one."""

    def __init__(self, futures: list, pool: Any = None):
        self._futures, self._pool = futures, pool

    def wait(self) -> None:
        try:
            for future in self._futures:
                future.result()
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None


def start_student_reports(document: dict, out: Path, jobs: int = 1,
                          indices: Sequence[int] | None = None) -> PendingReports:
    """Start writing students/<id>.html for every student; the caller may work meanwhile.

    With ``jobs`` > 1 on Linux the students are split among forked processes, which see the
    document without copying it; each report is one file whatever process writes it, so the
    output is the same byte for byte. Otherwise they are written here, before this returns.
    """
    global _SHARED
    students_dir = out / "students"
    students_dir.mkdir(parents=True, exist_ok=True)
    chosen = range(len(document["students"])) if indices is None else indices
    workers = min(jobs, len(chosen) // (_PARALLEL_FROM // 2))
    if workers < 2 or not sys.platform.startswith("linux"):
        _write_students(document, students_dir, chosen)
        return PendingReports([])
    _environment().get_template("student.html")  # compiled once, before the fork, not once per worker
    _SHARED = (document, students_dir, chosen)
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
        # Interleaved slices: reports of similar size (copies, error results) spread evenly.
        futures = [pool.submit(_render_share, k, workers) for k in range(workers)]
    finally:
        _SHARED = None  # the children have their copy; the parent does not keep the document alive
    return PendingReports(futures, pool)


def _render_share(k: int, of: int) -> int:
    assert _SHARED is not None, "report workers are forked after the document is shared"
    document, students_dir, chosen = _SHARED
    indices = chosen[k::of]
    _write_students(document, students_dir, indices)
    return len(indices)


def _write_students(document: dict, students_dir: Path, indices: Sequence[int]) -> None:
    students = document["students"]
    for i in indices:
        student = students[i]
        write_text(students_dir / student_filename(student["id"]), render_student(document, student))


def write_reports_of(document: dict, out: Path, students: set[str]) -> None:
    """index.html and the reports of ``students`` only: what a person's decision about them changes."""
    students_dir = out / "students"
    students_dir.mkdir(parents=True, exist_ok=True)
    for student in document["students"]:
        if student["id"] in students:
            write_text(students_dir / student_filename(student["id"]), render_student(document, student))
    write_index(document, out)
