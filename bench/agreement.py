"""Agreement of a graded corpus with its expected verdicts: the figures the README reports.

    python bench/agreement.py OUT/results.json tests/expected/<assignment>.yaml [--list]

agreement: parts whose verdict is the expected one; false credit: parts graded correct whose
expected verdict is not; silent misreads: disagreements not flagged for review; flagged: the
share of all parts flagged for review.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml


def figures(results: dict, expected: dict) -> tuple[dict, list[str]]:
    by_id = {s["id"]: s for s in results["students"]}
    total = agree = false_credit = silent = flagged = 0
    lines = []
    for student, row in sorted(expected.items()):
        got = {p["id"]: p for p in by_id[str(student)]["parts"]}
        for part, verdict in row.items():
            if part in ("note", "review", "flag", "status", "error_contains"):
                continue
            p = got[part]
            total += 1
            flagged += p["review"]
            if p["verdict"] == verdict:
                agree += 1
                continue
            false_credit += p["verdict"] == "correct"
            silent += not p["review"]
            mark = " (flagged)" if p["review"] else ""
            lines.append(f"{student} {part}: expected {verdict}, got {p['verdict']}{mark}"
                         f" found={p['found']!r:.60} | {p['feedback'][:100]}")
    return {"parts": total, "agreement": agree / total, "false_credit": false_credit, "silent_misreads": silent,
            "flagged": flagged / total}, lines


def main(argv: list[str]) -> int:
    results = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    expected = yaml.safe_load(Path(argv[1]).read_text(encoding="utf-8"))
    numbers, lines = figures(results, expected)
    print(f"{numbers['parts']} parts: agreement {numbers['agreement']:.1%}, false credit {numbers['false_credit']}, "
          f"silent misreads {numbers['silent_misreads']}, flagged {numbers['flagged']:.1%}")
    if "--list" in argv:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
