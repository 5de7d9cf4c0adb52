"""Statements and relations: the grammar of "the value that concludes a part".

A block is cut into statements (lines, ``\\\\`` rows, ``\\quad``-separated equations,
sentences, comma-separated assignments), and a statement into sides joined by relations
(``=``, ``≈``, "equal to", "is", ``:``). A side that starts with a number and has no
operator after it is a *value*; everything before a relation is that value's *subject*
("dE/dw11", "Total multiplications", "A_1"), which says what the value is a value of.
"""

from __future__ import annotations

import re
from fractions import Fraction
from dataclasses import dataclass
from functools import lru_cache

from ..numbers import ParsedNumber, comma_in_words, leading_number, number_words
from . import lexicon
from .lexicon import alternation
from .prefilter import prefiltered

# Strong relations say "this is the value"; weak ones ("is", ":") only count when the
# subject names a part or says "answer". The words share one ``\b`` so that the engine,
# which tries the pattern at every position, tests a word boundary once per position
# instead of once per word (2.4 times faster; statements are cut on every block).
_STRONG_SYMBOLS = (rf"{alternation(lexicon.ASCII_ARROWS)}|:=|≔|\\coloneqq|(?<![<>!=:\\])=(?![=>])|\\approx|≈|\\simeq|≃"
                   rf"|\\cong|{alternation(lexicon.ARROWS)}|\\Rightarrow"
                   r"|\\implies|\\Longrightarrow|\\longrightarrow|\\to\b"
                   r"|(?<![A-Za-z])i\.\s?e\.,?"  # "… = 49,152, i.e. 53,952": that is
                   r"|(?<=\d)\s*~(?=\s*[-−]?\.?\d)"  # "0.659 ~ 66%", ".881 ~ .037": approximately
                   # "ans ~ 0.42": approximately, after a word, spaced apart ("only ~9 %" qualifies its number)
                   r"|(?<=[A-Za-z)\]])[ \t]+~[ \t]+(?=[-−]?\.?\d)"
                   # AsciiMath's "~~" (≈), spaced apart: "0.0095/0.1085 ~~ 0.0876" (Markdown's strike-through,
                   # "~~0.5~~", is never spaced on both sides)
                   r"|(?<=[\w)\]])[ \t]+~~[ \t]+(?=[-−]?\.?\d)")
# What opens around a value the student marks (one of them): bold, a box, a highlight or a colour, an
# underline ("\\colorbox{yellow}{…}", "\\fcolorbox{red}{white}{…}", "\\textcolor{blue}{…}", soul's "\\hl{…}", beamer's
# "\\alert{…}").
_MARK_OPEN = (r"\*\*|__|\\(?:boxed|fbox|textbf|mathbf|bm|hl|underline|uline|alert)\s*\{"
              r"|\\(?:colorbox|textcolor)\s*\{[^{}]{0,40}\}\s*\{|\\fcolorbox\s*\{[^{}]{0,40}\}\s*\{[^{}]{0,40}\}\s*\{")
# What may open around a value the student marks: "so $\\fbox{$53952$}$", "so **53,952**".
_MARKS = rf"(?:(?:{_MARK_OPEN}|\$|\\displaystyle)\s*)*"
#: What case-blind matching takes for an ASCII letter besides its two cases (Python's folding; a test tries every
#: code point).
_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _cased(phrases: tuple[str, ...], tail: str = "") -> str:
    """``alternation(phrases)`` for a case-blind pattern, each phrase's first letter written as the characters
    case-blind matching takes for it, tested with case (``(?-i:[Ssſ])o``): the same matches, but the engine
    passes over a way whose first character differs after one test, where it tried a case-blind letter in full
    (the relations' words, at every word's start). ``tail`` follows each phrase.

    Phrases that open with the same letter share one test of it (``(?-i:[Ttſ])(?:otal|ogether)``), each group where
    its first phrase stood and its phrases in their order: no two groups can match at one place, so the first
    phrase that matches there is the one it was. (Where a phrase opens otherwise than with a plain letter, each is
    written alone, in order.)"""
    pieces = [alternation((phrase,)) for phrase in phrases]
    if any(not (p[:1].isascii() and p[:1].isalpha()) or p[1:2] in ("?", "*", "+", "{") for p in pieces):
        return "|".join(_cased_first(piece) + tail for piece in pieces)
    groups: dict[str, list[str]] = {}
    for piece in pieces:
        groups.setdefault(piece[0].lower(), []).append(piece[1:] + tail)
    return "|".join(f"(?-i:[{first}{first.upper()}{_FOLDS.get(first, '')}])"
                    + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})") for first, rests in groups.items())


def _cased_first(phrase: str) -> str:
    first = phrase[:1]
    if not (first.isascii() and first.isalpha()):
        return phrase
    return f"(?-i:[{first.lower()}{first.upper()}{_FOLDS.get(first.lower(), '')}]){phrase[1:]}"


_STRONG_WORDS = _cased(lexicon.STRONG_RELATION_WORDS, r"\b")
_STRONG = (rf"{_STRONG_SYMBOLS}|\b(?:{_STRONG_WORDS})"
           # "so 53,952", "so roughly ~54K": a connective before a value (an approximate one too)
           # (also right after a value, "= 0.659 so about 66 %", and before a value the student marks)
           rf"|(?:^\s*|(?<=[,;(]\s)|(?<=\d\s))(?:{_cased(lexicon.CLAUSE_CONNECTIVES)})\b"
           rf"(?=\s+(?:(?:{alternation(lexicon.APPROX_WORDS)}|~|≈)\s*)*{_MARKS}[-−]?\d)"
           # "∴ **0.03718**": the sign for "therefore" before a value, as a connective word
           rf"|(?:^\s*|(?<=[,;(]\s)|(?<=\d\s))(?:∴|\\therefore\b)"
           rf"(?=\s*(?:(?:{alternation(lexicon.APPROX_WORDS)}|~|≈)\s*)*{_MARKS}[-−]?\d)"
           # "145/220, roughly 66 %": an approximation opening a clause, before a value, is its value
           rf"|(?:^\s*|(?<=[,;(]\s))(?:{_cased(lexicon.APPROX_WORDS)})(?:\b|(?<=\.))"
           rf"(?=\s+(?:(?:{alternation(lexicon.APPROX_WORDS)}|~|≈)\s*)*{_MARKS}[-−]?\d)"
           # "… for the pointwise part so 53952 in total": mid-sentence, a connective before a
           # value that the sentence then calls the total
           rf"|\b(?:{_cased(lexicon.CLAUSE_CONNECTIVES)})\b"
           rf"(?=\s+[-−]?\d[\d,.' ]*\s+(?:{alternation(lexicon.TRAILING_ANSWER_WORDS)})\b)"
           # "total **53,952**", "total $\\boxed{53{,}952}$": an answer word right before a value the
           # student marks.
           rf"|\b(?:{_cased(lexicon.MARKED_ANSWER_WORDS)})\b"
           rf"(?=\s*(?:\$\s*)?(?:{_MARK_OPEN})\s*{_MARKS}[-−]?\d)"
           # "total 53,952 (≈ 54K)", "Total 53,952 multiplications.", "in all $53\,952$.": ...or a plain
           # number (of three digits or more, or with a decimal point: "Ans 2." is a heading) that
           # ends its clause there, or after a word or two of what it counts.
           rf"|\b(?:{_cased(lexicon.MARKED_ANSWER_WORDS)})\b"
           r"(?=\s+\$?(?:\\(?:num|SI|qty)\s*\{)?[-−]?(?:\d{1,3}(?:(?:,|\s|\\,|\{,\}|~|\\ )\d{2,3})+|\d{3,}|\d*\.\d+)\}?\$?"
           r"(?:\s+[A-Za-z]{3,}){0,2}\s*(?:$|[,;(—–]|\.(?!\d)))"
           # "so together fifty-three thousand nine hundred fifty-two multiplications": ...or a count in words
           rf"|\b(?:{_cased(lexicon.MARKED_ANSWER_WORDS)})\b"
           rf"(?=\s+(?:(?:{alternation(lexicon.NUMBER_WORDS)})[\s-]+){{0,8}}(?:{alternation(lexicon.COUNT_SCALE_WORDS)})\b)")
_WEAK = rf"\b(?:{_cased(lexicon.WEAK_RELATION_WORDS)})\b|:(?!=)"
# Prefiltered: the engine skips, after one test of a character, every place no relation can start.
# (No relation starts inside a word: a word of the lexicon stands after a word boundary.)
_RELATION = prefiltered(re.compile(rf"(?P<strong>{_STRONG})|(?P<weak>{_WEAK})", re.IGNORECASE), mid_word=False)
# A relation whose right side is a symbolic expression (it ends in a letter, a subscript or a
# bracket, with no relation after it) then, after a space, a lone number ending the line.
_LOST_COLUMN = re.compile(r"^[^=]*=(?!.*=)[^\d\n]*?(?:[^\W\d]|[₀-₉)\]])(?P<gap> )\s*[-−]?\d[\d,]*(?:\.\d+)?\s*$")
# Arithmetic of numbers and, after a space, a number that no more arithmetic follows: "… = 0.0095/0.1085 0.0876",
# "| standard | 8·8·256 × 5·5·3 1,228,800 |", "standard 8 · 8 · 256 · 75 1,228,800 mults", a working cell and an
# answer cell that a PDF's text layer joined. The relation's sign is lost only where the arithmetic comes to the
# number (to 1 %, ``lost_results``).
_NUMERAL = r"\d[\d,]*(?:\.\d+)?"
_TIMES = r"(?:[×·⋅*/+−-]|x(?=[ \t]*\d)|\\times|\\cdot)"
_LOST_RESULT = re.compile(rf"(?<![\w.,^_{{])(?P<expr>{_NUMERAL}(?:[ \t]*{_TIMES}[ \t]*{_NUMERAL})+)"
                          rf"(?P<gap>[ \t]*\|[ \t]*|[ \t]+)(?P<v>{_NUMERAL})(?![\d.,]*\d)(?![ \t]*{_TIMES})")
_HAS_OPERATOR = re.compile(r"\d[ \t]*(?:[×·⋅*/+−x-]|\\times|\\cdot)[ \t]*\d")
_OPERATORS = str.maketrans({"×": "*", "·": "*", "⋅": "*", "x": "*", "−": "-"})


def lost_results(text: str) -> list[int]:
    """Where a relation's sign was lost in ``text`` (the gap's first character, or its bar): arithmetic of numbers,
    a space or a cell's bar, and a number that the arithmetic comes to (to 1 %: a rounding as a student writes it, or
    a slip in copying the result, which is the student's claim all the same)."""
    gaps = []
    for m in _LOST_RESULT.finditer(text):
        value, worked = _numeral(m["v"]), _arithmetic_value(m["expr"])
        if not value or worked is None:
            continue
        # (to 1 % whole numbers too: "4,800 + 49,152 53,925" claims its total, with a slip the grade must see)
        if comes_to(value, worked):
            gap = m["gap"]
            gaps.append(m.start("gap") + (gap.index("|") if "|" in gap else 0))
    return gaps


def comes_to(stated: Fraction, worked: Fraction) -> bool:
    """Whether a stated value is what arithmetic came to, as a student rounds or copies it: to 1 %."""
    return stated == worked or (stated != 0 and abs(worked / stated - 1) <= Fraction(1, 100))


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_TERM = re.compile(rf"(?P<op>[*/+-]?)[ \t]*(?P<n>{_NUMERAL})")


def _numeral(text: str) -> Fraction | None:
    """A numeral's exact value, its thousands grouped by commas or not; None for "1,2" (a list, or a decimal
    comma: no number of the arithmetic)."""
    if "," in text:
        if not _GROUPED.fullmatch(text):
            return None
        text = text.replace(",", "")
    return Fraction(text)


def _arithmetic_value(expr: str) -> Fraction | None:
    """The exact value of numbers joined by + - * / (the usual precedence), or None (a number that is no
    number, a division by zero)."""
    total, term, op = Fraction(0), None, "+"
    for m in _TERM.finditer(expr.replace("\\times", "*").replace("\\cdot", "*").translate(_OPERATORS)):
        if (number := _numeral(m["n"])) is None:
            return None
        sign = m["op"] or "*"
        if term is None:
            term = number
        elif sign == "*":
            term *= number
        elif sign == "/":
            if number == 0:
                return None
            term /= number
        else:
            total += term if op == "+" else -term
            term, op = number, sign
    if term is None:
        return None
    return total + (term if op == "+" else -term)


# The argument of a short function or probability, "P(N = 3)", "Pr(X=1)", "f(x = 2)": an event
# or an argument, not a claim (the claim is "P(N = 3) = 1/216"). Not after a backslash:
# "\\left(w_{ij}=0.5\\right)" states values.
# (Its brackets are matched, led by the opening one and the function's name of one to three letters looked behind:
# the engine jumps from bracket to bracket, where a leading look-behind was tried at every position of a statement;
# the name holds no "=", so blanking the relations inside gives the same text.)
_EVENT = re.compile(r"\((?:(?<=(?<![\\\w])[A-Za-z]\()|(?<=(?<![\\\w])[A-Za-z]{2}\()|(?<=(?<![\\\w])[A-Za-z]{3}\())"
                    r"(?=[^()]*=)[^()]*\)")
# A note in brackets that ends a statement and gives the problem's values ("… = 0.0044 = ∂L/∂a (b = 1)",
# "(since t1 = 0.5)"): what the working used, no result of it (the claim is the chain before it), and a statement
# of its own (it may state the student's own values: "taking no bias (b=0)").
_GIVEN_NOTE = re.compile(r"(?<=\S)[ \t]+\((?:[ \t]*[A-Za-z]+){0,2}[ \t]*[^\W\d][\w{}₀-₉]{0,8}[ \t]*=[ \t]*[-−]?\d*\.?\d+"
                         r"(?:[ \t]*[,;][ \t]*[^\W\d][\w{}₀-₉]{0,8}[ \t]*=[ \t]*[-−]?\d*\.?\d+)*[ \t]*\)[ \t.,;]*$")
# A library's print of one number: numpy's scalars and 0-d arrays, torch's tensors (with what follows in them).
# (Searched only in a text that holds one of the names with its bracket, ``_SCALAR_NAMES``: its look-behind leads,
# so the engine tries the pattern at every position, about 40 µs a block, and almost no block has one.)
_SCALAR_NAMES = ("float16(", "float32(", "float64(", "int32(", "int64(", "tensor(", "array(")
_SCALAR_REPR = re.compile(r"(?<![\w.])(?:np\.|numpy\.|torch\.)?(?:float(?:16|32|64)|int(?:32|64)|tensor|array)\("
                          r"(?P<num>[-−]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)(?:,[^()\n]{0,80})?\)")
# A line that is a short label (words, a function of its argument: "M[Y]", "Cov(2Y - 1)", "Q(A given +)") and,
# after a gap, a measured value alone (a decimal point or an exponent: never a heading's "Problem 2").
_LABEL_VALUE_LINE = re.compile(r"(?m)^(?P<label>[ \t]*[A-Za-z](?:[A-Za-z ]{0,24}?)(?:\([^()\n]{1,20}\)|\[[^\[\]\n]{1,20}\])?)"
                               r"(?P<gap>[ \t]+)(?P<v>[-−]?(?:\d*\.\d+(?:[eE][-+−]?\d+)?|\d+[eE][-+−]?\d+))(?P<end>[ \t]*)$")
# "1.2288 e 6": an exponent apart from its mantissa (not "e" as a word: a digit must follow).
_SPACED_EXPONENT = re.compile(r"\s?[eE]\s?([-+−]?\s?\d{1,3})(?![\d.,]|\s*[×x*/^+])")
# "91/216" standing alone: the denominator, then the end of the side, a note or punctuation.
_MIDDOT_DECIMAL = re.compile(r"(?P<whole>[01])\s*(?:\\cdot|·)\s*(?P<frac>\d{1,6})(?![\d.,]|\{,\}|\s*(?:\\cdot|·|\\times|×|\^))")
_LATEX_FRACTION = re.compile(r"(?P<sign>[-−]\s*)?\\[dt]?frac\s*\{\s*(?P<num>\d{1,12})\s*\}\s*\{\s*(?P<den>\d{1,12})\s*\}")
_LONE_FRACTION = re.compile(r"\s*/\s*(\d+)(?=(?:\*\*|__|\*|\$|\})*\s*(?:$|[,;.)]\s|[,;.)]?$|\(|≈|~|\\approx))")
# "91 out of 216": a fraction said in words, ending its clause (not "3 out of 5 runs failed").
_OUT_OF = re.compile(r"\s+out\s+of\s+(\d+)(?![\d.,]\d)(?=\s*(?:$|[,;.)]|\(|≈|~|\\approx|[=≈]))", re.IGNORECASE)
#: A fraction of whole numbers is exact: as many significant figures as a float holds.
_EXACT_SIG_FIGS = 15
# (not an argument with math in it: "\\textbf{targets $t = (0.1, 0.9)$}" is bold prose with its relation)
_TEXT_ARG = re.compile(r"\\(?:text|mathrm|textbf|textit|operatorname)\s*\{[^{}$]*\}")
_SCRIPT = re.compile(r"[_^]\{[^{}]*\}")


def _blank_text(m: re.Match) -> str:
    whole = m.group(0)
    inner = whole.rstrip("} ")
    if inner.endswith(":"):
        colon = len(inner) - 1
        return " " * colon + ":" + " " * (len(whole) - colon - 1)
    return " " * len(whole)
_QUAD = re.compile(r"\\q?quad\b|\\;\\;|\\hspace\{[^}]*\}|\\\\(?:\[[^\]]*\])?")
# An implication's arrow right after or right before a wide space: the space sets the arrow off, it cuts nothing.
_ARROWS_TEX = rf"\\(?:Longrightarrow|Rightarrow|implies|longrightarrow|to)\b|{alternation(lexicon.ARROWS)}"
_ARROW_AFTER = re.compile(rf"\s*(?:{_ARROWS_TEX})")
_ARROW_BEFORE = re.compile(rf"(?:{_ARROWS_TEX})\s*$")
# Written blank first (``(?<=\S)[ \t]{3,}(?=\S)`` led by its look-behind): the engine jumps from blank to blank.
# A gap right after a relation ("= 1728  ->      1792", a struck-out value blanked between) is
# inside the relation: its right side follows.
_COLUMN_GAP = re.compile(r"[ \t](?<=[^\s=>→⇒⟹≈:][ \t])[ \t]{2,}(?=\S)")
# Two blanks between a number and a name with its "=": a program's print of several pairs ("depthwise = 4800
# pointwise = 49152  total = 53952"); each pair is a statement of its own. (Three or more are a column's gap.)
_PAIR_GAP = re.compile(r"(?<=\d)[ \t]{2}(?=[^\W\d][\w .()'-]{0,30}?[ \t]*=)")
# A sentence's end; not the dots of "i.e." and "e.g.", which go on with the sentence.
# (not after an abbreviation: "i.e.", "e.g.", "approx. 65.9 %")
# (Led by its dot, what stands before it looked behind: the engine jumps from dot to dot, where the look-behinds
# that led were tried at every position of the line.)
_SENTENCE_END = re.compile(r"\.(?<!\bi\.e\.)(?<!\be\.g\.)(?<!\bapprox\.)(?<=[^\d\s]\.)(?:\*\*)?\s+"
                           r"|\.(?<!\bi\.e\.)(?<!\be\.g\.)(?:\*\*)?\s+(?=[A-Z])")
# ("*0.0372*": one asterisk around a value is emphasis, org-mode's bold, Markdown's italics)
_WRAP = re.compile(rf"\s*(?:{_MARK_OPEN}|\\mathbf\s*|\{{"
                   r"|\*(?=[-−]?\d)"
                   r"|\\(?:num|SI|qty|si|numproduct)\s*\{)")  # siunitx: \num{53952}, \SI{4.39}{\percent}
# "is either 4,800 or 53,952": the first of the values offered is read, the other is offered beside it.
_EITHER = re.compile(r"\s*either\b\s*", re.IGNORECASE)
# siunitx's unit argument opening with a prefix: "}{\mega\mult}", "}{\kilo}".
_SI_PREFIX = re.compile(r"\s*\}\s*\{\s*\\(kilo|mega|giga)(?![a-z])")
_SI_FACTORS = {"kilo": 10 ** 3, "mega": 10 ** 6, "giga": 10 ** 9}
# (a Markdown code span's backtick too: "total: `53,952` mults" shows the value as code, a person reads it)
# (inline math's delimiters as LaTeX writes them, "\(53{,}952\)", as "$" is)
_SKIP_LEAD = re.compile(r"(?:\s|\$|\}|&|`|\\[,;:! (]|\\quad|\\qquad|\\left|\\displaystyle|~)*")
_AFTER_VALUE = re.compile(r"(?:\s|\}|\*\*|__|\$|`|\\[,;!)])*")
# What may follow a pure value: the end, words, punctuation, another relation.
_OPERATOR_AFTER = re.compile(r"(?:\\times|\\cdot|×|·|\*(?!\*)(?![ \t]*(?:$|[.,;:](?!\d)|[)\]|]))|\+|[/⁄∕]|\^|\\frac|\\div|÷|[-−–]\s*\$?\s*[\d.(\\]|\d|\(|[\[{](?=[^\]}\n]*[-−+*/×·(])|x\s*\d|times\b"
                             # "1.7 minus 1.21", "0.0095 divided by 0.1085": an operator said in words before a number
                             rf"|(?:minus|plus|divided\s+by|multiplied\s+by|over)\s+(?:[\d(]|(?:{alternation(lexicon.SPELLED_NUMBERS)})\b)"
                             # "2\bigl(1 − Φ(z)\bigr)": a bracket sized by LaTeX is a bracket
                             r"|\\(?:left|[bB]igg?l?)\s*[(\[]"
                             # "3² Cov(Y)", "9 Cov(Y)", "2 M[Y]": a power, or a coefficient of a function
                             # (a word of English before a bracket is no function: "0.0044 and (b) dE/dw21 = …")
                             r"|[⁰¹²³⁴⁵⁶⁷⁸⁹]|(?!(?:and|or|for|in|of|at|to|is|as|by)\s*[(\[])[A-Za-z]{1,4}\s*[(\[]"
                             # "1 − P(no 6)", "1 − Φ(1.8)": a minus before a function of something
                             # (and "$=1-P$ (no 6)": Mathpix closes the math between a function and its bracket)
                             r"|[-−]\s*(?:[A-Za-zΦΨΓΔΛΣΠΩα-ω]{1,4}\$?\s*[(\[]|\\[A-Za-z]+\s*[({\[]))")
_APPROX_WORD = re.compile(rf"\s*(?:{alternation(lexicon.APPROX_WORDS)}|~|≈|\\approx|\\sim)\s*",
                          re.IGNORECASE)
_SCALES = {**lexicon.SCALE_WORDS, **lexicon.SCALE_LETTERS}
# A scale after a number, LaTeX spacing and wrappers allowed between ("1.2288 \mathrm{~M}",
# "$1.23$ M", "53.952 K +"): the letter must stand alone (not "5 Kernels", not "3 MB").
_SCALE = re.compile(r"(?:\s|\$|~|\\[,;! ]|\\(?:mathrm|text|textrm|rm)\s*\{\s*~?\s*)*"
                    rf"(?:({'|'.join(sorted(lexicon.SCALE_WORDS, key=len, reverse=True))})\b"
                    rf"|([{''.join(lexicon.SCALE_LETTERS).upper()}])(?![A-Za-z0-9_]))(?:\s*\}})?", re.IGNORECASE)
# "1228.8K", "54K", "1.8k": a scale letter glued to the digits (the number scanner refuses glued letters; a glued
# "m" may be metres, so only "M" is a million).
_GLUED_SCALE = re.compile(r"[-−]?\d+(?:\.\d+)?(?=[KMk](?![A-Za-z0-9_]))")
# "/ +0.004432 (…)" after an annotated value: another reading the student offers beside it.
_OTHER_READING = re.compile(r"/\s*([+−-]?\s*\d[^/]*)")
# Both signs before a number ("± 0.00443", "\pm 0.0044", "+/- 0.0044").
_BOTH_SIGNS = re.compile(r"(?:±|\\pm\b|\+/-|\+-(?=\s*\d))(?:\s|\\[,;! ])*")
_BOTH_SIGNS_FIRST = ("±", "\\", "+")
# A percentage: "95.6 %", "4.39\,\%", "\SI{4.39}{\percent}", "65.9 percent".
_PERCENT = re.compile(r"(?:\s|\$|~|\}|\\[,;! ])*(?:\\?%|\{\s*\\percent\s*\}|\\percent\b|per\s?cent\b)", re.IGNORECASE)
# "256 filters × 64", "4.8K depthwise + 49.15K pointwise": a number, what it counts, then an
# operator and another number: a term of an expression, not a value.
# (not "or": "−0.0044 or +0.0044" offers another value, a signed one)
_UNIT_PRODUCT = re.compile(r"(?!(?:or|OR)\s)[A-Za-z]+(?:\s+[A-Za-z]+)?\s*(?:×|\\times|\*|·|\\cdot|\+)\s*\d")
_ANNOTATION = re.compile(r"\s*\((?:[A-Za-z][A-Za-z\s,.'-]*)\)\s*")
_NUMBER_WORD = rf"(?:{alternation(lexicon.NUMBER_WORDS)})"
_WORDS_THEN_DIGITS = re.compile(rf"(?:{_NUMBER_WORD}[\s-]*)+\(\s*", re.IGNORECASE)


# The three below have slots: a reader makes about two hundred of them per submission, and a frozen
# dataclass with slots is made in two-thirds of the time of one with a dict.
@dataclass(frozen=True, slots=True)
class Side:
    """One side of a relation chain."""

    text: str
    start: int
    """Offset of ``text`` in the block."""


@dataclass(frozen=True, slots=True)
class Value:
    """A side that is a pure number: ``= 1,228,800 multiplications``."""

    number: ParsedNumber
    start: int
    """Offset of the number in the block."""
    end: int
    boxed: bool
    """Boxed or bold: the student marked it as the answer."""
    percent: bool = False
    """Followed by a percent sign: a share, not a count or a gradient."""
    hedged: bool = False
    """Written with both signs ("± 0.00443"): the student does not commit to one."""
    footnote: bool = False
    """A raised mark right after it ends its sentence ("= 1792^{1}.", a PDF's footnote number): read without it."""


@dataclass(frozen=True, slots=True)
class Statement:
    """A statement of a block: sides joined by relations."""

    text: str
    start: int
    sides: tuple[Side, ...]
    relations: tuple[str, ...]
    """The relation before each side after the first."""
    weak: tuple[bool, ...]
    """Whether that relation is a weak one (``is``, ``:``)."""
    table: bool = False
    """A Markdown table row, its cells read as sides."""


def _mask_text_arguments(text: str) -> str:
    """Blank ``\\text{…}`` arguments and sub/superscripts (``\\sum_{k=1}``) so that words and
    signs inside them are not read as relations; a colon that ends a ``\\text{Answer: }``
    stays, since it introduces the value."""
    # Each substitution only where a match can be (a backslash, a bracket, a brace): most statements
    # have none of them, and each pattern would be tried at every position for nothing.
    if "\\" in text:
        text = _TEXT_ARG.sub(_blank_text, text)
    if "=" in text and "(" in text:
        text = _EVENT.sub(lambda m: m.group(0).replace("=", " "), text)
    if "{" not in text:
        return text
    return _SCRIPT.sub(lambda m: m.group(0)[:2] + " " * (len(m.group(0)) - 3) + "}", text)


_DANGLING_CONNECTIVE = re.compile(rf"(?:^|[\s,;.])(?:{alternation(lexicon.CLAUSE_CONNECTIVES)}"
                                  rf"|(?:{alternation(lexicon.MARKED_ANSWER_WORDS)})\s*[:=]?)\s*$", re.IGNORECASE)
# A line that ends on a relation in words or an equals sign, and one that opens with a value (digits, or a
# count in words).
# ("… the standard convolution needs" / "1,228,800 multiplications": the relation words a count takes, too)
_DANGLING_RELATION = re.compile(rf"(?:\b(?:{alternation(lexicon.WEAK_RELATION_WORDS)}|equals?|comes\s+to|gives)"
                                r"|[^=<>!]=)\s*$", re.IGNORECASE)
_VALUE_AHEAD = re.compile(rf"\s*(?:≈|~|\$)?\s*(?:[-−]?\d|(?:(?:{alternation(lexicon.NUMBER_WORDS)})[\s-]+){{0,8}}"
                          rf"(?:{alternation(lexicon.COUNT_SCALE_WORDS)})\b)", re.IGNORECASE)
# A line that ends inside an expression, after a binary operator between numbers ("= 64 ×", "4,800 +"): a PDF or a
# LaTeX source wrapped the expression there. (Not an ASCII hyphen, which may split a word; "*" only spaced, as
# Markdown's emphasis closes with it.)
_DANGLING_OPERATOR = re.compile(r"[\d)}][ \t]*(?:×|·|⋅|\\times|\\cdot|[ \t]\*|\+|−|/)[ \t$]*$")
_OPERAND_AHEAD = re.compile(r"[ \t$]*(?:\d|\(|\.\d)")
# A line that opens with a times sign and its operand, under a line that ends in a number.
_FACTOR_AHEAD = re.compile(r"[ \t$]*(?:×|·|⋅|\\times|\\cdot)[ \t]*(?:\d|\(|\.\d)")
_ENDS_IN_NUMBER = re.compile(r"\d[ \t$]*$")
_MARKED_VALUE_AHEAD = re.compile(rf"\s*(?:(?:{alternation(lexicon.APPROX_WORDS)}|~|≈)\s*)*{_MARKS}[-−]?\d")


def split_statements(text: str) -> list[tuple[int, str]]:
    """Cut a block into statements, as (offset, text) pairs: line by line, then inside a line."""
    out: list[tuple[int, str]] = []
    offset = 0
    lines = text.split("\n")
    for i in range(len(lines) - 1, 0, -1):
        # The line's anchored test first: the connective's search tries every position of the line above.
        if (_MARKED_VALUE_AHEAD.match(lines[i]) or ((item := LIST_BULLET.match(lines[i])) is not None
                                                    and LIST_BULLET.match(lines[i - 1]) is not None
                                                    and _MARKED_VALUE_AHEAD.match(lines[i], item.end()))) \
                and _DANGLING_CONNECTIVE.search(lines[i - 1]):
            # "…, so" / "$\fbox{$53952$}$ in total.", "Total" / "1792": a sentence wrapped at its connective
            # or its answer word, as a LaTeX source or a PDF wraps a paragraph, goes on with the value on the
            # next line
            lines[i - 1:i + 1] = [lines[i - 1] + "\n" + lines[i]]
        elif _OPERAND_AHEAD.match(lines[i]) and _DANGLING_OPERATOR.search(lines[i - 1]):
            # "Total apples packed = 12 ×" / "40 + 8 = 488": an expression wrapped at an operator goes on
            lines[i - 1:i + 1] = [lines[i - 1] + "\n" + lines[i]]
        elif _FACTOR_AHEAD.match(lines[i]) and _ENDS_IN_NUMBER.search(lines[i - 1]):
            # "… = 0.04221" / "× 0.1050 = 0.00443": an expression a PDF wrapped before its times sign goes on
            lines[i - 1:i + 1] = [lines[i - 1] + "\n" + lines[i]]
        elif _VALUE_AHEAD.match(lines[i]) and _DANGLING_RELATION.search(lines[i - 1]):
            # "Adding them, the total is" / "53952 multiplications.": a sentence wrapped right after its
            # relation goes on with the value that opens the next line
            lines[i - 1:i + 1] = [lines[i - 1] + "\n" + lines[i]]
    bullets = [LIST_BULLET.match(line) for line in lines] if "- " in text or "* " in text or "• " in text \
        else [None] * len(lines)
    for k, line in enumerate(lines):
        if line.lstrip().startswith("|"):
            if line.strip():
                out.append((offset, line))  # a table row is one statement; its cells are its sides
        elif (bullet := bullets[k]) is not None and ((k > 0 and bullets[k - 1]) or (k + 1 < len(lines) and bullets[k + 1])
                                                     or not _OPERAND_START.match(line, bullet.end())):
            # "- (b) dE/dw21" / "  - **0.03718**": a list's bullet is no minus sign and no part of the item's
            # statement (a line alone that opens with "- " and an operand may be a sum's working: "1.7⏎- 1.21⏎=
            # 0.49"; one that opens with a word or a part's mark is an item: "- (b) Depthwise: … ⏎= 53,952")
            # (a nested item's value joined to its item above, "total" / "- **59,952**": its bullet a blank)
            item = _INNER_BULLET.sub(lambda m: m.group(1) + " " + m.group(2), line[bullet.end():]) if "\n" in line \
                else line[bullet.end():]
            out.extend((offset + bullet.end() + a, piece) for a, piece in _split_line(item))
        else:
            out.extend((offset + a, piece) for a, piece in _split_line(line))
        offset += len(line) + 1
    return out


# A list's bullet at a line's start, before the item's first word or value ("- ", "  * ", "• ").
LIST_BULLET = re.compile(r"[ \t]*[-*•][ \t]+(?=\S)")
# What a subtraction's next operand opens with: a number, a bracket (not a part's mark "(b)"), a command, one letter.
_OPERAND_START = re.compile(r"[\d.]|\((?![a-h]\)|[ivx]{1,4}\))|\\|[A-Za-z\u0370-\u03ff](?![A-Za-z])")
_INNER_BULLET = re.compile(r"(\n[ \t]*)[-*•]([ \t]+)")


# Sub-question markers: "(a)", "b)", "(ii)". A line that opens with one and holds the next ones
# inline ("(a) 1.1 (b) 0.49 (c) 4.41") answers several parts: it is cut before each.
# (A question's number may come before each letter: "1a) 0.0044  1b) 0.0372".)
_INLINE_MARKER = re.compile(r"(?<![\w\\(])(\d{1,2}(?=\(?[a-h]\)))?(\(?)(viii|vii|vi|iv|v|iii|ii|i|[a-h])\)(?=[\s$*])")
# ("ANS Q5: (a) 1.1 (b) …": an answer word before the question's own, as a console's comment writes it)
_LINE_LEAD = re.compile(r"[\s>*#\-$|]*(?:(?:final\s+)?(?:question|answers?|ans|problem|part|q)\.?\s*:?\s*){0,2}"
                        r"(?:\d{1,2}\s*[.:]?\s*(?:[*_]{1,2}\s*)?)?", re.IGNORECASE)
# ("Q5: (a) 1.1 (b) 0.49": a colon after the number; "**Q1.** (a) 0.42  (b) 0.0876": a bold number's close)
#: A line's short lead before its first numbered part: "Name 22B0611 - A2: 1a) 0.0044  1b) …", the
#: answers run on after a header (a name, a roll number, a course's code: it holds a digit) on one
#: line of a terse sheet. ("So: 1(a) …, CI = …" sums every question up: no header.)
LEAD_BEFORE_PART = re.compile(r"(?=[^:\n]{0,59}\d)[^:\n]{1,60}:[ \t]+(?=\d{1,2}\(?[a-h]\)\s)")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")


def _ordinal(marker: str) -> tuple[bool, int]:
    """(roman?, position) of a marker's letter: "b" is (False, 1), "ii" is (True, 1)."""
    return (True, _ROMAN.index(marker)) if marker in _ROMAN else (False, ord(marker) - ord("a"))


def _inline_marker_cuts(text: str) -> list[int]:
    """Where later sub-question markers start on a line that opens with a marker, each the next
    of the same form ("(a) … (b) … (c) …", "i) … ii) …"); nothing for a marker in prose."""
    if text.count(")") < 2:
        return []
    lead = LEAD_BEFORE_PART.match(text) if ":" in text[:62] else None
    start = lead.end() if lead is not None else _LINE_LEAD.match(text).end()
    # "1a) …": the question's number is the marker's (the line's lead would have taken it)
    first = _INLINE_MARKER.match(text, start) or _INLINE_MARKER.match(text, len(text) - len(text.lstrip()))
    if first is None:
        return []
    number, paren, (roman, at) = first.group(1), first.group(2), _ordinal(first.group(3))
    # (after a lead that ends in a colon, "Q5: (a) 1.1 (b) …", the first marker opens a statement too: the colon
    # titles the line, it relates nothing)
    cuts = [first.start()] if lead is not None or ":" in text[:start] else []
    for m in _INLINE_MARKER.finditer(text, first.end()):
        if m.group(1) == number and m.group(2) == paren and _ordinal(m.group(3)) == (roman, at + 1) \
                and text[m.start() - 1].isspace():
            cuts.append(m.start())
            at += 1
    return cuts


# A line's lead that is a sub-question's letter or Roman numeral before a dot: "a.", "  (b).", "iii."
# (a question's number may come before it: "**3 b.** two-sided p = …", "Q4 a. …", "Question 5 (a). The mean …")
#: Words that commit to one of the values a doubt left open ("I'll go with …", "My interval:"), as one pattern.
COMMITTED = re.compile(rf"(?:{alternation(lexicon.COMMITMENTS)})(?![A-Za-z])", re.IGNORECASE)


_LIST_LETTER = re.compile(rf"[\s>*\-]*(?:(?:(?i:{alternation(lexicon.NUMBERING_WORDS)})\.?\s*)?\d{{1,2}}\s?)?"
                          r"\(?(?:[a-hA-H]|i{1,3}|iv|vi{0,3})\)?")
#: What the walk of ``_split_line`` acts on: brackets (the depth) and the separators it may cut at.
_CUT_OR_BRACKET = re.compile(r"[()\[\]{};,]")


# Names and values assigned in parallel, as a program writes them: "a, b = 0.0044, 0.0372" (short names,
# one "=", numbers only on the right).
_PARALLEL = re.compile(r"[ \t]*[^=,\s][^=,]{0,40}(?:,[ \t]*[^=,\s][^=,]{0,40}){1,5}=[ \t]*"
                       r"[-−+]?\d[\d.]*(?:[eE][-−+]?\d+)?(?:[ \t]*,[ \t]*[-−+]?\d[\d.]*(?:[eE][-−+]?\d+)?){1,5}[ \t.]*")


# A line's lead that is only a part's marker: "(a)", "2a", "2.a", "1(i)", "Ans 2a", "Q2 (b)".
_LONE_MARKER = re.compile(r"[\s>*#\-]*(?:(?:ans(?:wer)?|q|question|part|problem)\.?\s*)?(?:\d{1,2}\s*[.)]?\s*)?"
                          r"\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\)?[.):]?\s*", re.IGNORECASE)


# ... and one followed by a few words ("2(a) standard", "1b dE/dw21"), a printed table's first columns; then a number.
_MARKER_WORDS = re.compile(_LONE_MARKER.pattern + r"[^\W\d_][\w/ '∂-]{0,40}", re.IGNORECASE)
_NUMBER_START = re.compile(r"[-−+]?\.?\d")


# A bracketed note of working that opens with its relation, after a value: "1,228,800 (= 64·256·75)", "**.03718**
# (=.04221×.8808)".
_EQUALS_NOTE = re.compile(r"(?<=[\d*])[ \t]*\([ \t]*(?==)")
_NOTE_REACH = 200
_NOTE_OPERATOR = re.compile(r"[×·⋅*/+−]|\\times|\\cdot|\d[ \t]*[x-][ \t]*\.?\d")
_POWER_OF_TEN = re.compile(r"=[ \t]*[-−]?\d[\d.,]*[ \t]*(?:×|x|·|\*|\\times|\\cdot)[ \t]*10[ \t]*(?:\^|\*\*|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹])")


def _split_line(text: str) -> list[tuple[int, str]]:
    cuts = {0, len(text)}
    cuts.update(_inline_marker_cuts(text))
    # Each pattern below is run only on a line that holds what every match of it holds (a gap of three
    # blanks or a tab; a backslash; a comma and "="; a dot): most lines lack one or more.
    for m in _COLUMN_GAP.finditer(text) if "   " in text or "\t" in text else ():
        if m.start() and _LONE_MARKER.fullmatch(text, 0, m.start()):
            continue  # "2.a   1.2288 M multiplications": a part's marker, then its answer, is one statement
        if m.start() and _NUMBER_START.match(text, m.end()) and _MARKER_WORDS.fullmatch(text, 0, m.start()) \
                and _COLUMN_GAP.search(text, m.end()) is None:
            continue  # "2(a) standard        1228800": a printed table's row, its marker, words and last cell
        cuts.update((m.start(), m.end()))  # "a1 = 0.8      h1 = 0.69": columns of a layout
    if "=" in text and "(" in text and (note := _GIVEN_NOTE.search(text)) is not None and "=" in text[:note.start()]:
        # "… = 0.0044 = ∂L/∂a (b = 1)": the note's values are a statement of their own, not the chain's end
        # (a note after prose, "taking no bias (b=0)", is the sentence's claim and stays in it)
        cuts.add(note.start())
    for m in _EQUALS_NOTE.finditer(text) if "(=" in text or "( =" in text else ():
        close = text.find(")", m.end(), m.end() + _NOTE_REACH)  # (bounded: a line of "(=" would be read squared)
        note = text[m.end():close if close > 0 else m.end() + _NOTE_REACH]
        if _NOTE_OPERATOR.search(note) and not _POWER_OF_TEN.match(note):
            # "(a) 1,228,800 (= 64·256·75)": the value, then its working in a bracket, apart ("0.0443 (= 4.43 ×
            # 10⁻³)" restates the value: one chain)
            cuts.add(m.start())
    for m in _PAIR_GAP.finditer(text) if "  " in text and "=" in text else ():
        cuts.update((m.start(), m.end()))  # "depthwise = 4800  pointwise = 49152  total = 53952": a print's pairs
    backslash = "\\" in text
    for m in _QUAD.finditer(text) if backslash else ():
        if _ARROW_AFTER.match(text, m.end()) or _ARROW_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "… = 2(0.0359) \quad\Longrightarrow\quad \mathbf{0.0719}": space around an arrow, no cut
        cuts.update((m.start(), m.end()))
    depth = 0
    # (the commas counted first: the pattern's walk is long, and most lines with both have more commas on one side)
    if "," in text and "=" in text and text.count(",", 0, text.index("=")) == text.count(",", text.index("=")) \
            and _PARALLEL.fullmatch(text):
        return [(0, text)]  # "dE/dw11, dE/dw21 = 0.0044, 0.0372": names and values in parallel, one statement
    # Only a ";" or a ", " can cut at bracket depth 0: a line without them needs no walk, and
    # the walk steps from bracket to separator (``_CUT_OR_BRACKET``), over everything else.
    for m in _CUT_OR_BRACKET.finditer(text if ";" in text or ", " in text else ""):
        i, ch = m.start(), m.group()
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0 and text[i - 1:i] != "\\":
            cuts.update((i, i + 1))
        elif ch == "," and depth == 0 and text[i + 1:i + 2] == " " and text[i - 1:i] != "\\" \
                and not comma_in_words(text, i):  # ("one million, two hundred …": one number in words)
            cuts.update((i, i + 1))
    for m in _SENTENCE_END.finditer(text) if "." in text else ():
        if _LIST_LETTER.fullmatch(text[:m.start()]):
            continue  # "a. 1.1", "ii. 0.49": a sub-question's letter, not a sentence
        cuts.update((m.start(), m.start() + 1))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:]):
        piece = text[a:b]
        if piece.strip() and piece.strip() not in {",", ";", "."} and not (backslash and _QUAD.fullmatch(piece.strip())):
            out.append((a, piece))
    return out


def parse_statement(text: str, start: int) -> Statement:
    """Split a statement into sides at its relations.

    A Markdown table row ``| depthwise separable (total) | 53952 |`` reads as a relation
    between its cells.
    """
    masked = _mask_text_arguments(text)
    table = masked.lstrip().startswith("|") and masked.rstrip().endswith("|")
    if not table and _is_tabular_row(masked, text):
        # "standard & $8\times8\times256\times75$ & \num{1228800} \\": a LaTeX tabular (or
        # array) row reads like a Markdown one, its cells joined as a chain.
        masked = _TABULAR_CELL.sub("=", masked)
        return _sides(text, masked, start, table=True)
    if not table and "=" in masked and masked.rstrip()[-1:].isdecimal():
        # (only a statement with "=" that ends with a digit can be one: most are not, and the pattern's
        # lazy walk after "=" is long)
        gap = _LOST_COLUMN.match(masked)
        if gap is not None:
            # "∂E/∂w₁₁ = δₕx₁ 0.004432": a table row whose columns a PDF's text layer joined
            # with one space; the value that ends it is what the expression before it equals.
            masked = masked[:gap.start("gap")] + "=" + masked[gap.start("gap") + 1:]
    if _HAS_OPERATOR.search(masked):
        for at in lost_results(masked):  # "8·8·256 × 5·5·3 1,228,800": the working's result, its "=" lost
            masked = masked[:at] + "=" + masked[at + 1:]
    if table:
        lead = len(masked) - len(masked.lstrip()) + 1
        trail = len(masked.rstrip()) - 1
        masked = " " * lead + masked[lead:trail].replace("|", "=") + " " * (len(masked) - trail)
        text = " " * lead + text[lead:trail] + " " * (len(text) - trail)  # the outer pipes are no text
    return _sides(text, masked, start, table)


def _sides(text: str, masked: str, start: int, table: bool) -> Statement:
    """The statement cut at the relations of ``masked`` (``text`` with what must not be
    read as a relation blanked, offsets kept)."""
    sides: list[Side] = []
    relations: list[str] = []
    weak: list[bool] = []
    last = 0
    for m in _RELATION.finditer(masked):
        sides.append(Side(text[last:m.start()], start + last))
        relations.append(m.group(0))
        weak.append(m.group("weak") is not None)
        last = m.end()
    sides.append(Side(text[last:], start + last))
    return Statement(text, start, tuple(sides), tuple(relations), tuple(weak), table)


# A cell with a word or a part's marker in it: "standard", "\text{depthwise}", "1(a)".
_LABEL_CELL = re.compile(r"(?<!\\)[A-Za-z]{2,}|\(\s*[a-z]\s*\)|\b\d[a-z]\b")
# An unescaped ampersand: a LaTeX column separator.
_TABULAR_CELL = re.compile(r"&(?<!\\&)")  # the ampersand first: the engine jumps to it
# An ampersand that aligns a relation ("&= 0.0044", "x &\approx 2"): an align row, not a table.
_ALIGN_AMP = re.compile(r"(?<!\\)&\s*(?:[=<>≈]|\\(?:approx|le|ge|leq|geq|sim|simeq|to)\b)|[=≈]\s*&")


def _is_tabular_row(masked: str, text: str) -> bool:
    """Whether a line is a row of a LaTeX tabular/array: cells between unescaped ``&``, no
    relation aligned on one, not a continuation that starts with ``&`` (in the text as written:
    a masked ``\\text{}`` label leaves it blank), and a label cell."""
    body = masked.strip()
    # A row of numbers only ("0.25 & 0 & 0.35" in a bmatrix) is a matrix's, not a table's:
    # a table row has a label cell (read in the text as written: a \text{} label is masked).
    return (bool(_TABULAR_CELL.search(body)) and not _ALIGN_AMP.search(body) and not text.strip().startswith("&")
            and bool(_LABEL_CELL.search(text)))


# Crossed out: Markdown and HTML strike-through, LaTeX's \sout/\cancel, and characters overlaid
# with a combining stroke ("1̶7̶2̶8̶", as phones and "strikethrough text" generators type it).
# (one level of braces inside: "\sout{2{,}764{,}800}", "\cancel{\frac{1}{2}}"; a colour around it is struck with it,
# "\textcolor{red}{\sout{…}}", so no empty mark stands where the value was)
_STRUCK = re.compile(r"~~.*?~~|<(del|s|strike)>.*?</\1>"
                     r"|(\\(?:textcolor|colorbox)\s*\{[^{}]{0,40}\}\s*\{\s*)?"
                     r"\\(?:sout|st|xout|cancel|xcancel|bcancel)\{(?:[^{}]|\{[^{}]*\})*\}(?(2)\s*\})"
                     r"|(?:[^\s\u0335\u0336\u0338][\u0335\u0336\u0338]+)+", re.DOTALL)


#: What every match of each way of ``_STRUCK`` holds (its marks' opening, a combining stroke): a text with none has
#: nothing crossed out (the pattern's last branch is tried at every character that is no space; each way here opens
#: with one character, so the engine jumps from one to the next; a LaTeX block's backslashes and a comparison's "<"
#: alone no longer let it through).
_STRUCK_SIGN = re.compile("~~|<(?:del|s|strike)>|\\\\(?:sout|st|xout|cancel|xcancel|bcancel)\\{|\u0335|\u0336|\u0338")


# A value withdrawn in words right after it, as a plain-text student strikes it out: "2764800 (scratch that,
# used the input size) 1228800", "0.0327 (typo) 0.0372".
# (Its first character, a sign or a digit, is one set, the sign's digit after it: the engine jumps from one such
# character to the next, where an optional sign first made it try the pattern at every position of the block.)
_WITHDRAWN = re.compile(rf"[-−+\d](?:(?<=[-−+])\d|(?<=\d))[\d,.]*\s*\(\s*(?:{alternation(lexicon.WITHDRAWING_WORDS)})\b[^()\n]*\)",
                        re.IGNORECASE)


#: What every match of ``_WITHDRAWN`` holds, a number then its bracket: found by a scan from digit to digit, where
#: ``_WITHDRAWN`` (its sign optional) is tried at every position of every block with a bracket.
_DIGITS_THEN_BRACKET = re.compile(r"\d[\d,.]*\s*\(")
#: ...and its bracket, then a withdrawing word: found from bracket to bracket, most blocks with a number before a
#: bracket ("Q2 (a)", "2(b)") have none.
_BRACKET_THEN_WITHDRAWING = re.compile(rf"\(\s*(?:{alternation(lexicon.WITHDRAWING_WORDS)})\b", re.IGNORECASE)


# Words of an earlier version, then the rest of their clause (no ";", "!", "?", line break or a stop before a space).
_SUPERSEDED = re.compile(rf"\b(?:{alternation(lexicon.SUPERSEDED_WORDS)})\b(?:(?![;!?\n]|\.\s).)*$", re.IGNORECASE)
#: How far back on its line a clause of an earlier version is looked for (a sentence's worth: linear on a long line).
_SUPERSEDED_REACH = 200


def superseded(text: str, offset: int) -> bool:
    """Whether the value at ``offset`` of ``text`` stands in a clause that says it is the student's earlier version
    ("(Correction: my first draft used 1.645 here and got (0.266, 0.374); the interval above is …)")."""
    start = max(text.rfind("\n", 0, offset) + 1, offset - _SUPERSEDED_REACH)
    return _SUPERSEDED.search(text, start, offset) is not None


def blank_struck_out(text: str) -> str:
    """Blank what the student crossed out (``~~…~~``, ``\\sout{…}``, ``1̶7̶2̶8̶``) or withdrew in words
    after it ("… (scratch that)"), keeping offsets."""
    if "(" in text and _BRACKET_THEN_WITHDRAWING.search(text) is not None and _DIGITS_THEN_BRACKET.search(text) is not None:
        text = _WITHDRAWN.sub(lambda m: " " * len(m.group(0)), text)
    if _STRUCK_SIGN.search(text) is None:
        return text
    return _STRUCK.sub(lambda m: " " * len(m.group(0)), text)


# An interpreter's prompt opening a line (">>> 8*8*256*75", "In [3]: x", "Out[3]: 1228800"):
# blanked, so the expression and the value it prints read as the working and its value.
_PROMPT = re.compile(r"^(?:>>>|\.\.\.|In \[\d+\]:|Out\[\d+\]:)[ \t]?", re.MULTILINE)


# A decimal comma no one reads otherwise: "0,49", "0{,}5" (a thousands group never starts with 0).
_DECIMAL_COMMA_SEEN = re.compile(r"0(?<![\d.,{}]0)(?:,|\{,\})\d")  # the 0 first: the engine jumps to it
# ...and the commas such a block writes between a number's whole part and one or two decimals.
_DECIMAL_COMMA = re.compile(r"(?<=(?<![\d(\[,;.])\d),(?=\d{1,2}(?![\d,]))")


_BARE_FRACTION = re.compile(r"\\[dt]?frac[ \t]*(?P<num>\d)[ \t]*(?P<den>\d)(?!\d)")


def _spaced_fraction(m: re.Match) -> str:
    """"\\tfrac12" as "1   /  2": the same length, the quotient spanning the whole of what was written."""
    gap = len(m[0]) - 3
    return f"{m['num']}{' ' * (gap // 2)}/{' ' * (gap - gap // 2)}{m['den']}"


def decimal_points(text: str) -> str:
    """``text`` with decimal commas as points, where it writes decimals with a comma ("0,5", "0,49"):
    its "1,1" and "1,47" are decimals too. Same length, so positions hold; a bracketed pair "(1,1)"
    and grouped thousands ("12,28,800", "53,952") stay as they are."""
    if "," in text and _DECIMAL_COMMA_SEEN.search(text):
        return _DECIMAL_COMMA.sub(".", text)
    return text


# Thousands grouped by a space ("49 152"), and a line that ends inside such a number after a relation.
_SPACE_GROUPED = re.compile(r"\d(?<![\d.,]\d)\d{0,2} \d{3}(?![\d.,])")  # a digit first: the engine jumps to it
_WRAPPED_GROUP = re.compile(r"(?<=[=≈] )(\d{1,3})\n(?=\d{3}(?![\d.,]))")
# A note's title before its words ("Comment: actually it's 0.0372", "Footnote: Correction: …"), as the Word reader
# writes a margin comment or a footnote after the paragraph it marks: the note's words open the statement.
_NOTE_TITLE = r"(?:comment|footnote|endnote|note)[ \t]*\d{0,2}[ \t]*:[ \t]*"
#: A statement or line that opens a second look at an answer ("Recheck: …", "**Edit:** …").
RETRACTION = re.compile(rf"[ \t*_#>-]*(?:{_NOTE_TITLE})?(?:{alternation(lexicon.RETRACTION_WORDS)})\b", re.IGNORECASE)


def corrects(heading: str) -> bool:
    """Whether a heading says that what follows it corrects the answers above ("### Corrections (added after
    re-checking)", "## Errata")."""
    return RETRACTION.match(heading.lstrip("#* \t")) is not None
#: What opens a correction before the marker of the part it corrects ("Corrected (a):", "Edit – (b)", "PS: correction
#: for part 2(a) --", "**Edit:** 2(a)", "Correction to Q2 (a):"): one or two such words, then the words that lead to
#: the part. A pattern's text, for the readers that look for the marker after it (kinds_locate, values).
CORRECTION_OPENING = (rf"(?:(?:{alternation(lexicon.RETRACTION_WORDS)})\b[ \t]*[:.,–—-]*(?:\*\*|__)?[ \t]*[:.,–—-]*[ \t]*){{1,2}}"
                      r"(?:(?:to|for|of|in|on)[ \t]+)?(?:(?:my|the)[ \t]+)?(?:(?:answer|value|result)s?[ \t]+)?"
                      r"(?:(?:to|for|of|in|on)[ \t]+)?(?:part[ \t]+)?[ \t:–—-]*(?:\*\*|__)?[ \t]*")
_MATRIX_ENV = re.compile(r"\\begin\{([pbBvV]?matrix)\}.*?\\end\{\1\}", re.DOTALL)
# A table's rules ("\hline 2(b) & 53952"): no text, and they hide a row's marker.
_TABLE_RULE = re.compile(r"\\(?:hline|toprule|midrule|bottomrule|cline\s*\{[^{}]*\})")


@lru_cache(maxsize=8192)
def statements(text: str) -> tuple[Statement, ...]:
    """Every statement of a block, parsed; crossed-out text is no statement.

    Cached: every question's scan reads the same blocks.
    """
    return tuple(parse_statement(piece, offset) for offset, piece in statement_pieces(text))


def _lines_ending_in_a_digit(text: str) -> int:
    """How many of ``text``'s lines end with a digit before their blanks: each line ``_LABEL_VALUE_LINE``
    matches does (the pattern, led by a line's start and a label, is tried at every line: about 10 µs a block)."""
    return sum(1 for line in text.split("\n") if line.rstrip(" \t")[-1:].isdecimal())


# A number's "× 10" power cut by a line's end after the times sign, the power (a superscript a PDF's text layer
# flattens, "10−2", or written "10^-2") opening the next line.
_WRAPPED_POWER = re.compile(r"(\d[ \t]*(?:×|\\times|\*|x))[ \t]*\n(?=[ \t]*\$?10[ \t]*(?:\^|[−-]\d|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]|\{))")


def statement_pieces(text: str) -> list[tuple[int, str]]:
    """Where ``statements`` cuts ``text``, as (offset, piece) pairs, before each piece is parsed
    (its statement starts at that offset): for a reader that needs only some of the statements."""
    if ">>>" in text or "In [" in text or "Out[" in text:
        text = _PROMPT.sub(lambda m: " " * len(m.group(0)), text)
    if "rule" in text or "\\hline" in text or "\\cline" in text:
        text = _TABLE_RULE.sub(lambda m: " " * len(m.group(0)), text)
    text = decimal_points(text)
    if "frac" in text and _BARE_FRACTION.search(text):
        # "\tfrac12": LaTeX's fraction of two one-digit arguments without braces is 1/2, not 12 (same length)
        text = _BARE_FRACTION.sub(_spaced_fraction, text)
    if "(" in text and any(name in text for name in _SCALAR_NAMES) and _SCALAR_REPR.search(text):
        # "np.float64(0.0044318)", "tensor(0.0044, grad_fn=<…>)": a library's print of one number is the number
        text = _SCALAR_REPR.sub(lambda m: " " * (m.start("num") - m.start()) + m["num"] + " " * (m.end() - m.end("num")),
                                text)
    if "\n" in text and _SPACE_GROUPED.search(text):
        # "= 4 800 + 49 152 = 53\n952 multiplications": a PDF's line wrap inside a number grouped by spaces
        text = _WRAPPED_GROUP.sub(lambda m: m[1] + " ", text)
    if "\n" in text and _WRAPPED_POWER.search(text):
        # "= 3.7179 ×" / "10−2": a PDF's line wrap between a mantissa's times sign and its power of ten
        text = _WRAPPED_POWER.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])), text)  # (offsets kept)
    if "\n" in text and _lines_ending_in_a_digit(text) >= 2 \
            and sum(1 for _ in zip(range(2), _LABEL_VALUE_LINE.finditer(text))) == 2:
        # "Q(A given +) 8.76E-02" / "M[Y] 1.10E+00": a table of a label and a value per line whose column gap a
        # PDF's text layer (or a plain layout) left as a space; the gap is the row's relation
        text = _LABEL_VALUE_LINE.sub(lambda m: f"{m['label']}={m['gap'][1:]}{m['v']}{m['end']}", text)
    if "matrix}" in text:
        # A matrix's cells are no table row ("0.0044 & 0.0044" relates nothing): matrices are read whole
        text = _MATRIX_ENV.sub(lambda m: m.group(0).replace("&", " "), text)
    return split_statements(blank_struck_out(text))


def value_of(side: Side) -> Value | None:
    """The side's value when it is a pure number (not the start of an expression).

    Reads what people write around a value: ``\\boxed{}``/bold, "approx", a scale word
    ("1.2 million", "12 lakh"), a number in words with its digits in brackets ("fifty-three
    thousand … (53,952)"), and annotations in brackets before an operator
    ("4,800 (depthwise) + 49,152" is an expression, not the value 4,800).
    """
    return _value_of(side.text, side.start)


@lru_cache(maxsize=65536)
def _value_of(text: str, start: int) -> Value | None:
    """``value_of``, cached by the side's text and offset (a ``Side`` as the key would hash and
    compare through its dataclass methods, in Python, on every one of the many lookups)."""
    side = Side(text, start)
    pos = _SKIP_LEAD.match(text).end()
    boxed = False
    while True:
        m = _WRAP.match(text, pos) or _APPROX_WORD.match(text, pos) or _EITHER.match(text, pos)
        if not m or m.end() == pos:
            break
        if any(k in m.group(0) for k in ("boxed", "fbox", "bf", "*", "bm", "__", "colorbox", "textcolor", "hl{", "underline", "uline",
                                           "alert")):
            boxed = True
        pos = _SKIP_LEAD.match(text, m.end()).end()  # "**$0.03718$**": math inside the bold
    # (each pattern tried at ``pos`` only where the character there can open one of its matches)
    hedge = _BOTH_SIGNS.match(text, pos) if text[pos:pos + 1] in _BOTH_SIGNS_FIRST else None
    if hedge:
        pos = hedge.end()
    found = leading_number(text, pos)
    if text[pos:pos + 1] in ("0", "1") and (dot := _MIDDOT_DECIMAL.match(text, pos)) is not None:
        # "1 \cdot 8", "0 \cdot 95": Mathpix's reading of a handwritten decimal point (no one multiplies by 0 or 1)
        found = (ParsedNumber(Fraction(f"{dot['whole']}.{dot['frac']}"), dot.group(0), len(dot['frac']) + 1),
                 dot.end())
    if found is None and (latex := _LATEX_FRACTION.match(text, pos)):
        # "= \frac{19}{217}": a fraction of whole numbers, its exact value
        numerator, denominator = int(latex["num"]), int(latex["den"])
        if denominator:
            value = Fraction(numerator, denominator) * (-1 if latex["sign"] else 1)
            found = (ParsedNumber(value, latex.group(0), _EXACT_SIG_FIGS), latex.end())
    if found is None and (glued := _GLUED_SCALE.match(text, pos)):
        found = leading_number(text[:glued.end()], pos)
    if found is None:
        return _number_in_words(side, pos, boxed)
    number, end = found
    exponent = _SPACED_EXPONENT.match(text, end)
    if exponent and "e" not in number.text.lower():
        # "1.2288 e 6": an exponent written apart from its mantissa
        power = int(exponent.group(1).replace(" ", "").replace("−", "-"))
        number = ParsedNumber(number.value * Fraction(10) ** power, text[pos:exponent.end()], number.sig_figs)
        end = exponent.end()
    quotient = _LONE_FRACTION.match(text, end) or _OUT_OF.match(text, end)
    if quotient and number.value.denominator == 1 and "." not in number.text:
        # "= **91/216**": a fraction of whole numbers that ends the chain is its exact value
        denominator = int(quotient.group(1))
        if denominator:
            number = ParsedNumber(number.value / denominator, text[pos:quotient.end(1)], _EXACT_SIG_FIGS)
            end = quotient.end(1)
    scale = _SCALE.match(text, end)
    if scale is None and (si := _SI_PREFIX.match(text, end)) is not None:
        # "\SI{1.2288}{\mega\mult}": siunitx's prefix scales the number
        number = ParsedNumber(number.value * _SI_FACTORS[si.group(1)], text[pos:si.end()], number.sig_figs)
        end = si.end()
    elif scale:
        factor = _SCALES[(scale.group(1) or scale.group(2)).lower()]
        number = ParsedNumber(number.value * factor, text[pos:scale.end()], number.sig_figs)
        end = scale.end()
    percent = _PERCENT.match(text, end)
    if percent:
        end = percent.end()
    rest = text[end:]
    if rest[:1] == "(" and _GLUED_PART_MARKER.match(rest):
        return None  # "Correction: 2(a) = …": a part's marker, its question's number glued to its letter
    after = _AFTER_VALUE.match(rest).end()
    after = past_closing_star(text, pos, end + after) - end
    tail = rest[after:]
    # Skip annotations: "(depthwise)", "(rounded)" before looking for an operator.
    annotated = False
    while True:
        note = _ANNOTATION.match(tail)
        if not note:
            break
        tail, annotated = tail[note.end():], True
    if annotated and (other := _OTHER_READING.match(tail)) is not None and hedge is None:
        # "−0.004432 (lecture convention) / +0.004432 (direct differentiation)": both signs offered.
        second = leading_number(other.group(1))
        if second is not None and second[0].float == -number.float and number.float != 0:
            return Value(number, side.start + pos, side.start + end, boxed, percent is not None, True)
    if _UNIT_PRODUCT.match(tail):
        return None  # "256 filters × 64 positions": a product with units, not a value
    if not rest[:after] and (mark := _FOOTNOTE_MARK.match(tail)) is not None and "^" not in text[:pos]:
        # "= 64 × 27 + 64 = 1792^{1}.": a PDF's raised footnote number after the value that ends the sentence
        return Value(number, side.start + pos, side.start + end, boxed, percent is not None, hedge is not None, True)
    if tail and _OPERATOR_AFTER.match(tail) and not (tail[:1].isalpha() and ("  " in rest[:after] or "\t" in rest[:after])) \
            and not _BOLD_OPENS.search(rest, 0, after):  # "1.1$  **5(b)** …": a bold that opens the next answer
        # "0.5(1)" multiplies, "1228800 (exact)" explains: a bracket right after the number
        # is an operator, one after a space is prose. (A name after a column's gap, "1.10  Cov(Y) = …",
        # is the next column's, not a function the number multiplies.)
        if not (tail.startswith(("(", "[", "{")) and rest[:after].endswith((" ", "\t"))):
            return None
    return Value(number, side.start + pos, side.start + end, boxed, percent is not None, hedge is not None)


# A part's letter (or Roman numeral) in brackets right after a question's number: "2(a)", "3(ii)".
_GLUED_PART_MARKER = re.compile(r"\((?:[a-h]|i{1,3}|iv|vi{0,3})\)(?![\w(])")


# A single star right before a value, past what may open it ("= *91/216*", "= $*0.42"): an emphasis it closes.
_SINGLE_STAR_BEFORE = re.compile(r"(?<!\*)\*[\s$]*$")


def past_closing_star(text: str, start: int, end: int) -> int:
    """``end``, or just past a single star there that closes the emphasis a single star opened right before the
    value at ``text[start:end]`` ("= *91/216* (~0.4213)": org's bold, Markdown's italic, no product)."""
    if text[end:end + 1] == "*" and text[end:end + 2] != "**" and _SINGLE_STAR_BEFORE.search(text, 0, start):
        return end + 1
    return end


# A raised one- or two-digit mark right after a number, then the sentence's end: a footnote's number.
# (a raised one, "0.0359¹.", is no power anyone writes: a PDF's footnote mark)
_FOOTNOTE_MARK = re.compile(r"(?:\^\{\d{1,2}\}|¹)(?=[.,;:)]?\s*$)")


# Markdown's bold opening after a gap, where the gap after a value ends ("1.1$  **5(b)**"): no power, no product.
_BOLD_OPENS = re.compile(r"\s(?:\*\*|__)$")


#: A scale word among number words: a count spelt out ("fifty-three thousand nine hundred fifty-two"),
#: which prose never says by accident as it says "one" or "two".
_SCALE_IN_WORDS = re.compile(rf"\b(?:{alternation(lexicon.COUNT_SCALE_WORDS)})\b", re.IGNORECASE)


_POINT_WORD = re.compile(r"\bpoint\b", re.IGNORECASE)


def _number_in_words(side: Side, pos: int, boxed: bool) -> Value | None:
    """"one million two hundred … (1,228,800)": the digits in brackets after number words; or, with
    no digits, the number the words spell when they count in hundreds or more ("together fifty-three
    thousand nine hundred fifty-two multiplications"), or say a decimal's digits ("one point eight")."""
    m = _WORDS_THEN_DIGITS.match(side.text, pos) if "(" in side.text else None  # (each match ends with one)
    if not m:
        spelled = number_words(side.text[pos:])
        said = side.text[pos:pos + spelled[1]] if spelled is not None else ""
        point = _POINT_WORD.search(said)
        # ("roughly nine percent": a share in words is a quantity as its digits would be)
        percent = _PERCENT.match(side.text, pos + spelled[1]) if spelled is not None else None
        if spelled is None or not (point or percent or _SCALE_IN_WORDS.search(side.text, pos, pos + spelled[1])):
            return None
        value, length = spelled
        if _OPERATOR_AFTER.match(side.text[pos + length:].lstrip()):
            return None  # "two hundred times 75": an expression in words
        # ("one point eight" says two figures: the digits said, not an exact count's; "nine percent" one or two)
        figures = (len(said[point.end():].split()) + (int(value) != 0) if point
                   else len(str(int(value)).rstrip("0")) if percent else _EXACT_SIG_FIGS)
        if percent is not None:
            return Value(ParsedNumber(value, side.text[pos:percent.end()], figures), side.start + pos,
                         side.start + percent.end(), boxed, True)
        return Value(ParsedNumber(value, said, figures), side.start + pos, side.start + pos + length, boxed)
    found = leading_number(side.text, m.end())
    if found is None:
        return None
    number, end = found
    if not side.text[end:].lstrip().startswith(")"):
        return None
    return Value(number, side.start + m.end(), side.start + end, boxed)
