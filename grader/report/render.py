"""HTML reports through Jinja2 templates (autoescaped): one per student and a class overview.

Everything rendered comes from the results.json document; nothing is re-graded here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from .exports import write_text

VERDICT_ORDER = ("correct", "partial", "incorrect", "missing")


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("grader", "report/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["num"] = lambda v: f"{v:g}" if isinstance(v, (int, float)) else v
    env.filters["split_highlight"] = split_highlight
    return env


def split_highlight(evidence: dict | None) -> tuple[str, str, str]:
    """The excerpt cut around the answer's text, for the template to mark (and escape)."""
    if not evidence:
        return "", "", ""
    excerpt, mark = evidence.get("excerpt") or "", evidence.get("highlight") or ""
    i = excerpt.find(mark) if mark else -1
    if i < 0:
        return excerpt, "", ""
    return excerpt[:i], mark, excerpt[i + len(mark):]


def student_filename(student_id: str) -> str:
    """The report's file name: the id, made safe for any file system and URL."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in student_id).lstrip(".")
    return (safe or "_") + ".html"


def part_statistics(document: dict) -> list[dict]:
    """Per part: verdict shares and the most common wrong answers."""
    stats = []
    graded = [s for s in document["students"] if s["status"] == "graded"]
    for part in document["parts"]:
        rows = [p for s in graded for p in s["parts"] if p["id"] == part["id"]]
        counts = Counter(p["verdict"] for p in rows)
        wrong = Counter(p["found"] for p in rows if p["verdict"] in ("incorrect", "partial") and p["found"])
        stats.append({
            "id": part["id"], "points": part["points"], "n": len(rows),
            "counts": [(v, counts.get(v, 0)) for v in VERDICT_ORDER],
            "mean": (sum(p["score"] for p in rows) / len(rows)) if rows else 0.0,
            "common_wrong": sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0]))[:5],
            "review": sum(1 for p in rows if p["review"]),
        })
    return stats


def render_student(document: dict, student: dict) -> str:
    """One student's report."""
    return _environment().get_template("student.html").render(doc=document, s=student)


def render_index(document: dict) -> str:
    """The class overview."""
    queue = [(s, p) for s in document["students"] for p in s["parts"] if p["review"]]
    errors = [s for s in document["students"] if s["status"] == "error"]
    return _environment().get_template("index.html").render(
        doc=document, stats=part_statistics(document), queue=queue, errors=errors,
        filename=student_filename)


def write_reports(document: dict, out: Path) -> None:
    """index.html and students/<id>.html under ``out``."""
    students_dir = out / "students"
    students_dir.mkdir(parents=True, exist_ok=True)
    env_student = _environment().get_template("student.html")
    for student in document["students"]:
        write_text(students_dir / student_filename(student["id"]), env_student.render(doc=document, s=student))
    write_text(out / "index.html", render_index(document))
