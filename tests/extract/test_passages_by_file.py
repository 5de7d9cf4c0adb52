"""A part's passage never runs on from one file of a folder into the next (grader/extract/kinds_locate.py):
a compiled PDF beside its LaTeX sources holds the same text twice, and what one file last named is not what
the next one's opening lines are about."""

from __future__ import annotations

from pathlib import Path

from grader.api import grade_submission

SPEC = Path(__file__).resolve().parents[2] / "reference" / "dl_a3.yaml"


def test_a_passage_the_first_file_opens_does_not_take_the_next_files_working(tmp_path):
    folder = tmp_path / "s01_overleaf"
    (folder / "sections").mkdir(parents=True)
    # the compiled text names the part last, its matrices unreadable ...
    (folder / "main.md").write_text("## 2 One step of SGD\n\nW_new = W − η ∂L/∂W =\n\n⎛ 0.2 −0.1 ⎞ − ⎛ 0.05 0.1 ⎞ ≠\n",
                                    encoding="utf-8")
    # ... and the source opens with the gradient, set apart, before it names the part again
    (folder / "sections" / "sgd.md").write_text(
        "# One step of SGD\n\nSince y = W x, the chain rule gives\n\n$$\\frac{\\partial L}{\\partial W} = \\delta x^T =$$\n\n"
        "$$\\begin{pmatrix} 0.5 & 1.0 & -0.5 \\\\ -1.0 & -2.0 & 1.0 \\end{pmatrix}$$\n\nThe SGD update with η = 0.1 is\n\n"
        "$$W_{new} = W - \\eta \\frac{\\partial L}{\\partial W} = "
        "\\begin{pmatrix} 0.15 & -0.2 & 0.45 \\\\ 0.1 & 0.5 & -0.3 \\end{pmatrix}$$\n", encoding="utf-8")
    part = {p.id: p for p in grade_submission(folder, SPEC, run_code=False).parts}["sgd.update"]
    assert part.verdict == "correct" and part.evidence.file == "sections/sgd.md" and part.evidence.line == 11
