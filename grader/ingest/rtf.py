"""Rich Text (.rtf, as WordPad, TextEdit and Word save it): the text a reader sees, as Markdown.

An RTF file is text with control words (``\\par``, ``\\b``, ``\\'d7``, ``\\u963``) in nested groups;
read as Markdown as it is, every answer sits among them. Read here with one linear scan of its
tokens, never executed: paragraphs become lines, table rows Markdown rows, a list's number or bullet
stays at its line's start, bold stays bold ("**0.03718**", a final answer's mark) and struck text
struck ("~~0.0372~~"), a raised or lowered run a power or an index ("10^{-3}"); what the page does
not show (the font and colour tables, styles, pictures, fields' codes, the document's properties,
headers and footers) is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .markups import grouped_script

__all__ = ["rtf_text"]

# One token: a control word with its number and the one space that ends it, a byte in hex, a control
# symbol (a backslash and one other character, a line break among them), a brace, a run of plain text.
_TOKEN = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+")

#: Groups whose text the page does not show (the tables of fonts, colours and styles, pictures, the
#: document's properties, a field's code beside its shown result, headers and footers repeated on
#: every page, comments, bookmarks). A group opened by ``\*`` is left out too, as RTF says.
_HIDDEN = frozenset((
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "objdata", "fldinst", "datafield",
    "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "listtable",
    "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping",
    "latentstyles", "datastore", "annotation", "atnid", "atnauthor", "atndate", "bkmkstart", "bkmkend",
    "filetbl", "mmathPr", "pn", "shpinst", "nonshppict", "template", "title", "author", "operator",
    "company", "keywords", "subject", "comment", "doccomm", "expandedcolortbl", "pgdsctbl",
))
#: Control words that stand for a character (or a line's end).
_CHARACTERS = {"par": "\n", "line": "\n", "sect": "\n\n", "page": "\n\n", "tab": "\t", "emdash": "—",
               "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
               "emspace": " ", "enspace": " ", "qmspace": " ", "row": "\n"}
#: Control symbols: "\~" a space that does not break, "\_" a hyphen that does not, "\-" where a word may break.
_SYMBOLS = {"~": " ", "_": "-", "-": "", "{": "{", "}": "}", "\\": "\\", "\n": "\n", "\r": "\n", ":": ":"}
#: The marks Markdown writes for runs the page sets bold or struck through.
_MARKS = (("bold", "**"), ("strike", "~~"))


@dataclass(frozen=True)
class _Style:
    hidden: bool = False
    bold: bool = False
    strike: bool = False
    script: str = ""  # "^" while the text is raised, "_" while lowered
    skip: int = 1  # characters that follow \uN as its stand-in for older readers (\ucN)
    list_text: bool = False  # a list item's number or bullet (\pntext, \listtext)


@dataclass
class _Writer:
    codepage: str = "cp1252"
    out: list[str] = field(default_factory=list)
    marks: dict[str, bool] = field(default_factory=lambda: {"bold": False, "strike": False})
    script: str = ""
    script_text: list[str] = field(default_factory=list)
    pending: bytearray = field(default_factory=bytearray)  # bytes in hex, decoded together (a character may take two)
    in_row: bool = False

    def text(self, text: str, style: _Style) -> None:
        self.flush_bytes(style)
        self._put(text, style)

    def byte(self, value: int) -> None:
        self.pending.append(value)

    def flush_bytes(self, style: _Style) -> None:
        if self.pending:
            data, self.pending = bytes(self.pending), bytearray()
            self._put(data.decode(self.codepage, errors="replace"), style)

    def _put(self, text: str, style: _Style) -> None:
        if not text:
            return
        if style.script != self.script:
            self.end_script()
            self.script = style.script
        if self.script:
            self.script_text.append(text)
            return
        if self.in_row:  # a cell's paragraphs stay in its row
            text = text.replace("\n", " ")
        for line_i, piece in enumerate(text.split("\n")):
            if line_i:
                self.close_marks()
                self.out.append("\n")
            if piece.strip():
                self._open_marks(style)
            if piece:
                self.out.append(piece)

    def _open_marks(self, style: _Style) -> None:
        for name, mark in _MARKS:
            want = getattr(style, name)
            if want != self.marks[name]:
                self._toggle(name, mark)

    def _toggle(self, name: str, mark: str) -> None:
        if self.marks[name]:  # a closing mark goes before the run's trailing spaces ("**0.0372** ", not "**0.0372 **")
            tail = ""
            while self.out and self.out[-1].strip() == "" and not self.out[-1].endswith("\n"):
                tail = self.out.pop() + tail
            if self.out:
                stripped = self.out[-1].rstrip(" \t")
                tail = self.out[-1][len(stripped):] + tail
                self.out[-1] = stripped
            self.out.append(mark + tail)
        else:
            self.out.append(mark)
        self.marks[name] = not self.marks[name]

    def close_marks(self) -> None:
        self.end_script()
        for name, mark in reversed(_MARKS):
            if self.marks[name]:
                self._toggle(name, mark)

    def end_script(self) -> None:
        if self.script:
            shown, sign = "".join(self.script_text), self.script
            self.script, self.script_text = "", []
            if shown.strip():
                self.out.append(sign + grouped_script(shown))

    def style_changed(self, style: _Style) -> None:
        """Marks close where the style that opened them ends, so that "\\b 0.0372\\b0 then" is "**0.0372** then"."""
        self.flush_bytes(style)
        if style.script != self.script:
            self.end_script()
        for name, mark in _MARKS:
            if self.marks[name] and not getattr(style, name):
                self._toggle(name, mark)

    def start_row(self) -> None:
        if not self.in_row:
            self.close_marks()
            if self.out and not self.out[-1].endswith("\n"):
                self.out.append("\n")
            self.out.append("| ")
            self.in_row = True

    def cell(self) -> None:
        self.close_marks()
        self.out.append(" | ")

    def end_row(self) -> None:
        self.close_marks()
        self.out.append("\n")
        self.in_row = False


def rtf_text(source: str) -> str:
    """The text of an RTF document, as Markdown; text that is not RTF comes back as it is."""
    if not source.lstrip().startswith("{\\rtf"):
        return source
    writer = _Writer()
    if match := re.search(r"\\ansicpg(\d{3,5})", source[:2000]):
        writer.codepage = _codepage(f"cp{match.group(1)}")
    elif re.search(r"\\mac\b", source[:200]):
        writer.codepage = "mac_roman"
    stack: list[_Style] = []
    style = _Style()
    skip = 0  # stand-in characters still to drop after a \uN
    destination_next = False  # "\*" seen: the group it opens is hidden unless its word is known
    list_start = 0
    for match in _TOKEN.finditer(source):
        word, number, hexbyte, symbol, brace, plain = match.groups()
        if brace == "{":
            stack.append(style)
            destination_next = False
            continue
        if brace == "}":
            was = style
            style = stack.pop() if stack else _Style()
            if was.list_text and not style.list_text and not style.hidden:
                _list_mark(writer, list_start)
            if was != style:
                writer.style_changed(style)
            skip = 0
            continue
        if skip and (plain or hexbyte or symbol):
            if plain:
                dropped = min(skip, len(plain))
                plain, skip = plain[dropped:], skip - dropped
                if not plain:
                    continue
            else:
                skip -= 1
                continue
        if hexbyte is not None:
            if not style.hidden:
                writer.byte(int(hexbyte, 16))
            continue
        if plain is not None:
            if not style.hidden:
                writer.text(plain, style)
            continue
        if symbol is not None:
            if symbol == "*":
                destination_next = True
            elif not style.hidden and symbol in _SYMBOLS:
                writer.text(_SYMBOLS[symbol], style)
            continue
        if word is None:
            continue  # a raw line break: RTF's own, not the text's
        value = int(number) if number is not None else None
        if word in _HIDDEN or destination_next:
            destination_next = False
            if word not in ("pntext", "listtext"):
                style = replace(style, hidden=True)
                continue
        if style.hidden:
            continue
        if word in ("pntext", "listtext"):
            writer.flush_bytes(style)
            style = replace(style, list_text=True)
            list_start = len(writer.out)
        elif word == "u" and value is not None:
            writer.text(chr(value + 65536 if value < 0 else value) if -65536 < value < 0x110000 else "", style)
            skip = style.skip
        elif word == "uc" and value is not None:
            style = replace(style, skip=max(0, min(value, 8)))
        elif word == "b":
            style = _restyled(writer, style, bold=value != 0)
        elif word in ("strike", "striked"):
            style = _restyled(writer, style, strike=value != 0)
        elif word in ("super", "sub", "nosupersub", "up", "dn"):
            sign = {"super": "^", "up": "^", "sub": "_", "dn": "_"}.get(word, "") if value != 0 else ""
            writer.flush_bytes(style)
            style = replace(style, script=sign)
        elif word == "plain":
            style = _restyled(writer, style, bold=False, strike=False, script="")
        elif word in ("trowd", "intbl"):
            writer.flush_bytes(style)
            writer.start_row()
        elif word == "cell" or word == "nestcell":
            writer.flush_bytes(style)
            writer.start_row()
            writer.cell()
        elif word == "row":
            writer.flush_bytes(style)
            writer.end_row()
        elif word in _CHARACTERS:
            writer.text(_CHARACTERS[word], style)
    writer.flush_bytes(style)
    writer.close_marks()
    text = "".join(writer.out)
    text = re.sub(r"[ \t]*\|[ \t]*\n", " |\n", text)  # a row's last cell closes it once
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def _restyled(writer: _Writer, style: _Style, **changes) -> _Style:
    writer.flush_bytes(style)
    new = replace(style, **changes)
    writer.style_changed(new)
    return new


def _list_mark(writer: _Writer, start: int) -> None:
    """A list item's number stays ("1." at its line's start, as Markdown writes it); a bullet ("·", "•",
    a Symbol font's byte) becomes "- "."""
    shown = "".join(writer.out[start:]).strip()
    del writer.out[start:]
    if any(ch.isalnum() for ch in shown):
        writer.out.append(shown + " ")
    elif shown:
        writer.out.append("- ")


def _codepage(name: str) -> str:
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name
