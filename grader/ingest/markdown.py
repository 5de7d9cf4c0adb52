"""Markdown and plain text to blocks: paragraphs, display equations, code, headings."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from ..models import Block
from .markups import grouped_script

_FENCE = re.compile(r"^\s*(```|~~~)")
# An HTML character reference, as editors that export Markdown leave them ("1(i)&nbsp;&nbsp; 0.0044",
# "&lt; 0.05"): read as the character it stands for, outside code (a program's "&amp;" is its own).
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{1,6}|#[xX][0-9A-Fa-f]{1,5});")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_MATH_OPEN = re.compile(r"^\s*(\$\$|\\\[|\\begin\{(equation|align|aligned|gather|multline|eqnarray)\*?\})")
_MATH_CLOSE = {
    "$$": re.compile(r"\$\$\s*$"),
    "\\[": re.compile(r"\\\]\s*$"),
}


# A Markdown blockquote's markers ("> ", "> > " nested), and an Obsidian or GitHub callout's type after them
# ("> [!note] Q1 (a)", "> [!summary]- Final answers": a titled box as those editors show it).
# (">>" is MATLAB's and Octave's prompt, ">>>" Python's: a console's lines, left as written)
_QUOTE = re.compile(r"^[ ]{0,3}>(?!>)(?:[ \t]>(?!>))*[ \t]?")
_CALLOUT = re.compile(r"\[!\w+\][-+]?[ \t]*")


def _outside_fences(lines: list[str]) -> Iterator[tuple[int, str]]:
    """Each line outside fenced code with its index (a fence's own lines left out): what the reader may rewrite, as
    a program's text is left as written."""
    fence = None
    for i, line in enumerate(lines):
        if (opened := _FENCE.match(line)) is not None:
            fence = None if fence and line.strip().startswith(fence) else fence or opened.group(1)
        elif fence is None:
            yield i, line


def unquote(text: str) -> str:
    """Markdown with its blockquotes' markers taken off, so what a quote holds reads as it renders (a table,
    a heading, a numbered answer), line for line; a callout's title is a heading, as its box shows it.
    Fenced code is left as written (a console's "> " prompt there is the program's)."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    for i, line in _outside_fences(lines):
        if (m := _QUOTE.match(line)) is not None:
            rest = line[m.end():]
            if (callout := _CALLOUT.match(rest)) is not None:
                title = rest[callout.end():].strip()
                rest = f"### {title}" if title else ""
            lines[i] = rest
    return "\n".join(lines)


# A comment typed at a Python console's prompt (">>> # ANS Q2b: total = 4.5", ">>> # ---- Q2 ----"), and a title set
# between rules in one.
_CONSOLE_COMMENT = re.compile(r"^[ \t]*>>>[ \t]*#+[ \t]?(.*)$", re.MULTILINE)
_RULED_TITLE = re.compile(r"[-=#*~_ \t]{3,}(\S.*?)[-=#*~_ \t]{3,}")


def console_comments(text: str) -> str:
    """A pasted Python console's comments as the words they are: a student who works in the shell writes the
    answers and the questions' titles there ("ANS Q2b: total = 4.5"); a title between rules is a heading
    ("---- Q2 ----" -> "## Q2"). The code and its output stay as written."""
    if ">>>" not in text:
        return text

    def words(m: re.Match) -> str:
        titled = _RULED_TITLE.fullmatch(m.group(1))
        return f"## {titled.group(1)}" if titled else m.group(1)

    return _CONSOLE_COMMENT.sub(words, text)


# R's print of a matrix: a header of column labels ("     [,1] [,2] [,3]") and a row label before each row
# ("[2,]  0.10  0.5 -0.30"). The labels are no values: without them the rows are the matrix's, as any printed
# array's are.
_R_COLUMNS = re.compile(r"^([ \t]*)((?:\[,[0-9]{1,3}\][ \t]*){2,})$", re.MULTILINE)
_R_ROW = re.compile(r"^([ \t]*)(\[[0-9]{1,3},\])(?=[ \t]+[-−+]?[0-9.])", re.MULTILINE)


def r_matrix_labels(text: str) -> str:
    """The text with R's matrix labels blanked, a space for a character (lines and offsets kept)."""
    if "[,1]" not in text or "[1,]" not in text:
        return text
    text = _R_COLUMNS.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    return _R_ROW.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


# A Markdown footnote's reference ("… as shown.[^1]") and its definition on a line of its own ("[^1]: **7/12**"),
# as Obsidian, Pandoc and GitHub write them.
_FOOTNOTE_REFERENCE = re.compile(r"\[\^([^\]\s]{1,20})\](?!:)")
_FOOTNOTE_DEFINITION = re.compile(r"^[ ]{0,3}\[\^([^\]\s]{1,20})\]:[ \t]*(.*)$", re.MULTILINE)


def inline_footnotes(text: str) -> str:
    """Markdown with each footnote's text read where its reference stands, as a reader follows it ("… as shown.
    **7/12**"): a student who puts the answer in a footnote answers at the working it notes. The
    definitions' lines are left blank, so every other line keeps its number; a reference with no definition, and
    a definition referenced nowhere, stay as written."""
    if "[^" not in text:
        return text
    notes = {m.group(1): m.group(2).strip() for m in _FOOTNOTE_DEFINITION.finditer(text)}
    cited = {m.group(1) for m in _FOOTNOTE_REFERENCE.finditer(text)} & notes.keys()
    if not cited:
        return text
    text = _FOOTNOTE_DEFINITION.sub(lambda m: "" if m.group(1) in cited else m.group(0), text)
    return _FOOTNOTE_REFERENCE.sub(lambda m: f" {notes[m.group(1)]}" if m.group(1) in cited else m.group(0), text)


# HTML typed into Markdown, as editors and students write it ("E = ½Σ(t<sub>k</sub> − o<sub>k</sub>)<sup>2</sup>",
# "<b>53,952</b><br>"): a tag of the few that set text inline, by name (never "p < 0.05" or "<x, y>").
_INLINE_TAG = re.compile(r"<(/?)(b|strong|i|em|u|ins|mark|small|big|span|font|code|kbd|samp|var|tt|center|a|abbr|"
                         r"cite|q|p|div|br|hr|h[1-6]|details|summary|img|sub|sup)\b[^<>\n]{0,200}?/?>", re.IGNORECASE)
_HTML_SCRIPT = re.compile(r"<(sub|sup)>([^<>\n]{0,80}?)</\1>", re.IGNORECASE)
#: Scripts inside scripts read, at most (a pass over the line each: a hostile line nested deeper stays linear).
_SCRIPT_DEPTH = 4
# An HTML comment: not shown by any Markdown viewer (an old answer kept in one is no answer)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
#: What each inline tag becomes: bold and a highlight as Markdown's stars (the reader weighs an answer set in
#: bold), a heading's opening as its hashes, a rule alone on its line as Markdown's; every other tag is only typography.
_TAG_AS_MARKDOWN = {"b": "**", "strong": "**", "mark": "**", "code": "`", "hr": "---"}


def _script(m: re.Match) -> str:
    """A sub- or superscript's tag as "_" or "^" and its text (its characters as they show: "&minus;3" is "−3"),
    braced when a letter or digit follows it ("λ<sup>y</sup>e" is λ^{y}e, not λ^{ye})."""
    inner = html.unescape(m[2]).replace("\u00a0", " ")
    after = html.unescape(m.string[m.end():m.end() + 10])[:1]  # ("w<sub>21</sub>&delta;": δ follows)
    shown = grouped_script(inner)
    if after.isalnum() and not shown.startswith("{"):
        shown = f"{{{shown.strip()}}}"
    return ("^" if m[1].lower() == "sup" else "_") + shown


def inline_html(text: str) -> str:
    """Markdown with the HTML typed into it written as the Markdown it shows, line for line: sub- and superscripts
    as "_" and "^" ("10<sup>−3</sup>" is 10^−3), bold as "**", a heading's tag as its "#"s, a line break at a
    line's end dropped and one inside a line a "; " (two lines of one table cell or paragraph), comments blanked
    (keeping their lines), every other inline tag dropped. Struck-out text ("<del>", "<s>") is left for the reader,
    which blanks it; fenced code is left as written."""
    if "<" not in text:
        return text
    if "<!--" in text:
        text = _HTML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    if _INLINE_TAG.search(text) is None:
        return text
    lines = text.split("\n")
    for i, line in _outside_fences(lines):
        if "<" not in line:
            continue
        for _ in range(_SCRIPT_DEPTH):  # (innermost first: "(1−p)<sup>1−x<sub>i</sub></sup>")
            if (scripted := _HTML_SCRIPT.sub(_script, line)) == line:
                break
            line = scripted

        first, last = len(line) - len(line.lstrip()), len(line.rstrip())  # (the line's text, tags and all)

        def tag(m: re.Match, first: int = first, last: int = last) -> str:
            name = m[2].lower()
            if name == "br":
                return "" if m.start() <= first or m.end() >= last else "; "
            if name[0] == "h" and name[1:].isdigit() and name != "hr":
                return "" if m[1] else "#" * int(name[1:]) + " "
            return _TAG_AS_MARKDOWN.get(name, "")

        lines[i] = _INLINE_TAG.sub(tag, line)
    return "\n".join(lines)


# A highlight as Obsidian, Typora and markdown-it write it, "= ==1,228,800==": its marks touch its text, and no letter
# or digit stands outside them (a program's "x==1 and y==2" is a comparison).
_HIGHLIGHT = re.compile(r"(?<![\w=!<>])==(?=[^\s=])((?:[^=\n]|=(?!=)){1,200}?)(?<=[^\s=])==(?![\w=])")


def highlights(text: str) -> str:
    """The Markdown with every ``==highlight==`` written in bold, as a student's mark on their answer (the same
    length, so offsets and lines stay); fenced code is left as written."""
    if "==" not in text:
        return text
    lines = text.split("\n")
    for i, line in _outside_fences(lines):
        if "==" in line:
            lines[i] = _HIGHLIGHT.sub(lambda m: f"**{m[1]}**", line)
    return "\n".join(lines)


# A rule drawn with box-drawing characters ("━━━━", "────", "════"), on a line of its own.
_DRAWN_RULE = re.compile(r"[ \t]*[─━═╌╍┄┅]{3,}[ \t]*")


# A link's or an image's target ("![](https://cdn.mathpix.com/…?height=412&top_left_x=702)", "[code](src/q3.py)"):
# an address, never words of the student's; its query's numbers are no values. (A target that is no address,
# "[0.15, 0.2](0.3)", is text.)
_LINK_TARGET = re.compile(r"\]\((?P<target>(?=[^)\s]*(?:[/:#]|\.[A-Za-z]{2,5}(?:[?#]|\)|\s)))[^)\s]{1,2000})"
                          r"(?=(?:\s+\"[^\"\n]*\")?\))")


def blank_link_targets(text: str) -> str:
    """The text with every Markdown link's and image's target blanked, a space for a character (lines and
    offsets kept; the link's words, an image's alt text and a title stay)."""
    if "](" not in text:
        return text
    return _LINK_TARGET.sub(lambda m: "](" + " " * len(m["target"]), text)


def split_blocks(text: str, file: str) -> list[Block]:
    """Split text into blocks with their first line numbers.

    Blank lines separate paragraphs; a fenced code block, a multi-line display equation
    (``$$ … $$``, ``\\[ … \\]``, ``\\begin{align} … \\end{align}``) and a ``#`` heading are
    blocks of their own whatever the blank lines inside them.
    """
    lines = text.split("\n")
    blocks: list[Block] = []
    buf: list[str] = []
    start = 0

    def flush(kind: str = "text") -> None:
        nonlocal buf
        if any(line.strip() for line in buf):
            # Trim blank lines at both ends but keep the first line number right.
            first = next(i for i, line in enumerate(buf) if line.strip())
            last = max(i for i, line in enumerate(buf) if line.strip())
            text = "\n".join(buf[first:last + 1])
            if kind != "code" and "&" in text:
                # (a no-break space typed as "&nbsp;" spaces a layout: a plain space, as the text around it)
                text = _ENTITY.sub(lambda m: html.unescape(m.group(0)).replace("\u00a0", " "), text)
            blocks.append(Block(text, file, start + first + 1, kind))
        buf = []

    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if _FENCE.match(line):
            flush()
            fence = _FENCE.match(line).group(1)
            start, buf = i, [line]
            i += 1
            while i < n and not lines[i].strip().startswith(fence):
                buf.append(lines[i])
                i += 1
            if i < n:
                buf.append(lines[i])
            i += 1
            flush("code")
            start = i
            continue
        m = _MATH_OPEN.match(line)
        if m:
            end = _find_math_end(lines, i, m.group(1))
            if end is not None:
                flush()
                start, buf = i, lines[i:end + 1]
                flush("math")
                i = end + 1
                start = i
                continue
        # (and "━━━━━━━━━━" between a plain text's answers: a rule drawn with box characters is a block of its own too,
        # ending the paragraph above as a heading does)
        if (heading := _HEADING.match(line)) or _DRAWN_RULE.fullmatch(line):
            flush()
            start, buf = i, [line]
            flush("heading" if heading else "text")
            i += 1
            start = i
            continue
        if not line.strip():
            flush()
            i += 1
            start = i
            continue
        if not buf:
            start = i
        buf.append(line)
        i += 1
    flush()
    return blocks


def _find_math_end(lines: list[str], i: int, opener: str) -> int | None:
    """The line that closes a display equation opened on line ``i`` (None if never closed)."""
    if opener.startswith("\\begin"):
        env = re.match(r"\\begin\{([^}]*)\}", opener).group(1)
        closer = re.compile(r"\\end\{" + re.escape(env) + r"\}")
        for j in range(i, min(len(lines), i + 200)):
            if closer.search(lines[j]):
                return j
        return None
    closer = _MATH_CLOSE[opener]
    first = lines[i].strip()[len(opener):]
    if closer.search(first):
        return i
    for j in range(i + 1, min(len(lines), i + 200)):
        if closer.search(lines[j]):
            return j
    return None
