"""Word (.docx) and OpenDocument (.odt) files to text: paragraphs, tables as rows, equations.

Both are zip archives of XML; the one part that holds the text is read (``word/document.xml``,
``content.xml``), through the archive checks every zip gets (zip bombs, sizes), with the
standard library's XML parser. XML that declares a document type is refused before it is
parsed: no entity is ever defined, so none can be expanded (the "billion laughs") and none
can name a file or a URL. Nothing else of the file is opened (macros, embedded objects,
linked images, external relations).

What comes out is text a person reads, one paragraph a line with a blank line between, as
the Markdown reader takes it:

* a heading style (``Heading 2``, ``Title``; an ODF heading's level) becomes a ``#`` heading;
* Word's automatic list numbers (``(a)``, ``2.``, ``ii.``), which are no part of the text, are
  counted as Word counts them and written before their paragraph;
* a table is a Markdown table, one line per row (``| standard convolution | 1,228,800 |``),
  so a value stays with its row;
* Word's equations (OMML) become linear text: ``a/b`` for a fraction, ``x^{2}``,
  ``w_{11}``, ``∑_{i}^{n}``, ``sqrt(x)``, ``\\boxed{…}`` for a boxed one, ``[[1, 2], [3, 4]]``
  for a matrix;
* tracked deletions are left out, tracked insertions kept: the text as it now reads.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Callable, Iterable

from ..errors import UnreadableFileError
from .archive import archive_members, open_archive, read_member
from .limits import DEFAULT_LIMITS, ReadLimits
from .markups import grouped_script

__all__ = ["docx_text", "odt_text", "omml_text"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"

_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _part(data: bytes, name: str, inner: str, limits: ReadLimits, *, optional: bool = False) -> ET.Element | None:
    """The XML part ``inner`` of the zip ``data``, parsed without any document type (None if optional and absent)."""
    with open_archive(data, name) as archive:
        members = archive_members(archive, name, max_members=limits.max_files * 10,
                                  max_bytes=limits.max_submission_bytes)
        member = next((m for m in members if m.name == inner and not m.link), None)
        if member is None:
            if optional:
                return None
            raise UnreadableFileError(f"{name}: no {inner} inside: not a document of its kind; save it again "
                                      f"(File > Save As) or export a PDF")
        xml = read_member(archive, member, f"{name}: {inner}", limits.max_file_bytes * 5)
    if _DECLARATION.search(xml):
        raise UnreadableFileError(f"{name}: its XML declares a document type (entities), which documents saved by "
                                  f"Word or LibreOffice never do; refused unread. Save it again or export a PDF")
    try:
        return ET.fromstring(xml)
    except ET.ParseError as exc:
        raise UnreadableFileError(f"{name}: {inner} is not well-formed XML ({exc}); save it again or export a PDF") \
            from None


# --------------------------------------------------------------------------- Word


def docx_text(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    """A Word document's text: paragraphs, table rows and equations, one a line, blank lines between."""
    root = _part(data, name, "word/document.xml", limits)
    body = root.find(f"{W}body")
    if body is None:
        raise UnreadableFileError(f"{name}: word/document.xml has no body; save it again or export a PDF")
    numbering = _Numbering(_part(data, name, "word/numbering.xml", limits, optional=True),
                           _part(data, name, "word/styles.xml", limits, optional=True))
    return "\n\n".join(line for line in _word_lines(body, numbering) if line.strip()) + "\n"


class _Numbering:
    """Word's automatic list numbers (``(a)``, ``2.``), which are not in the text: counted as Word does."""

    def __init__(self, root: ET.Element | None, styles: ET.Element | None = None):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, level) -> format, text, start
        self.counts: dict[str, list[int]] = {}
        self.styles: dict[str, ET.Element] = {}  # a paragraph style's list ("List Number")
        for style in (styles.findall(f"{W}style") if styles is not None else ()):
            props = style.find(f"{W}pPr/{W}numPr")
            if props is not None and style.get(f"{W}styleId"):
                self.styles[style.get(f"{W}styleId")] = props
        if root is None:
            return
        abstract = {a.get(f"{W}abstractNumId"): a for a in root.findall(f"{W}abstractNum")}
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            source = abstract.get(ref.get(f"{W}val")) if ref is not None else None
            if source is None:
                continue
            for level in source.findall(f"{W}lvl"):
                fmt, text, start = level.find(f"{W}numFmt"), level.find(f"{W}lvlText"), level.find(f"{W}start")
                self.levels[(num.get(f"{W}numId") or "", int(level.get(f"{W}ilvl") or 0))] = (
                    fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{W}val", "") if text is not None else "",
                    int(start.get(f"{W}val", "1") or 1) if start is not None else 1)

    def label(self, paragraph: ET.Element) -> str:
        """The number Word shows before a paragraph of a numbered list, with a space; "" for others."""
        props = paragraph.find(f"{W}pPr/{W}numPr")
        if props is None:
            style = paragraph.find(f"{W}pPr/{W}pStyle")
            props = self.styles.get(style.get(f"{W}val", "")) if style is not None else None
        if props is None or not self.levels:
            return ""
        num, level = props.find(f"{W}numId"), props.find(f"{W}ilvl")
        num_id = num.get(f"{W}val", "") if num is not None else ""
        depth = min(int(level.get(f"{W}val", "0") or 0), 8) if level is not None else 0
        if (num_id, depth) not in self.levels:
            return ""
        counts = self.counts.setdefault(num_id, [0] * 9)
        counts[depth] += 1
        counts[depth + 1:] = [0] * (8 - depth)
        fmt, text, _ = self.levels[(num_id, depth)]
        if fmt in ("bullet", "none"):
            return ""
        for k in range(depth + 1):
            start = self.levels.get((num_id, k), ("decimal", "", 1))[2]
            shown = _list_number(self.levels.get((num_id, k), ("decimal", "", 1))[0], counts[k] + start - 1)
            text = text.replace(f"%{k + 1}", shown)
        return text + " " if text else ""


def _list_number(fmt: str, n: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                               (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while n >= value:
                roman, n = roman + numeral, n - value
        return roman.upper() if fmt == "upperRoman" else roman
    return str(n)


# Where a text box's lines stand in its paragraph's text until the paragraph is whole (control characters no
# document's text holds).
_BOX_OPEN, _BOX_CLOSE = "\x01", "\x02"
_BOX = re.compile("\x01([^\x01\x02]*)\x02")


def _boxes_after(text: str) -> str:
    """A paragraph's text with its text boxes' lines after it, each a line of its own: a box floats beside the
    working it is anchored in ("Answer 4(a): 0.0372" beside the working that derives it), and holds what the
    student sets apart from it, its conclusion, whatever the anchor's place among the paragraph's runs."""
    if _BOX_OPEN not in text:
        return text.strip()
    boxes = [m.group(1) for m in _BOX.finditer(text)]
    return "\n".join(line for line in (_BOX.sub(" ", text).strip(), *boxes) if line.strip())


def _word_lines(parent: ET.Element, numbering: _Numbering) -> Iterable[str]:
    for child in parent:
        if child.tag == f"{W}p":
            yield _heading(child) + numbering.label(child) + _boxes_after(_word_inline(child))
        elif child.tag == f"{W}tbl":
            yield _word_table(child)
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins"):
            yield from _word_lines(child, numbering)
        elif child.tag == f"{M}oMathPara":
            yield omml_text(child)


def _word_table(table: ET.Element) -> str:
    """A Word table (``w:tbl``), in the body or in a text box, as a Markdown table."""
    return _table([[" ".join(_boxes_after(_word_inline(p)) for p in cell.iter(f"{W}p")).strip()
                    for cell in row.findall(f"{W}tc")] for row in table.iter(f"{W}tr")])


def _table(rows: list[list[str]]) -> str:
    """A table as a Markdown table: one line per row, so that a value stays with its row's label."""
    rows = [[" ".join(cell.replace("|", "/").split()) for cell in row] for row in rows if any(c.strip() for c in row)]
    if not rows:
        return ""
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines[:1] + ["|" + "---|" * len(rows[0])] + lines[1:])


def _heading(paragraph: ET.Element) -> str:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    value = (style.get(f"{W}val") or "") if style is not None else ""
    if value.lower() == "title":
        return "# "
    match = re.fullmatch(r"(?i)heading\s*([1-6])", value)
    return "#" * int(match.group(1)) + " " if match else ""


def _word_inline(element: ET.Element) -> str:
    """The text of a paragraph (or a part of one) in order: runs, tabs, breaks and equations."""
    out: list[str] = []
    for child in element:
        tag = child.tag
        if tag in (f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr"):
            continue  # deleted by tracked changes, or formatting
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag == f"{W}tab":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag in (f"{M}oMath", f"{M}oMathPara"):
            out.append(" " + omml_text(child) + " ")
        elif tag == f"{W}txbxContent":
            # a text box's paragraphs, each a line of its own (run together, "Loss function:L(λ) = …minimised"
            # would be one statement), set apart from the paragraph that anchors the box
            lines = [_boxes_after(_word_inline(p)) if p.tag == f"{W}p" else _word_table(p) if p.tag == f"{W}tbl"
                     else "" for p in child]
            out.append(_BOX_OPEN + "\n".join(line for line in lines if line) + _BOX_CLOSE)
        elif tag == f"{MC}AlternateContent":
            # a drawing (a text box) saved twice, as the new kind and a fallback for old readers: read once, the first
            choice = next(iter(child), None)
            if choice is not None:
                out.append(_word_inline(choice))
        elif tag == f"{W}footnoteReference" or tag == f"{W}endnoteReference":
            out.append(" ")  # a footnote's mark is not part of a value beside it (0.0044¹)
        elif tag == f"{W}r" and _struck(child):
            inner = _word_inline(child)  # crossed out with Word's strikethrough: struck out as Markdown writes it
            out.append(f"~~{inner}~~" if inner.strip() else inner)
        elif tag == f"{W}r" and (script := _vertical(child)) is not None:
            # a run raised or lowered ("10" then a raised "-3", "x" then a lowered "i"): a power or an index, as
            # the page shows it (read flat, "10-3" would subtract); more than a number is grouped ("^{1-x_i}")
            inner = _word_inline(child)
            if inner.strip():
                out.append(f"{script}{grouped_script(inner)}")
        else:
            out.append(_word_inline(child))
    return re.sub(r"[ ]{2,}", " ", "".join(out))


def _vertical(run: ET.Element) -> str | None:
    """"^" for a run set as a superscript, "_" for a subscript (``w:vertAlign``), else None."""
    props = run.find(f"{W}rPr")
    align = props.find(f"{W}vertAlign") if props is not None else None
    return {"superscript": "^", "subscript": "_"}.get(align.get(f"{W}val", "")) if align is not None else None


def _struck(run: ET.Element) -> bool:
    """Whether a run is struck through (``w:strike``, ``w:dstrike``), unless its value turns it off."""
    props = run.find(f"{W}rPr")
    if props is None:
        return False
    for name in ("strike", "dstrike"):
        mark = props.find(f"{W}{name}")
        if mark is not None and mark.get(f"{W}val", "true").lower() not in ("false", "0", "off"):
            return True
    return False


# --------------------------------------------------------------------------- Word's equations

def _m(element: ET.Element | None, path: str) -> ET.Element | None:
    return None if element is None else element.find(path)


def _arg(element: ET.Element, name: str) -> str:
    part = element.find(f"{M}{name}")
    return omml_text(part) if part is not None else ""


def _grouped(text: str) -> str:
    """A fraction's side as it must be written on one line: in brackets unless it is one term."""
    text = text.strip()
    return text if re.fullmatch(r"[\w.^{}_∂′']+", text) else f"({text})"


def _prop(element: ET.Element, prop: str, name: str, default: str) -> str:
    found = element.find(f"{M}{prop}/{M}{name}")
    if found is None:
        return default
    return found.get(f"{M}val", default)


def _fraction(e: ET.Element) -> str:
    return f"{_grouped(_arg(e, 'num'))}/{_grouped(_arg(e, 'den'))}"


def _scripts(e: ET.Element) -> str:
    base, sub, sup = _arg(e, "e"), _arg(e, "sub"), _arg(e, "sup")
    return base + (f"_{{{sub}}}" if sub else "") + (f"^{{{sup}}}" if sup else "")


def _nary(e: ET.Element) -> str:
    symbol = _prop(e, "naryPr", "chr", "∫")
    sub, sup = _arg(e, "sub"), _arg(e, "sup")
    return symbol + (f"_{{{sub}}}" if sub else "") + (f"^{{{sup}}}" if sup else "") + " " + _arg(e, "e")


def _delimited(e: ET.Element) -> str:
    items = e.findall(f"{M}e")
    if len(items) == 1:
        inside = [child for child in items[0] if not child.tag.endswith("Pr")]
        if len(inside) == 1 and inside[0].tag == f"{M}m":
            return _matrix(inside[0])  # Word's bracketed matrix: the brackets are the matrix's own
    opening, closing = _prop(e, "dPr", "begChr", "("), _prop(e, "dPr", "endChr", ")")
    separator = _prop(e, "dPr", "sepChr", ",")
    return opening + f"{separator} ".join(omml_text(x) for x in e.findall(f"{M}e")) + closing


def _matrix(e: ET.Element) -> str:
    rows = ["[" + ", ".join(omml_text(x) for x in row.findall(f"{M}e")) + "]" for row in e.findall(f"{M}mr")]
    return "[" + ", ".join(rows) + "]"


def _overbar(e: ET.Element) -> str:
    """A bar over its argument ("x̄", Word's "Overbar"; a mean), or under it (OMML's default position):
    a bar over one letter is the letter with a combining macron, over more an \\overline{}."""
    text = _arg(e, "e")
    if _prop(e, "barPr", "pos", "bot") != "top":
        return text
    return text + "\u0304" if len(text.strip()) == 1 else f"\\overline{{{text}}}"


def _radical(e: ET.Element) -> str:
    degree = _arg(e, "deg")
    return (f"root{degree}" if degree else "sqrt") + f"({_arg(e, 'e')})"


_OMML: dict[str, Callable[[ET.Element], str]] = {
    f"{M}f": _fraction,
    f"{M}sSup": _scripts, f"{M}sSub": _scripts, f"{M}sSubSup": _scripts,
    f"{M}sPre": lambda e: f"{{}}_{{{_arg(e, 'sub')}}}^{{{_arg(e, 'sup')}}}" + _arg(e, "e"),
    f"{M}nary": _nary,
    f"{M}d": _delimited,
    f"{M}rad": _radical,
    f"{M}m": _matrix,
    f"{M}func": lambda e: " " + _arg(e, "fName") + " " + _argument(_arg(e, "e")),
    f"{M}limLow": lambda e: f"{_arg(e, 'e')}_{{{_arg(e, 'lim')}}}",
    f"{M}limUpp": lambda e: f"{_arg(e, 'e')}^{{{_arg(e, 'lim')}}}",
    f"{M}acc": lambda e: _arg(e, "e") + _prop(e, "accPr", "chr", "\u0302"),
    f"{M}bar": _overbar,
    f"{M}borderBox": lambda e: f"\\boxed{{{_arg(e, 'e')}}}",
    f"{M}box": lambda e: _arg(e, "e"),
    f"{M}eqArr": lambda e: "; ".join(omml_text(x) for x in e.findall(f"{M}e")),
    f"{M}groupChr": lambda e: _arg(e, "e"),
    f"{M}phant": lambda e: "",
}


def _argument(text: str) -> str:
    """A function's argument as linear text keeps it whole: "ln(y/λ)", not "ln y/λ" (which reads (ln y)/λ)."""
    bare = text.strip()
    if bare and not (bare[0] in "([{" and bare[-1] in ")]}") and re.search(r"[-+−/×·*\s]", bare):
        return f"({bare})"
    return text


# A letter (a function's name, a factor) right before a built-up fraction: "y ln" then y/λ.
_LETTER_BEFORE = re.compile(r"[A-Za-z\u0370-\u03ff]\s*$")


def omml_text(element: ET.Element) -> str:
    """A Word equation (``m:oMath`` or any piece of one) as linear text."""
    handler = _OMML.get(element.tag)
    if handler is not None:
        return handler(element)
    if element.tag == f"{M}t" or element.tag == f"{W}t":
        return element.text or ""
    if element.tag.endswith("Pr"):  # properties: no text
        return ""
    out = ""
    for child in element:
        piece = omml_text(child)
        if child.tag == f"{M}f" and _LETTER_BEFORE.search(out):
            # a fraction built up after a function's name or a factor typed as text ("ln" then y/λ) is one
            # operand: in linear text it keeps its brackets ("ln(y/λ)", not "(ln y)/λ")
            piece = f"({piece})"
        out += piece
    return out


# --------------------------------------------------------------------------- OpenDocument


def odt_text(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    """An OpenDocument text's paragraphs, headings and table rows, one a line, blank lines between."""
    root = _part(data, name, "content.xml", limits)
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise UnreadableFileError(f"{name}: content.xml holds no text document; save it again or export a PDF")
    return "\n\n".join(line for line in _odf_lines(body) if line.strip()) + "\n"


def _odf_lines(parent: ET.Element) -> Iterable[str]:
    for child in parent:
        if child.tag == f"{TEXT}h":
            level = int(child.get(f"{TEXT}outline-level", "1") or 1)
            yield "#" * min(max(level, 1), 6) + " " + _odf_inline(child).strip()
        elif child.tag == f"{TEXT}p":
            yield _odf_inline(child).strip()
        elif child.tag == f"{TABLE}table":
            yield _table([[" ".join(_odf_inline(p).strip() for p in cell.iter(f"{TEXT}p")).strip()
                           for cell in row.findall(f"{TABLE}table-cell")] for row in child.iter(f"{TABLE}table-row")])
        elif child.tag in (f"{TEXT}list", f"{TEXT}list-item", f"{TEXT}section", f"{TEXT}list-header"):
            yield from _odf_lines(child)


def _odf_inline(element: ET.Element) -> str:
    out = [element.text or ""]
    for child in element:
        if child.tag == f"{TEXT}s":
            out.append(" " * int(child.get(f"{TEXT}c", "1") or 1))
        elif child.tag == f"{TEXT}tab":
            out.append("\t")
        elif child.tag == f"{TEXT}line-break":
            out.append("\n")
        elif child.tag in (f"{TEXT}note", f"{OFFICE}annotation", f"{TEXT}tracked-changes"):
            out.append(" ")  # a footnote or a comment is not part of the sentence it is attached to
        else:
            out.append(_odf_inline(child))
        out.append(child.tail or "")
    return "".join(out)
