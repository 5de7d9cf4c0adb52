"""The safe formula grammar behind :mod:`grader.formulas`: Unicode folding, tokenizer, parser.

Nothing here ever evaluates student text.  The text goes through four small stages, each a
plain loop over characters or tokens:

1. :func:`fold_unicode` rewrites Unicode math (``ŷ − y·ln ŷ``, ``θᵀxᵢ``, ``y²``) as LaTeX.
2. :func:`tokenize` turns the LaTeX/plain text into :class:`Token` objects, dropping pure
   layout (``\\left``, ``\\,``, ``$``) and rejecting every character it does not know.
3. :func:`group_atoms` joins a letter with its decorations and scripts (``\\hat{y}_i``,
   ``\\theta^T``) into one ``atom`` token and recognises function names, constants and big
   operators; :meth:`AliasTable.apply` then replaces the spellings of each role by a ``role``
   token.  Both aliases and student text pass through the same stages, so ``\\theta^{T} x_{i}``,
   ``θᵀxᵢ`` and ``theta^T x_i`` all meet as the same atoms.
4. :class:`_Parser`, a recursive-descent parser, builds sympy objects directly: it only ever
   calls sympy constructors (``Add``, ``Mul``, ``Pow``, ``log`` ...) and ``sympy.Symbol``.

Size is bounded at every stage (:class:`Limits`): bracket depth in the tokenizer, recursion and
node count in the parser, and the magnitude of numeric exponents and factorials, so a hostile
string costs at most a few milliseconds.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import sympy

from grader.errors import FormulaParseError

# --------------------------------------------------------------------------------------------
# Limits and messages
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """Bounds that keep parsing fast and sympy's arithmetic small whatever the input."""

    max_depth: int = 50  # brackets (and braces) open at once
    max_nodes: int = 2000  # sympy operations built for one side of an equation
    max_exponent: int = 100  # |n| for a numeric exponent, as in z^{n}
    max_digits: int = 300  # decimal digits of a number that a numeric power would produce
    max_literal_digits: int = 30  # digits in one number as written
    max_factorial: int = 170  # largest numeric argument of !, Gamma (170! still fits a float)
    max_tokens: int = 2000  # tokens in the whole text: stops a huge input before any sympy work


def snippet(text: str, width: int = 60) -> str:
    """The text quoted for an error message: at most ``width`` characters, one line."""
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return repr(text)


def fail(message: str, text: str | None = None) -> FormulaParseError:
    """A FormulaParseError whose message says what was wrong and quotes a short excerpt."""
    if text is not None:
        message = f"{message} in {snippet(text)}"
    return FormulaParseError(message)


# --------------------------------------------------------------------------------------------
# Stage 1: Unicode math -> LaTeX
# --------------------------------------------------------------------------------------------

_GREEK_NAMES = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
    "sigma tau upsilon phi chi psi omega"
).split()
_GREEK = frozenset(_GREEK_NAMES) | frozenset(
    "Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega".split()
)
# Variant glyphs are the same letter to a reader.
_GREEK_VARIANTS = {"varepsilon": "epsilon", "vartheta": "theta", "varphi": "phi",
                   "varrho": "rho", "varsigma": "sigma", "varpi": "pi", "ell": "ell"}

_UNICODE_GREEK = dict(zip("αβγδεζηθικλμνξοπρστυφχψω", _GREEK_NAMES))
_UNICODE_GREEK.update({"ϵ": "epsilon", "ϑ": "theta", "ϕ": "phi", "ς": "sigma", "Γ": "Gamma",
                       "Δ": "Delta", "Θ": "Theta", "Λ": "Lambda", "Ξ": "Xi", "Φ": "Phi",
                       "Ψ": "Psi", "Ω": "Omega", "ℓ": "ell"})
_UNICODE_SIMPLE = {
    "−": "-", "–": "-", "—": "-", "‐": "-", "·": r"\cdot ", "⋅": r"\cdot ", "•": r"\cdot ",
    "×": r"\times ", "∗": "*", "÷": "/", "√": r"\sqrt ", "∑": r"\sum ", "Σ": r"\sum ",
    "∏": r"\prod ", "Π": r"\prod ", "ℒ": r"\mathcal{L}", "∣": "|", "‖": r"\|", "≔": ":=",
    "≡": "=", "∝": r"\propto ", "≈": r"\approx ", "⊤": r"\top ", "∞": r"\infty ",
    "≤": r"\le ", "≥": r"\ge ", "∈": r"\in ", "≠": r"\ne ", "⟨": r"\langle ", "⟩": r"\rangle ",
    "∂": r"\partial ", "∇": r"\nabla ", "ℓ": r"\ell ",
    "\u00a0": " ", "\u2009": " ", "\u2002": " ", "\u2003": " ", "\u202f": " ",
    "\u200b": "", "\u2061": "", "\u2062": "", "\ufeff": "",  # invisible function application etc.
}
# (with the modifier letters phones and "superscript text" tools type for a letter exponent: "pˣⁱ", "θᵏ")
_SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ⁿⁱᵀᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻ", "0123456789-+niTabcdefghjklmoprstuvwxyz"))
# (Unicode has no subscript c: students type the look-alike "꜀", U+A700, and it means c)
_SUBSCRIPTS = dict(zip("₀₁₂₃₄₅₆₇₈₉₊₋₌ᵢⱼₖₙₜₘₛₗₐₑₒₓᵣᵤᵥₚₕ꜀", "0123456789+-=ijkntmslaeoxruvphc"))
# (and the overline "‾", U+203E, that Word's equations leave after a letter in a PDF's or docx's text: "x‾")
_COMBINING = {"\u0302": "hat", "\u0304": "bar", "\u0305": "bar", "\u0303": "tilde",
              "\u0307": "dot", "\u203e": "bar"}


#: Unicode's fractions of one character ("½", "⅚").
_VULGAR = {ch: unicodedata.normalize("NFKC", ch).replace("⁄", "/") for ch in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"}
_ASCII_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉", "01234567890123456789")
_SCRIPT_FRACTION = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁄([₀₁₂₃₄₅₆₇₈₉]+)")
_BRACED_SCRIPTED_POWER = re.compile(r"\^([A-Za-z])_\{([A-Za-z0-9]{1,2})\}")
_PLAIN_SCRIPTED_POWER = re.compile(r"\^([A-Za-z])_([A-Za-z0-9]{1,2})(?![A-Za-z0-9{])")
# ("xbar" too, a bar run on to its letter; never "what", which is a word)
_ASCII_ACCENT = re.compile(r"(?<![A-Za-z\\])([A-Za-z]|lambda|mu|theta|sigma|beta|alpha|pi|eta)"  # ("lambda_hat" too)
                           r"(?:[_-]| (?=bar\b)|(?=bar\b))(hat|bar|tilde|Hat|Bar)(?![A-Za-z])")
_RUN_ON_SUM_INDEX = re.compile(r"[Σ∑][ \t]?([ijkn])(?![A-Za-z0-9_])")
# A one-letter symbol, a space, and a sum's index: "λ i", "y i" in "Σ i [ λ i − y i ln λ i ]", the indices a PDF's
# text layer set flat with a space.
_SPACED_INDEX = "(?<![A-Za-z\u0370-\u03ff])([A-Za-z\u0370-\u03ff])[ \t]{0}(?![\\w(])"
_SPOKEN_SUM = re.compile(r"\bsum\s+(?:(?:from\s+(?P<i>[a-z])\s*=\s*(?P<lo>\w+)\s+to\s+(?P<hi>\w+)|over\s+(?P<i2>[a-z])"
                         # "sum over (all the) samples of …": the sum over the data's index
                         r"|over\s+(?:all\s+)?(?:the\s+)?(?P<data>samples|examples|observations|data\s+points|points|data))"
                         # ("(sum of x_i)/n": the sum over the data's index, said plainly)
                         r"\s+)?of\b", re.IGNORECASE)
# "n minus sum of x_i", "x plus 1", "2 times p": an operator said in words between two operands, as a formula typed
# without math keys is (never "\\times", the command, nor a word at either end: "minus" alone is no operand)
_SPOKEN_OPERATOR = re.compile(r"(?<=[\w)\]}])[ \t]+(minus|plus|times|divided[ \t]+by)[ \t]+(?=[\w(\\])", re.IGNORECASE)
_SPOKEN_SIGNS = {"minus": " - ", "plus": " + ", "times": " * "}
#: "p^ = …": a caret with nothing raised, before a relation, is a hat typed in plain text
#: (the extract stage reads it with this same pattern).
CARET_HAT = re.compile(r"(?<![A-Za-z\\])([A-Za-z])\^(?=\s*(?:=|≈|:=))")
#: "mean(x)", "mean of x", "avg(x_i)": the mean of one variable, written in words, is its bar
#: (a mean of an expression is read as a sum by the grammar, as losses need).
_MEAN_OF = re.compile(r"(?<![A-Za-z\\])(?:mean|avg|average)(?:\s*\(\s*([A-Za-z])(?:_\{?i\}?)?\s*\)"
                      r"|\s+of\s+([A-Za-z])(?:_\{?i\}?)?(?![A-Za-z0-9_(]))", re.IGNORECASE)


_LIBRARY_PREFIX = re.compile(r"\b(?:np|numpy|math|torch|tf|jnp|scipy\.special|special|sp)\.(?=[A-Za-z])")
_DOT_PRODUCT = re.compile(r"(?<=[A-Za-z0-9}])\.(?=(?:log|ln|exp|sqrt)\()")


# An arrow pointing back at what is written before it, after a space, then words: a remark's start ("← the loss",
# "<-- this one").
_POINTING_BACK = re.compile(r"(?<=\s)(?:←|⟵|<--+)(?=[ \t]*[A-Za-z(])")


# Markdown's bold: stars that open before text with no operand before them, or close after text with no operand after
# them. (Not underscores: "__import__" is a name.)
_EMPHASIS = re.compile(r"(?:(?<![\w)\]}.])\*\*(?=[^\s*])|(?<=[^\s*])\*\*(?![\w(\[{.]))")


def fold_unicode(text: str) -> str:
    """Rewrite Unicode math as the equivalent LaTeX, so the tokenizer only sees ASCII.

    ``ŷ`` is decomposed first (NFD) into ``y`` plus a combining hat, so every letter with a
    hat, bar or tilde is handled by one rule.  Runs of super/subscript digits become one
    script: ``x₁₂`` -> ``x_{12}``.
    """
    if "sum " in text:
        # "sum from i=1 to n of [ … ]", "sum over i of …": a sum said in words
        text = _SPOKEN_SUM.sub(lambda m: f"\\sum_{{{m['i'] or m['i2'] or 'i'}{'=' + m['lo'] if m['lo'] else ''}}}"
                                         f"{'^{' + m['hi'] + '}' if m['hi'] else ''} ", text)
    if "minus" in text or "plus" in text or "times" in text or "divided" in text:
        text = _SPOKEN_OPERATOR.sub(lambda m: _SPOKEN_SIGNS.get(m[1].lower(), " / "), text)
    if "←" in text or "⟵" in text or "<--" in text:
        # "L = Σ (λ − y log λ)  ← this is the loss": an arrow pointing back at the formula opens a remark on it
        text = _POINTING_BACK.split(text, maxsplit=1)[0]
    if "**" in text:
        # "f(q) = **k ln q + (m − k) ln(1 − q)**": Markdown's bold around the formula (a power, "(2/3)**3", has an
        # operand on each side of its stars)
        text = _EMPHASIS.sub(" ", text)
    if "µ" in text:
        text = text.replace("µ", "μ")  # the micro sign, as a PDF's or a keyboard's mu, is the Greek letter
    if "▒" in text:
        text = text.replace("▒", " ")  # Word's linear format between a sum's limits and its body: "∑_(i=1)^n▒[…]"
    if "⁄" in text or any(ch in _VULGAR for ch in text):
        # "¹²⁵⁄₂₁₆", "⅚": a fraction of Unicode's own, read as the quotient it shows
        text = _SCRIPT_FRACTION.sub(lambda m: f"({m[1].translate(_ASCII_DIGITS)}/{m[2].translate(_ASCII_DIGITS)})",
                                    text)
        text = "".join(f"({_VULGAR[ch]})" if ch in _VULGAR else ch for ch in text).replace("⁄", "/")
    if "⊤" in text:
        # "θ⊤x": a transpose sign written inline, as a PDF's text layer gives \theta^\top
        text = re.sub(r"(?<![\^{\s])⊤", "^{⊤}", text)
    if "Σ" in text or "∑" in text:
        # "Σi [ … ]": a sum's index run on, as Word's linear format or a PDF's text layer leaves it
        for index in {m[1] for m in _RUN_ON_SUM_INDEX.finditer(text)}:
            text = re.sub(_SPACED_INDEX.format(index), rf"\1_{index}", text)
        text = _RUN_ON_SUM_INDEX.sub(r"\\sum_{\1} ", text)
    if "_" in text or "-" in text or "bar" in text:
        # "p_hat", "x-bar", "x bar": an accent spelled in ASCII, as a student without LaTeX writes it
        text = _ASCII_ACCENT.sub(lambda m: f"\\{m[2].lower()}{{{m[1] if len(m[1]) == 1 else chr(92) + m[1]}}}", text)
    if "_" in text:
        # "p^x_i" in plain text is p to the power x_i (LaTeX would put the i under p; no one means that)
        text = _PLAIN_SCRIPTED_POWER.sub(r"^{\1_\2}", text)
    if "^" in text:
        text = CARET_HAT.sub(r"\\hat{\1}", text)
    if "." in text:
        # "np.log(lam)": a library's name before its function is no factor; "y.log(λ)": a dot right
        # between a symbol and a function multiplies, as a centred dot does (a sentence's full stop
        # has a space after it)
        text = _LIBRARY_PREFIX.sub("", text)
        text = _DOT_PRODUCT.sub("·", text)
    lowered = text.lower()
    if "mean" in lowered or "avg" in lowered or "average" in lowered:
        text = _MEAN_OF.sub(lambda m: f"\\bar{{{m[1] or m[2]}}}", text)
    text = unicodedata.normalize("NFD", text)
    pieces: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _SUPERSCRIPTS or ch in _SUBSCRIPTS:
            table, mark = (_SUPERSCRIPTS, "^") if ch in _SUPERSCRIPTS else (_SUBSCRIPTS, "_")
            j = i
            while j < n and text[j] in table:
                j += 1
            pieces.append(mark + "{" + "".join(table[c] for c in text[i:j]) + "}")
            i = j
            continue
        if ch in _COMBINING:
            if not pieces:
                raise fail("an accent with no letter under it", text)
            pieces[-1] = f"\\{_COMBINING[ch]}{{{pieces[-1]}}}"
        elif ch in _UNICODE_GREEK:
            pieces.append("\\" + _UNICODE_GREEK[ch] + " ")
        elif ch in _UNICODE_SIMPLE:
            pieces.append(_UNICODE_SIMPLE[ch])
        else:
            pieces.append(ch)
        i += 1
    folded = "".join(pieces)
    # "p^xᵢ", "p^x_{i}": the power is x_i, as in plain text (see _PLAIN_SCRIPTED_POWER)
    return _BRACED_SCRIPTED_POWER.sub(r"^{\1_{\2}}", folded) if "^" in folded else folded


# --------------------------------------------------------------------------------------------
# Stage 2: tokens
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    """One token.  ``kind`` is one of

    raw (from :func:`tokenize`): ``num`` ``word`` ``cmd`` ``text`` ``op`` ``open`` ``close``
    ``bar``; grouped (from :func:`group_atoms`): ``atom`` ``func`` ``bigop`` ``const`` and,
    after alias matching, ``role``.  ``value`` holds the kind's payload: the side of a bar
    (``"open"``/``"close"``/``""``), an :class:`AtomKey`, a canonical function name, or a
    ``(role, is_linear)`` pair.
    """

    kind: str
    text: str
    pos: int
    value: object = None
    index: str | None = None
    """A ``role`` token's index subscript as written (``j`` in ``y_j``), or None: a sum over
    another index than the formula's own is an aggregate, not the per-sample term."""


# Commands that are pure layout: dropped.  (\left/\right only tell which side a bar is on.)
_LAYOUT = frozenset(
    "displaystyle textstyle scriptstyle scriptscriptstyle limits nolimits nonumber notag "
    "mathstrut strut enspace thinspace medspace thickspace negthinspace negmedspace "
    "negthickspace nobreak allowbreak big Big bigg Bigg middle".split()
)
_OPENING_SIZE = frozenset("left bigl Bigl biggl Biggl".split())
_CLOSING_SIZE = frozenset("right bigr Bigr biggr Biggr".split())
# Commands whose single brace argument is not math and is dropped with it.
_SKIP_WITH_ARG = frozenset("label tag hspace vspace hphantom vphantom phantom color".split())
# Commands whose brace argument is a name or a word of prose, read verbatim.
_TEXT_COMMANDS = frozenset(
    "text textrm textit textbf textsf texttt textnormal mathrm operatorname mbox emph "
    "mathsf mathtt".split()
)
_DISPLAY_ENVIRONMENTS = frozenset(
    "equation align aligned gather gathered split multline displaymath math eqnarray "
    "flalign".split()
)
_DELIMITER_COMMANDS = {
    "lvert": ("bar", "|", "open"), "rvert": ("bar", "|", "close"), "vert": ("bar", "|", ""),
    "mid": ("bar", "|", ""), "lVert": ("bar", "||", "open"), "rVert": ("bar", "||", "close"),
    "Vert": ("bar", "||", ""), "lbrace": ("open", "\\{", None), "rbrace": ("close", "\\}", None),
    "langle": ("open", "langle", None), "rangle": ("close", "rangle", None),
    "lbrack": ("open", "[", None), "rbrack": ("close", "]", None),
}
_OPERATOR_COMMANDS = {"cdot": "*", "times": "*", "ast": "*", "star": "*", "div": "/"}
_PUNCTUATION = frozenset("+-*/^_!=,;:<>.")
_IGNORED_CHARS = frozenset("$&~")  # math delimiters, alignment, non-breaking space
#: Digits of a number literal: ASCII only ("➎", "²", "٣" pass str.isdigit but int() refuses them or reads
#: another value; such characters are no number of a formula).
_DIGITS = frozenset("0123456789")


class _Lexer:
    """Turns the folded text into raw tokens, one pass, rejecting unknown characters."""

    def __init__(self, src: str, limits: Limits):
        self.src = src
        self.limits = limits
        self.i = 0
        self.out: list[Token] = []
        self.depth = 0
        self.pending_side = ""  # "open"/"close" after \left or \right, for the next bar

    def run(self) -> list[Token]:
        src, n = self.src, len(self.src)
        while self.i < n:
            ch = src[self.i]
            start = self.i
            if ch.isspace() or ch in _IGNORED_CHARS:
                self.i += 1
            elif ch == "\\":
                self._command()
            elif ch in _DIGITS or (ch == "." and self.i + 1 < n and src[self.i + 1] in _DIGITS):
                self._number()
            elif ch.isascii() and ch.isalpha():
                j = self.i
                while j < n and src[j].isascii() and src[j].isalpha():
                    j += 1
                if self.out and self.out[-1].kind == "op" and self.out[-1].text in ("^", "_"):
                    j = self.i + 1  # LaTeX: a bare script is one letter, \theta^Tx_i is θ^T x_i
                self._emit("word", src[self.i:j], start)
                self.i = j
            elif ch in "([{":
                self._open(ch, start)
                self.i += 1
            elif ch in ")]}":
                self._close(ch, start)
                self.i += 1
            elif ch == "|":
                self._emit("bar", "|", start)
                self.i += 1
            elif ch == "*" and src.startswith("**", self.i):  # Python's power
                self._emit("op", "^", start)
                self.i += 2
            elif ch == ":" and src.startswith(":=", self.i):
                self._emit("op", "=", start)
                self.i += 2
            elif ch in _PUNCTUATION:
                self._emit("op", ch, start)
                self.i += 1
            else:
                raise fail(f"unexpected character {ch!r}", src[max(0, start - 20):start + 20])
        if self.depth > 0:
            raise fail("unclosed bracket", src[-60:])
        return self.out

    def _emit(self, kind: str, text: str, pos: int, value: object = None) -> None:
        if len(self.out) >= self.limits.max_tokens:
            raise fail(f"formula too large (more than {self.limits.max_tokens} symbols)")
        if kind == "bar" and not value:
            value = self.pending_side  # "\left|" opens, "\right|" closes
        self.pending_side = ""
        self.out.append(Token(kind, text, pos, value))

    def _open(self, text: str, pos: int) -> None:
        self.depth += 1
        if self.depth > self.limits.max_depth:
            raise fail(f"brackets nested too deeply (more than {self.limits.max_depth})")
        self._emit("open", text, pos)

    def _close(self, text: str, pos: int) -> None:
        self.depth -= 1
        if self.depth < 0:
            raise fail(f"{text!r} closes nothing", self.src[max(0, pos - 40):pos + 20])
        self._emit("close", text, pos)

    def _number(self) -> None:
        src, n, j = self.src, len(self.src), self.i
        while j < n and src[j] in _DIGITS:
            j += 1
        if j + 1 < n and src[j] == "." and src[j + 1] in _DIGITS:  # "1." ends a sentence
            j += 1
            while j < n and src[j] in _DIGITS:
                j += 1
        if j - self.i > self.limits.max_literal_digits:
            raise fail("number too long", src[self.i:j])
        self._emit("num", src[self.i:j], self.i)
        self.i = j

    def _command(self) -> None:
        src, n, start = self.src, len(self.src), self.i
        j = start + 1
        if j >= n:
            raise fail("a lone backslash at the end", src[-20:])
        if not (src[j].isascii() and src[j].isalpha()):
            self._symbol_command(src[j], start)
            return
        while j < n and src[j].isascii() and src[j].isalpha():
            j += 1
        name = src[start + 1:j]
        self.i = j
        if name == "operatorname" and self.i < n and src[self.i] == "*":
            self.i += 1
        if name in _LAYOUT:
            return
        if name in _OPENING_SIZE or name in _CLOSING_SIZE:
            self.pending_side = "open" if name in _OPENING_SIZE else "close"
            self._skip_spaces()
            if self.i < n and src[self.i] == ".":  # \left. is an invisible delimiter
                self.i += 1
                self.pending_side = ""
            return
        if name in ("begin", "end"):
            env = self._brace_argument(name)
            if env.rstrip("*") not in _DISPLAY_ENVIRONMENTS:
                raise fail(f"unsupported environment {env!r}", src[start:start + 40])
            return
        if name in _SKIP_WITH_ARG:
            self._brace_argument(name)
            return
        if name in _TEXT_COMMANDS:
            self._skip_spaces()
            if self.i < n and src[self.i] == "{":
                self._emit("text", self._brace_argument(name), start)
            elif self.i < n and src[self.i].isascii() and src[self.i].isalnum():
                self._emit("text", src[self.i], start)  # \mathrm d
                self.i += 1
            else:
                raise fail(f"\\{name} needs an argument", src[start:start + 40])
            return
        if name in _DELIMITER_COMMANDS:
            kind, text, side = _DELIMITER_COMMANDS[name]
            if kind == "open":
                self._open(text, start)
            elif kind == "close":
                self._close(text, start)
            else:
                self._emit("bar", text, start, side)
            return
        if name in _OPERATOR_COMMANDS:
            self._emit("op", _OPERATOR_COMMANDS[name], start)
            return
        self._emit("cmd", name, start)

    def _symbol_command(self, ch: str, start: int) -> None:
        """``\\,`` ``\\{`` ``\\|`` ``\\[`` and friends: one non-letter after the backslash."""
        self.i = start + 2
        if ch in ",;:! \\>" or ch == "\n":
            return  # spacing, or a line break in a display
        if ch in "[]()":
            return  # \[ ... \] and \( ... \) delimit a display
        if ch == "{":
            self._open("\\{", start)
        elif ch == "}":
            self._close("\\}", start)
        elif ch == "|":
            self._emit("bar", "||", start)
        else:
            raise fail(f"unsupported command '\\{ch}'", self.src[start:start + 20])

    def _skip_spaces(self) -> None:
        while self.i < len(self.src) and self.src[self.i].isspace():
            self.i += 1

    def _brace_argument(self, name: str) -> str:
        """The verbatim contents of ``{...}`` after a command (nested braces allowed)."""
        self._skip_spaces()
        src, n = self.src, len(self.src)
        if self.i >= n or src[self.i] != "{":
            raise fail(f"\\{name} needs a {{...}} argument", src[max(0, self.i - 20):self.i + 20])
        depth, j = 0, self.i
        while j < n:
            if src[j] == "{":
                depth += 1
                if depth > self.limits.max_depth:
                    raise fail("braces nested too deeply")
            elif src[j] == "}":
                depth -= 1
                if depth == 0:
                    text = src[self.i + 1:j]
                    self.i = j + 1
                    return text
            j += 1
        raise fail(f"unclosed brace after \\{name}", src[self.i:self.i + 40])


def tokenize(text: str, limits: Limits = Limits()) -> list[Token]:
    """Raw tokens of ``text`` (already folded by :func:`fold_unicode`)."""
    return _Lexer(text, limits).run()


# --------------------------------------------------------------------------------------------
# Token-level clean-up: wrappers, explanations, equation sides, labels
# --------------------------------------------------------------------------------------------

_CLOSERS = {"(": ")", "[": "]", "{": "}", "\\{": "\\}", "langle": "rangle"}
_WRAPPER_COMMANDS = frozenset({"boxed", "fbox"})
_SIDE_SEPARATORS = frozenset({"equiv", "coloneqq", "triangleq", "approx", "propto", "simeq",
                              "doteq", "eqqcolon", "defeq"})
_CONNECTIVES = frozenset("where for with when if given since and such st s.t. assuming here "
                         "as i.e. e.g. using ignoring dropping up which because".split())


def _matching(tokens: Sequence[Token]) -> dict[int, int]:
    """Index of the closing bracket for every opening bracket that is properly closed."""
    stack: list[int] = []
    match: dict[int, int] = {}
    for k, tok in enumerate(tokens):
        if tok.kind == "open":
            stack.append(k)
        elif tok.kind == "close" and stack and _CLOSERS[tokens[stack[-1]].text] == tok.text:
            match[stack.pop()] = k
    return match


def strip_wrappers(tokens: list[Token]) -> list[Token]:
    """Drop ``\\boxed{...}`` (keeping its contents) so an ``=`` inside it is at the top level."""
    match = _matching(tokens)
    drop: set[int] = set()
    for k, tok in enumerate(tokens):
        if tok.kind == "cmd" and tok.text in _WRAPPER_COMMANDS:
            if k + 1 < len(tokens) and k + 1 in match:
                drop.update((k, k + 1, match[k + 1]))
    return [tok for k, tok in enumerate(tokens) if k not in drop]


def is_prose(text: str) -> bool:
    """Whether a ``\\text{...}`` holds words of explanation rather than a name."""
    words = text.strip().lower().split()
    return len(words) > 1 or (bool(words) and words[0].strip(".,:;()") in _CONNECTIVES)


def cut_explanation(tokens: list[Token]) -> list[Token]:
    """Keep the formula and drop what explains it.

    At the top level (outside brackets) and after the formula has begun, a comma, semicolon, full
    stop, ``\\quad``, a ``\\text{...}`` of prose or a word like "where" starts an explanation:
    ``z - y\\log z \\quad\\text{where } z > 0`` -> ``z - y\\log z``.  Elsewhere ``\\quad`` is
    just space.  Trailing full stops go too.  An "and" before the first ``=`` of an equation joins
    the clauses of the sentence that leads to it ("the factors cancel and the derivative is dF/dv =
    a − b"), not an explanation: the sides are read from the ``=`` on.  (Other connectives there,
    "as q = 1 − p", may open a definition, which is no answer: they still end the formula.)
    """
    depth = 0
    kept: list[Token] = []
    lead_in = _first_relation(tokens)
    for at, tok in enumerate(tokens):
        if tok.kind == "open":
            depth += 1
        elif tok.kind == "close":
            depth -= 1
        if at < lead_in and tok.kind == "word" and tok.text.lower() == "and":
            kept.append(tok)
            continue
        explains = depth == 0 and kept and (
            (tok.kind == "op" and tok.text in ",;")
            or (tok.kind == "op" and tok.text == "." and _ends_sentence(tokens, at))
            or (tok.kind == "cmd" and tok.text in ("quad", "qquad"))
            or (tok.kind == "text" and is_prose(tok.text) and kept[-1].kind != "op")
            or (tok.kind == "word" and tok.text.lower() in _CONNECTIVES and len(tok.text) > 1)
        )
        if explains:
            break
        if tok.kind == "cmd" and tok.text in ("quad", "qquad"):
            continue
        if tok.kind == "text" and not tok.text.strip():
            continue
        kept.append(tok)
    while kept and kept[-1].kind == "op" and kept[-1].text in ".,;:":
        kept.pop()
    return _signed_brackets_added(_without_trailing_remark(kept))


def _first_relation(tokens: list[Token]) -> int:
    """Index of the first top-level ``=`` that no comma, semicolon or full stop comes before, or -1."""
    depth = 0
    for at, tok in enumerate(tokens):
        depth += (tok.kind == "open") - (tok.kind == "close")
        if depth != 0:
            continue
        if tok.kind == "op" and tok.text in (",", ";", "."):
            return -1
        if tok.kind == "op" and tok.text == "=":
            return at
    return -1


def _signed_brackets_added(kept: list[Token]) -> list[Token]:
    """``u − v log u (+ log c)``: a bracket at the top level that opens with a sign, after a term and a
    space, adds its term (the constant a student notes may be kept); it multiplies nothing."""
    out: list[Token] = []
    drop: set[int] = set()
    depth = 0
    for at, tok in enumerate(kept):
        if at in drop:
            continue
        if (tok.kind == "open" and tok.text == "(" and depth == 0 and out and out[-1].kind != "op"
                and at + 1 < len(kept) and kept[at + 1].kind == "op" and kept[at + 1].text in "+-"
                and tok.pos > out[-1].pos + len(out[-1].text)):
            close = _matching_close(kept, at)
            if close is not None and close == len(kept) - 1:
                drop.add(close)
                continue
        depth += {"open": 1, "close": -1}.get(tok.kind, 0)
        out.append(tok)
    return out


def _matching_close(tokens: list[Token], at: int) -> int | None:
    depth = 0
    for i in range(at, len(tokens)):
        depth += {"open": 1, "close": -1}.get(tokens[i].kind, 0)
        if depth == 0:
            return i
    return None


def _ends_sentence(tokens: list[Token], at: int) -> bool:
    """Whether the "." at ``at`` is a full stop before another sentence ("p_i − y_i. (I use i for k).",
    "… = z − y log z. It is convex"): after a term, then a space and a bracket or a capital. (The tokenizer
    reads a decimal point into its number; "…", "i.e." and "e.g." are no full stops.)"""
    before = tokens[at - 1] if at > 0 else None
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    if before is None or before.kind == "op" or after is None or after.pos <= tokens[at].pos + 1:
        return False
    return after.kind == "open" or (after.kind in ("word", "text") and after.text[:1].isupper())


def _without_trailing_remark(kept: list[Token]) -> list[Token]:
    """``p − y (I hope)``, ``z − y log z (not sure)``: a bracket of words at the end, one of them a word no
    formula names (three letters or more, no function), is the student's remark, not a factor."""
    if len(kept) < 4 or kept[-1].kind != "close":
        return kept
    depth = 0
    for at in range(len(kept) - 1, -1, -1):
        depth += {"close": 1, "open": -1}.get(kept[at].kind, 0)
        if depth == 0:
            break
    inside = kept[at + 1:-1]
    if (at > 0 and len(inside) >= 2 and all(t.kind == "word" and t.text.isalpha() for t in inside)
            and any(len(t.text) >= 3 and t.text.lower() not in _FUNCTION_WORDS and t.text.lower() not in _BIGOP_WORDS
                    for t in inside)):
        return kept[:at]
    return kept


def split_sides(tokens: list[Token]) -> list[list[Token]]:
    """Split at top-level ``=`` (and ``:=``, ``\\equiv``, ``\\propto`` ...) into equation sides."""
    sides: list[list[Token]] = [[]]
    depth = 0
    for tok in tokens:
        if tok.kind == "open":
            depth += 1
        elif tok.kind == "close":
            depth -= 1
        if depth == 0 and ((tok.kind == "op" and tok.text == "=")
                           or (tok.kind == "cmd" and tok.text in _SIDE_SEPARATORS)):
            sides.append([])
        else:
            sides[-1].append(tok)
    return sides


def drop_label(tokens: list[Token]) -> list[Token]:
    """``Loss: z - y log z`` -> the part after the colon, when the part before is only names.

    Runs on grouped tokens, so a role in front of the colon (``lambda: 0``) is not a label and
    the colon stays, for the parser to reject.
    """
    depth = 0
    for k, tok in enumerate(tokens):
        if tok.kind == "open":
            depth += 1
        elif tok.kind == "close":
            depth -= 1
        elif depth == 0 and tok.kind == "op" and tok.text == ":":
            label = tokens[:k]
            if label and all(t.kind == "atom" for t in label):
                return tokens[k + 1:]
            return tokens
    return tokens


# --------------------------------------------------------------------------------------------
# Stage 3: atoms (a letter with its hat and subscript), functions, constants
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AtomKey:
    """What identifies a written variable: ``\\hat{y}_i`` is ``AtomKey("y", ("hat",), "i")``."""

    base: str
    decorations: tuple[str, ...] = ()
    sub: str | None = None
    transposed: bool = False

    def without_sub(self) -> AtomKey:
        return AtomKey(self.base, self.decorations, None, self.transposed)

    def symbol_name(self) -> str:
        """A readable name that sympy's printers render nicely (``yhat_i`` -> ``\\hat{y}_{i}``)."""
        name = self.base + "".join(self.decorations)
        if self.transposed:
            name += "^T"
        if self.sub:
            name += "_" + self.sub
        return name


# Decorations that change which variable is meant, and those that are only typography.
_DECORATIONS = {"hat": "hat", "widehat": "hat", "bar": "bar", "overline": "bar",
                "tilde": "tilde", "widetilde": "tilde", "dot": "dot", "mathcal": "cal",
                "mathscr": "cal", "mathbb": "bb", "check": "check"}
_TYPOGRAPHY = frozenset("mathbf boldsymbol bm vec mathit pmb mathbold".split())
#: What a decoration adds to its atom's symbol name ("xbar"), for telling a decorated letter from a word.
DECORATION_NAMES = frozenset(_DECORATIONS.values())

# Function names as words (plain text, \text{}, \operatorname{}) and as commands.
_FUNCTION_WORDS = {
    "log": "log", "ln": "log", "exp": "exp", "sqrt": "sqrt", "abs": "abs",
    "sigmoid": "sigmoid", "lgamma": "loggamma", "loggamma": "loggamma", "lngamma": "loggamma",
    "gammaln": "loggamma", "factorial": "factorial", "log10": "log10", "log2": "log2",
}
_FUNCTION_COMMANDS = {
    "log": "log", "ln": "log", "exp": "exp", "sqrt": "sqrt", "frac": "frac", "dfrac": "frac",
    "tfrac": "frac", "cfrac": "frac", "abs": "abs", "binom": "binom", "dbinom": "binom", "tbinom": "binom",
}
_BIGOP_WORDS = {"sum": "sum", "prod": "prod", "mean": "mean", "avg": "mean",
                "average": "mean"}
_BIGOP_COMMANDS = {"sum": "sum", "prod": "prod", "Sigma": "sum", "Pi": "prod"}
_SUFFIX_FUNCTIONS = ("log", "ln", "exp")  # "ylog(z)" is y times log(z)
_INDEX_CHARS = frozenset("ijklmnst0123456789,")


def is_index(sub: str | None) -> bool:
    """Whether a subscript is a sample index (``i``, ``ij``, ``1``) rather than a name."""
    return bool(sub) and len(sub) <= 4 and all(c in _INDEX_CHARS for c in sub)


class _Grouper:
    """Joins raw tokens into atoms, functions, big operators and constants."""

    def __init__(self, tokens: Sequence[Token], limits: Limits, functions: frozenset[str] = frozenset()):
        self.toks = tokens
        self.limits = limits
        self.functions = functions
        self.match = _matching(tokens)
        self.i = 0
        self.out: list[Token] = []

    def run(self) -> list[Token]:
        while self.i < len(self.toks):
            self._one()
        return self.out

    def _peek(self, k: int = 0) -> Token | None:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def _one(self) -> None:
        tok = self.toks[self.i]
        if tok.kind == "word":
            self._word(tok)
        elif tok.kind == "text":
            self._text(tok)
        elif tok.kind == "cmd":
            self._command(tok)
        else:
            self.out.append(tok)
            self.i += 1

    def _emit(self, kind: str, tok: Token, value: object) -> None:
        self.out.append(Token(kind, tok.text, tok.pos, value))

    def _word(self, tok: Token) -> None:
        word = tok.text
        nxt = self._peek(1)
        # log10 / log2 written without a space: the lexer split letters from digits.
        if word == "log" and nxt is not None and nxt.kind == "num" and nxt.text in ("10", "2") \
                and nxt.pos == tok.pos + 3:
            self.i += 2
            self._emit("func", tok, "log" + nxt.text)
            return
        if word in self.functions and word not in _FUNCTION_WORDS:
            # A function the spec declares (relu): a word here, so that a role spelling such as
            # "relu(z)_k" can match it; one that no spelling matches is refused by the parser.
            self._finish_atom(tok, AtomKey(_GREEK_VARIANTS.get(word, word)), advance=1)
        elif word in _FUNCTION_WORDS:
            self.i += 1
            self._emit("func", tok, _FUNCTION_WORDS[word])
        elif word in _BIGOP_WORDS:
            self.i += 1
            self._emit("bigop", tok, _BIGOP_WORDS[word])
        elif word in ("sigma", "gamma", "Gamma") and self._opens(self.i + 1):
            self.i += 1
            self._emit("func", tok, "sigmoid" if word == "sigma" else "gamma")
        elif word == "e" and not self._is_op(self.i + 1, "_"):
            self.i += 1
            self._emit("const", tok, "e")
        elif word == "pi":
            self.i += 1
            self._emit("const", tok, "pi")
        elif len(word) == 2 and word[1] in "ijkn" and word[0] != word[1] and self._opens(self.i + 1):
            # "pk(1 − pk)": a symbol with its index run on (a Word file's or a PDF's p_k) times a bracket
            self._finish_atom(tok, AtomKey(word), advance=1)
        elif len(word) > 1 and word not in _GREEK and self._opens(self.i + 1):
            # "ylog(z)" is y times log(z); any other unknown word before a bracket is a
            # function we do not know, and must not be guessed at.
            prefix = next((word[:-len(f)] for f in _SUFFIX_FUNCTIONS if word.endswith(f)), "")
            if not prefix:
                raise fail(f"unknown function {word!r}", word)
            self._finish_atom(Token("word", prefix, tok.pos), AtomKey(prefix), advance=1)
            self._emit("func", tok, _FUNCTION_WORDS[word[len(prefix):]])
        else:
            self._finish_atom(tok, AtomKey(_GREEK_VARIANTS.get(word, word)), advance=1)

    def _opens(self, k: int) -> bool:
        tok = self.toks[k] if k < len(self.toks) else None
        return tok is not None and (
            tok.kind == "open" or (tok.kind == "bar" and tok.value != "close"))

    def _is_op(self, k: int, op: str) -> bool:
        tok = self.toks[k] if k < len(self.toks) else None
        return tok is not None and tok.kind == "op" and tok.text == op

    def _text(self, tok: Token) -> None:
        word = tok.text.strip()
        key = word.replace(" ", "").lower()
        if key in _FUNCTION_WORDS:
            self.i += 1
            self._emit("func", tok, _FUNCTION_WORDS[key])
        elif key in _BIGOP_WORDS:
            self.i += 1
            self._emit("bigop", tok, _BIGOP_WORDS[key])
        elif word == "e":
            self.i += 1
            self._emit("const", tok, "e")
        else:
            self._finish_atom(tok, AtomKey(word), advance=1)

    def _command(self, tok: Token) -> None:
        name = tok.text
        if name in _FUNCTION_COMMANDS:
            self.i += 1
            self._emit("func", tok, _FUNCTION_COMMANDS[name])
        elif name in _BIGOP_COMMANDS:
            self.i += 1
            self._emit("bigop", tok, _BIGOP_COMMANDS[name])
        elif name in self.functions and self._opens(self.i + 1):  # declared by the spec: see _word
            self._finish_atom(tok, AtomKey(name), advance=1)
        elif name in ("sigma", "Gamma") and self._opens(self.i + 1):
            self.i += 1
            self._emit("func", tok, "sigmoid" if name == "sigma" else "gamma")
        elif name == "pi":
            self.i += 1
            self._emit("const", tok, "pi")
        elif name == "infty":
            self.i += 1
            self._emit("const", tok, "infty")
        elif name == "mathbb" and self._brace_text(self.i + 1) == "E":
            self.i = self.match[self.i + 1] + 1  # \mathbb{E}[...]: an expectation, a mean
            self._emit("bigop", tok, "mean")
        elif name in _GREEK or name in _GREEK_VARIANTS or name in _DECORATIONS \
                or name in _TYPOGRAPHY:
            key, end = self._atom_base(self.i, 0)
            self._finish_atom(tok, key, advance=end - self.i)
        else:
            self.i += 1
            self.out.append(tok)  # left for the parser, which names it as unsupported

    def _brace_text(self, k: int) -> str | None:
        """The single word inside ``{...}`` at index k, if that is what is there."""
        if k + 2 < len(self.toks) and self.toks[k].kind == "open" and self.toks[k].text == "{" \
                and self.match.get(k) == k + 2 and self.toks[k + 1].kind in ("word", "text"):
            return self.toks[k + 1].text.strip()
        return None

    def _atom_base(self, k: int, depth: int) -> tuple[AtomKey, int]:
        """Read a letter, a Greek command or a decorated letter starting at index k.

        Returns the key and the index after it.  ``\\hat{y_i}`` and ``\\hat{y}_i`` give the same
        key; typography such as ``\\mathbf`` is dropped so ``\\mathbf{x}_i`` matches ``x_i``.
        """
        if depth > self.limits.max_depth:
            raise fail("accents nested too deeply")
        if k >= len(self.toks):
            raise fail("an accent with nothing under it")
        tok = self.toks[k]
        if tok.kind == "word":
            return AtomKey(_GREEK_VARIANTS.get(tok.text, tok.text)), k + 1
        if tok.kind == "text":
            return AtomKey(tok.text.strip()), k + 1
        if tok.kind == "cmd" and (tok.text in _GREEK or tok.text in _GREEK_VARIANTS):
            return AtomKey(_GREEK_VARIANTS.get(tok.text, tok.text)), k + 1
        if tok.kind == "cmd" and (tok.text in _DECORATIONS or tok.text in _TYPOGRAPHY):
            arg = k + 1
            braced = arg < len(self.toks) and self.toks[arg].kind == "open" \
                and self.toks[arg].text == "{"
            if braced:
                if arg not in self.match:
                    raise fail(f"unclosed brace after \\{tok.text}")
                inner = _Grouper(self.toks[arg + 1:self.match[arg]], self.limits).run()
                if len(inner) != 1 or inner[0].kind != "atom":
                    raise fail(f"\\{tok.text} must be over one variable")
                key, end = inner[0].value, self.match[arg] + 1
            else:
                key, end = self._atom_base(arg, depth + 1)
            assert isinstance(key, AtomKey)
            if tok.text in _DECORATIONS:
                decorations = tuple(sorted(set(key.decorations) | {_DECORATIONS[tok.text]}))
                key = AtomKey(key.base, decorations, key.sub, key.transposed)
            return key, end
        raise fail(f"expected a variable, found {tok.text!r}")

    def _finish_atom(self, tok: Token, key: AtomKey, advance: int) -> None:
        """Consume the atom's base (``advance`` tokens), then its scripts: ``_i``, ``^T``.

        A power is left for the parser, but a subscript after it still belongs to the atom:
        ``y^2_i`` is read as ``y_i^2``.
        """
        self.i += advance
        power: list[Token] = []
        while True:
            nxt = self._peek()
            if nxt is None or nxt.kind != "op" or nxt.text not in "_^":
                break
            script, end = self._script(self.i + 1)
            if nxt.text == "_":
                sub = script if key.sub is None else f"{key.sub},{script}"
                key = AtomKey(key.base, key.decorations, sub, key.transposed)
            elif script in ("T", "top", "intercal") and not power:
                key = AtomKey(key.base, key.decorations, key.sub, True)
            elif not power and end > self.i + 1 and self._is_op(end, "_"):
                power = list(self.toks[self.i:end])
            else:
                break  # a power: the parser's business
            self.i = end
        self.out.append(Token("atom", tok.text, tok.pos, key))
        self.out.extend(power)

    def _script(self, k: int) -> tuple[str, int]:
        """The canonical text of a sub/superscript at index k and the index after it."""
        if k >= len(self.toks):
            raise fail("a subscript or superscript with nothing after it")
        tok = self.toks[k]
        if tok.kind == "open" and tok.text == "{":
            if k not in self.match:
                raise fail("unclosed brace in a subscript")
            inner = self.toks[k + 1:self.match[k]]
            return "".join(_GREEK_VARIANTS.get(t.text, t.text).strip() for t in inner), \
                self.match[k] + 1
        if tok.kind in ("word", "num", "text", "cmd"):
            return _GREEK_VARIANTS.get(tok.text, tok.text).strip(), k + 1
        return "", k  # "^(" or "^-": not a name; leave it for the parser


def group_atoms(tokens: Sequence[Token], limits: Limits = Limits(),
                functions: frozenset[str] = frozenset()) -> list[Token]:
    """Raw tokens -> atoms, functions, big operators and constants (see :class:`Token`).

    ``functions`` are names a spec declares as functions (``relu``): read as words, not refused.
    """
    return _Grouper(tokens, limits, functions).run()


# --------------------------------------------------------------------------------------------
# Role aliases: spellings of a role, matched on the grouped token stream
# --------------------------------------------------------------------------------------------

RoleKey = tuple[str, bool]  # (role name, whether the spelling is a linear predictor)


def _canonical(tok: Token) -> tuple[str, object]:
    return ("atom", tok.value) if tok.kind == "atom" else (tok.kind, tok.value or tok.text)


def canonical_spelling(spelling: str, limits: Limits = Limits(),
                       functions: frozenset[str] = frozenset()) -> tuple[tuple[str, object], ...]:
    """The form in which a role's spelling is matched: grouped tokens without explicit ``*``."""
    tokens = group_atoms(tokenize(fold_unicode(spelling), limits), limits, functions)
    return tuple(_canonical(t) for t in tokens if not (t.kind == "op" and t.text == "*"))


@dataclass(frozen=True)
class AliasTable:
    """All spellings of all roles, indexed by their first atom's base letter."""

    entries: Mapping[tuple, frozenset[RoleKey]] = field(default_factory=dict)
    by_base: Mapping[str, tuple[tuple, ...]] = field(default_factory=dict)
    functions: frozenset[str] = frozenset()
    """Function names the spec declares (``relu``), which its spellings and formulas may use."""
    totals: Mapping[str, float] = field(default_factory=dict)
    """Role -> what its values sum to over their index (a one-hot target: 1), when the spec says."""

    def __post_init__(self) -> None:
        index: dict[str, list[tuple]] = {}
        for canon in self.entries:
            index.setdefault(_index_key(*canon[0]), []).append(canon)
        object.__setattr__(self, "by_base", {b: tuple(c) for b, c in index.items()})

    @classmethod
    def build(cls, spellings: Iterable[tuple[RoleKey, str]],
              limits: Limits = Limits(), functions: frozenset[str] = frozenset(),
              totals: Mapping[str, float] | None = None) -> AliasTable:
        """Canonicalise every spelling; a spelling listed for two roles keeps both (ambiguous)."""
        entries: dict[tuple, set[RoleKey]] = {}
        for key, spelling in spellings:
            canon = canonical_spelling(spelling, limits, functions)
            if not canon:
                raise ValueError(f"empty spelling for role {key[0]!r}")
            entries.setdefault(canon, set()).add(key)
        return cls({canon: frozenset(keys) for canon, keys in entries.items()}, functions=functions,
                   totals=dict(totals or {}))

    def apply(self, tokens: list[Token], problems: list[str]) -> list[Token]:
        """Replace each role spelling by a ``role`` token (longest match; exact beats index)."""
        out: list[Token] = []
        i = 0
        while i < len(tokens):
            if tokens[i].kind == "bigop" and i + 1 < len(tokens) and tokens[i + 1].kind == "open":
                # "mean(y log ŷ − ŷ)": a mean over what the bracket holds, though "mean" may also spell
                # a role (a count's rate is its mean)
                out.append(tokens[i])
                i += 1
                continue
            best_end, best_exact, best_roles = -1, False, frozenset()
            if True:  # spellings are indexed by their first token: an atom by its base letter, else itself
                for canon in self.by_base.get(_index_key(*_canonical(tokens[i])), ()):
                    roles = self.entries[canon]
                    hit = _match_spelling(canon, tokens, i)
                    if hit is None:
                        continue
                    end, exact = hit
                    if (end, exact) > (best_end, best_exact):
                        best_end, best_exact, best_roles = end, exact, roles
                    elif (end, exact) == (best_end, best_exact):
                        best_roles = best_roles | roles
            if best_end < 0:
                out.append(tokens[i])
                i += 1
                continue
            text = " ".join(t.text for t in tokens[i:best_end])
            if len(best_roles) > 1:
                names = " and ".join(sorted({r for r, _ in best_roles}))
                problems.append(f"ambiguous: {text!r} is a spelling of both {names}; "
                                "read as a plain symbol")
                out.extend(tokens[i:best_end])
            else:
                (role_key,) = best_roles
                out.append(Token("role", text, tokens[i].pos, role_key, _index_of(tokens[i])))
            i = best_end
        return out


def _index_of(tok: Token) -> str | None:
    """The index an atom is written with (``j`` of ``y_j``, ``k`` of ``\\hat{y}_k``): one letter."""
    if tok.kind != "atom":
        return None
    sub = tok.value.sub  # type: ignore[attr-defined]
    return sub if sub is not None and len(sub) == 1 and sub.isalpha() else None


def _index_key(kind: str, value: object) -> str:
    """Where a spelling that starts with this token is indexed: an atom by its base letter (so
    ``y_i`` finds ``y``), anything else (``\\frac``, a declared function) by itself."""
    if kind == "atom":
        return value.base  # type: ignore[attr-defined]
    return f"\x00{kind}:{value}"


def _match_spelling(canon: tuple, tokens: Sequence[Token], i: int) -> tuple[int, bool] | None:
    """Whether a canonical spelling matches at index i: (index after the match, exact)."""
    j, exact = i, True
    for k, (kind, value) in enumerate(canon):
        if k > 0:
            while j < len(tokens) and tokens[j].kind == "op" and tokens[j].text == "*":
                j += 1  # "\theta^T \cdot x_i" is still the linear predictor
        if j >= len(tokens):
            return None
        tok = tokens[j]
        if kind == "atom":
            if tok.kind != "atom":
                return None
            if tok.value != value:
                # "y_i" matches the spelling "y": an index names the same role per sample.
                if not (value.sub is None and is_index(tok.value.sub)
                        and tok.value.without_sub() == value):
                    return None
                exact = False
        elif _canonical(tok) != (kind, value):
            return None
        j += 1
    return j, exact


# --------------------------------------------------------------------------------------------
# Stage 4: the parser, building sympy objects
# --------------------------------------------------------------------------------------------


@dataclass
class SideResult:
    """One parsed equation side: the expression and what was found in it."""

    expr: sympy.Expr
    roles: set[str]
    linear: set[str]
    problems: list[str]


def role_symbol(role: str) -> sympy.Symbol:
    """The symbol that stands for a role in every parsed formula."""
    return sympy.Symbol(role, real=True)


def eta_symbol(role: str) -> sympy.Symbol:
    """The symbol for a linear predictor of a role (``eta_rate`` for ``\\theta^T x_i``)."""
    return sympy.Symbol(f"eta_{role}", real=True)


_LOOSE_SUM = "a \\sum with a factor or sign in front and no brackets"


class _Parser:
    """Precedence climbing over grouped tokens.

    ::

        expr    := term (("+" | "-") term)*
        term    := ("+" | "-")? product
        product := unary (("*" | "/")? unary)*         -- no operator: implicit product
        unary   := "-" unary | power
        power   := postfix ("^" exponent)?
        postfix := primary "!"*
        primary := number | atom | role | const | (group) | |abs| | function | bigop

    A big operator (``\\sum``) takes the rest of its product as its summand and stands for that
    summand: the per-sample term is what is graded.
    """

    def __init__(self, tokens: list[Token], source: str, limits: Limits, reserved: set[str],
                 totals: Mapping[str, float] | None = None):
        self.toks = tokens
        self.source = source
        self.limits = limits
        self.reserved = reserved  # role names: a student's plain symbol must not collide
        self.i = 0
        self.nodes = 0
        self.nesting = 0
        self.abs_depth = 0
        self.roles: set[str] = set()
        self.linear: set[str] = set()
        self.problems: list[str] = []
        self.group_span = (-1, -1)  # token span of the last bracket group parsed
        self.term_start = 0
        self.term_negative = False
        self.scaled_loose_sum = False
        self.totals = totals or {}
        self.sum_depth = 0  # how many sums the token being read is inside
        self.role_uses: list[tuple[str, str | None, int]] = []  # (role, its index, sum depth)
        self.sums: list[tuple[sympy.Symbol, str, str, sympy.Expr]] = []  # see bigop
        self.loose_sums: list[sympy.Symbol | None] = []  # sums with a factor in front (their placeholder)

    # -- helpers --------------------------------------------------------------------------

    def peek(self) -> Token | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def at_op(self, *ops: str) -> bool:
        tok = self.peek()
        return tok is not None and tok.kind == "op" and tok.text in ops

    def advance(self) -> Token:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def error(self, what: str, tok: Token | None = None) -> FormulaParseError:
        tok = tok if tok is not None else self.peek()
        if tok is None:
            return fail(f"{what} (the formula ends too early)", self.source[-60:])
        return fail(what, self.source[max(0, tok.pos - 25):tok.pos + 30])

    def tick(self, n: int = 1) -> None:
        self.nodes += n
        if self.nodes > self.limits.max_nodes:
            raise fail(f"formula too large (more than {self.limits.max_nodes} operations)")

    def enter(self) -> None:
        self.nesting += 1
        if self.nesting > 2 * self.limits.max_depth:
            raise fail("formula nested too deeply")

    def leave(self) -> None:
        self.nesting -= 1

    def starts_factor(self, tok: Token | None) -> bool:
        """Whether tok can begin the next factor of an implicit product (``2z``, ``y\\log z``)."""
        if tok is None:
            return False
        if tok.kind in ("num", "atom", "role", "const", "func", "bigop", "open"):
            return True
        # Inside |…| a bare bar closes; outside it opens: "2|z - y|" is 2·|z - y|.
        return tok.kind == "bar" and (
            tok.value == "open" or (tok.value == "" and self.abs_depth == 0))

    # -- grammar --------------------------------------------------------------------------

    def parse(self) -> sympy.Expr:
        if not self.toks:
            raise fail("empty formula")
        expr = self.expr()
        if self.i < len(self.toks):
            tok = self.peek()
            if tok.kind == "cmd":
                raise self.error(f"unsupported command '\\{tok.text}'")
            raise self.error(f"unexpected {tok.text!r}")
        return expr

    def expr(self) -> sympy.Expr:
        self.enter()
        terms, loose = [], []
        while True:
            starts_with_sum = self._term_starts_with_sum()
            term, scaled_loose = self.term()
            terms.append(term)
            loose.append((scaled_loose, starts_with_sum))
            if not self.at_op("+", "-"):
                break
        # "-\sum y\log z + z": the sum covers only its own term, as written; say so when a
        # factor or sign in front makes that reading matter and the next term has no sum.
        for (scaled, _), (_, next_has_sum) in zip(loose, loose[1:]):
            if scaled and not next_has_sum:
                self.problems.append(_LOOSE_SUM + " covers only its own term (read as written)")
                break
        self.tick(len(terms))
        self.leave()
        return sympy.Add(*terms)

    def _term_starts_with_sum(self) -> bool:
        k = self.i
        while k < len(self.toks) and self.toks[k].kind == "op" and self.toks[k].text in "+-":
            k += 1
        return k < len(self.toks) and self.toks[k].kind == "bigop"

    def term(self) -> tuple[sympy.Expr, bool]:
        saved = (self.term_start, self.term_negative, self.scaled_loose_sum)
        negative = False
        if self.at_op("+", "-"):
            negative = self.advance().text == "-"
            if self.at_op("+", "-"):
                raise self.error("two signs in a row")
        self.term_start, self.term_negative, self.scaled_loose_sum = self.i, negative, False
        value = self.product()
        scaled_loose = self.scaled_loose_sum
        self.term_start, self.term_negative, self.scaled_loose_sum = saved
        return (-value if negative else value), scaled_loose

    def product(self) -> sympy.Expr:
        factors = [self.unary()]
        while True:
            tok = self.peek()
            if tok is not None and tok.kind == "op" and tok.text in "*/":
                self.advance()
                factor = self.unary()
                if tok.text == "/":
                    factor = self.power_of(factor, sympy.Integer(-1))
                factors.append(factor)
            elif self.starts_factor(tok):
                if tok.kind == "num" and self.toks[self.i - 1].kind == "num":
                    raise self.error("two numbers in a row")
                factors.append(self.power())
            else:
                break
        self.tick(len(factors))
        return sympy.Mul(*factors)

    def unary(self) -> sympy.Expr:
        if self.at_op("-", "+"):
            self.enter()
            negative = self.advance().text == "-"
            value = self.unary()
            self.leave()
            self.tick()
            return -value if negative else value
        return self.power()

    def power(self) -> sympy.Expr:
        base = self.postfix()
        if self.at_op("^"):
            self.advance()
            self.enter()
            exponent = self.exponent()
            self.leave()
            return self.power_of(base, exponent)
        if self.at_op("_"):
            raise self.error("unexpected subscript")
        return base

    def exponent(self) -> sympy.Expr:
        if self.at_op("-", "+"):
            negative = self.advance().text == "-"
            value = self.exponent()
            return -value if negative else value
        if self.peek() is None:
            raise self.error("a power with no exponent")
        return self.power()  # right-associative: a^b^c = a^(b^c)

    def postfix(self) -> sympy.Expr:
        value = self.primary()
        while self.at_op("!"):
            self.advance()
            value = self.factorial(value)
        return value

    def primary(self) -> sympy.Expr:
        tok = self.peek()
        if tok is None:
            raise self.error("expected a term")
        self.enter()
        try:
            self.tick()
            if tok.kind == "num":
                self.advance()
                return self.number(tok.text)
            if tok.kind == "atom":
                self.advance()
                return self.plain_symbol(tok.value)
            if tok.kind == "role":
                self.advance()
                role, linear = tok.value
                (self.linear if linear else self.roles).add(role)
                if not linear:
                    self.role_uses.append((role, tok.index, self.sum_depth))
                return eta_symbol(role) if linear else role_symbol(role)
            if tok.kind == "const":
                self.advance()
                if tok.value == "infty":
                    raise self.error("infinity in a formula", tok)
                return sympy.E if tok.value == "e" else sympy.pi
            if tok.kind == "open":
                return self.group()
            if tok.kind == "bar" and tok.value != "close":
                return self.absolute()
            if tok.kind == "func":
                self.advance()
                return self.function(tok)
            if tok.kind == "bigop":
                self.advance()
                return self.bigop(tok)
            if tok.kind == "cmd":
                raise self.error(f"unsupported command '\\{tok.text}'", tok)
            raise self.error(f"unexpected {tok.text!r}", tok)
        finally:
            self.leave()

    def group(self) -> sympy.Expr:
        start = self.i
        opener = self.advance()
        if self.peek() is not None and self.peek().kind == "close":
            raise self.error("empty brackets")
        saved, self.abs_depth = self.abs_depth, 0
        inner = self.expr()
        self.abs_depth = saved
        closer = self.peek()
        if closer is None or closer.kind != "close" or closer.text != _CLOSERS[opener.text]:
            found = "the end" if closer is None else repr(closer.text)
            raise self.error(f"expected {_CLOSERS[opener.text]!r} to close {opener.text!r}, "
                             f"found {found}", closer)
        self.advance()
        self.group_span = (start, self.i)
        return inner

    def absolute(self) -> sympy.Expr:
        opener = self.advance()
        self.abs_depth += 1
        inner = self.expr()
        self.abs_depth -= 1
        closer = self.peek()
        if closer is None or closer.kind != "bar" or closer.value == "open" \
                or closer.text != opener.text:
            raise self.error(f"unclosed {opener.text!r}", closer)
        self.advance()
        return sympy.Abs(inner, evaluate=False)  # evaluating asks costly sign questions

    def function(self, tok: Token) -> sympy.Expr:
        name = tok.value
        if name == "frac":
            numerator = self.frac_argument()
            denominator = self.frac_argument()
            return numerator * self.power_of(denominator, sympy.Integer(-1))
        if name == "binom":  # \binom{n}{k} = Γ(n+1) / (Γ(k+1) Γ(n-k+1)), which log reads as loggamma
            n, k = self.frac_argument(), self.frac_argument()
            return sympy.gamma(n + 1) / (sympy.gamma(k + 1) * sympy.gamma(n - k + 1))
        if name == "sqrt":
            index = self.root_index()
            arg = self.group() if self.peek() is not None and self.peek().kind == "open" \
                else self.postfix()
            return self.power_of(arg, sympy.Rational(1, index))
        base, power = None, None
        for _ in range(2):  # \log_{10}^2 z or \log^2_{10} z
            if self.at_op("_") and name == "log" and base is None:
                self.advance()
                base = self.log_base()
            elif self.at_op("^") and power is None:
                self.advance()
                power = self.function_power(tok)
        if name in ("log10", "log2"):
            base, name = sympy.Integer(int(name[3:])), "log"
        arg = self.function_argument(tok)
        value = self.apply(name, arg, base)
        return self.power_of(value, sympy.Integer(power)) if power else value

    def function_argument(self, tok: Token) -> sympy.Expr:
        """``\\log(z)``, ``\\log|z|`` or a loose argument: ``\\log 2z``, ``\\log y_i!``."""
        nxt = self.peek()
        if nxt is not None and nxt.kind == "open":
            return self.group()
        if nxt is not None and nxt.kind == "bar" and nxt.value != "close":
            return self.absolute()
        if not self.starts_factor(nxt) and not self.at_op("-"):
            raise self.error(f"{tok.text!r} needs an argument", nxt)
        factors = [self.unary()]
        # Without brackets the argument runs over a product of plain factors: "\log 2z" is
        # log(2z), but "\log z \log y" is two logs and "\log z (1-y)" stops at the bracket.
        while self.peek() is not None and self.peek().kind in ("num", "atom", "role", "const"):
            factors.append(self.power())
        self.tick(len(factors))
        return sympy.Mul(*factors)

    def frac_argument(self) -> sympy.Expr:
        tok = self.peek()
        if tok is None:
            raise self.error("\\frac needs two arguments")
        if tok.kind == "open":
            return self.group()
        if tok.kind == "num" and len(tok.text) > 1 and tok.text.isdigit():
            # \frac12 is 1/2: a bare argument is one character.
            self.toks[self.i] = Token("num", tok.text[1:], tok.pos + 1)
            return self.number(tok.text[0])
        if tok.kind in ("num", "atom", "role", "const"):
            return self.primary()
        raise self.error("\\frac needs two {…} arguments", tok)

    def root_index(self) -> int:
        tok = self.peek()
        if tok is None or tok.kind != "open" or tok.text != "[":
            return 2
        self.advance()
        index = self.peek()
        if index is None or index.kind != "num" or not index.text.isdigit() \
                or not 2 <= int(index.text) <= 10:
            raise self.error("a root index must be a whole number from 2 to 10", index)
        self.advance()
        closer = self.peek()
        if closer is None or closer.text != "]":
            raise self.error("expected ']' after the root index", closer)
        self.advance()
        return int(index.text)

    def log_base(self) -> sympy.Expr:
        tok = self.peek()
        inner = None
        if tok is not None and tok.kind == "open" and tok.text == "{":
            self.advance()
            inner = self.peek()
            self.advance() if inner is not None else None
            closer = self.peek()
            if closer is None or closer.kind != "close":
                raise self.error("a logarithm base must be 2, 10 or e", closer)
            self.advance()
        elif tok is not None:
            inner = self.advance()
        if inner is not None and inner.kind == "num" and inner.text in ("2", "10"):
            return sympy.Integer(int(inner.text))
        if inner is not None and inner.kind == "const" and inner.value == "e":
            return sympy.E
        raise self.error("a logarithm base must be 2, 10 or e", inner)

    def function_power(self, tok: Token) -> int:
        """The 2 in ``\\log^2 z``: a small positive integer, nothing else (no inverses)."""
        nxt = self.peek()
        braced = nxt is not None and nxt.kind == "open" and nxt.text == "{"
        if braced:
            self.advance()
        num = self.peek()
        if num is None or num.kind != "num" or not num.text.isdigit() \
                or not 1 <= int(num.text) <= 10:
            raise self.error(f"only a small whole power of {tok.text!r} is supported", num)
        self.advance()
        if braced:
            closer = self.peek()
            if closer is None or closer.kind != "close":
                raise self.error("expected '}'", closer)
            self.advance()
        return int(num.text)

    def bigop(self, tok: Token) -> sympy.Expr:
        """``\\sum_{i=1}^{N} f_i`` -> ``f_i``; ``\\prod`` likewise, with a note."""
        at = self.i - 1
        index = None
        for _ in range(2):  # limits in either order; only the index below matters
            if self.at_op("_", "^"):
                below = self.advance().text == "_"
                limit = self.i
                self.skip_limit()
                if below:
                    index = self._limit_index(limit)
        if not self.starts_factor(self.peek()) and not self.at_op("-"):
            raise self.error(f"{tok.text!r} with nothing to sum")
        start, uses = self.i, len(self.role_uses)
        self.sum_depth += 1
        try:
            body = self.product()
        finally:
            self.sum_depth -= 1
        loose = False
        if self.group_span != (start, self.i):  # the summand is not one bracket group
            loose = at != self.term_start or self.term_negative
            self.scaled_loose_sum = self.scaled_loose_sum or loose
        if tok.value == "prod":
            self.problems.append("a product (\\prod) is a likelihood, not a loss; its factor "
                                 "was read as the per-sample term")
        inside = self.role_uses[uses:]
        if tok.value == "sum" and index is not None and len(inside) == 1 and inside[0][1] == index \
                and body == role_symbol(inside[0][0]):
            # "p_k Σ_j y_j": a role summed alone over its index. Whether that is the per-sample term
            # (every index of the formula is summed) or a total over another index than the
            # formula's own is known only once the whole side is read: see resolve_sums.
            placeholder = sympy.Dummy(f"sum{len(self.sums)}")
            self.sums.append((placeholder, inside[0][0], index, body))
            if loose:
                self.loose_sums.append(placeholder)
            return placeholder
        if loose:
            self.loose_sums.append(None)
        return body

    def _limit_index(self, k: int) -> str | None:
        """The index a sum runs over, from its lower limit at index k: ``j`` of ``_j``, ``_{j=1}``."""
        tok = self.toks[k] if k < len(self.toks) else None
        if tok is not None and tok.kind == "open" and k + 1 < len(self.toks):
            tok = self.toks[k + 1]
        if tok is None or tok.kind != "atom" or tok.value.sub is not None or tok.value.decorations:
            return None
        base = tok.value.base
        return base if len(base) == 1 and base.isalpha() else None

    def resolve_sums(self, expr: sympy.Expr) -> sympy.Expr:
        """Each role summed alone over its index (see bigop): the role itself, the per-sample term
        as a loss's sums are read, unless the formula's terms outside every sum carry another index
        ("−y_k + p_k Σ_j y_j"): then the sum is a total over j, the spec's ``totals`` for that
        role, or, when it gives none, the term with a note that a person must check it."""
        if not self.sums:
            return expr
        free = {index for _, index, depth in self.role_uses if depth == 0 and index is not None}
        values: dict[sympy.Symbol, sympy.Expr] = {}
        totalled: set[sympy.Symbol | None] = set()
        for placeholder, role, index, body in self.sums:
            if free and index not in free:
                if role in self.totals:
                    values[placeholder] = sympy.nsimplify(self.totals[role])
                    totalled.add(placeholder)
                    continue
                self.problems.append(f"a sum over {index} of the {role} beside terms in "
                                     f"{', '.join(sorted(free))} was read as its term: a total over "
                                     "another index is not the per-sample term; check it by hand")
            values[placeholder] = body
        if self.loose_sums and totalled.issuperset(self.loose_sums):
            # "p_k Σ_j y_j − y_k": the factor in front scales a total, not a sum read term by term
            self.problems[:] = [p for p in self.problems if not p.startswith(_LOOSE_SUM)]
        return expr.xreplace(values)

    def skip_limit(self) -> None:
        tok = self.peek()
        if tok is None:
            raise self.error("a sum limit with nothing after it")
        if tok.kind == "open":
            depth = 0
            while self.i < len(self.toks):
                t = self.advance()
                depth += {"open": 1, "close": -1}.get(t.kind, 0)
                if depth == 0:
                    return
            raise self.error("unclosed sum limit")
        self.advance()

    # -- building sympy objects -----------------------------------------------------------

    def number(self, text: str) -> sympy.Expr:
        whole, _, frac = text.partition(".")
        if frac:
            return sympy.Rational(int(whole or "0") * 10 ** len(frac) + int(frac), 10 ** len(frac))
        return sympy.Integer(int(whole))

    def plain_symbol(self, key: AtomKey) -> sympy.Symbol:
        """Any name that is not a role: a positive constant such as a weight or N."""
        nxt = self.peek()
        # "NLL(z, y)" or "relu(z)" is a call of a function we do not know; "weights_i (…)"
        # with its index is a product.
        if nxt is not None and nxt.kind == "open" and nxt.text == "(" and len(key.base) > 1 \
                and key.base not in _GREEK and not key.decorations and key.sub is None:
            raise self.error(f"unknown function {key.base!r}", nxt)
        name = key.symbol_name()
        if name in self.reserved:
            name += "'"
        return sympy.Symbol(name, positive=True)

    def finite(self, *values: sympy.Expr) -> None:
        """Reject log(0), 1/0 and the like where they arise, before any comparison with them."""
        for value in values:
            if value.is_Number and value.is_finite is not True:
                raise fail("the formula divides by zero or is not a real number", self.source)

    def power_of(self, base: sympy.Expr, exponent: sympy.Expr) -> sympy.Expr:
        limits = self.limits
        self.finite(base, exponent)
        if exponent.is_Number and abs(exponent) > limits.max_exponent:
            raise fail(f"exponent {exponent} is too large (the limit is {limits.max_exponent})",
                       self.source)
        if base.is_Rational and exponent.is_Number and base != 0:
            digits = abs(float(exponent)) * abs(_log10(abs(base.p)) - _log10(base.q))
            if digits > limits.max_digits:
                raise fail("number too large", self.source)
        self.tick()
        return sympy.Pow(base, exponent)

    def factorial(self, arg: sympy.Expr) -> sympy.Expr:
        self._check_numeric_argument(arg, 1)
        self.tick()
        return sympy.factorial(arg)

    def _check_numeric_argument(self, arg: sympy.Expr, shift: int) -> None:
        self.finite(arg)
        if arg.is_Number and abs(arg) + shift > self.limits.max_factorial:
            raise fail("number too large for a factorial or Gamma", self.source)

    def apply(self, name: str, arg: sympy.Expr, base: sympy.Expr | None) -> sympy.Expr:
        self.tick()
        if name == "log":
            # log Γ(n+1) and log n! are one function, loggamma, which stays finite for large y.
            if isinstance(arg, sympy.gamma):
                value = sympy.loggamma(arg.args[0])
            elif isinstance(arg, sympy.factorial):
                value = sympy.loggamma(arg.args[0] + 1)
            else:
                value = sympy.log(arg)
            return value / sympy.log(base) if base is not None and base != sympy.E else value
        if name == "exp":
            return sympy.exp(arg)
        if name == "sigmoid":
            return 1 / (1 + sympy.exp(-arg))
        if name == "gamma":
            self._check_numeric_argument(arg, 0)
            return sympy.gamma(arg)
        if name == "loggamma":
            return sympy.loggamma(arg)
        if name == "factorial":
            return self.factorial(arg)
        if name == "abs":
            return sympy.Abs(arg, evaluate=False)
        raise self.error(f"unsupported function {name!r}")


def _log10(n: int) -> float:
    """log10 of a positive integer of any size (float() would overflow past 1e308)."""
    bits = n.bit_length()
    if bits < 1000:
        return math.log10(n) if n > 0 else 0.0
    return bits * math.log10(2)


_BAD_VALUES = (sympy.zoo, sympy.nan, sympy.oo, -sympy.oo, sympy.I)


def parse_side(tokens: list[Token], aliases: AliasTable, source: str, limits: Limits,
               reserved: set[str]) -> SideResult:
    """Group, match role spellings and parse one side of an equation."""
    problems: list[str] = []
    grouped = drop_label(aliases.apply(group_atoms(tokens, limits, aliases.functions), problems))
    parser = _Parser(grouped, source, limits, reserved, aliases.totals)
    try:
        expr = parser.resolve_sums(parser.parse())
    except RecursionError:  # a safety net; the nesting limit should trigger first
        raise fail("formula nested too deeply") from None
    if any(expr.has(bad) for bad in _BAD_VALUES):
        raise fail("the formula divides by zero or is not a real number", source)
    return SideResult(expr, parser.roles, parser.linear, problems + parser.problems)
