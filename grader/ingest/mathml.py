"""MathML (an HTML page's ``<math>``, a LibreOffice formula object) to linear text, as Word's equations are read.

A page or a document that sets its math as MathML holds the formula as a tree; its text in
document order runs the pieces together ("∂y∂x=0.5" for a fraction, "x2" for a square), a
misreading no later stage can undo. Read here as a person types the formula on one line:

* ``<mfrac>`` is ``a/b``, each side bracketed unless it is one term: ``(∂E)/(∂w_{11})``;
* ``<msub>``/``<msup>``/``<msubsup>`` (and ``<munder>``/``<mover>`` of a sum) are ``x_{i}``, ``x^{2}``,
  ``∑_{i=1}^{n}``; an accent over a letter is the letter with its combining mark (``ŷ``, ``x̄``);
* ``<msqrt>`` is ``sqrt(…)``, ``<mfenced>`` its brackets, ``<mtable>`` ``[[1, 2], [3, 4]]``;
* a ``<semantics>`` that carries its TeX source (``<annotation encoding="application/x-tex">``,
  what KaTeX and MathJax write) is that source, between ``$`` signs, for the Markdown reader's
  math: the student's own spelling beats any rendering of it.

Elements are matched by their local name, with or without the MathML namespace (HTML drops it).
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET

from .markups import grouped_script

__all__ = ["mathml_text"]

#: The annotation encodings that are a TeX source of the formula.
_TEX = {"application/x-tex", "tex", "latex", "application/x-latex", "text/x-tex"}
#: Operators a person writes with spaces around them.
_SPACED = set("=≈≠<>≤≥±+−×·→∝≡∼~") | {"-", ":="}
#: Accents over a letter as the combining marks a typed formula uses (ŷ, x̄, ỹ, ẋ).
_ACCENTS = {"^": "\u0302", "ˆ": "\u0302", "\u0302": "\u0302", "¯": "\u0304", "‾": "\u0304", "_": "\u0304",
            "\u0304": "\u0304", "~": "\u0303", "˜": "\u0303", "\u0303": "\u0303", "˙": "\u0307", ".": "\u0307"}
_LARGE = set("∑∏∫⋃⋂") | {"lim", "max", "min", "sup", "inf"}


def _name(element: ET.Element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1].lower()


def _grouped(text: str) -> str:
    """A fraction's side as it must be written on one line: in brackets unless it is one term."""
    text = text.strip()
    return text if re.fullmatch(r"[\w.^{}_∂′'\u0300-\u036f]+", text) else f"({text})"


def mathml_text(element: ET.Element) -> str:
    """A MathML formula (``<math>`` or any piece of one) as linear text."""
    return unicodedata.normalize("NFC", " ".join(_linear(element).split()))  # (y and its hat as "ŷ")


def _children(element: ET.Element) -> list[ET.Element]:
    return [child for child in element if isinstance(child.tag, str)]


#: How deep a formula's structure is read; below it, its text as it stands (no formula nests deeper; a file that
#: does is hostile, and must not exhaust the stack).
_MAX_DEPTH = 48


def _linear(element: ET.Element, depth: int = 0) -> str:
    name = _name(element)
    kids = _children(element)
    if depth > _MAX_DEPTH:
        return "".join(element.itertext())
    if name in ("mi", "mn", "mtext", "ms"):
        return "".join(element.itertext())
    if name == "mo":
        text = "".join(element.itertext()).strip()
        return f" {text} " if text in _SPACED else text
    if name in ("mspace",):
        return " "
    if name in ("mphantom", "annotation", "annotation-xml", "none", "mprescripts"):
        return ""
    if name == "semantics":
        for note in kids[1:]:
            if _name(note) == "annotation" and (note.get("encoding") or "").strip().lower() in _TEX:
                tex = "".join(note.itertext()).strip()
                if tex:
                    return f" ${tex}$ "
        return _linear(kids[0], depth + 1) if kids else ""
    if name == "mfrac" and len(kids) >= 2:
        return f"{_grouped(_linear(kids[0], depth + 1))}/{_grouped(_linear(kids[1], depth + 1))}"
    if name in ("msub", "msup", "munder", "mover") and len(kids) >= 2:
        base, script = _linear(kids[0], depth + 1), _linear(kids[1], depth + 1)
        if name == "mover" and script.strip() in _ACCENTS and len(base.strip()) == 1:
            return base.strip() + _ACCENTS[script.strip()]
        if name == "munder" and base.strip() not in _LARGE:
            return base  # a brace or a line under a term: the term
        if name == "mover" and base.strip() not in _LARGE:
            return base
        mark = "_" if name in ("msub", "munder") else "^"
        return base + mark + grouped_script(script)
    if name in ("msubsup", "munderover") and len(kids) >= 3:
        return (_linear(kids[0], depth + 1) + "_" + grouped_script(_linear(kids[1], depth + 1)) + "^" + grouped_script(_linear(kids[2], depth + 1))
                + " ")
    if name == "msqrt":
        return "sqrt(" + _joined(_linear(k, depth + 1) for k in kids).strip() + ")"
    if name == "mroot" and len(kids) >= 2:
        return f"root{_linear(kids[1], depth + 1).strip()}({_linear(kids[0], depth + 1).strip()})"
    if name in ("mrow", "mfenced") and (table := _bracketed_table(element, kids)) is not None:
        # "[ <mtable>… ]": a matrix in the brackets the page draws, which its rows' brackets already are
        return _linear(table, depth + 1)
    if name == "mfenced":
        opening, closing = element.get("open", "("), element.get("close", ")")
        separator = (element.get("separators", ",") or ",").strip()[:1] or ","
        return opening + f"{separator} ".join(_linear(k, depth + 1).strip() for k in kids) + closing
    if name == "mtable":
        rows = [[_linear(cell, depth + 1).strip() for cell in _children(row) if _name(cell) == "mtd"]
                for row in kids if _name(row) in ("mtr", "mlabeledtr")]
        if any(re.search(r"[=≈<>≤≥]", cell) for row in rows for cell in row):
            # an aligned derivation ("L &= … \\ &= …"), set as a table: its lines, as Word's equation array reads
            return "; ".join(" ".join(row) for row in rows)
        return "[" + ", ".join("[" + ", ".join(row) + "]" for row in rows) + "]"
    if name == "menclose" and "box" in (element.get("notation") or ""):
        return "\\boxed{" + _joined(_linear(k, depth + 1) for k in kids).strip() + "}"
    if name == "maction":
        return _linear(kids[0], depth + 1) if kids else ""
    return _joined(_linear(k, depth + 1) for k in kids)


_BRACKETS = {"(", ")", "[", "]", "{", "}", "|", "‖"}
_SIGN_AFTER = set("([{,;=+−-×·<>≤≥≈")


def _bracketed_table(element: ET.Element, kids: list[ET.Element]) -> ET.Element | None:
    """The table a row or a fence holds alone between brackets, or None."""
    inner = [k for k in kids if not (_name(k) == "mo" and "".join(k.itertext()).strip() in _BRACKETS)]
    if len(inner) != 1 or _name(inner[0]) != "mtable":
        return None
    return inner[0] if _name(element) == "mfenced" or len(kids) == 3 else None


def _joined(pieces) -> str:
    """A row's pieces in order, a space between two that would otherwise run into one word ("x_i sqrt(2)", "2 x"):
    a script's or a function's end glued to the next letter reads as one name."""
    out: list[str] = []
    last = ""  # the last character written, and the last that is not a space (kept as the row grows: no rescans)
    seen = ""
    for piece in pieces:
        if not piece:
            continue
        if piece.strip() in ("−", "-", "+") and (not seen or seen in _SIGN_AFTER):
            piece = piece.strip()  # a sign, not an operator: "−0.5", "= −1"
        if last and (last.isalnum() or last in "})") and piece[0].isalnum() and not (last.isdigit() and piece[0].isdigit()):
            out.append(" ")
        out.append(piece)
        last = piece[-1]
        seen = piece.rstrip()[-1:] or seen
    return "".join(out)
