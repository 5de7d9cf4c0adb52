"""Plain-text formats other than Markdown, written as the Markdown they mean, line for line.

Students hand in what their tools write: a spreadsheet's sheet saved as CSV, Emacs org-mode notes,
AsciiDoc, a MATLAB/Octave or R script with the answers in its comments. Read as Markdown as they
are, their structure is lost: an org heading ("* DONE Q2 mults   :q2:") is a bullet whose keyword
and tags hide the question's number, a CSV row is one run of commas with no column a reader can
name, a script's "% ANSWER Q1(a): 0.4213" sits behind its comment sign. Each translation here
keeps every line where it was (a line in, a line out), so the evidence a report shows points at
the line the student wrote.
"""

from __future__ import annotations

import csv
import re

from .tables import QUESTION_CELL as _QUESTION_CELL

# ------------------------------------------------------------------------- powers and indices set as such

# A script that is a number alone ("10<sup>−3</sup>", a Word run raised "-3"): written flat, as it always was.
_PLAIN_NUMBER = re.compile(r"[-−+]?[\d.]+")


def grouped_script(text: str) -> str:
    """A superscript's or subscript's text as it follows its "^" or "_": flat when it is one character or a number
    ("10^-3", "x_i"), in braces when it is more ("(1−p)^{1−x_i}": written flat, "^1−x_i" would subtract x_i). The
    HTML and Word readers set their scripts with it."""
    text = text.strip()
    return text if len(text) <= 1 or _PLAIN_NUMBER.fullmatch(text) else f"{{{text}}}"


# ----------------------------------------------------------------------------------------- CSV

#: A line a spreadsheet export or its author puts above the table ("# answers exported from my sheet").
_CSV_COMMENT = re.compile(r"^\s*(?:#|//)")


def csv_text(text: str, delimiter: str = ",") -> str:
    """A CSV sheet as Markdown table rows ("Q2a,std conv,1228800,1.2288E+06" -> "| Q2a | std conv | 1228800 |
    1.2288E+06 |"): every reader of a table (its row's label, its column headed "final") then reads it. A line
    with one cell, or a comment, is text; a "|" inside a cell is written "∣", so that cells stay cells."""
    lines = text.split("\n")
    rows: dict[int, list[str]] = {}
    for i, line in enumerate(lines):
        if not line.strip() or _CSV_COMMENT.match(line) or delimiter not in line:
            continue
        try:
            rows[i] = next(csv.reader([line], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
    for i, row in table_rows(rows).items():
        lines[i] = row
    return "\n".join(lines)


def table_rows(rows: dict[int, list[str]]) -> dict[int, str]:
    """A sheet's rows (by their line) as Markdown table rows, a "question, part" pair of columns joined into the
    marker ("Q1,b,…" -> "| Q1 (b) | … |"); a "|" inside a cell is written "∣", so that cells stay cells."""
    rows = {i: [c.strip().replace("|", "∣") for c in cells] for i, cells in rows.items()}
    _join_part_column(rows)
    return {i: "| " + " | ".join(cells) + " |" for i, cells in rows.items()}


# A column's header that says it names the parts.
_PART_HEADER = re.compile(r"(?:sub-?)?(?:part|item|subpart|sub-?question)s?", re.IGNORECASE)
# A cell that holds a part's letter alone ("a", "(b)", "ii)"), as a sheet's "part" column does.
_PART_CELL = re.compile(r"\(?(?:[a-h]|i{1,3}|iv|v|vi{1,3})[).]?", re.IGNORECASE)


def _join_part_column(rows: dict[int, list[str]]) -> None:
    """A sheet whose first column names the question and whose second holds the part's letter ("Q1,a,…",
    "Q1,b,…", "Q2,,…"): the two cells joined as the student's marker reads ("Q1 (a)", "Q2"), the header's two
    cells too ("question part"), so that each row names its part as a line would."""
    ordered = list(rows.values())
    data = [r for r in ordered if len(r) >= 3 and _QUESTION_CELL.fullmatch(r[0])]
    if len(data) < 2 or sum(bool(r[1]) for r in data) < 2:
        return
    first = ordered.index(data[0])
    header = next((r for r in reversed(ordered[:first]) if len(r) == len(data[0])), None)
    # the column holds the parts' letters, or its header says it names the parts ("question,part,…" over "Q2,W_new,…":
    # a part named by its quantity is joined as written)
    if not all(not r[1] or _PART_CELL.fullmatch(r[1]) for r in data) and not (
            header is not None and _PART_HEADER.fullmatch(header[1].strip())):
        return
    for cells in data:
        if _PART_CELL.fullmatch(cells[1]):
            letter = cells[1].strip("().").lower()
            cells[0:2] = [f"{cells[0]} ({letter})"]
        else:
            cells[0:2] = [f"{cells[0]} {cells[1]}".strip()]
    if header is not None:
        header[0:2] = [f"{header[0]} {header[1]}".strip()]


# ------------------------------------------------------------------------------------- org-mode

# A heading: its stars, a to-do keyword, a priority, the title, and the tags closing the line.
_ORG_HEADING = re.compile(r"^(\*+)[ \t]+(?:(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELL?ED)[ \t]+)?(?:\[#[A-Z]\][ \t]+)?"
                          r"(.*?)(?:[ \t]+:[\w@#%:]+:)?[ \t]*$")
# A line of settings ("#+STARTUP: showall", "#+TBLFM: …"), and the ones whose value a reader reads as text.
_ORG_KEYWORD = re.compile(r"^[ \t]*#\+(\w+)(?:\[[^\]]*\])?:?[ \t]*(.*)$")
_ORG_TEXT_KEYWORDS = {"title": "# {}", "subtitle": "{}", "author": "{}", "caption": "{}", "name": ""}
# A block's delimiters: source and example blocks are code, a quote's are nothing.
_ORG_BLOCK = re.compile(r"^[ \t]*#\+(begin|end)_(\w+)", re.IGNORECASE)
# Planning lines under a heading ("CLOSED: [2024-03-09 Sat 18:20]"), a drawer's lines (":PROPERTIES:").
_ORG_PLANNING = re.compile(r"^[ \t]*(?:(?:CLOSED|SCHEDULED|DEADLINE):[ \t]*[\[<][^\]>]*[\]>][ \t]*)+$")
_ORG_DRAWER = re.compile(r"^[ \t]*:(?:PROPERTIES|END|LOGBOOK|[A-Z_]+):(?:[ \t].*)?$")
# A link, with or without its description ("[[file:nn_grad.py][nn_grad.py]]").
_ORG_LINK = re.compile(r"\[\[([^\]]+)\](?:\[([^\]]*)\])?\]")
# Verbatim and code marks ("=gradients(W1, b1)=", "~np.exp~"): Markdown's backticks (an "=" left as written
# would be read as a relation).
_ORG_VERBATIM = re.compile(r"(?<![\w=~])([=~])(?=\S)([^\n=~]*?\S)\1(?![\w=~])")
# An example line of a result (": 0.4213" under "#+RESULTS:").
_ORG_FIXED = re.compile(r"^([ \t]*):(?:[ \t]|$)")


def org_text(text: str) -> str:
    """Org-mode notes as Markdown: a heading's stars as "#"s, without its to-do keyword, priority and tags; the
    title keyword a heading, the other settings blank; source and example blocks fenced; links as their
    description; verbatim marks as backticks; a result's ": " prefix off; planning lines and drawers blank."""
    out = []
    for line in text.split("\n"):
        if (block := _ORG_BLOCK.match(line)) is not None:
            kind = block.group(2).lower()
            out.append("```" if kind in ("src", "example") else "")
            continue
        if (keyword := _ORG_KEYWORD.match(line)) is not None:
            template = _ORG_TEXT_KEYWORDS.get(keyword.group(1).lower())
            value = keyword.group(2).strip()
            out.append(template.format(value) if template and value else "")
            continue
        if _ORG_PLANNING.match(line) or _ORG_DRAWER.match(line):
            out.append("")
            continue
        if (heading := _ORG_HEADING.match(line)) is not None:
            line = f"{'#' * min(len(heading.group(1)), 6)} {heading.group(2)}"
        elif (fixed := _ORG_FIXED.match(line)) is not None:
            line = fixed.group(1) + line[fixed.end():]
        line = _ORG_LINK.sub(lambda m: m.group(2) or m.group(1).removeprefix("file:"), line)
        out.append(_ORG_VERBATIM.sub(lambda m: f"`{m.group(2)}`", line))
    return "\n".join(out)


# ------------------------------------------------------------------------------------- AsciiDoc

_ADOC_HEADING = re.compile(r"^(={1,6})[ \t]+(\S.*)$")
# Inline math ("stem:[\hat p = S/n]", "latexmath:[…]"); the display block's delimiters under "[stem]".
_ADOC_MATH = re.compile(r"\b(?:stem|latexmath|asciimath):\[((?:[^\]\\]|\\.)*)\]")
_ADOC_MATH_BLOCK = re.compile(r"^\[(?:stem|latexmath|asciimath)\][ \t]*$")
_ADOC_FOOTNOTE = re.compile(r"\bfootnote:(?:\w*)\[((?:[^\]\\]|\\.)*)\]")
# A block's title (".Result"), an attribute list ("[source,python]", "[NOTE]"), a table's or listing's fence.
_ADOC_TITLE = re.compile(r"^\.(?=[A-Za-z0-9])(.*)$")
_ADOC_ATTRIBUTES = re.compile(r"^\[[\w.,=\"' #%-]*\][ \t]*$")
_ADOC_LISTING = re.compile(r"^(?:-{4,}|\.{4,})[ \t]*$")
_ADOC_FENCE = re.compile(r"^(?:\|={3,}|\+{4,}|={4,}|\*{4,}|_{4,})[ \t]*$")


# An ordered list's item (". item", ".. item"), and a superscript or subscript ("E[X^2^]", "H~0~").
_ADOC_ITEM = re.compile(r"^([ \t]*)\.{1,5}[ \t]+")
_ADOC_SUPER = re.compile(r"\^([^\s^]{1,12})\^")
_ADOC_SUB = re.compile(r"(?<=\w)~([^\s~]{1,12})~")


def asciidoc_text(text: str) -> str:
    """AsciiDoc as Markdown: "=" headings as "#"s, inline math in "$…$" and a "[stem]" block's "++++" as "$$", a
    footnote read where it stands (in brackets), a block's title as its words, ordered items as "- ", "^2^" and
    "~0~" as "^2" and "_0", a table's rows closed with "|", listings fenced, attribute lists and other fences
    blank."""
    out = []
    math_block = math_open = table = False
    for line in text.split("\n"):
        if line.startswith("|==="):
            table = not table
            out.append("")
            continue
        if table and line.lstrip().startswith("|") and not line.rstrip().endswith("|"):
            line = f"{line.rstrip()} |"
        if _ADOC_MATH_BLOCK.match(line):
            math_block = True
            out.append("")
            continue
        if _ADOC_FENCE.match(line):
            if math_block or math_open:
                out.append("$$")
                math_open = not math_open
                math_block = False
            else:
                out.append("")
            continue
        if _ADOC_LISTING.match(line):
            out.append("```")
            continue
        if _ADOC_ATTRIBUTES.match(line):
            out.append("")
            continue
        if (heading := _ADOC_HEADING.match(line)) is not None:
            line = f"{'#' * len(heading.group(1))} {heading.group(2)}"
        elif (title := _ADOC_TITLE.match(line)) is not None:
            line = title.group(1)
        line = _ADOC_ITEM.sub(lambda m: f"{m.group(1)}- ", line)
        line = _ADOC_MATH.sub(lambda m: f"${m.group(1)}$", line)
        line = _ADOC_SUB.sub(lambda m: f"_{m.group(1)}", _ADOC_SUPER.sub(lambda m: f"^{m.group(1)}", line))
        out.append(_ADOC_FOOTNOTE.sub(lambda m: f" ({m.group(1)})", line))
    return "\n".join(out)


# ------------------------------------------------------------------------- MATLAB/Octave and R scripts

# A comment's sign at a line's start ("% ANSWER Q1(a): 0.4213", "# [1] 0.0876"), and a cell's title ("%% Q2  95% CI",
# "## Q3 ----"), which the editors show as a section.
_SCRIPT_CELL = re.compile(r"^[ \t]*(?:%%|##)(?!#)[ \t]*(\S.*?)[ \t-]*$")
_SCRIPT_COMMENT = re.compile(r"^([ \t]*)(?:%+|#+'?|//)[ \t]?")
_SCRIPT_BLOCK_OPEN = re.compile(r"^[ \t]*(?:#=|%\{)[ \t]?")
_SCRIPT_BLOCK_CLOSE = re.compile(r"[ \t]*(?:=#|%\})[ \t]*$")


def script_text(text: str) -> str:
    """A MATLAB/Octave, R or Julia script as the text a person reads in it: a cell's title a heading, each comment's
    sign off (the output a student pastes under a line, "% ci = 0.2553 0.3847", reads as text), the code lines
    as they are (a relation such as "p = 1 - (4/7)^2" reads as the student's working)."""
    out = []
    block = False  # inside a block comment (Julia's "#= … =#", MATLAB's "%{ … %}"): its lines are text
    for line in text.split("\n"):
        if block or _SCRIPT_BLOCK_OPEN.match(line):
            opened = _SCRIPT_BLOCK_OPEN.match(line) if not block else None
            rest = line[opened.end():] if opened else line
            block = _SCRIPT_BLOCK_CLOSE.search(rest) is None
            out.append(_SCRIPT_BLOCK_CLOSE.sub("", rest) if not block else rest)
        elif (cell := _SCRIPT_CELL.match(line)) is not None:
            out.append(f"## {cell.group(1)}")
        elif (comment := _SCRIPT_COMMENT.match(line)) is not None:
            out.append(comment.group(1) + line[comment.end():])
        else:
            out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------------------ answer templates (YAML, JSON)

# A key and what follows it ("  b_num_params: 1792   # 64 * 28", '"Q1a": "0.347",', "- answer: 0.09"): a key is a
# short name of words, digits, spaces and brackets, quoted or not, before a colon that ends it.
_DATA_KEY = re.compile(r'^([ \t]*)(?:-[ \t]+)?(["\']?)([\w][\w .()/+-]{0,60}?)\2[ \t]*:(?:[ \t]+|$)(.*)$')
_DATA_COMMENT = re.compile(r"^[ \t]*#[ \t]?(.*)$")
# A comment after a YAML value ("1792   # 64 filters * 28"): a "#" after a space, outside quotes.
_DATA_TRAILING = re.compile(r"^((?:[^\"'#]|\"[^\"]*\"|'[^']*')*?)[ \t]+#[ \t]?(.*)$")
_DATA_CLOSERS = re.compile(r"^[ \t]*(?:[\]}][\]},]*|[\[{])[ \t]*$")
# A key with no value on its line: nothing, an empty value, or an opening brace or bracket (the block follows).
_DATA_NO_VALUE = {"", "{", "[", "null", "~", "None", "{}", "[]", '""', "''"}
# YAML's block scalars: the value is the indented text below the key.
_DATA_BLOCK_SCALARS = {">", "|", ">-", "|-", ">+", "|+"}
_DATA_ITEM = re.compile(r"^[ \t]*-[ \t]+(.*)$")


def data_text(text: str) -> str:
    """An answer template filled in as YAML or JSON ("q1:" / "  a_final_size: [7, 7, 32]  # (H, W, C)") as
    the lines a person reads in it, line for line: a key that opens a block (its value below it) a heading, "#" at
    the top level and "##" inside, a one-letter key a part's mark "(a)"; a key with its value "final size:
    [7, 7, 32] (H, W, C)", the words of a key written with underscores spaced, quotes and JSON's commas off; a
    list of rows under a key joined onto the key's line as one matrix ("W_new: [[0.25, 0.0], [-0.1, 0.1]]"), the
    rows' lines left blank; braces and brackets alone blank; comments as text. Nothing is parsed as YAML (no
    alias is expanded, no tag names a type) or evaluated."""
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        key = _DATA_KEY.match(line)
        if _DATA_CLOSERS.match(line):
            out[i] = ""
        elif key is None:
            comment = _DATA_COMMENT.match(line)
            item = _DATA_ITEM.match(line)
            out[i] = comment.group(1) if comment else _data_value(item.group(1)) if item else line.strip()
        else:
            indent, name = len(key.group(1).expandtabs(2)), _data_key(key.group(3))
            value, remark = _data_split_comment(key.group(4))
            value = value.strip().rstrip(",").strip()
            shown_name = f"({name})" if len(name) == 1 else name
            if value in _DATA_NO_VALUE or value in _DATA_BLOCK_SCALARS:
                rows, end = _data_rows(lines, i, indent)
                if rows:
                    out[i] = f"{name}: [" + ", ".join(rows) + "]"
                    out[i + 1:end] = [""] * (end - i - 1)
                    i = end
                    continue
                if value not in _DATA_BLOCK_SCALARS and _opens_block(lines, i, indent):
                    out[i] = ("#" if indent == 0 else "##") + " " + shown_name
                    i += 1
                    continue
                shown = ""
            else:
                shown = _data_value(value)
            out[i] = shown_name + ":" + (f" {shown}" if shown else "") + (
                "" if not remark else f" {remark}" if remark.startswith("(") else f" ({remark})")
        i += 1
    return "\n".join(out)


def _data_key(key: str) -> str:
    """A key as words: "a_final_size" is "a final size", "test_error_rate" "test error rate"; a name of a
    quantity ("dL_dW", "W_new", "p_hat") stays as written (no piece of it is a word of four letters or more)."""
    pieces = key.strip().split("_")
    return " ".join(pieces) if any(len(p) >= 4 and p.isalpha() for p in pieces) else key.strip()


def _data_value(value: str) -> str:
    value = value.strip().rstrip(",").strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].replace('\\"', '"')
    return value


def _data_split_comment(value: str) -> tuple[str, str]:
    found = _DATA_TRAILING.match(value)
    return (found.group(1), found.group(2).strip()) if found else (value, "")


def _data_rows(lines: list[str], i: int, indent: int) -> tuple[list[str], int]:
    """The rows of a matrix written under the key on line ``i`` (YAML's "- [0.5, 1.0]" lines, or a JSON array's
    "[0.5, 1.0]," lines up to its "]"), and the line after them; no rows unless every line is a bracketed row."""
    rows, j = [], i + 1
    while j < len(lines) and j - i <= 64:
        bare = lines[j].strip().rstrip(",").strip()
        if bare.startswith("- "):
            bare = bare[2:].strip()
        if re.fullmatch(r"\[[^\[\]]*\]", bare) and len(lines[j]) - len(lines[j].lstrip()) >= indent:
            rows.append(bare)
            j += 1
            continue
        if rows and re.fullmatch(r"\][,}\]]*", bare):
            j += 1  # a JSON array's closing bracket
        break
    return (rows, j) if len(rows) >= 2 else ([], i + 1)


def _opens_block(lines: list[str], i: int, indent: int) -> bool:
    """Whether the key on line ``i`` opens a block: the next line with something on it is indented deeper."""
    for line in lines[i + 1:i + 20]:
        if line.strip() and not _DATA_COMMENT.match(line):
            deeper = len(line) - len(line.lstrip())
            return deeper > indent or (line.lstrip().startswith("- ") and deeper >= indent
                                       and _DATA_KEY.match(line) is not None)
    return False


# ------------------------------------------------------------------------------ reStructuredText

# A section title's underline (or overline): one punctuation character repeated ("=====", "-----", "~~~~").
_RST_RULE = re.compile(r"^([=\-~^\"'`#*+:._])\1{2,}[ \t]*$")
# A directive (".. math::", ".. contents:: Questions", ".. note::") and a directive's option (":local:").
_RST_DIRECTIVE = re.compile(r"^\.\.[ \t]+([\w-]+)::(.*)$")
_RST_OPTION = re.compile(r"^[ \t]+:[\w-]+:")
# A comment (".. anything" that is no directive, target or footnote) is never shown.
_RST_COMMENT = re.compile(r"^\.\.(?:[ \t]|$)(?![ \t]*[\w-]+::)")
_RST_MATH_ROLE = re.compile(r":math:`([^`]*)`")
# A simple table's border: columns of "=" apart ("=========  ======").
_RST_BORDER = re.compile(r"^[ \t]*=+(?:[ \t]+=+)+[ \t]*$")


def _rst_cells(line: str, spans: list[tuple[int, int]]) -> list[str]:
    """A simple table's row cut at its border's columns (the last column runs to the line's end)."""
    cells = []
    for k, (a, _) in enumerate(spans):
        b = spans[k + 1][0] if k + 1 < len(spans) else len(line)
        cells.append(line[a:b].strip())
    return cells


def rst_text(text: str) -> str:
    """reStructuredText as Markdown, line for line: a section's title over (and under) its rule as a "#" heading,
    levels in the order the styles first appear, the rules blank; a ".. math::" block in "$$", ":math:`…`" as
    "$…$"; a simple table's rows as Markdown rows, its borders blank or the header's rule; other directives,
    their options and comments blank (their indented text stays, as the page shows it)."""
    lines = text.split("\n")
    out = list(lines)
    levels: list[str] = []
    skip_to = -1  # the last line of a math block, kept as written
    spans: list[tuple[int, int]] | None = None  # a simple table's columns, inside one
    for i, line in enumerate(lines):
        if i <= skip_to:
            continue
        if _RST_BORDER.match(line):
            closing = spans is not None and not (i + 1 < len(lines) and lines[i + 1].strip())
            if spans is None:
                spans = [m.span() for m in re.finditer(r"=+", line)]
                out[i] = ""
            else:  # the rule under the header; the last border closes the table
                out[i] = "" if closing else "|" + "---|" * len(spans)
                spans = None if closing else spans
            continue
        if spans is not None and line.strip():
            out[i] = "| " + " | ".join(_rst_cells(line, spans)) + " |"
            continue
        if (rule := _RST_RULE.match(line)) is not None and i > 0 and lines[i - 1].strip() \
                and not _RST_RULE.match(lines[i - 1]) and len(line.rstrip()) >= len(lines[i - 1].rstrip()):
            over = i >= 2 and lines[i - 2].rstrip() == line.rstrip()
            style = ("over" if over else "") + rule.group(1)
            if style not in levels:
                levels.append(style)
            out[i - 1] = f"{'#' * min(levels.index(style) + 1, 6)} {lines[i - 1].strip()}"
            out[i] = ""
            if over:
                out[i - 2] = ""
            continue
        if (directive := _RST_DIRECTIVE.match(line)) is not None:
            out[i] = ""
            if directive.group(1) == "math":
                inline = directive.group(2).strip()
                if inline:
                    out[i] = f"$${inline}$$"
                    continue
                last = i  # the block: the indented lines after it (blank lines between them)
                j = i + 1
                while j < len(lines) and (not lines[j].strip() or lines[j][:1].isspace()):
                    if lines[j].strip():
                        last = j
                    j += 1
                if last > i:
                    out[i] = "$$"
                    if last + 1 < len(lines) and not lines[last + 1].strip():
                        out[last + 1] = "$$"
                    else:
                        out[last] = f"{lines[last]} $$"
                    skip_to = last + 1
            continue
        if _RST_OPTION.match(line) and i > 0 and not out[i - 1].strip():
            out[i] = ""
            continue
        if _RST_COMMENT.match(line):
            out[i] = ""
            continue
        out[i] = _RST_MATH_ROLE.sub(lambda m: f"${m.group(1)}$", line)
    return "\n".join(out)
