"""Draft tests/expected/<name>.gaps.yaml from a graded run: every row the grader gets wrong, with
what it did, for a person to check (the reasons are a first draft, to be edited, never a verdict).

    python bench/known_gaps.py NAME OUT/results.json > tests/expected/NAME.gaps.yaml
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml


def _why(part: dict, expected: str) -> str:
    got = part["verdict"]
    if got == "missing" and part["review"]:
        return f"graded missing, expected {expected}: the question was found but this part's answer in it was not read"
    if got == "missing":
        return (f"graded missing, expected {expected}: no section of the submission was matched to this question "
                f"(numbered or terse answers without the topic's words)")
    found = (part["found"] or "").replace("\n", " ")[:60]
    return f"graded {got}, expected {expected}: read {found!r}: {part['feedback'][:90]}"


def main(name: str, results: str) -> int:
    root = Path(__file__).resolve().parent.parent
    expected = yaml.safe_load((root / "tests" / "expected" / f"{name}.yaml").read_text(encoding="utf-8"))
    got = {s["id"]: {p["id"]: p for p in s["parts"]} for s in json.loads(Path(results).read_text())["students"]}
    gaps: dict[str, dict[str, str]] = {}
    for student, row in sorted(expected.items()):
        for part, verdict in row.items():
            if part in ("note", "flag", "review"):
                continue
            p = got[str(student)][part]
            if p["verdict"] != verdict:
                gaps.setdefault(str(student), {})[part] = _why(p, verdict)
        for part in row.get("flag") or ():
            if not got[str(student)][part]["review"]:
                gaps.setdefault(str(student), {})[f"flag-{part}"] = "not flagged for review"
    print(f"# Known gaps of {name}: rows of tests/expected/{name}.yaml the grader does not yet get right "
          f"(strict xfails in tests/test_shipped_corpora.py).")
    print(yaml.safe_dump(gaps, sort_keys=True, allow_unicode=True, width=120), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
