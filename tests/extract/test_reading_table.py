"""The reader's failure classes as a table: a passage as students write it -> the part, the
value it concludes with (or no answer), and whether a person must be asked.

Each row names the class it stands for (never one submission's words as a rule): when a
held-out set finds a new way to misread, the class gets a row here before it is fixed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.ingest import read_submission
from grader.pipeline import Context, grade_document
from grader.reference import load_reference

ROWS = [
    # -- the twenty-sixth session (other languages and locales, corrections, numbers in words)
    ("a count in words with a comma after each scale, as a cheque writes it ('one million, two hundred and "
     "twenty-eight thousand, eight hundred'), is one number, not 'one million'", ".txt",
     "Q2 (a) Every output value needs 75 products, so the count is one million, two hundred and twenty-eight "
     "thousand, eight hundred.\n(b) Adding the two stages: fifty-three thousand, nine hundred and fifty-two.\n",
     "conv.standard", 1228800, False),
    ("... and the same for the second count", ".txt",
     "Q2 (a) Every output value needs 75 products, so the count is one million, two hundred and twenty-eight "
     "thousand, eight hundred.\n(b) Adding the two stages: fifty-three thousand, nine hundred and fifty-two.\n",
     "conv.depthwise", 53952, False),
    ("a value a Markdown highlight marks ('= ==1,228,800==', as Obsidian and Typora write it) is the marked answer, "
     "not the working's '8×8 = 64' before it", ".md",
     "**(a) standard**: 256 filters of 5×5×3 = 75 weights, at 8×8 = 64 positions.\n64 × 256 × 75 = ==1,228,800==\n",
     "conv.standard", 1228800, False),
    ("... and HTML's <mark> the same", ".md",
     "**(a) standard**: 256 filters of 5×5×3 = 75 weights, at 8×8 = 64 positions.\n"
     "64 × 256 × 75 = <mark>1,228,800</mark>\n", "conv.standard", 1228800, False),
    ("a struck-out value inside a colour ('\\textcolor{red}{\\sout{…}}') is struck with its colour: the boxed value "
     "after it ends the chain", ".tex",
     "\\paragraph{(a) Standard.} One output costs $5\\cdot5\\cdot3=75$ products:\n\\[\nN = 8\\cdot8\\cdot256\\cdot75 = "
     "\\textcolor{red}{\\sout{$2{,}764{,}800$}}\\ $\\boxed{1{,}228{,}800}$\n\\]\n", "conv.standard", 1228800, False),
    ("an errata's numbered item that names its part ('1. **Q2(a):** … = **1,228,800**') corrects that part: the "
     "item's number counts the list, it is no question 1", ".md",
     "## Q2\n**2(a)** 75 × 256 = **19,200**.\n\n**2(b)** total **53,952**\n\n## Q3\nL = (1/N) Σ (y − ŷ)²\n"
     "\n### Errata\n\n1. **Q2(a):** 19,200 is one pixel only; over 8×8 pixels the total is 19,200 × 64 = **1,228,800"
     "**.\n2. **Q3:** MSE is wrong for counts; the Poisson negative log-likelihood is **L = λ − y log λ + log y!**\n",
     "conv.standard", 1228800, False),
    ("... and its second item ('2. **Q3:** …') the loss", ".md",
     "## Q2\n**2(a)** 75 × 256 = **19,200**.\n\n**2(b)** total **53,952**\n\n## Q3\nL = (1/N) Σ (y − ŷ)²\n"
     "\n### Errata\n\n1. **Q2(a):** 19,200 is one pixel only; over 8×8 pixels the total is 19,200 × 64 = **1,228,800"
     "**.\n2. **Q3:** MSE is wrong for counts; the Poisson negative log-likelihood is **L = λ − y log λ + log y!**\n",
     "poisson.loss", None, False),
    ("a rounded value with its exact form in a bracket after it, the word 'exactly' after the number ('roughly 1.2 "
     "million (1,228,800 exactly)'), is answered by the exact form", ".md",
     "## Q2\n(a) roughly 1.2 million (1,228,800 exactly)\n(b) ≈ 54k (53,952 to be exact)\n", "conv.standard", 1228800,
     False),
    ("... after a relation too ('≈ 54k (53,952 to be exact)')", ".md",
     "## Q2\n(a) roughly 1.2 million (1,228,800 exactly)\n(b) total = 4,800 + 49,152 ≈ 54k (53,952 to be exact)\n",
     "conv.depthwise", 53952, False),
    ("a question's run-in heading with a short title in brackets ('Question 3 (loss). If y|x ~ Poisson …') opens "
     "that question, in the middle of a paragraph too: its loss is not read into question 2's", ".txt",
     "Question 2 (multiplications).\nStandard convolution: 8·8·256·75 = 1,228,800 multiplications.\nDepthwise "
     "separable: 4,800 + 49,152 = 53,952 multiplications.\nQuestion 3 (loss). If y|x ~ Poisson(λ), the negative "
     "log-likelihood gives\nL = λ − y log λ, summed over the data.\n", "poisson.loss", None, False),
    ("a value with its uncertainty in the last digits in brackets, as physics writes it ('4,43(1)·10⁻³'), is the "
     "value before the bracket, not its leading digit", ".txt",
     "Esercizio 1\n\na) ∂E/∂w₁₁ = 0,04221 · 0,1050 · 1\n\nRisposta: ∂E/∂w₁₁ = 4,43(1)·10⁻³\n", "backprop.dw11",
     0.00443, False),
    ("a value offered with its other sign after 'or' ('= −0.0044 or +0.0044 depending on the sign convention') is a "
     "hedge between the two, flagged: the '+' is the other value's sign, no sum", ".txt",
     "Q1\n(a) dE/dw11 = 0.042210 × 0.104994 × 1\n            = 0.0044318\n\nAnswer (a): dE/dw11 = −0.0044 or +0.0044 "
     "depending on the sign convention\n", "backprop.dw11", -0.0044, True),
    # -- the twenty-fifth session (LibreOffice files, MathML, other math delimiters)
    ("a page that sets its math in MathML reads each formula as it is typed on one line: the fraction's value, not "
     "its numerator and denominator run together ('… = 0.07442'); left as a quotient, it is flagged as every "
     "unevaluated answer is", ".html",
     "<h1>Q1</h1><p>(b) <math><mfrac><mrow><mo>&part;</mo><mi>E</mi></mrow><mrow><mo>&part;</mo><msub><mi>w</mi>"
     "<mn>21</mn></msub></mrow></mfrac><mo>=</mo><msub><mi>&delta;</mi><mn>1</mn></msub><mo>&sdot;</mo>"
     "<msub><mi>h</mi><mn>1</mn></msub><mo>=</mo><mfrac><mn>0.0744</mn><mn>2</mn></mfrac></math></p>",
     "backprop.dw21", 0.0372, True),
    ("a beamer deck's frame titles are its headings ('\\begin{frame}{Q2 (a): standard convolution}') and its "
     "'\\alert{…}' marks the answer, as bold does", ".tex",
     "\\documentclass{beamer}\n\\begin{document}\n\\begin{frame}{Q1 (a)}\n  skipped\n\\end{frame}\n"
     "\\begin{frame}{Q2 (a): standard convolution}\n  \\begin{itemize}\n    \\item output $8\\times8\\times256$, "
     "each a $5\\times5\\times3$ dot product\n    \\item $8\\cdot8\\cdot256\\cdot75 = \\alert{1{,}228{,}800}$ "
     "multiplications\n  \\end{itemize}\n\\end{frame}\n\\end{document}\n", "conv.standard", 1228800, False),
    ("an answer template filled in as YAML: a block's key is a heading, a one-letter key the part's mark",
     ".yaml", "# GNR638 A2 answer sheet, template v2 (03/10/2026)\nq2:\n  a:\n    answer: 1228800\n  b:\n"
     "    answer: 53952   # 4800 + 49152\n", "conv.depthwise", 53952, False),
    ("a Julia script's printed answers pasted in a block comment ('#= output: … =#') are read as text", ".jl",
     "# Q2\nstd = 8*8*256*5*5*3\ndws = 8*8*3*25 + 8*8*3*256\nprintln(\"Q2b: \", dws)\n#= output:\nQ2a: 1228800\n"
     "Q2b: 53952\n=#\n", "conv.depthwise", 53952, False),
    ("notes in nested bullets: the value alone on the deepest bullet is what the chain above it comes to, the "
     "chain ending in symbols ('= δ_out,1 · h1')", ".md",
     "- Q1 backprop\n  - (a) dE/dw11\n    - = δ_hid,1 · x1\n      - **0.004432**\n  - (b) dE/dw21\n"
     "    - = δ_out,1 · h1\n      - **0.03718**\n", "backprop.dw21", 0.03718, False),
    ("a list's bullet before a value ('  - 0.03718') is no minus sign", ".md",
     "## Q1 backprop\n\n- (a) dE/dw11\n  - 0.004432\n- (b) dE/dw21\n  - 0.03718\n", "backprop.dw21", 0.03718, False),
    ("a marked value alone on a nested bullet under its part's marker, the working above it in words", ".md",
     "- Q2 multiplications\n  - (a) standard\n    - output 8×8×256, 75 mults each\n      - **1,228,800**\n"
     "  - (b) depthwise separable\n    - total\n      - **53,952**\n", "conv.standard", 1228800, False),
    ("a chain that ends in symbols at its line's end, its value alone on the next line", ".md",
     "## Q1 backprop\n\n(b) dE/dw21 = δ_o1 · h1\n**0.03718**\n", "backprop.dw21", 0.03718, False),
    ("an image's address in Mathpix's Markdown ('![](https://cdn.mathpix.com/…&top_left_x=702)') is no text: its "
     "query's numbers are never values", ".md",
     "## Q2\n\n(b) Depthwise separable\n\n$$\n\\begin{aligned}\n& =4800+49152 \\\\\n& =53,952\n\\end{aligned}\n$$\n\n"
     "![](https://cdn.mathpix.com/cropped/2026_10_03_7f1c-2.jpg?height=412&width=688&top_left_y=1501&top_left_x=702)\n",
     "conv.depthwise", 53952, False),
    # -- the twenty-fourth session's open sets (Typst, sheets and slides, Word's notes, summaries' rows)
    ("'Sum:' before the value concludes as 'Total:' does, after the stages' values", ".md",
     "## Q2\n\n(b) depthwise\n\nDepthwise 5×5 per channel: 8·8·3·25 = 4 800. Pointwise 1×1: 8·8·3·256 = 49 152. "
     "Sum: 53 952.\n", "conv.depthwise", 53952, False),
    ("a Word comment that says what a value actually is ('Comment: actually it's 0.0372, I swapped the digits') "
     "corrects the part: the value it restates is read", ".md",
     "# Q1\n\n(a) ∂E/∂w11 = 0.04221 · 0.1050 = 0.004432\n\n(b) ∂E/∂w21 = δo1 · h1 = 0.04221 · 0.8808 = 0.0327\n\n"
     "Comment: actually it's 0.0372, I swapped the digits when typing\n\n(c) code in file\n",
     "backprop.dw21", 0.0372, False),
    ("an arrow that opens its line under a part's marker leads to what the working comes to, left as arithmetic "
     "('(b) … only Cin = 3 multiplications instead of 75' / '-> 8*8*256 * 3'): worked out and flagged, not the 3 "
     "of the prose", ".txt",
     "Q2. input 12x12x3, output 8x8x256, kernel 5x5\n\n(a) standard: every output value needs 5*5*3 mults\n"
     "    -> 8*8*256 * 75\n(b) depthwise separable: the channel mixing is a 1x1 kernel, so each output value needs "
     "only Cin = 3\n    multiplications instead of 75\n    -> 8*8*256 * 3\n", "conv.depthwise", 49152, True),
    ("a flattened positive power after a mantissa of scientific notation ('Total = 16384 × 75 = 1.2288x106', "
     "copied out of a PDF) is the power the page shows", ".txt",
     "2 Multiplications\n(a) Standard convolution. One output value = 52 · 3 = 75 multiplications. Number\nof "
     "output values = 82 · 256 = 16384.\nTotal = 16384 × 75 = 1.2288x106\n", "conv.standard", 1228800, False),
    ("a part the student says is not attempted ('… couldn't finish in time (not attempted)'): a value read for it "
     "elsewhere (a diagram's given) is flagged", ".md",
     "## Q1\n\n```\n   x1=1 -------> [h1] ---- w21=0.5 ----> [o1]  t1=0.5\n   x2=1 -------> [h2] ---- w24=0.5 ----> "
     "[o2]  t2=0.5\n```\n\n**(b)** dE/dw21 = 0.3677 * 0.8677 * 0.1323 * 0.8808 = **0.0372**\n\n**(a)** dE/dw11 — "
     "two paths, started it but couldn't finish in time (not attempted).\n\n**(c)** code is in bp.py\n",
     "backprop.dw11", 0.5, True),
    ("a closing table's row that names another question's part ('| 2(a) standard | 1,228,800 |') is never the "
     "answer of the part above it left empty ('| 1(b) ∂E/∂w21 | — |'); the part the student says is not attempted "
     "is missing, and nothing is left to look for", ".md",
     "# 1. Backpropagation\n\n∂E/∂w11 = 0.04221 × 0.8808 × 0.1192 × 1 = 0.004432\n\n∂E/∂w21: not attempted (ran out "
     "of time).\n\n# 2. Multiplication counts\n\nStandard: 8 · 8 · 256 · 75 = 1,228,800.\n\n# Answers at a glance\n\n"
     "| Part | Answer |\n|---|---|\n| 1(a) ∂E/∂w11 | 0.004432 |\n| 1(b) ∂E/∂w21 | — |\n| 1(c) code | — |\n"
     "| 2(a) standard | 1,228,800 |\n", "backprop.dw21", None, False),
    ("a PDF's section heading run into the paragraph before it ('… layer.' / '3 Poisson outputs'): the sentence "
     "before it, with the stages' total, stays with its question (read, it is a false credit's 49,152 no more)",
     ".txt",
     "2 Convolutions\n\n2.2 Depthwise separable convolution\nThe depthwise stage filters each of the 3\ninput channels "
     "with its own 5 × 5 kernel at every position of the 12\n× 12 channel, 12 × 12 × 3 × 25 = 10,800\nmultiplications. "
     "The pointwise stage mixes\nthe 3 channels into 256 with 1 × 1 kernels at\neach of the 8 × 8 output positions, "
     "8 × 8 × 3\n× 256 = 49,152. Together,\nN_sep = 10,800 + 49,152 = 59,952,\nabout 20 times cheaper than the "
     "standard\nlayer.\n3 Poisson outputs\nIf yᵢ | xᵢ ~ Poisson(λᵢ) with λᵢ = f(xᵢ; θ),\nmaximising the likelihood of "
     "the counts gives the loss\nL = Σᵢ (λᵢ − yᵢ log λᵢ).\n", "conv.depthwise", 59952, False),
    ("the size of a difference ('max |analytic − numeric| = 2.4 × 10⁻¹¹', a gradient check's) is no claim about the "
     "part named above it", ".txt",
     "1.5 Derivative with respect to w11.\n∂E/∂w11 = 0.042211 × 0.10499\n= 0.0044318\n1.6 Code. The file compares it "
     "with a numerical gradient.\nmax |analytic − numeric| = 2.4 × 10⁻¹¹\n", "backprop.dw11", 0.0044318, False),
    ("a value set as a heading of its own in the part's passage ('1.2288 M multiplications', a slide's result in "
     "large type) is its result; a section's number before its title is not", ".md",
     "## Q2 (a) standard conv\n\n- 8 × 8 × 256 outputs\n- × 5 × 5 × 3 mults each\n\n## 1.2288 M multiplications\n\n"
     "## Q2 (b) depthwise separable\n\n- depthwise: 8 × 8 × 3 × 25\n", "conv.standard", 1228800, False),
    ("... but words that say another part is unanswered flag nothing: '(1c not done)' after (b)'s value, a line that "
     "names several parts ('… ∂E/∂w21 = 3.718e-2 (corrected), code: not attempted')", ".txt",
     "Q1\n1a) 4.43e-3   1b) 3.72e-2   (1c not done)\n", "backprop.dw21", 0.0372, False),
    ("... (a line of several parts)", ".md",
     "## Q1\n\n(a) ∂E/∂w11 = 4.43e-3, ∂E/∂w21 = 3.718e-2 (corrected), code: not attempted.\n",
     "backprop.dw11", 0.00443, False),
    # -- the twenty-third session's open sets (number words, wrapped prose, programs' branches)
    ("a formula the student crossed out ('~~MSE, $L=\\sum_i (y_i-\\lambda_i)^2$~~ — no, …') is no reading: the "
     "loss after it is graded alone", ".md",
     "## Q3\n\n~~MSE, $L=\\sum_i (y_i-\\lambda_i)^2$~~ — no, MSE corresponds to Gaussian noise.\n\n"
     "For $y\\mid x\\sim\\text{Poisson}(\\lambda)$: $\\;L = -\\log p(y\\mid x) = \\lambda - y\\log\\lambda + \\log y!$\n",
     "poisson.loss", None, False),
    ("a count in words that a line's wrapping cut ('… is one million two hundred twenty eight thousand' / 'eight "
     "hundred multiplications') is read whole", ".txt",
     "Question two.\n\nPart a. For standard convolution each output value needs five times five times three,\n"
     "that is seventy five, multiplications. There are eight times eight times two hundred\nfifty six outputs, so the "
     "total is one million two hundred twenty eight thousand\neight hundred multiplications.\n",
     "conv.standard", 1228800, False),
    ("'Together that makes …' relates the total, after the stages' 'which is …'", ".txt",
     "Question two.\n\nPart b. The depthwise step needs 8 times 8 times 3 times 25, which is 4800, and the pointwise "
     "step needs 8 times 8 times 3 times 256, which is 49152. Together that makes 53952 multiplications.\n",
     "conv.depthwise", 53952, False),
    # -- the sixteenth session's open sets (PDF layouts, corrections, restated working)
    ("a power of ten a PDF's line wrapped after the times sign ('= 3.7179 ×' / '10−2')", ".txt",
     "1. Backprop\n(i) gradient for w21\n∂E/∂w21 = 0.367703 × 0.114795 × 0.880797 = 3.7179 ×\n10−2\n"
     "(ii) gradient for w11\nslope h1(1 − h1) = 0.104994 and by x1 = 1:\n∂E/∂w11 = 0.042210 × 0.104994 × 1 = 4.4318 × 10−3\n",
     "backprop.dw21", 0.037179, False),
    ("a correction that names its part after the question's number ('I made a mistake in Q2 (a). The corrected "
     "count is …') corrects that part", ".md",
     "## Q2. Multiplications\nStandard: 12 × 12 × 75 × 256 = 2,764,800.\nDepthwise separable: depthwise 8 × 8 × 25 × 3 = "
     "4,800; pointwise 8 × 8 × 3 × 256 = 49,152; sum = 53,952.\n## Q3. Poisson\nL = λ − y ln λ\n## Correction to Q2\n"
     "I made a mistake in Q2 (a): the kernel fits only at 8×8 output positions. The corrected count is\n"
     "8 × 8 × 75 × 256 = 1,228,800 multiplications.\nPart (b) is unchanged.\n", "conv.standard", 1228800, False),
    ("... and the heading 'Correction to Q2' names a question, not the part read last (no second look at it)", ".md",
     "## Q2. Multiplications\nStandard: 12 × 12 × 75 × 256 = 2,764,800.\nDepthwise separable: depthwise 8 × 8 × 25 × 3 = "
     "4,800; pointwise 8 × 8 × 3 × 256 = 49,152; sum = 53,952.\n## Q3. Poisson\nL = λ − y ln λ\n## Correction to Q2\n"
     "I made a mistake in Q2 (a): the kernel fits only at 8×8 output positions. The corrected count is\n"
     "8 × 8 × 75 × 256 = 1,228,800 multiplications.\nPart (b) is unchanged.\n", "conv.depthwise", 53952, False),
    ("a line of answers in cells ('1a 0.00443 | 1b 0.0372 | … | 3 lam - y log lam'): one cell's expression makes no "
     "operands of the other cells' answers", ".txt",
     "QUESTION 1\n  (b) dE/dw21 = 0.042210 x 0.88080 = 0.0372\n  Hidden delta = 0.042210 x 0.88080 x (1 - 0.88080) = "
     "0.0044318\n  (a) dE/dw11 = 0.0044318 x 1 = 0.00443\nQUESTION 2\n  (a) 1228800  (b) 53952\n"
     "ANSWERS AT A GLANCE\n  1a 0.00443 | 1b 0.0372 | 2a 1228800 | 2b 53952 | 3 lam - y log lam\n",
     "backprop.dw21", 0.0372, False),
    ("quantities in words multiplied after the part's label ('dE/dw21 = output delta × h1 = … = 0.03718') go on "
     "with the label", ".txt",
     "Q1 Backprop\nOutput delta = (o − t)·o(1 − o) = 0.3677 × 0.1148 = 0.04221\n"
     "dE/dw21 = output delta × h1 = 0.04221 × 0.8808 = 0.03718\n"
     "Hidden delta = (0.5·0.04221 + 0.5·0.04221) × h(1 − h) = 0.04221 × 0.1050 = 0.004432\n"
     "dE/dw11 = hidden delta × x1 = 0.004432\n", "backprop.dw21", 0.03718, False),
    ("a closing list numbered on its own ('4. Q2(a) 1,228,800'): the item's number is no value, and the question's "
     "word and number name another question's (a)", ".md",
     "## 1 Backprop\n\n- ∂E/∂w21 = δ_out · h1 = 0.037179\n- ∂E/∂w11 = δ_hid · x1 = 0.0044318\n\n## 2 Conv mults\n\n"
     "Standard: 1,228,800\nDepthwise separable: 4,800 + 49,152 = 53,952\n\n### Final answers\n1. (a) ∂E/∂w11 = 0.0044\n"
     "2. (b) ∂E/∂w21 = 0.0372\n3. (c) –\n4. Q2(a) 1,228,800\n5. Q2(b) 53,952\n", "backprop.dw21", 0.0372, False),
    ("'the mean of' before a loss's terms leads to the formula ('the loss is the mean of λᵢ − yᵢ log λᵢ')", ".txt",
     "Q3 Poisson regression\nWe minimise the negative log-likelihood, so the loss is the mean of λᵢ − yᵢ log λᵢ\n",
     "poisson.loss", None, False),
    ("a new sentence run on after the formula ('… ] The log(yᵢ!) term is constant') is no part of it", ".txt",
     "Q3 Poisson regression\nLoss: L = ∑ᵢ [λᵢ − yᵢ log λᵢ + log(yᵢ!)] The log(yᵢ!) term does not depend on the weights.\n",
     "poisson.loss", None, False),
    ("'just' before the formula, and a bracket of words the line's end left open ('μ − y log μ (this is')", ".txt",
     "Q3 Poisson loss\nlog y! does not depend on the model, so the Poisson loss is just μ − y log μ (this is\n"
     "what the library calls the Poisson NLL).\n", "poisson.loss", None, False),
    ("'together N' after the stages is their total ('…; together $53{,}952$ multiplications')", ".tex",
     "\\section*{Q2 convolution}\nDepthwise $8\\times8\\times3\\times25=4{,}800$, pointwise $64\\times3\\times256=49{,}152$; "
     "together $53{,}952$ multiplications.\n", "conv.depthwise", 53952, False),
    ("a P.S. that corrects an answer marked earlier supersedes it (flagged: two firm answers)", ".md",
     "## Q1 backprop\ndE/dw21 = **−0.0372**\n\n## Q2 convolution\n1,228,800 and 53,952\n\n---\n\nP.S. my sign in Q1 is "
     "wrong, dE/do = (o − t). So it should be positive: **dE/dw21 = +0.0372**.\n", "backprop.dw21", 0.0372, True),
    ("two bold claims in one sentence: each value is its own label's ('**A = x** and **B = y**')", ".md",
     "## Q1 backprop gradient\nso **dE/dw11 = 0.00443** and **dE/dw21 = 0.0372**.\n", "backprop.dw21", 0.0372, False),
    ("'∴ **value**' on a line of its own concludes the part its working is about", ".md",
     "## Question 2 — multiplications\nStandard: each output is a 5×5×3 dot product = 75 multiplications; "
     "$8\\cdot8\\cdot256 = 16384$ output numbers.\n\n∴ **1,228,800**\n\nDepthwise separable: depthwise stage 4800; "
     "pointwise stage $8\\cdot8\\cdot256 \\times 3 = 49152$.\n\n∴ **53,952**\n", "conv.standard", 1228800, False),
    ("a closing table whose column header states the scale ('Value (×10⁻³)'): the cell is read at it", ".md",
     "## Q1 backprop\nDerived symbolically; numbers in the table.\n\n## Results\n\n| Q | Quantity | Value (×10⁻³) |\n"
     "|---|---|---|\n| 1(a) | ∂E/∂w₁₁ | 4.432 |\n| 1(b) | ∂E/∂w₂₁ | 37.18 |\n", "backprop.dw11", 0.004432, False),
    ("... and a count's column 'in millions'", ".md",
     "## Q2 convolution\nCounted per output value.\n\n| Q | Convolution | Multiplications (in millions) |\n|---|---|---|\n"
     "| 2(a) | standard | 1.2288 |\n| 2(b) | depthwise separable | 0.053952 |\n", "conv.depthwise", 53952, False),
    ("... and thousands written ('000) in an ASCII box, whose dot is then no thousands' separator", ".txt",
     "Q2 convolution counts\n+------+------------------------+------------------------+\n"
     "| part | convolution            | multiplications ('000) |\n+------+------------------------+------------------------+\n"
     "| 2(a) | standard               |  1,228.8               |\n| 2(b) | depthwise separable    |     53.952             |\n"
     "+------+------------------------+------------------------+\n", "conv.depthwise", 53952, False),
    # (class, file suffix, text, part, value (None: no answer; for the formula part, the verdict
    # if not correct), review expected)
    ("two equations of one display set apart by '\\qquad' (the distribution's pmf, then the loss 'L = … = …'): two "
     "statements, the loss the named one", ".tex",
     "\\section{Poisson likelihood}\nFor counts $y_i$ with predicted rate $\\hat y_i > 0$,\n\\[\n"
     "p(y_i\\mid x_i) = \\frac{\\hat y_i^{\\,y_i} e^{-\\hat y_i}}{y_i!},\n\\qquad\n"
     "\\mathcal{L} = -\\frac1N\\sum_{i=1}^N \\log p(y_i\\mid x_i)\n"
     "= \\frac1N\\sum_{i=1}^N\\left(\\hat y_i - y_i\\log\\hat y_i\\right) + \\text{const}.\n\\]\n", "poisson.loss", None,
     False),
    ("what TeX never typesets ('\\iffalse First thought: MSE … \\fi') is no answer", ".tex",
     "\\begin{document}\n\\section*{Problem 3}\n\\iffalse\nFirst thought: mean squared error\n"
     "$L = \\frac1N \\sum_i (y_i - \\hat y_i)^2$.\n\\fi\nThe negative log-likelihood\n"
     "\\[\n  \\boxed{L(\\mu, y) = \\mu - y\\log\\mu + \\log y!}\n\\]\n\\end{document}\n", "poisson.loss", None, False),
    ("a word of prose run into a loss ('… + log(y!) averaged') is read as a constant factor: flagged, whatever it "
     "compares to", ".md", "Q3 Poisson loss\nL = λ − y log λ + log(y!) averaged\n", "poisson.loss", None, True),
    ("a sheet in words the spec does not know, with working, has every part flagged, never a silent zero", ".txt",
     "Aufgabe 1: Ableitungen 0,0044 und 0,0372 (Kettenregel, 2 Schichten, 4 Gewichte).\n"
     "Aufgabe 2: Standardfaltung 1228800 Multiplikationen, separierbar 4800 plus 49152, zusammen 53952.\n"
     "Aufgabe 3: Verlustfunktion aus der Verteilung mit Rate 7 und 3 Beobachtungen.\n",
     "conv.standard", None, True),
    ("... but a header's roll number and date alone are no answers", ".md",
     "# Assignment\n\n**Name:** A. Student\n**Roll No.:** 210260011\n**Date:** 16 February 2024\n",
     "conv.standard", None, False),
    ("a closing table's row of another question's part ('2(a)') is no marker of this one's (a)", ".md",
     "## Q1 backprop\nWorked on paper, by the chain rule through the sigmoid.\n\n"
     "## Q2 convolution\n1,228,800 and 53,952\n\n## Answers (gradient summary)\n\n| 1(a) | 0.0044 |\n"
     "| 1(b) | 0.0372 |\n| 2(a) standard | 1228800 |\n", "backprop.dw11", 0.0044, False),
    ("a closing answers table that numbers parts '2.2' (question 2, its second part)", ".md",
     "**Problem 1** — backprop: dE/dw11 = 0.0044 and dE/dw21 = 0.037\n\n**Problem 2** — the convolution "
     "counts were worked on paper.\n\n## Final answers\n\n| Problem | Answer |\n|---|---|\n| 2.1 | 1228800 |\n"
     "| 2.2 | 53952 |\n", "conv.depthwise", 53952, False),
    ("a PDF table row whose columns lost their gap: 'name = expression value'", ".txt",
     "Q1 backprop\n| 4 ∂E/∂w₂₁ = δₒh₁ | 0.03718 |\n5 δₕ = (w₂₁δₒ₁ + w₂₂δₒ₂)h₁(1 − h₁) 0.004432\n"
     "6 ∂E/∂w₁₁ = δₕx₁ 0.004432\n", "backprop.dw11", 0.004432, False),
    ("'total N' without a relation sign, its rounded form in brackets after it, is one answer", ".txt",
     "Q2 convolution\n(b) depthwise: 8 × 8 × 3 × 25 = 4800; pointwise: 8 × 8 × 256 × 3 = 49152; "
     "total 53,952 (≈ 54K),\ni.e. about 23× cheaper.\n", "conv.depthwise", 53952, False),
    ("'total N' in LaTeX grouping, ending its sentence, after the two stages", ".md",
     "## Q2 convolution\n(b) depthwise $8\\cdot8\\cdot5\\cdot5\\cdot3=4\\,800$; pointwise $8\\cdot8\\cdot3\\cdot256"
     "=49\\,152$; in all $53\\,952$.\n", "conv.depthwise", 53952, False),
    ("... and 'Total N multiplications.' on the line after a stage", ".txt",
     "Q2 convolution\n(b) depthwise 8*8*3*25 = 4,800, pointwise\n      3*256*64 = 49,152. Total 53,952 "
     "multiplications.\n", "conv.depthwise", 53952, False),
    ("a count written with dots grouping thousands ('53.952', as in German) is read so, and flagged", ".txt",
     "Aufgabe 2 convolution\n(b) depthwise separable: 4.800 + 49.152 = 53.952 Multiplikationen\n",
     "conv.depthwise", 53952, True),
    ("a PDF's line wrap inside a number grouped by spaces ('= 53\\n952')", ".txt",
     "Q2 convolution\n(b) Depthwise separable: 8 × 8 × 3 × 25 + 8 × 8 × 3 × 256 = 4 800 + 49 152 = 53\n"
     "952 multiplications\n", "conv.depthwise", 53952, False),
    ("a total written under a rule below the working, as sums are done by hand", ".txt",
     "Q2 convolution\n(b) depthwise separable:  8*8*3*25   =    4800\n                      + 8*8*256*3  =   49152\n"
     "                                    -------\n                                      53952\n",
     "conv.depthwise", 53952, False),
    ("a value crossed out with combining strokes (a phone's strike-through) is not read; the one after it is", ".txt",
     "Q2 convolution\n(b) depthwise 4800 + pointwise 49152 = 4̶9̶1̶5̶2̶  53952 (forgot the first stage)\n",
     "conv.depthwise", 53952, False),
    ("... nor is the gap it leaves after a relation a column's edge", ".txt",
     "Q2 convolution\n(b) 4800 + 49152 = 49152  ->  4̶9̶1̶5̶2̶  53952 (forgot the first stage)\n",
     "conv.depthwise", 53952, False),
    ("a value the student doubts ('49,152? (not sure which one)') is read and flagged", ".txt",
     "Q2 convolution\n(b) depthwise 4,800 and pointwise 49,152, so the answer is 49,152? (not sure which one)\n",
     "conv.depthwise", 49152, True),
    ("... and so is one followed by 'maybe'", ".txt",
     "Q2 convolution\n(b) depthwise separable total = 53,952 maybe, if both steps count\n",
     "conv.depthwise", 53952, True),
    ("mid-sentence, 'so N in total' after the stages is the total", ".txt",
     "Q2 convolution: the depthwise separable one needs 8*8*3*25 = 4800 for the depthwise part plus 8*8*3*256 = 49152 "
     "for the pointwise part so 53952 in total which is roughly 23 times less\n",
     "conv.depthwise", 53952, False),
    ("a sentence wrapped at its connective goes on with the marked value on the next line", ".tex",
     "\\section{Convolution cost}\nDepthwise separable: depthwise $8\\cdot8\\cdot3\\cdot25=4800$, pointwise "
     "$8\\cdot8\\cdot256\\cdot3=49152$, so\n$\\fbox{$53952$}$ in total.\n",
     "conv.depthwise", 53952, False),
    ("... and an answer word ending its line, as a PDF wraps 'Total' before its boxed value", ".txt",
     "Q2 convolution\n(b) depthwise 8 × 8 × 3 × 25 = 4800, pointwise 8 × 8 × 3 × 256 = 49152. Total\n53952\n",
     "conv.depthwise", 53952, False),
    ("... a connective before a boxed value on its own line too", ".md",
     "## Q2 convolution\nDepthwise 4800 and pointwise 49152, hence **53952** multiplications.\n",
     "conv.depthwise", 53952, False),
    ("'… i.e. 53952 multiplications in total.': the relation that ends the sentence says it concludes", ".txt",
     "Q2. Multiplications\n(b) Depthwise separable convolution: 8 x 8 x 3 x 25 = 4800 for the depthwise part plus 8\n"
     "x 8 x 3 x 256 = 49152 for the pointwise part, i.e. 53952 multiplications in total.\n",
     "conv.depthwise", 53952, False),
    ("a value framed in plain text under its expression is the marked value of that expression", ".txt",
     "Q2 Convolutions\nstandard: 256 filters of 5x5x3, 8x8 outputs each\n  8*8*256*75\n\n"
     "  +-------------+\n  |  1,228,800  |\n  +-------------+\n",
     "conv.standard", 1228800, False),
    ("names and values in parallel, as a program assigns them: each value is its name's part", ".txt",
     "Q1 backprop\ndelta_hid = 0.04221 * 0.1050 = 0.004432\ndE/dw11, dE/dw21 = 0.004432, 0.03718\n",
     "backprop.dw21", 0.03718, False),
    ("'Final answer: (a) … (b) …': the markers after the answer words cut the line", ".txt",
     "Q2 (a), (b). Working: depthwise 8 × 8 × 3 × 25 = 4,800, pointwise 8 × 8 × 3 × 256 = 49,152.\n"
     "Final answer: (a) 1,228,800 (b) 53,952\n",
     "conv.depthwise", 53952, False),
    ("'total \\num{N}' in siunitx after the stages", ".tex",
     "\\section*{Q2 convolution}\n(b) $8\\cdot8\\cdot3\\cdot25 = \\num{4800}$, $8\\cdot8\\cdot3\\cdot256 = \\num{49152}$, "
     "total $\\num{53952}$.\n", "conv.depthwise", 53952, False),
    ("siunitx's prefix scales its number ('\\SI{1.2288}{\\mega\\mult}')", ".tex",
     "\\section*{Q2 convolution}\n(a) $64 \\times 256 \\times 75 = \\SI{1.2288}{\\mega\\mult}$\n",
     "conv.standard", 1228800, False),
    ("'sum N' after the stages", ".md",
     "## Q2 convolution\nb) depthwise 8×8×3×25 = 4,800 ; pointwise 8×8×3×256 = 49,152 ; sum 53,952\n",
     "conv.depthwise", 53952, False),
    ("a marker followed by a number of what it counts ('(a) 256 filters of size 5×5×3') is the set-up", ".md",
     "## Q2 convolution\n(a) $256$ filters of size $5\\times5\\times3$, slid over $8\\times 8$ positions: "
     "$256 \\times 75 \\times 64 = 1{,}228{,}800$.\n", "conv.standard", 1228800, False),
    ("... and so is a relation's value followed by what it counts and a product", ".txt",
     "Q2 convolution\n(a) Standard convolution: 256 filters × (5·5·3 = 75) × 64 output positions = 1.2288 M\n",
     "conv.standard", 1228800, False),
    ("a labelled step that the next line's working multiplies is no conclusion", ".txt",
     "Q2 convolution\n(a) normal conv me har output pixel ke liye 5x5x3 = 75 multiply, aur 8x8x256 outputs hai\n"
     "    => 75 * 8*8*256 = 12,28,800 multiplications\n", "conv.standard", 1228800, False),
    ("a value given later on a line that opens with a correction is the corrected answer", ".md",
     "## Q2 convolution\n(b) depthwise separable: 8·8·3·25 + 8·8·256 = 21,184\n\n"
     "Correction: I forgot the 3 input channels in the pointwise step, so the count is **53,952**.\n",
     "conv.depthwise", 53952, False),
    ("a matrix's cells are no table row: unlabelled matrices are read by position (and flagged)", ".md",
     "**1)** Backprop through the sigmoid network.\n\nGradient w.r.t. the first-layer weights:\n\n"
     "$$\\begin{bmatrix} 0.004432 & 0.004432 \\\\ 0.004432 & 0.004432 \\end{bmatrix}$$\n\n"
     "Gradient w.r.t. the second-layer weights:\n\n"
     "$$\\begin{bmatrix} 0.03718 & 0.03718 \\\\ 0.03718 & 0.03718 \\end{bmatrix}$$\n",
     "backprop.dw11", 0.004432, True),
    ("... but 'Ans 2.' is a heading, not the answer 2", ".txt",
     "Ans 1.\ndE/dw11 = 4.43×10⁻³ and dE/dw21 = 0.0372\nAns 2.\nStandard convolution: 1,228,800 "
     "multiplications\n", "conv.standard", 1228800, False),
    ("a named loss that drops the target, after the full negative log-likelihood, is the student's answer",
     ".txt", "Q3 Poisson loss\nNLL of Poisson(λ): −log(λ^y e^(−λ) / y!) → dropping the terms that do not "
     "depend on the\nparameters, L = λ − log(λ)\n", "poisson.loss", "incorrect", True),
    ("... and a bare symbol after the loss is no formula of it", ".md",
     "## Q3 Poisson loss\n$$L = \\hat\\mu - y\\log\\hat\\mu$$ where the rate is\n$$= \\hat\\mu$$\n",
     "poisson.loss", None, False),
    ("a right value in the working that the concluding (wrong) one goes past is named for review", ".txt",
     "Q2 convolution multiplications\n(a) standard: 8 x 8 x 256 x 75 = 1,228,800\n"
     "So the standard convolution needs 1,288,800 multiplications in total.\n",
     "conv.standard", 1288800, True),
    ("... but a known partial mistake's value in the working (one stage of a sum) is no reason", ".txt",
     "Q2 convolution multiplications\n(b) depthwise separable: depthwise 8 x 8 x 3 x 25 = 4,800, "
     "pointwise 8 x 8 x 256 = 16,384, total = 4,800 + 16,384 = 21,184\n",
     "conv.depthwise", 21184, False),
    ("a slash inside a label is no quotient of two parts", ".txt",
     "Part 1. Backprop in the 2-2-2 sigmoid network.\n"
     "The output delta is 0.04221, so dE/dw11 comes out as about 0.00443 and dE/dw21 = 0.04221*0.881 "
     "which is about 0.0372.\n",
     "backprop.dw21", 0.0372, False),
    ("a quotient of two parts' quantities answers neither", ".md",
     "## Q2 convolution\nStandard convolution: 1,228,800 multiplications.\n"
     "Depthwise separable: 53,952 multiplications.\n"
     "Ratio $M_{separable}/M_{standard} = 0.0439$.\n",
     "conv.depthwise", 53952, False),
    ("a numbered heading with working but none of its topic's words takes the sheet's question", ".md",
     "## Q1 backpropagation\n$\\frac{\\partial E}{\\partial w_{11}} = 0.0044318$\n\n"
     "## Q2\n$N_{std} = 64 \\cdot 256 \\cdot 75 = \\boxed{1\\,228\\,800}$\n\n"
     "## Q3 Poisson loss\n$L = \\lambda - y \\log \\lambda$\n",
     "conv.standard", 1228800, False),
    ("terse numbered answers '2a) …' open their question and part", ".txt",
     "1a) dE/dw11 = 4.43e-3\n1b) dE/dw21 = 3.72e-2\n2a) 8*8*256*75 = 1228800\n2b) 8*8*3*256 = 49152\n"
     "3)  Poisson loss L = mu - y ln(mu)\n",
     "conv.depthwise", 49152, False),
    ("... and '3) …' after them opens question 3, not a continuation", ".txt",
     "1a) dE/dw11 = 4.43e-3\n1b) dE/dw21 = 3.72e-2\n2a) 8*8*256*75 = 1228800\n2b) 8*8*3*256 = 49152\n"
     "3)  Poisson loss L = mu - y ln(mu)\n",
     "conv.standard", 1228800, False),
    ("'Q2 (a) value' in a closing answers block, with no relation", ".txt",
     "Working\nall weights 0.5, x = [1,1]\n  std = 64 * 256 * 75\n\nANSWERS\n-------\n"
     "Q1 (a)  dE/dw11 =  0.00443\nQ1 (b)  dE/dw21 = 0.0372\nQ2 (a)  1.2288e6 multiplications\n"
     "Q2 (b)  53952 multiplications\n",
     "conv.depthwise", 53952, False),
    ("a scale letter after LaTeX spacing is a scale, and a term with one is no value", ".md",
     "## Q2 convolution multiplications\n"
     "$$\\text{Depthwise separable: } N = 4.8 \\mathrm{~K}+49.152 \\mathrm{~K} = 53.952 \\mathrm{~K}$$\n",
     "conv.depthwise", 53952, False),
    ("a scale glued to the digits in a table cell", ".md",
     "## Q2 convolution multiplications\n| | count |\n|---|---|\n| Standard | 1228.8K |\n"
     "| Depthwise separable | 53.952K |\n",
     "conv.standard", 1228800, False),
    ("a number, the words of what it counts, then '+': a term, not the answer", ".md",
     "## Q2 convolution multiplications\n| | count | how |\n|---|---|---|\n"
     "| Depthwise separable | 53.95K | 4.8K depthwise + 49.15K pointwise |\n",
     "conv.depthwise", 53950, False),
    ("a percentage is never a count", ".txt",
     "Q2. Convolution multiplications. Standard convolution: 1228800. Depthwise separable "
     "convolution total = 53952, a reduction of 95.61 %\n",
     "conv.depthwise", 53952, False),
    ("a LaTeX tabular row with siunitx numbers reads as a table row", ".tex",
     "\\section*{Q2 convolution multiplications}\n\\begin{tabular}{lll}\n"
     "standard & $8\\times8\\times256\\times75$ & \\num{1228800}\\\\\n"
     "separable total & & \\num{53952}\\\\\n\\end{tabular}\n",
     "conv.depthwise", 53952, False),
    ("an expression a PDF wrapped before its times sign ('… · x₁ = 0.04221' over '× 0.1050 = 0.00443') goes on: the "
     "chain's last value is the part's", ".txt",
     "Q1. Backpropagation\n(a) Using ∂E/∂o = (o − t):\n∂E/∂w₁₁ = [(o₁ − t₁)o₁(1 − o₁)w₂₁ + (o₂ − t₂)o₂(1 − o₂)w₂₂] · "
     "h₁(1 − h₁) · x₁ = 0.04221\n× 0.1050 = 0.00443\n", "backprop.dw11", 0.00443, False),
    ("a part that points back to a value given in another part's working ('See above (0.0372).'): the bracketed "
     "value restates it, it uses nothing as an operand", ".txt",
     "Question 1\nPart (a)\nBackward: δo1 = (o1 − t1)·o1·(1 − o1) = 0.3677 × 0.1148 = 0.0422. Note that\nthis already "
     "gives part (b): dE/dw21 = δo1·h1 = 0.0422 × 0.8808 = 0.0372.\nThen δh1 = 0.0422 × 0.1050 =\n0.00443, and "
     "dE/dw11 = δh1 · x1 = 0.00443.\nPart (b)\nSee above (0.0372).\nPart (c)\nI have not done the code part.\n",
     "backprop.dw21", 0.0372, False),
    ("a closing list under a title that lists the answers again ('**Final answers**') that gives another value "
     "than the working ('53,592' after '= 53,952') is the student's last word: graded, the working's named", ".md",
     "## Q2\n\nDepthwise separable: total $= 4{,}800 + 49{,}152 = 53{,}952$.\n\n**Final answers**\n\n"
     "- standard conv = 1,228,800 multiplications\n- depthwise separable conv = 53,592 multiplications\n",
     "conv.depthwise", 53592, True),
    ("a count worked out in words on its line ('8 × 8 × 256 outputs, 75 mults each: 1,228,800'): the numbers "
     "before the colon multiply to it, so the colon states a result", ".md",
     "## 2\n(a) 8 × 8 × 256 outputs, 75 mults each: 1,228,800.\n\n(b) 4,800 + 49,152 = 53,952\n", "conv.standard",
     1228800, False),
    ("... and so with the part's marker and the question's number opening the line ('2(a) 8 × 8 × 256 outputs, …'): "
     "the marker's number is no factor", ".md",
     "## 2\n2(a) 8 × 8 × 256 outputs, 75 mults each: 1,228,800.\n\n2(b) 4,800 + 49,152 = 53,952\n", "conv.standard",
     1228800, False),
    ("a table's working cell and answer cell joined by a PDF ('| (a) standard conv | 8·8·256 × 5·5·3 1,228,800 |'): "
     "the arithmetic comes to the number, so it is its result, not the spatial size worked out above", ".md",
     "## 2. Multiplications\nOutput spatial size: 12 − 5 + 1 = 8.\nformula multiplications\n"
     "| (a) standard conv | 8·8·256 × 5·5·3 1,228,800 |\n| (b) depthwise step | 8·8·3 × 5·5 | 4,800 |\n"
     "| (b) pointwise step | 8·8·256 × 3 | 49,152 |\n| (b) depthwise separable total | 53,952 |\n", "conv.standard",
     1228800, False),
    ("a note in brackets that ends the chain and gives a value of the problem ('… = 0.0044315 = ∂E/∂w11 (x1 = 1)') "
     "is what the working used, not its result", ".md",
     "### Working\nx = (1, 1), all weights 0.5, b1 = b2 = 1, t = (0.5, 0.5).\n\n"
     "δo1 = (o1 − t1)·o1(1−o1) = 0.36770 × 0.11479 = 0.042209\n∂E/∂w21 = 0.042209 × 0.88080 = 0.037178\n"
     "∂E/∂w11 = 0.0044315 (x1 = 1)\n", "backprop.dw11", 0.0044315, False),
    ("a program's print of several pairs two blanks apart ('depthwise = 4800  pointwise = 49152  total = 53952'): "
     "each pair is its own statement, the total is the part's", ".md",
     "## Problem 2\n```\nstandard conv mults = 1228800\ndepthwise = 4800  pointwise = 49152  total = 53952\n```\n",
     "conv.depthwise", 53952, False),
    ("two values offered, each with a short note in brackets ('either **53,952** (valid positions) or **59,952** (input "
     "size)'): graded at the one that earns less, and a person asked", ".md",
     "### Problem 2\n**(b)** The pointwise part is $8\\times8\\times3\\times256 = 49{,}152$.\n\n"
     "So the total is either **53,952** (valid positions) or **59,952** (input size), I have written both.\n",
     "conv.depthwise", 59952, True),
    ("a derivative's label written in words ('so the derivative of E with respect to w21 is about 0.0372')", ".txt",
     "## Question 1\nGiven values: x = [1, 1], weights all 0.5, b1 = 1, b2 = 1, t = [0.5, 0.5].\n\n"
     "For the output weight w21 we need the output delta: (o1 − t1)·o1(1 − o1) = 0.3677 × 0.1148 = 0.04221, and then "
     "multiply by h1 = 0.8808. This gives 0.04221 × 0.8808 = 0.03718, so the derivative of E with respect to w21 is "
     "about 0.0372.\n", "backprop.dw21", 0.0372, False),
    ("... but a doubt the student then settles ('Not sure what counts as … : if … 4,800. If … 53,952. I'll go with the "
     "MobileNet one → **53,952**') is a choice: no second value offered", ".md",
     "## Q2\n(b) Not sure what counts as \"depthwise separable\" in the question: if it means only the depthwise "
     "filtering, it is 8·8·3·25 = 4,800. If it means depthwise + the 1×1 pointwise conv, it is 4,800 + 49,152 = 53,952.\n"
     "I'll go with the MobileNet one → **53,952**.\n", "conv.depthwise", 53952, False),
    ("a doubt that opens the part's paragraph ('I am honestly not sure what the question wants. If … 4,800; if … "
     "53,952') offers both values: graded at the lesser, named", ".md",
     "## 2\n(b) Here I am honestly not sure what the question wants. If it means only the depthwise step then it is "
     "8·8·3·25 = 4,800; if it includes the pointwise step it is 4,800 + 49,152 = 53,952.\n", "conv.depthwise",
     4800, True),
    ("a program's printed line of a name and a number alone ('standard       1228800', its column gap wide) "
     "gives the number to the part the whole name labels", ".md",
     "## Q2\n\n```\nstandard       1228800\ndepthwise separable  53952\n```\n", "conv.standard", 1228800, False),
    ("an answers table whose rows name parts by the question's number and the letter after a space ('| Q2 b | "
     "53952 |') names them: its value is read beside the working's stage (which grades otherwise: named)", ".md",
     "## Summary of answers\n\n| Part | Answer |\n|---|---|\n| Q2 a | 1228800 |\n| Q2 b | 53952 |\n\n## Working\n\n"
     "Q2: 8 × 8 × 256 × 5 × 5 × 3 for standard; depthwise 8 × 8 × 3 × 5 × 5 = 4800 plus pointwise 8 × 8 × 3 × 256 "
     "= 49152.\n", "conv.depthwise", 53952, True),
    ("a rounded restatement in a closing summary is the student's last word: graded as written, the precise "
     "working value named for a person", ".md",
     "## Q2 convolution multiplications\nStandard convolution: total = 1,228,800.\n"
     "Depthwise separable: total = 53,952.\n\n## Summary\n| part | answer |\n|---|---|\n"
     "| standard convolution | $1.23$ M |\n",
     "conv.standard", 1230000, True),
    ("... but its rounding beside the precise value on the same line goes on with it: the precise value is the "
     "answer (the rounding, which grades otherwise, named for a person)",
     ".md", "## Q2 convolution multiplications\n(a) Standard: 8 · 8 · 256 · 75 = 1,228,800 ≈ 1.23 × 10^6.\n",
     "conv.standard", 1228800, True),
    ("a run-in LaTeX title ('\\paragraph{Q3.} text') opens its question", ".tex",
     "\\begin{document}\n\\paragraph{Q2.} Standard convolution: $8\\cdot8\\cdot256\\cdot75 = 1228800$; "
     "depthwise separable: $4800 + 49152 = 53952$.\n\n"
     "\\paragraph{Q3.} Generalised linear model with log link and a Poisson outcome: "
     "$L = \\sum_i (\\lambda_i - y_i \\log \\lambda_i)$.\n\\end{document}\n",
     "conv.depthwise", 53952, False),
    ("values no label names, one marked per part: read by position and flagged", ".tex",
     "\\begin{document}\n\\paragraph{Q2.}\n\\begin{align*}\n"
     "C_{\\text{plain}} &= 64 \\cdot 256 \\cdot 75 = \\boxed{1\\,228\\,800}\\\\\n"
     "C_{\\text{light}} &= 4800 + 49152 = \\boxed{53\\,952}\n\\end{align*}\n\\end{document}\n",
     "conv.depthwise", 53952, True),
    ("bold around inline math ('= **$0.03718$**') marks the value", ".md",
     "## Question 1 gradient\n$\\partial E/\\partial w_{21} = \\delta_{o1}\\,h_1 = 0.04221 \\times 0.8808 =$ "
     "**$0.03718$**\n",
     "backprop.dw21", 0.03718, False),
    ("'total **value**' after a struck-out subtotal: the marked total", ".md",
     "## Question 2 multiplications\n(b) depthwise $8\\times8\\times3\\times25=4{,}800$; pointwise "
     "$8\\times8\\times3\\times256=49{,}152$;\n~~$49{,}152$~~ total **$53{,}952$**\n",
     "conv.depthwise", 53952, False),
    ("interpreter prompts: an expression and the value it prints, by position, flagged", ".md",
     "## Q2 conv mults\n\n```\n>>> 8*8*256*5*5*3\n1228800\n>>> 8*8*3*5*5 + 8*8*3*256\n53952\n```\n",
     "conv.standard", 1228800, True),
    ("a student who follows the sheet's numbering: 'Question 3' decides against a stray keyword", ".md",
     "Question 1\n\nBackprop gradient $\\partial E/\\partial w_{11} = 0.0044318$\n\n"
     "Question 2\n\nConvolution multiplications 1228800 and 53952.\n\n"
     "Question 3\n\nA sigmoid output would not do for counts; the loss is\n\n"
     "$$\nL = \\sum_i (\\lambda_i - y_i \\log \\lambda_i)\n$$\n",
     "poisson.loss", None, False),
    ("a closing answers table names parts by question number and letter ('\\hline 2(b) & …')", ".md",
     "\\section*{Problem 1}\nBackprop: $\\partial E/\\partial w_{11} = 0.0044318$\n\n"
     "\\section*{Problem 2}\nConvolution: $N = 8^2 \\cdot 5^2 \\cdot 3 + 8^2 \\cdot 3 \\cdot 256$\n\n"
     "\\section*{Problem 3}\n$$\n\\mathcal{L}=\\hat{y}-y \\ln \\hat{y}\n$$\n\n\\section*{Answers}\n\n"
     "\\begin{tabular}{|l|l|}\n\\hline 1(a) & $0.00443$ \\\\\n\\hline 2(a) & $1228800$ \\\\\n"
     "\\hline 2(b) & $53.952 \\mathrm{~K}$ \\\\\n\\hline\n\\end{tabular}\n",
     "conv.depthwise", 53952, False),
    ("what a value counts, right after it: FLOPs beside the multiplications are no answer", ".txt",
     "Q2. Convolution. Standard convolution: 8*8*256*75 = 1,228,800 multiplications, i.e. "
     "2 * 1,228,800 = 2,457,600 FLOPs in total.\n",
     "conv.standard", 1228800, False),
    # -- the failure classes named in the reader's issue --------------------------------------
    ("set-up numbers before the product: '256 filters … at 8×8 positions: 8·8·256·75 = …'", ".md",
     "## Q2 convolution multiplications\n256 filters of 5×5×3 at 8×8 positions: 8·8·256·75 = 1,228,800 "
     "multiplications for the standard convolution.\n",
     "conv.standard", 1228800, False),
    ("a working count in a final block ('taps per filter = 5·5·3 = 75') is no answer", ".md",
     "## Q2 convolution multiplications\nStandard convolution: 8·8·256·75 = 1,228,800.\n\n"
     "Final: standard convolution total = 1,228,800 (taps per filter = 5·5·3 = 75).\n",
     "conv.standard", 1228800, False),
    ("a subtotal first, then 'total = a + b = c'", ".md",
     "## Q2 convolution multiplications\nDepthwise separable: pointwise 8·8·3·256 = 49,152\n"
     "total = 4,800 + 49,152 = 53,952\n",
     "conv.depthwise", 53952, False),
    ("'depthwise … 4,800 plus pointwise … 49,152, total **53,952**'", ".md",
     "## Q2 convolution multiplications\nDepthwise separable: depthwise 4,800 plus pointwise 49,152, "
     "total **53,952**.\n",
     "conv.depthwise", 53952, False),
    ("two parts in one sentence: the first part's value", ".md",
     "## Q1 backprop gradient\nso $\\partial E/\\partial w_{11} = 0.0044$ and "
     "$\\partial E/\\partial w_{21} = 0.0372$.\n",
     "backprop.dw11", 0.0044, False),
    ("two parts in one sentence: the second part's value", ".md",
     "## Q1 backprop gradient\nso $\\partial E/\\partial w_{11} = 0.0044$ and "
     "$\\partial E/\\partial w_{21} = 0.0372$.\n",
     "backprop.dw21", 0.0372, False),
    ("a LaTeX array row of the answers", ".md",
     "## Q2 convolution multiplications\n$$\n\\begin{array}{ll}\n\\text{standard convolution} & 1228800 \\\\\n"
     "\\text{depthwise separable} & 53952\n\\end{array}\n$$\n",
     "conv.depthwise", 53952, False),
    ("a scale word after a decimal ('0.053952 M')", ".txt",
     "Q2. Depthwise separable convolution needs 0.053952 M multiplications in total.\n",
     "conv.depthwise", 53952, False),
    ("Indian scale word ('12.288 lakh')", ".txt",
     "Q2. Standard convolution: total multiplications = 12.288 lakh.\n",
     "conv.standard", 1228800, False),
    ("an approximate '≈54K' is read as 54,000 (not the exact count)", ".txt",
     "Q2. Depthwise separable convolution: total ≈54K multiplications.\n",
     "conv.depthwise", 54000, False),
    ("digits grouped by spaces ('1 228 800')", ".txt",
     "Q2. Standard convolution: total = 1 228 800 multiplications.\n",
     "conv.standard", 1228800, False),
    ("an exponent with spaces ('1.2288 e 6')", ".txt",
     "Q2. Standard convolution: total = 1.2288 e 6 multiplications.\n",
     "conv.standard", 1228800, False),
    ("a fraction of whole numbers that ends the chain is its exact value", ".txt",
     "Q1 backprop gradient\ndE/dw11 = δ_h · x_1 = **1/225** (≈ 0.00444)\n", "backprop.dw11", 1 / 225, False),
    ("... but a fraction is never a count: '19200/843 ≈ 22.8 times fewer' answers no count", ".md",
     "## Q2 convolution\nDepthwise separable: $$75 + 768 = 843 \\text{ multiplications}$$\n"
     "So the separable convolution needs about $19200/843 \\approx 22.8$ times fewer multiplications.\n",
     "conv.depthwise", 843, False),
    ("an equality inside a probability's brackets is its event, not a claim ('P(N = 3) = 1/216')", ".txt",
     "Q2 convolution\nP(N = 3) = 1/216 is unrelated; the depthwise separable count is 53,952.\n",
     "conv.depthwise", 53952, False),
    ("English after a formula ('… in our notation') is not parsed into it", ".txt",
     "Q3 Poisson loss. The loss is L = lambda - y log(lambda) in our notation.\n",
     "poisson.loss", None, False),
    ("'Loss: $$…$$' on one line", ".md",
     "## Q3 Poisson\nLoss: $$L = \\lambda - y \\log \\lambda$$\n",
     "poisson.loss", None, False),
    ("a bare display formula under a heading", ".md",
     "## Q3 Poisson loss\n\n$$\n\\hat{y} - y \\log \\hat{y}\n$$\n",
     "poisson.loss", None, False),
    ("'\\ell(\\hat y, y)' names the loss, not a function applied", ".md",
     "## Q3 Poisson\n$$\\ell(\\hat y, y) = \\hat y - y \\log \\hat y + \\log y!$$\n",
     "poisson.loss", None, False),
    ("the loss, not its derivative nor the pmf", ".md",
     "## Q3 Poisson\n$$P(y|x) = \\frac{\\lambda^y e^{-\\lambda}}{y!}$$\n\n"
     "$$L = \\lambda - y \\log \\lambda$$\n\n$$\\frac{\\partial L}{\\partial \\lambda} = 1 - \\frac{y}{\\lambda}$$\n",
     "poisson.loss", None, False),
    ("a later formula nearly as well supported and graded otherwise flags the part", ".md",
     "## Q3 Poisson\n\nThe loss is\n\n$$L = \\lambda - y \\log \\lambda$$\n\nThen\n\n$$L = (y - \\lambda)^2$$\n",
     "poisson.loss", None, True),
    ("a row of numbers in a bmatrix is a matrix's row, not a table row of answers", ".md",
     "## Q2 convolution multiplications\nStandard convolution: total = 1228800\n\n"
     "$A = \\begin{bmatrix}0.25&0&0.35\\\\-0.1&0.1&-0.1\\end{bmatrix}$\n",
     "conv.standard", 1228800, False),
    ("a value given with both signs ('± 0.00443') is graded at the lesser sign and flagged", ".md",
     "## Q1 backprop gradient\n$$\\frac{\\partial E}{\\partial w_{11}} = \\pm\\, 0.00443$$\n",
     "backprop.dw11", -0.00443, True),
    ("a value with another offered beside it ('0.0372 (or 0.0744 if …)') is graded at the lesser and flagged", ".md",
     "## Q1 backprop gradient\n**dE/dw21 = 0.0372 (or 0.0744 if both outputs count, I am not fully sure)**\n",
     "backprop.dw21", 0.0744, True),
    ("... and in math delimiters ('$+x$ or $-x$ depending on convention'): the lesser, flagged", ".tex",
     "\\textbf{Q1 backprop gradient}\n(a) so the answer is $+0.0044318$ or $-0.0044318$ depending on convention.\n",
     "backprop.dw11", -0.0044318, True),
    ("'the answer is either A or B': the student chose neither, graded at the lesser and flagged", ".tex",
     "\\textbf{Q2 convolution multiplications}\n(a) $8\\cdot8\\cdot256\\cdot75 = 1\\,228\\,800$.\n"
     "(b) I am not sure what is counted. So the answer is either $4\\,800$ or $53\\,952$.\n",
     "conv.depthwise", 4800, True),
    ("a value withdrawn in words right after it ('N (scratch that, …) M') is struck out: M is the answer", ".txt",
     "Q2 convolution multiplications\n2a 2764800 (scratch that, used the input dims) 1228800\n2b 53952\n",
     "conv.standard", 1228800, False),
    ("... and a typo withdrawn the same way in a sentence", ".md",
     "## Q1 backprop gradient\n(b) dE/dw21 = 0.0327 (typo) 0.0372\n",
     "backprop.dw21", 0.0372, False),
    ("an errata list at the end that says 'the answer to 1(b) is X' corrects that part, wherever it stands", ".md",
     "## 1 Backpropagation\n**(b)** ∂E/∂w₂₁ = 0.042210 × 0.880797 = **0.0327**\n\n## 3 Poisson output\n"
     "The loss is λ − y log λ.\n\n## Errata\n\n1. In 1(b) the bold number is a typo. The answer to 1(b) is **0.0372**.\n",
     "backprop.dw21", 0.0372, False),
    ("a fraction read for a count ('… = 0.044 of it', a matrix's entry) is something else: missing, flagged", ".md",
     "## Q2 convolution multiplications\nstandard: 1228800\n\ndepthwise separable = 0.044 of it\n",
     "conv.depthwise", None, True),
    ("a table whose columns are the parts ('| | (a) standard | (b) depthwise separable |'): each column its part's",
     ".md", "## Q2 convolution multiplications\nSee the table.\n\n| | (a) standard | (b) depthwise separable |\n|---|---|---|\n"
     "| per output position | 256 × 75 = 19,200 | 3 × 25 + 256 × 3 = 843 |\n| × 64 positions | **1,228,800** | **53,952** |\n",
     "conv.depthwise", 53952, False),
    ("... but a table of what-if rows under such a header loses to the answer the text states", ".md",
     "## Q2 convolution multiplications\n(a) Standard convolution: 75 × 64 × 256 = 1,228,800 multiplications.\n\n"
     "| Kernel / stride | Standard | Separable |\n|---|---|---|\n| 5×5 / 1 (given) | 1,228,800 | 53,952 |\n"
     "| 3×3 / 1 | 691,200 | 79,500 |\n", "conv.standard", 1228800, False),
    ("'A and B are x and y respectively': each part named takes its value in order", ".txt",
     "Q1 (a),(b): dE/dw11 and dE/dw21 are 0.00443 and 0.0372 respectively. (c) not done.\n", "backprop.dw11", 0.00443,
     False),
    ("... and parts named by their markers ('(a),(b): x and y multiplications respectively')", ".txt",
     "Q2 convolution (a),(b): 1228800 and 53952 multiplications respectively.\n", "conv.depthwise", 53952, False),
    ("a value struck out with \\sout whose number has braces inside ('2{,}764{,}800') is struck out whole", ".tex",
     "\\section*{Q2 convolution multiplications}\n\\paragraph{(a)} Standard convolution: \\sout{$12\\cdot12\\cdot256\\cdot75 = "
     "2{,}764{,}800$} --- only $8\\times8$ positions, so\n\\[\n8\\cdot 8\\cdot 256\\cdot(5\\cdot5\\cdot3)=1{,}228{,}800 .\n\\]\n",
     "conv.standard", 1228800, False),
    ("'row w21 is part (b)': the symbol the student says answers a part is its label, a weight's name too", ".md",
     "## Problem 1 backprop\n(a) and (b): every gradient is in the table below (row w11 is part (a), row w21 is part "
     "(b)).\n\n| weight | joins | gradient |\n|---|---|---|\n| w11 | x1 → h1 | 0.0044318 |\n| w12 | x1 → h2 | 0.0044318 |\n"
     "| w21 | h1 → o1 | 0.037179 |\n| w22 | h1 → o2 | 0.037179 |\n", "backprop.dw11", 0.0044318, False),
    ("'ignore the above' before a second formula: the loss given after the retraction is the answer", ".txt",
     "Q3)\nFor regression we normally minimise the squared error\n   L = 1/N sum (y - yhat)^2\nwhich assumes Gaussian noise."
     "\n\nignore the above, y given x is Poisson here. Taking the negative log of the pmf:\n\n"
     "   L = lambda - y ln(lambda) + ln(y!)\n\nthis is the loss.\n", "poisson.loss", None, False),
    ("... but the same value written otherwise ('0.0372 (or 3.72 × 10⁻²)') offers nothing", ".md",
     "## Q1 backprop gradient\ndE/dw21 = 0.0372 (or 3.72 × 10⁻² in scientific form)\n",
     "backprop.dw21", 0.0372, False),
    ("a terse sheet whose numbering is not the sheet's: the questions it does not name are flagged", ".txt",
     "GNR638 Assgn 2\n\n1) 1228800\n2) 53952\n3) L = y ln λ − λ\n4) 0.00443\n5) 0.0422\n",
     "conv.standard", None, True),
    ("Roman numerals: 'PART II' numbers its question, '(ii)' marks the second part", ".txt",
     "PART I\n(i)   value = 0.004432\n(ii)  value = 0.03718\n\nPART II\n(i)   8 × 8 × 256 × 75 = 1228800\n"
     "(ii)  4800 + 49152 = 53952 multiplications\n\nPART III\n      use L = λ − y log λ\n",
     "conv.depthwise", 53952, False),
    ("both signs offered as two readings ('−x (lecture) / +x (direct)'): the lesser, flagged", ".txt",
     "Q1 backprop gradient\nso dE/dw11 = −0.004432 (lecture convention) / +0.004432 (direct differentiation)\n",
     "backprop.dw11", -0.004432, True),
    ("a second look after the answer with no new value flags the part", ".txt",
     "Q2 convolution multiplications\n(b) depthwise separable: 4,800 + 49,152 = 53,952\n\n"
     "Recheck: the multiplications that make the 256 channels are the pointwise ones, 8 × 8 × 3 × 256.\n",
     "conv.depthwise", 53952, True),
    ("'(exact: 1,228,800)' after a rounded figure: the exact count is the answer", ".md",
     "## Q2 convolution multiplications\n(a) Standard convolution: 8·8·256·75 ≈ 1.23 million multiplications "
     "(exact: 1,228,800)\n",
     "conv.standard", 1228800, False),
    ("one paragraph that answers every question is cut where its sentences change topic", ".md",
     "**GNR 638 Assignment 2.** For the convolution question, the standard convolution computes "
     "$8 \\times 8 \\times 256 = 16{,}384$ outputs of $75$ multiplications each, so in total "
     "$1{,}228{,}800$ multiplications, and the depthwise separable convolution needs $4{,}800 + 49{,}152 = "
     "53{,}952$ multiplications altogether. Finally, when the output given the input is Poisson distributed "
     "with rate $\\lambda_i$, the loss is the negative log-likelihood $L = \\sum_i (\\lambda_i - y_i "
     "\\log \\lambda_i)$, minimised over the parameters.\n",
     "poisson.loss", None, False),
    ("'…, i.e. 53,952 multiplications' states the value", ".md",
     "## Q2 convolution multiplications\nDepthwise separable: 4,800 + 49,152 multiplications, "
     "i.e. 53,952 in all (≈ 0.1 MFLOPs with the additions).\n",
     "conv.depthwise", 53952, False),
    ("a subtotal named by the part's label, then the total after 'i.e.' (the stages are steps: a later "
     "claim no expression uses concludes)", ".md",
     "## Q2 convolution multiplications\n(b) Depthwise separable: 8·8·3·25 = 4,800 and 8·8·256·3 = "
     "49,152, i.e. 53,952 multiplications.\n", "conv.depthwise", 53952, False),
    ("a note after a formula ('(log y! dropped)', '(+ const)') is no factor of it", ".md",
     "## Q3 Poisson\nLoss over the data: **L(w) = Σᵢ [ exp(wᵀxᵢ) − yᵢ wᵀxᵢ ]**  (log y! dropped)\n",
     "poisson.loss", None, False),
    ("an implication starts a new statement: the pmf, then the loss", ".md",
     "## Q3\n$$\nP(y \\mid x)=\\frac{\\hat{y}^{y} e^{-\\hat{y}}}{y !} \\Rightarrow "
     "\\mathcal{L}=-\\ln P=\\hat{y}-y \\ln \\hat{y}+\\ln (y !)\n$$\n",
     "poisson.loss", None, False),
    ("an inline formula closed after a stray LaTeX line break", ".md",
     "## Q3 Poisson\n$\\text { Poisson: } P(y \\mid x)=\\frac{\\lambda^{y} e^{-\\lambda}}{y !}$\n\n"
     "$\\text { Loss }=-\\log P=\\lambda-y \\log \\lambda+\\log y ! \\\\$\n",
     "poisson.loss", None, False),
    ("a LaTeX section title left in Markdown numbers its question", ".md",
     "\\section*{Problem 1}\nBackprop: $\\partial E/\\partial w_{11} = 0.0044318$\n\n"
     "\\section*{Problem 2}\nConvolution multiplications: 1228800 and 53952.\n\n"
     "\\section*{Problem 3}\n$$\n\\mathcal{L}=\\hat{y}-y \\ln \\hat{y}\n$$\n",
     "poisson.loss", None, False),
    ("an answer word before a boxed value inside math ('total $\\boxed{53{,}952}$') beats the subtotal", ".tex",
     "\\section*{Q2}\nDepthwise $8\\cdot8\\cdot25\\cdot3 = 4{,}800$, pointwise $8\\cdot8\\cdot3\\cdot256 = 49{,}152$; "
     "total $\\fbox{$53{,}952$}$.\n", "conv.depthwise", 53952, False),
    ("a connective before an approximate value ('so roughly ~54K') concludes", ".txt",
     "2. Conv multiplications\n   (b) separable: depthwise 64*75 = 4,800 and pointwise 64*768 = 49,152,\n"
     "       so roughly ~54K multiplications\n", "conv.depthwise", 54000, False),
    ("one asterisk around a value is emphasis (org-mode's bold), not a product: '= 0.042210 * 0.88080 = *0.037179*'",
     ".txt", "* Q1 Backprop\n   - dE/dw21 = delta_o1 * h1 = 0.042210 * 0.88080 = *0.037179*\n"
     "   - dE/dw11 = delta_h1 * x1 = *0.0044318*\n", "backprop.dw21", 0.037179, False),
    ("a line that ends in a relation ('…, in total') relates the value alone on the next line, a PDF's soft wrap",
     ".txt", "(b) Depthwise separable convolution: 8 · 8 · 3 · 25 = 4800 (depthwise) plus 8 · 8 · 3 · 256 = 49152\n"
     "(pointwise), in total\n5.3952 × 10^{4}.\n", "conv.depthwise", 53952, False),
    ("... while '.04221*.8808' is still a product", ".txt",
     "Q1\nfor w21: d_out*h1 = .04221*.8808\nQ1(b) dE/dw21 = 0.037178\n", "backprop.dw21", 0.037178, False),
    ("... right after a value, and before a value the student marks ('= 49,152... so about **54K**')", ".md",
     "2. Conv multiplications\n(b) separable: depthwise 4,800 plus pointwise 8*8*3*256 = 49,152... so about **54K**\n",
     "conv.depthwise", 54000, False),
    ("a terse sheet: the part's letter run on to the question's number, a gap, the answer", ".txt",
     "Name X\n\n1a  0.0044\n1b  0.0372\n2a  1228800\n2b  53952\n3   L = Σ (λ − y log λ)\n",
     "conv.depthwise", 53952, False),
    ("... the same with the question's word ('Q1b 0.0372')", ".txt",
     "Name X\n\nQ1a 0.0044\nQ1b 0.0372\nQ2a 1228800\nQ2b 53952\nQ3 L = Σ (λ − y log λ)\n",
     "backprop.dw21", 0.0372, False),
    ("... and its last line, a number then a gap, is the last question's", ".txt",
     "Name X\n\n1a  0.0044\n1b  0.0372\n2a  1228800\n2b  53952\n3   L = Σ (λ − y log λ)\n",
     "poisson.loss", None, False),
    ("a closing answers table numbers the parts '1a', '2b' where the headings are words only", ".md",
     "**Backprop.** Chain rule through both sigmoids, worked on paper.\n\n**Convolutions.** Counted per output "
     "position.\n\n### Summary\n\n| Question | Answer |\n|---|---|\n| 1a | 0.0044 |\n| 1b | 0.0372 |\n"
     "| 2a | 1228800 |\n| 2b | 53952 |\n", "conv.depthwise", 53952, False),
    ("a correction's word then a part's marker ('Revised (a): …') corrects that part, not the last one named",
     ".md", "## Q2 convolution\n(a) 8·8·256·75 = 1,228,800\n\n(b) 4,800 + 49,152 = 53,952\n\n---\n\n"
     "Later I saw the kernel also covers the border. Revised (a): 12·12·256·75 = **2,764,800**. The (b) stays.\n",
     "conv.standard", 2764800, True),
    ("a closing LaTeX array whose rows name the parts in \\text{} ('\\text{Q2(a) standard} & 1.2288 M')", ".md",
     "# Q1 — gradients\n\ndE/dw11 = 0.00443, dE/dw21 = 0.0372\n\n# Q2 — multiplications\n\n$N = 8^2\\cdot256\\cdot5^2"
     "\\cdot3$\n\n# Results\n\n$$\n\\begin{array}{|l|l|}\n\\hline\n\\text{Q2(b) separable} & 53{,}952 \\\\\n"
     "\\text{Q2(a) standard} & 1.2288\\,\\text{M} \\\\\n\\hline\n\\end{array}\n$$\n", "conv.standard", 1228800, False),
    ("a count grouped by two or more dots ('1.228.800', as German writes it) is read without doubt", ".md",
     "### Aufgabe 2 (Multiplikationen)\n\n- (a) Standardfaltung: 8·8·256·5·5·3 = **1.228.800**\n",
     "conv.standard", 1228800, False),
    ("a multiple of another part named after a value ('…, roughly 8.4 times dE/dw11') names no new subject", ".txt",
     "1. Backprop\n(a) dE/dw11 = 0.00443\n(b) dE/dw21 = 0.0372, roughly 8.4 times dE/dw11 (finite difference: "
     "0.03718).\n", "backprop.dw11", 0.00443, False),
    ("an aside in brackets after a value, then the next part's label ('A = x (numeric x) and B = y')", ".md",
     "## Q1 backprop\n**Conclusion Q1:** dE/dw11 = 0.00443 (numeric 0.00443) and dE/dw21 = 0.0372 (numeric "
     "0.0372). No code.\n", "backprop.dw21", 0.0372, False),
    ("prose comparing with an earlier answer, an aside in brackets, does not make that answer a step", ".txt",
     "2. Convolution multiplications\n\n   (a) Standard conv: 1,228,800 multiplications (= 19,200 per output "
     "row-column\n       position x 64 positions, where 19,200 = 75 x 256).\n   (b) Separable: depthwise 4,800 + "
     "pointwise 49,152.\n       Conclusion: the separable one needs 53,952 multiplications, only 4.4 %\n       of "
     "the 1,228,800 of the standard conv (roughly 23 times fewer).\n", "conv.standard", 1228800, True),
    # (flagged: the 19,200 of the aside would be incorrect, which a person confirms is working)
    ("a total shown as a Markdown code span ('total: `53_952` mults') after its stages in code spans", ".md",
     "### Q2\n\n(a) standard conv: `8 * 8 * 256 * 5 * 5 * 3 = 1_228_800` mults\n\n(b) depthwise separable:\n"
     "- depthwise: `8 * 8 * 3 * 5 * 5 = 4_800`\n- pointwise: `8 * 8 * 3 * 256 = 49_152`\n"
     "- total: `53_952` mults (≈ 22.8x cheaper)\n", "conv.depthwise", 53952, False),
    ("Python's digit grouping copied into prose ('1_228_800')", ".md",
     "Q2\n(a) standard convolution: total = 1_228_800 multiplications\n(b) depthwise separable: 53_952\n",
     "conv.standard", 1228800, False),
    ("a program alone whose answers are a dict of literals under the parts' names", ".py",
     "import numpy as np\n\ndef gradients(W1, b1, W2, b2, x, t):\n    return None\n\nANSWERS = {\n"
     "    \"1a_dE_dw11\": 0.0044318,\n    \"1b_dE_dw21\": 0.037179,\n    \"2a_standard_mults\": 1_228_800,\n"
     "    \"2b_depthwise_sep_mults\": 53_952,    # 4_800 depthwise + 49_152 pointwise\n"
     "    \"3_loss\": \"L(lam, y) = lam - y*log(lam)\",\n}\n", "conv.depthwise", 53952, False),
    ("... and one whose answers are variables with the part named in the comment on their line", ".py",
     "# Problem 1 (a), (b): the given network\nANS_1a = 0.00443   # dE/dw11\nANS_1b = 0.0372    # dE/dw21\n\n"
     "# Problem 2\nANS_2a = 8 * 8 * 256 * 5 * 5 * 3\n", "backprop.dw21", 0.0372, False),
    ("a count spelt out in words with no digits ('one million two hundred twenty-eight thousand eight hundred')",
     ".txt", "Q2\nstandard convolution: one million two hundred twenty-eight thousand eight hundred multiplications.\n",
     "conv.standard", 1228800, False),
    ("a clause a connective opens concludes with a weak relation ('…= 75 term dot product, so the count is N')", ".txt",
     "Q2\nFor the ordinary convolution each of the 256 output channels at each of the 64 output positions needs a "
     "5 x 5 x 3 = 75 term dot product, so the count is 1,228,800 multiplications.\n", "conv.standard", 1228800, False),
    ("a value that opens its clause and says 'in all' after the stages ('…, 53952 in all')", ".md",
     "**2.** A standard convolution needs 1228800 multiplications. The depthwise separable one needs 4800 for the "
     "depthwise part and 49152 for the pointwise part, 53952 in all.\n", "conv.depthwise", 53952, False),
    ("... and 'so together N' before a dash, in digits or in words", ".md",
     "## Q2\nFor the depthwise separable convolution, the depthwise part is 8 · 8 · 3 · 25 = four thousand eight "
     "hundred and the pointwise part is 8 · 8 · 3 · 256 = forty-nine thousand one hundred fifty-two, so together "
     "fifty-three thousand nine hundred and fifty-two multiplications — roughly twenty-three times cheaper.\n",
     "conv.depthwise", 53952, False),
    ("a sentence wrapped right after its relation ('the total is' / '53952 multiplications.')", ".txt",
     "Q2\nDepthwise separable: that costs 8*8*25*3 = 4800\nand the pointwise 8*8*3*256 = 49152. Adding them, the "
     "total is\n53952 multiplications.\n", "conv.depthwise", 53952, False),
    ("a terse sheet's marker, a gap, then the value with its unit ('Ans 2a   1.2288 million multiplications')", ".txt",
     "GNR638 A2\n\nAns 1a   dE/dw11 = 0.00443\nAns 2a   1.2288 million multiplications\n"
     "Ans 2b   53.952 thousand multiplications\n", "conv.standard", 1228800, False),
    ("... with the part's letter after a dot ('2.a   1.2288 M multiplications')", ".txt",
     "1.a   dE/dw11 = 4.4318 × 10⁻³\n2.a   1.2288 M multiplications   (8·8·256·75)\n"
     "2.b   53.952 k multiplications   (4.8 k depthwise + 49.152 k pointwise)\n", "conv.depthwise", 53952, False),
    ("a fraction's scale word ('4.43 thousandths')", ".txt",
     "Ans 1a   dE/dw11 = 4.43 thousandths  (0.00443)\nAns 1b   dE/dw21 = 3.718 hundredths  (0.03718)\n",
     "backprop.dw21", 0.03718, False),
    ("an editor's HTML entities in Markdown ('2(ii)&nbsp; 5.3952 × 10⁴') and parts numbered in roman", ".md",
     "**A2 answers**\n\n1(i)&nbsp;&nbsp; ∂E/∂w₁₁ = 0.00443\n1(ii)&nbsp; ∂E/∂w₂₁ = 0.0372\n\n"
     "2(i)&nbsp;&nbsp; 1.2288 × 10⁶ multiplications\n2(ii)&nbsp; 5.3952 × 10⁴ multiplications\n", "conv.depthwise",
     53952, False),
    ("questions lettered in capitals ('Part C  (Poisson output)') in a program's docstring, and a log link's "
     "linear predictor written as a dot product ('exp(w . x_i)')", ".py",
     '"""Solutions\n\nPart A  (backprop)\n    (a)  dE/dw11 =  0.0044318\n    (b)  dE/dw21 =  0.0371787\n\n'
     'Part B  (multiplications)\n    B-1  standard conv            8*8*256*75          = 1 228 800\n'
     '    B-2  depthwise separable      8*8*75 + 8*8*3*256  =    53 952\n\nPart C  (Poisson output)\n'
     '    with log link lambda_i = exp(w . x_i):\n        L(w) = sum_i [ exp(w . x_i) - y_i (w . x_i) ]\n'
     '    (negative log likelihood, the log(y_i!) term is a constant and is left out)\n"""\nimport numpy as np\n',
     "poisson.loss", None, False),
    ("an estimate's hat spelled in ASCII on a Greek name ('lambda_hat - y * ln(lambda_hat)')", ".txt",
     "Q3 L = lambda_hat - y * ln(lambda_hat)\n", "poisson.loss", None, False),
    ("a sheet of paragraphs with no numbers: the first, about another question than the strongest, is that one's "
     "(its values named by no label, read by position, another part of it left with none: a person asked)",
     ".txt", "A. Student, 20D070031. Assignment two.\n\nWith every weight equal to one half, both biases equal to one "
     "and the input (1, 1), each hidden unit receives 0.5 + 0.5 + 1 = 2 and outputs sigma(2) = 0.8808. Each output "
     "unit outputs 0.8677, and multiplied by the slope o(1 - o) = 0.1148 this gives an output delta of 0.04221. The derivative of the error with respect to the weight from the "
     "first hidden unit to the first output unit is that delta times the hidden activation, which is about 0.0372. For "
     "the weight from the first input to the first hidden unit the delta has to be sent back through both output "
     "units, 0.5 x 0.04221 + 0.5 x 0.04221 = 0.04221, then multiplied by h(1 - h) = 0.1050 and by the input 1, "
     "giving about 0.00443.\n\nFor the ordinary convolution each of the 256 output channels at each of the 64 output "
     "positions needs a 5 x 5 x 3 = 75 term dot product, so the count is 1,228,800 multiplications; the depthwise "
     "separable version costs 64 x 3 x 25 = 4800 and 64 x 256 x 3 = 49152, together 53952.\n",
     "backprop.dw11", 0.00443, True),
    ("a library's print of one number ('tensor(0.0044, grad_fn=<…>)', 'np.float64(…)') is the number", ".py",
     "# >>> output\n# dE/dw11 : tensor(0.0044, grad_fn=<SelectBackward0>)\n# dE/dw21 : np.float64(0.037178741776)\n",
     "backprop.dw21", 0.037178741776, False),
    ("a terse sheet's answers run on after a header on one line ('Name ID - A2: 1a) x  1b) y') are its first question's", ".txt",
     "Karan 22B0611 - A2: 1a) 0.00443  1b) 0.0372  1c) -\n2a) 8x8x256x75 = 1228800   2b) 4800 + 49152 = 53952\n",
     "backprop.dw21", 0.0372, False),
    ("a value the student highlights after 'Total' ('Total $\\colorbox{yellow!40}{$\\displaystyle 53{,}952$}$') is marked", ".tex",
     "\\section*{Q2 multiplications}\n\\textbf{(b)} Depthwise: $8\\cdot 8\\cdot 3\\cdot 25 = 4{,}800$. Pointwise: "
     "$8\\cdot 8\\cdot 3 \\cdot 256 = 49{,}152$.\nTotal $\\colorbox{yellow!40}{$\\displaystyle 53{,}952$}$.\n",
     "conv.depthwise", 53952, False),
    ("... or colours, or underlines, after a relation ('= \\textcolor{blue}{…}', '\\hl{…}', '\\underline{…}')", ".tex",
     "\\section*{Q1 backprop}\n$\\partial E/\\partial w_{11} = \\textcolor{blue}{0.004432}$ and "
     "$\\partial E/\\partial w_{21} = \\underline{0.03718}$\n", "backprop.dw21", 0.03718, False),
    ("an arrow glyph says 'gives' as '⇒' does ('Result ➜ 1,228,800' on its own line after the working)", ".txt",
     "Q2 Multiplications\n(a) standard: every output value (8·8·256 = 16,384 of them) needs 5·5·3 = 75 products.\n"
     "Result ➜ 1,228,800\n(b) depthwise: 8·8·3·25 = 4,800 ; pointwise: 8·8·3·256 = 49,152.\nResult ➡ 53,952\n",
     "conv.standard", 1228800, False),
    ("a count a line break cut after its comma ('Total = 1,228,⏎800 multiplications') is read whole", ".txt",
     "2. Multiplications\n(a) For a standard convolution each output needs 75 products over 16384 outputs. Total = 1,228,\n"
     "800 multiplications.\n", "conv.standard", 1228800, False),
    ("... in LaTeX's grouping ('= 53{,}⏎952')", ".md",
     "## Q2 convolution\nDepthwise plus pointwise:\n$$8 \\times 8 \\times 3 \\times 25 + 8 \\times 8 \\times 3 \\times 256 = 53{,}\n952$$\n",
     "conv.depthwise", 53952, False),
    ("math OCR's space inside a grouped count ('& =1,228, 800')", ".md",
     "(a) Standard convolution\n\n$$\n\\begin{aligned}\n\\text { Mults } & =64 \\times 256 \\times 75 \\\\\n& =1,228, 800\n"
     "\\end{aligned}\n$$\n", "conv.standard", 1228800, False),
    ("... and one alone as an equation's whole right side ('\\text { Total } & =53, 952')", ".md",
     "(b) Depthwise separable\n\n$$\n\\begin{aligned}\nD W & =4, 800 \\\\\nP W & =49, 152 \\\\\n\\text { Total } & =53, 952\n"
     "\\end{aligned}\n$$\n", "conv.depthwise", 53952, False),
    ("an e-mail's one line of answers, a bar before each question ('Q1: … | Q2: … | Q3: L = …'), answers each "
     "question in its own piece", ".txt",
     "Hi, answers below.\n\nQ1: dE/dw11=4.43e-3, dE/dw21=3.72e-2 | Q2: standard = 1.2288e6 mults | Q3: L = yhat - "
     "y*ln(yhat)\n\nThanks\n", "poisson.loss", None, False),
    ("... its values unnamed by any label the spec knows ('std conv = 1.2288e6, dw-sep = 5.3952e4') go to the "
     "question's first part only by position: the later is read, and a person asked", ".txt",
     "Q1: dE/dw11=4.43e-3 | Q2: std conv = 1.2288e6 mults, dw-sep = 5.3952e4 mults | Q3: L = yhat - y*ln(yhat)\n",
     "conv.standard", 53952, True),
    ("a sentence wrapped after its relation in words ('… the standard convolution needs' / '1,228,800 "
     "multiplications') goes on with the value that opens the next line", ".txt",
     "Q2 convolution\nPer output value a 5×5×3 dot product; 8×8×256 = 16,384 outputs.\n\nConclusion\nSo the standard "
     "convolution needs\n1,228,800 multiplications while the depthwise separable one needs 53,952.\n",
     "conv.standard", 1228800, False),
    ("a closing sentence that lists answers, each value then 'for' and its part ('0.00443 for dE/dw11 and 0.0372 "
     "for dE/dw21, 2764800 multiplications for the standard convolution and 53952 for the depthwise separable "
     "one'), answers each part", ".txt",
     "backprop: output delta 0.0422; hidden delta 0.00443\n\nconv: 12*12*256*75 and 8*8*25*3 + 8*8*3*256.\n\n"
     "So my answers are 0.00443 for dE/dw11 and 0.0372 for dE/dw21, 2764800 multiplications for the standard "
     "convolution and 53952 for the depthwise separable one.\n", "conv.standard", 2764800, False),
    ("... but one value 'for' a stage in the working is a step, not the answer", ".txt",
     "Q2 convolution\n(b) The depthwise stage costs 4800 multiplications for the depthwise convolution; the pointwise "
     "stage 49152. Total = 53952.\n", "conv.depthwise", 53952, False),
    ("a part's marker set equal to a value after the working's other values ('(b) = 49152 multiplications') is "
     "the student's answer to the part, the other reading named", ".txt",
     "Q2 convolution\n(b) Two numbers: depthwise 8*8*3*25 = 4800, all of it 4800 + 49152 = 53952.\n"
     "  But the 1x1 stage dominates, so I report\n  (b) = 49152 multiplications\n", "conv.depthwise", 49152, True),
    ("... but not a marker whose value only begins an expression ('(b): 8·8·3·25 + 8·8·3·256 = 53952')", ".txt",
     "Q2 convolution\n(b): 8·8·3·25 + 8·8·3·256 = 53952\n", "conv.depthwise", 53952, False),
    ("a closing sentence that gives each value 'for' its part's marker ('1,228,800 for (a) and 53,952 for (b)') "
     "answers each part", ".txt",
     "Q2 convolution\nstandard 8·8·256·75, depthwise 8·8·3·25 plus pointwise 8·8·3·256.\n"
     "So my counts are 1,228,800 for (a) and 53,952 for (b).\n", "conv.depthwise", 53952, False),
    ("a loss whose sentence wraps right before it, named by the words that end the line above ('… by minimising "
     "the negative log-likelihood⏎lambda - y * ln(lambda), summed …'), over the pmf stated before", ".txt",
     "Question 3. With y given x Poisson with rate lambda = f(x), one observation has probability\n"
     "lambda^y * exp(-lambda) / y!, and the network is trained by minimising the negative log-likelihood\n"
     "lambda - y * ln(lambda), summed over the samples (ln(y!) is a constant).\n", "poisson.loss", None, False),
    ("a what-if beside the answer ('For comparison, had the kernel been 5x5:' over a line of working) is another "
     "problem's value: the student's own answer stays read, the what-if named for a person", ".txt",
     "2. Multiplications\n  (a) standard:  8*8*256*(3*3*3) = 16,384 * 27 = 442,368\n\n  For comparison, had the "
     "kernel been 5x5:\n     standard 8*8*256*75 = 1,228,800\n", "conv.standard", 442368, True),
    ("a count followed by how much smaller it is than another ('Total $= 53{,}952$ multiplications (about 23× "
     "fewer)'): a ratio between answers, no product of the set-up", ".md",
     "**(b) Depthwise separable.**\n\n- depthwise: $8\\cdot 8 \\cdot 3 \\cdot 25 = 4{,}800$\n- pointwise: $8 \\cdot 8 "
     "\\cdot 256 \\cdot 3 = 49{,}152$\n\nTotal $= 53{,}952$ multiplications (about 23× fewer).\n",
     "conv.depthwise", 53952, False),
    ("a value before 'and' and the next part's marker in brackets ('(a) dE/dw11 = 0.004431815 and (b) dE/dw21 = "
     "…'), after a heading that states the givens: 'and (' is no function applied", ".txt",
     "Q1: backprop, w = 0.5\n\nSo (a) dE/dw11 = 0.004431815 and (b) dE/dw21 = 0.03717874.\n", "backprop.dw11",
     0.004431815, False),
    ("a Typst or LaTeX PDF's footnote that corrects both gradients in one sentence ('the two answers become (a) "
     "∂E/∂w₁₁ = … = 0.00443 and (b) ∂E/∂w₂₁ = … = 0.0372') supersedes the body's values", ".txt",
     "1 Backpropagation\n(a) ∂E/∂w₁₁ = (w₂₁ δₒ₁ + w₂₂ δₒ₂) · h₁(1 − h₁) · x₁ = 0.0331 × 0.1050 = 0.00348\n"
     "(b) ∂E/∂w₂₁ = δₒ₁ · h₁ = 0.0331 × 0.8808 = 0.0292\n\n¹ Correction, added after I re-checked: δₒ = 0.04221, "
     "and the two answers\nbecome (a) ∂E/∂w₁₁ = 0.04221 × 0.1050 = 0.00443 and (b) ∂E/∂w₂₁ = 0.04221 × 0.8808 = "
     "0.0372.\n", "backprop.dw11", 0.00443, False),
    ("org-mode notes: a heading's stars, to-do keyword and tags around the question's number ('* DONE Q2 mults   "
     ":q2:') and a table whose rows name nothing a label knows: the question is found by its number", ".org",
     "#+TITLE: GNR638 A2\n#+STARTUP: showall\n\n* DONE Q1 backprop                 :q1:\n  CLOSED: [2024-03-09 "
     "Sat 18:20]\n  - (a) ∂E/∂w11 = *0.0044318*\n  - (b) ∂E/∂w21 = *0.037179*\n\n* DONE Q2 mults               "
     "      :q2:\n  | layer    | formula         |    mults |\n  |----------+-----------------+----------|\n  | std "
     "conv | 8·8·256·(5·5·3) | 1.2288e6 |\n  | dw-sep   | dw + pw         |    53952 |\n  #+TBLFM: @5$3=@3$3+@4$3\n"
     "\n  - (a) 1.2288e6\n  - (b) 53952\n\n* DONE Q3 poisson                     :q3:\n  - loss := z − y log z\n",
     "conv.standard", 1228800, False),
    ("a spreadsheet saved as CSV, a column of working and one headed 'final': each row's part read from its "
     "question's cell", ".csv",
     "# answers exported from my Google Sheet\nquestion,quantity,working,value,final,check\n"
     "Q1a,dE/dw11,\"delta_h1*x1\",0.0044318,4.4318E-03,OK\nQ1b,dE/dw21,\"delta_o1*h1\",0.037179,3.7179E-02,OK\n"
     "Q2a,std conv mults,\"=8*8*256*5*5*3\",1228800,1.2288E+06,OK\nQ2b,dw-sep total,\"=dw + pw\",53952,53952,OK\n"
     "Q3,loss,NLL of Poisson(z),,z - y*ln(z),OK\n", "conv.depthwise", 53952, False),
    ("a tilde for 'approximately' before a value written without its leading zero ('= .0422 * .881 ~ .037')",
     ".txt", "q1\nbwd: err = o - t = .368, * o(1-o) = .368 * .115 = .0422\n=> dE/dw21 = .0422 * h = .0422 * .881 ~ "
     ".037\n", "backprop.dw21", 0.037, False),
    ("a calculator's result pasted under one part's working that the student then gives as the next part's answer "
     "('> Result: `53952`' before '**(b)** 53952'): the next part's, not this one's", ".md",
     "### Q2 multiplications\n\n> Input: `8*8*256*5*5*3`\n> Result: `1228800`\n> Scientific notation: "
     "`1.2288×10^6`\n\n**(a)** 1.2288×10^6\n\n> Input: `8*8*3*5*5 + 8*8*3*256`\n> Result: `53952`\n\n"
     "**(b)** 53952 (depthwise 4800 + pointwise 49152)\n", "conv.standard", 1228800, False),
    ("a plain label of the part that opens a chain of working ('depthwise = 8 * 8 * 3 * 5 * 5 = 4 800') names the "
     "stage, not the part's answer: the total after it stays read", ".txt",
     "Q2 (b) depthwise separable\n        depthwise  = 8 * 8 * 3 * 5 * 5   =  4 800\n        pointwise  = 8 * 8 * 3 * "
     "256   = 49 152\n        total      = 4 800 + 49 152  = 53 952\n", "conv.depthwise", 53952, False),
    ("... nor one whose value goes on with what it counts ('(a) Standard conv: 256 filters each 5x5x3, slid over 8x8 "
     "output positions')", ".txt",
     "Q2\n(a) Standard conv: 256 filters each 5x5x3, slid over 8x8 output positions\n    = 8*8*256*75 = 1228800\n",
     "conv.standard", 1228800, False),
    ("a LaTeX report's closing list under a bold title after the last question ('\\textbf{Final answers}' over "
     "'Q1(a): $\\partial E/\\partial w_{11} = 0.0443$') that differs from the working's boxed value: the student's "
     "last word, both named for a person", ".tex",
     "\\section*{Question 1}\n\\begin{enumerate}\n\\item $\\frac{\\partial E}{\\partial w_{11}} = (0.04221)(0.8808)"
     "(0.1192)(1) = \\boxed{0.00443}$\n\\end{enumerate}\n\\section*{Question 3}\nThe Poisson negative log-likelihood, "
     "$L = \\mu - y\\log\\mu$.\n\n\\textbf{Final answers}\n\\begin{itemize}\n\\item Q1(a): $\\partial E/\\partial "
     "w_{11} = 0.0443$\n\\item Q3: Poisson NLL, $L = \\mu - y\\log\\mu$\n\\end{itemize}\n", "backprop.dw11",
     0.0443, True),
    # -- the twenty-first session's open sets (Rich Text, e-mails, corrections sent late)
    ("a Rich Text file as WordPad saves it (control words, a Symbol font's bullets, bold runs): the bold value "
     "after the part's label", ".rtf",
     "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil Calibri;}{\\f2\\fnil\\fcharset2 Symbol;}}\n"
     "\\pard\\b Question 2\\b0\\par\n{\\pntext\\f2\\'B7\\tab}Standard: 8 x 8 x 256 x 75 = \\b 1,228,800\\b0\\par\n"
     "{\\pntext\\f2\\'B7\\tab}Depthwise separable: 4,800 + 49,152 = \\b 53,952\\b0\\par\n}", "conv.depthwise", 53952,
     False),
    ("... and as TextEdit saves it (a backslash before each line's end, \\uc0\\u963 for σ, \\'d7 for ×)", ".rtf",
     "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2759\n{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n\\f0\\fs24 \\cf0 "
     "Q1 Backprop\\\nh1 = \\uc0\\u963 (2) = 0.8808\\\n(b) dE/dw21 = 0.04221 \\'d7 0.8808 = 0.03718\\\n}",
     "backprop.dw21", 0.03718, False),
    ("a correction sent after the last question that names an earlier question's part ('PS: correction for part "
     "2(a) -- … it should be … = 1,228,800, not 2,764,800'): that part's answer, its sentences after the first too",
     ".txt",
     "Q2\n(a) standard: 12 * 12 * 256 * 75 = 2,764,800\n(b) total = 4,800 + 49,152 = 53,952\n\nQ3\n"
     "Loss = lambda - y log(lambda)\n\nPS: correction for part 2(a) -- I used the input size by mistake. The\n"
     "output is only 8x8, so it should be 8 * 8 * 256 * 75 = 1,228,800, not\n2,764,800.\n",
     "conv.standard", 1228800, False),
    ("... 'Correction to Q2 (a): …' (a space between the question's number and the part's bracket)", ".txt",
     "Q2\n(a) standard: 12 * 12 * 256 * 75 = 2,764,800\n(b) total = 53,952\n\nQ3\nLoss = lambda - y log lambda\n\n"
     "Correction to Q2 (a): 8 * 8 * 256 * 75 = 1,228,800\n", "conv.standard", 1228800, False),
    ("... 'Correction: 2(a) = … = 1,228,800': the question's number glued to the part's letter is no value (not 2), "
     "and the correction's own value is no second look after it", ".txt",
     "Q2\n(a) standard: 12 * 12 * 256 * 75 = 2,764,800\n(b) total = 53,952\n\nQ3\nLoss = lambda - y log lambda\n\n"
     "Correction: 2(a) = 8 * 8 * 256 * 75 = 1,228,800\n", "conv.standard", 1228800, False),
    ("... '**Edit:** 2(a) is 1,228,800' (a bold correction's word)", ".md",
     "Q2\n(a) standard: 12 * 12 * 256 * 75 = 2,764,800\n(b) total = 53,952\n\nQ3\nLoss = lambda - y log lambda\n\n"
     "**Edit:** 2(a) is 1,228,800\n", "conv.standard", 1228800, False),
    ("... while the correction names only that part: the question's other part keeps its answer", ".txt",
     "Q2\n(a) standard: 12 * 12 * 256 * 75 = 2,764,800\n(b) total = 4,800 + 49,152 = 53,952\n\nQ3\n"
     "Loss = lambda - y log(lambda)\n\nPS: correction for part 2(a) -- it should be 8 * 8 * 256 * 75 = 1,228,800.\n",
     "conv.depthwise", 53952, False),
    ("a scanned page's text recognition with letters for digits ('0.OO443', 'O.O422l', 'l,228,8OO'): the number a "
     "person reads", ".txt",
     "Ql. (a) dE/dw11 = O.O422l x O.lO5 x l = 0.OO443\nQ2. (a) 8 x 8 x 256 x 75 = l,228,8OO\n", "backprop.dw11",
     0.00443, False),
    ("a bold value alone on its line under the working ('number of output values = 8 × 8 × 256 = 16,384' then "
     "'**1,228,800**'): the student's result, not the working's last value", ".md",
     "## Q2\n(a) standard conv\none output value = 5 × 5 × 3 = 75 mults\nnumber of output values = 8 × 8 × 256 = 16,384\n"
     "**1,228,800**\n", "conv.standard", 1228800, False),
    ("a question's heading in Chinese ('第三题 泊松输出的损失函数') opens that question: its loss is not the previous "
     "question's text", ".txt",
     "第二题 乘法次数\n  (a) 标准卷积: 8 × 8 × 256 × 75 = 1,228,800\n  (b) 4,800 + 49,152 = 53,952\n\n"
     "第三题 泊松输出的损失函数\n  损失函数取负对数:\n      L = λ − y log λ\n", "poisson.loss", None, False),
    ("... and in Japanese ('問3')", ".txt",
     "問2 乗算の回数\n  (a) 8 × 8 × 256 × 75 = 1,228,800\n  (b) 53,952\n\n問3 損失関数\n      L = λ − y log λ\n",
     "poisson.loss", None, False),
    ("... after a pointing hand as a notes app's user writes it ('👉 **53,952** total')", ".md",
     "## Q2\n(b) depthwise separable\n📌 depthwise: 8·8·3·25 = 4,800\n📌 pointwise: 8·8·256·3 = 49,152\n"
     "👉 **53,952** total\n", "conv.depthwise", 53952, False),
]


def _read(tmp_path: Path, suffix: str, text: str):
    path = tmp_path / f"student{suffix}"
    path.write_text(text, encoding="utf-8")
    return read_submission(path)


@pytest.fixture(scope="module")
def context(spec) -> Context:
    return Context(spec, load_reference(spec))


def _id(row) -> str:
    return row.values[0] if hasattr(row, "values") else row[0]


@pytest.mark.parametrize("why, suffix, text, part, value, review", ROWS, ids=[_id(r) for r in ROWS])
def test_reading(context, tmp_path, why, suffix, text, part, value, review):
    result = {p.id: p for p in grade_document(_read(tmp_path, suffix, text), context).parts}[part]
    if part == "poisson.loss":  # a formula row: the loss is read and graded correct (or as ``value`` says)
        assert result.verdict == (value or "correct"), f"{why}: read {result.found!r} ({result.verdict})"
    elif value is None:
        assert result.verdict == "missing", f"{why}: read {result.found!r}"
    else:
        assert result.details.get("value") == pytest.approx(value, rel=1e-9), f"{why}: read {result.found!r}"
    assert result.review == review, f"{why}: {result.review_reasons}"


# Stated problem values: a passage -> the values read (a subset), or the conflict said.
PARAMETER_ROWS = [
    ("LaTeX's fraction of two one-digit arguments without braces ('$t=(\\tfrac12,\\tfrac12)$') is a half, not 12: never read as t = 12",
     ".md", "## Q1 backprop gradient\nGiven point: all $w=\\tfrac12$, $x=(1,1)$, $t=(\\tfrac12,\\tfrac12)$, $b_1=b_2=1$.\n",
     {"t1": None, "t2": None, "x1": 1.0}, None),  # (a fraction is no stated value the reader takes: not read)
    ("a hyphenated word before the name ('one-hot targets t = (1, 0)') states the values", ".md",
     "## Q1 backprop gradient\nI keep the weights but use one-hot targets $t=(1,0)$.\n", {"t1": 1.0, "t2": 0.0}, None),
    ("'hidden net input | 2' names another quantity of the working, not the inputs given", ".md",
     "## Q1 backprop gradient\nGiven network (w = 0.5 for all eight weights, x = [1,1], t = [0.5,0.5], b1 = b2 = 1).\n\n"
     "| step | value |\n|---|---|\n| hidden net input | 2 |\n| output net input | 1.88080 |\n", {"x1": 1.0, "x2": 1.0}, None),
    ("a tuple's value ends the run of names before it: 't = (0.5, 0.5), b_1 = b_2 = 1' gives t no 1", ".md",
     "## Q1 backprop gradient\n**1.** Backprop, standard network (all $w=0.5$, $x=(1,1)$, $t=(0.5,0.5)$, "
     "$b_1=b_2=1$).\n", {"t1": 0.5, "t2": 0.5, "b1": 1.0, "b2": 1.0}, None),
    ("a tuple of names equal to a tuple of values (Mathpix's \\left( \\right))", ".md",
     "## Q1 backprop gradient\nWeights and biases as given $\\left(w_{i j}=0.5, b_{1}=b_{2}=1, t=(0.5,0.5)\\right)$ "
     "but I took the input $x=\\left(x_{1}, x_{2}\\right)=(1,0.5)$ so that I can check the $x$ factor.\n",
     {"x1": 1.0, "x2": 0.5, "w11": 0.5, "b1": 1.0, "b2": 1.0, "t1": 0.5}, None),
    ("values stated in brackets after prose", ".md",
     "## Q1 backprop gradient\nI used the same network but without biases (b_1 = b_2 = 0) throughout.\n",
     {"b1": 0.0, "b2": 0.0}, None),
    ("a group's value of zero in brackets after prose ('b = 0 for both layers') is stated, no equation", ".md",
     "## Q1 backprop gradient\nI have not used biases (b = 0 for both layers). Other values: all weights = 0.5.\n",
     {"b1": 0.0, "b2": 0.0}, None),
    ("a value the problem has one of, given as several (a bias per unit)", ".md",
     "## Q1 backprop gradient\nI gave each unit its own bias:\n\n"
     "$$b_1 = \\begin{bmatrix}0.1\\\\0.2\\end{bmatrix},\\qquad b_2=\\begin{bmatrix}0.3\\\\0.4\\end{bmatrix}$$\n",
     {}, "b1 is given 2 values"),
    ("a matrix of names equal to a matrix of numbers, in the student's layout", ".tex",
     "\\section*{Q1 backprop gradient}\n$$W_1=\\begin{bmatrix} w_{11} & w_{13}\\\\ w_{12} & w_{14}\\end{bmatrix}"
     "=\\begin{bmatrix} 0.2 & 0.4\\\\ 0.6 & 0.8\\end{bmatrix}$$\n",
     {"w11": 0.2, "w13": 0.4, "w12": 0.6, "w14": 0.8}, None),
    ("a column vector after other values on its line ('b_2=0.5, x=[1;1]')", ".tex",
     "\\section*{Q1 backprop gradient}\n$$b_1 = 0.5,\\quad b_2=0.5,\\quad t=\\begin{bmatrix}1\\\\0\\end{bmatrix}$$\n",
     {"b2": 0.5, "t1": 1.0, "t2": 0.0}, None),
    ("'all eight weights w_ij = 0.2'", ".txt",
     "Q1 backprop gradient. I used all eight weights w_ij = 0.2 and kept the rest.\n",
     {"w11": 0.2, "w24": 0.2}, None),
    ("a group's values stated on the question's numbered line after words with 'I' ('Question 1. Here I pick "
     "every weight = 0.3')", ".md",
     "# Homework\nQuestion 1. Here I pick every weight = 0.3 (not the sheet's), the rest as given.\n",
     {"w11": 0.3, "w24": 0.3}, None),
    ("... and after a numbered line's number alone ('2) all the weights = 0.3')", ".txt",
     "Q1 backprop gradient\n2) all the weights = 0.3, biases unchanged\n",
     {"w11": 0.3, "w24": 0.3}, None),
    ("a value stated in bold, its name and all ('so I took **t = (1, 0)**')", ".md",
     "## Q1 backprop gradient\nNo target was given, so I took **t = (1, 0)** for the two outputs.\n",
     {"t1": 1.0, "t2": 0.0}, None),
    ("... or in LaTeX's bold with the math inside it ('\\textbf{targets $t=(0.2,\\,0.8)$}')", ".tex",
     "\\section*{Q1 backprop gradient}\nI assume \\textbf{targets $t=(0.2,\\,0.8)$} throughout.\n",
     {"t1": 0.2, "t2": 0.8}, None),
    ("a chain after a tuple's colon equals another quantity ('t = (0.5, 0.5): h1 = h2 = σ(2) = 0.88080'): no second "
     "value of t", ".txt",
     "Q1 backprop\nWith all weights 0.5, biases 1, x = (1, 1), t = (0.5, 0.5): h1 = h2 = σ(2) = 0.88080, o1 = 0.8677\n",
     {"t1": 0.5, "t2": 0.5}, None),
    ("a vector's transpose mark ends it ('$\\bm{x}=(1,1)^\\top$ and $\\bm{t}=(0.5,0.5)^\\top$'): the next tuple is t's, "
     "not x's", ".tex",
     "\\section*{Q1 backprop}\nWith $b_1=b_2=1$, $\\bm{x}=(1,1)^\\top$ and $\\bm{t}=(0.5,0.5)^\\top$, we get\n",
     {"x1": 1.0, "x2": 1.0, "t1": 0.5, "t2": 0.5}, None),
    ("... nor are the layer sizes an arrow leads through ('2 inputs → 2 hidden → 2 outputs')", ".txt",
     "Question 1\nNetwork: 2 inputs → 2 hidden → 2 outputs, sigmoid activation. All weights\nw = 0.5, bias b1 = 1 "
     "(hidden), b2 = 1 (output). Input x = [1, 1].\n", {"x1": 1.0, "x2": 1.0}, None),
    ("'2 inputs' is no value of the inputs", ".txt",
     "Q1 backprop gradient. The network has 2 inputs, 2 hidden units and 2 outputs.\n",
     {"x1": None, "x2": None}, None),
    ("a value that ends a computation is a result, never a stated value", ".txt",
     "Q1 backprop gradient\nhidden net input = 0.5 + 0.5 + 1 = 2, sigmoid(2) = 0.8808\n",
     {"x1": None, "x2": None}, None),
    ("a group named before a colon introduces the names after it ('My targets: t1 = 1, t2 = 0'): t1's value is no "
     "value of t2", ".md", "## Q1 backprop gradient\nMy targets: t1 = 1, t2 = 0\n", {"t1": 1.0, "t2": 0.0}, None),
    ("a display's opening '\\[' is no word before the name ('\\[ t = (t_1, t_2) = (1,\\ 0) \\]')", ".tex",
     "\\section*{1. Backprop check}\nMy choices: all eight weights $=0.5$, and targets\n"
     "\\[ t = (t_1, t_2) = (1,\\ 0) \\]\n", {"t1": 1.0, "t2": 0.0}, None),
]


@pytest.mark.parametrize("why, suffix, text, stated, conflict", PARAMETER_ROWS, ids=[r[0] for r in PARAMETER_ROWS])
def test_stated_values(spec, tmp_path, why, suffix, text, stated, conflict):
    from grader.extract import extract
    result = extract(_read(tmp_path, suffix, text), spec)
    read = result.parameters["backprop"]
    assert {k: read.get(k) for k in stated} == stated, f"{why}: {read}"  # None: not read
    said = " ".join(result.parameter_conflicts["backprop"])
    assert (conflict or "") in said and (conflict is not None or not said), said


SHAPE_AND_COUNT = """\
assignment: shapes
title: "A shape and a count"
questions:
  - id: cnn
    title: "Q1"
    keywords: [convolution, filter]
    parts:
      - id: cnn.shape
        kind: tuple
        points: 2
        find: {labels: ["output shape", "output channels"], markers: ["(a)"]}
      - id: cnn.params
        kind: integer
        points: 2
        find: {labels: ["parameters", "params"], markers: ["(b)"]}
"""


def test_a_plain_label_of_a_part_no_single_number_answers_does_not_claim_a_computation(tmp_path):
    # "(b) … plus the 64 biases of the output channels: 1792 + 64 = 1856": the count's, not the shape's
    from grader.extract import extract
    from grader.spec_loader import load_spec
    (tmp_path / "spec.yaml").write_text(SHAPE_AND_COUNT, encoding="utf-8")
    spec = load_spec(tmp_path / "spec.yaml")
    text = ("Q1 convolution\n(b) each filter: $3\\times3\\times3 + 1 = 28$, $28 \\times 64 = 1792$, plus the 64 "
            "biases of the output channels: $1792 + 64 = 1856$\n")
    answer = extract(_read(tmp_path, ".md", text), spec).answers["cnn.params"]
    assert answer is not None and answer.value["value"] == 1856


MOMENTS = """\
assignment: moments
title: "Moments"
questions:
  - id: m
    title: "Q5"
    keywords: [variance, expectation]
    parts:
      - {id: m.mean, kind: number, points: 1, find: {labels: ["E[X]"], markers: ["(a)"]}}
      - {id: m.var, kind: number, points: 1, find: {labels: ["Var(X)"], markers: ["(b)"]}}
      - {id: m.vary, kind: number, points: 1, find: {labels: ["Var(3X"], markers: ["(c)"]}}
"""

#: (passage, part, value): an expression in other parts' quantities goes on with its chain's head
CHAIN_HEADS = [
    ("(b) Var(X) = E[X²] − E[X]² = 1.7 − 1.21 = 0.49", "m.var", 0.49),
    ("(c) Var(3X − 2) = 3² Var(X) = 4.41", "m.vary", 4.41),
    ("(c) Var(3X − 2) = 9 Var(X) = 9 × 0.49 = 4.41", "m.vary", 4.41),
    # several parts' markers on one line: each opens its own statement
    ("(a) $1.1$ (b) $0.49$ (c) $9(0.49) = 4.41$", "m.mean", 1.1),
    ("(a) $1.1$ (b) $0.49$ (c) $9(0.49) = 4.41$", "m.var", 0.49),
    ("(a) $1.1$ (b) $0.49$ (c) $9(0.49) = 4.41$", "m.vary", 4.41),
    ("5 (a) 1.1 (b) 0.49 (c) 4.41", "m.var", 0.49),
    # ... each with the question's number: "5a) … 5b) …", after a header's lead too
    ("5(a) 1.1  5(b) 0.49  5(c) 4.41", "m.var", 0.49),
    ("5(a) 1.1  5(b) 0.49  5(c) 4.41", "m.mean", 1.1),
    ("Asha 22B0611 - sheet 1: 5(a) 1.1  5(b) 0.49  5(c) 4.41", "m.vary", 4.41),
    # a terse sheet's line: the question's number, then a value for each of its parts, in order
    ("5   1.1   0.49   4.41", "m.vary", 4.41),
    ("5   1.1   0.49   4.41", "m.mean", 1.1),
    # a program's printed names over their values (R's named vector): the value under a part's label
    ("c(EX = EX, VarX = VX)\n    ##          EX        VarX\n    ##        1.10        0.49", "m.var", 0.49),
    # a value after a comparison is what the part's quantity is compared with, not the part's
    ("(b) Var(X) = 0.49, and Var(X) is smaller than σ = 0.7", "m.var", 0.49),
    ("(b) the variance (0.49 as computed) is less than σ = 0.7, so (b) Var(X) = 0.49", "m.var", 0.49),
    # Mathpix's handwritten decimal point: "1 \cdot 1" is 1.1 (no one multiplies by 0 or 1) ...
    ("(a) $E[X] = 0.5 + 0.6 = 1 \\cdot 1$", "m.mean", 1.1),
    # ... but a product of other digits stays a product, worked out after it
    ("(c) $\\text{Var}(3X-2) = 9 \\cdot 0.49 = 4.41$", "m.vary", 4.41),
    # a LaTeX fraction of whole numbers that ends the chain is its exact value, and uses its terms
    ("(a) $E[X] = \\frac{0.55}{0.5} = \\frac{11}{10}$", "m.mean", 1.1),
    ("(b) total $=220$, so $\\text{Var}(X) = \\frac{107.8}{220} = 0.49$", "m.var", 0.49),
    # ... but a marker out of sequence is prose, not a cut: "(a) ... as in (c)" keeps (a)'s value
    ("(a) E[X] = 1.1 as in (c) below", "m.mean", 1.1),
    # a small whole number before a named quantity multiplies it: "9 Var X" is no value 9
    ("Var(3X-2) = 9 Var X = 4.41", "m.vary", 4.41),
    ("(c) Var(3X − 2) = 9Var(X) = 4.41", "m.vary", 4.41),
    # a function of one argument written without its brackets, or in the other ones
    ("E[X] = 1.1\nVar X = 1.7 - (1.1)^2 = 0.49\nVar(3X-2) = 9 Var X = 4.41", "m.var", 0.49),
    ("E[X] = 1.1\nVar X = 1.7 - (1.1)^2 = 0.49\nVar(3X-2) = 9 Var X = 4.41", "m.mean", 1.1),
    ("EX = 1.1 ; Var[X] = 0.49", "m.mean", 1.1),
    # an expression in symbols set to zero is an equation to solve, not the part's value
    ("(a) mean = 0.5 + 0.6 = 1.1\n(n x/p) − n(1 − x)/(1 − p) = 0.", "m.mean", 1.1),
    ("(a) mean = 0.5 + 0.6 = 1.1; x/p − 1 = 0", "m.mean", 1.1),
    ("EX = 1.1 ; Var[X] = 0.49", "m.var", 0.49),
    # a working table's row of column sums, before any label, is no answer of the first part
    ("| x | P(x) | x P(x) | x² P(x) |\n|---|---|---|---|\n| 0 | 0.2 | 0 | 0 |\n| 2 | 0.3 | 0.6 | 1.2 |\n"
     "| Total | 1 | 1.1 | 1.7 |\n(a) E[X] = 1.1", "m.mean", 1.1),
    # a program's printed columns: a name after two spaces is the next column's, not a factor
    ("E[X] = 1.10  Var(X) = 0.49  Var(3X-2) = 4.41", "m.mean", 1.1),
    ("E[X] = 1.10  Var(X) = 0.49  Var(3X-2) = 4.41", "m.var", 0.49),
    # words naming several parts title the question: they choose no part for the working after them
    ("## Q5 (E[X] and Var(X))\n| Σ | 1 | **1.1** | 1.7 |\n- E[X] = 1.1\n- Var(X) = 1.7 − 1.21 = 0.49", "m.var", 0.49),
    # a label raised to a power names another quantity: "E[X]^2" is not E[X]
    ("(a) E[X] = 1.1, E[X]^2 = 1.7", "m.mean", 1.1),
    # a factor times a part's quantity is a multiple of it, whatever the chain's head names
    ("(b) Var(X) = 0.7\n(c) Var(3X-2) = 6.3\nsince Var(aX+b) = a^2 Var(X) = 9 * 0.7 = 6.3", "m.var", 0.7),
    ("(b) Var(X) = 0.49\n(c) Var(aX + b) = a² Var(X) = 9 × 0.49 = 4.41", "m.var", 0.49),
    ("(b) Var(X) = 0.49\n(c) Var(aX + b) = 3^{2} Var(X) = 4.41", "m.vary", 4.41),
]


@pytest.mark.parametrize("text,part,value", CHAIN_HEADS)
def test_an_expression_in_other_parts_quantities_goes_on_with_its_chain(tmp_path, text, part, value):
    from grader.extract import extract
    from grader.spec_loader import load_spec
    (tmp_path / "spec.yaml").write_text(MOMENTS, encoding="utf-8")
    answer = extract(_read(tmp_path, ".txt", "Q5 variance and expectation\n" + text + "\n"),
                     load_spec(tmp_path / "spec.yaml")).answers[part]
    assert answer is not None and answer.value["value"] == pytest.approx(value), answer and answer.text


ONE_PART = """\
assignment: one-part
title: "One part"
questions:
  - id: m
    title: "Q1"
    keywords: [variance, expectation]
    parts:
      - {id: m.mean, kind: number, points: 1, find: {labels: ["E[X]"], markers: ["(a)"]}}
      - {id: m.var, kind: number, points: 1, find: {labels: ["Var(X)"], markers: ["(b)"]}}
  - id: acc
    title: "Q2"
    keywords: [confusion, diagonal]
    parts:
      - {id: acc.top1, kind: number, percent: true, points: 1, find: {labels: ["accuracy"]}}
"""

#: (passage, the one-part question's value): a closing table's row names a question of one part
#: by its number alone, in Markdown and in LaTeX, and beats the working's unlabelled numbers
CLOSING_ROWS = [
    "| 2 | 65.91 % |",
    "| 2 | $65.91\\,\\%$ |",
    "\\begin{tabular}{ll}\n1(a) & 1.1 \\\\\n2 & $65.91\\,\\%$ \\\\\n\\end{tabular}",
    "\\begin{tabular}{ll}\n1(a) & 1.1 \\\\\n2 & 65.91\\% \\\\\n\\end{tabular}",
]


@pytest.mark.parametrize("row", CLOSING_ROWS)
def test_a_closing_row_names_a_question_of_one_part_by_its_number(tmp_path, row):
    from grader.extract import extract
    from grader.spec_loader import load_spec
    (tmp_path / "spec.yaml").write_text(ONE_PART, encoding="utf-8")
    text = ("Q1. E[X] = 1.1 and Var(X) = 0.49\n\nQ2. diagonal sum = 50+45+50 = 145, of 220 in the confusion "
            f"matrix.\n\n## Answers\n\n{row}\n")
    answer = extract(_read(tmp_path, ".md", text), load_spec(tmp_path / "spec.yaml")).answers["acc.top1"]
    assert answer is not None and answer.value["value"] == pytest.approx(0.6591), answer and answer.text


#: (the answer's sentence, the values it gives): an approximation opening a clause right after a value
#: restates it ("145/220, roughly 66 %"). One of the two is read, and the other stays a reading a person
#: is shown where it grades otherwise (the rubric may take the exact form or the rounding).
APPROXIMATIONS = [
    ("The accuracy is 145/220, roughly 66 percent.", {145 / 220, 0.66}),
    ("The accuracy is 145/220, approximately 66 percent.", {145 / 220, 0.66}),
    ("The accuracy = 145/220, about 0.66", {145 / 220, 0.66}),
    ("Answer: the accuracy is 145/220, roughly 66 percent.", {145 / 220, 0.66}),
    ("The accuracy is 0.659, i.e. about 65.9 %.", {0.659}),
    ("The accuracy is 0.659, approx. 65.9 %.", {0.659}),
    ("The accuracy is $\\num{0.659}$, i.e.\\ about \\SI{65.9}{\\percent}.", {0.659}),
]


@pytest.mark.parametrize("sentence,values", APPROXIMATIONS)
def test_an_approximation_after_a_value_restates_it(tmp_path, sentence, values):
    from grader.extract import extract
    from grader.spec_loader import load_spec
    (tmp_path / "spec.yaml").write_text(ONE_PART, encoding="utf-8")
    text = f"Q1. E[X] = 1.1 and Var(X) = 0.49\n\nQ2. From the confusion matrix's diagonal:\n\n{sentence}\n"
    answer = extract(_read(tmp_path, ".md", text), load_spec(tmp_path / "spec.yaml")).answers["acc.top1"]
    assert answer is not None
    seen = [answer.value["value"], *(a.value["value"] for a in answer.alternatives + answer.elsewhere)]
    assert all(any(v == pytest.approx(value, abs=5e-4) for v in seen) for value in values), (answer.text, seen)
    assert any(answer.value["value"] == pytest.approx(value, abs=5e-4) for value in values), answer.text


#: (passage, part): a value written right after a quantity that names no part is that quantity's,
#: though a label stands earlier in the subject ("Bayes' rule with P(+|not D) = 0.10" gives a given)
GIVEN_AFTER_A_LABEL = [
    ("(b) Var(X) by the formula with P(X=2) = 0.3", "m.var"),
    ("E[X] computed with P(X = 1) = 0.5", "m.mean"),
    # after a comparison the value is the other side's ("Var(X) 0.49 is above σ = 0.3", "is" read as the relation)
    ("(b) Var(X) 0.49 is above σ = 0.3", "m.var"),
    ("(b) Var(X) 0.49 lies below σ = 0.7", "m.var"),
]


@pytest.mark.parametrize("text,part", GIVEN_AFTER_A_LABEL)
def test_a_value_after_an_unnamed_quantity_is_not_the_labels(tmp_path, text, part):
    from grader.extract import extract
    from grader.spec_loader import load_spec
    (tmp_path / "spec.yaml").write_text(MOMENTS, encoding="utf-8")
    answer = extract(_read(tmp_path, ".txt", "Q5 variance and expectation\n" + text + "\n"),
                     load_spec(tmp_path / "spec.yaml")).answers[part]
    # a second reading's doubt stands unless the check finds the value right (Answer.review_unless_correct)
    assert answer is None or answer.review or answer.review_unless_correct, answer and answer.text


def test_a_formula_read_before_an_unreadable_labelled_conclusion_is_flagged(tmp_path):
    """"l′(p) = … = 0 ⇒ …, hence" read as the estimator while the line below, which names it ("p̂ = …"),
    could not be read: the conclusion may be that line, so a person looks (a PDF's broken sum did this)."""
    from grader.extract import extract
    from grader.spec_loader import load_spec
    spec = load_spec(Path(__file__).resolve().parents[2] / "reference" / "stats_a1.yaml")
    text = ("Problem 4\n(b) l'(p) = sum x_i/p - (n - sum x_i)/(1-p) = 0 => sum x_i - p sum x_i = np - p sum x_i, hence\n"
            "p̂ = 1 n^{n} ⊮ i=1 x_{i}\n")
    answer = extract(_read(tmp_path, ".txt", text), spec).answers["mle.estimator"]
    assert answer is not None and any("a later line names this part" in r for r in answer.review), answer


DECLARED_PERCENT = [
    ("**1(b)** Bayes\n0.0095 / 0.1085 = 0.08756\nAnswer (in percent): 8.76\n", 0.0876),
    ("**1(b)** Bayes: posterior in %: 8.76\n", 0.0876),
    ("**1(b)** Bayes: posterior = 0.0876\n", 0.0876),   # no declaration: as written
]


@pytest.mark.parametrize("text,value", DECLARED_PERCENT)
def test_a_label_that_declares_its_value_a_percentage(tmp_path, text, value):
    from grader.extract import extract
    from grader.spec_loader import load_spec
    spec = load_spec(Path(__file__).resolve().parents[2] / "reference" / "stats_a1.yaml")
    answer = extract(_read(tmp_path, ".md", "## Q1 probabilities\n" + text), spec).answers["prob.bayes"]
    assert answer is not None and answer.value["value"] == pytest.approx(value), answer


PROGRAM_GIVENS = [
    # a program's variables given their values in one assignment are no claim about the part
    ("**1(b)** Bayes\n\npD, sens, spec = 0.01, 0.95, 0.90\npos = sens*pD + (1 - spec)*(1 - pD)\n", None),
    # ... while its printed result, after the assignment, is read
    ("**1(b)** Bayes\n\npD, sens, spec = 0.01, 0.95, 0.90\nposterior P(D|+) = 0.0876\n", 0.0876),
]


@pytest.mark.parametrize("text,value", PROGRAM_GIVENS)
def test_a_program_s_parallel_assignment_of_givens_is_no_answer(tmp_path, text, value):
    from grader.extract import extract
    from grader.spec_loader import load_spec
    spec = load_spec(Path(__file__).resolve().parents[2] / "reference" / "stats_a1.yaml")
    answer = extract(_read(tmp_path, ".md", "## Q1 probabilities\n" + text), spec).answers["prob.bayes"]
    assert (answer.value["value"] if answer else None) == (pytest.approx(value) if value else None), answer


@pytest.mark.parametrize("word", ["Ans", "Answer", "Solution", "Sol", "Q"])
def test_an_answer_heading_with_a_part_s_letter_names_the_part(tmp_path, word):
    """"Ans 1 (b)" names question 1's part (b) as "Q1 (b)" does: the value under it is (b)'s, not the first part's."""
    from grader.extract import extract
    from grader.spec_loader import load_spec
    spec = load_spec(Path(__file__).resolve().parents[2] / "reference" / "stats_a1.yaml")
    text = (f"{word} 1 (a)\nP=1-(5/6)^{{3}}=1-0.5787=0.42\n{word} 1 (b)\n"
            "(0.95×0.01)/(0.95×0.01+0.1×0.99)=0.0095/0.1085=0.0876\n")
    answers = extract(_read(tmp_path, ".txt", text), spec).answers
    assert answers["prob.bayes"] is not None and answers["prob.bayes"].value["value"] == pytest.approx(0.0876)
    assert answers["prob.dice"] is None or answers["prob.dice"].value["value"] != pytest.approx(0.0876)
