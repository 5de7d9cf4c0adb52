"""Measure how well the grader reads a set of submissions against verdicts written from the rubric.

Grades SUBMISSIONS (through the command line, into a temporary folder) and compares every
part with EXPECTED, a YAML table written by an examiner who never read the grader:

    <student id>:
      <part id>: correct | partial | incorrect | missing
      flag: [part ids a TA must look at]      # optional
      note: "..."                              # optional

It prints the four figures the project quotes for a held-out set:

- agreement: parts whose verdict is the expected one;
- false credit: parts given more credit than their expected verdict earns (a wrong answer
  given credit: the defect that must never happen);
- silent misreads: parts whose verdict differs from the expected one with no review flag;
- flagged: the share of parts with ``review: true`` (the review queue a TA faces);

plus the parts the examiner said a TA must look at but that were not flagged, and a line per
disagreement. Usage:

    python bench/measure.py SUBMISSIONS EXPECTED [--spec SPEC] [--json FILE]

It asserts nothing: the tests hold the corpus's verdicts; this is the instrument for sets
that nothing has been tuned on.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader.cli import main as grader_main  # noqa: E402

#: Credit a verdict stands for, to tell "more credit than due" from a mere disagreement.
RANK = {"missing": 0, "incorrect": 0, "partial": 1, "correct": 2}


def measure(results: dict, expected: dict) -> dict:
    """The figures for graded ``results`` (results.json) against the ``expected`` table."""
    graded = {s["id"]: {p["id"]: p for p in s["parts"]} for s in results["students"]}
    rows, disagreements, unflagged = 0, [], []
    agree = false_credit = silent = flagged = 0
    for student, table in sorted(expected.items()):
        parts = graded.get(str(student))
        must_flag = set(table.get("flag") or ())
        for part_id, verdict in table.items():
            if part_id in ("flag", "note", "status", "error_contains", "review"):
                continue
            rows += 1
            got = (parts or {}).get(part_id)
            if got is None:
                disagreements.append((student, part_id, verdict, "not graded", False, ""))
                silent += 1
                continue
            review = bool(got.get("review"))
            flagged += review
            if got["verdict"] == verdict:
                agree += 1
            else:
                silent += not review
                disagreements.append((student, part_id, verdict, got["verdict"], review, got.get("found") or ""))
            if got["score"] > 0 and RANK[got["verdict"]] > RANK.get(verdict, 0):
                false_credit += 1
            if part_id in must_flag and not review:
                unflagged.append((student, part_id))
    return {"parts": rows, "agree": agree, "false_credit": false_credit, "silent": silent,
            "flagged": flagged, "unflagged_must_flag": unflagged, "disagreements": disagreements}


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f} %" if d else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("submissions", type=Path)
    parser.add_argument("expected", type=Path)
    parser.add_argument("--spec", type=Path, default=ROOT / "reference" / "gnr638_a2.yaml")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    expected = yaml.safe_load(args.expected.read_text(encoding="utf-8")) or {}
    with tempfile.TemporaryDirectory() as out:
        code = grader_main(["grade", str(args.submissions), "--spec", str(args.spec), "--out", out, "--quiet",
                            "--fresh"])
        if code != 0:
            print(f"grader exited {code}", file=sys.stderr)
            return code
        results = json.loads((Path(out) / "results.json").read_text(encoding="utf-8"))
    m = measure(results, expected)
    n = m["parts"]
    print(f"{len(expected)} submissions, {n} parts")
    print(f"agreement        {m['agree']}/{n} ({_pct(m['agree'], n)})")
    print(f"false credit     {m['false_credit']}")
    print(f"silent misreads  {m['silent']} ({_pct(m['silent'], n)})")
    print(f"flagged          {m['flagged']} ({_pct(m['flagged'], n)})")
    print(f"must-flag parts not flagged: {len(m['unflagged_must_flag'])}")
    for student, part, want, got, review, found in m["disagreements"]:
        print(f"  {student} {part}: expected {want}, got {got}{' (flagged)' if review else ' (SILENT)'}"
              f"  found={found[:60]!r}")
    for student, part in m["unflagged_must_flag"]:
        print(f"  must flag: {student} {part}")
    if args.json:
        args.json.write_text(json.dumps(m, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
