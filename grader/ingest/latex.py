"""LaTeX sources to blocks: the document body, sections as headings, comments removed."""

from __future__ import annotations

import re

from ..models import Block
from .markdown import split_blocks

_COMMENT = re.compile(r"(?<!\\)%.*$")
# xcolor's switch, "\color{blue!60!black}", "\color[rgb]{0,0,1}": it colours what follows and writes nothing (its
# mixes' numbers are no student's).
_COLOR_SWITCH = re.compile(r"\\color\s*(?:\[[^\]{}]{0,20}\])?\s*\{[^{}]{0,40}\}")
# Layout a macro's body may hold ("\newcommand{\answer}[1]{\par\smallskip\noindent\fbox{\parbox{0.9\linewidth}{#1}}}"):
# spacing commands, and the width of a box (its content stays).
_LAYOUT = re.compile(r"\\(?:par|smallskip|medskip|bigskip|newline|linebreak)(?![A-Za-z])"
                     r"|\\[vh]space\*?\s*\{[^{}]{0,30}\}|(?<=\\parbox)\s*(?:\[[^\]]{0,10}\])?\s*\{[^{}]{0,30}\}")
# A beamer slide's title ("\begin{frame}{Q2 (b): depthwise}", "\begin{frame}[t]{…}", "\frametitle{…}"): the slide's
# heading, as a section's title is a page's; a frame's other lines ("\begin{frame}", "\end{frame}") are no text.
_FRAME_TITLE = re.compile(r"^\s*(?:\\begin\{frame\}(?:<[^>]*>)?(?:\[[^\]]*\])?\s*\{(.*)\}|\\frametitle\s*\{(.*)\})\s*$")
_FRAME_EDGE = re.compile(r"^\s*\\(?:begin\{frame\}(?:<[^>]*>)?(?:\[[^\]]*\])?|end\{frame\}|titlepage|pause|framebreak)\s*$")
_RUN_IN = re.compile(r"^\s*\\(?:paragraph|subparagraph|subsubsection|subsection|section)\*?\s*\{([^{}]*)\}")
_SECTION = re.compile(r"^\s*\\(part|chapter|section|subsection|subsubsection|paragraph)\*?\s*\{(.*)\}\s*$")
_DROP = re.compile(r"^\s*\\(documentclass|usepackage|title|author|date|maketitle|begin\{document\}|end\{document\}|"
                   r"begin\{(enumerate|itemize)\}|end\{(enumerate|itemize)\}|newpage|clearpage|tableofcontents"
                   r"|medskip|bigskip|smallskip|vspace\*?\{[^{}]*\}\s*$|noindent\s*$)(?![A-Za-z])")
_ITEM = re.compile(r"^\s*\\item(\[[^\]]*\])?\s*")
# A paragraph's bold lead that numbers a question: "\noindent\textbf{1.}", "\textbf{Q2:}", "\textbf{3(a)}".
_BOLD_LEAD = re.compile(r"^\s*(?:\\noindent\s*)?\\textbf\s*\{\s*((?:q(?:uestion)?\s*\.?\s*)?\d{1,2}\s*(?:\(?[a-h]\))?[.:)]?)\s*\}\s*",
                        re.IGNORECASE)
_NUMBERED_LABEL = re.compile(r"\d{1,2}\s*[a-h]?[.:]")


_NEWCOMMAND = re.compile(r"\\(?:re)?newcommand\*?\s*\{?\\([A-Za-z]+)\}?\s*(?:\[(\d)\])?\s*\{")
# TeX's own "\def\res#1{\fbox{$#1$}}": the arguments as "#1#2…" before the body
_DEF = re.compile(r"\\(?:g|e|x)?def\s*\\([A-Za-z]+)((?:#[1-9])*)\s*\{")
_BRACE = re.compile(r"[{}]")
#: Bounds on macro expansion, so a recursive or huge definition cannot blow up.
_MAX_EXPANSIONS = 2000
#: The longest macro body read (a simple macro's is a line's; a longer group is no simple macro, and is not scanned).
_MAX_BODY = 500
_MAX_GROWTH = 4


def _braced(text: str, start: int, stop: int | None = None) -> tuple[str, int] | None:
    """The content of the ``{…}`` group opening at ``start`` and the index after it (closed before ``stop``)."""
    if start >= len(text) or text[start] != "{":
        return None
    depth = 0
    for m in _BRACE.finditer(text, start, len(text) if stop is None else stop):  # (from brace to brace)
        depth += 1 if m.group() == "{" else -1
        if depth == 0:
            return text[start + 1:m.start()], m.end()
    return None


def _macros(text: str) -> dict[str, tuple[int, str]]:
    """Simple ``\\newcommand`` and ``\\def`` definitions: name -> (number of arguments, body)."""
    found = {}

    def body(m: re.Match) -> str | None:
        # (a body is one line's, and short: the group is looked for no further, so many unclosed ones stay linear)
        end = text.find("\n", m.end(), m.end() + _MAX_BODY)
        group = _braced(text, m.end() - 1, min(len(text), m.end() + _MAX_BODY) if end < 0 else end)
        return None if group is None else group[0]

    for m in _NEWCOMMAND.finditer(text):
        if (read := body(m)) is not None:
            found[m.group(1)] = (int(m.group(2) or 0), read)
    if "def" in text:
        for m in _DEF.finditer(text):
            if (read := body(m)) is not None:
                found.setdefault(m.group(1), (m.group(2).count("#"), read))
    return found


def expand_macros(text: str) -> str:
    """Expand the document's own simple macros (``\\pd{E}{w_{11}}``) line by line, so line
    numbers stay; expansion is bounded in count and growth."""
    macros = _macros(text)
    if not macros:
        return text
    pattern = re.compile(r"\\(" + "|".join(sorted(map(re.escape, macros), key=len, reverse=True)) + r")(?![A-Za-z])")
    budget = _MAX_EXPANSIONS
    out = []
    for line in text.split("\n"):
        if _NEWCOMMAND.search(line) or _DEF.search(line):
            out.append(line)
            continue
        limit = len(line) * _MAX_GROWTH + 200
        for _ in range(5):  # nested macros, a few levels deep
            m = pattern.search(line)
            if not m or budget <= 0 or len(line) > limit:
                break
            pieces, pos = [], 0
            while m and budget > 0:
                nargs, body = macros[m.group(1)]
                args, end = [], m.end()
                for _ in range(nargs):
                    group = _braced(line, end)
                    if group is None:
                        break
                    args.append(group[0])
                    end = group[1]
                if len(args) == nargs:
                    expansion = body
                    for k, arg in enumerate(args, 1):
                        expansion = expansion.replace(f"#{k}", arg)
                    pieces.append(line[pos:m.start()] + expansion)
                    pos = end
                    budget -= 1
                m = pattern.search(line, end)
            line = "".join(pieces) + line[pos:]
        out.append(line)
    return "\n".join(out)


# Where a list opens or closes: its kind, to number an enumerate's items as LaTeX typesets them.
_LIST_EDGE = re.compile(r"\\begin\{(?P<begin>enumerate|itemize|description)\}|\\end\{(?:enumerate|itemize|description)\}")


# TeX's conditional that is never typeset ("\iffalse First thought: MSE … \fi"), and the comment package's
# environment: what a student keeps out of the page, an old attempt, is no text of the submission.
_SKIP_OPEN = re.compile(r"\\iffalse\b|\\begin\{comment\}")
_SKIP_CLOSE = re.compile(r"\\fi\b|\\end\{comment\}")


def _without_skipped(lines: list[str]) -> list[str]:
    """The lines with what ``\\iffalse … \\fi`` and ``\\begin{comment} … \\end{comment}`` hold blanked, line for
    line (a ``%`` comment's sign is no opening: a commented-out ``\\iffalse`` skips nothing; nested conditionals are
    not followed: the first ``\\fi`` closes)."""
    if not any("\\iffalse" in line or "\\begin{comment}" in line for line in lines):
        return lines
    out, skipping = [], False
    for line in lines:
        code = _COMMENT.sub("", line)
        if not skipping and (opened := _SKIP_OPEN.search(code)) is not None:
            closed = _SKIP_CLOSE.search(code, opened.end())
            if closed is not None:  # opened and closed on one line
                out.append(code[:opened.start()] + code[closed.end():])
                continue
            out.append(code[:opened.start()])
            skipping = True
        elif skipping and (closed := _SKIP_CLOSE.search(code)) is not None:
            out.append(code[closed.end():])
            skipping = False
        else:
            out.append("" if skipping else line)
    return out


def latex_blocks(text: str, file: str) -> list[Block]:
    """Blocks of a ``.tex`` file; line numbers stay those of the file."""
    lines = _without_skipped(expand_macros(text).split("\n"))
    begin = next((i for i, line in enumerate(lines) if "\\begin{document}" in line), -1)
    out: list[str] = []
    lists: list[list] = []  # the open lists, innermost last: [kind, items so far]
    sectioned = False  # whether a section has begun: a list under it is a question's
    for i, line in enumerate(lines):
        if i <= begin:
            out.append("")  # keep numbering: the preamble becomes blank lines
            continue
        line = _COMMENT.sub("", line)
        if "\\color" in line:
            line = _COLOR_SWITCH.sub("", line)  # "\fbox{\color{blue!60!black}$53{,}952$}": the colour is no text
        if "\\" in line and _LAYOUT.search(line):
            line = _LAYOUT.sub(" ", line)  # "\parbox{0.9\linewidth}{…}", "\vspace{2mm}": a layout's sizes are no values
        for m in _LIST_EDGE.finditer(line):
            if m["begin"]:
                lists.append([m["begin"], 0])
            elif lists:
                lists.pop()
        if _DROP.match(line):
            out.append("")
            continue
        m = _SECTION.match(line)
        if m:
            # A section title becomes a Markdown heading, surrounded by blank lines.
            out.append("# " + m.group(2))
            sectioned = True
            continue
        if "frame" in line or "\\titlepage" in line or "\\pause" in line:
            m = _FRAME_TITLE.match(line)
            if m:
                out.append("## " + (m.group(1) if m.group(1) is not None else m.group(2)).strip())
                sectioned = True
                continue
            if _FRAME_EDGE.match(line):
                out.append("")
                continue
        m = _RUN_IN.match(line)
        if m:
            # "\paragraph{Q3.} Generalised …": a run-in title opens its line, as typeset.
            out.append(f"{m.group(1)} {line[m.end():]}".strip())
            continue
        m = _BOLD_LEAD.match(line)
        if m:
            # "\noindent\textbf{1.} (a) …": a bold number opening a paragraph, as typeset, in Markdown's bold
            out.append(f"**{m.group(1)}** {line[m.end():]}".strip())
            continue
        m = _ITEM.match(line)
        if m:
            label = (m.group(1) or "")[1:-1]
            if _NUMBERED_LABEL.fullmatch(label):
                # "\item[1b.]": a list's label names the question and part; written "1b)", as the readers
                # know a numbered answer (a bare "1b." may be a step of plain text's working)
                label = label.rstrip(".:") + ")"
            elif not label and lists and lists[-1][0] == "enumerate":
                # an enumerate's item is numbered as typeset: "1.", "2." for a sheet's questions; under a
                # question's section (or inside another list) its items are that question's parts, "(a)", "(b)"
                lists[-1][1] += 1
                depth = sum(kind == "enumerate" for kind, _ in lists) + (1 if sectioned else 0)
                n = lists[-1][1]
                label = f"{n}." if depth == 1 else f"({chr(ord('a') + n - 1)})" if depth == 2 and n <= 8 else ""
            rest = line[m.end():]
            out.append(f"{label} {rest}".strip() if label else rest)
            continue
        out.append(line)
    return split_blocks("\n".join(out), file)
