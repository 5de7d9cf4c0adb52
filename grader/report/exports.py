"""results.json and grades.csv: the files people and programs read (see the contract).

Every number of a results document is written here, through ``grader.precision``: floats at
its stated precision, so the same verdicts give the same bytes on any machine.
``results_document`` turns a ``BatchResult`` into the JSON document; every other output
(HTML, CSV) is made from that document, so ``grader report OUT`` can rebuild them all
from ``results.json`` alone.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
from json.encoder import encode_basestring  # the C function, where the C module is built
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from ..identities import ROSTER_NAME, Identity, read_roster
from ..models import BatchResult, Evidence, PageInfo, PartResult, StudentResult
from ..precision import canonical, stable
from .cells import text_cell
from .lms import canvas_csv, canvas_line, csv_line, moodle_csv, moodle_line

#: Version of the results.json layout; bumped only by additions.
SCHEMA_VERSION = 1


def _clean(value: Any) -> Any:
    """JSON-safe and deterministic: floats at the stated precision (``precision.canonical``),
    no NaN/inf, tuples as lists, mapping keys sorted."""
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    value = canonical(value)
    if value is None or isinstance(value, (str, int, bool, float)):
        return value
    return str(value)


def _number(value: Any) -> Any:
    """A score or a count as written: a float at the stated precision, an int as it is."""
    return stable(value) if type(value) is float else value


def _evidence(evidence: Evidence | None) -> dict | None:
    if evidence is None:
        return None
    # Field by field (dataclasses.asdict deep-copies, a tenth of writing results.json);
    # page and cell only where the file has them, so text submissions' results keep their bytes.
    out = {"file": evidence.file, "line": evidence.line, "excerpt": evidence.excerpt,
           "highlight": evidence.highlight}
    if evidence.page is not None:
        out["page"] = evidence.page
    if evidence.cell is not None:
        out["cell"] = evidence.cell
    if evidence.image is not None:
        out["image"] = evidence.image
    return out


def _page(page: PageInfo) -> dict:
    out: dict[str, Any] = {"file": page.file, "page": page.page, "layer": page.layer, "reason": page.reason}
    if page.image is not None:
        out["image"] = page.image
    return out


def _part(p: PartResult) -> dict:
    return {
        "id": p.id,
        "verdict": p.verdict,
        "score": _number(p.score),
        "max_score": _number(p.max_score),
        "review": p.review,
        "expected": p.expected,
        "found": p.found,
        "feedback": p.feedback,
        "evidence": _evidence(p.evidence),
        "review_reasons": list(p.review_reasons),
        "mistake": p.mistake,
        "confidence": _number(p.confidence),
        "details": _clean(dict(p.details)),
    }


def _student(s: StudentResult) -> dict:
    out: dict[str, Any] = {"id": s.id}
    if s.name is not None:  # the name as handed in, when it had to be made safe to be the id
        out["name"] = s.name
    out["status"] = s.status
    if s.error is not None:
        out["error"] = s.error
    out.update({
        "score": _number(s.score),
        "max_score": _number(s.max_score),
        "review": s.review,
        "parts": [_part(p) for p in s.parts],
        "notes": [{"question": n.question, "message": n.message, "evidence": _evidence(n.evidence)} for n in s.notes],
        "files": list(s.files),
        "warnings": list(s.warnings),
    })
    if s.pages:  # only where a page was not read from its own text layer: other results keep their bytes
        out["pages"] = [_page(p) for p in s.pages]
    return out


def results_document(batch: BatchResult) -> dict:
    """The results.json document of a batch, students sorted by id."""
    return {
        "assignment": batch.assignment,
        "title": batch.title,
        "schema_version": SCHEMA_VERSION,
        "max_score": _number(batch.max_score),
        "parts": [_part_header(pid, batch) for pid in batch.part_ids],
        **({"questions": [{"id": q, "title": t} for q, t in batch.question_titles.items()]}
           if batch.question_titles else {}),
        "students": [_student(s) for s in sorted(batch.students, key=lambda s: s.id)],
    }


def _part_header(pid: str, batch: BatchResult) -> dict:
    header: dict[str, Any] = {"id": pid, "points": _number(batch.part_points[pid])}
    if batch.part_titles.get(pid):
        header["title"] = batch.part_titles[pid]
    return header


_ENCODER = json.JSONEncoder(indent=2, ensure_ascii=False, allow_nan=False)


def dumps(document: dict) -> str:
    """The exact text of results.json (or regrade.json): stable key order, UTF-8, a final
    newline, every float at the stated precision (``grader.precision``)."""
    return json.dumps(canonical(document, nonfinite_as_text=False), indent=2, ensure_ascii=False,
                      allow_nan=False) + "\n"


def write_json(path: Path, document: dict, encoded: Mapping[int, str | bytes] | None = None) -> None:
    """Write ``dumps(document)`` to ``path``, byte for byte, faster and without holding it whole.

    The standard library encodes indented JSON with a generator of small pieces (hundreds per
    student); holding them all cost several times the file's size, and the generator half
    of the time of writing a class's outputs. ``_pieces`` writes the same bytes for the
    plain data a results document is (floats at the stated precision, as ``dumps``);
    anything else (a NaN, a key that is not text) goes through ``json`` itself, which
    raises or encodes it as ``dumps`` would.

    ``encoded``: students already encoded (``encode_student``, by the worker that graded
    them; as text, or as its UTF-8 bytes), by the ``id()`` of their dict in ``document``: written as they are. A student
    changed since (an override) is a new dict, so it is encoded here.
    """
    try:
        write_chunks(path, itertools.chain(_pieces(document, "", encoded=encoded or {}), ("\n",)))
    except _NotPlain:
        write_chunks(path, itertools.chain(_ENCODER.iterencode(canonical(document, nonfinite_as_text=False)),
                                           ("\n",)))


#: How deep a student sits in results.json: its text is indented by this.
_STUDENT_INDENT = "    "


def encode_student(student: dict) -> str:
    """A student's dict as results.json writes it (for ``write_json``'s ``encoded``); raises
    ``ValueError`` for what only the standard library's encoder can write (then it is left to it)."""
    out: list[str] = []
    try:
        _encode(student, _STUDENT_INDENT, out)
    except _NotPlain:
        raise ValueError("not plain JSON data") from None
    return "".join(out)


class _NotPlain(Exception):
    """A value ``_pieces`` leaves to the standard library's encoder."""


def _pieces(value: Any, indent: str, depth: int = 2,
            encoded: Mapping[int, str | bytes] = {}) -> Iterator[str | bytes]:
    """``json.dumps(value, indent=2, ensure_ascii=False)`` in pieces: the items of the
    containers ``depth`` levels down (a document's students) one at a time, each whole
    (taken from ``encoded`` where it holds them)."""
    kind = type(value)
    if depth and value and kind in (dict, list, tuple):
        inner = indent + "  "
        separator = ("{" if kind is dict else "[") + "\n" + inner
        if kind is dict:
            for key, item in value.items():
                if type(key) is not str:
                    raise _NotPlain
                yield separator + encode_basestring(key) + ": "
                yield from _pieces(item, inner, depth - 1, encoded)
                separator = ",\n" + inner
        else:
            for item in value:
                yield separator
                yield from _pieces(item, inner, depth - 1, encoded)
                separator = ",\n" + inner
        yield "\n" + indent + ("}" if kind is dict else "]")
        return
    text = encoded.get(id(value)) if depth == 0 and encoded else None
    if text is not None:
        yield text
        return
    out: list[str] = []
    _encode(value, indent, out)
    yield "".join(out)


def _encode(value: Any, indent: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        separator = "{\n" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain
            out.append(separator + encode_basestring(key) + ": ")
            _encode(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + indent + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        separator = "[\n" + inner
        for item in value:
            out.append(separator)
            _encode(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + indent + "]")
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float and math.isfinite(value):
        out.append(float.__repr__(stable(value)))  # a total a TA's override changed, too
    else:
        raise _NotPlain


def grades_csv(document: dict, lines: Sequence[str | None] | None = None) -> str:
    """grades.csv: id, total, max, then one column per part id.

    When a person changed some grades (``override`` on a part), a last column
    ``changed_by_person`` names those parts; without overrides the file is as it always was.
    ``lines``: each student's line as its worker made it (``grades_line``), None where it is
    made here; not read when a person changed a grade (every line has the last column then).
    """
    part_ids = [p["id"] for p in document["parts"]]
    changed = any(p.get("override") for s in document["students"] for p in s["parts"])
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["id", "total", "max", *part_ids, *(["changed_by_person"] if changed else [])])
    for k, s in enumerate(document["students"]):
        line = lines[k] if lines is not None and not changed else None
        if line is None:
            writer.writerow(_grades_row(part_ids, s, changed))
        else:
            buf.write(line)
    return buf.getvalue()


def _grades_row(part_ids: list[str], student: dict, changed: bool) -> list[str]:
    scores = {p["id"]: p["score"] for p in student["parts"]}
    row = [text_cell(student["id"]), _num(student["score"]), _num(student["max_score"]),
           *(_num(scores.get(pid, 0)) for pid in part_ids)]
    if changed:
        row.append(" ".join(p["id"] for p in student["parts"] if p.get("override")))
    return row


#: A student's lines of the exports (grades.csv, moodle.csv, canvas.csv), made by the worker
#: that graded it (``export_lines``) for the machine's grade as it stands.
ExportLines = tuple[str, str, str]


def export_lines(document: dict, student: dict, roster: Mapping[str, Identity] | None = None) -> ExportLines:
    """The student's line of grades.csv (as a class no person changed writes it), of moodle.csv and
    of canvas.csv (``roster``: the output folder's, ``roster_of``); ``document`` may be its header."""
    return (csv_line(_grades_row([p["id"] for p in document["parts"]], student, False)),
            moodle_line(document, student, roster), canvas_line(student, roster))


def roster_of(out: Path) -> dict[str, Identity] | None:
    """The output folder's roster (``grade --roster`` keeps it there), if it has one."""
    return read_roster(out / ROSTER_NAME) if (out / ROSTER_NAME).is_file() else None


def write_exports(document: dict, out: Path, lines: Sequence[ExportLines | None] | None = None,
                  roster: Mapping[str, Identity] | None = None) -> None:
    """grades.csv and the learning platforms' grade files (moodle.csv, canvas.csv) under ``out``.

    ``lines``: each student's lines as its worker made them (``export_lines``) with ``roster``,
    None where they are made here; read only if the folder's roster is still that one.
    """
    current = roster_of(out)
    ready: list[ExportLines | None] | None = None
    if lines is not None and current == roster:
        ready = list(lines)
    write_text(out / "grades.csv", grades_csv(document, _column(ready, 0)))
    write_text(out / "moodle.csv", moodle_csv(document, current, _column(ready, 1)))
    write_text(out / "canvas.csv", canvas_csv(document, current, _column(ready, 2)))


def _column(lines: list[ExportLines | None] | None, k: int) -> list[str | None] | None:
    return None if lines is None else [None if line is None else line[k] for line in lines]


def _num(value: float) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


def write_text(path: Path, text: str) -> None:
    """Write a file whole, through a temporary name, so a reader never sees half of it."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def write_chunks(path: Path, chunks: Iterable[str | bytes], batch: int = 1 << 16) -> None:
    """Like ``write_text`` for text that comes in pieces, joined and written about ``batch``
    characters at a time. A piece may be bytes already encoded as UTF-8 (a student's
    results.json text as its worker wrote it): written as it is."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("wb") as handle:
            texts: list[str] = []  # encoded together, as few times as possible
            pieces: list[bytes] = []
            size = 0
            for chunk in chunks:
                if type(chunk) is bytes:
                    if texts:
                        pieces.append("".join(texts).encode("utf-8"))
                        texts.clear()
                    pieces.append(chunk)
                else:
                    texts.append(chunk)  # type: ignore[arg-type]
                size += len(chunk)
                if size >= batch:
                    pieces.append("".join(texts).encode("utf-8"))
                    texts.clear()
                    handle.write(b"".join(pieces))
                    pieces.clear()
                    size = 0
            pieces.append("".join(texts).encode("utf-8"))
            handle.write(b"".join(pieces))
    except BaseException:  # the pieces could not all be made: no half file is left behind
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)
