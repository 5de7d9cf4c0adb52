"""A benchmark class of DISTINCT written submissions: no line of one student is another's.

    .venv/bin/python bench/distinct_class.py OUT --n 1000 [--seed 638]

Copies of a corpus share their text, so every cache keyed by a student's text is warm after
the first copy, and a benchmark on them measures less than a real class costs. This writes
N GNR 638 Assignment 2 submissions (``/work/shared/assignment2.md``) as students write
them, in Markdown, plain text and LaTeX, each drawn from ``seed`` and the student's number
alone (the same class on every run and machine):

- a name and a roll number of their own, a title line, sometimes a date or a course line;
- the three questions in any order, numbered as students number them (``Q1``, ``Question 2``,
  ``Problem 3``, ``## 1)``, ``Solution 2``), their headings worded in several ways;
- Q1 worked by hand on the given network or on a network of the student's own choosing
  (its values computed here), intermediate values rounded to 2 to 6 digits, the answers
  right, with the sign slipped, or wrong; Q2's counts in every notation people use
  (``1228800``, ``1,228,800``, ``12,28,800``, ``1.2288 × 10^6``), right or a known slip;
  Q3's loss as a formula in several spellings (the Poisson NLL, the log-likelihood, MSE);
- filler sentences between (checks, remarks, what the student used), with numbers of
  their own.

Every line is checked against the lines written before it: a line already written (by another
student, or by this one) gets a remark of this student's appended (a LaTeX comment in ``.tex``),
so no line is written twice in the class (blank lines aside) and no two students share one. ``tests/test_bench_distinct_class.py``
checks that on a small class.
"""

from __future__ import annotations

import argparse
import math
import random
import re
from dataclasses import dataclass
from pathlib import Path

#: What the class holds of each format: Markdown and text are what students hand in most.
FORMATS = (("md", 5), ("txt", 4), ("tex", 2))

FIRST = ("Aarav", "Aditi", "Akash", "Ananya", "Arjun", "Bhavna", "Chetan", "Deepa", "Dev", "Divya", "Farhan",
         "Gauri", "Harsh", "Ishaan", "Isha", "Jaya", "Kabir", "Kavya", "Lakshmi", "Manav", "Meera", "Nikhil",
         "Neha", "Om", "Pooja", "Pranav", "Rahul", "Riya", "Rohan", "Sana", "Shreya", "Siddharth", "Sneha",
         "Tanvi", "Tushar", "Uma", "Varun", "Vidya", "Yash", "Zoya", "Anirudh", "Bhargav", "Charu", "Diya",
         "Esha", "Gaurav", "Hema", "Irfan", "Juhi", "Karthik")
LAST = ("Agarwal", "Bhat", "Chandra", "Das", "Desai", "Gupta", "Iyer", "Joshi", "Kapoor", "Khan", "Kulkarni",
        "Menon", "Mishra", "Nair", "Patel", "Pillai", "Rao", "Reddy", "Saxena", "Sen", "Shah", "Sharma", "Singh",
        "Srinivasan", "Thakur", "Verma", "Yadav", "Banerjee", "Chatterjee", "Mukherjee", "Naidu", "Hegde",
        "Kamath", "Bose", "Ghosh", "Trivedi", "Pandey", "Tiwari", "Rathore", "Malhotra")
PROGRAMMES = ("D07", "D10", "M21", "M22", "B00", "D17", "M07", "D40")

TITLES = ("GNR 638 Assignment 2", "GNR638 — Assignment 2", "GNR-638 Assignment 2", "Assignment 2 (GNR 638)",
          "GNR 638: Machine Learning for Remote Sensing II, Assignment 2", "GNR638 Assgn 2", "GNR 638 · Assignment 2",
          "Deep learning (GNR 638), homework 2")
COURSE_LINES = ("Submitted to Prof. {prof}", "Course instructor: Prof. {prof}", "Spring {year} semester",
                "Due {day} Feb {year}", "Handed in on {day}/02/{year}", "Batch {batch}, slot {slot}")
PROFS = ("B. Banerjee", "S. Chaudhuri", "A. Kumar", "R. Velmurugan", "the instructor")

#: How a question is numbered: a format string of the number (and the topic, when worded).
NUMBERINGS = ("Q{n}", "Question {n}", "Problem {n}", "Qn {n}", "{n})", "Solution {n}", "Ans {n}", "Q.{n}",
              "Part {n}", "Exercise {n}")
TOPICS = {
    "backprop": ("Backpropagation", "backprop check", "Gradients of a 2-2-2 network", "Backprop by hand",
                 "Checking backpropagation", "Derivatives via chain rule", "Backpropagation in a sigmoid network"),
    "conv": ("Multiplications in convolution", "Convolution cost", "Counting multiplications",
             "Standard vs depthwise separable convolution", "MACs of a conv layer", "Cost of convolutions"),
    "poisson": ("Poisson loss", "Loss for count data", "Loss when y|x is Poisson", "Poisson regression loss",
                "Choosing a loss for counts", "Negative log-likelihood of a Poisson"),
}

FILLERS = (
    "I checked this with a finite-difference step of {eps}, which agreed to {d} digits.",
    "All values rounded to {d} decimal places while working by hand.",
    "Used a calculator for the exponentials (e^-{x} = {ex}).",
    "This took me about {mins} minutes.",
    "Note: the same working applies to the other weights by symmetry.",
    "The ratio of the two counts is about {ratio}.",
    "(I discussed the idea, not the answer, with roll {peer}.)",
    "For reference, sigmoid({x}) = {sx}.",
    "My notes from lecture {lec} were used for the notation.",
    "Sanity check: the value is small because the sigmoid is saturating at {sx}.",
    "Time spent on this part: {mins} min.",
    "There are {params} weights and biases in the whole network.",
)
#: A remark a student adds to a line, in two halves (625 remarks, none with a digit: a number in a
#: remark would be one more value for the grader to read, which real remarks seldom are).
REMARK_HOW = ("checked", "rounded", "approx.", "by hand", "final", "revised", "verified", "see above", "from notes",
              "recomputed", "as in class", "tentative", "boxed", "corrected", "double-checked", "hopefully right",
              "worked out", "simplified", "copied from my rough sheet", "in short", "roughly", "carefully",
              "re-derived", "my reading", "quickly")
REMARK_WHO = ("mine", "see the margin", "not sure", "I think", "as expected", "sanity-checked", "fine", "ok",
              "looks right", "cf. lecture", "cf. tutorial", "as usual", "again", "for completeness", "to be safe",
              "noted", "important", "see next line", "key step", "my notation", "same as before", "by symmetry",
              "no calculator", "on paper", "in ink")
#: How students spell the network's quantities: (name, spellings).
SPELLINGS = {
    "h1": ("h1", "h_1", "H1", "hidden1", "a_h1"), "h2": ("h2", "h_2", "H2", "hidden2", "a_h2"),
    "o1": ("o1", "o_1", "O1", "out1", "y_hat1"), "o2": ("o2", "o_2", "O2", "out2", "y_hat2"),
    "sig": ("sigmoid", "σ", "sig", "logistic"), "is": ("=", "≈", "=", ":="),
    "d1": ("delta_o1", "δo1", "d_o1", "delta1", "err_o1"), "d2": ("delta_o2", "δo2", "d_o2", "delta2", "err_o2"),
}


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class Network:
    """The 2-2-2 network of Q1: W1 = [[w11, w13], [w12, w14]], W2 = [[w21, w23], [w22, w24]]."""

    w: tuple[float, float, float, float, float, float, float, float]  # w11 w12 w13 w14 w21 w22 w23 w24
    x: tuple[float, float]
    t: tuple[float, float]
    b1: float
    b2: float

    def forward(self) -> dict[str, float]:
        w11, w12, w13, w14, w21, w22, w23, w24 = self.w
        a1 = w11 * self.x[0] + w13 * self.x[1] + self.b1
        a2 = w12 * self.x[0] + w14 * self.x[1] + self.b1
        h1, h2 = sigmoid(a1), sigmoid(a2)
        z1 = w21 * h1 + w23 * h2 + self.b2
        z2 = w22 * h1 + w24 * h2 + self.b2
        o1, o2 = sigmoid(z1), sigmoid(z2)
        d1 = (o1 - self.t[0]) * o1 * (1 - o1)
        d2 = (o2 - self.t[1]) * o2 * (1 - o2)
        dh1 = w21 * d1 + w22 * d2
        return {"a1": a1, "a2": a2, "h1": h1, "h2": h2, "z1": z1, "z2": z2, "o1": o1, "o2": o2, "d1": d1,
                "d2": d2, "dh1": dh1, "sp1": h1 * (1 - h1), "dw21": d1 * h1, "dw11": dh1 * h1 * (1 - h1) * self.x[0]}


GIVEN = Network((0.5,) * 8, (1.0, 1.0), (0.5, 0.5), 1.0, 1.0)


def fmt(value: float, digits: int) -> str:
    """``value`` to ``digits`` significant digits, as a person writes it (no exponent)."""
    if value == 0:
        return "0"
    text = f"{value:.{digits}g}"
    if "e" in text:
        text = f"{value:.{digits + 3}f}".rstrip("0")
    return text


class Student:
    """One student's choices, drawn from the class seed and the student's number."""

    def __init__(self, seed: int, k: int):
        self.rng = random.Random(f"{seed}:{k}")
        r = self.rng
        self.k = k
        self.name = f"{r.choice(FIRST)} {r.choice(LAST)}"
        self.roll = f"{r.choice((20, 21, 22, 23))}{r.choice(PROGRAMMES)}{k:04d}"
        self.fmt = r.choices([f for f, _ in FORMATS], [w for _, w in FORMATS])[0]
        self.digits = r.randint(2, 6)

    def filler(self) -> str:
        r = self.rng
        x = r.choice((1, 2, 1.5, 1.88, 0.9, 2.5))
        return r.choice(FILLERS).format(eps=r.choice(("1e-4", "1e-5", "1e-6", "0.001", "10^-6")), d=r.randint(2, 6),
                                        x=x, ex=fmt(math.exp(-x), r.randint(3, 5)), mins=r.randint(5, 90),
                                        ratio=fmt(1228800 / 53952, r.randint(2, 5)),
                                        peer=f"{r.choice((21, 22, 23))}{r.choice(PROGRAMMES)}{r.randint(1, 9999):04d}",
                                        sx=fmt(sigmoid(x), r.randint(3, 6)), lec=r.randint(3, 14),
                                        params=r.choice((12, 10, 8)))


# --- the questions, as lines --------------------------------------------------------------

def _num(s: Student, value: float, digits: int | None = None) -> str:
    return fmt(value, digits if digits is not None else s.digits)


def backprop_lines(s: Student) -> list[str]:
    r = s.rng
    own = r.random() < 0.25
    net = GIVEN
    lines: list[str] = []
    if own:
        w = tuple(round(r.uniform(0.1, 0.9), 1) for _ in range(8))
        net = Network(w, (1.0, 1.0), (round(r.uniform(0, 1), 1), round(r.uniform(0, 1), 1)),
                      round(r.uniform(0, 1), 1), round(r.uniform(0, 1), 1))
        names = ("w11", "w12", "w13", "w14", "w21", "w22", "w23", "w24")
        lines.append(r.choice(("I picked my own values so the gradients differ:", "My own network values:",
                               "Values chosen (not all equal, to make the check meaningful):")))
        lines.append(", ".join(f"{n} = {v:g}" for n, v in zip(names, w)))
        lines.append(f"x = ({net.x[0]:g}, {net.x[1]:g}), t = ({net.t[0]:g}, {net.t[1]:g}), "
                     f"b1 = {net.b1:g}, b2 = {net.b2:g}")
    else:
        lines.append(r.choice((
            "Given: all weights 0.5, x = [1, 1], t = [0.5, 0.5], b1 = b2 = 1.",
            "Values as given (w = 0.5 everywhere, x = (1, 1), t = (0.5, 0.5), b1 = b2 = 1)",
            "Network: W1 = W2 = [[0.5, 0.5], [0.5, 0.5]], b1 = 1, b2 = 1, input [1,1], target [0.5,0.5]",
            "Using the values from the sheet: weights 0.5, biases 1, x = (1,1), t = (0.5,0.5).",
        )))
    v = net.forward()
    d = s.digits
    n = {k: r.choice(v) for k, v in SPELLINGS.items()}
    so = r.choice(("so", "hence", "=>", "and", "then", "→", ";"))
    steps = [
        f"net_h1 {n['is']} {v['a1']:g} {so} {n['h1']} {n['is']} {n['sig']}({v['a1']:g}) {n['is']} {_num(s, v['h1'])}",
        f"{n['h2']} {n['is']} {n['sig']}({_num(s, v['a2'], 3)}) {n['is']} {_num(s, v['h2'])}",
        f"net_o1 {n['is']} {_num(s, v['z1'])}, {n['o1']} {n['is']} {_num(s, v['o1'])}",
        f"{n['o2']} {n['is']} {n['sig']}({_num(s, v['z2'], 4)}) {n['is']} {_num(s, v['o2'])}",
        f"{n['d1']} {n['is']} ({n['o1']} - t1) {n['o1']} (1 - {n['o1']}) {n['is']} {_num(s, v['d1'])}",
        f"{n['d2']} {n['is']} {_num(s, v['d2'])}",
        f"dE/d{n['h1']} {n['is']} w21 {n['d1']} + w22 {n['d2']} {n['is']} {_num(s, v['dh1'])}",
        f"{n['h1']} (1 - {n['h1']}) {n['is']} {_num(s, v['sp1'], max(2, d - 1))}",
    ]
    keep = sorted(r.sample(range(len(steps)), r.randint(3, len(steps))))
    style = r.choice(("Step {i}: ", "{i}. ", "", "  ", "- ", "({i}) ", "* ", "• ", "Line {i}: ", "{i}) ", "-> "))
    lines += [style.format(i=i + 1) + steps[j] for i, j in enumerate(keep)]
    if r.random() < 0.4:
        lines.append(s.filler())
    for part, label in (("dw21", r.choice(("dE/dw21", "∂E/∂w21", "dE/dw_21", "gradient wrt w21"))),
                        ("dw11", r.choice(("dE/dw11", "∂E/∂w11", "dE/dw_11", "gradient wrt w11")))):
        value = v[part]
        roll = r.random()
        if roll < 0.15:
            value = -value  # the classic slip: (t - o) for dE/do
        elif roll < 0.25:
            value *= r.choice((2, 0.5, 1.3, 10))
        elif roll < 0.3:
            continue  # not answered
        shown = _num(s, value, r.randint(2, 6))
        lines.append(r.choice(("{l} = {v}", "{l} = {v}  (answer)", "Therefore {l} = {v}", "{l} ≈ {v}",
                               "So {l} is {v}")).format(l=label, v=shown))
    return lines


STANDARD = 8 * 8 * 256 * 75
DEPTHWISE = 8 * 8 * 3 * 25 + 8 * 8 * 3 * 256


def count_text(s: Student, value: int) -> str:
    r = s.rng
    spelled = [f"{value}", f"{value:,}"]
    if value >= 100000:
        lakh = f"{value:,}".replace(",", "")
        spelled.append(f"{lakh[:-5]},{lakh[-5:-3]},{lakh[-3:]}")  # Indian grouping: 12,28,800
    mantissa = f"{value / 10 ** (len(str(value)) - 1):.6g}"
    spelled += [f"{mantissa} × 10^{len(str(value)) - 1}", f"{mantissa}e{len(str(value)) - 1}"]
    return r.choice(spelled)


def conv_lines(s: Student) -> list[str]:
    r = s.rng
    lines = [r.choice(("Input 12x12x3, output 8x8x256, 5x5 kernels, stride 1, no padding.",
                       "In: 12 × 12 × 3; out: 8 × 8 × 256; kernel 5 × 5; stride 1",
                       "Given input 12*12*3 and output 8*8*256 with 5x5 filters (valid convolution)",
                       "Each output value needs a 5x5x3 window of the 12x12x3 input."))]
    if r.random() < 0.6:
        lines.append(f"one output value needs 5*5*3 = 75 multiplications; there are 8*8*256 = {8 * 8 * 256} outputs")
    standard = r.choices((STANDARD, 12 * 12 * 256 * 75, 256 * 75), (8, 1, 1))[0]
    lines.append(r.choice(("(a) standard convolution: 8·8·256·(5·5·3) = {v}", "Standard: {v} multiplications",
                           "(a) {v}", "standard conv = {v} mults", "Multiplications (standard) = {v}",
                           "a) Standard convolution needs {v} multiplications.")).format(v=count_text(s, standard)))
    if r.random() < 0.7:
        lines.append(f"depthwise stage: 8*8*3*25 = {count_text(s, 4800)}; "
                     f"pointwise stage: 8*8*3*256 = {count_text(s, 49152)}")
    depthwise = r.choices((DEPTHWISE, 4800, 49152, 8 * 8 * 3 * 25 * 256), (8, 1, 1, 1))[0]
    lines.append(r.choice(("(b) depthwise separable: {v}", "Depthwise separable: {v} multiplications",
                           "(b) total = {v}", "depthwise separable conv = {v} mults",
                           "b) Depthwise separable convolution needs {v} multiplications in all.")
                          ).format(v=count_text(s, depthwise)))
    if r.random() < 0.3:
        lines.append(s.filler())
    return lines


LOSSES = (
    ("L(λ, y) = λ - y log λ", 6), ("loss = z - y*log(z)", 4), ("L = sum_i (mu_i - y_i log mu_i)", 3),
    ("L(θ) = Σ_i [exp(θᵀx_i) − y_i θᵀx_i]", 2), ("loss = mean(lam - y*log(lam))", 2),
    ("L = λ − y·ln λ + ln(y!)", 2), ("L = y log λ − λ", 1), ("loss = (y - λ)^2", 1),
)


def poisson_lines(s: Student) -> list[str]:
    r = s.rng
    lines = [r.choice(("y | x ~ Poisson(λ(x)), so p(y|x) = λ^y e^(-λ) / y!",
                       "For counts, model P(y) = e^{-λ} λ^y / y! with λ = λ(x).",
                       "The likelihood of one count is λ^y exp(-λ)/y!.",
                       "Since y given x is Poisson with rate λ, take the negative log-likelihood:"))]
    if r.random() < 0.6:
        lines.append(r.choice(("-log p = λ - y log λ + log y!", "log p(y|x) = y log λ - λ - log(y!)",
                               "taking logs: log L = y ln λ − λ − ln y!")))
    text = r.choices([t for t, _ in LOSSES], [w for _, w in LOSSES])[0]
    lines.append(r.choice(("Loss: {f}", "{f}", "Final loss: {f}", "So the loss to minimise is {f}",
                           "Answer: {f}")).format(f=text))
    if r.random() < 0.4:
        lines.append(r.choice(("log(y!) does not depend on λ and can be dropped.",
                               "MSE would assume Gaussian noise, which counts do not have.",
                               f"With a log link, λ = exp(θᵀx) keeps the rate positive ({s.filler()})")))
    return lines


QUESTIONS = (("backprop", backprop_lines), ("conv", conv_lines), ("poisson", poisson_lines))


def heading(s: Student, n: int, topic: str, style: str) -> str:
    r = s.rng
    number = style.format(n=n)
    worded = r.random() < 0.7
    return f"{number}: {r.choice(TOPICS[topic])}" if worded else number


def student_lines(s: Student) -> list[str]:
    """The student's text as lines, before the format's own markup."""
    r = s.rng
    lines = [r.choice(TITLES), r.choice((f"{s.name} ({s.roll})", f"Name: {s.name}, Roll No. {s.roll}",
                                         f"{s.name} · {s.roll}", f"{s.roll} {s.name}"))]
    if r.random() < 0.5:
        lines.append(r.choice(COURSE_LINES).format(prof=r.choice(PROFS), year=r.choice((2023, 2024, 2025)),
                                                   day=r.randint(1, 28), batch=r.randint(1, 4),
                                                   slot=r.choice("ABCDEF")))
    order = list(QUESTIONS)
    if r.random() < 0.3:
        r.shuffle(order)
    style = r.choice(NUMBERINGS)
    for n, (topic, make) in enumerate(order, start=1):
        lines.append("")
        lines.append("#" + heading(s, n, topic, style))  # "#" marks a heading for the format to dress
        lines.append("")
        body = make(s)
        if r.random() < 0.25:
            body.insert(r.randint(0, len(body)), s.filler())
        lines += body
    if r.random() < 0.3:
        lines += ["", s.filler()]
    return lines


def dress(s: Student, lines: list[str]) -> list[str]:
    """The lines in the student's format: Markdown headings, plain text, or a LaTeX document."""
    r = s.rng
    if s.fmt == "md":
        level = r.choice(("## ", "### ", "# ", "**"))
        out = []
        for line in lines:
            if line.startswith("#"):
                text = line[1:]
                out.append(f"**{text}**" if level == "**" else level + text)
            else:
                out.append(line)
        return out
    if s.fmt == "txt":
        frame = r.choice(("{t}", "{T}", "== {t} ==", "--- {t} ---", "*** {T} ***", "[{t}]"))
        return [frame.format(t=line[1:], T=line[1:].upper()) if line.startswith("#") else line for line in lines]
    out = [r.choice(("\\documentclass{article}", "\\documentclass[11pt]{article}", "\\documentclass[12pt,a4paper]{article}")),
           "\\usepackage{amsmath}", "\\begin{document}"]
    for line in lines:
        if line.startswith("#"):
            out.append(f"\\section*{{{_tex(line[1:])}}}")
        elif line:
            out.append(_tex(line) + " \\\\")
        else:
            out.append("")
    out.append("\\end{document}")
    return out


_TEX_ESCAPES = str.maketrans({"_": "\\_", "%": "\\%", "&": "\\&", "#": "\\#"})


def _tex(text: str) -> str:
    return text.translate(_TEX_ESCAPES)


def _remark(s: Student, line: str, attempt: int) -> str:
    """``line`` with a remark of this student's: the fourth attempt names the student and roll number."""
    r = s.rng
    if attempt < 4:
        remark = f"{r.choice(REMARK_HOW)}, {r.choice(REMARK_WHO)}"
    else:
        remark = f"{s.name}, {s.roll}"  # no one else has the roll number
    if s.fmt == "tex":
        return f"{line} % {remark}"
    return f"{line} ({remark})"


def write_class(folder: Path, n: int, seed: int = 638) -> list[Path]:
    """Write ``n`` distinct submissions into ``folder``; return their paths (one file each)."""
    folder.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    paths = []
    for k in range(n):
        s = Student(seed, k)
        text = []
        for line in dress(s, student_lines(s)):
            key = line.strip()
            attempt = 0
            while key and key in seen:
                attempt += 1
                line = _remark(s, line, attempt)
                key = line.strip()
            if key:
                seen.add(key)
            text.append(line)
        slug = re.sub(r"[^a-z]+", "_", s.name.lower())
        path = folder / f"s{k:05d}_{slug}.{s.fmt}"
        path.write_text("\n".join(text) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the class into")
    parser.add_argument("--n", type=int, default=1000, help="students")
    parser.add_argument("--seed", type=int, default=638, help="the class's seed")
    args = parser.parse_args()
    paths = write_class(args.out, args.n, args.seed)
    print(f"wrote {len(paths)} submissions to {args.out}")


if __name__ == "__main__":
    main()
