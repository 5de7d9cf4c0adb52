"""Text normalisation for matching labels and keywords across LaTeX, Unicode and plain text.

``compact("\\frac{\\partial E}{\\partial w_{11}}") == compact("dE/dw11") == "de/dw11"``: the
same words and symbols, however typeset, compare equal.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon


_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉⁰¹²³⁴⁵⁶⁷⁸⁹ᵢⱼₙ", "0123456789" "0123456789" "ijn")
# ``str.translate`` looks every character of a text outside ASCII up in its table (a tenth of a
# microsecond each): texts with none of the table's characters, most, are not translated.
_SUBSCRIPT_CHARS = re.compile("[" + "".join(map(chr, _SUBSCRIPTS)) + "]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_WRAPPERS = re.compile(r"\\(text|mathrm|mathbf|mathit|operatorname|textbf|textit|emph|boldsymbol|bm|mathsf|mathcal)\s*")
_DROP_CMDS = re.compile(r"\\(left|right|big|Big|bigg|Bigg|displaystyle|textstyle|quad|qquad|,|;|!|:|\[|\]|\(|\))(?![a-zA-Z])")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SCRIPT_BRACES = re.compile(r"([_^])\{([^{}]*)\}")
#: What ``words`` drops.
_WORDS_DROPPED = re.compile(r"[_{}$&~*`\\]+")
#: Characters ``compact`` drops besides white space (``_without_spaces``).
_DROPPED = "_{}$&~*`"
# (The brace first, then the look-behind at the character before it: the engine jumps from brace to brace, where a
# leading look-behind was tried at every position of the text.)
_LONE_BRACES = re.compile(r"\{(?<=[{_^]\{)([^{}]*)\}")  # "{{sep}}", "_{{sep}}": braces a wrapper left
# The hyphen first, then the letter before it: the engine jumps from hyphen to hyphen.
# A hyphen inside a wrapper's braces, "p\\text{-value}", joins the words as well.
_HYPHEN = re.compile(r"-(?:(?<=[a-zA-Z]-)|(?<=[a-zA-Z]\{-))(?=[a-zA-Z])")
_GREEK = {"\\sigma": "σ", "\\lambda": "λ", "\\mu": "μ", "\\theta": "θ", "\\partial": "d", "∂": "d",
          "\\times": "x", "\\cdot": "·", "\\approx": "≈"}
# "\\hat{p}", "\\hat p" are "p̂", as Unicode writes it: the hat tells the estimate from the
# parameter (a label "\\hat p" is no label "p", found in every "P(…)").
_OTHER_HAT = re.compile(r"\\(?:wide)?hat(?![A-Za-z])")
_HAT = re.compile(r"\\(?:wide)?hat\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z])(?![A-Za-z]))")
_GREEK_RE = re.compile("|".join(re.escape(k) for k in sorted(_GREEK, key=len, reverse=True)))
#: The formula reader's ``CARET_HAT`` (a letter read as hatted there is hatted here) led by its caret, the letter
#: before it and what may not stand before that looked behind: the same matches but the letter, which the hat alone
#: replaces the caret after. The engine jumps from caret to caret, where the pattern's leading look-behind was tried
#: at every position of a block (a test holds them to each other).
_CARET_AFTER_LETTER = re.compile(r"\^(?<=(?<![A-Za-z\\])[A-Za-z]\^)(?=\s*(?:=|≈|:=))")




# A number grouped in thousands that a line break cut after a comma ("Total = 1,228,⏎800 mults",
# "= 53{,}⏎952"), as a PDF's or an editor's wrapping leaves it; not a list's "1, 2,⏎100" nor a
# continuation line that opens with a space (a program's print).
_WRAPPED_NUMBER = re.compile(r"(?<![\d.,])(?<!\d,\s)(?<!\d,)(\d{1,3}(?:(?:,|\{,\})\d{3})*(?:,|\{,\}))\n(\d{3})(?![\d.])")
# ... and one that math OCR spaced after a later group's comma ("= 1,228, 800"): its first group closed,
# it cannot be a list of two numbers as a lone "4, 800" may be.
_SPACED_GROUP = re.compile(r"(?<![\d.,])(\d{1,3}(?:(?:,|\{,\})\d{3})+(?:,|\{,\})) (\d{3})(?![\d.,])")
# ... or the whole right side of an equation to its line's end ("Total & =53, 952 \\"): one value
# there, a pair of values would be bracketed.
_SPACED_RESULT = re.compile(r"(=\s*[1-9]\d{0,2}(?:,|\{,\})) (\d{3})(?=[ \t]*(?:\\\\|\$|&|\n|$))")
# ... or grouped by spaces on an equation's right side and cut at a space ("i.e. 64 256 75 = 1 228⏎800
# multiplications", text pasted from a PDF): after the relation, where a list of numbers does not stand.
_WRAPPED_SPACED = re.compile(r"(=[ \t]*[1-9]\d{0,2}(?:[ \u2009\u202f]\d{3})+)\n(\d{3})(?![\d.,])")
# ... and an interval or a pair cut after its comma ("is (0.255,⏎0.385) or (0.259, 0.387)"): whole on its first line,
# with the rest of the second (what the student says of it), which is left blank.
# (not a continuation line that opens with a space, as a program's print of an array goes on)
_WRAPPED_PAIR = re.compile(r"([(\[][ \t]*[-−]?\d*\.?\d+[ \t]*,)[ \t]*\n([-−]?\d*\.?\d+[ \t]*[)\]][^\n]*)")
#: What every match of ``_SPACED_GROUP`` and ``_SPACED_RESULT`` holds: a group's comma, a space, three digits. Found
#: from comma to comma, where ``_SPACED_GROUP``'s leading look-behind was tried at every position of every block
#: with a comma and a space (most blocks of prose).
_SPACE_AFTER_GROUP = re.compile(r"(?:,|\{,\}) \d{3}")


# A question's number in capital Roman numerals opening a line (or a table's first cell) before a part's marker:
# "| II (ii) | 53,925 |", "III.(a) …", as a student who numbers the questions I, II, III writes them.
_ROMAN_NUMBERS = {r: str(i) for i, r in enumerate(lexicon.ROMAN_NUMERALS, start=1)}
_ROMAN_QUESTION = re.compile(r"^([ \t>*#|]*)(" + "|".join(sorted(_ROMAN_NUMBERS, key=len, reverse=True))
                             + r")(?:[.)]|[ \t]*)(?=[ \t]*\((?:[a-h]|i{1,3}|iv|vi{0,3})\))", re.MULTILINE)


def arabic_question_numbers(text: str) -> str:
    """``text`` with each capital Roman question number that opens a line before a part's marker written in digits
    ("| 2 (ii) | 53,925 |"): the numbering every reader of a question's number knows."""
    if "(" not in text or not any(c in text for c in "IVX"):
        return text
    return _ROMAN_QUESTION.sub(lambda m: f"{m.group(1)}{_ROMAN_NUMBERS[m.group(2)]}", text)


# A dictionary as Python prints it, keyed by strings: "{'Q1a': 0.4213, 'Q1b': 0.0876, …}", a notebook's table of
# answers.
# (printed: the brace opens its line, after a console's "Out[7]:" at most; "answers = {'Q1a': round(p, 4), …}" is
# the program that makes it)
_DICT_OPEN = re.compile(r"^(?:[ \t]*Out\[\d*\]:)?[ \t]*\{[ \t\n]*['\"]", re.MULTILINE)
_CLOSING = {"(": ")", "[": "]", "{": "}"}
_DICTS_TRIED = 20


def _dict_entries(text: str, start: int) -> tuple[list[tuple[str, str]], int] | None:
    """The (key, value) entries of the dictionary printed at ``start`` (its "{"), and where it ends; None where it
    is no such dictionary. A line break inside a key or a value is a page's wrapping ("'Q\u23ce3c'"): dropped."""
    entries, i, n = [], start + 1, min(len(text), start + 6000)
    while i < n and len(entries) < 60:
        while i < n and text[i] in " \t\n":
            i += 1
        if i >= n or text[i] not in "'\"":
            return None
        close = text.find(text[i], i + 1)
        if close < 0 or close - i > 80:
            return None
        key, i = text[i + 1:close].replace("\n", ""), close + 1
        while i < n and text[i] in " \t\n":
            i += 1
        if i >= n or text[i] != ":":
            return None
        i += 1
        depth, quote, value_start = [], None, i
        while i < n:
            ch = text[i]
            if quote:
                quote = None if ch == quote else quote
            elif ch in "'\"":
                quote = ch
            elif ch in _CLOSING:
                depth.append(_CLOSING[ch])
            elif depth and ch == depth[-1]:
                depth.pop()
            elif not depth and ch in ",}":
                break
            i += 1
        if i >= n:
            return None
        value = text[value_start:i].replace("\n", "").strip().strip("'\"")
        entries.append((key.strip(), value))
        i += 1
        if text[i - 1] == "}":
            return entries, i
    return None


def unfold_printed_dicts(text: str) -> str:
    """``text`` with each dictionary of answers Python printed ("{'Q1a': 0.4213, 'Q1b': 0.0876, …}", keyed by two
    strings or more) written one entry a line, "Q1a: 0.4213", as a table of answers reads. (The lines after it in
    the block move down by the entries it adds.)"""
    if "{'" not in text and '{"' not in text and "{\n" not in text:
        return text
    out, at, tried = [], 0, 0
    for m in _DICT_OPEN.finditer(text):
        if m.start() < at:
            continue
        tried += 1
        if tried > _DICTS_TRIED:
            break  # (each try may read 6,000 characters: a text of many "{'" lines is not read squared)
        brace = text.index("{", m.start())
        found = _dict_entries(text, brace)
        if found is None or len(found[0]) < 2:
            continue
        entries, end = found
        out += [text[at:brace], "\n".join(f"{key}: {value}" for key, value in entries)]
        at = end
    return "".join(out + [text[at:]]) if out else text


# Markdown's inline code: "`VarX = EX2 - EX**2 = 0.49`", a student who writes answers as a program's lines.
_INLINE_CODE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")


def without_inline_code_marks(text: str) -> str:
    """``text`` with Markdown's inline-code backticks as spaces (the same length): what they hold is the student's
    claim as any text is ("`p_hat = sum(x)/n`")."""
    if "`" not in text:
        return text
    return _INLINE_CODE.sub(lambda m: f" {m.group(1)} ", text)


# siunitx's number: "\num{0.2553}" is the number 0.2553 wherever it stands (an interval's end, a tuple's entry).
_SI_NUM = re.compile(r"\\num\s*\{([-−+]?[\d.,\s]*\d(?:[eE][-−+]?\d+)?)\}")


def without_num_macros(text: str) -> str:
    """``text`` with siunitx's ``\num{…}`` around a plain number written as the number: "$[\num{0.2553},\
    \num{0.3847}]$" is the interval [0.2553, 0.3847]."""
    if "\\num" not in text:
        return text
    return _SI_NUM.sub(r"\1", text)


# A measurement's uncertainty in the last digits, in brackets right after them, as physics writes it ("4,43(1)·10⁻³",
# "0.0372(1)"): the value is the digits before the bracket. (A number with two decimals or more: "0.5(1 − o)" and
# "f(1)" are products and calls.)
_CONCISE_UNCERTAINTY = re.compile(r"(\d[.,]\d{2,})\(\d{1,2}\)(?=[ \t]*(?:[·×⋅*]|\\times|\\cdot|[eE][-+−]?\d|[,;:.)\]]|\s|$))")


def without_concise_uncertainty(text: str) -> str:
    """``text`` with a value's uncertainty in brackets after its last digits dropped: "4,43(1)·10⁻³" is 4,43·10⁻³."""
    if ")" not in text:
        return text
    return _CONCISE_UNCERTAINTY.sub(r"\1", text)


# A matrix's row in a decimal-comma locale: entries apart by ";" ("[0,15; −0,20; 0,45]", as German and French write
# "0.15, −0.20, 0.45"), and the ";" between two such rows of a matrix ("[[…]; […]]").
_COMMA_ROW = re.compile(r"\[[ \t]*[-−]?\d+(?:,\d+)?(?:[ \t]*;[ \t]*[-−]?\d+(?:,\d+)?)+[ \t]*\]")
_AFTER_ROW = re.compile(r"\][ \t]*[;,]$")
_ROWS_APART = re.compile(r"(?<=\])([ \t]*);(?=\s*\[)")


def decimal_comma_rows(text: str) -> str:
    """``text`` with a matrix written in a decimal-comma locale as the decimal point writes it ("[[0,15; −0,2];
    [0,1; 0,5]]" is "[[0.15, −0.2], [0.1, 0.5]]"), the same length (offsets kept)."""
    if ";" not in text or "[[" not in text.replace(" ", ""):
        return text
    out, last = [], 0
    for m in _COMMA_ROW.finditer(text):
        before = text[max(0, m.start() - 20):m.start()].rstrip()
        if before.endswith("[") or _AFTER_ROW.search(before):  # a matrix's row: the first inside its "[", or the next
            out.append(text[last:m.start()] + m.group(0).replace(",", ".").replace(";", ","))
            last = m.end()
    if not out:
        return text  # (a lone "[0,2553; 0,3847]" is an interval, read as it is)
    return _ROWS_APART.sub(r"\1,", "".join(out) + text[last:])


# Pictographs notes apps put before a result ("✅ **7.19**", "👉 1,792", "⭐ final: …"): ticks, stars, hands and the
# emoji blocks, with their presentation selector and joiner. (Not a cross, "❌", which withdraws what it marks, nor
# the arrows that read as "gives", "➜".)
_PICTOGRAPH = re.compile("[\u2705\u2714\u2611\u2b50\ufe0f\u200d\U0001F300-\U0001F5FF\U0001F600-\U0001F64F"
                         "\U0001F680-\U0001F6FF\U0001F900-\U0001F9FF\U0001FA70-\U0001FAFF]")


def without_pictographs(text: str) -> str:
    """``text`` with pictographs as spaces (one a code point: offsets kept): "p-value in percent: ✅ **7.19**" reads
    as its words and value."""
    if text.isascii() or _PICTOGRAPH.search(text) is None:
        return text
    return _PICTOGRAPH.sub(" ", text)


# Number words a line's wrapping cut ("… the total is one million two hundred twenty eight thousand⏎eight hundred
# multiplications", "… makes fifty three⏎thousand nine hundred fifty two"): the words that go on are moved up to the
# first line, the rest of the second left where it was. Only after a full line (wrapped prose: a heading's "Question
# two" above "two hundred filters …" is no cut number) and where a scale word makes the words a count. Read a line at
# a time, its last words and the next line's first (each run bounded, as a number's words are: linear on any text).
_SPELLED = rf"(?:{lexicon.alternation(lexicon.SPELLED_NUMBERS)})"
_WORDS_RUN = rf"{_SPELLED}(?:[ \t-]{{1,3}}(?:and[ \t]+)?{_SPELLED}){{0,12}}"
_LINE_ENDS_IN_WORDS = re.compile(rf"(?<![A-Za-z])({_WORDS_RUN})[ \t]*$", re.IGNORECASE)
_LINE_OPENS_WITH_WORDS = re.compile(rf"([ \t]*)({_WORDS_RUN})(?![A-Za-z])", re.IGNORECASE)
_SCALE_WORD = re.compile(rf"\b(?:{lexicon.alternation(lexicon.COUNT_SCALE_WORDS)})\b", re.IGNORECASE)
#: A line this long or longer was cut by wrapping, not ended by its writer (a heading, a list's short item).
_FULL_LINE = 40
#: How much of a line's end is looked at for the words a wrapping cut.
_TAIL_CHARS = 160


def _rejoined_words(text: str) -> str:
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        line = lines[i]
        if len(line) < _FULL_LINE:
            continue
        at = len(line) - min(len(line), _TAIL_CHARS)
        tail = _LINE_ENDS_IN_WORDS.search(line, at)
        head = _LINE_OPENS_WITH_WORDS.match(lines[i + 1]) if tail is not None else None
        if head is None or not _SCALE_WORD.search(f"{tail.group(1)} {head.group(2)}"):
            continue
        lines[i] = f"{line[:tail.end(1)]} {head.group(2)}"
        lines[i + 1] = head.group(1) + lines[i + 1][head.end():]
    return "\n".join(lines)


# An operation a line's wrapping cut before its operator ("P(A | B) = 0.0095" / "/ 0.1085 = 0.0876, i.e. 8.76%."): the
# second line moved up whole (it is all the operation's), a blank line left in its place.
_WRAPPED_OPERATION = re.compile(r"(\d)[ \t]*\n([/×÷·][ \t]*[\d(][^\n]*)")
# ... or between a number and the bracketed factor it multiplies ("p-value = 2(1 − Φ(1.75)) = 2" / "(0.0401) =
# 0.0801."): the number ends a relation, the bracket holds a number alone and a relation or an operator follows it.
_WRAPPED_FACTOR = re.compile(r"(=[ \t]*\d+(?:\.\d+)?)[ \t]*\n(\([ \t]*\d*\.?\d+[ \t]*\)[ \t]*[=×·*/][^\n]*)")


def rejoin_wrapped_numbers(text: str) -> str:
    """The text with each number that a line break (or math OCR's space) cut after a comma whole
    again on its first line; the rest of the second line stays where it was, so every line keeps
    its number."""
    if ",\n" in text or ",}\n" in text:
        text = _WRAPPED_NUMBER.sub(r"\1\2\n", text)
    if ",\n" in text and _WRAPPED_PAIR.search(text) is not None:
        text = _WRAPPED_PAIR.sub(lambda m: f"{m.group(1)} {m.group(2)}\n", text)
    if "=" in text and "\n" in text:
        # (the number's own grouping space joins the cut group: the one before its last group)
        text = _WRAPPED_SPACED.sub(lambda m: f"{m.group(1)}{m.group(1)[-4]}{m.group(2)}\n", text)
    if (", " in text or ",} " in text) and _SPACE_AFTER_GROUP.search(text) is not None:
        text = _SPACED_RESULT.sub(r"\1\2", _SPACED_GROUP.sub(r"\1\2", text))
    if "\n" in text and _SCALE_WORD.search(text) is not None:
        text = _rejoined_words(text)
    if "\n/" in text or "\n×" in text or "\n÷" in text or "\n·" in text:
        text = _WRAPPED_OPERATION.sub(lambda m: f"{m.group(1)} {m.group(2)}\n", text)
    if "\n(" in text and "=" in text:
        text = _WRAPPED_FACTOR.sub(lambda m: f"{m.group(1)}{m.group(2)}\n", text)
    return text


@lru_cache(maxsize=65536)
def compact(text: str) -> str:
    """Lower-case text with LaTeX markup, spaces, hyphens, braces and subscripts removed."""
    plain = text.isascii()  # no subscript digits, ∂, dashes or Σ: the translations are no-ops
    if not plain and _SUBSCRIPT_CHARS.search(text):
        text = text.translate(_SUBSCRIPTS)
    # Most text has no LaTeX: the substitutions below that need a backslash (or ∂, or a
    # brace) are skipped for it, which gives the same result at a fraction of the cost.
    latex = "\\" in text or "∂" in text
    if latex:
        if "hat" in text:
            text = _HAT.sub(lambda m: (m.group(1) or m.group(2)) + "\u0302", text)
            text = _OTHER_HAT.sub("", text)  # "\\hat\\lambda": the Greek letter, as before
        text = _GREEK_RE.sub(lambda m: _GREEK[m.group(0)], text)
        # \text{} inside a subscript or a fraction ("\frac{M_{\text{sep}}}{M_{\text{std}}}"):
        # its braces would hide the fraction from _FRAC.
        text = _LONE_BRACES.sub(r"\1", _WRAPPERS.sub("", text))
    if "{" in text:
        text = _SCRIPT_BRACES.sub(r"\1\2", text)  # w_{11} -> w_11, so \frac{..}{..} has no nested braces
    if latex:
        for _ in range(3):  # nested fractions, innermost first
            new = _FRAC.sub(r"\1/\2", text)
            if new == text:
                break
            text = new
        text = _WRAPPERS.sub("", text)
        text = _DROP_CMDS.sub(" ", text)
    if "^" in text:
        if "=" in text or "≈" in text:  # (each match of it holds one: a text without is not searched)
            text = _CARET_AFTER_LETTER.sub("\u0302", text)  # "p^ = …": a hat typed as a caret, as the formula reader reads it
        plain = text.isascii()
    if not plain:
        text = text.replace("−", "-").replace("–", "-").replace("×", "x")
    if "-" in text:
        text = _HYPHEN.sub("", text)  # depth-wise -> depthwise
    text = _without_spaces(text)
    # ASCII only: Σ (a sum) must not become σ (a sigmoid).
    return text.lower() if plain else _ascii_lower(text)


def _ascii_lower(text: str) -> str:
    """``text`` with its ASCII letters lower-cased, and nothing else changed."""
    beyond = "".join(_NON_ASCII.findall(text))
    # ``str.lower`` maps each character on its own but Σ (never to itself): where it leaves every
    # character beyond ASCII as it is, it does what the ASCII table does, in a fraction of the time.
    return text.lower() if beyond.lower() == beyond else text.translate(_ASCII_LOWER)


def _without_spaces(text: str) -> str:
    """``text`` without white space (``str.split``'s, which is the ``\\s`` of patterns) and ``_DROPPED``:
    as ``re.sub(r"[\\s_{}$&~*`]+", "", text)``, in half its time."""
    text = "".join(text.split())
    for char in _DROPPED:
        if char in text:
            text = text.replace(char, "")
    return text


@lru_cache(maxsize=65536)
def words(text: str) -> str:
    """Like ``compact`` but keeps case and one space between words: for telling names
    (``B_1`` is not ``b_1``) from words."""
    if not text.isascii() and _SUBSCRIPT_CHARS.search(text):
        text = text.translate(_SUBSCRIPTS)
    if "\\" in text or "∂" in text:  # as in ``compact``: these substitutions need one of them
        text = _GREEK_RE.sub(lambda m: _GREEK[m.group(0)], text)
    if "{" in text:
        text = _SCRIPT_BRACES.sub(r"\1\2", text)
    if "\\" in text:
        text = _WRAPPERS.sub("", text)
        text = _DROP_CMDS.sub(" ", text)
    text = _WORDS_DROPPED.sub("", text)
    return " ".join(text.split())


def label_position(text_compact: str, label_compact: str) -> int:
    """Where a compact label ends in a compact text, or -1.

    A label of one or two characters ("L" from ``\\mathcal{L}``) names the text only when it
    is the whole of it or its head ("L(z, y)"); longer ones may stand anywhere.
    """
    if not label_compact:
        return -1
    if len(label_compact) >= 3:
        pos = text_compact.rfind(label_compact)
        return -1 if pos < 0 else pos + len(label_compact)
    if text_compact == label_compact or text_compact.startswith((label_compact + "(", label_compact + "=")):
        return len(label_compact)
    if label_compact.endswith("(") and text_compact.startswith(label_compact):  # "J(" names "J(β)"
        return len(label_compact)
    return -1


class Vocabulary:
    """The words of a spec (keywords, labels, heading words) and a fixer for near-misses.

    Students misspell ("depthwize seperable", "Poission", "Quesion"); a word of five or more
    letters one edit away from exactly one vocabulary word (two edits for nine or more
    letters) is read as that word when matching labels and keywords.
    """

    def __init__(self, words_: set[str]):
        self.words = frozenset(w.lower() for w in words_ if len(w) >= 5)
        self._letters = tuple((w, frozenset(w)) for w in self.words)
        """Each word with the letters it holds: a word within ``budget`` edits of another differs from it by at most
        two letters an edit (one taken, one put), which a set tells at C speed before the edits are counted."""
        self._cache: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        self._kept: set[str] = set(self.words)
        """Lower-case words ``_word`` leaves as they are: the vocabulary's, and words near none of it."""

    def fix(self, text: str) -> str:
        """``text`` with misspelled vocabulary words corrected (other text unchanged)."""
        fixed = self._texts.get(text)
        if fixed is None:
            if len(self._texts) > _CACHE_LIMIT:  # bounded: a long batch does not grow it forever
                self._texts.clear()
            # Most texts have no misspelling: look before rebuilding the text. Only words of
            # five letters or more can be fixed (``_word``): shorter ones are not looked at.
            found = _FIXABLE_WORD.findall(text)
            fixed = text
            if not self._kept.issuperset(map(str.lower, found)):
                # Only the words that change are replaced, each where it stands whole (as ``_FIXABLE_WORD``
                # takes it), rather than every word of the text passed through ``_word`` again
                for word in dict.fromkeys(found):
                    if (right := self._word(word)) is not word:
                        fixed = _whole_word(word).sub(right, fixed)
            self._texts[text] = fixed
        return fixed

    def _word(self, word: str) -> str:
        lower = word.lower()
        if len(lower) < 5 or lower in self.words:
            return word
        hit = self._cache.get(lower)
        if hit is None:
            budget = 2 if len(lower) >= 9 else 1
            letters = set(lower)
            close = [w for w, held in self._letters if abs(len(w) - len(lower)) <= budget
                     and len(letters.symmetric_difference(held)) <= 2 * budget and _within(lower, w, budget)]
            hit = close[0] if len(close) == 1 else lower
            if len(self._cache) > _CACHE_LIMIT:  # bounded too: random words are unlimited
                self._cache.clear()
                self._kept = set(self.words)
            self._cache[lower] = hit
            if hit == lower:
                self._kept.add(lower)
        return word if hit == lower else hit


#: A word ``_word`` may fix: a whole run of letters (the regex engine takes runs whole, left
#: to right), of five letters or more; a shorter run is never changed, so it is not looked at.
_FIXABLE_WORD = re.compile(r"[A-Za-z]{5,}")
_CACHE_LIMIT = 100_000


@lru_cache(maxsize=1024)
def _whole_word(word: str) -> re.Pattern:
    """``word`` (letters only) where ``_FIXABLE_WORD`` takes it: a whole run of letters."""
    return re.compile(rf"(?<![A-Za-z]){word}(?![A-Za-z])")


def _within(a: str, b: str, budget: int) -> bool:
    """Whether the edit distance of a and b is at most ``budget`` (small budgets only)."""
    if a == b:
        return True
    if budget <= 0:
        return False
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    a, b = a[i:], b[i:]
    if not a or not b:
        return max(len(a), len(b)) <= budget
    return (_within(a[1:], b[1:], budget - 1) or _within(a[1:], b, budget - 1)
            or _within(a, b[1:], budget - 1))


# MATLAB's and Octave's display of a row vector: "ci =", a blank line perhaps, then its numbers on one line
# ("      0.2553    0.3847") and nothing of it after: the row written in brackets ("[0.2553    0.3847]"), as it is a
# value (an interval's ends, a shape) and no table. (A matrix's rows, several lines, are read as rows already.)
_DISPLAYED_ROW = re.compile(r"(?m)^([ \t]*[A-Za-z_]\w{0,30}[ \t]*=[ \t]*\n(?:[ \t]*\n)?[ \t]*)"
                            r"([-−+]?\d[\d.]*(?:[eE][-−+]?\d+)?(?:[ \t]+[-−+]?\d[\d.]*(?:[eE][-−+]?\d+)?){1,11})[ \t]*"
                            r"(?=\n[ \t]*(?:\n|[^\s\d.−+-])|\n?\Z)")


def bracketed_displayed_rows(text: str) -> str:
    """``text`` with each row vector a program displayed under its name ("ci =" over "0.2553    0.3847") in brackets,
    line for line."""
    if "=\n" not in text and "= \n" not in text:
        return text
    return _DISPLAYED_ROW.sub(lambda m: f"{m.group(1)}[{m.group(2)}]", text)


# A word set upright inside an index ("v_{\text{out}}", "N_{\mathrm{eff}}"): the index as its letters ("v_{out}"), the
# way a part's label writes it.
_SCRIPT_WORD = re.compile(r"([_^])\{\s*\\(?:text|mathrm|textrm|rm|mathit|textit|operatorname)\s*\{([^{}]*)\}\s*\}")


def unwrapped_script_words(text: str) -> str:
    """``text`` with each index or power that is a word set upright written as the word ("v_{\\text{out}}" is
    "v_{out}")."""
    if "_{\\" not in text and "^{\\" not in text:
        return text
    return _SCRIPT_WORD.sub(r"\1{\2}", text)
