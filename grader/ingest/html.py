"""HTML (Moodle's "online text", a page saved from a browser): the text a reader sees.

Parsed with the standard library's tokenizer, never rendered: no script runs, no style
applies, nothing is fetched. Block elements become lines and paragraphs, headings
``#`` lines, so that the Markdown reader can split the text; line numbers are those of
this text, as a person reads the page (HTML from an editor is often one long line).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .markups import grouped_script

__all__ = ["html_text"]

_BREAKS = {"br", "tr", "li", "dt", "dd", "hr"}
_PARAGRAPHS = {"p", "div", "section", "article", "blockquote", "pre", "table", "ul", "ol", "dl", "figure",
               "h1", "h2", "h3", "h4", "h5", "h6"}
_CELLS = {"td", "th"}
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

    def handle_starttag(self, tag: str, attrs: list) -> None:
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
        parser.feed(source)
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


# A matrix's row typed as a paragraph of its own (a Google Docs or Word page's "<p>[ 0.1 0.5 -0.3 ]</p>").
_MATRIX_ROW = re.compile(r"[\[(|]\s*[-−+]?\d[\d.]*(?:[\s,]+[-−+]?\d[\d.]*)+\s*[\])|]")
