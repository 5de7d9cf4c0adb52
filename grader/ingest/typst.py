"""Typst sources (``.typ``) as the Markdown they mean, line for line where the source allows.

Typst is LaTeX's newer rival, and students hand in its source as they hand in a ``.tex``. Read as
text its structure hides the answers: ``= Question 1`` is no heading, ``#answer[$ 64 dot 28 = 1792 $]``
calls the student's own box around the value, ``mat(0.15, 0.1; -0.2, 0.5)`` is a matrix and
``#table(columns: 2, [Q], [Answer], …)`` a table. Here

* headings (``=``, ``==``) are ``#`` headings; ``*strong*`` is ``**strong**``; ``+`` items are numbered as Typst
  numbers them; comments and settings (``#set``, ``#show``, ``#import``, ``#let``) are blank lines;
* a function called on content (``#box[…]``, ``#text(…)[…]``, a ``#let`` of the student's) is its content, marked
  as the answer (``**…**``) where the function draws a frame (``box``, ``rect``, ``block`` with a stroke; a ``#let``
  whose body calls one), struck out where it strikes (``#strike[…]``);
* math is written as Unicode math, as a student types it in plain text: ``times`` ×, ``dot`` ·, ``approx`` ≈,
  ``partial`` ∂, Greek letters by name, ``"text"`` as its text, ``x^(2 k)`` as ``x^{2 k}``, ``(a) / (b)`` as it
  stands, ``mat(a, b; c, d)`` as ``[[a, b], [c, d]]``;
* ``#table(columns: n, [a], [b], …)`` is a Markdown table of n columns.

Nothing is run: a ``#let`` is read for whether it draws a frame, and for the number it names where that is
arithmetic of numbers (worked out with fractions, shown where the text calls it, as Typst prints it). The scan is one pass over the text
with matched brackets (nesting bounded), so a hostile file costs its length.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

# Functions whose content is what the page shows, unchanged (layout, type, emphasis).
_FRAMES = ("box", "rect", "block", "square", "circle", "ellipse")
_STRUCK = ("strike",)
_STRONG = ("strong",)
# A nesting of calls or brackets deeper than this is read as plain text: no student's answer is nested so deep.
_MAX_DEPTH = 40

#: Typst's math names, as the Unicode a student types (longest first where one name opens another).
MATH_NAMES = {
    "times": "×", "dot.c": "·", "dot.op": "·", "dot": "·", "approx": "≈", "partial": "∂", "nabla": "∇",
    "sum": "Σ", "product": "∏", "prod": "∏", "integral": "∫", "infinity": "∞", "plus.minus": "±", "minus.plus": "∓",
    "arrow.r.double": "⇒", "arrow.r": "→", "arrow.l": "←", "arrow.double": "⇒", "arrow": "→", "quad": " ",
    "space": " ", "thin": "\u2009", "med": " ", "thick": " ", "wide": " ",
    "lt.eq": "≤", "gt.eq": "≥", "eq.not": "≠", "sqrt": "sqrt", "prop": "∝", "dots": "…",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ",
    "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ",
    "sigma": "σ", "tau": "τ", "phi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
}
# Accents written as functions of one letter: the letter with its mark.
_ACCENTS = {"hat": "\u0302", "bar": "\u0304", "overline": "\u0305", "tilde": "\u0303", "dot": "\u0307"}
# (a name before a script is a name: "sum_j", "delta_(k i)")
_MATH_NAME = re.compile(r"(?<![A-Za-z.])(" + "|".join(re.escape(n) for n in sorted(MATH_NAMES, key=len, reverse=True))
                        + r")(?![A-Za-z])")
_ASCII_RELATIONS = (("=>", "⇒"), ("<=", "≤"), (">=", "≥"), ("!=", "≠"), ("->", "→"))

_HEADING = re.compile(r"^([ \t]*)(=+)[ \t]+")
_SETTING = re.compile(r"^[ \t]*#(?:set|show|import|include|let|pagebreak|v|h|outline|bibliography)\b")
_LET_FRAME = re.compile(r"#let[ \t]+([A-Za-z_][\w-]*)\s*\([^)]*\)\s*=\s*(?P<body>[^\n]*)")
_CALL = re.compile(r"#([A-Za-z_][\w.-]*)")
_ITEM = re.compile(r"^([ \t]*)\+[ \t]+")
_TERM = re.compile(r"^([ \t]*)/[ \t]+([^:\n]+):")
_COLUMNS = re.compile(r"columns\s*:\s*(?:(\d+)|\(([^()]*)\))")


def typst_text(text: str) -> str:
    """A Typst source as Markdown (see the module's text)."""
    text = _blank_comments(text)
    framed = {m.group(1) for m in _LET_FRAME.finditer(text)
              if re.search(rf"\b(?:{'|'.join(_FRAMES)})\s*\((?=[^)]*stroke)", m.group("body"))}
    values = _let_values(text)
    lines = []
    count: dict[int, int] = {}
    in_math = False
    for line in text.split("\n"):
        starts_in_math = in_math
        in_math ^= _dollars(line) % 2 == 1
        if starts_in_math:
            lines.append(line)  # a display's next line ("  = mat(…) $"): math, no heading or item
            continue
        if _SETTING.match(line):
            lines.append("")
            continue
        if (heading := _HEADING.match(line)) is not None:
            line = "#" * min(len(heading.group(2)), 6) + " " + line[heading.end():]
            count.clear()
        elif (item := _ITEM.match(line)) is not None:
            depth = len(item.group(1).expandtabs(2)) // 2
            count[depth] = count.get(depth, 0) + 1
            for deeper in [d for d in count if d > depth]:
                del count[deeper]
            line = f"{item.group(1)}{count[depth]}. " + line[item.end():]
        elif (term := _TERM.match(line)) is not None:
            line = f"{term.group(1)}{term.group(2).strip()}:" + line[term.end():]
        elif line.strip():
            count.clear() if not line.startswith((" ", "\t")) else None
        lines.append(line)
    return _markup("\n".join(lines), framed, 0, values)


_LET_VALUE = re.compile(r"^[ \t]*#let[ \t]+([A-Za-z_][\w-]*)[ \t]*=[ \t]*([^\n]{1,200}?)[ \t]*$", re.MULTILINE)
_ARITHMETIC = re.compile(r"[\d.\s+\-*/()]+")
_TOKEN = re.compile(r"\s*(\d+(?:\.\d+)?|[-+*/()])")


def _let_values(text: str) -> dict[str, str]:
    """The numbers the source names with ``#let`` (``#let std = Hout * Hout * Cout * k * k * Cin``), as Typst prints
    them where the text shows ``#std``: arithmetic of numbers and earlier such names only, worked out here with
    fractions (nothing is run); any other ``#let`` names no number."""
    values: dict[str, str] = {}
    for m in _LET_VALUE.finditer(text):
        expr = re.sub(r"\b[A-Za-z_][\w-]*\b", lambda w: values.get(w.group(0), w.group(0)), m.group(2))
        if not _ARITHMETIC.fullmatch(expr) or not any(c.isdigit() for c in expr):
            continue
        value = _arithmetic(expr)
        if value is not None:
            values[m.group(1)] = str(value.numerator) if value.denominator == 1 else f"{float(value):.10g}"
    return values


def _arithmetic(expr: str) -> Fraction | None:
    """The exact value of numbers joined by + - * / and brackets (precedence as usual), or None."""
    tokens = _TOKEN.findall(expr)
    if "".join(tokens) != re.sub(r"\s+", "", expr):
        return None
    position = 0

    def term() -> Fraction | None:
        nonlocal position
        value = factor()
        while value is not None and position < len(tokens) and tokens[position] in "*/":
            op, position = tokens[position], position + 1
            right = factor()
            if right is None or (op == "/" and right == 0):
                return None
            value = value * right if op == "*" else value / right
        return value

    def factor() -> Fraction | None:
        nonlocal position
        if position >= len(tokens):
            return None
        token, position = tokens[position], position + 1
        if token == "-":
            inner = factor()
            return None if inner is None else -inner
        if token == "(":
            inner = total()
            if inner is None or position >= len(tokens) or tokens[position] != ")":
                return None
            position += 1
            return inner
        return Fraction(token) if token[0].isdigit() else None

    def total() -> Fraction | None:
        nonlocal position
        value = term()
        while value is not None and position < len(tokens) and tokens[position] in "+-":
            op, position = tokens[position], position + 1
            right = term()
            value = None if right is None else value + right if op == "+" else value - right
        return value

    if len(tokens) > 100:
        return None
    value = total()
    return value if position == len(tokens) else None


def _dollars(line: str) -> int:
    """How many of a line's ``$`` open or close math (not escaped, not in raw text)."""
    return len(re.findall(r"(?<!\\)\$", re.sub(r"`[^`]*`", "", line)))


def _blank_comments(text: str) -> str:
    """``// …`` to the line's end and ``/* … */`` blanked, their lines kept (not inside a string or raw text)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == "`":
            end = text.find("```", i + 3) + 3 if text.startswith("```", i) else text.find("`", i + 1) + 1
            end = n if end <= 0 or end < i else end
            out.append(text[i:end])
            i = end
        elif c == '"':
            end, line_end = text.find('"', i + 1), text.find("\n", i + 1)
            # (a quote with no closer on its line is a character of the text: "a 5" tall box")
            end = i + 1 if end < 0 or 0 <= line_end < end else end + 1
            out.append(text[i:end])
            i = end
        elif text.startswith("//", i) and (i == 0 or text[i - 1] != ":"):  # (not a URL's "https://")
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append("\n" * text.count("\n", i, end))
            i = end
        else:
            j = i + 1
            while j < n and text[j] not in '`"/':
                j += 1
            out.append(text[i:j])
            i = j
    return "".join(out)


def _matching(text: str, start: int, open_: str, close: str) -> int:
    """The index just past the bracket that closes the one at ``start``, or -1 (``_pairs``)."""
    return _pairs(text).get(start, -1) if text[start:start + 1] == open_ else -1


@lru_cache(maxsize=64)
def _pairs(text: str) -> dict[int, int]:
    """Every bracket of ``text`` that is closed, by where it opens: where its closer ends. One pass with a stack per
    kind of bracket (a string inside round brackets skipped, an escaped character too), so that each call's
    brackets are found in constant time: a file of unclosed brackets costs its length, not its length squared."""
    closes: dict[int, int] = {}
    stacks: dict[str, list[int]] = {"(": [], "[": []}
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"' and stacks["("]:
            end = text.find('"', i + 1)
            if end >= 0:
                i = end + 1
                continue
        elif c == "\\":
            i += 2
            continue
        elif c in "([":
            stacks[c].append(i)
        elif c in ")]" and (stack := stacks["(" if c == ")" else "["]):
            closes[stack.pop()] = i + 1
        i += 1
    return closes


def _markup(text: str, framed: set[str], depth: int, values: dict[str, str] | None = None) -> str:
    """Markup mode: calls replaced by what they show, math written as Unicode, ``*strong*`` as ``**``."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == "#" and depth < _MAX_DEPTH and (call := _CALL.match(text, i)) is not None \
                and (i == 0 or text[i - 1] != "&"):
            shown, end = _call(text, call, framed, depth, values or {})
            if end > i:
                out.append(shown)
                i = end
                continue
        if c == "$":
            end = text.find("$", i + 1)
            if end > i:
                math = text[i + 1:end]
                if "#" in math and values:  # "$N = #std$": the named number, as Typst prints it
                    math = re.sub(r"#([A-Za-z_][\w-]*)(?![\w(\[-])",
                                  lambda m: (values or {}).get(m.group(1), m.group(0)), math)
                out.append(math_text(math))
                i = end + 1
                continue
        if c == "`":
            end = text.find("```", i + 3) + 3 if text.startswith("```", i) else text.find("`", i + 1) + 1
            if end > i:
                out.append(text[i:end])
                i = end
                continue
        if c == "*" and (i == 0 or text[i - 1] not in "\\*") and text[i + 1:i + 2] not in ("", " ", "\n", "*"):
            end = text.find("*", i + 1)
            if end > i and "\n\n" not in text[i:end]:
                out.append("**" + _markup(text[i + 1:end], framed, depth + 1, values).strip() + "**")
                i = end + 1
                continue
        if c == "\\" and text[i + 1:i + 2] in ("\n", " ", ""):
            i += 1  # a forced line break
            continue
        if c == "\\" and i + 1 < n:
            out.append(text[i + 1])  # an escaped character: itself
            i += 2
            continue
        if c == "<" and (label := re.match(r"<[\w:.-]+>", text[i:i + 60])) is not None:
            i += label.end()  # a label for cross-references: nothing on the page
            continue
        j = i + 1
        while j < n and text[j] not in "#$`*\\<":
            j += 1
        out.append(text[i:j])
        i = j
    return "".join(out)


def _call(text: str, call: re.Match, framed: set[str], depth: int, values: dict[str, str]) -> tuple[str, int]:
    """A call's content as shown and where the call ends; (``""``, start) where it is no call of content."""
    name, i = call.group(1), call.end()
    if name in values and text[i:i + 1] not in ("(", "["):
        return values[name], i  # "$… = #std$": the value Typst prints there
    args = ""
    if text[i:i + 1] == "(":
        end = _matching(text, i, "(", ")")
        if end < 0:
            return "", call.start()
        args, i = text[i + 1:end - 1], end
    contents = []
    while text[i:i + 1] == "[":
        end = _matching(text, i, "[", "]")
        if end < 0:
            break
        contents.append(text[i + 1:end - 1])
        i = end
    base = name.split(".")[0]
    if base == "table" or base == "grid":
        return _table(args, contents, framed, depth, values), i
    if not contents:
        # "#box(stroke: 1pt)[…]" has its content in brackets; "#text(weight: "bold", [x])" may pass it as an
        # argument: an argument in brackets is its content
        for opened in re.finditer(r"(?:^|,)\s*\[", args):
            end = _matching(args, opened.end() - 1, "[", "]")
            if end > 0:
                contents.append(args[opened.end():end - 1])
    while (method := re.match(r"\.[A-Za-z_][\w-]*\(", text[i:i + 80])) is not None:
        end = _matching(text, i + method.end() - 1, "(", ")")  # "#datetime.today().display()": one call
        if end < 0:
            break
        i = end
    if not contents:
        # a call that shows no text of the student's (an image, a spacing, a date): nothing; a name alone ("#x",
        # a variable's value) is left as written
        return ("", i) if i > call.end() else ("", call.start())
    shown = " ".join(_markup(c, framed, depth + 1, values) for c in contents)
    if base in _STRUCK:
        return f"~~{shown.strip()}~~", i
    if base in _STRONG or name in framed or (base in _FRAMES and "stroke" in args) \
            or (base == "text" and re.search(r"weight\s*:\s*\"bold\"", args)):
        return _strong(shown), i
    return shown, i


def _strong(shown: str) -> str:
    """Content set as the answer, in bold once ("#answer[*No.*]" is "**No.**", not "****No.****")."""
    inner = shown.strip()
    return f"**{inner}**" if inner and not (inner.startswith("**") and inner.endswith("**")) else inner


def _table(args: str, contents: list[str], framed: set[str], depth: int, values: dict[str, str]) -> str:
    """``#table(columns: 3, [a], [b], [c], …)`` as Markdown rows of its columns' count."""
    columns = _COLUMNS.search(args)
    width = 1
    if columns is not None:
        width = int(columns.group(1)) if columns.group(1) else max(1, len(columns.group(2).split(",")))
    cells, i = [], 0
    while (start := args.find("[", i)) >= 0:
        end = _matching(args, start, "[", "]")
        if end < 0:
            break
        cells.append(" ".join(_markup(args[start + 1:end - 1], framed, depth + 1, values).split()).replace("|", "∣"))
        i = end
    cells.extend(" ".join(_markup(c, framed, depth + 1, values).split()) for c in contents)
    rows = [cells[k:k + width] for k in range(0, len(cells), max(width, 1))]
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def math_text(math: str) -> str:
    """Typst math as Unicode math: names as symbols, strings as text, grouped scripts braced, matrices bracketed."""
    text = math.strip()
    text = re.sub(r'"([^"\n]*)"', r"\1", text)
    text = _matrices(text)
    for name, mark in _ACCENTS.items():
        text = re.sub(rf"\b{name}\((\w)\)", lambda m, mark=mark: m.group(1) + mark, text)
    text = _MATH_NAME.sub(lambda m: MATH_NAMES[m.group(1)], text)
    for ascii_, sign in _ASCII_RELATIONS:
        text = text.replace(ascii_, sign)
    text = re.sub(r"([_^])\(([^()]*)\)", r"\1{\2}", text)  # "e^(z_j)": the group the script raises
    text = re.sub(r"\b(?:lr|abs|norm)\(", "(", text)
    text = re.sub(r"([∂∇])[ \t]+(?=\w)", r"\1", text)  # "partial L": "∂L", as it is typeset
    return re.sub(r"[ \t]{2,}", " ", text)


def _matrices(text: str) -> str:
    """``mat(a, b; c, d)`` (and ``vec(a, b)``) as ``[[a, b], [c, d]]`` (``[a, b]``)."""
    out, i = [], 0
    for m in re.finditer(r"\b(mat|vec)\(", text):
        if m.start() < i:
            continue
        end = _matching(text, m.end() - 1, "(", ")")
        if end < 0:
            continue
        body = text[m.end():end - 1]
        if m.group(1) == "vec":
            shown = "[" + ", ".join(c.strip() for c in body.split(",")) + "]"
        else:
            rows = [[c.strip() for c in row.split(",")] for row in body.split(";") if row.strip()]
            shown = "[" + ", ".join("[" + ", ".join(row) + "]" for row in rows) + "]"
        out.append(text[i:m.start()] + shown)
        i = end
    out.append(text[i:])
    return "".join(out)
