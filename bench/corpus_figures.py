"""The four figures of the shipped corpora as graded, and what changed between two gradings, part by part.

    python bench/corpus_figures.py OUT            # OUT/{a2,dl,st}/results.json from grading the three corpora
    python bench/corpus_figures.py OLD NEW        # ... and every part whose verdict, flag or reading changed

Grade the corpora first (the grader under test, into OUT):

    grader grade submissions/ --spec reference/gnr638_a2.yaml --out OUT/a2 --fresh --quiet
    grader grade corpora/dl_a3 --spec reference/dl_a3.yaml --out OUT/dl --fresh --quiet
    grader grade corpora/stats_a1 --spec reference/stats_a1.yaml --out OUT/st --fresh --quiet

The figures count every row of the expected tables, known gaps included (the tests mark those xfail): agreement,
false credit (more credit than the rubric's verdict earns), silent misreads (a verdict that differs, no review
flag) and the share flagged. A change to the reader is judged by the second form: every part it made better or
worse against the examiners' verdicts. It asserts nothing; the corpus tests hold the verdicts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "tests" / "expected"
RANK = {"missing": 0, "incorrect": 0, "partial": 1, "correct": 2}
A2_PARTS = ("backprop.dw11", "backprop.dw21", "backprop.code", "conv.standard", "conv.depthwise", "poisson.loss")
NOT_PARTS = ("flag", "note", "status", "error_contains", "review", "without_ocr")


def _a2_table() -> dict:
    """The A2 tables merged as tests/test_corpus.py merges them (scans read by OCR)."""
    merged = {}
    for table in sorted(EXPECTED.glob("*.yaml")):
        if table.stem.split(".")[0] in ("dl_a3", "stats_a1") or table.name == "known_gaps.yaml":
            continue
        for student, row in (yaml.safe_load(table.read_text(encoding="utf-8")) or {}).items():
            row = dict(row)
            row.pop("without_ocr", None)
            if table.stem == "code" or row.get("status") == "error":
                row = {**{p: "missing" for p in A2_PARTS}, **row}
            merged[str(student)] = row
    return merged


def tables() -> dict[str, dict]:
    return {"a2": _a2_table(),
            "dl": yaml.safe_load((EXPECTED / "dl_a3.yaml").read_text(encoding="utf-8")),
            "st": yaml.safe_load((EXPECTED / "stats_a1.yaml").read_text(encoding="utf-8"))}


def _graded(path: Path) -> dict:
    document = json.loads(path.read_text(encoding="utf-8"))
    return {s["id"]: {p["id"]: p for p in s["parts"]} for s in document["students"]}


def figures(graded: dict, table: dict) -> tuple[int, int, int, int, int]:
    """(parts, agreeing, false credits, silent misreads, flagged)."""
    n = agree = credit = silent = flagged = 0
    for student, row in table.items():
        for part, verdict in row.items():
            if part in NOT_PARTS:
                continue
            n += 1
            got = graded.get(str(student), {}).get(part)
            if got is None:
                silent += 1
                continue
            flagged += bool(got["review"])
            if got["verdict"] == verdict:
                agree += 1
            elif not got["review"]:
                silent += 1
            if got["score"] > 0 and RANK[got["verdict"]] > RANK.get(verdict, 0):
                credit += 1
    return n, agree, credit, silent, flagged


def changes(old: dict, new: dict, table: dict) -> tuple[list[str], int, int]:
    """A line per part whose verdict, flag or reading changed, and how many got better and worse."""
    lines, better, worse = [], 0, 0
    for student in sorted(set(old) | set(new)):
        for part in sorted(set(old.get(student, {})) | set(new.get(student, {}))):
            a, b = old.get(student, {}).get(part), new.get(student, {}).get(part)
            if a is None or b is None or (a["verdict"], a["review"], a["found"]) == (b["verdict"], b["review"], b["found"]):
                continue
            want = table.get(student, {}).get(part, "?")
            was, now = a["verdict"] == want, b["verdict"] == want
            tag = "BETTER" if now and not was else "WORSE" if was and not now else "flag/reading"
            better += tag == "BETTER"
            worse += tag == "WORSE"
            shown = [f"{x['verdict']}{'*' if x['review'] else ''} {str(x['found'])[:50]!r}".replace("\n", " ") for x in (a, b)]
            lines.append(f"{tag:12} {student} {part} expected {want}: {shown[0]} -> {shown[1]}")
    return lines, better, worse


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__)
        return 2
    expected = tables()
    for key, table in expected.items():
        paths = [Path(a) / key / "results.json" for a in argv]
        if not all(p.exists() for p in paths):
            continue
        graded = [_graded(p) for p in paths]
        n, agree, credit, silent, flagged = figures(graded[-1], table)
        print(f"{key}: {len(table)} submissions, {n} parts: {100 * agree / n:.1f} % agreement, {credit} false credit, "
              f"{silent} silent ({100 * silent / n:.1f} %), {100 * flagged / n:.1f} % flagged")
        if len(graded) == 2:
            lines, better, worse = changes(graded[0], graded[1], table)
            for line in lines:
                print(f"  {line}")
            print(f"  {key}: {better} better, {worse} worse, {len(lines) - better - worse} other changes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
