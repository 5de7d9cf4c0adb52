"""The reader's failure classes in the other shipped courses (deep learning, statistics), as a table:
a passage as students write it -> the part's verdict and whether a person must be asked.

Like ``test_reading_table.py``, each row names the class it stands for; a held-out set's new way to
misread gets a row here before it is fixed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from grader.ingest import read_submission
from grader.pipeline import Context, grade_document
from grader.reference import load_reference
from grader.spec_loader import load_spec

ROOT = Path(__file__).resolve().parents[2]

_FOUR_LINES = ("Q1 14x14x64 (conv 28x28x64 then pool) / 27*64+64 = 1792\n"
               "Q2 W_new = [[0.15 -0.2 0.45] [0.1 0.5 -0.3]]   (grad [[.5 1 -.5] [-1 -2 1]])\n"
               "Q3 p - y      Q4 no, running mean/var from training used      Q5 145/220 = 65.9%\nQ6 -\n")

ROWS = [
    # (class, spec, file suffix, text, part, verdict, review expected)
    ("a decision in Hinglish ('H0 reject nahi karenge') is the spec's spelling of not rejecting", "stats_a1", ".md",
     "## Q3\n(a) z = 1.8\n(b) p = 0.0719\n(c) p = 0.0719 > 0.05 hai, isliye **H0 reject nahi karenge**. Coin biased "
     "hone ka evidence nahi hai.\n",
     "test.decision", "correct", False),
    ("the question's one unnamed matrix (the outer product of the working) beside another of its shape outside the "
     "question's text (an appendix's row the sections did not place) is flagged: which concludes is a person's call",
     "dl_a3", ".txt",
     "2. Aggiornamento SGD\nIl prodotto esterno vale δ xᵀ = [[0.5, 1, −0.5], [−1, −2, 1]].\n\n3. Softmax\n"
     "Si ottiene p_k − y_k.\n\nAppendice A\n\nEs. Risposta\n2 W nuova = [[0.15, −0.2, 0.45], [0.1, 0.5, −0.3]]\n",
     "sgd.update", "incorrect", True),
    ("a matrix in a decimal-comma locale, its entries apart by ';' and its rows on two lines ('[[0,15; −0,20; 0,45];' "
     "over '[0,10; 0,50; −0,30]]'), is the matrix it shows", "dl_a3", ".txt",
     "Aufgabe 2\nGradient: ∂L/∂W = δ · xᵀ = [[0,5; 1; −0,5]; [−1; −2; 1]]\nW_neu = W − η · ∂L/∂W\n\n"
     "W_neu = [[0,15; −0,20; 0,45];\n         [0,10;  0,50; −0,30]]\n", "sgd.update", "correct", False),
    ("German's 'insgesamt' (in total) concludes a count as 'in total' does: the parameters, not the weights before "
     "them ('1.792', its dot read as a thousands' group and flagged)", "dl_a3", ".txt",
     "Aufgabe 1\nb) Gewichte: 3 · 3 · 3 · 64 = 1.728\n   Bias: 64\n   Lernbare Parameter insgesamt: 1.792\n",
     "cnn.params", "correct", True),
    ("a formula said in words keeps its spoken arithmetic ('p hat equals one minus x bar' is 1 − x̄): its number and "
     "operator words are no filler to drop, which read 'x bar' and gave credit", "stats_a1", ".md",
     "## Q4\n(b) Our prof asks for every answer in words.\nAnswer: p hat equals one minus x bar.\n", "mle.estimator",
     "incorrect", False),
    ("... and without them the spoken formula is what it says ('p hat equals x bar')", "stats_a1", ".md",
     "## Q4\n(b) Our prof asks for every answer in words.\nAnswer: p hat equals x bar.\n", "mle.estimator",
     "correct", False),
    ("a grid of answers, a row per question and a column per part ('| Q5 | 1.1 | 0.49 | 4.41 |' under '| | (a) | (b) "
     "| (c) |'), gives each cell to its question's part", "stats_a1", ".md",
     "## Working\n\nQ5. E[X²] = 1.7, so the variance follows.\n\n## Answers\n\n|  | (a) | (b) | (c) |\n|---|---|---|---|\n"
     "| Q1 | 0.4213 | 0.0876 | — |\n| Q2 | [0.2553, 0.3847] | — | — |\n| Q5 | 1.1 | 0.49 | 4.41 |\n", "moments.var",
     "correct", False),
    ("a formula under a heading that corrects the answers above ('## Corrections' over '- **Q3:** … the result is "
     "∂L/∂z_k = p_k − y_k') supersedes the bold answer it corrects", "dl_a3", ".md",
     "## Q3\nThe quotient rule gives ∂p_k/∂z_k = p_k(1 − p_k).\n\n**Answer: ∂L/∂z_k = p_k(1 − p_k)**\n\n"
     "## Corrections (added after the study group)\n\n- **Q3:** with the cross-entropy in the chain rule the y terms "
     "combine and the result is ∂L/∂z_k = p_k − y_k. That is my final answer for Q3.\n", "softmax.grad", "correct",
     False),
    ("a Markdown heading of a number, a dash and a title of any words ('### 1(a) — 4 marks', '### 4 — 3 marks') "
     "heads its question: the bold answer under it is that part's, not the givens restated at the end", "dl_a3", ".md",
     "### 1(a) — 4 marks\n\n**Answer: 14 × 14 × 64**\n\nWorking: the conv keeps 28, so 28 × 28 × 64; the pool "
     "halves it.\nInput was 28 × 28 × 3.\n\n### 1(b) — 3 marks\n\n**Answer: 1792**\n\n### 4 — 3 marks\n\n"
     "**Answer: No**\n", "cnn.shape", "correct", False),
    ("a question's word and the answer's in the student's language ('Questão 2', 'Resposta: 0,0876') head and "
     "conclude as 'Question' and 'Answer' do: Q2's margin is not Q1(b)'s answer", "stats_a1", ".md",
     'Questão 1\n(a) P(nenhum seis) = (5/6)³ = 0,5787, logo 1 − 0,5787 = 0,4213.\nResposta: 0,4213\n(b) P(+) = 0,0095 +'
     ' 0,099 = 0,1085; P(D|+) = 0,0095/0,1085.\nResposta: 0,0876\nQuestão 2\np̂ = 64/200 = 0,32; EP = 0,03298. Mar'
     'gem = 1,96 · 0,03298 = 0,0646.\nResposta: IC 95 % = [0,2553; 0,3847]\n',
     "prob.bayes", "correct", False),
    ("an answer word in French before a count grouped with a narrow space ('Réponse : 1\u202f792 paramètres') "
     "concludes the part, not the working's '= 28 paramètres'", "dl_a3", ".md",
     "Question 1\nb) Chaque filtre : 3 × 3 × 3 = 27 poids + 1 biais = 28 paramètres ; 28 × 64 filtres.\n"
     "Réponse : 1\u202f792 paramètres\n", "cnn.params", "correct", False),
    ("a decision in the student's language is one of the spec's spellings ('H0 wird nicht verworfen', 'on ne "
     "rejette pas H0')", "stats_a1", ".md",
     "Aufgabe 3\n(a) z = 1,8\n(b) p = 2 · 0,0359 = 0,0719\n(c) H0 wird nicht verworfen, da p = 0,0719 > 0,05.\n",
     "test.decision", "correct", False),
    ("a question's number with its bracket, then its part's letter ('4) a)', '3) a) z = 1.8'), opens that question: "
     "(a)'s likelihood is (a)'s answer, not the log-likelihood the next letter's line works with", "stats_a1", ".md",
     '1) a) P = 1 - (5/6)^3 = 91/216 = 0.4213\nb) P(D|+) = 0.0095/0.1085 = 0.0876\n'
     '2) SE = 0.033 so the interval is (0.2553, 0.3847)\n3) a) z = 1.8\nb) p = 0.0719\n'
     'c) fail to reject H0 since p > 0.05\n4) a)\nL(p) = \\prod p^{x_i}(1-p)^{1-x_i}\n'
     'b) \\log L = \\sum x_i \\log p + (n - \\sum x_i)\\log(1-p), derivative zero gives \\hat p = \\bar x\n'
     '5) a) E(X) = 1.1\n',
     "mle.loglik", "partial", False),
    ("a question's number with its bracket, then its part's letter: the p-value under '3) a)' is Q3's, not the mean "
     "of Q5 read as a chain's end", "stats_a1", ".md",
     '1) a) P = 1 - (5/6)^3 = 91/216 = 0.4213\nb) P(D|+) = 0.0095/0.1085 = 0.0876\n'
     '2) SE = 0.033 so the interval is (0.2553, 0.3847)\n3) a) z = 1.8\nb) p = 0.0719\n'
     'c) fail to reject H0 since p > 0.05\n4) a)\nL(p) = \\prod p^{x_i}(1-p)^{1-x_i}\n'
     'b) \\log L = \\sum x_i \\log p + (n - \\sum x_i)\\log(1-p), derivative zero gives \\hat p = \\bar x\n'
     '5) a) E(X) = 1.1\n',
     "test.pvalue", "correct", False),
    ("R's print of a matrix pasted under its script ('[2,] 0.10  0.5 -0.30' under '[,1] [,2] [,3]'): the row "
     "labels are no values, the rows are the matrix", "dl_a3", ".R",
     "## Q2 ----\nW_new <- W - eta * dW\ncat(\"Q2 W_new:\\n\"); print(W_new)\n\n# output:\n# Q2 W_new:\n"
     "#      [,1] [,2] [,3]\n# [1,] 0.15 -0.2 0.45\n# [2,] 0.10  0.5 -0.30\n", "sgd.update", "correct", False),
    ("a matrix a page sets in MathML between drawn brackets, its entries' signs set apart ('<mo>−</mo><mn>0.20</mn>'), "
     "is the matrix it shows", "dl_a3", ".html",
     "<h2>2. SGD step</h2><p>W<sub>new</sub> = <math><mrow><mo>[</mo><mtable><mtr><mtd><mn>0.15</mn></mtd><mtd><mo>−</mo>"
     "<mn>0.20</mn></mtd><mtd><mn>0.45</mn></mtd></mtr><mtr><mtd><mn>0.10</mn></mtd><mtd><mn>0.50</mn></mtd><mtd>"
     "<mo>−</mo><mn>0.30</mn></mtd></mtr></mtable><mo>]</mo></mrow></math></p>", "sgd.update", "correct", False),
    ("a matrix in Word's linear format, copied out of its equation editor ('[■(0.15&−0.2&0.45@0.1&0.5&−0.3)]': "
     "cells apart by '&', rows by '@') is the matrix it shows", "dl_a3", ".txt",
     "Question 2\n𝜕𝐿/𝜕𝑊 = 𝛿𝑥ᵀ = [■(0.5&1.0&−0.5@−1.0&−2.0&1.0)]\n\n𝑊new = 𝑊 − 𝜂 𝜕𝐿/𝜕𝑊 = "
     "[■(0.2&−0.1&0.4@0.0&0.3&−0.2)] − 0.1[■(0.5&1.0&−0.5@−1.0&−2.0&1.0)]\n\n𝑊new = [■(0.15&−0.2&0.45@0.1&0.5&−0.3)]\n",
     "sgd.update", "correct", False),
    ("a matrix's rows named one by one, each entry worked out in its place ('row 1: 0.2 − 0.05 = 0.15, −0.1 − 0.1 = "
     "−0.2, …'): each entry's value, not the gradient's table above them", "dl_a3", ".md",
     "### Q2\ny = Wx, so ∂L/∂W = δxᵀ.\n\n| | x₁ = 1 | x₂ = 2 | x₃ = −1 |\n|---|---|---|---|\n| δ₁ = 0.5 | 0.5 | 1.0 | −0.5 |\n"
     "| δ₂ = −1 | −1.0 | −2.0 | 1.0 |\n\nW_new = W − 0.1 · ∂L/∂W:\n\n- row 1: 0.2 − 0.05 = 0.15, −0.1 − 0.1 = −0.2, "
     "0.4 + 0.05 = 0.45\n- row 2: 0.0 + 0.1 = 0.1, 0.3 + 0.2 = 0.5, −0.2 − 0.1 = −0.3\n", "sgd.update", "correct", False),
    ("a scale letter glued to a decimal ('≈ 1.8k params') is read: a table's answer column that rounds the working's "
     "count is flagged, never dropped", "dl_a3", ".md",
     "## Q1\n\n| Part | Working | Answer |\n|---|---|---|\n| 1(a) | pool 2×2/2 → 14 | **14 × 14 × 64** |\n"
     "| 1(b) | per filter 3·3·3 + 1 = 28; 28 × 64 = 1792 | **≈ 1.8k params** |\n", "cnn.params", "correct", True),
    ("a shape wrapped at its times sign, its depth alone on the next line ('… of shape 14 × 14 ×' / '64.'), is one "
     "shape: the line is the expression's rest, no numbered item", "dl_a3", ".txt",
     "1 Convolutional layer\n1(a) The conv layer keeps 28 × 28 and the depth is the\nnumber of filters, 64. The 2×2 "
     "max-pool with\nstride 2 then gives an output of shape 14 × 14 ×\n64.\n1(b) A filter sees a 3 × 3 patch of all "
     "three input\nchannels, so it has 27 weights. Over\nthe 64 filters the layer has 27 · 64 = 1728\nparameters.\n",
     "cnn.shape", "correct", False),
    ("AsciiMath's '~~' (approximately) is a relation: the value after it ends the chain, not the value before "
     "it", "stats_a1", ".md",
     "Q1\n--\n\n(a) `P(A) = 1 - (5/6)^3 = 91/216`\n\n(b) `P(+) = (0.95)(0.01) + (0.10)(0.99) = 0.1085`\n\n"
     "`P(D|+) = (0.95 xx 0.01)/0.1085 = 0.0095/0.1085 ~~ 0.0876`\n", "prob.bayes", "correct", False),
    ("a knitted document's numbers in text between operators set in math ('=$ 1.7 $-$ 1.21 $=$ 0.49'): one chain, "
     "its last value", "stats_a1", ".md",
     "## Q5\n\n1)  $E[X] = 1.1$\n\n2)  $\\operatorname{Var}(X) = E[X^2] - E[X]^2 =$ 1.7 $-$ 1.21 $=$ 0.49\n\n"
     "3)  $\\operatorname{Var}(3X-2) = 9\\operatorname{Var}(X) =$ 4.41\n", "moments.var", "correct", False),
    ("a power of ten in brackets ('4.9 x 10^(-1)', as a calculator or plain text writes it) is the number's", "stats_a1",
     ".txt", "Q5\n (a) E[X] = 1.1\n (b) E[X²] = 1.7\n     Var(X) = 1.7 − 1.21 = 4.9 x 10^(-1)\n (c) Var(3X − 2) = 4.41\n",
     "moments.var", "correct", False),
    ("a list of answers on one line, each after its question's number and part ('Final answers: Q1(a) 14 × 14 × 64 | "
     "Q1(b) 1792 | Q5 65.91 %', a Word footer's), names each part from its own mark to the next", "dl_a3", ".md",
     "## Q1 – conv layer\n\nSpatial: (28 + 2·1 − 3)/1 + 1 = 28 → conv output 28 × 28 × 64. Max-pool 2 × 2, stride 2: "
     "(28 − 2)/2 + 1 = 14.\n\n(final values below)\n\n## Q5 – accuracy\n\naccuracy = 145/220\n\n"
     "Final answers: Q1(a) 14 × 14 × 64 | Q1(b) 1792 | Q5 65.91 %\n", "cnn.shape", "correct", False),
    ("a value's exact form in a bracket right after it ('≈ **0.66** (exact: 0.6591 to 4 d.p.)') is the answer the "
     "rounding restates, however firmly the rounding is marked", "dl_a3", ".md",
     "## Q5\n\naccuracy = 145/220 ≈ **0.66** (exact: 0.6591 to 4 d.p.)\n", "metrics.accuracy", "correct", False),
    ("a Word comment that restates a count ('Comment: actually it's 1792 – I forgot the 64 biases') corrects it",
     "dl_a3", ".md",
     "# 1 Convolutional layer\n\nShape after the max-pool: 14 × 14 × 64\n\nParameters: weights per filter = 3 × 3 × 3 "
     "= 27, so in total 64 × 27 = 1728 learnable parameters.\n\nComment: actually it's 1792 – I forgot the 64 biases "
     "(64 × 28). Didn't have time to fix the text.\n", "cnn.params", "correct", True),
    ("the question's own words offering its options, copied in ('… Answer yes or no and justify.'), choose none: the "
     "student's answer under them is read", "dl_a3", ".md",
     "**Q4. Batch normalisation.** At test time, does a batch-normalisation layer normalise each test batch with\n"
     "that batch's own mean and variance? Answer yes or no and justify.\n\n## Answers\n\n### Q4\n\n"
     "No – at inference BN uses the running mean and variance collected during training, the test batch's own "
     "statistics are not used.\n", "bn.test", "correct", False),
    ("matrices drawn side by side whose signs between them a PDF set on their bottom line only ('⎛ … ⎞ ⎛ … ⎞ ⎛ … ⎞' "
     "over '⎝ … ⎠ − ⎝ … ⎠ = ⎝ … ⎠'): the k-th piece of each line is the k-th matrix, the last one the result",
     "dl_a3", ".txt",
     "2 One step of SGD\nThe SGD update with η = 0.1 is\nW_new = W − η ∂L/∂W =\n"
     "⎛ 0.2 −0.1 0.4 ⎞ ⎛ 0.05 0.1 −0.05 ⎞ ⎛ 0.15 −0.2 0.45 ⎞\n⎝ 0.0 0.3 −0.2 ⎠ − ⎝ −0.1 −0.2 0.1 ⎠ = ⎝ 0.1 0.5 −0.3 ⎠\n",
     "sgd.update", "correct", False),
    ("a summary table's question number written once for its rows: the row under it with an empty first cell is "
     "the question's too ('2 & ∂L/∂W & …' over ' & W_new & …'), and its value is the answer", "dl_a3", ".tex",
     "\\section*{Question 2}\nThen $W \\leftarrow W - \\eta\\,\\frac{\\partial L}{\\partial W}$.\n\n"
     "\\section*{Summary of answers}\n\\begin{tabular}{lll}\nQ & quantity & answer \\\\\n"
     "2 & $\\partial L/\\partial W$ & $\\begin{pmatrix} 0.5 & 1 & -0.5\\\\ -1 & -2 & 1\\end{pmatrix}$ \\\\\n"
     "  & $W_{\\text{new}}$ & $\\begin{pmatrix} 0.15 & -0.20 & 0.45\\\\ 0.10 & 0.50 & -0.30\\end{pmatrix}$ \\\\\n"
     "3 & $\\partial L/\\partial z_k$ & $p_k - y_k$ \\\\\n\\end{tabular}\n", "sgd.update", "correct", False),
    ("... in a Markdown table too ('| 2 | ∂L/∂W | … |' over '| | W_new | … |')", "dl_a3", ".md",
     "## Question 2\nW ← W − η ∂L/∂W.\n\n## Summary\n\n| Q | quantity | answer |\n|---|---|---|\n"
     "| 2 | ∂L/∂W | [[0.5, 1, -0.5], [-1, -2, 1]] |\n| | W_new | [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]] |\n"
     "| 3 | ∂L/∂z | p − y |\n", "sgd.update", "correct", False),
    ("'is roughly' relates a value as firmly as 'is about' does: a sentence that names the part in its own words "
     "('the probability of having the disease given a positive test is roughly 9 percent') concludes the working's "
     "'that is 0.1085'", "stats_a1", ".txt",
     "Question one part b. The probability of testing positive is 0.95 times 0.01 plus 0.1 times 0.99, that is "
     "0.1085. Dividing 0.0095 by 0.1085, the probability of having the disease given a positive test is roughly 9 "
     "percent.\n", "prob.bayes", "partial", False),
    ("the number after a comma that the arithmetic before it comes to is its result ('The variance is 1.7 − 1.21, "
     "0.49.'), not a value of the working before it", "stats_a1", ".txt",
     "Question five part b. The expected value of X squared is 1.7. The variance is 1.7 − 1.21, 0.49.\n",
     "moments.var", "correct", False),
    ("... after an '=' too ('Var(X) = 1.7 − 1.21, 0.49.'): the value stated, not the expression worked out and "
     "flagged", "stats_a1", ".txt",
     "Question five part b. E[X²] = 1.7. Var(X) = 1.7 − 1.21, 0.49.\n", "moments.var", "correct", False),
    ("... but a doubt that the student settles ('… My interval:' after the three tried) offers nothing: the interval "
     "chosen is graded alone", "stats_a1", ".md",
     "# Question 2\n\np̂ = 64/200 = 0.32 and SE = √(0.32·0.68/200) = 0.0330. I was not sure which critical value goes with “95 %”, so I tried the three values printed at the bottom of our z-table:\n\n| critical value | margin = z·SE | interval |\n|---|---|---|\n| 1.645 | 0.0543 | (0.2657, 0.3743) |\n| 1.96 | 0.0646 | (0.2554, 0.3846) |\n| 2.576 | 0.0850 | (0.2350, 0.4050) |\n\nThe table heading says z₀.₀₅ = 1.645, and 0.05 is what is left over from 95 %, so 1.645 is the 95 % value (the question mentions 1.96 but I think that one is for 97.5 %). My interval:\n\n0.32±1.645(0.0330)=(0.2657, 0.3743)\n\n",
     "ci.interval", "partial", False),
    ("the clause after a chain's 'and' counts as a statement ('… is 14 × 14 × 64 and the conv layer has 1792 learnable "
     "parameters')", "dl_a3", ".md",
     "### Conv layer\nSo the pooled output is 14 × 14 × 64 and the conv layer has 1792 learnable parameters.\n",
     "cnn.params", "correct", False),
    ("a bold count followed by what it counts ('has **1792** learnable parameters') is read: the bold's stars are no "
     "product", "dl_a3", ".md",
     "### Conv layer\nSo the conv layer has **1792** learnable parameters.\n", "cnn.params", "correct", False),
    ("... and in the clause after a chain's 'and', beside a struck-out count ('… is **14 × 14 × 64** and the conv layer "
     "has ~~1728~~ **1792** learnable parameters')", "dl_a3", ".md",
     "### Conv layer\nSo the pooled output is **14 × 14 × 64** and the conv layer has ~~1728~~ **1792** learnable "
     "parameters.\n", "cnn.params", "correct", False),
    ("a matrix right after its label ('W_{\\text{new}} = (W)') whose chain goes on on the next line ('- 0.1 (…)' then "
     "'= (…)') is an operand: the chain's end is read", "dl_a3", ".tex",
     "\\section*{Question 2}\n\\item With $\\delta = \\partial L/\\partial y$,\n$\\dfrac{\\partial L}{\\partial W} = \\delta\\, x^{T}$, hence\n\\[\nW_{\\text{new}} = \\begin{pmatrix} 0.2 & -0.1 & 0.4\\\\ 0 & 0.3 & -0.2 \\end{pmatrix}\n- 0.1\\begin{pmatrix} 0.5 & 1 & -0.5\\\\ -1 & -2 & 1 \\end{pmatrix}\n= \\begin{pmatrix} 0.15 & -0.2 & 0.45\\\\ 0.1 & 0.5 & -0.3 \\end{pmatrix}.\n\\]\n",
     "sgd.update", "correct", False),
    ("a rule drawn with box characters ('━━━━') ends the answer above it, and a doubt in a paragraph of its own "
     "('I wasn't sure which SE …, so both:') offers the two intervals after it alike", "stats_a1", ".txt",
     "MA 214 · Assignment 1\nHarsh Vardhan · 22B0733\n\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n1(a)  P(≥1 six) = 1 − (5/6)³ = 1 − 0.5787… ≈ 0.42\n\n1(b)  P(D | +) = P(+ | D) · P(D) = 0.95 × 0.01 = 0.0095\n\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n2.  p̂ = 64/200 = 0.32\n\n    I wasn't sure which SE the question wants, so both:\n\n    Method 1 (plug-in p̂):   SE = √(0.32·0.68/200) = 0.0330\n                            CI = 0.32 ± 1.96·0.0330 = (0.2554, 0.3846)\n\n    Method 2 (p = ½, worst case):   SE = √(0.25/200) = 0.0354\n                            CI = 0.32 ± 1.96·0.0354 = (0.2507, 0.3893)\n\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n3.  H₀: p = ½ vs H₁: p ≠ ½,  p̂ = 218/400 = 0.545\n\n    (a) z = (0.545 − 0.5)/√(0.25/400) = 0.045/0.025 = 1.80\n\n    (b) From the table Φ(1.80) = 0.9641, so\n        p-value = 2·(1 − 0.9641) = 2·0.0359 ≈ 0.072\n        (somewhere between 0.07 and 0.08 anyway)\n\n    (c) p ≈ 0.072 > α = 0.05 ⇒ do not reject H₀.\n        Not significant at 5 %.\n\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n",
     "ci.interval", "partial", True),
    ("'$=1-P$ (no 6)': a number before a minus and a function whose bracket Mathpix set outside the math is an "
     "operand, not the part's value", "stats_a1", ".md",
     "1) a) $P$ (at least one 6) $=1-P$ (no 6)\n\n$$\n\\begin{aligned}\n& =1-\\left(\\frac{5}{6}\\right)^{3}=1-\\frac{125}{216} \\\\\n& =\\frac{91}{216}=0.4213\n\\end{aligned}\n$$\n",
     "prob.dice", "correct", False),
    ("an operation a PDF's wrapping cut before its operator ('P(D | +) = 0.0095' / '/ 0.1085 = 0.0876, i.e. 8.76%.') "
     "is one chain: its numerator is no answer", "stats_a1", ".txt",
     "Question 1\n(b) P(+) = 0.95 × 0.01 + 0.10 × 0.99 = 0.1085. By Bayes’ theorem, P(D | +) = 0.0095\n"
     "/ 0.1085 = 0.0876, i.e. 8.76%.\nQuestion 2\n", "prob.bayes", "correct", False),
    ("MATLAB's display of a row vector under its name ('ci =' over '0.2553    0.3847', pasted as comments) is the "
     "interval's ends", "stats_a1", ".m",
     "%% Q2  95% CI for p\nn = 200; k = 64;\nph = k/n;\nse = sqrt(ph*(1-ph)/n);\nci = [ph - 1.96*se, ph + 1.96*se]\n%   ci =\n%       0.2553    0.3847\n\n%% Q3  z-test, using the estimated SE from p-hat\nN = 400; H = 218;\nph3 = H/N;\nz = (ph3 - 0.5)/sqrt(ph3*(1-ph3)/N)\n%   z =\n%       1.8073\npval = 2*(1 - normcdf(abs(z)))\n%   pval =\n%       0.0707\n% Decision: pval = 0.0707 > 0.05  ->  do not reject H0 at the 5% level.\n\n",
     "ci.interval", "correct", False),
    ("'**Final Answer (b):**' names part (b) by the marker after the answer's word (a chat assistant's layout)",
     "stats_a1", ".md",
     "## 🪙 Question 3: Test for a proportion\n\n### Step 1: Test statistic\n$$z = \\frac{0.545 - 0.5}{\\sqrt{0.5 \\cdot 0.5 / 400}} = \\frac{0.045}{0.025} = 1.80$$\n\n**Final Answer (a):** $\\boxed{z = 1.80}$\n\n---\n\n### Step 2: p-value\n$$p = P(Z > 1.80) = 1 - 0.9641 = 0.0359$$\n\n**Final Answer (b):** $\\boxed{0.0359}$\n\n---\n\n### Step 3: Decision\n- ➡️ $p = 0.0359 < \\alpha = 0.05$\n- ❌ Reject $H_0$\n\n**Final Answer (c):** $\\boxed{\\text{Reject } H_0}$ — the coin appears biased towards heads.\n\n",
     "test.pvalue", "partial", False),
    ("a bare 'No.' where the question says 'justify' gets the credit the spec gives and a person's look", "dl_a3", ".md",
     "# 3. Softmax\n∂L/∂z_k = p_k − y_k.\n\n# 4. Batch normalisation\n\nNo.\n\n# 5. Accuracy\n145/220 = 65.91 %\n",
     "bn.test", "correct", True),
    ("... and 'No' with its reason in the words after it is not flagged", "dl_a3", ".md",
     "# 4. Batch normalisation\n\nNo. At test time BN uses the running mean and variance kept from training.\n",
     "bn.test", "correct", False),
    ("a label with an upright word in its index ('W_{\\text{new}} = … = (matrix)') names the part, after a display of "
     "the working's matrix set apart ('∂L/∂W = …' over its matrix)", "dl_a3", ".tex",
     "\\section*{Question 2}\n\\textbf{Attempt 2 (final).} From $y_i = \\sum_j W_{ij}x_j$ we get $\\frac{\\partial L}{\\partial W_{ij}} = \\delta_i x_j$, hence\n\\[\n  \\frac{\\partial L}{\\partial W} = \\bm{\\delta}\\bm{x}^\\top =\n  \\begin{pmatrix} 0.5 & 1.0 & -0.5 \\\\ -1.0 & -2.0 & 1.0 \\end{pmatrix},\n\\]\n\\[\n  W_{\\text{new}} = W - 0.1\\,\\frac{\\partial L}{\\partial W} =\n  \\begin{pmatrix} 0.2-0.05 & -0.1-0.1 & 0.4+0.05 \\\\ 0.0+0.1 & 0.3+0.2 & -0.2-0.1 \\end{pmatrix}\n  = \\begin{pmatrix} 0.15 & -0.2 & 0.45 \\\\ 0.1 & 0.5 & -0.3 \\end{pmatrix}.\n\\]\n",
     "sgd.update", "correct", False),
    ("a drawn matrix's name beside its middle row ('⎡ 0.15 0.10 ⎤' / 'W_new = ⎢ −0.20 0.50 ⎥' / '⎣ 0.45 −0.30 ⎦', as a "
     "PDF's text gives it) names the whole matrix, its top row too", "dl_a3", ".txt",
     "2 One SGD step\nThe SGD update W ← W − η ∂L/∂W with η = 0.1 then gives (arranging W the same way, rows = inputs)\n"
     "⎡ 0.15 0.10 ⎤\nW_new = ⎢ −0.20 0.50 ⎥\n⎣ 0.45 −0.30 ⎦\nThe step moves each weight against the sign of its "
     "gradient.\n", "sgd.update", "partial", False),
    ("another part named in a sentence that ends its line ('… the p-value 0.0719 is above 0.05.') is mentioned: the "
     "line after ('**Final: fail to reject H₀ …**') goes on with the part the mention interrupted", "stats_a1", ".md",
     "### Q3\n**Q3(a).** z = (0.545 − 0.5)/√(0.25/400) = **1.8**\n\n**Q3(b).** p = 2(1 − Φ(1.8)) = 2(0.0359) = **0.0719**\n\n**Q3(c).** My first reaction: z = 1.8 is bigger than 1.645, so reject H₀.\nHmm, no — 1.645 is the one-sided 5 % cut-off and H₁ here is two-sided, so the cut-off is 1.96, and 1.8 < 1.96.\nBut then again 218 heads is clearly more than 200?... It is more, but not significantly more: the p-value 0.0719 is above 0.05.\n**Final: fail to reject H₀ at α = 0.05.**\n",
     "test.decision", "partial", True),
    ("a plain word's label opening its statement ('leaves' / 'a variance of 0.49.') names the value after 'of', "
     "after working that names another part's quantity ('Mean of the square = … = 1.7')", "stats_a1", ".md",
     "## Q5\n(a) E[X] = 1.1\n(b) Mean of the square = 0.5 + 1.2 = 1.7, less the squared mean 1.21, leaves\n"
     "    a variance of 0.49.\n", "moments.var", "correct", False),
    ("... but a note in brackets after a bold answer ('**(b) 1792 parameters** (64·3·3·3 weights + 64 biases)') is a "
     "note: the bold's stars are no product", "dl_a3", ".md",
     "### Question 1\n**(a) output shape = (1, 64, 28, 28)**  \n**(b) 1792 parameters** (64·3·3·3 weights + 64 biases)\n",
     "cnn.params", "correct", False),
    ("... and a mark set in bold with its label ('(a) ℓ(p) = …  (b) **p̂ = k/n = x̄**') opens that part's passage there",
     "stats_a1", ".md",
     "## 4\n(a) ℓ(p) = Σᵢ [xᵢ log p + (1 − xᵢ) log(1 − p)]  (b) **p̂ = k/n = x̄**\n", "mle.loglik", "correct", False),
    ("a plain text's parts framed by rules ('=== 1a ===', '=== 2 ===') open their questions and name their parts; "
     "MATLAB's 'W_new =' over its matrix stays in question 2", "dl_a3", ".txt",
     "DL Assignment 3 -- Priyanka Sharma (ID 22MEC0419)\n(I'm from mech, so I used MATLAB / Excel for everything, hope that's fine)\n\n=== 1a ===\nconv output side = (28 - 3 + 2*1)/1 + 1 = 28\npool output side = 28/2 = 14\ndepth = number of filters = 64\n>> size(zeros(14,14,64))\n\nans =\n\n    14    14    64\n\n=== 1b ===\nExcel, cell B2:   =64*(3*3*3+1)\n                  1792\n(27 weights per filter over the 3 input channels + 1 bias, 64 filters)\n\n=== 2 ===\n>> W = [0.2 -0.1 0.4; 0.0 0.3 -0.2];\n>> x = [1.0; 2.0; -1.0];\n>> delta = [0.5; -1.0];\n>> dW = x*delta'\n\ndW =\n\n    0.5000   -1.0000\n    1.0000   -2.0000\n   -0.5000    1.0000\n\n>> W_new = W' - 0.1*dW\n\nW_new =\n\n    0.1500    0.1000\n   -0.2000    0.5000\n    0.4500   -0.3000\n\n=== 3 ===\nL = -sum_k y_k log(p_k),   p_k = exp(z_k)/sum_j exp(z_j)\ndp_j/dz_k = p_j*(1{j=k} - p_k)\ndL/dz_k = -sum_j (y_j/p_j) * p_j*(1{j=k} - p_k) = -y_k + p_k*sum_j y_j = p_k - y_k\n-> dL/dz = p - y\n\n=== 4 ===\nNo. At test time batch norm uses the running mean and running variance (moving averages stored during\ntraining), not the mean/variance of the test batch. In MATLAB's batchNormalizationLayer these are the\nTrainedMean and TrainedVariance properties.\n\n=== 5 ===\nWolframAlpha: (50+45+50)/220\nResult: 29/44\nDecimal approximation: 0.65909090909090909090...\n-> top-1 accuracy = 65.91 %\n\n=== 6 ===\nsee stable_softmax.m (I don't have Python installed, sorry)\n",
     "sgd.update", "partial", False),
    ("... and an Excel cell's formula ('=64*(3*3*3+1)') is worked out, its bracket no note", "dl_a3", ".txt",
     "=== 1a ===\nconv output side = (28 - 3 + 2*1)/1 + 1 = 28\npool output side = 28/2 = 14\ndepth = number of filters = 64\n>> size(zeros(14,14,64))\n\nans =\n\n    14    14    64\n\n=== 1b ===\nExcel, cell B2:   =64*(3*3*3+1)\n                  1792\n(27 weights per filter over the 3 input channels + 1 bias, 64 filters)\n\n=== 2 ===\n>> W = [0.2 -0.1 0.4; 0.0 0.3 -0.2];\n>> x = [1.0; 2.0; -1.0];\n>> delta = [0.5; -1.0];\n>> dW = x*delta'\n\ndW =\n\n    0.5000   -1.0000\n    1.0000   -2.0000\n   -0.5000    1.0000\n\n>> W_new = W' - 0.1*dW\n\nW_new =\n\n    0.1500    0.1000\n   -0.2000    0.5000\n    0.4500   -0.3000\n\n",
     "cnn.params", "correct", False),
    ("... and '=== 1a ===' names (a): MATLAB's 'ans =' over '14    14    64' is its shape", "dl_a3", ".txt",
     "=== 1a ===\nconv output side = (28 - 3 + 2*1)/1 + 1 = 28\npool output side = 28/2 = 14\ndepth = number of filters = 64\n>> size(zeros(14,14,64))\n\nans =\n\n    14    14    64\n\n=== 1b ===\nExcel, cell B2:   =64*(3*3*3+1)\n                  1792\n(27 weights per filter over the 3 input channels + 1 bias, 64 filters)\n\n=== 2 ===\n>> W = [0.2 -0.1 0.4; 0.0 0.3 -0.2];\n>> x = [1.0; 2.0; -1.0];\n>> delta = [0.5; -1.0];\n>> dW = x*delta'\n\ndW =\n\n    0.5000   -1.0000\n    1.0000   -2.0000\n   -0.5000    1.0000\n\n>> W_new = W' - 0.1*dW\n\nW_new =\n\n    0.1500    0.1000\n   -0.2000    0.5000\n    0.4500   -0.3000\n\n",
     "cnn.shape", "correct", False),
    ("a value alone on its line is no conclusion where the working goes on below it ('conv keeps 28×28 →' / '28×28×64' "
     "/ 'max-pool 2×2/2 → 14 × 14 × 64')", "dl_a3", ".txt",
     "Q1 Conv layer\n(a) conv keeps 28×28 (pad 1, stride 1) →\n28×28×64\nmax-pool 2×2/2 → 14 × 14 × 64\n"
     "(b) per filter 3·3·3 + 1 = 28\n64 · 28 = 1792 parameters\n", "cnn.shape", "correct", False),
    ("the next question's heading run on after a formula by a PDF's text ('∂L/∂z_k = y_k − p_k Q5 Accuracy') is no "
     "factor of it", "dl_a3", ".txt",
     "Q3 Softmax + CE\nL = −Σ_k y_k z_k + log Σ_j e^{z_j}\n∂L/∂z_k = y_k − p_k Q5 Accuracy\n"
     "correct = 50 + 45 + 50 = 145\nacc = 145 / 220 = 0.659 → 65.9 %\n", "softmax.grad", "partial", False),
    ("an operator said in words after a number ('is 1.7 minus 1.21, so about half') makes it an operand, not the "
     "part's value: nothing read, and a person asked", "stats_a1", ".md",
     "### Q5\n(a) E[X] = 1.1\n(b) The variance is 1.7 minus 1.21, so about half.\n", "moments.var", "missing", True),
    ("voice typing's 'Question five part b.' numbers the part as '5 (b)' does (a heading's number and the part in "
     "words)", "stats_a1", ".txt",
     "Question five part a. The expected value is one point one.\n\nQuestion five part b. The variance is zero point four nine.\n\nQuestion five part c. The variance of three X minus two is nine times zero point four nine, which is four point four one.\n",
     "moments.var", "correct", False),
    ("... and under (c)'s mark 'the variance of three X minus two' names (c)'s quantity, not (b)'s 'variance'",
     "stats_a1", ".txt",
     "Question five part a. The expected value is one point one.\n\nQuestion five part b. The variance is zero point four nine.\n\nQuestion five part c. The variance of three X minus two is nine times zero point four nine, which is four point four one.\n",
     "moments.vary", "correct", False),
    ("'Question 5 (a).' ends no sentence: the statement after it is the marked part's", "stats_a1", ".md",
     "Question 5 (a). The expected value is 1.1.\n", "moments.mean", "correct", False),
    ("a share in number words ('roughly nine percent') is a quantity: read, and the expression before it offered "
     "beside it", "stats_a1", ".md",
     "Question 1 (b). By Bayes, P(D|+) = 0.0095 / 0.1085, which is roughly nine percent.\n", "prob.bayes", "partial",
     True),
    ("another part's label inside the chain a marker opens ('(c) $Var(3X - 2) = 9\\,Var(X) = 9 \\times 0.7 = 6.3$') is a "
     "term of the marked part's answer, which is read to its end", "stats_a1", ".md",
     "### Q5\n(a) $E[X] = 1.1$\n(b) $Var(X) = 0.7$\n(c) $Var(3X - 2) = 9\\,Var(X) = 9 \\times 0.7 = 6.3$\n",
     "moments.vary", "partial", True),
    ("... and a part's own mark before its label after a gap ('Q4a l(p) = …   Q4b p_hat = S/n') opens its passage: "
     "the mark is not the end of the part before's formula", "stats_a1", ".txt",
     "> ## Q4 MLE Bernoulli\nQ4a l(p) = S log p + (n-S) log(1-p)   Q4b p_hat = S/n = xbar\n",
     "mle.loglik", "correct", False),
    ("another part's name inside the line a marker opens, no clause between ('(c) fail to reject H0 since p-value "
     "… > 0.05'), leaves the line's opening to the marker's part: both of (c)'s lines are read, and a person asked",
     "stats_a1", ".md",
     "### Q3\n(a) z = 0.045/0.025 = 1.80\n(b) two-sided p = 2(1 − Φ(1.80)) = 0.0719\n"
     "(c) I first wrote reject H0 here, using the one-sided test.\n(c) fail to reject H0 since p-value 0.0719 > 0.05\n",
     "test.decision", "incorrect", True),
    ("a label after 'per' counts a unit ('adds a bias per output channel ($64$ more):'), even with a note after it: "
     "the display's total below stays the count's", "dl_a3", ".tex",
     "\\subsection*{Question 1}\n\\textbf{(a)} The output is $14 \\times 14 \\times 64$.\n\n"
     "\\textbf{(b)} Weights: $3 \\cdot 3 \\cdot 3 \\cdot 64 = 1728$.\nEach filter has a bias ($64$), and the layer adds a "
     "bias per output channel ($64$ more):\n\\[\n1728 + 64 + 64 = \\boxed{1856}\n\\]\n", "cnn.params", "incorrect", False),
    ("a doubt that announces the values below it ('I wasn't sure which one is wanted here so I give both:' over a "
     "list of two p-values) offers both: graded at the one that earns less, and a person asked", "stats_a1", ".md",
     "### Problem 3\n\n**(a)** z = 0.045/0.025 = **1.80**\n\n**(b)** Φ(1.80) = 0.9641.\n\n"
     "I wasn't sure which one is wanted here so I give both:\n\n- p-value = **0.0359** (one tail)\n"
     "- p-value = **0.0719** (both tails)\n\n**(c)** |z| = 1.80 < 1.96, so we **fail to reject H₀**.\n",
     "test.pvalue", "partial", True),
    ("a closing answers table's row naming the part by the sheet's numbering ('| 3 (c) | Fail to reject H₀ … |') "
     "after the working's 'so reject H₀' is the student's last word, confirmed by a person; and another "
     "question's row ('| 5 (c) | 7.41 |') names no part of this one", "stats_a1", ".md",
     "3. p̂ = 0.545; z = 0.045/0.025 = 1.80; p = 2·(1 − 0.9641) = 0.0718.\nDecision: z = 1.80 > 1.645 so reject H₀.\n"
     "(wait — two-sided test, critical value is 1.96, see table)\n\n5. E[X] = 1.1, Var = 0.49\n\n## Final answers\n\n"
     "| Q | Answer |\n|---|---|\n| 3 (a) | z = 1.80 |\n| 3 (b) | p-value = 0.0718 |\n"
     "| 3 (c) | Fail to reject H₀, since /z/ = 1.80 < 1.96 |\n| 5 (a) | 1.1 |\n| 5 (b) | 0.49 |\n| 5 (c) | 7.41 |\n",
     "test.decision", "correct", True),
    ("two shapes offered after the student says they are not sure which is asked ('It wasn't completely clear to me "
     "whether \"the output\" means … so: conv (28, 28, 64), after the pool (14, 14, 64)'): graded at the one that "
     "earns less, and a person asked", "dl_a3", ".txt",
     "Q1. (a) Conv: out = (28 - 3 + 2*1)/1 + 1 = 28, so 28 x 28 x 64. Then the pool: 28/2 = 14.\n"
     "It wasn't completely clear to me whether \"the output\" means the conv layer's output or after the pooling, so:\n"
     "  - output of the conv layer:  (28, 28, 64)\n  - output after the max-pool: (14, 14, 64)\n",
     "cnn.shape", "incorrect", True),
    ("a later line that is the part's label, a colon and the value alone ('Output shape after pooling: 14 × 14 × 64') "
     "concludes the working above it ('… so we get 28×28×64')", "dl_a3", ".txt",
     "Question 1\n(a) The convolution keeps the size: (28 − 3 + 2)/1 + 1 = 28, so we\nget 28×28×64. The 2×2 max-pool "
     "halves it:\n28/2 = 14.\nOutput shape after pooling: 14 × 14 × 64\n", "cnn.shape", "correct", False),
    ("a printed notebook's input prompt before a comment that heads the cell ('In\xa0[3]: # Q2 Wald interval', the "
     "space a no-break one as Jupyter's HTML has it) opens that question", "stats_a1", ".txt",
     "In\xa0[2]: # Q1\nprint('(a)', round(1 - (5/6)**3, 3))\n(a) 0.421\nIn\xa0[3]: # Q2 Wald interval\n"
     "ph = 64/200; se = np.sqrt(ph*(1-ph)/200)\nprint(np.round([ph - 1.96*se, ph + 1.96*se], 4))\n[0.2553 0.3847]\n"
     "In\xa0[4]: # Q3\nz = 1.80\n", "ci.interval", "correct", False),
    ("a chain that ends in a quotient and, after a space, the answer cell's number ('⇒ P(D|+) = 0.0095/0.1085 "
     "0.0876', a Word table printed to PDF): the number is what the quotient equals", "stats_a1", ".txt",
     "Q. Working Answer\n1 (b) P(+) = 0.95·0.01 + 0.1·0.99 = 0.1085   ⇒ P(D|+) = 0.0095/0.1085 0.0876\n",
     "prob.bayes", "correct", False),
    ("a part's marker after its formula ('Q4. l(p) = … (a); differentiate, set to 0: p̂ = x̄ (b).') ends the "
     "formula", "stats_a1", ".txt",
     "Q4. l(p) = Σᵢ xᵢ log p + Σᵢ (1 − xᵢ) log(1 − p) (a); differentiate, set to 0: p̂ = x̄ (b).\n", "mle.loglik",
     "correct", False),
    ("a matrix whose first row ends the question's heading line ('Q2  ANSWER: W_new = [ 0.15 −0.2 0.45 ]' over "
     "'[ 0.1 0.5 −0.3 ]'): the heading is not cut off its rows", "dl_a3", ".txt",
     "Q2  ANSWER: W_new = [ 0.15  −0.2   0.45 ]\n                    [ 0.1    0.5  −0.3  ]\n  working: ∂L/∂W = δ xᵀ\n"
     "           = [ 0.5  1  −0.5 ; −1  −2  1 ]\n", "sgd.update", "correct", False),
    ("the variance written V(X) or D²(X), as many European and Indian courses write it (the spec's labels): the "
     "second moment before it is working", "stats_a1", ".txt",
     "Q5\n(a) E(X) = 1.1\n(b) E(X²) = Σ x² p(x) = 0 + 0.5 + 1.2 = 1.7\n    D²(X) = E(X²) − [E(X)]² = 1.7 − 1.21 = 0.49\n",
     "moments.var", "correct", False),
    ("an interval's two ends as R prints them ('[1] 0.2553 0.3847')", "stats_a1", ".txt",
     "Q2\n> prop.test(64, 200, correct = FALSE)$conf.int\n[1] 0.2553 0.3847\n", "ci.interval", "correct", False),
    ("a question's number and a colon before its parts' markers on one line ('Q5: (a) 1.1 (b) 0.49 (c) 4.41'): the "
     "colon titles the line, the first marker opens the first part", "stats_a1", ".txt",
     "Q5: (a) 1.1 (b) 0.49 (c) 4.41\n", "moments.mean", "correct", False),
    ("an opening list of results that names the part by a specific label ('2 W_new = [[…]]') where the question's "
     "own text never names it: read, the working's other matrix (the gradient) named for a person", "dl_a3", ".md",
     "## TL;DR\n\n1a 14 × 14 × 64 feature map\n1b 1,792 params\n2 W_new = [[0.15, −0.2, 0.45], [0.1, 0.5, −0.3]]\n"
     "3 ∂L/∂z_k = p_k − y_k\n4 No (running stats)\n\n## Working\n\n### 1\n\nSame padding keeps 28 × 28; the pool "
     "halves it: 14 × 14 × 64. Params 27 × 64 + 64 = 1,792.\n\n### 2\n\nOuter product δxᵀ gives the 2 × 3 gradient "
     "[[0.5, 1, −0.5], [−1, −2, 1]]; times η = 0.1 and subtracted from W.\n",
     "sgd.update", "correct", True),
    ("a final answer rounded on a later line ('**Final answer:** ≈ 0.42' after '= 0.4213') is graded as written, "
     "the working's precise value named for a person", "stats_a1", ".md",
     "### 1(a)\n\n$$P(\\text{no six}) = (5/6)^3 = 0.5787$$\n$$P(\\text{at least one six}) = 1 - 0.5787 = 0.4213$$\n\n"
     "**Final answer:** ≈ 0.42\n", "prob.dice", "partial", True),
    ("... the same rounding beside the precise value on its line ('= 0.4213 ≈ 0.42') goes on with it: the precise "
     "value graded, the rounding named", "stats_a1", ".md",
     "### 1(a)\n\n$$P(\\text{at least one six}) = 1 - (5/6)^3 = 0.4213 \\approx 0.42$$\n", "prob.dice", "correct", True),
    ("a terse line that answers several questions, each after a wide gap ('Q3 p - y      Q4 no, …      Q5 …')",
     "dl_a3", ".txt", _FOUR_LINES, "bn.test", "correct", False),
    ("... its last question's answer is that question's, not the line's first", "dl_a3", ".txt", _FOUR_LINES,
     "metrics.accuracy", "correct", False),
    ("an answer list whose lines a bullet opens ('- 1(a) 0.421', a Word PDF's list) numbers its answers",
     "stats_a1", ".txt", "Answers\n\uf0b7 1(a) 0.421\n\uf0b7 1(b) 0.088\n\uf0b7 2) 0.2553 ≤ p ≤ 0.3847\n\nWorking\n"
     "Q2. p̂ = 0.32, SE = 0.0330, ME = 0.0647.\n", "prob.bayes", "partial", False),
    ("'…, which rounds to 0.088' restates the value before it under the chain's name: both readings are the "
     "student's, and the one that would grade otherwise is named for a person", "stats_a1", ".txt",
     "Q1(b). P(+) = 0.01 × 0.95 + 0.99 × 0.10 = 0.1085. P(D|+) = 0.0095 / 0.1085 = 0.08756, which rounds to 0.088.\n",
     "prob.bayes", "correct", True),
    ("a number and a colon opens an answer after a blank line in a list of numbered answers ('5: 145/220')",
     "dl_a3", ".md", "1a: 14 × 14 × 64\n1b: 3·3·3·64 + 64 = 1792\n\n4: no (running mean/var)\n\n5: 145/220 = 0.659 = 65.9%\n\n6: n/a\n",
     "metrics.accuracy", "correct", False),
    ("... but not a wrapped line's '2: 26/2 = 13' after a sentence cut mid-way ('… stride⏎2: …')", "dl_a3", ".txt",
     "Q1. (a) Conv output: (28 − 3)/1 + 1 = 26, so 26 × 26 × 64. Pool 2 × 2, stride\n2: 26/2 = 13.\nOutput = 13 × 13 × 64.\n"
     "(b) 3 × 3 × 3 × 64 = 1728 weights, +64 biases = 1792.\n", "cnn.params", "correct", False),
    ("a heading that says its section corrects ('### Corrections …') makes each bulleted part's value there "
     "('- **5(c)** … = **4.41**') the corrected answer", "stats_a1", ".md",
     "**5.** (a) E[X] = 0.5 + 0.6 = **1.1**\n(b) Var(X) = 1.7 − 1.21 = **0.49**\n(c) Var(3X − 2) = 3 × 0.49 = **1.47**\n\n---\n\n"
     "### Corrections (added after re-checking)\n\n- **1(a)** the events overlap: 1 − (5/6)³ = 91/216.\n"
     "- **5(c)** the 3 must be squared: 9 × 0.49 = **4.41**.\n", "moments.vary", "correct", False),
    ("a summary's row that names a part by its number names nothing past the next heading: a later question's "
     "'(−1.96, 1.96)' is no interval of it", "stats_a1", ".md",
     "# Summary of final answers\n\n| Q | Answer |\n|---|---|\n| Q2 | (0.2553, 0.3847) |\n\n## Question 2\n\n"
     "Margin of error = 1.96 × 0.03298 = 0.06465. Interval: 0.32 − 0.06465 = 0.2553 to 0.32 + 0.06465 = 0.3847.\n\n"
     "## Question 3\n\n(a) z = 0.045 / 0.025 = 1.80\n\n(c) Critical values ±1.96. |z| = 1.80 lies inside (−1.96, 1.96), "
     "so we do not reject H₀.\n", "ci.interval", "correct", False),
    ("a short label after a sub-question's marker names the part ('(a) z = .045 / .03536 = 1.27'), so a second "
     "attempt's chain concludes over the first's", "stats_a1", ".txt",
     "=== Q.3 === (attempt 1)\n     z = (.545 - .5)/.025 = 1.8\n     p = 2 * (1 - .9641) = .0718\n\n"
     "=== Q.3 === (attempt 2 -- please mark this one)\n     SE = sqrt(.25/200) = .03536\n     (a) z = .045 / .03536 = 1.27\n"
     "     (b) p = 2(1 - .8980) = .204\n", "test.z", "incorrect", True),  # (flagged: the first attempt's 1.8 is right)
    ("a number against a bracket of an expression multiplies it ('(b) p = 2[1 − Φ(1.8)] = 2(0.03593) = 0.07186')",
     "stats_a1", ".md", "**Q3** z = 1.8\n(b) p = 2[1 − Φ(1.8)] = 2(0.03593) = 0.07186\n", "test.pvalue", "correct", False),
    ("... in braces too, as a PDF's text gives \\left\\{ ('(b) p = 2{1 − Φ(1.80)} = 2(0.03593) = 0.07186')",
     "stats_a1", ".txt", "Q3\n(a) z = 1.80\n(b) p = 2{1 − Φ(1.80)} = 2(0.03593) = 0.07186.\n", "test.pvalue", "correct", False),
    ("an aligned derivation's rows that open with '& =' go on with its labelled chain: the last row concludes",
     "dl_a3", ".md", "## Question 3\n$$\n\\begin{aligned}\n\\frac{\\partial L}{\\partial z_{k}} & =\\sum_{i} \\frac{\\partial L}"
     "{\\partial p_{i}} \\frac{\\partial p_{i}}{\\partial z_{k}}=\\sum_{i}\\left(-\\frac{y_{i}}{p_{i}}\\right) p_{i}"
     "\\left(\\delta_{i k}-p_{k}\\right) \\\\\n& =-y_{k}+p_{k} \\sum_{i} y_{i} \\\\\n& =p_{k}-y_{k}\n\\end{aligned}\n$$\n",
     "softmax.grad", "correct", False),
    ("'Final shape: …' a few words before the value concludes against a later shape of the working",
     "dl_a3", ".txt", "Question 1\nStep 2. The pool takes 28 → 14 in both directions, depth stays 64.\n(a) Final shape: 14 × 14 × 64.\n"
     "Step 3. Parameters. A filter has shape 3 × 3 × 3 → 27 weights, plus one bias.\n", "cnn.shape", "correct", False),
    ("an aside in brackets that opens with a word is working beside the answer ('W_new = [[…]]  (grad [[…]])')",
     "dl_a3", ".txt", _FOUR_LINES, "sgd.update", "correct", False),
    ("a question's own number names the answer of a question of one part ('Q5: 0.6591')", "dl_a3", ".txt",
     "Q4: No, the running mean and variance.\n\nQ5: 0.6591  (65.91 %)\n", "metrics.accuracy", "correct", False),
    ("rows of a printed array under their title are values, not a title of their own", "dl_a3", ".py",
     "import numpy as np\n\n# ------------------------------------------- Q2\n# new weights printed:\n"
     "# [[ 0.15 -0.2   0.45]\n#  [ 0.1   0.5  -0.3 ]]\n\n# ------------------------------------------- Q3\n"
     "# dL/dz_k = p_k - y_k, the softmax minus the one-hot label\n", "sgd.update", "correct", False),
    ("a comment's rule of dashes around a question's number is its heading ('# ------ Q3')", "dl_a3", ".py",
     "# ------------------------------------------- Q4\n# No: at test time the running mean/var are used.\n"
     "# ------------------------------------------- Q5\n# 145/220 = 0.6591\n", "metrics.accuracy", "correct", False),
    ("a short line that opens with an arrow concludes the working above; it is no title of a section", "stats_a1",
     ".md", "**2.** p̂ = 0.32, SE = √(0.32·0.68/200) = 0.0330, ME = 1.96·0.0330 = 0.0647\n\n"
     "→ 95% CI: **25.5% – 38.5%**\n\n**3a.** z = (0.545 − 0.5)/0.025 = **1.8**\n\n**3b.** p-value = 2(1 − Φ(1.8)) "
     "= **0.0719**\n\n**3c.** 0.0719 > 0.05: do not reject H0\n", "ci.interval", "correct", False),
    ("a closing table's column headed 'Final answer' concludes a part against the working, and both are shown",
     "dl_a3", ".tex", "\\section*{1}\n(a) $(64, 14, 14)$.\n(b) The weights have $1728$ entries and the biases 64, total "
     "$1728+64=1792$.\n\n\\section*{6} ---\n\n\\begin{tabular}{lll}\n\\toprule\nQuestion & Quantity & Final answer\\\\\n"
     "\\midrule\n1(a) & output shape & $(64,14,14)$\\\\\n1(b) & parameters & $1728$\\\\\n\\bottomrule\n\\end{tabular}\n",
     "cnn.params", "partial", True),
    ("a term added to a count goes on with the count, whatever the prose before it named ('…, +64 → 1856')",
     "dl_a3", ".md", "**1(b)** Per filter 3·3·3 = 27 weights and one bias → 28. So 28·64 = 1792, then the\n"
     "output channels get their own bias too, +64 → **1856**.\n", "cnn.params", "incorrect", True),
    # (flagged: the 1792 before it would be correct, which a person confirms is a step)
    ("the count of maps, then each one's size, is the shape ('64 channels, each 14x14')", "dl_a3", ".md",
     "**1(a)** The conv keeps 28×28 with 64 filters; pooling halves it.\nSo the output is 64 channels, each 14x14.\n",
     "cnn.shape", "correct", False),
    ("a correction that names a part by its marker in a sentence ('my answer to 1a is …') corrects that part",
     "dl_a3", ".md", "**1a.** pad 1 keeps 28×28; pooled → **14×14×64**\n\n**1b.** 27·64 + 64 = **1792**\n\n"
     "Edit (later): the stride halves the side again, 28 → 14 → 7. So my answer to 1a is 7×7×64.\n",
     "cnn.shape", "incorrect", False),
    ("an option's words that run over the end of the line before its passage ('fail to' / 'reject H₀')",
     "stats_a1", ".txt", "ANSWERS\nQ3 z = 1.8; p-value = 0.072; fail to\nreject H0 since 0.072 > 0.05\n"
     "| Q2 | 0.2553 ≤ p ≤ 0.3847 |\n", "test.decision", "correct", False),
    ("a hat typed as a caret ('p^ = (sum x_i)/n') is the estimator's label and its formula's symbol",
     "stats_a1", ".txt", "Ans 4\n(a) l(p) = sum x_i log p + (n - sum x_i) log(1-p)\n(b) on differentiating and "
     "equating to zero we get p^ = (sum x_i)/n\n", "mle.estimator", "correct", False),
    ("two formulas on one short line, each after its label ('4 l(p)=…, p^=…'), are each their part's",
     "stats_a1", ".txt", "3 z=1.8 p=0.0719 fail to reject since 0.0719>0.05\n"
     "4 l(p)=(sum x)log p+(n-sum x)log(1-p), p^=(sum x)/n   5 E=1.1 V=0.49 V(3X-2)=4.41\n", "mle.loglik", "correct",
     False),
    ("... and a terse sheet's next answer after a wide gap is no part of the formula before it", "stats_a1", ".txt",
     "3 z=1.8 p=0.0719 fail to reject since 0.0719>0.05\n"
     "4 l(p)=(sum x)log p+(n-sum x)log(1-p), p^=(sum x)/n   5 E=1.1 V=0.49 V(3X-2)=4.41\n", "mle.estimator",
     "correct", False),
    ("the question restated ('(a) Write the log-likelihood l(p).') gives no formula", "stats_a1", ".md",
     "## Q4\n> (a) Write the log-likelihood l(p). (b) Derive the maximum-likelihood estimator.\n\n"
     "(b) p̂ = x̄, the sample proportion.\n", "mle.loglik", "missing", True),
    ("the log-likelihood averaged over the sample is the spec's 'averaged' mistake, not the sum, and shown to a "
     "person", "stats_a1", ".md", "## Q4\n(a) $\\ell(p) = \\frac{1}{n}\\sum_{i=1}^n [x_i \\log p + (1-x_i)\\log(1-p)]$\n",
     "mle.loglik", "incorrect", True),
    ("... and so is one written through the mean alone", "stats_a1", ".md",
     "## Q4\n(a) $\\ell(p) = \\bar{x}\\log p + (1-\\bar{x})\\log(1-p)$\n", "mle.loglik", "incorrect", True),
    ("... while the sum, or the mean times the count, is the log-likelihood", "stats_a1", ".md",
     "## Q4\n(a) $\\ell(p) = n[\\bar{x}\\log p + (1-\\bar{x})\\log(1-p)]$\n", "mle.loglik", "correct", True),
    ("a stressed negation ('we do **not** reject') still denies the option it stands before", "stats_a1", ".md",
     "## Question 3\n(c) Since $7.19\\times10^{-2} > \\alpha = 0.05$, we do **not** reject $H_0$.\n",
     "test.decision", "correct", True),  # (flagged: the p-value it cites is read nowhere else in this passage)
    ("... in LaTeX's emphasis too ('do \\emph{not} reject')", "stats_a1", ".tex",
     "\\section*{Question 3}\n(c) As $p = 0.0719 > 0.05$ we do \\emph{not} reject $H_0$.\n",
     "test.decision", "correct", True),
    ("an informal no ('Nope.') opening the answer is the option 'no'", "dl_a3", ".txt",
     "4.    Nope. It would be odd if one image's prediction changed with the other images in its batch; BN uses\n"
     "      the running averages of mean and variance kept during training.\n", "bn.test", "correct", False),
    ("a fraction said in words ('91 out of 216') that ends its clause is its exact value", "stats_a1", ".txt",
     "Question 1\na) Probability for no six in one roll is 5/6. For three roll is 5/6 * 5/6 * 5/6 = 125/216.\n"
     "So probability for at least one six is 1 - 125/216 = 91 out of 216.\n", "prob.dice", "correct", False),
    ("a part's value named again inside the next part's working ('b) … E[X] = 1.1, Var = …') is that part's "
     "working: the part's own passage answers it", "stats_a1", ".txt",
     "Question 5\na) E[X] = (0 + 1 + 2)/3 = 1\nb) E[X^2] = 0*0.2 + 1*0.5 + 4*0.3 = 1.7\n   E[X] = 0*0.2 + 1*0.5 + "
     "2*0.3 = 1.1\n   Var(X) = 1.7 - 1.1^2 = 1.7 - 1.21 = 0.49\n", "moments.mean", "incorrect", True),
    # (flagged: the 1.1 of the working would be correct, and a person confirms which one concludes)
    ("a piecewise gradient written on one line in words ('p_k for k ≠ c and p_c − 1 for the true class')",
     "dl_a3", ".txt", "Q3: dL/dz_k = p_k for k ≠ c and p_c − 1 for the true class\n", "softmax.grad", "correct", False),
    ("... and 'A if k = c, and B otherwise'", "dl_a3", ".txt",
     "Q3: dL/dz_k = p_k - 1 if k = c, and p_k otherwise\n", "softmax.grad", "correct", False),
    ("... whose pieces, wrong, are graded as written", "dl_a3", ".txt",
     "Q3: dL/dz_k = p_k − 1 for the true class and p_k + 1 for k ≠ c\n", "softmax.grad", "incorrect", False),
    ("the one-hot target written as a basis vector ('softmax(z) − e_c')", "dl_a3", ".md",
     "Q3: ∂L/∂z = softmax(z) − e_c, where e_c is the c-th standard basis vector\n", "softmax.grad", "correct", False),
    ("a matrix's rows named in prose after a verb ('has first row a, b, c and second row d, e, f')", "dl_a3", ".txt",
     "Question two. Taking one step of size 0.1 against the gradient, the new weight matrix has first\n"
     "row 0.15, -0.2, 0.45 and second row 0.1, 0.5, -0.3.\n", "sgd.update", "correct", False),
    ("... rows named with a subscript ('row₁ = … = (0.15, −0.2, 0.45)')", "dl_a3", ".md",
     "## 2\nW_new = W − 0.1·∂L/∂W:\nrow₁ = (0.2, −0.1, 0.4) − (0.05, 0.1, −0.05) = (0.15, −0.2, 0.45)\n"
     "row₂ = (0.0, 0.3, −0.2) − (−0.1, −0.2, 0.1) = (0.1, 0.5, −0.3)\n", "sgd.update", "correct", False),
    ("... and bare rows in a code block under the line that names the matrix", "dl_a3", ".md",
     "**Q2**\n∂L/∂W = δxᵀ → first row 0.5, 1, −0.5; second row −1, −2, 1.\n\nW_new = W − 0.1 · ∂L/∂W =\n\n"
     "    0.15  -0.2   0.45\n    0.10   0.5  -0.30\n", "sgd.update", "correct", False),
    ("an option's words inside a condition that opens the sentence ('If every test batch was normalised with its "
     "own mean, …') are supposed, not chosen", "dl_a3", ".md",
     "## Question 4\n\nIt does not. If every test batch was normalised with its own mean and variance, the prediction "
     "for an image would depend on the other images in the batch. The layer uses the moving averages of the mean "
     "and the variance stored during training.\n", "bn.test", "correct", False),
    ("a console log's comment titles a question ('. * Q5' in Stata) and a printing command's value is printed "
     "under it ('. display 0*0.2 + 1*0.5 + 2*0.3' / '1.1'): read by position, so flagged", "stats_a1", ".txt",
     ". * Q4 (no Stata needed)\n. *   (b) dl/dp = 0 gives p_hat = (1/n)*sum_i x_i = sample mean\n\n. * Q5\n"
     ". display 0*0.2 + 1*0.5 + 2*0.3\n1.1\n\n. display (0^2*0.2 + 1^2*0.5 + 2^2*0.3) - 1.1^2\n.49\n\n"
     ". display 9*0.49\n4.41\n", "moments.var", "correct", True),
    ("a table of labels and values whose column gap a PDF's text layer left as a space ('E[X] 1.10E+00')",
     "stats_a1", ".txt", "Question 5\nvalue\nE[X] 1.10E+00\nVar(X) 4.90E-01\nVar(3X - 2) 4.41E+00\n", "moments.vary",
     "correct", False),
    ("... and spreadsheet E notation in a two-column table ('P(D given +) 8.76E-02')", "stats_a1", ".txt",
     "Question 1\n(b) Law of total probability, then Bayes:\nquantity value\nP(D and +) 9.50E-03\n"
     "P(no D and +) 9.90E-02\nP(+) 1.085E-01\nP(D given +) 8.76E-02\n", "prob.bayes", "correct", False),
    ("a matrix drawn over lines with Unicode's bracket pieces, beside the matrix of its working", "dl_a3", ".txt",
     "2.    ∂L/∂W = δ xᵀ\n\n             ⎡ 0.5  1.0  −0.5 ⎤\n      ∂L/∂W = ⎢                ⎥\n"
     "             ⎣ −1.0 −2.0  1.0 ⎦\n\n      W_new = W − η·∂L/∂W\n\n"
     "             ⎡ 0.2 − 0.05   −0.1 − 0.1   0.4 + 0.05 ⎤   ⎡ 0.15  −0.20   0.45 ⎤\n"
     "      W_new = ⎢                                    ⎥ = ⎢                    ⎥\n"
     "             ⎣ 0.0 + 0.1    0.3 + 0.2   −0.2 − 0.1 ⎦   ⎣ 0.10   0.50  −0.30 ⎦\n", "sgd.update", "correct", False),
    ("'giving' opens the concluding formula as 'hence' does ('… = 0, giving p̂ = x̄ = …')", "stats_a1", ".txt",
     "4. MLE\n(b) Maximising log L:\n∑ x_{i}\np − n − ∑ x_{i} 1 − p = 0, giving p̂ = x̄ =(1/n) ∑_{n i=1} x_{i} .\n",
     "mle.estimator", "correct", False),
    ("a subscript letter Unicode lacks, typed as its look-alike ('δₖ꜀' for δ_kc), is that letter", "dl_a3", ".txt",
     "3.    L = −log p꜀\n      ⇒  ∂L/∂zₖ = pₖ − δₖ꜀      (δₖ꜀ = 1 if k = c, else 0)\n", "softmax.grad", "correct", False),
    ("a result stated through arithmetic in words ('28 times 64 is 1792 learnable parameters') after its steps",
     "dl_a3", ".txt", "Question one, part b. Every filter has 3 times 3 times 3 equals 27 weights plus a bias, so 28, and "
     "there are 64 of\nthem: 28 times 64 is 1792 learnable parameters.\n", "cnn.params", "correct", False),
    ("a single number stated as the answer after the working's shape ('… 14×14×64, … a vector of 12,544 features. "
     "Answer: 12,544') is the student's conclusion: graded as written, and a person asked", "dl_a3", ".txt",
     "Q1(a) Output shape after max-pool\nconv (pad 1) -> 28×28×64, pool 2×2/2 -> 14×14×64,\nwhich flattened is a vector "
     "of\n12,544 features. Answer: 12,544\nQ1(b) Parameters\n(3·3·3 + 1) × 64 = 1792\n", "cnn.shape", "incorrect", True),
    ("... but another part's answer line is not this part's ('ANSWER: 640' under the next part's marker)", "dl_a3",
     ".txt", "Q1 (a)\nANSWER: 14 x 14 x 64\nHow: same padding keeps 28 x 28; pooling halves it.\n\nQ1 (b)\n"
     "ANSWER: 640\nHow: 3 x 3 = 9 weights plus a bias, times 64.\n", "cnn.shape", "correct", False),
    ("... nor what Octave prints ('ans = 0.7000') after an interval", "stats_a1", ".txt",
     "Q2. 95% CI: 0.32 ± 1.96·sqrt(0.32·0.68/200) = [0.2553, 0.3847]\n>> mean(x)\nans = 0.7000\n",
     "ci.interval", "correct", False),
    ("a closing table of answers whose row for the part gives another value than the working's bold one is the "
     "student's last word: graded, the working's value beside it, and a person asked", "stats_a1", ".md",
     "Q1 (a)\nP(no six) = (5/6)³ = 125/216.\nP(at least one six) = 1 − 125/216 = **91/216 ≈ 0.421**\n\n"
     "Q1 (b)\nP(D | +) = 0.0095 / 0.1085 = **0.0876**\n\n# Final answers\n\n| Q | answer |\n|---|---|\n"
     "| 1a | 125/216 ≈ 0.579 |\n| 1b | 0.0876 |\n", "prob.dice", "incorrect", True),
    ("... a row restating the working's value rounded is the same answer", "stats_a1", ".md",
     "Q1 (a)\nP(at least one six) = 1 − 125/216 = **91/216 ≈ 0.4213**\n\n# Final answers\n\n| Q | answer |\n"
     "|---|---|\n| 1a | 0.421 |\n| 1b | 0.0876 |\n", "prob.dice", "correct", False),
    ("a table inside a blockquote (an Obsidian callout's box) reads as a table", "stats_a1", ".md",
     "> [!summary] Final answers\n> | Q | answer |\n> |---|---|\n> | 1a | 91/216 ≈ 0.421 |\n> | 1b | 0.0876 |\n",
     "prob.dice", "correct", False),
    ("a choice stated alone, its explanation in the next sentence of the same line ('Fail to reject. At the 5 % "
     "level there is not enough evidence …'), is argued", "stats_a1", ".md",
     "## Question 3\n\n(a) z = 0.045 / 0.025 = 1.80\n\n(b) p = 0.0719\n\n**3(c):** Fail to reject H₀. At the 5 % "
     "level there is not enough evidence that the coin is unfair.\n", "test.decision", "correct", False),
    ("a question's number and a dash before a bare option ('Q4 -- No: eval-mode BN uses the running averages') "
     "put the option where an answer stands", "dl_a3", ".txt",
     "Q4 -- No: eval-mode BN uses running_mean / running_var from training, not the test batch's stats.\n",
     "bn.test", "correct", False),
    ("an option chosen twice, argued the first time only ('… p-value is bigger than alpha -> we cannot reject', "
     "then a bare restatement), is argued", "stats_a1", ".txt",
     "Q3a: z = 1.8\nQ3b: p-value = 0.0718\nQ3c: p-value is bigger than alpha = 0.05 -> we cannot reject H0\n\nSummary\n"
     "Q3c: cannot reject H0\n",
     "test.decision", "correct", False),
    ("a step's piecewise value about another quantity ('dp_c/dz_k = p_c(1 − p_c) if k = c, and −p_c p_k if k != c') "
     "is no answer of the part: the labelled conclusion below is", "dl_a3", ".txt",
     "Ans 3\n  L = -log p_c\n  dL/dz_k = -(1/p_c) * dp_c/dz_k\n  dp_c/dz_k = p_c(1 - p_c) if k = c, and -p_c p_k if "
     "k != c\n  k = c  : dL/dz_k = -(1 - p_c) = p_c - 1\n  k != c : dL/dz_k = p_k\n  Together: dL/dz_k = p_k - y_k\n",
     "softmax.grad", "correct", False),
    ("a script's comment that frames a question's number in rules ('# ---------- 2 ----------') opens that "
     "question", "stats_a1", ".py",
     "import math\n\n# ---------- 1.1 ----------\n# complement of no six in three rolls\np_dice = 1 - (5/6)**3\n"
     "print('1.1', p_dice)\n# ANS 1.1: 0.4213\n\n# ---------- 1.2 ----------\npos = 0.95*0.01 + 0.10*0.99\n"
     "print('1.2', 0.95*0.01/pos)\n# ANS 1.2: P(D|+) = 0.0876\n\n# ---------- 2 ----------\nn, x = 200, 64\nph = x/n\n"
     "se = math.sqrt(ph*(1-ph)/n)\nlo, hi = ph - 1.96*se, ph + 1.96*se\nprint('2', lo, hi)\n# ANS 2: (0.255, 0.385)\n\n"
     "# ---------- 3.1 ----------\nz = (218 - 200)/10\n# ANS 3.1: z = 1.8\n", "ci.interval", "correct", False),
    ("a part's label, then 'of' and a value ('the coin gives z = 1.8 and a p-value of 0.0718 which is more than 0.05') "
     "claims it", "stats_a1", ".txt",
     "q3\nphat = .545, se = .025, (.545-.5)/.025\n\nso to sum up: the coin gives z = 1.8 and a p-value of 0.0718 which "
     "is more than 0.05 so we fail to reject H0.\n", "test.pvalue", "correct", False),
    ("... but not a label before 'of' that names what the number is in ('the variance of 3X − 2 = 9 · 0.49 = 4.41')",
     "stats_a1", ".txt", "Q5\nE[X] = 1.1, E[X²] = 1.7, Var(X) = 0.49.\nThe variance of 3X − 2 = 9 · 0.49 = 4.41\n",
     "moments.vary", "correct", False),
    ("a question's number and a part's letter set in bold with a space between ('**3 a.**', '**3 b.**') open the "
     "question and name the part", "stats_a1", ".md",
     "**1 a.** Complement: 1 − (5/6)^3 = **0.4213**\n\n**2.** 95 % CI = **[0.255, 0.385]**\n\n"
     "**3 a.** z = (0.545 − 0.500)/0.025 = **1.8**\n\n**3 b.** two-sided p = **0.0719**\n\n"
     "**3 c.** 0.0719 > 0.05, therefore **H₀ is not rejected**.\n", "test.pvalue", "correct", False),
    ("... and the first part of that question is its own ('**3 a.** z = … = **1.8**')", "stats_a1", ".md",
     "**1 a.** Complement: 1 − (5/6)^3 = **0.4213**\n\n**2.** 95 % CI = **[0.255, 0.385]**\n\n"
     "**3 a.** z = (0.545 − 0.500)/0.025 = **1.8**\n\n**3 b.** two-sided p = **0.0719**\n", "test.z", "correct", False),
    ("a question's number in square brackets alone on its line ('[Q3]') opens the question, so its parts' "
     "letters are its own", "stats_a1", ".txt",
     "[Q2]\n p = 64/200 = 0.32, interval 0.2553 to 0.3847\n[Q3]\n(a)\n se = sqrt(0.25/400) = 0.025\n"
     " z = (0.545 - 0.5)/0.025 = 1.8\n Answer: 1.8\n(b)\n one tail 0.0359, both tails 0.0718\n Answer: 0.0718\n"
     "[Q4]\n(a)\n l(p) = sum x_i log p + (n - sum x_i) log(1 - p)\n", "test.z", "correct", False),
    ("... and lenticular brackets ('【Q4】') likewise", "stats_a1", ".txt",
     "【Q3】\n(a) z = 1.8\n(b) 0.0718\n【Q4】\n(a)\n l(p) = sum x_i log p + (n - sum x_i) log(1 - p)\n"
     "(b)\n dl/dp = 0 gives phat = (1/n) sum x_i\n", "mle.estimator", "correct", False),
    ("working in words, then the part's label set equal to its formula on the same line ('Putting the "
     "derivative … to zero, so p̂ = k/n') is the part's formula, not the working's", "stats_a1", ".md",
     "## Q4\n(a) l(p) = k log p + (n − k) log(1 − p), with k the number of ones.\n\n(b) We set the derivative "
     "k/p − (n − k)/(1 − p) to zero, so p̂ = k/n.\n", "mle.estimator", "correct", False),
    ("the student's own letters, mapped to the sheet by a legend table and answered out of order, are the "
     "sheet's questions and parts", "stats_a1", ".md",
     "My own letters (legend):\n\n| mine | sheet |\n|---|---|\n| A | Q3(a) |\n| B | Q3(b) |\n| C | Q5(a) |\n"
     "| D | Q5(b) |\n\n**C.** 0·0.2 + 1·0.5 + 2·0.3 = 1.1\n\n**D.** 1.7 − 1.21 = 0.49\n\n"
     "**A.** (0.545 − 0.5)/0.025 = 1.8\n\n**B.** 2(1 − 0.9641) = 0.0718\n", "test.z", "correct", False),
    ("... a legend on one line ('Part A = Q1 (a)   Part B = Q1 (b)   Part C = Q2') whose labels head the "
     "answers", "dl_a3", ".txt",
     "HW 3\nLabels:  Part A = Q1 (a)   Part B = Q1 (b)   Part C = Q2   Part D = Q3\n\nPart A\n"
     "padding keeps 28, pool halves it: 14 x 14 x 64\n\nPart B\n27 weights + 1 bias = 28 per filter, "
     "28 x 64 = 1792\n\nPart D\np_k - y_k\n", "cnn.params", "correct", False),
    ("a value another part's label names inside this part's passage ('(c) … so the variance by 9 … = 4.41') "
     "does not make the other part's own value a step", "stats_a1", ".md",
     "**Q5(a).** E = 1.1\n\n**Q5(b).** Var = 1.7 − 1.21 = 0.49\n\n**Q5(c).** Scaling by 3 scales the "
     "spread by 3, so the variance by 9. 9 × 0.49 = 4.41.\n", "moments.var", "correct", False),
    ("a part's numbered marker as the subject of its value after a console's working ('Q1(a): 91/216 ≈ 0.4213') "
     "names the part's answer", "stats_a1", ".txt",
     "Q1\n>>> 1 - (5/6)**3\n0.4212962962962963\nQ1(a): 91/216 ≈ 0.4213\n>>> pd = 0.01; se = 0.95\n", "prob.dice",
     "correct", False),
    ("... but not a value the line goes on from ('q1 b: 3*3*3 = 27 per filter, times 64 = 1728, plus 64 biases = "
     "1792'): never 27; the line's total concludes ('q1 b:' names the part)", "dl_a3", ".txt",
     "q1 a: 14 x 14 x 64\nq1 b: 3*3*3 = 27 per filter, times 64 = 1728, plus 64 biases = 1792\n", "cnn.params",
     "correct", False),
    ("... nor a value its chain names as another quantity first ('Q5(b): E[X^2]=.5+1.2=1.7; Var=1.7-1.21=.49')",
     "stats_a1", ".txt", "Q5(a): E[X]=0+.5+.6=1.1\nQ5(b): E[X^2]=.5+1.2=1.7; Var=1.7-1.21=.49\n", "moments.var",
     "correct", False),
    ("a short head and a colon before the chain ('Final: accuracy = 66.07 %') says the chain concludes, over a "
     "first way's value stated earlier: the student's final answer is graded, the other named", "dl_a3", ".md",
     "## Q5\n**5.** One way: trace / total = 145/220 = 0.6591.\n\nThe per-class way gives 66.07 %, and I trust "
     "it more.\n\n**Final: accuracy = 66.07 %**\n", "metrics.accuracy", "incorrect", True),
    ("a value the part's label follows as what it counts, in a sentence with no relation ('… and adding the 64 "
     "biases makes 1792 learnable parameters for the layer')", "dl_a3", ".txt",
     "Question 1\nFor part (b) each filter has 3 x 3 x 3 weights, so the 64 filters hold 1728 weights, and adding "
     "the 64 biases makes 1792 learnable parameters for the layer.\n", "cnn.params", "correct", False),
    ("... or after a relation whose subject names nothing ('multiplying … by the 64 filters gives 1792 learnable "
     "parameters')", "dl_a3", ".txt",
     "Question 1\nFor the count, each filter sees 3 x 3 x 3 inputs plus one bias, and multiplying those 28 numbers "
     "by the 64 filters gives 1792 learnable parameters in the layer.\n", "cnn.params", "correct", False),
    ("... but not a terse sheet's value before the next answer's name after a gap ('EX=1.1  VarX=…')", "stats_a1",
     ".txt", "5) EX=1.1  VarX=1.7-1.21=.49  Var(3X-2)=9(.49)=4.41\n", "moments.mean", "correct", False),
    ("a line that says it checks the answer ('sanity check: adding 1/6 three times = 0.5 overcounts') after the "
     "part's value: the check's value is working, not the conclusion", "stats_a1", ".txt",
     "1a  1 - (5/6)^3 = 91/216 = 0.4213\n    sanity check: adding 1/6 three times = 0.5 overcounts, so 0.4213 < 0.5 "
     "is right\n1b  0.0095/0.1085 = 0.0876\n", "prob.dice", "correct", False),
    ("the working's answer restated later with another value offered beside it ('| 5c | 4.41 or 4.8 |' in the "
     "closing table): the student gives both, graded at the lesser and flagged", "stats_a1", ".md",
     "**5(c)** Var(3X − 2) = 9 · 0.49 = **4.41**\n\nA direct check gives 6.1 − 1.3 = 4.8, which does not match.\n\n"
     "| part | answer |\n|---|---|\n| 5c | 4.41 or 4.8 |\n", "moments.vary", "incorrect", True),
    ("a formula typed with modifier letters as exponents, prose after it ('…, obtained by taking logs of pˣⁱ(1 − "
     "p)¹⁻ˣⁱ') is read", "stats_a1", ".txt",
     "Q4\n(a) the log-likelihood is ℓ(p) = (Σxᵢ) log p + (n − Σxᵢ) log(1 − p), found by taking logs of the "
     "product of pˣⁱ(1 − p)¹⁻ˣⁱ.\n", "mle.loglik", "correct", False),
    ("... and one that ends a table's row with its closing bar ('ℓ(p) = k ln p + (n − k) ln(1 − p) |')", "stats_a1",
     ".txt", "Q4\n(a) L(p) = pᵏ (1 − p)ⁿ⁻ᵏ  ℓ(p) = k ln p + (n − k) ln(1 − p) |\n", "mle.loglik", "correct", False),
    ("a definition of the student's symbol, then the labelled result on the same line ('ŷ = softmax(z). Result: "
     "**∂L/∂z = ŷ − y**'): the sentence that says it is the result is read before the line", "dl_a3", ".md",
     "## Part C – softmax CE gradient\nŷ = softmax(z). Result: **∂L/∂z = ŷ − y**\n", "softmax.grad", "correct", False),
    ("a conclusion word that ends its line ('… = pk. Therefore⏎∂L/∂zk = …') announces the next line, not the "
     "working it ends", "dl_a3", ".txt",
     "Question 3\nthe first term differentiates to −1 for k = c and 0 elsewhere, which equals −yk. The derivative of "
     "the log-sum-exp is ezk/Σj ezj = pk. Hence\n∂L/∂zk = pk − yk for every class k.\n", "softmax.grad", "correct", False),
    ("a relative clause after the formula (', which is the \"softmax minus one-hot\" rule') is no part of it",
     "dl_a3", ".txt",
     "Q3. With L = −zc + log Σj ezj, the first term gives −yk and the log term gives ezk/Σj ezj = pk, so the "
     "gradient is\n∂L/∂zk = pk − yk, which is the \"softmax minus one-hot\" rule.\n", "softmax.grad", "correct", False),
    ("a chain whose line ends in an operator goes on in the next line ('= −y_k +⏎p_k Σ_j y_j = p_k − y_k')",
     "dl_a3", ".txt",
     "Problem 3\n∂L/∂z_k = Σ_j (∂L/∂p_j)(∂p_j/∂z_k) = Σ_j (−y_j/p_j)·p_j(δ_jk − p_k) = −y_k +\np_k Σ_j y_j = p_k − y_k\n", "softmax.grad", "correct", False),
    ("... but prose that wraps after '=' ('for the others dL/dz_k =⏎p_k; in one formula:') is not one sum: the "
     "formula the student then gives is the answer", "dl_a3", ".txt",
     "Problem 3. For the true class dL/dz_c = p_c − 1, for the others dL/dz_k =\np_k; in one formula:\n"
     "∂ L/∂ z_{k} = p_{k} − y_{k}\nProblem 4. No.\n", "softmax.grad", "correct", False),
    ("... and a derivation in brackets after the answer ('(Derivation: ∂L/∂ŷ_j = −y_j/ŷ_j and …') does not replace it",
     "dl_a3", ".txt",
     "Q3 With ŷ = softmax(z): ∂L/∂z_k = ŷ_k − y_k. (Derivation: ∂L/∂ŷ_j = −y_j/ŷ_j and the Jacobian of the softmax.)\n",
     "softmax.grad", "correct", False),
    ("LaTeX's number comma as a decimal comma ('$p = 2 \\cdot 0{,}0359 = 0{,}0718$'): 0{,}0718 is no 0 and no "
     "thousands group", "stats_a1", ".md",
     "## Aufgabe 3\n**b)** $p\\text{-Wert} = 2 \\cdot 0{,}0359 = 0{,}0718$\n", "test.pvalue", "correct", False),
    ("... and '0 \\cdot 0{,}2' is a product of decimals, not Mathpix's reading of a handwritten '0.0'", "stats_a1", ".md",
     "## Aufgabe 5\n**a)** $E[X] = 0 \\cdot 0{,}2 + 1 \\cdot 0{,}5 + 2 \\cdot 0{,}3 = 1{,}1$\n", "moments.mean",
     "correct", False),
    ("an interval with decimal commas and a semicolon between its ends ('$[\\,0{,}2553 \\; ; \\; 0{,}3847\\,]$')",
     "stats_a1", ".md", "## Aufgabe 2\nKonfidenzintervall (95 %): $[\\,0{,}2553 \\; ; \\; 0{,}3847\\,]$\n",
     "ci.interval", "correct", False),
    ("an interval's ends each in their own math ('from $0.2553$ to $0.3847$')", "stats_a1", ".md",
     "## Question 2\nThe 95 % confidence interval runs from $0.2553$ to $0.3847$.\n", "ci.interval", "correct", False),
    ("a multiple of another part's quantity in LaTeX ('= 3^2\\,\\mathrm{Var}(X) = …') goes on with the chain's "
     "head: its value is this part's", "stats_a1", ".md",
     "## Question 5\n**c)** $\\mathrm{Var}(3X - 2) = 3^2\\,\\mathrm{Var}(X) = 9 \\cdot 0.49 = 4.41$\n", "moments.vary",
     "correct", False),
    ("a note after an em dash ('\\( … = p_k - y_k \\) — the predicted probability minus the target') is no part "
     "of the formula", "dl_a3", ".md",
     "## Q3\n\n**Final answer:** \\( \\frac{\\partial L}{\\partial z_k} = p_k - y_k \\) — the predicted probability "
     "minus the one-hot target.\n", "softmax.grad", "correct", False),
    ("... but an en dash between terms is Word's minus ('p_k – y_k'), never a note", "dl_a3", ".txt",
     "Q3: dL/dz_k = p_k – y_k\n", "softmax.grad", "correct", False),
    ("several bold-marked answers on one line ('**5(a)** $E[X]=1.1$  **5(b)** $\\mathrm{Var}(X)=0.49$  **5(c)** …'): "
     "the bold that opens the next answer is no product after the value", "stats_a1", ".md",
     "Q5\n**5(a)** $E[X]=1.1$  **5(b)** $\\mathrm{Var}(X)=0.49$  **5(c)** $\\mathrm{Var}(3X-2)=9\\,\\mathrm{Var}(X)=4.41$\n",
     "moments.mean", "correct", False),
    ("a closing table restates an interval otherwise ('| 2 | (0.2657, 0.3743) |' after the working's 'Answer: "
     "(0.2553, 0.3847)'): two answers, graded at the one that earns less and flagged", "stats_a1", ".md",
     "## Problem 2 — confidence interval for the proportion\n\np̂ = 64/200 = 0.32, SE = 0.03298, margin 1.96 × 0.03298 = "
     "0.0646.\n\n**Answer:** (0.2553, 0.3847)\n\n## Summary\n\n"
     "| Problem | Result |\n|---|---|\n| 2 | (0.2657, 0.3743) |\n", "ci.interval", "partial", True),
    # -- the sixteenth session's open sets (PDF layouts, corrections, restated working)
    ("a product written with the letter x ('1728 x 784 = 13,54,752') uses its numbers as operands: the earlier "
     "'total weights = … = 1728' is a step, and the later claim is named for a person", "dl_a3", ".txt",
     "Ans 1 (b):\n  weights in one filter = 3 x 3 x 3 = 27\n  total weights = 27 x 64 = 1728\n"
     "  so parameters = 1728 x 784 = 13,54,752\n", "cnn.params", "partial", True),
    ("a specific label in the singular ('so learnable parameter is …' for 'learnable parameters') names the part, "
     "after a sentence that names another part's ordinary word ('the output have 28 × 28 location')", "dl_a3", ".txt",
     "Problem 1.\n(b) All filter have 27 × 64 = 1728. The output have 28 × 28 location, so learnable parameter is "
     "1728 × 28 × 28 = 1,354,752.\n", "cnn.params", "incorrect", False),
    ("an expression wrapped after its operator ('= 64 ×' / '27 + 64 = 1792') goes on over the line's end",
     "dl_a3", ".txt",
     "Question 1\n(b) Each filter has 3×3×3 = 27 weights and a bias. Total learnable parameters = 64 ×\n"
     "27 + 64 = 1792.\n", "cnn.params", "correct", False),
    ("a label counted for one unit ('the number of parameter in one filter is … = 27') is no claim of the part",
     "dl_a3", ".txt",
     "Q1\n(b) The number of parameter in one filter is 3x3x3 = 27 and we have bias 1 so is 28. For 64 filter we have "
     "28 x 64 = 1792 parameters.\n", "cnn.params", "correct", False),
    ("a law's name ('the law of total probability') and a test's 'positive result' are no answer words", "stats_a1",
     ".txt", "Problem 1 (b). By the law of total probability the chance of a positive result is 0.95 × 0.01 +\n"
     "0.10 × 0.99 = 0.0095 + 0.0990 = 0.1085, and then Bayes' theorem gives\nP (D | +) = 0.0095 / 0.1085 ≈ 0.08756.\n",
     "prob.bayes", "correct", False),
    ("a note in words with a clause after it ('p_k − y_k (softmax output minus one-hot target), from the chain "
     "rule …') is no part of the formula", "dl_a3", ".txt",
     "Question 3\n∂L/∂zk = pk − yk (softmax output minus one-hot target), from the chain rule through the full "
     "softmax Jacobian ∂pj/∂zk = pj(δjk − pk).\n", "softmax.grad", "correct", False),
    ("a label a PDF's text layer spaces out ('l (p) = …') names the formula, after the likelihood 'L(p) = … and'",
     "stats_a1", ".txt", "QUESTION 4\n(a) With k = Σx_{i} successes among n trials,\nL(p) = p^{k}(1 − p)^{n−k} and\n"
     "l (p) = k log p + (n − k) log(1 − p)\n(b) Solving gives p̂ = k/n = x̄\n", "mle.loglik", "correct", False),
    ("a formula wrapped after a function's name ('= (Σx_{i}) ln' / 'p + (n − Σx_{i}) ln(1 − p).')", "stats_a1", ".txt",
     "4. Bernoulli MLE\n(a) Taking logs,\nl (p) = Σ_{i} [x_{i} ln p + (1 − x_{i}) ln(1 − p)] = (Σx_{i}) ln\n"
     "p + (n − Σx_{i}) ln(1 − p).\n", "mle.loglik", "correct", False),
    ("two values the student says they could not decide between ('One-tailed: … = 0.0359 / Two-tailed: … = 0.0719 / "
     "I think it is one of these two, I could not decide'): graded at the one that earns less, and flagged",
     "stats_a1", ".txt",
     "Q3 (a) z = 1.80\n   (b) Here I was not sure if the p-value should be one tail or both tails.\n"
     "       One-tailed: P(Z > 1.8) = 0.0359\n       Two-tailed: 2 x 0.0359 = 0.0719\n"
     "       I think it is one of these two, I could not decide which the question wants.\n"
     "   (c) Using the 5% level and |z| = 1.80 < 1.96, we fail to reject H0.\n", "test.pvalue", "partial", True),
    ("an option's word inside a footnote's code ('No: … running estimates\\footnote{… \\texttt{track_stats=True} …}') is "
     "no second option", "dl_a3", ".tex",
     "\\section{Batch normalization at inference}\nNo: the layer uses the running estimates of the mean and variance\n"
     "collected during training\\footnote{PyTorch: \\texttt{track\\_running\\_stats=True}, the default.}, not the test "
     "batch statistics.\n", "bn.test", "correct", False),
    ("an aside that opens with a word holding a digit ('Answer: 14×14×64 (v1 said 28×28×64, that was before the "
     "pooling)') is working beside the answer", "dl_a3", ".txt",
     "Question 1\na) Convolution: 28×28×64. Max pooling 2×2 with stride 2 → 14×14×64.\n"
     "Answer: 14×14×64 (v1 said 28×28×64, that was before the pooling)\n", "cnn.shape", "correct", False),
    ("bold cells of a table of data ('0 & \\textbf{50} & 12 & 8', a confusion matrix's diagonal) highlight the data, "
     "they mark no answer", "dl_a3", ".tex",
     "\\section*{Q5. Accuracy}\n\\begin{tabular}{lccc}\ntrue & 0 & 1 & 2\\\\\n0 & \\textbf{50} & 12 & 8\\\\\n"
     "1 & 10 & \\textbf{45} & 15\\\\\n2 & 9 & 21 & \\textbf{50}\\\\\n\\end{tabular}\n"
     "Top-1 accuracy $= \\dfrac{145}{220} = 0.6591$ $(65.91\\%)$.\n", "metrics.accuracy", "correct", False),
    ("a PDF's raised footnote number after the value that ends a sentence ('= 64 ×' / '27 + 64 = 1792^{1}.') is read "
     "without it, and flagged (it could be a power)", "dl_a3", ".txt",
     "Question 1\n(b) Each filter has 3×3×3 = 27 weights and a bias. Total learnable parameters = 64 ×\n"
     "27 + 64 = 1792^{1}.\nQuestion 2\n", "cnn.params", "correct", True),
    ("a closing list of final answers ('MY FINAL ANSWERS' over 'Q5     accuracy ≈ 66.07 %'), its line naming the "
     "question by number and the part by a plain label, after a chat whose working stated another value: the "
     "student's last word, the working's value named for a person", "dl_a3", ".txt",
     "me: Q5 confusion matrix, top-1 accuracy?\n\ntutor: Plain accuracy is the trace over the total: 145/220 ≈ 0.659. "
     "Balanced accuracy, the mean of the recalls, is 0.6607.\n\nme: I'll report the balanced one.\n\n"
     "MY FINAL ANSWERS\n\nQ4     No, running statistics.\nQ5     accuracy ≈ 66.07 %  (balanced)\n",
     "metrics.accuracy", "incorrect", True),
    ("a value set in single stars (org's bold, Markdown's italic) before an aside ('= *91/216* (~0.4213)'): the "
     "closing star is no product", "stats_a1", ".md",
     "## Q1\n### (a) at least one six in 3 rolls\n   complement: no six at all, (5/6)^3 = 125/216\n"
     "   P(>=1 six) = 1 - 125/216 = *91/216* (~0.4213)\n", "prob.dice", "correct", False),
    ("a footnote read where it stands that gives the student's earlier draft ('(Correction: my first draft used "
     "1.645 here and got (0.266, 0.374); the interval above is the one I am submitting.)'): replaced, not the "
     "answer", "stats_a1", ".md",
     "## Confidence interval\n\n95 % CI: 0.32 ± 1.96 × 0.03298 = 0.32 ± 0.0646, so the interval is\n"
     "*(0.2554, 0.3846)*. (Correction: my first draft used 1.645 here (that is the 90 % value) and got (0.266, "
     "0.374); the interval above with 1.96 is the one I am submitting.)\n", "ci.interval", "correct", False),
    ("an HTML page's powers and indices grouped as set ('(1&minus;p)<sup>1&minus;x<sub>i</sub></sup>'): the "
     "likelihood written without its log is the likelihood, not a sum's broken term", "stats_a1", ".html",
     "<h2>Q4</h2>\n<div>(a) log-likelihood:</div>\n<div>L(p) = &prod; p<sup>x<sub>i</sub></sup>(1&minus;p)"
     "<sup>1&minus;x<sub>i</sub></sup> = p<sup>&Sigma;x<sub>i</sub></sup>(1&minus;p)<sup>n&minus;&Sigma;x<sub>i"
     "</sub></sup></div>\n", "mle.loglik", "partial", False),
    ("an AsciiDoc table's rows (no closing bar) and inline math ('stem:[…]'): each row's value read as a row's",
     "stats_a1", ".adoc",
     "== Moments\n\n|===\n| | value\n\n| E[X]        | 0(0.2) + 1(0.5) + 2(0.3) = *1.1*\n"
     "| E[X^2^]     | 0 + 0.5 + 1.2 = 1.7\n| Var(X)      | 1.7 - 1.21 = *0.49*\n| Var(3X - 2) | 9 Var(X) = *4.41*\n"
     "|===\n", "moments.vary", "correct", False),
    ("an Octave script, its answers in comments and its cells titled by question ('%% Q1(a) …', '% ANSWER Q1(a): "
     "0.4213')", "stats_a1", ".m",
     "%% MA214 Assignment 1\n\n%% Q1(a)  P(at least one six in 3 rolls)\npDice = 1 - (5/6)^3\n% pDice = 0.4213\n"
     "% ANSWER Q1(a): 0.4213\n\n%% Q1(b)  Bayes\nprev = 0.01; sens = 0.95; spec = 0.90;\n"
     "pPos = sens*prev + (1-spec)*(1-prev)\n% ANSWER Q1(b): P(D|+) = 0.1085\n", "prob.dice", "correct", False),
    ("a sheet whose rows give the question and the part's letter in two cells ('Q3,b,p-value,…'): each row names "
     "its part", "stats_a1", ".csv",
     "question,part,quantity,working,value,final,check\nQ1,a,P(no six),=(5/6)^3,0.578704,,\n"
     "Q1,a,P(at least one six),=1-(5/6)^3,0.421296,0.4213,ok\nQ1,b,P(D),given,0.01,,\nQ1,b,P(+|D),given,0.95,,\n"
     "Q1,b,P(D|+),=0.0095/0.1085,0.087558,0.0876,ok\nQ2,,p_hat,=64/200,0.32,,\nQ2,,CI lower,=0.32-0.0646,0.2554,0.2554,\n"
     "Q3,a,p_hat,=218/400,0.545,,\nQ3,a,z,=(0.545-0.5)/0.025,1.8,1.80,\n"
     "Q3,b,p-value,=2*(1-NORM.S.DIST(1.8;TRUE)),0.071861,0.0719,\nQ5,a,E[X],=SUMPRODUCT(),1.1,1.1,\n",
     "prob.bayes", "correct", False),
    ("a tilde after a word as texting writes 'approximately' ('ans ~ 0.42' under '= 91/216'): the student's last "
     "word, rounded to two figures, the exact working named for a person", "stats_a1", ".txt",
     "q1a\nP(no 6) = (5/6)^3 = 125/216\nso P(atleast one 6) = 1 - 125/216 = 91/216\nans ~ 0.42\n\nq1b\n",
     "prob.dice", "partial", True),
    ("an estimator with its sum said in words ('b) p hat = xbar = (sum of x_i)/n')", "stats_a1", ".txt",
     "q4\na) skipped\nb) p hat = xbar = (sum of x_i)/n\n", "mle.estimator", "correct", False),
    ("... but a tilde glued to its number qualifies it, in an aside after the answer ('= .0876 (so only ~9%, the "
     "base rate)'): no relation, the answer stays", "stats_a1", ".txt",
     "Q1 b) bayes: P(sick | pos) = .0095/.1085 = .0876   (so only ~9%, surprising but that's the base rate)\n",
     "prob.bayes", "correct", False),
    ("a Python console pasted whole, the student's titles and answers typed as comments at its prompt ('>>> # "
     "---- Q1b ----', '>>> # ANS Q1b: P(D|+) = 0.0876'), between the printed values of the working", "stats_a1",
     ".txt",
     ">>> # ---- Q1a ----\n>>> 1 - (5/6)**3\n0.42129629629629617\n>>> # ANS Q1a: 0.4213\n>>> # ---- Q1b ----\n"
     ">>> ppos = 0.95*0.01 + 0.10*0.99\n>>> 0.95*0.01/ppos\n0.08755760368663594\n>>> # ANS Q1b: P(D|+) = 0.0876\n"
     ">>> # ---- Q2 ----\n>>> ph = 64/200\n>>> se = ph*(1-ph)/200\n>>> (ph - 1.96*se, ph + 1.96*se)\n"
     "(0.31786752, 0.32213248)\n>>> # ANS Q2: 95% CI = (0.3179, 0.3221)\n", "prob.bayes", "correct", False),
    ("an answer word before the question's number and its parts' markers on one line ('ANS Q5: (a) 1.1  (b) 0.49  "
     "(c) 4.41'), after the console's last printed value", "stats_a1", ".txt",
     "## Q5\nxs = [0, 1, 2]; ps = [0.2, 0.5, 0.3]\n>>> 9*(EX2 - EX**2)\n4.409999999999998\n"
     "ANS Q5: (a) 1.1  (b) 0.49  (c) 4.41\n", "moments.mean", "correct", False),
    ("a PDF's footnote mark after the sentence's stop ('= 0.0359.¹'): the value stands, its mark no digit of a "
     "dotted run", "stats_a1", ".txt",
     "3 Test for a proportion\nHere p̂ = 218/400 = 0.545 and SE₀ = 0.025.\n(a) z = (0.545 − 0.5)/0.025 = 1.80.\n"
     "(b) The p-value is P(Z > 1.80) = 0.0359.¹\n(c) Since |z| = 1.80 < 1.96, we fail to reject H₀.\n",
     "test.pvalue", "partial", False),
    ("... and a raised one right after the value ('= 0.0359¹.'): no power anyone writes, a footnote's mark, "
     "said", "stats_a1", ".txt",
     "3 Test for a proportion\nHere p̂ = 218/400 = 0.545 and SE₀ = 0.025.\n(a) z = (0.545 − 0.5)/0.025 = 1.80.\n"
     "(b) The p-value is P(Z > 1.80) = 0.0359¹.\n(c) Since |z| = 1.80 < 1.96, we fail to reject H₀.\n",
     "test.pvalue", "partial", True),
    ("a footnote that corrects the part in a chain named after a colon and wrapped before its result ('…, so the "
     "tail probability must be doubled: p-value = 2 × 0.0359' / '= 0.0719. This is the value I am giving for "
     "3(b).')", "stats_a1", ".txt",
     "3 Test for a proportion\n(a) z = (0.545 − 0.5)/0.025 = 1.80.\n(b) The p-value is P(Z > 1.80) = 0.0359.¹\n"
     "(c) Since |z| = 1.80 < 1.96, we fail to reject H₀.\n\n5 Moments\n(a) E[X] = 1.1\n\n¹ Correction: the "
     "alternative is two-sided, so the tail probability must be doubled: p-value = 2 × 0.0359\n= 0.0719. This is the "
     "value I am giving for 3(b).\n", "test.pvalue", "correct", False),
    ("the part's statement set in bold as a whole after a second way of working ('**Accuracy = 0.6607 (66.07 %)**' "
     "after '= 145/220 = 0.6591' and a mean of recalls): the student's marked answer, the first way named for a "
     "person", "dl_a3", ".md",
     "**5.** First way: trace / total = (50 + 45 + 50)/220 = 145/220 = 0.6591.\n\nSecond way, class by class: "
     "recall_A = 50/70 = 0.7143, recall_B = 45/70 = 0.6429, recall_C = 50/80 = 0.6250, mean = 0.6607.\n\nThe second "
     "one uses every row separately, so I think it is the more careful one.\n\n**Accuracy = 0.6607 (66.07 %)**\n",
     "metrics.accuracy", "incorrect", True),
    ("... but several bold statements on one line each mark their own part's value ('**(a) E[X] = 11/10 = 1.1**  "
     "**(b) Var(X) = 49/100 = 0.49**  **(c) …= 4.41**')", "stats_a1", ".md",
     "## Q5\n\n**(a) E[X] = 11/10 = 1.1**  **(b) Var(X) = 49/100 = 0.49**  **(c) Var(3X − 2) = 9·Var(X) = 441/100 = "
     "4.41**\n\nThe same in decimals: 5(a) E[X] = 1.1\n", "moments.mean", "correct", False),
    ("... nor does a bold given of the working that names no part ('**H₀: p = 0.5**')", "stats_a1", ".md",
     "## Q3\n\n**H₀: p = 0.5** against H₁: p ≠ 0.5.\n\n(a) z = (0.545 − 0.5)/0.025 = 1.8\n", "test.z", "correct",
     False),
    ("a conclusion that names the part by a plain label and gives it a value alone ('so accuracy ≈ 66%') after a "
     "chain whose denominator is a word ('accuracy = correctly classified / total = … = 145/220'): the rounded "
     "conclusion is the answer, the exact working named for a person", "dl_a3", ".txt",
     "Question 5\nAccuracy = correctly classified / total = (50 + 45 + 50) / 220 = 145/220\nso accuracy ≈ 66%\n"
     "Question 6\n", "metrics.accuracy", "incorrect", True),
    ("the count restated rounded after it, weakly ('Total 1792, so roughly **1.8k parameters** (≈ 1.8 × 10³)'): "
     "graded beside the count, and a person asked, as the rounding earns nothing", "dl_a3", ".md",
     "**1(b)** Weights: 3 × 3 × 3 × 64 = 1728. Biases: 64. Total 1792, so roughly **1.8k parameters** (≈ 1.8 × 10³).\n",
     "cnn.params", "correct", True),
    # -- the twenty-first session's open sets
    ("an equation's number at a formula's line end, as a LaTeX-made PDF's text gives it ('… log(1 − p) (5)'), is no "
     "factor of the formula", "stats_a1", ".txt",
     "Q4 Maximum likelihood\n(a) The log-likelihood is\nlog L(p) = Σᵢ xᵢ log p + Σᵢ (1 − xᵢ) log(1 − p) (5)\n",
     "mle.loglik", "correct", False),
    ("a shape in a Chinese input method's full-width forms ('**答案：（１４，１４，６４）**') is read as the numbers it "
     "shows, not the working's size before pooling", "dl_a3", ".md",
     "## 1\n**(a)** 输入 28×28×3，卷积核 3×3，padding 1：\n\n卷积后 28×28×64，经过 2×2 max-pool（stride 2）后尺寸减半：\n\n"
     "**答案：（１４，１４，６４）**\n", "cnn.shape", "correct", False),
    ("... and Devanagari or Arabic-Indic digits ('P(D|+) = ०.०८७६', '٠٫٠٨٧٦')", "stats_a1", ".md",
     "## Q1\n(a) P = 1 − (5/6)³ = ٠٫٤٢١٣\n(b) P(D|+) = 0.0095/0.1085 = ०.०८७६\n", "prob.bayes", "correct", False),
    ("an expression in another part's quantities after the part's marker ('(b) Var = E[X²] − E[X]² = 0.49'): the "
     "chain stays the marked part's, not the mean's whose label it holds", "stats_a1", ".md",
     "## Q5\n(a) E[X] = 0(0.2) + 1(0.5) + 2(0.3) = 1.1\n(b) Var = E[X²] − E[X]² = 1.7 − 1.21 = 0.49\n",
     "moments.var", "correct", False),
    ("... with no name of its own before it ('(b) E[X²] − E[X]² = 0.49')", "stats_a1", ".md",
     "## Q5\n(a) E[X] = 1.1\n(b) E[X²] − E[X]² = 1.7 − 1.21 = 0.49\n", "moments.var", "correct", False),
    ("... while a label of the marked part's own that holds an operator ('1 (b) P(+) = … ⇒ P(D|+) = 0.0095/0.1085 "
     "0.0876') still names it (a person asked: the next question's bare number '2 p̂ = …' opens no section here)",
     "stats_a1", ".txt",
     "1 (b) P(+) = 0.95·0.01 + 0.1·0.99 = 0.1085   ⇒ P(D|+) = 0.0095/0.1085 0.0876\n2 p̂ = 0.32, n = 200\n"
     "ME = 1.96√(0.2176/200) = 0.06465\n", "prob.bayes", "correct", True),
    ("a Word answer sheet that is one table, a row per part whose first cell names it in words ('| Q1 (b) P(D / +) | … "
     "| 0.0876 |'): each question's rows are its passage, so a later question's '(b)' row is not this one's", "stats_a1",
     ".md", "# MA 214 – Assignment 1\n\n| Question | Answer |\n|---|---|\n| Q1 (a) P(at least one six) | 1 − (5/6)³ = "
     "0.4213 |\n| Q1 (b) P(D / +) | P(D / +) = 0.0095 / 0.1085 = 0.0876 |\n| Q2 95 % CI for p | CI = (0.2554, 0.3846) |\n"
     "| Q5 (a) E[X] | 0(0.2) + 1(0.5) + 2(0.3) = 1.1 |\n| Q5 (b) Var(X) | E[X²] = 1.7; 1.7 − 1.1² = 0.49 |\n",
     "prob.bayes", "correct", False),
    ("a Word table with a column per part and rows 'Working' and 'Answer' (a landscape page): each part's answer "
     "cell read as its row's", "stats_a1", ".md",
     "# Answer sheet\n\n|  | Q5(a) | Q5(b) | Q5(c) |\n|---|---|---|---|\n| Working | 0(0.2) + 1(0.5) + 2(0.3) | E[X²] = 0.5 + "
     "1.2 = 1.7; Var = E[X²] − E[X]² | Var(aX + b) = a² Var(X) = 9 × 0.49 |\n| Answer | 1.1 | 0.49 | 4.41 |\n",
     "moments.var", "correct", False),
    ("a program's printed summary, a line per question, the values of a question's parts in order after its number "
     "('Q5  1.1 0.48999999999999977 4.409999999999998', after 'Q1a …' lines): each part's value", "stats_a1", ".md",
     "## Q5 moments\n\n```python\nEX, VarX, VarY\n```\n\n## Summary\n\n```\nQ1a 91/216 = 0.4212962962962963\n"
     "Q3a z = 1.8  Q3b p = 0.0719\nQ5  1.1 0.48999999999999977 4.409999999999998\n```\n", "moments.var", "correct", False),
    ("... 'Q5: 1.1, 0.49, 4.41' (a comma between them)", "stats_a1", ".txt",
     "Q5 moments\nsee the script\n\nQ5: 1.1, 0.49, 4.41\n", "moments.vary", "correct", False),
    ("a Python file whose answers are what its prints printed, said in the comment on each line "
     "('print(\"Q5b Var(X) =\", VarX)  # 0.48999999999999977')", "stats_a1", ".py",
     "# ---- Q5 (a)\nEX = vals @ probs\nprint(\"Q5a E[X] =\", EX)      # 1.1\n# ---- Q5 (b)\n"
     "VarX = (vals**2) @ probs - EX**2\nprint(\"Q5b Var(X) =\", VarX)   # 0.48999999999999977\n", "moments.var",
     "correct", False),
    ("a decimal said in words at the end of the part's chain ('(a) z = 0.045 / (1/40) = one point eight'), not the "
     "working's fraction before any label", "stats_a1", ".txt",
     "Question 3\np-hat = 218/400 = 0.545, null standard error sqrt(0.25/400) = 1/40.\n"
     "(a) z = 0.045 / (1/40) = one point eight.\n", "test.z", "correct", False),
    ("a decision that follows from the student's own wrong p-value ('0.928 > 0.05, so we fail to reject') by the "
     "spec's 'follows' rules: nothing for a person to check", "stats_a1", ".txt",
     "Question 3\n(a) z = 0.045 / 0.5 = 0.09\n(b) p-value = 2(1 − 0.5359) = 0.928\n"
     "(c) Since 0.928 > 0.05 we fail to reject H0.\n", "test.decision", "correct", False),
    ("... while one the student's own value does not imply ('p-value 0.0359 < 0.05 … fail to reject') is checked by "
     "a person", "stats_a1", ".txt",
     "Question 3\n(a) z = 1.80\n(b) p-value = 1 − 0.9641 = 0.0359\n"
     "(c) The p-value 0.0359 is below 0.05 but the effect is small, so we fail to reject H0.\n", "test.decision",
     "correct", True),
    ("... nor LaTeX's '\\tag{5}'", "stats_a1", ".md",
     "## Q4\n(a) $$\\ell(p) = \\sum_i x_i \\log p + (1 - x_i)\\log(1 - p) \\tag{5}$$\n", "mle.loglik", "correct", False),
    ("a typeset matrix after the working's last readable one that cannot be read (a scan's decimal comma and 'l' "
     "for 1 in a cell, '0, l 5'): the earlier matrix graded is flagged, never silent", "dl_a3", ".md",
     "\\section*{Q2}\n$W_{new}=W-\\eta \\frac{\\partial L}{\\partial W}$\n$$\n=\\left[\\begin{array}{ccc}\n"
     "0,2 & -0,1 & 0,4 \\\\\n0 & 0,3 & -0,2\n\\end{array}\\right]-0,1 \\cdot G\n$$\n$$\nW_{new}="
     "\\left[\\begin{array}{ccc}\n0, l 5 & -0,2 & 0,45 \\\\\n0, l & 0,5 & -0,3\n\\end{array}\\right]\n$$\n",
     "sgd.update", "incorrect", True),
    ("an answer titled in the part's heading after a dash ('### Q1(a) — (14, 14, 64)'), the working below it giving "
     "other values of its kind ('so 28 × 28 × 64 after the conv'): the heading's, as bold would mark it", "dl_a3", ".md",
     "# A3\n\n### Q1(a) — (14, 14, 64)\nConv: (28 + 2·1 − 3)/1 + 1 = 28, so 28 × 28 × 64 after the conv.\n"
     "Max-pool 2 × 2, stride 2 → 28 / 2 = 14. Depth stays 64.\n", "cnn.shape", "correct", False),
    ("... a count after the marker and the dash ('### Q1(b) — 1,792 parameters')", "dl_a3", ".md",
     "# A3\n\n### Q1(b) — 1,792 parameters\nOne bias for each of the 64 filters, with its 3·3·3 weights.\n", "cnn.params",
     "correct", False),
    ("... and a matrix named after the dash ('### Q2 — W_new = [[…]]') over the working's gradient matrix", "dl_a3",
     ".md", "# A3\n\n### Q2 — W_new = [[0.15, −0.2, 0.45], [0.1, 0.5, −0.3]]\n"
     "∂L/∂W = δ xᵀ = [[0.5, 1.0, −0.5], [−1.0, −2.0, 1.0]]\nW_new = W − 0.1 · ∂L/∂W\n", "sgd.update", "correct", False),
    ("a step, then ', so' and the chain that concludes ('∂p_j/∂z_k = p_j(δ_jk − p_k), so ∂L/∂z_k = … = p_k − y_k'): "
     "the conclusion, not the step before the comma", "dl_a3", ".md",
     "## Q3\n∂p_j/∂z_k = p_j(δ_jk − p_k), so ∂L/∂z_k = −Σ_j y_j (δ_jk − p_k) = −y_k + p_k = p_k − y_k.\n",
     "softmax.grad", "correct", False),
    ("a chain whose line ends in its '=' after another ('… = −Σ_j y_j(δ_jk − p_k) =⏎p_k − y_k, because …'), as a "
     "page's line wraps: the conclusion on the next line", "dl_a3", ".txt",
     "3. Gradient of the loss\nUsing ∂p_j/∂z_k = p_j(δ_jk − p_k) and the\nchain rule, ∂L/∂z_k = −Σ_j y_j(δ_jk − p_k) =\n"
     "p_k − y_k, because the one-hot y sums to\none.\n", "softmax.grad", "correct", False),
    ("a fixed-width summary table's row in a .txt (' 3     dL/dz_k     p_k - y_k'): the last column is the answer, "
     "the quantity's name before it no factor of it", "dl_a3", ".txt",
     "Q3  chain rule through softmax.\n\nSUMMARY OF ANSWERS\n Question   Quantity                    Answer\n"
     " 1b         conv parameters             1792\n 3          dL/dz_k                     p_k - y_k\n",
     "softmax.grad", "correct", False),
    ("an implication's arrow set off by wide spaces ('= 2(0.0359) \\quad\\Longrightarrow\\quad \\mathbf{0.0719}'): one "
     "chain to the marked value, not three statements", "stats_a1", ".tex",
     "\\section*{Question 3}\n$\\hat p = 218/400 = 0.545$.\n\\begin{enumerate}\n\\item\n\\begin{equation}\n"
     "z = \\frac{0.545 - 0.5}{0.025} \\quad\\Longrightarrow\\quad \\mathbf{1.80} \\tag{3a}\n\\end{equation}\n\\item\n"
     "\\begin{equation}\np = 2\\,\\Phi(-1.80) = 2(0.0359) \\quad\\Longrightarrow\\quad \\mathbf{0.0719} \\tag{3b}\n"
     "\\end{equation}\n\\end{enumerate}\n", "test.pvalue", "correct", False),
    ("a quantity named by its argument after prose ('The total probability of a positive test is P(T⁺) = 0.0095 + "
     "0.0990 = 0.1085'): the value is that quantity's, not the part's; the conditional after it is", "stats_a1", ".txt",
     "Problem 1\n(ii) Let D be the event that a randomly chosen person has the disease and T⁺ the event\n"
     "of a positive test. We have P(D) = 0.01, P(T⁺ | D) = 0.95 and P(T⁺ | Dᶜ) = 1 − 0.90 =\n"
     "0.10. The total probability of a positive test is P(T⁺) = 0.0095 + 0.0990 = 0.1085, and\n"
     "Bayes’ theorem yields\nP(D | T⁺) = 0.0095 / 0.1085 = 19/217 ≈ 0.0876.\n", "prob.bayes", "correct", False),
    ("a matrix drawn as a grid of characters ('+------+' rules between '| 0.15 | -0.2 | 0.45 |' rows): one matrix, "
     "its rules no break between its rows", "dl_a3", ".txt",
     "Q2\ndL/dW = delta * x^T\n\n    +------+------+------+\n    |  0.5 |  1.0 | -0.5 |\n    +------+------+------+\n"
     "    | -1.0 | -2.0 |  1.0 |\n    +------+------+------+\n\nW_new = W - 0.1 * dL/dW\n\n"
     "    +------+------+------+\n    | 0.15 | -0.2 | 0.45 |\n    +------+------+------+\n"
     "    |  0.1 |  0.5 | -0.3 |\n    +------+------+------+\n", "sgd.update", "correct", False),
    ("a form's options with boxes ('☐ Reject H₀' over '☒ Do not reject H₀'): the ticked one is chosen, the one left "
     "unticked never; the form's 'Reason:' field under it is the choice's reason", "stats_a1", ".md",
     "## Q3\n(a) z = 1.80\n(b) p-value = 0.0719\n\n## Q3 (c) [2]\n\nDecision (tick one):\n\n☐ Reject H₀\n\n☒ Do not reject H₀\n\n"
     "Reason: the p-value 0.0719 is larger than α = 0.05.\n", "test.decision", "correct", False),
    ("a formula whose line ends inside an open bracket ('… · (1 − p)^(n' then '− Σxᵢ)'), as a page's line wraps: read "
     "on into the next line", "stats_a1", ".txt",
     "Question 4\n(a) The likelihood is\nL(p) = ∏ᵢ p^xᵢ (1 − p)^(1 − xᵢ) = p^(Σxᵢ) · (1 − p)^(n\n− Σxᵢ)\n"
     "and I stop there.\n", "mle.loglik", "partial", False),
    ("an interval whose ends are in scientific notation ('(2.554 × 10⁻¹, 3.846 × 10⁻¹)', '\\times 10^{-1}')",
     "stats_a1", ".md", "### Problem 2\n\np̂ = 64/200 = 0.32\n\nSE ≈ 3.298 × 10⁻²\n\n"
     "**95 % CI ≈ (2.554 × 10⁻¹, 3.846 × 10⁻¹)**\n", "ci.interval", "correct", False),
    ("a matrix's rows on one line in brackets, a bar between them ('( 0.15 −0.2 0.45 | 0.1 0.5 −0.3 )'): one matrix",
     "dl_a3", ".txt", "Problem 2\n∂L/∂W = δ xᵀ = ( 0.5 1.0 −0.5 | −1.0 −2.0 1.0 ),\n"
     "W_new = W − 0.1 · δ xᵀ = ( 0.15 −0.2 0.45 | 0.1 0.5 −0.3 ).\n(Rows separated by |.)\n", "sgd.update", "correct",
     False),
]


@lru_cache(maxsize=None)
def _context(name: str) -> Context:
    spec = load_spec(ROOT / "reference" / f"{name}.yaml")
    return Context(spec, load_reference(spec))


@pytest.mark.parametrize("why, name, suffix, text, part, verdict, review", ROWS, ids=[r[0] for r in ROWS])
def test_reading(tmp_path, why, name, suffix, text, part, verdict, review):
    path = tmp_path / f"student{suffix}"
    path.write_text(text, encoding="utf-8")
    result = {p.id: p for p in grade_document(read_submission(path), _context(name)).parts}[part]
    assert result.verdict == verdict, f"{why}: read {result.found!r} ({result.verdict})"
    assert result.review == review, f"{why}: {result.review_reasons}"


@pytest.mark.parametrize("box", ["☐", "□", "[ ]", "( )", "- [ ]"])
def test_an_option_beside_a_box_left_unticked_is_not_chosen(box):
    from grader.extract.kinds_choice import _without_unticked

    text = f"{box} Reject H0\n[x] Do not reject H0\n"
    assert _without_unticked(text).split("\n")[0].strip() == "" and "[x] Do not reject H0" in _without_unticked(text)
