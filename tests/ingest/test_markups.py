"""Plain-text formats other than Markdown read as the Markdown they mean, line for line (grader/ingest/markups.py),
and the powers and indices of HTML pages and Word files kept as the page sets them."""

from __future__ import annotations

import io

import pytest

from grader.ingest import read_submission
from grader.ingest.html import html_text
from grader.ingest.markdown import console_comments
from grader.ingest.markups import asciidoc_text, csv_text, data_text, org_text, rst_text, script_text
from grader.ingest.tables import question_row_blocks
from grader.models import Block

#: (what the student's org-mode notes hold, what is read)
ORG = [
    ("* DONE Q2 mults                 :q2:", "# Q2 mults"),                  # keyword and tags around the title
    ("** TODO [#A] (b) Bayes", "## (b) Bayes"),                               # a priority
    ("#+TITLE: GNR638 A2", "# GNR638 A2"),                                    # the title a heading
    ("#+STARTUP: showall", ""),                                               # settings blank
    ("  #+TBLFM: @5$3=@3$3+@4$3", ""),                                        # a table's formula: no claim
    ("  CLOSED: [2024-03-09 Sat 18:20]", ""),                                 # planning lines blank
    ("  :PROPERTIES:", ""),                                                   # drawers blank
    ("#+BEGIN_SRC python", "```"), ("#+end_src", "```"),                      # code fenced
    ("  - code: [[file:nn_grad.py][nn_grad.py]] -> =gradients(W1, b1)=", "  - code: nn_grad.py -> `gradients(W1, b1)`"),
    ("  : 0.4213", "  0.4213"),                                               # a result's line
    ("  - (a) ∂E/∂w11 = *0.0044318*", "  - (a) ∂E/∂w11 = *0.0044318*"),      # bold as Markdown reads it
    ("x = y = 2", "x = y = 2"),                                               # a lone "=" is a relation
]


@pytest.mark.parametrize("line,read", ORG)
def test_org_mode_lines_read_as_markdown(line, read):
    assert org_text(line) == read


#: (AsciiDoc, what is read)
ASCIIDOC = [
    ("== Confidence interval", "## Confidence interval"),
    ("95 % CI: stem:[0.32 \\pm 0.0646]", "95 % CI: $0.32 \\pm 0.0646$"),
    ("*(0.2554, 0.3846)*.footnote:[Correction: my draft had 0.266.]", "*(0.2554, 0.3846)*. (Correction: my draft had 0.266.)"),
    (". stem:[\\hat p = S/n]", "- $\\hat p = S/n$"),                      # an ordered item
    (".Result", "Result"),                                                  # a block's title
    ("[source,python]", ""), ("----", "```"),                               # a listing
    ("| E[X^2^] | 1.7", "| E[X^2] | 1.7"),                                  # (outside a table: a line as written)
]


@pytest.mark.parametrize("line,read", ASCIIDOC)
def test_asciidoc_lines_read_as_markdown(line, read):
    assert asciidoc_text(line) == read


def test_asciidoc_table_rows_are_closed_and_a_stem_block_is_display_math():
    text = "|===\n| | value\n| Var(X) | 1.7 - 1.21 = *0.49*\n|===\n[stem]\n++++\n\\ell(p) = S \\log p\n++++"
    assert asciidoc_text(text) == "\n| | value |\n| Var(X) | 1.7 - 1.21 = *0.49* |\n\n\n$$\n\\ell(p) = S \\log p\n$$"


#: (a sheet saved as CSV, what is read)
CSV = [
    ("# exported from my sheet\nquestion,value,final\nQ2a,1228800,1.2288E+06\n",
     "# exported from my sheet\n| question | value | final |\n| Q2a | 1228800 | 1.2288E+06 |\n"),
    ('Q3,loss,"NLL: z - y*ln(z), ln y! const",\n', "| Q3 | loss | NLL: z - y*ln(z), ln y! const |  |\n"),  # quoted cell
    ("a,b|c\n", "| a | b∣c |\n"),                                                 # a bar inside a cell stays inside
    ("question,part,quantity,final\nQ1,a,P(six),0.4213\nQ1,b,P(D|+),0.0876\nQ2,,CI,\"(0.255, 0.385)\"\n",
     "| question part | quantity | final |\n| Q1 (a) | P(six) | 0.4213 |\n| Q1 (b) | P(D∣+) | 0.0876 |\n"
     "| Q2 | CI | (0.255, 0.385) |\n"),                                            # the part's column joined
    ("question,part,working,final\nQ1,b,64*28,1792\nQ2,grad,d x^T,\"[[0.5, 1.0]]\"\nQ2,W_new,W - 0.1*grad,\"[[0.15]]\"\n",
     "| question part | working | final |\n| Q1 (b) | 64*28 | 1792 |\n| Q2 grad | d x^T | [[0.5, 1.0]] |\n"
     "| Q2 W_new | W - 0.1*grad | [[0.15]] |\n"),                                 # ... headed "part", parts by name
    ("question,method,final\nQ1,a,1\nQ1,b,2\nQ2,exact,3\n",
     "| question | method | final |\n| Q1 | a | 1 |\n| Q1 | b | 2 |\n| Q2 | exact | 3 |\n"),  # no part's column
    ("just prose, with a comma\n", "| just prose | with a comma |\n"),           # (a sheet's line is a row)
]


@pytest.mark.parametrize("text,read", CSV)
def test_csv_rows_read_as_table_rows(text, read):
    assert csv_text(text) == read
    assert csv_text(text).count("\n") == text.count("\n")


#: (a MATLAB/Octave or R script's line, what is read)
SCRIPTS = [
    ("%% Q2  95% CI", "## Q2  95% CI"),                     # a cell's title
    ("% ANSWER Q1(a): 0.4213", "ANSWER Q1(a): 0.4213"),     # a comment's words
    ("  %    0.2553   0.3847", "     0.2553   0.3847"),     # pasted output under a line
    ("## Q3 ----", "## Q3"),                                 # R's section
    ("# [1] 0.0876", "[1] 0.0876"),
    ("pDice = 1 - (5/6)^3", "pDice = 1 - (5/6)^3"),          # code as written
]


@pytest.mark.parametrize("line,read", SCRIPTS)
def test_script_lines_read_as_text(line, read):
    assert script_text(line) == read


def test_a_block_comment_holds_text_line_for_line():
    # Julia's "#= … =#" and MATLAB's "%{ … %}": the output a student pastes under the script
    julia = 'println("Q1b: ", n)\n#= output:\nQ1b: 1792\n=#\nx = 1'
    assert script_text(julia).split("\n") == ['println("Q1b: ", n)', "output:", "Q1b: 1792", "", "x = 1"]
    assert script_text("%{\nans = 0.0876\n%}").split("\n") == ["", "ans = 0.0876", ""]


#: (an answer template filled in as YAML or JSON, what is read, line for line)
DATA = [
    ("q1:\n  a_output_shape: [14, 14, 64]   # (H, W, C)\n  b_num_params: 1792  # 64 * 28",
     "# q1\na output shape: [14, 14, 64] (H, W, C)\nb num params: 1792 (64 * 28)"),  # a block's key a heading
    ("q3:\n  a:\n    answer: 1.80\n  b:\n    answer: 0.0719",
     "# q3\n## (a)\nanswer: 1.80\n## (b)\nanswer: 0.0719"),                       # a one-letter key a mark
    ("W_new:\n  - [0.25, 0.0]\n  - [-0.1, 0.1]\nlr: 0.1",
     "W_new: [[0.25, 0.0], [-0.1, 0.1]]\n\n\nlr: 0.1"),                            # rows joined: one matrix
    ('{\n  "answers": {\n    "Q1a": "0.347",\n    "Q3b": null,\n    "Q2": [\n      [1, 2],\n      [3, 4]\n    ]\n  }\n}',
     "\n## answers\nQ1a: 0.347\nQ3b:\nQ2: [[1, 2], [3, 4]]\n\n\n\n\n"),             # JSON: quotes, commas off
    ("# template v3, released 02/03/2026\nworking: >\n  0.045/0.025 = 1.8",
     "template v3, released 02/03/2026\nworking:\n0.045/0.025 = 1.8"),            # comments and folded text
    ("dL_dz_k: \"y_k - p_k\"\ntop1_accuracy: 0.6591",
     "dL_dz_k: y_k - p_k\ntop1 accuracy: 0.6591"),                                 # a quantity's name as written
    ("anchors: &a [1, 2]\nagain: *a", "anchors: &a [1, 2]\nagain: *a"),            # no alias expanded
]


#: (a Markdown link or image, what is read): the target is an address, blanked a space for a character
LINKS = [
    ("![](https://cdn.mathpix.com/c.jpg?height=412&top_left_x=702)", "![](" + " " * 55 + ")"),  # a query's numbers
    ("![final loss 0.0372](loss.png)", "![final loss 0.0372](        )"),                       # the alt text stays
    ('[code](src/q3.py "the 0.5 version")', '[code](          "the 0.5 version")'),            # and a title
    ("x = [0.15, 0.2](0.3)", "x = [0.15, 0.2](0.3)"),                                         # no address: text
]


def test_r_matrix_labels_are_no_values():
    from grader.ingest.markdown import r_matrix_labels
    printed = "     [,1] [,2] [,3]\n[1,] 0.15 -0.2 0.45\n[2,] 0.10  0.5 -0.30\n[1] 0.0876"
    assert r_matrix_labels(printed).split("\n") == [" " * 19, "     0.15 -0.2 0.45", "     0.10  0.5 -0.30", "[1] 0.0876"]


@pytest.mark.parametrize("text,read", LINKS)
def test_link_targets_are_no_text(text, read):
    from grader.ingest.markdown import blank_link_targets
    assert blank_link_targets(text) == read


@pytest.mark.parametrize("data,read", DATA)
def test_answer_templates_read_as_their_lines(data, read):
    assert data_text(data) == read


@pytest.mark.parametrize("suffix", [".org", ".adoc", ".csv", ".tsv", ".m", ".R", ".jl", ".yaml", ".json"])
def test_the_formats_are_read_with_their_lines_where_they_were(tmp_path, suffix):
    sep = "\t" if suffix == ".tsv" else ","
    text = {".org": "* Q1\n  (a) 0.4213\n", ".adoc": "== Q1\n(a) 0.4213\n", ".m": "%% Q1\n% (a) 0.4213\n",
            ".R": "## Q1\n# (a) 0.4213\n", ".jl": "# Q1\n#= (a) 0.4213 =#\n", ".yaml": "Q1:\n  a: 0.4213\n",
            ".json": '{\n"Q1a": 0.4213\n}'}.get(suffix, f"question{sep}final\nQ1a{sep}0.4213\n")
    path = tmp_path / f"answers{suffix}"
    path.write_text(text, encoding="utf-8")
    document = read_submission(path)
    line = next(b.line + b.text.split("\n").index(row) for b in document.blocks for row in b.text.split("\n")
                if "0.4213" in row)
    assert line == 2


#: (an HTML page's scripts, what is read)
SCRIPTS_HTML = [
    ("10<sup>−3</sup>", "10^−3"),                                           # a number alone: flat, as before
    ("a<sub>1</sub>", "a_1"),
    ("(1&minus;p)<sup>1&minus;x<sub>i</sub></sup>", "(1−p)^{1−x_i}"),      # more than a number: grouped
    ("p<sup>&Sigma;x<sub>i</sub></sup>", "p^{Σx_i}"),
]


@pytest.mark.parametrize("html,read", SCRIPTS_HTML)
def test_html_powers_and_indices_are_grouped_as_set(html, read):
    assert html_text(f"<p>{html}</p>").strip() == read


#: (a formula an HTML page sets in MathML, what is read): its pieces in order would run together ("∂E∂w11=0.0044")
MATHML_HTML = [
    ("<math><mfrac><mrow><mo>&part;</mo><mi>E</mi></mrow><mrow><mo>&#x2202;</mo><msub><mi>w</mi><mn>11</mn></msub>"
     "</mrow></mfrac><mo>=</mo><mn>0.0044</mn></math>", "∂E/∂w_11 = 0.0044"),                  # a fraction, an index
    ('<math display="block"><msup><mrow><mo>(</mo><mi>y</mi><mo>&minus;</mo><mover><mi>y</mi><mo>^</mo></mover>'
     "<mo>)</mo></mrow><mn>2</mn></msup></math>", "(y − ŷ)^2"),                                 # an accent, a power
    ("<math><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>"
     "<msub><mi>x</mi><mi>i</mi></msub><mo>/</mo><mi>n</mi></math>", "∑_{i = 1}^n x_i/n"),     # a sum's bounds
    ("<math><mfrac><mn>671</mn><mn>1296</mn></mfrac><mo>&approx;</mo><mn>0.518</mn></math>", "671/1296 ≈ 0.518"),
    ("<math><msqrt><mn>2</mn></msqrt><mi>x</mi></math>", "sqrt(2) x"),                         # no name run together
    ("<math><mtable><mtr><mtd><mn>0.1</mn></mtd><mtd><mn>0.2</mn></mtd></mtr><mtr><mtd><mn>0.3</mn></mtd>"
     "<mtd><mn>0.4</mn></mtd></mtr></mtable></math>", "[[0.1, 0.2], [0.3, 0.4]]"),            # a matrix
    # KaTeX: the MathML with its TeX source, and a drawn copy hidden from readers: the source, once
    ('<span class="katex"><span class="katex-mathml"><math><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow>'
     '<annotation encoding="application/x-tex">x^2 &lt; 1</annotation></semantics></math></span>'
     '<span class="katex-html" aria-hidden="true"><span class="base">x<span>2</span>&lt;1</span></span></span>',
     "$x^2 < 1$"),
    ("<math><mrow><mo>[</mo><mtable><mtr><mtd><mn>0.15</mn></mtd><mtd><mo>&minus;</mo><mn>0.20</mn></mtd></mtr>"
     "<mtr><mtd><mn>0.10</mn></mtd><mtd><mn>0.50</mn></mtd></mtr></mtable><mo>]</mo></mrow><mo>=</mo><mo>&minus;</mo>"
     "<mn>1</mn></math>", "[[0.15, −0.20], [0.10, 0.50]] = −1"),       # a matrix in its drawn brackets; signs
    ("<math><mi>x</mi><mo>=</mo><mn>2</mn>", "x=2"),                     # never closed: its text, as before
    ("a</math> b", "a b"),                                               # a closing tag alone: nothing read
]


@pytest.mark.parametrize("html,read", MATHML_HTML)
def test_html_mathml_is_read_as_a_formula_typed_on_one_line(html, read):
    assert html_text(f"<p>{html}</p>").strip() == read


def test_word_runs_raised_or_lowered_are_powers_and_indices():
    docx = pytest.importorskip("docx", reason="python-docx writes the test Word files: pip install -e '.[test]'")
    from grader.ingest.office import docx_text

    document = docx.Document()
    paragraph = document.add_paragraph("dE/dw11 = 4.43 × 10")
    paragraph.add_run("-3").font.superscript = True
    paragraph.add_run(" and x")
    paragraph.add_run("i").font.subscript = True
    document.add_paragraph("L = p").add_run("1-x").font.superscript = True
    data = io.BytesIO()
    document.save(data)
    assert docx_text(data.getvalue(), "a.docx").split("\n")[:3] == ["dE/dw11 = 4.43 × 10^-3 and x_i", "", "L = p^{1-x}"]


#: (a pasted Python console's line, what is read)
CONSOLE = [
    (">>> # ANS Q1b: P(D|+) = 0.0876", "ANS Q1b: P(D|+) = 0.0876"),   # a comment at the prompt: the student's words
    (">>> # ---- Q2 ----", "## Q2"),                                  # a title between rules: a heading
    (">>> ph = 64/200", ">>> ph = 64/200"),                            # code as written
    ("0.08755760368663594", "0.08755760368663594"),                    # output as written
]


@pytest.mark.parametrize("line,read", CONSOLE)
def test_console_comments_read_as_words(line, read):
    assert console_comments(line) == read


RST = [
    # a title over its rule, and one between rules: headings, levels in the order their styles appear
    ("============\nAssignment 3\n============\n\nConvolution\n===========\n\nShape\n-----\n",
     "\n# Assignment 3\n\n\n## Convolution\n\n\n### Shape\n\n"),
    # a math directive's indented block as a display; an inline role as "$…$"
    (".. math::\n\n   64 \\cdot 28 = 1792\n\nso :math:`p_k - y_k` it is\n",
     "$$\n\n   64 \\cdot 28 = 1792\n$$\nso $p_k - y_k$ it is\n"),
    # a simple table's rows as Markdown rows, its borders blank (the header's rule as a Markdown rule)
    ("=====  ====\npart   value\n=====  ====\n(a)    0.49\n=====  ====\n",
     "\n| part | value |\n|---|---|\n| (a) | 0.49 |\n\n"),
    # other directives, their options and comments blank
    (".. contents:: Questions\n   :local:\n\n.. a note to myself\nNo.\n", "\n\n\n\nNo.\n"),
]


@pytest.mark.parametrize("source,markdown", RST)
def test_restructured_text_reads_as_the_markdown_it_means_line_for_line(source, markdown):
    assert rst_text(source) == markdown
    assert rst_text(source).count("\n") == source.count("\n")
