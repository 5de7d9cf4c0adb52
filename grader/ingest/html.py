"""HTML (Moodle's "online text", a page saved from a browser): the text a reader sees.

Parsed with the standard library's tokenizer, never rendered: no script runs, no style
applies, nothing is fetched. Block elements become lines and paragraphs, headings
``#`` lines, so that the Markdown reader can split the text; line numbers are those of
this text, as a person reads the page (HTML from an editor is often one long line).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from .markups import grouped_script
from .mathml import mathml_text

__all__ = ["html_text"]

_BREAKS = {"br", "tr", "li", "dt", "dd", "hr"}
_PARAGRAPHS = {"p", "div", "section", "article", "blockquote", "pre", "table", "ul", "ol", "dl", "figure",
               "h1", "h2", "h3", "h4", "h5", "h6"}
_CELLS = {"td", "th"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "col", "area", "base", "embed", "source", "track", "wbr"}
_ANCHOR_MARKS = {"¶", "§", "#"}
_SCRIPTS = {"sup": "^", "sub": "_"}
_HIDDEN = {"script", "style", "head", "title", "template", "noscript", "svg", "math-annotation"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden = 0
        self.cells = 0  # table cells open around the text
        self.pre = 0  # preformatted text open around the text: its lines are a program's or its output's
        self.scripts: list[int] = []  # where each open <sup> or <sub>'s text begins in ``out``
        # An element marked aria-hidden (KaTeX's drawn copy of a formula whose MathML is read, an icon): its tag
        # and how many of that tag are open inside it, so its end is found.
        self.aria: tuple[str, int] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if self.aria is not None:
            if tag == self.aria[0]:
                self.aria = (tag, self.aria[1] + 1)
            return
        if ("aria-hidden", "true") in attrs and tag not in _VOID:
            self.aria = (tag, 1)
            return
        if tag == "pre":
            self.pre += 1
        if tag in _HIDDEN:
            self.hidden += 1
        elif self.cells and (tag in _PARAGRAPHS or tag in _BREAKS) and tag not in ("tr", "table"):
            self.out.append(" ")  # a cell's paragraphs and lines (Word puts a <p> in every cell) stay in its row
        elif tag in _PARAGRAPHS:
            self.out.append("\n\n")
            if tag[0] == "h" and tag[1:].isdigit():
                self.out.append("#" * int(tag[1:]) + " ")
        elif tag in _BREAKS:
            self.out.append("\n")
        elif tag in _CELLS:
            self.cells += 1
            self.out.append(" | ")  # a table's cells stay apart, as a Markdown row's ("| a_1 | 4.43e-3 |")
        elif tag in _SCRIPTS and not self.hidden:
            self.out.append(_SCRIPTS[tag])  # "10<sup>−3</sup>" is 10^−3, "a<sub>1</sub>" is a_1
            self.scripts.append(len(self.out))

    def handle_endtag(self, tag: str) -> None:
        if self.aria is not None:
            if tag == self.aria[0]:
                self.aria = (tag, self.aria[1] - 1) if self.aria[1] > 1 else None
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _CELLS:
            self.cells = max(0, self.cells - 1)
        elif self.cells and tag in _PARAGRAPHS and tag != "table":
            self.out.append(" ")
        elif tag in _PARAGRAPHS:
            self.out.append("\n\n")
        elif tag == "tr":
            self.cells = 0  # (a cell left open closes with its row)
            self.out.append(" |")
        elif tag in _SCRIPTS and self.scripts:
            # "(1−p)<sup>1−x<sub>i</sub></sup>" is (1−p)^{1−x_i}: a script of more than a number is grouped, as
            # the page sets it (written flat, "(1−p)^1−x_i" would subtract x_i)
            at = self.scripts.pop()
            inner = "".join(self.out[at:])
            if inner.strip():
                self.out[at:] = [grouped_script(inner)]

    def handle_data(self, data: str) -> None:
        if self.aria is not None:
            return
        if data.strip() in _ANCHOR_MARKS:
            return  # the "¶" a notebook's HTML export links each heading with: no text of the student's
        if not self.hidden:
            # (a <pre>'s line breaks are its lines, as a notebook's or Quarto's page shows a cell's code and output:
            # "Do, K, Cin, Cout = 8, 5, 3, 256⏎std = Do*Do*Cout*K*K*Cin" is two statements, not one)
            self.out.append(data if self.pre and not self.cells else data.replace("\n", " "))


def html_text(source: str) -> str:
    """The visible text of an HTML document, paragraphs apart by a blank line."""
    parser = _Text()
    try:
        parser.feed(_with_linear_math(source) if "<math" in source.lower() else source)
        parser.close()
    except (AssertionError, ValueError):  # the tokenizer gives up on very broken markup: keep what it read
        pass
    lines = [" ".join(line.split()) for line in "".join(parser.out).split("\n")]
    text, blank = [], True
    for line in lines:
        if line or not blank:
            if line and blank and len(text) >= 2 and _MATRIX_ROW.fullmatch(line) and _MATRIX_ROW.fullmatch(text[-2]):
                text.pop()  # "[ 0.15 -0.2 0.45 ]" then "[ 0.1 0.5 -0.3 ]", a paragraph each: one matrix's rows
            text.append(line)
        blank = not line
    return "\n".join(text).strip("\n") + "\n"


# A formula set in MathML (a page from a notes app, Pandoc's or KaTeX's output): read as linear text before the page
# is, its pieces otherwise run together ("∂y∂x" for a fraction, "x2" for a square).
_MATH_END = re.compile(r"(?i)</math\s*>")
_MATH_START = re.compile(r"(?i)<math\b[^>]*>")
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}


def _with_linear_math(source: str) -> str:
    """The page with each ``<math>…</math>`` replaced by its linear text; split at the closing tags, each piece
    searched once from its end, so the page is scanned in linear time whatever its tags."""
    pieces = _MATH_END.split(source)
    out = []
    for piece in pieces[:-1]:
        start = piece.lower().rfind("<math")
        opening = _MATH_START.match(piece, start) if start >= 0 else None
        if opening is None:
            out.append(piece)  # a closing tag with no opening one: nothing to read
            continue
        out.append(piece[:start] + _linear_math(piece[opening.end():]))
    out.append(pieces[-1])
    return "".join(out)


def _linear_math(inner: str) -> str:
    markup = _ENTITY.sub(lambda m: m.group(0) if m.group(1) in _XML_ENTITIES else html.unescape(m.group(0)), inner)
    try:
        element = ET.fromstring(f"<math>{markup}</math>")
    except ET.ParseError:
        return inner  # markup the XML parser refuses: its text as the page shows it
    return " " + html.escape(mathml_text(element), quote=False) + " "


# A matrix's row typed as a paragraph of its own (a Google Docs or Word page's "<p>[ 0.1 0.5 -0.3 ]</p>").
_MATRIX_ROW = re.compile(r"[\[(|]\s*[-−+]?\d[\d.]*(?:[\s,]+[-−+]?\d[\d.]*)+\s*[\])|]")
