"""Ingest: bytes to text in any encoding, blocks with their file lines, never a crash."""

from __future__ import annotations

import pytest

from grader.errors import SubmissionTooLargeError, UnreadableFileError
from grader.ingest import read_submission, submission_id
from grader.ingest.decode import decode_text
from grader.ingest.latex import latex_blocks
from grader.ingest.markdown import split_blocks

DECODE = [
    ("utf8", "σ ≈ 0.0372 −4".encode("utf-8"), "σ ≈ 0.0372 −4", None),
    ("utf8-bom", b"\xef\xbb\xbfdE/dw11 = 1", "dE/dw11 = 1", None),
    ("utf16-le", "λ = 2".encode("utf-16"), "λ = 2", "UTF-16"),
    ("latin1", "café = 1".encode("latin-1"), "café = 1", "Windows-1252"),
    ("cp1252-quotes", "“loss” = z".encode("cp1252"), "“loss” = z", "Windows-1252"),
    ("crlf", b"a = 1\r\nb = 2\r\n", "a = 1\nb = 2\n", None),
    ("empty", b"", "", None),
]


@pytest.mark.parametrize("data,text,warning", [d[1:] for d in DECODE], ids=[d[0] for d in DECODE])
def test_decode(data, text, warning):
    got, warn = decode_text(data, "f.md")
    assert got == text
    assert (warning is None and warn is None) or (warning in warn)


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"ok\x00\x00\x00"])
def test_binary_is_refused_with_the_file_name(data):
    with pytest.raises(UnreadableFileError, match="f.md: not a text file"):
        decode_text(data, "f.md")


def test_markdown_blocks_keep_their_lines():
    text = "# Q1\n\nSome text\nmore text\n\n$$\na = 1\n\nb = 2\n$$\n\n```\n[[1 2]\n\n [3 4]]\n```\nend"
    blocks = split_blocks(text, "a.md")
    assert [(b.kind, b.line) for b in blocks] == [("heading", 1), ("text", 3), ("math", 6), ("code", 12),
                                                  ("text", 17)]
    assert blocks[2].end_line == 10 and blocks[2].line_at(blocks[2].text.index("b = 2")) == 9


def test_latex_body_only_with_sections_and_items():
    tex = ("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n\\section*{Question 2}\n"
           "% a comment = 5\n\\begin{enumerate}\n\\item[(a)] $1228800$\n\\end{enumerate}\n\\end{document}\n")
    blocks = latex_blocks(tex, "a.tex")
    assert [(b.kind, b.line, b.text) for b in blocks] == [("heading", 4, "# Question 2"), ("text", 7, "(a) $1228800$")]


#: xcolor's switch writes nothing: its mix's numbers ("blue!60!black") are no value of the student's
COLOR_SWITCHES = [("\\fbox{\\color{blue!60!black}$53{,}952$}", "\\fbox{$53{,}952$}"),
                  ("{\\color[rgb]{0.2,0.2,0.8} 0.0372}", "{ 0.0372}"),
                  ("\\textcolor{red}{0.0372}", "\\textcolor{red}{0.0372}")]  # (a mark the readers know)


@pytest.mark.parametrize("tex,read", COLOR_SWITCHES)
def test_a_colour_switch_is_no_text(tex, read):
    assert latex_blocks(f"(b) total $=$ {tex} multiplications\n", "a.tex")[0].text == f"(b) total $=$ {read} multiplications"


def test_a_macro_s_layout_is_no_text():
    # "\newcommand{\answer}[1]{\par\smallskip\noindent\fbox{\parbox{0.9\linewidth}{…}}}": spacing and a box's width
    tex = "\\par\\smallskip\\fbox{\\parbox{0.9\\linewidth}{Answer: 1792}}\\vspace{2mm}\n"
    assert latex_blocks(tex, "a.tex")[0].text.split() == ["\\fbox{\\parbox", "{Answer:", "1792}}"]


#: (an item's label, as the text reads it): a label that numbers a question and part is written as the
#: readers know a numbered answer; other labels stay as the student wrote them
ITEM_LABELS = [("1b.", "1b)"), ("2.", "2)"), ("3 a:", "3 a)"), ("(a)", "(a)"), ("Step 1", "Step 1"), ("i.", "i.")]


@pytest.mark.parametrize("label,read", ITEM_LABELS)
def test_a_latex_item_s_label(label, read):
    tex = f"\\begin{{enumerate}}\n\\item[{label}] $0.0876$\n\\end{{enumerate}}\n"
    assert latex_blocks(tex, "a.tex")[0].text == f"{read} $0.0876$"


def test_an_enumerate_s_items_are_numbered_as_typeset():
    tex = ("\\begin{enumerate}\n\\item $0.42$\n\\item Q2 has two parts:\n\\begin{enumerate}\n\\item $1.8$\n"
           "\\item $0.0719$\n\\end{enumerate}\n\\item $1.1$\n\\end{enumerate}\n"
           "\\begin{itemize}\n\\item a remark\n\\end{itemize}\n")
    text = "\n".join(b.text for b in latex_blocks(tex, "a.tex"))
    assert text.split("\n") == ["1. $0.42$", "2. Q2 has two parts:", "(a) $1.8$", "(b) $0.0719$", "3. $1.1$", "a remark"]
    # under a question's section, a list's items are its parts
    tex = "\\section*{Q2}\n\\begin{enumerate}\n\\item $1228800$\n\\item $53952$\n\\end{enumerate}\n"
    assert [b.text for b in latex_blocks(tex, "a.tex")] == ["# Q2", "(a) $1228800$\n(b) $53952$"]


#: (a paragraph's first line in LaTeX, as the text reads it): a bold number opening a paragraph is
#: Markdown's bold number, which opens a question's answer; spacing commands alone are no text
BOLD_LEADS = [
    ("\\noindent\\textbf{1.} (a) $P = 1$", "**1.** (a) $P = 1$"),
    ("\\textbf{Q2:} the interval", "**Q2:** the interval"),
    ("\\noindent\\textbf{Answer.} yes", "\\noindent\\textbf{Answer.} yes"),
]


@pytest.mark.parametrize("line,read", BOLD_LEADS)
def test_a_latex_paragraph_s_bold_number(line, read):
    tex = f"\\begin{{document}}\n\\medskip\n{line}\n\\end{{document}}\n"
    assert [b.text for b in latex_blocks(tex, "a.tex")] == [read]


def test_a_folder_is_one_submission_in_name_order(tmp_path):
    folder = tmp_path / "Jane Doe_123"
    folder.mkdir()
    (folder / "b.txt").write_text("second")
    (folder / "a.md").write_text("first")
    (folder / "code.py").write_text("def gradients(): pass\n")
    (folder / "photo.heic").write_bytes(b"\x00\x00\x00\x18ftypheic")
    (folder / ".hidden.md").write_text("ignored")
    doc = read_submission(folder)
    assert submission_id(folder) == "Jane Doe_123"
    assert [b.text for b in doc.blocks] == ["first", "second"]
    assert doc.files == ("a.md", "b.txt", "code.py") and "code.py" in doc.sources
    assert any("photo.heic: skipped, a HEIC image: photos of pages are read as .jpg or .png" in w
               for w in doc.warnings)


def test_one_unreadable_file_in_a_folder_is_a_warning(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "a.md").write_text("dE/dw11 = 0.0044")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    doc = read_submission(folder)
    assert doc.blocks and any("b.txt: not a text file" in w for w in doc.warnings)


def test_a_file_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 2000)
    with pytest.raises(SubmissionTooLargeError, match="big.txt: 2,000 bytes is over the 1,000-byte limit"):
        read_submission(path, max_file_bytes=1000)


@pytest.mark.parametrize("draft,final", [
    ("answers_draft.md", "answers.md"),  # the draft's name sorts after the final's
    ("old answers.md", "answers.md"),
    ("rough.md", "fair copy.md"),
])
def test_a_file_named_as_a_draft_is_read_before_the_final_one(tmp_path, draft, final):
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / draft).write_text("dE/dw11 = 0.0091\n")
    (folder / final).write_text("dE/dw11 = 0.00443\n")
    document = read_submission(folder)
    assert [b.file for b in document.blocks] == [draft, final]
    assert document.warnings == (f"{draft}: named as a draft, so it is read before the other files: where both "
                                 f"answer a part, the other file's answer is graded",)


def test_a_draft_alone_is_read_as_it_is(tmp_path):
    (tmp_path / "draft.md").write_text("dE/dw11 = 0.00443\n")
    assert read_submission(tmp_path / "draft.md").warnings == ()


@pytest.mark.parametrize("written, read", [
    ("𝑦 log\u2061𝜇 − 𝜇", "y log μ − μ"),            # Word's equation: math italics, function application
    ("∂𝐸/∂𝑤₁₁ = 0.0044", "∂E/∂w₁₁ = 0.0044"),       # bold and italic letters keep their scripts
    ("ℎ₁ = 𝜎(0.5)", "h₁ = σ(0.5)"),                 # the italic h lives outside the math block
    ("𝑎\u2062𝑏", "a b"),                            # invisible times
])
def test_letters_of_unicode_math_alphabets_read_as_plain_letters(tmp_path, written, read):
    path = tmp_path / "a.txt"
    path.write_text(written + "\n", encoding="utf-8")
    assert read_submission(path).blocks[0].text == read


@pytest.mark.parametrize("written, read", [
    ("答案：（１４，１４，６４）", "答案:(14,14,64)"),             # a Chinese input method's full-width forms
    ("P = ०.०८७६", "P = 0.0876"),                              # Devanagari digits
    ("p = ٠٫٠٧١٩", "p = 0.0719"),                              # Arabic-Indic digits and decimal sign
    ("total\u3000= 53952", "total = 53952"),                  # the ideographic space
])
def test_other_scripts_digits_and_full_width_forms_read_as_ascii(tmp_path, written, read):
    path = tmp_path / "a.txt"
    path.write_text(written + "\n", encoding="utf-8")
    assert read_submission(path).blocks[0].text == read


@pytest.mark.parametrize("written, read", [
    # a scan's text recognition reads a zero as the letter O, a one as l or I, among a number's digits
    ("dE/dw11 = 0.OO443", "dE/dw11 = 0.00443"),
    ("= O.95 x O.Ol + O.lO x O.99", "= 0.95 x 0.01 + 0.10 x 0.99"),
    ("64 x 28 = l,792 parameters", "64 x 28 = 1,792 parameters"),
    ("z = l.8O, Var = 4.4l", "z = 1.80, Var = 4.41"),
    # ... not a word, a unit after a number, a name with a digit, a Roman numeral, a lone letter
    ("O.K. I think l bias", "O.K. I think l bias"),
    ("20l of water, w2l = 0.5, part II", "20l of water, w2l = 0.5, part II"),
    ("l.l and I.I", "l.l and I.I"),
])
def test_a_scan_s_letters_misread_among_a_number_s_digits_are_digits(tmp_path, written, read):
    path = tmp_path / "a.txt"
    path.write_text(written + "\n", encoding="utf-8")
    assert read_submission(path).blocks[0].text == read


def test_a_program_s_names_are_left_as_written(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("```python\nx = 0o17\n```\n", encoding="utf-8")
    assert "0o17" in "\n".join(b.text for b in read_submission(path).blocks)


@pytest.mark.parametrize("rule", ["━━━━━━━━━━", "──────────", "══════════", "  ━━━━  "])
def test_a_rule_drawn_with_box_characters_ends_the_paragraph_above(rule):
    blocks = split_blocks(f"1(a)  P = 0.42\n{rule}\n2.  p = 0.32\n", "a.txt")
    assert [(b.line, b.text.strip()) for b in blocks] == [(1, "1(a)  P = 0.42"), (2, rule.strip()), (3, "2.  p = 0.32")]
