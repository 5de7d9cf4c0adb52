"""Write the format corpus: submissions/f01_* and tests/fixtures/class_*.zip.

Real files, made from sample answers written for the rubric of assignment2.md: PDFs
typeset by pdflatex and written by fpdf2 the way Word, a math-OCR tool and a text editor
export them, a scanned page, Jupyter notebooks (nbformat 4 and an old 3), zips as a
student and as Moodle and Canvas hand them in, and the hostile files of issue 5. The
expected verdicts are in tests/expected/formats.yaml and tests/ingest/class_archives.yaml.

The output is committed; run this by hand only to change a document:

    .venv/bin/python tests/ingest/make_format_corpus.py

It needs pdflatex for the LaTeX PDF (Debian: texlive-latex-base; without it that file
is left as it is) and the DejaVu and Liberation fonts (fonts-dejavu-core,
fonts-liberation). Every file comes out byte for byte the same on every run.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUBMISSIONS = ROOT / "submissions"
FIXTURES = ROOT / "tests" / "fixtures"
FONTS = Path("/usr/share/fonts/truetype")
DATE = datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)
ZIP_DATE = (2024, 3, 1, 9, 30, 0)

CORRECT_CODE = '''import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 1/2 ||t - o||^2 for the 2-2-2 sigmoid network."""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    return np.outer(delta_h, x), delta_h, np.outer(delta_o, h), delta_o
'''


# --------------------------------------------------------------------------- PDFs with fpdf2


def _fpdf(body_font: str, body_file: str, math_file: str | None = None):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(DATE)
    pdf.set_producer("fpdf2")
    pdf.add_font(body_font, "", str(body_file))
    if math_file:
        pdf.add_font("Math", "", str(math_file))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 20)
    return pdf


def _write_runs(pdf, runs, font: str, size: float, height: float) -> None:
    """One line made of runs: plain text, or (text, style) with style sub/sup/math/big."""
    for run in runs:
        text, style = (run, "") if isinstance(run, str) else run
        pdf.set_font("Math" if "math" in style else font, size=size * (1.3 if "big" in style else 1.0))
        pdf.char_vpos = "SUB" if "sub" in style else "SUP" if "sup" in style else "LINE"
        pdf.write(height, text)
        pdf.char_vpos = "LINE"
    pdf.ln(height)


def word_export() -> bytes:
    """As Word exports a document: Liberation Sans body, equations in a math font with
    mathematical italic letters, raised superscripts, U+2212 minus, a page header and
    footer, a number wrapped at the end of a line."""
    pdf = _fpdf("Sans", FONTS / "liberation" / "LiberationSans-Regular.ttf", FONTS / "dejavu" / "DejaVuMathTeXGyre.ttf")
    pdf.set_title("Assignment 2")
    pdf.set_author("Daniel Mathew")

    def header_footer(page: int) -> None:
        pdf.set_auto_page_break(False)
        pdf.set_font("Sans", size=9)
        pdf.set_xy(22, 10)
        pdf.cell(text="GNR 638 Assignment 2 \u2014 Daniel Mathew (22B0715)")
        pdf.set_xy(100, 285)
        pdf.cell(text=str(page))
        pdf.set_xy(22, 24)
        pdf.set_auto_page_break(True, 20)

    pdf.add_page()
    header_footer(1)
    _write_runs(pdf, [("Question 1 \u2013 Backpropagation", "big")], "Sans", 14, 9)
    pdf.ln(2)
    lines = [
        ["I used the lecture\u2019s rule for the output layer, with the error term (t \u2212 o) at each output."],
        ["With all weights 0.5, x = (1, 1), t = (0.5, 0.5) and b", ("1", "sub"), " = b", ("2", "sub"), " = 1:"],
        ["h = \u03c3(2) = 0.8808 and o = \u03c3(1.8808) = 0.8677 for both units,"],
        ["\u03b4", ("o", "sub"), " = (t \u2212 o) o (1 \u2212 o) = \u22120.04221 and \u03b4",
         ("h", "sub"), " = \u22120.004432."],
        [],
        ["(a) ", ("\U0001d715\U0001d438/\U0001d715\U0001d464", "math"), ("11", "sub"),
         (" = \u22124.43 \u00d7 10", "math"), ("\u22123", "sup")],
        [],
        ["(b) ", ("\U0001d715\U0001d438/\U0001d715\U0001d464", "math"), ("21", "sub"),
         (" = \u03b4", "math"), ("o", "sub"), (" \u00b7 h", "math"), ("1", "sub"), (" = \u22120.0372", "math")],
        [],
    ]
    for runs in lines:
        if runs:
            _write_runs(pdf, runs, "Sans", 11, 6.5)
        else:
            pdf.ln(3)
    _write_runs(pdf, [("Question 2 \u2013 Multiplications in convolution", "big")], "Sans", 14, 9)
    pdf.ln(2)
    for runs in [
        ["Input 12 \u00d7 12 \u00d7 3, output 8 \u00d7 8 \u00d7 256, kernel 5 \u00d7 5, stride 1 and no padding."],
        [],
        ["(a) For the standard convolution every one of the 8 \u00d7 8 \u00d7 256 outputs needs 5 \u00d7 5 \u00d7 3 = 75"],
        ["multiplications, which gives a total of 1,228,"],
        ["800 multiplications."],
        [],
        ["(b) Depthwise separable convolution: the depthwise stage costs 8 \u00d7 8 \u00d7 3 \u00d7 25 = 4,800 and the"],
        ["pointwise stage 8 \u00d7 8 \u00d7 3 \u00d7 256 = 49,152, so the total is 4,800 + 49,152 = 53,952 multiplications."],
    ]:
        if runs:
            _write_runs(pdf, runs, "Sans", 11, 6.5)
        else:
            pdf.ln(3)
    pdf.add_page()
    header_footer(2)
    _write_runs(pdf, [("Question 3 \u2013 Loss for a Poisson output", "big")], "Sans", 14, 9)
    pdf.ln(2)
    for runs in [
        ["If the count y given x is Poisson with rate \u03bb, then P(y | \u03bb) = \u03bb", ("y", "sup"),
         " e", ("\u2212\u03bb", "sup"), " / y!. Taking the logarithm, the loss for one sample is"],
        [],
        [("\u2112(\U0001d706) = \U0001d466 log \U0001d706 \u2212 \U0001d706", "math")],
        [],
        ["summed over the training set, and training maximises it."],
    ]:
        if runs:
            _write_runs(pdf, runs, "Sans", 11, 6.5)
        else:
            pdf.ln(3)
    return bytes(pdf.output())


def ocr_export() -> bytes:
    """As a math-OCR tool exports its Markdown to PDF: Unicode subscripts, and powers of ten
    whose exponent is set so high that PDF text puts it on a line of its own."""
    pdf = _fpdf("Serif", FONTS / "dejavu" / "DejaVuSerif.ttf")
    pdf.add_page()
    y = 24.0

    def line(text: str, exponent: str = "", after: str = "", size: float = 11, gap: float = 7) -> None:
        nonlocal y
        pdf.set_font("Serif", size=size)
        pdf.set_xy(22, y)
        pdf.cell(text=text)
        if exponent:
            x = pdf.get_x()
            pdf.set_font("Serif", size=7)
            pdf.set_xy(x - 1.5, y - 2.4)
            pdf.cell(text=exponent)
            if after:
                x = pdf.get_x()
                pdf.set_font("Serif", size=size)
                pdf.set_xy(x - 1.5, y)
                pdf.cell(text=after)
        y += gap

    line("Sneha Kulkarni \u2014 GNR638 A2 (OCR of my handwritten notes)", size=9, gap=10)
    line("Qn 1", size=13, gap=8)
    line("h = \u03c3(W\u2081x + b\u2081) = (0.8808, 0.8808), o = \u03c3(W\u2082h + b\u2082) = (0.8677, 0.8677)")
    line("\u03b4\u2082 = (o \u2212 t) \u2299 o \u2299 (1 \u2212 o) = 0.04221,  \u03b4\u2081 = (W\u2082\u1d40\u03b4\u2082) \u2299 h \u2299 (1 \u2212 h) = 0.004432")
    line("\u2202E/\u2202w\u2081\u2081 = \u03b4\u2081 \u00b7 x\u2081 \u2248 4.432 \u00d7 10", "\u22123", " (to 4 s.f.)")
    line("\u2202E/\u2202w\u2082\u2081 = \u03b4\u2082 \u00b7 h\u2081 \u2248 3.718 \u00d7 10", "\u22122", "", gap=11)
    line("Qn 2", size=13, gap=8)
    line("(a) standard convolution: 8\u00b78\u00b7256\u00b7(5\u00b75\u00b73) = 1.2288 \u00d7 10", "6", " multiplications")
    line("(b) depthwise separable convolution: I count the 1\u00d71 (pointwise) convolution over the")
    line("3 input channels, 8\u00b78\u00b73\u00b7256 = 49,152 multiplications", gap=11)
    line("Qn 3", size=13, gap=8)
    line("For a count output I would train with the mean squared error:")
    line("L = (1/N) \u03a3\u1d62 (y\u1d62 \u2212 \u0177\u1d62)\u00b2")
    return bytes(pdf.output())


def editor_export() -> bytes:
    """As a text editor prints to PDF: monospace, the fi glyph where the font has one, a
    word hyphenated across lines, page numbers, the last answer on page 2."""
    pdf = _fpdf("Mono", FONTS / "dejavu" / "DejaVuSansMono.ttf")
    text_pages = [[
        "Arjun Nair  21B030017  GNR 638 Assignment 2",
        "",
        "Q1. Backpropagation (weights 0.5, x = (1, 1), t = (0.5, 0.5), b1 = b2 = 1)",
        "",
        "  forward: h1 = h2 = sigmoid(2) = 0.8808, o1 = o2 = sigmoid(1.8808) = 0.8677",
        "  delta_out = (o - t) o (1 - o) = 0.04221",
        "  delta_hid = (0.5 * 0.04221 * 2) * 0.8808 * 0.1192 = 0.004432",
        "",
        "  (a) dE/dw11 = delta_hid * x1 = 0.004432",
        "  (b) dE/dw21 = delta_out * h1 = 0.03718",
        "",
        "Q2. Multiplications",
        "",
        "  (a) standard convolution: the kernel is applied at each of the 12 x 12",
        "      input positions, for all 256 output channels: 12 * 12 * 256 * 75",
        "      = 2,764,800 multipli-",
        "      cations in total.",
        "  (b) depthwise separable: 12 * 12 * 3 * 25 + 12 * 12 * 3 * 256",
        "      = 10,800 + 110,592 = 121,392 multiplications (\ufb01nal answer).",
    ], [
        "Q3. Poisson output",
        "",
        "  y | x ~ Poisson(y_hat), so -log p(y | x) = y_hat - y log(y_hat) + log(y!).",
        "  The \ufb01nal loss, without the constant log(y!):",
        "",
        "      L = \u0177 - y log \u0177",
    ]]
    for number, lines in enumerate(text_pages, start=1):
        pdf.add_page()
        pdf.set_font("Mono", size=10)
        for text in lines:
            if text:
                pdf.set_x(22)
                pdf.cell(text=text)
            pdf.ln(5.2)
        pdf.set_auto_page_break(False)
        pdf.set_xy(100, 282)
        pdf.cell(text=str(number))
        pdf.set_auto_page_break(True, 20)
    return bytes(pdf.output())


def scanned() -> bytes:
    """A photographed page: an image of handwriting-like text and no text layer at all."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1240, 1754), 246)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONTS / "dejavu" / "DejaVuSerif-Italic.ttf"), 38)
    lines = ["GNR 638 Assignment 2 - Lakshmi V.", "", "Q1 (a) dE/dw11 = 0.00443", "     (b) dE/dw21 = 0.0372", "",
             "Q2 (a) 1,228,800", "     (b) 4,800 + 49,152 = 53,952", "", "Q3  L = z - y log z"]
    for i, text in enumerate(lines):
        draw.text((120, 160 + 70 * i), text, fill=40, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    pdf = _fpdf("Sans", FONTS / "dejavu" / "DejaVuSans.ttf")
    pdf.add_page()
    pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def simple_pdf(lines: list[str]) -> bytes:
    """A plain typed PDF (for the class archives)."""
    pdf = _fpdf("Sans", FONTS / "dejavu" / "DejaVuSans.ttf")
    pdf.add_page()
    pdf.set_font("Sans", size=11)
    for text in lines:
        pdf.set_x(22)
        pdf.multi_cell(0, 6.5, text or " ")
    return bytes(pdf.output())


# --------------------------------------------------------------------------- LaTeX

LATEX = r"""\documentclass[11pt]{article}
\usepackage{amsmath,amssymb}
\usepackage[margin=2.5cm]{geometry}
\pdftrailerid{}
\pagestyle{plain}
\begin{document}
\begin{center}
{\Large GNR 638 --- Assignment 2}\\[3pt]
Meera Pillai (21D100042)
\end{center}

\section*{Question 1: Backpropagation}
The network is $h = \sigma(W_1 x + b_1)$, $o = \sigma(W_2 h + b_2)$ with
$E = \tfrac12 \sum_k (t_k - o_k)^2$. All weights are $0.5$, $x = (1, 1)$, $t = (0.5, 0.5)$
and $b_1 = b_2 = 1$.

Forward pass: $h_1 = h_2 = \sigma(2) = 0.8808$ and $o_1 = o_2 = \sigma(1.8808) = 0.8677$.
Output deltas: $\delta^{(2)}_k = (o_k - t_k)\, o_k (1 - o_k) = 0.3677 \times 0.1148 = 0.04221$.

\textbf{(a)} By the chain rule,
\[
  \frac{\partial E}{\partial w_{11}} = \Big(\sum_k w_{k1}\, \delta^{(2)}_k\Big)\, h_1 (1 - h_1)\, x_1
  = 4.43 \times 10^{-3}.
\]

\textbf{(b)} Similarly,
\[
  \frac{\partial E}{\partial w_{21}} = \delta^{(2)}_1\, h_1 = 0.04221 \times 0.8808 = 3.72 \times 10^{-2}.
\]

\section*{Question 2: Multiplications in convolution}
The input is $12 \times 12 \times 3$, the output $8 \times 8 \times 256$, the kernels $5 \times 5$,
with stride 1 and no padding.

\textbf{(a) Standard convolution.} Every output value needs $5 \cdot 5 \cdot 3 = 75$ multiplications, so
\[
  8 \times 8 \times 256 \times 75 = 1{,}228{,}800 \text{ multiplications.}
\]

\textbf{(b) Depthwise separable convolution.} The depthwise stage needs
$8 \times 8 \times 3 \times 25 = 4{,}800$ multiplications and the pointwise stage
$8 \times 8 \times 3 \times 256 = 49{,}152$, so in total $4{,}800 + 49{,}152 = 53{,}952$ multiplications.

\newpage
\section*{Question 3: Loss for a Poisson output}
If $y \mid x \sim \mathrm{Poisson}(\lambda)$ with $\lambda = e^{\theta^{T} x}$, then
$p(y \mid \lambda) = \lambda^{y} e^{-\lambda} / y!$, and the negative log-likelihood of the data is
\[
  L(\theta) = \sum_{i=1}^{N} \left( \lambda_i - y_i \log \lambda_i + \log y_i! \right).
\]
The last term does not depend on $\theta$, so the loss to minimise is
$\sum_i \left(\lambda_i - y_i \log \lambda_i\right)$.
\end{document}
"""


def latex_pdf() -> bytes | None:
    if not shutil.which("pdflatex"):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "answers.tex").write_text(LATEX, encoding="utf-8")
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(DATE.timestamp())), "FORCE_SOURCE_DATE": "1"}
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "answers.tex"], cwd=tmp,
                           env=env, check=True, capture_output=True)
        return (Path(tmp) / "answers.pdf").read_bytes()


# --------------------------------------------------------------------------- notebooks


def _notebook(cells: list[tuple[str, str, list]], language: str = "python") -> str:
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    nb = new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": language},
                                "language_info": {"name": language}})
    count = 0
    for i, (kind, source, outputs) in enumerate(cells, start=1):
        if kind == "md":
            cell = new_markdown_cell(source)
        else:
            count += 1
            cell = new_code_cell(source, execution_count=count,
                                 outputs=[new_output(**o) if "output_type" in o else
                                          new_output("stream", name="stdout", text=o["text"]) for o in outputs])
        cell["id"] = f"cell-{i}"
        nb.cells.append(cell)
    return nbformat.writes(nb) + "\n"


def notebook_full() -> str:
    return _notebook([
        ("md", "# GNR 638 Assignment 2\nKavya Reddy, 21D070033", []),
        ("md", "## Q1: Backpropagation\n\nThe given network: all weights 0.5, x = (1, 1), t = (0.5, 0.5), "
               "b1 = b2 = 1. I compute the gradients by backpropagation in numpy.", []),
        ("code", "import numpy as np", []),
        ("code", CORRECT_CODE.replace("import numpy as np\n\n\n", ""), []),
        ("code", "W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)\nb1 = np.ones(2); b2 = np.ones(2)\n"
                 "x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])\n"
                 "dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)\nprint(\"dW1 =\\n\", dW1)\n"
                 "print(\"dW2 =\\n\", dW2)",
         [{"text": "dW1 =\n [[0.00443181 0.00443181]\n [0.00443181 0.00443181]]\n"
                   "dW2 =\n [[0.03717874 0.03717874]\n [0.03717874 0.03717874]]\n"}]),
        ("md", "So **(a)** $\\partial E/\\partial w_{11} = 0.00443$ and **(b)** "
               "$\\partial E/\\partial w_{21} = 0.0372$ (the top-left entries).", []),
        ("md", "## Q2: Multiplications\n\n(a) Standard convolution: $8 \\cdot 8 \\cdot 256 \\cdot 5 \\cdot 5 \\cdot 3 "
               "= 1{,}228{,}800$\n\n(b) Depthwise separable convolution: $4{,}800 + 49{,}152 = 53{,}952$", []),
        ("md", "## Q3: Poisson loss\n\nWith predicted rate $\\lambda$ and count $y$, the negative log-likelihood is "
               "$L = \\lambda - y \\log \\lambda + \\log y!$; we minimise $\\lambda - y \\log \\lambda$.", []),
    ])


BIAS_BUG_CODE = '''def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW1 = np.outer(delta_h, x)
    dW2 = np.outer(delta_o, h)
    db1 = delta_h
    db2 = o - t          # the output bias sees the error directly
    return dW1, db1, dW2, db2'''


def notebook_outputs() -> str:
    png = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
    return _notebook([
        ("md", "# Assignment 2 \u2014 Rohan Gupta", []),
        ("code", "%matplotlib inline\nimport numpy as np\nimport matplotlib.pyplot as plt", []),
        ("md", "## Question 2: multiplications in a convolution layer", []),
        ("code", "H_out = W_out = 8\nC_in, C_out, K = 3, 256, 5\n"
                 "standard = H_out * W_out * C_out * K * K * C_in\n"
                 "depthwise = H_out * W_out * C_in * K * K\npointwise = H_out * W_out * C_in * C_out\n"
                 "print(\"standard convolution multiplications:\", standard)\n"
                 "print(\"depthwise separable multiplications:\", depthwise + pointwise)",
         [{"text": "standard convolution multiplications: 1228800\n"
                   "depthwise separable multiplications: 53952\n"}]),
        ("md", "## Question 1: backpropagation", []),
        ("code", "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n\n\n" + BIAS_BUG_CODE, []),
        ("code", "!pip install --quiet torch", [{"text": "\x1b[33mWARNING: no network\x1b[0m\n"}]),
        ("code", "g = gradients(np.full((2, 2), .5), np.ones(2), np.full((2, 2), .5), np.ones(2), np.ones(2), "
                 "np.full(2, .5))\nprint(f\"dE/dw11 = {g[0][0, 0]:.6f}\")\nprint(f\"dE/dw21 = {g[2][0, 0]:.6f}\")",
         [{"text": "dE/dw11 = 0.004432\ndE/dw21 = 0.037179\n"}]),
        ("code", "plt.plot(np.linspace(0, 1, 5))\nplt.show()",
         [{"output_type": "display_data", "data": {"image/png": png, "text/plain": "<Figure size 640x480 with 1 Axes>"}}]),
        ("md", "## Question 3\n\nThe loss for a Poisson output is its negative log-likelihood; dropping the "
               "constant $\\log y!$ it is $\\hat{y} - y \\log \\hat{y}$.", []),
    ])


def notebook_v3() -> str:
    """An nbformat 3 notebook (IPython 2, 2014): worksheets, heading cells, ``input``, ``pyout``."""
    cells = [
        {"cell_type": "heading", "level": 1, "metadata": {}, "source": ["Assignment 2 (Tomas Novak)"]},
        {"cell_type": "heading", "level": 2, "metadata": {}, "source": ["Question 2: multiplications in convolution"]},
        {"cell_type": "code", "collapsed": False, "input": ["out = 8 * 8\n", "standard = out * 256 * 5 * 5 * 3\n",
                                                              "standard"],
         "language": "python", "metadata": {}, "prompt_number": 1,
         "outputs": [{"output_type": "pyout", "prompt_number": 1, "metadata": {}, "text": ["1228800"]}]},
        {"cell_type": "markdown", "metadata": {},
         "source": ["(a) standard convolution: 1,228,800 multiplications.\n", "\n",
                    "(b) depthwise separable convolution: each of the 3 input channels is convolved with its own ",
                    "5 x 5 kernel at the 8 x 8 positions, 8 * 8 * 3 * 25 = 4,800 multiplications."]},
        {"cell_type": "heading", "level": 2, "metadata": {}, "source": ["Question 3: Poisson loss"]},
        {"cell_type": "markdown", "metadata": {},
         "source": ["The negative log-likelihood of a Poisson rate $\\lambda$ for a count $y$: ",
                    "$L = \\lambda - y \\log \\lambda$ (up to $\\log y!$)."]},
    ]
    nb = {"metadata": {"name": "assignment2"}, "nbformat": 3, "nbformat_minor": 0,
          "worksheets": [{"cells": cells, "metadata": {}}]}
    return json.dumps(nb, indent=1, sort_keys=True) + "\n"


# --------------------------------------------------------------------------- text answers

ZIP_ANSWERS = """# GNR 638 Assignment 2 \u2014 Priya Sharma

## Q1 Backpropagation

Given network (all weights 0.5, x = (1, 1), t = (0.5, 0.5), b1 = b2 = 1).
The code is in backprop.py; by hand:

(a) dE/dw11 = 0.0044318

(b) dE/dw21 = 0.037179

## Q2 Multiplications

(a) standard convolution: 8 x 8 x 256 x 75 = 1,228,800

(b) depthwise separable convolution: 4,800 + 49,152 = 53,952

## Q3 Poisson

Negative log-likelihood: $L(z, y) = z - y \\log z + \\log y!$
"""

LATIN1 = """GNR 638 - Tarea 2 / Assignment 2
José Fernández Peña (Erasmus), matrícula 23X0042

Pregunta 1 (backpropagation)
  Red 2-2-2 con sigmoide, pesos 0.5, x = (1, 1), t = (0.5, 0.5), b1 = b2 = 1.
  (a) dE/dw11 = 4.43 × 10^-3
  (b) dE/dw21 = 3.72 · 10^-2

Pregunta 2 (multiplicaciones en la convolución)
  (a) standard convolution: 8 × 8 × 256 × 75 = 1 228 800
  (b) depthwise separable convolution: 4 800 + 49 152 = 53 952

Pregunta 3 (Poisson)
  La pérdida es la log-verosimilitud negativa: L = lambda - y log(lambda)
"""

UTF16 = """GNR 638 Assignment 2 — Ana Lúcia Costa (saved by Notepad as "Unicode")

1. Backpropagation
   ∂E/∂w₁₁ ≈ 0.0044
   ∂E/∂w₂₁ ≈ 0.0372

2. Multiplications
   standard convolution: 1,228,800
   depthwise separable convolution: 4,800 + 49,152 = 53,952

3. Poisson loss
   L(λ) = λ − y ln λ
"""

NUL_BYTE = """# Assignment 2 (Vikram Singh)

## Question 1

(a) dE/dw11 = 0.0044318

(b) dE/dw21 = 0.0372

## Question 2

I count the multiplications for one output position: the standard convolution needs
5 x 5 x 3 x 256 = 19,200 multiplications.\x00

The depthwise separable convolution needs 5 x 5 x 3 + 3 x 256 = 75 + 768 = 843 multiplications.

## Question 3

Poisson negative log-likelihood: $z - y \\log z$.
"""

SPACES = """# Q2: multiplications (Neha Joshi)

(a) standard convolution: 1,228,800 multiplications

(b) depthwise separable convolution: 4,800 + 49,152 = 53,952 multiplications
"""

UNICODE_NAME = """# Assignment 2 — Zoë Müller-Łukasiewicz 名前

## Question 3: Poisson loss

The negative log-likelihood of y ~ Poisson(z): $L = z - y \\log z + \\log y!$
"""

DOTS_NAME = """# Question 1 (Kiran ..)

Backpropagation in the given network (weights 0.5, x = (1, 1), t = (0.5, 0.5), b1 = b2 = 1):

(a) dE/dw11 = 0.00443

(b) dE/dw21 = 0.0372
"""

SCRIPT_JINJA = """# Assignment 2 <script>alert("owned")</script>

## Question 1 {{ 7*7 }}

(a) dE/dw11 = 0.0044318 {% raw %} <img src=x onerror=alert(1)>

(b) dE/dw21 = 0.037179 {% endraw %} {{ config.items() }}

## Question 2

(a) standard convolution: 1,228,800 <b>bold?</b>

(b) depthwise separable convolution: 53,952 {# a comment #}

## Question 3

Poisson loss: $z - y \\log z$ </pre></textarea><script src="https://evil.example/x.js"></script>
"""

FOLDER_SYMLINK = """# Assignment 2 (Imran Khan)

## Question 2

(a) standard convolution: 8 x 8 x 256 x 75 = 1.23 x 10^6 multiplications

(b) depthwise separable convolution: 4,800 + 49,152 = 53,952 multiplications

My backprop code is in solution.py.
"""

ZIP_SYMLINK_ANSWERS = """# Question 2 (Farah Ali)

(a) standard convolution: 1,228,800

(b) depthwise separable convolution: 53,952

The code is in reference.py.
"""


# --------------------------------------------------------------------------- zips


def _zip(members: list[tuple[str, bytes | str]], links: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data, compresslevel=9)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.create_system = 3
            info.external_attr = 0o120777 << 16
            archive.writestr(info, target)
    return buffer.getvalue()


def class_moodle() -> bytes:
    """A Moodle "download all submissions" zip: one folder per student and plugin."""
    asha = simple_pdf([
        "GNR 638 Assignment 2 - Asha Rao", "",
        "Question 1 (backpropagation, the given network)",
        "(a) dE/dw11 = 0.00443", "(b) dE/dw21 = 0.0372", "The code is in backprop.py.", "",
        "Question 2 (multiplications)",
        "(a) standard convolution: 1,228,800", "(b) depthwise separable convolution: 53,952", "",
        "Question 3 (Poisson output)", "The loss is the negative log-likelihood L = z - y log z.",
    ])
    ben_nb = _notebook([
        ("md", "## Q1 backpropagation (Ben Okafor)", []),
        ("code", "import numpy as np\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n\n"
                 "def gradients(W1, b1, W2, b2, x, t):\n    h = sigmoid(W1 @ x + b1)\n    o = sigmoid(W2 @ h + b2)\n"
                 "    delta_o = (t - o) * o * (1 - o)\n    delta_h = (W2.T @ delta_o) * h * (1 - h)\n"
                 "    return np.outer(delta_h, x), delta_h, np.outer(delta_o, h), delta_o", []),
        ("code", "W = np.full((2, 2), 0.5)\ng = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))\n"
                 "print('dE/dw11 =', round(g[0][0, 0], 6))\nprint('dE/dw21 =', round(g[2][0, 0], 6))",
         [{"text": "dE/dw11 = -0.004432\ndE/dw21 = -0.037179\n"}]),
    ])
    ben_md = ("## Q2\n\n(a) standard convolution: 1228800\n\n(b) depthwise separable convolution: 4800\n")
    ben_html = ("<p><strong>Question 3.</strong> The loss for a Poisson output is the negative log-likelihood "
                "\\(\\lambda - y \\log \\lambda\\).</p><script>alert('x')</script>")
    chen_tex = (r"\documentclass{article}\begin{document}" "\n"
                r"\section*{Question 2}" "\n"
                r"(a) standard convolution: $1.2288 \times 10^{6}$ multiplications.\\" "\n"
                r"(b) depthwise separable convolution: $53{,}952$ multiplications." "\n"
                r"\section*{Question 3}" "\n"
                r"Mean squared error: $L = \frac{1}{N}\sum_i (y_i - \hat{y}_i)^2$." "\n"
                r"\end{document}" "\n")
    chen_code = _zip([("backprop/backprop.py", CORRECT_CODE)])
    return _zip([
        ("Asha Rao_100001_assignsubmission_file_/answers.pdf", asha),
        ("Asha Rao_100001_assignsubmission_file_/backprop.py", CORRECT_CODE),
        ("Ben Okafor_100002_assignsubmission_file_/q1.ipynb", ben_nb),
        ("Ben Okafor_100002_assignsubmission_file_/q2.md", ben_md),
        ("Ben Okafor_100002_assignsubmission_onlinetext_/onlinetext.html", ben_html),
        ("Chen Wei_100003_assignsubmission_file_/solutions.tex", chen_tex),
        ("Chen Wei_100003_assignsubmission_file_/code.zip", chen_code),
        ("Chen Wei_100003_assignsubmission_file_/photo of page 2.jpg", b"\xff\xd8\xff\xe0not really a jpeg"),
    ])


def class_canvas() -> bytes:
    """A Canvas "download submissions" zip: every file on its own, named name_[late_]userid_subid_file."""
    return _zip([
        ("raoasha_100001_5550001_answers.md", ZIP_ANSWERS.replace("Priya Sharma", "Asha Rao")
         .replace("The code is in backprop.py; by hand:", "By hand:")),
        ("raoasha_100001_5550002_backprop.py", CORRECT_CODE),
        ("okaforben_late_100002_5550003_q1.txt", "Q1\n(a) dE/dw11 = 0.0044\n(b) dE/dw21 = 0.037\n"),
        ("okaforben_late_100002_5550004_q2.txt", "Q2\n(a) standard convolution = 2,764,800\n"
                                                 "(b) depthwise separable convolution = 53,952\n"),
    ])


# --------------------------------------------------------------------------- writing


def write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_symlink():
        path.unlink()
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")


def link(path: Path, target: str) -> None:
    if path.is_symlink() or path.exists():
        path.unlink()
    path.symlink_to(target)
    print(f"linked {path.relative_to(ROOT)} -> {target}")


def main() -> int:
    s = SUBMISSIONS
    latex = latex_pdf()
    if latex is None:
        print("pdflatex not found: f01_pdf_latex.pdf left as it is", file=sys.stderr)
    else:
        write(s / "f01_pdf_latex.pdf", latex)
    write(s / "f01_pdf_word.pdf", word_export())
    write(s / "f01_pdf_ocr.pdf", ocr_export())
    write(s / "f01_pdf_editor.pdf", editor_export())
    write(s / "f01_pdf_scanned.pdf", scanned())
    write(s / "f01_nb_full.ipynb", notebook_full())
    write(s / "f01_nb_outputs.ipynb", notebook_outputs())
    write(s / "f01_nb_v3.ipynb", notebook_v3())
    write(s / "f01_nb_broken.ipynb", notebook_full()[:700])
    write(s / "f01_zip_student.zip", _zip([
        ("hw2/answers.md", ZIP_ANSWERS), ("hw2/backprop.py", CORRECT_CODE),
        ("hw2/.DS_Store", b"\x00\x00\x00\x01Bud1"), ("__MACOSX/hw2/._answers.md", b"\x00\x05\x16\x07")]))
    write(s / "f01_zip_bomb.zip", _zip([("answers.md", SPACES), ("data/notes.txt", b"\x00" * 30_000_000)]))
    write(s / "f01_zip_slip.zip", _zip([("answers.md", SPACES),
                                        ("../../f01_zip_slip_escaped.md", "written outside the folder")]))
    write(s / "f01_zip_symlink.zip", _zip([("answers.md", ZIP_SYMLINK_ANSWERS)],
                                          {"reference.py": "../../reference/gnr638_a2.py"}))
    write(s / "f01_empty.pdf", b"")
    write(s / "f01_random_bytes.pdf", bytes((i * 7919 + 13) % 251 for i in range(4096)))
    write(s / "f01_latin1.txt", LATIN1.encode("latin-1"))
    write(s / "f01_utf16.txt", UTF16.encode("utf-16"))
    write(s / "f01_nul_byte.md", NUL_BYTE)
    write(s / "f01_name with spaces.md", SPACES)
    write(s / "f01_ünïcödé_名前.md", UNICODE_NAME)
    write(s / "f01_dots..in..name.md", DOTS_NAME)
    write(s / "f01_script_jinja.md", SCRIPT_JINJA)
    link(s / "f01_symlink_escape.md", "../reference/gnr638_a2.py")
    write(s / "f01_folder_symlink" / "answers.md", FOLDER_SYMLINK)
    link(s / "f01_folder_symlink" / "solution.py", "../../reference/gnr638_a2.py")
    write(FIXTURES / "class_moodle.zip", class_moodle())
    write(FIXTURES / "class_canvas.zip", class_canvas())
    return 0


if __name__ == "__main__":
    sys.exit(main())
