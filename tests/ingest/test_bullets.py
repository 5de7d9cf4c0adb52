"""A bullet symbol before a line (a check mark, a triangle) is read as Markdown's bullet."""

from __future__ import annotations

import pytest


#: (a line as a notes app or a student writes it, as read): a bullet symbol before a line is "-"
BULLETS = [
    ("✅ Yes. BN uses the batch.", "- Yes. BN uses the batch."),
    ("  • 14 × 14 × 64", "  - 14 × 14 × 64"),
    ("➤ (b) 1792", "- (b) 1792"),
    ("It is ✅ done", "It is ✅ done"),          # inside a line it is left as it is
    # the private-use glyphs of the Symbol and Wingdings fonts that Word's lists leave in a PDF's text
    ("\uf0b7 1(a) 0.421", "- 1(a) 0.421"),
    ("\uf0a7 (b) 1792", "- (b) 1792"),
    ("◦ 14 × 14 × 64", "- 14 × 14 × 64"),
    ("■ Yes", "- Yes"),
]


@pytest.mark.parametrize("line,read", BULLETS)
def test_a_bullet_symbol_is_a_bullet(tmp_path, line, read):
    from grader.ingest import read_submission
    (tmp_path / "a.md").write_text(line + "\n", encoding="utf-8")
    document = read_submission(tmp_path / "a.md")
    assert document.blocks[0].text == read
