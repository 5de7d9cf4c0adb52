"""Word (.docx), OpenDocument (.odt), Excel (.xlsx) and PowerPoint (.pptx) files to text: paragraphs, tables as
rows, equations, a workbook's sheets, a deck's slides.

Each is a zip archive of XML; the parts that hold the text are read (``word/document.xml``,
``content.xml``; a workbook's sheets and a deck's slides and notes, found through the package's
relations), through the archive checks every zip gets (zip bombs, sizes), with the standard
library's XML parser. XML that declares a document type is refused before it is
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
* tracked deletions are left out, tracked insertions kept: the text as it now reads;
* a paragraph's footnotes, endnotes and margin comments are read after it ("Footnote: …"), the
  pages' header before the text and their footer after it, each once;
* a workbook is its sheets in their tabs' order, each as a CSV export of it reads (cells as
  Excel shows them: a formula's last calculated value); a deck is its slides in the show's
  order, each a title, its text boxes and tables, and the speaker's notes.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from typing import Callable, Iterable

from ..errors import UnreadableFileError
from .archive import archive_members, open_archive, read_member
from .limits import DEFAULT_LIMITS, ReadLimits
from .markups import grouped_script, table_rows
from .mathml import mathml_text

__all__ = ["docx_text", "odp_text", "ods_text", "odt_text", "omml_text", "pptx_text", "xlsx_text"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
PRESENTATION = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
# A sheet's row or column repeated (LibreOffice writes a sheet's empty tail as one row repeated a million times):
# at most this many written.
_MAX_REPEATED, _MAX_COLUMNS = 64, 1024
# Where a formula object's text begins and ends in a paragraph's text until it is whole: a space there unless the
# paragraph has one ("Loss L as said", not "Loss  L  as said" nor "LossL").
_OBJECT_EDGE = "\x03"
_OBJECT_SPACE = re.compile(r"(?<=[^\s\x03])\x03+(?=[^\s\x03])")
# How deep an ODF paragraph's spans are followed (a saved document nests a few; a hostile one thousands).
_MAX_NESTING = 48

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
    notes = {}
    for kind, inner in (("Footnote", "word/footnotes.xml"), ("Endnote", "word/endnotes.xml"),
                        ("Comment", "word/comments.xml")):
        root_notes = _part(data, name, inner, limits, optional=True)
        for note in (root_notes if root_notes is not None else ()):
            if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join(" ".join(_boxes_after(_word_inline(p)).split()) for p in note.iter(f"{W}p")).strip()
            if text:
                notes[(kind, note.get(f"{W}id") or "")] = f"{kind}: {text}"
    # a page's header above the text and its footer below it, each read once (Word stores one for every page)
    furniture: dict[str, list[str]] = {"header": [], "footer": []}
    for path, kind in sorted(_related(data, name, "word/document.xml", limits).values()):
        part = _part(data, name, path, limits, optional=True) if kind in furniture else None
        if part is not None:
            text = "\n\n".join(line for line in _word_lines(part, numbering, notes) if line.strip())
            if text and text not in furniture[kind]:
                furniture[kind].append(text)
    lines = [*furniture["header"], *_word_lines(body, numbering, notes), *furniture["footer"]]
    return "\n\n".join(line for line in lines if line.strip()) + "\n"


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


# The marks that tie a paragraph to a note kept elsewhere in the file, and the note's kind.
_NOTE_MARKS = {f"{W}footnoteReference": "Footnote", f"{W}endnoteReference": "Endnote",
               f"{W}commentReference": "Comment"}


def _word_lines(parent: ET.Element, numbering: _Numbering, notes: dict[tuple[str, str], str]) -> Iterable[str]:
    for child in parent:
        if child.tag == f"{W}p":
            yield _heading(child) + numbering.label(child) + _boxes_after(_word_inline(child))
            yield from _notes_of(child, notes)
        elif child.tag == f"{W}tbl":
            yield _word_table(child)
            yield from _notes_of(child, notes)
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins"):
            yield from _word_lines(child, numbering, notes)
        elif child.tag == f"{M}oMathPara":
            yield omml_text(child)


def _notes_of(element: ET.Element, notes: dict[tuple[str, str], str]) -> Iterable[str]:
    """The footnotes, endnotes and margin comments a paragraph or a table marks, to be read after it: a student
    corrects an answer there ("¹ Correction: … 53,952, not 49,152"), and a person reads a note beside what it marks."""
    for mark in element.iter():
        if mark.tag in _NOTE_MARKS and (note := notes.get((_NOTE_MARKS[mark.tag], mark.get(f"{W}id") or ""))):
            yield note


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
    """An OpenDocument text's paragraphs, headings and table rows, one a line, blank lines between; its formula
    objects (LibreOffice Math) as linear text where they stand."""
    root = _part(data, name, "content.xml", limits)
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise UnreadableFileError(f"{name}: content.xml holds no text document; save it again or export a PDF")
    formula = _odf_formulas(data, name, limits)
    return "\n\n".join(line for line in _odf_lines(body, formula) if line.strip()) + "\n"


def _odf_formulas(data: bytes, name: str, limits: ReadLimits) -> Callable[[str], str]:
    """How a formula object (``draw:object xlink:href="./Object 1"``) reads: its MathML (``Object 1/content.xml``)
    as linear text, "" where the package holds none (an OLE object, a chart)."""
    def formula(href: str) -> str:
        inner = posixpath.normpath(href.removeprefix("./")).lstrip("/")
        if not inner or inner.startswith(".."):
            return ""  # a link out of the package: never followed
        root = _part(data, name, f"{inner}/content.xml", limits, optional=True)
        return mathml_text(root) if root is not None and root.tag.endswith("math") else ""
    return formula


def _odf_lines(parent: ET.Element, formula: Callable[[str], str] | None = None) -> Iterable[str]:
    for child in parent:
        if child.tag == f"{TEXT}h":
            level = int(child.get(f"{TEXT}outline-level", "1") or 1)
            yield "#" * min(max(level, 1), 6) + " " + _odf_inline(child, formula).strip()
        elif child.tag == f"{TEXT}p":
            yield _odf_inline(child, formula).strip()
        elif child.tag == f"{TABLE}table":
            yield _table([[" ".join(_odf_inline(p, formula).strip() for p in cell.iter(f"{TEXT}p")).strip()
                           for cell in row.findall(f"{TABLE}table-cell")] for row in child.iter(f"{TABLE}table-row")])
        elif child.tag in (f"{TEXT}list", f"{TEXT}list-item", f"{TEXT}section", f"{TEXT}list-header",
                           f"{DRAW}text-box", f"{DRAW}frame", f"{DRAW}custom-shape"):
            yield from _odf_lines(child, formula)


def _odf_inline(element: ET.Element, formula: Callable[[str], str] | None = None, depth: int = 0) -> str:
    if depth > _MAX_NESTING:
        return "".join(element.itertext())  # spans in spans past any document's: their text, the stack spared
    out = [element.text or ""]
    for child in element:
        if child.tag == f"{TEXT}s":
            out.append(" " * min(int(child.get(f"{TEXT}c", "1") or 1), 80))
        elif child.tag == f"{TEXT}tab":
            out.append("\t")
        elif child.tag == f"{TEXT}line-break":
            out.append("\n")
        elif child.tag in (f"{TEXT}note", f"{OFFICE}annotation", f"{TEXT}tracked-changes"):
            out.append(" ")  # a footnote or a comment is not part of the sentence it is attached to
        elif child.tag == f"{DRAW}object":
            math = formula(child.get(_XLINK_HREF) or "").strip() if formula is not None else ""
            if math:  # a formula apart from the words around it by one space (marked until the paragraph is whole)
                out.append(f"{_OBJECT_EDGE}{math}{_OBJECT_EDGE}")
        elif child.tag in (f"{DRAW}image", f"{SVG}title", f"{SVG}desc"):
            pass  # a formula's picture for old readers, an image's caption for screen readers
        else:
            out.append(_odf_inline(child, formula, depth + 1))
        out.append(child.tail or "")
    text = "".join(out)
    if depth == 0 and _OBJECT_EDGE in text:
        text = _OBJECT_SPACE.sub(" ", text).replace(_OBJECT_EDGE, "")
    return text


def ods_text(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    """A LibreOffice spreadsheet's sheets in their tabs' order, each read as an Excel workbook's sheet is
    (``xlsx_text``): a cell shows the text LibreOffice displays for it, a formula's value as last calculated."""
    root = _part(data, name, "content.xml", limits)
    body = root.find(f"{OFFICE}body/{OFFICE}spreadsheet")
    if body is None:
        raise UnreadableFileError(f"{name}: content.xml holds no spreadsheet; save it again or export a PDF")
    return _sheets_text((sheet.get(f"{TABLE}name") or "", _ods_rows(sheet)) for sheet in body.findall(f"{TABLE}table"))


def _ods_rows(sheet: ET.Element) -> Iterable[tuple[int, list[str]]]:
    """A sheet's rows that hold something, by their number (a run of repeated empty rows counted, not written)."""
    number = 0
    for row in sheet.iter(f"{TABLE}table-row"):
        repeated = _repeat(row, "number-rows-repeated")
        cells: list[str] = []
        empty = 0  # empty cells not yet written: only a later cell with text places them
        for cell in row:
            if cell.tag not in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell"):
                continue
            text = " ".join(_ods_cell(cell).split())
            count = _repeat(cell, "number-columns-repeated")
            if not text:
                empty += count
                continue
            cells.extend([""] * min(empty, _MAX_COLUMNS - len(cells)))
            empty = 0
            cells.extend([text] * max(0, min(count, _MAX_COLUMNS - len(cells))))
        for _ in range(min(repeated, _MAX_REPEATED) if cells else 0):
            number += 1
            yield number, cells
        number += repeated - (min(repeated, _MAX_REPEATED) if cells else 0)


def _repeat(element: ET.Element, attribute: str) -> int:
    value = element.get(f"{TABLE}{attribute}") or "1"
    return max(1, int(value)) if value.isdigit() else 1


def _ods_cell(cell: ET.Element) -> str:
    """What LibreOffice shows in a cell: its paragraphs' text (the value as formatted), else its value, else the
    formula itself (a file saved without its results)."""
    shown = " ".join(_odf_inline(p).strip() for p in cell.findall(f"{TEXT}p"))
    if shown.strip():
        return shown
    for attribute in ("value", "date-value", "time-value", "boolean-value", "string-value"):
        value = cell.get(f"{OFFICE}{attribute}")
        if value:
            return value
    formula = cell.get(f"{TABLE}formula") or ""
    return "=" + formula.split(":", 1)[1].lstrip("=") if ":" in formula[:6] else formula


def odp_text(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    """A LibreOffice Impress deck's slides in the show's order, read as a PowerPoint deck's are (``pptx_text``):
    each after a rule, its title as a heading, its text boxes and tables, formula objects as linear text, then the
    speaker's notes; slide numbers, dates and footers left out."""
    root = _part(data, name, "content.xml", limits)
    body = root.find(f"{OFFICE}body/{OFFICE}presentation")
    if body is None:
        raise UnreadableFileError(f"{name}: content.xml holds no presentation; save it again or export a PDF")
    formula = _odf_formulas(data, name, limits)
    out = []
    for page in body.findall(f"{DRAW}page"):
        lines = list(_odp_frames(page, formula))
        notes = page.find(f"{PRESENTATION}notes")
        if notes is not None:
            lines.extend(_odp_frames(notes, formula, notes=True))
        out.append("\n\n".join(line for line in lines if line.strip()))
    return "\n\n---\n\n".join(part for part in out if part.strip()) + "\n"


def _odp_frames(page: ET.Element, formula: Callable[[str], str], *, notes: bool = False) -> Iterable[str]:
    shapes = [shape for shape in page if shape.tag in (f"{DRAW}frame", f"{DRAW}custom-shape", f"{DRAW}g")]
    # the title first, as the slide shows it above its body, whatever order the shapes were drawn in
    shapes.sort(key=lambda shape: shape.get(f"{PRESENTATION}class") != "title")
    for shape in shapes:
        kind = shape.get(f"{PRESENTATION}class") or ""
        if kind in ("page-number", "date-time", "footer", "header", "page"):
            continue
        if shape.tag == f"{DRAW}g":
            yield from _odp_frames(shape, formula, notes=notes)
            continue
        text = "\n\n".join(line for line in _odf_lines(shape, formula) if line.strip())
        if not text.strip():
            objects = [formula(o.get(_XLINK_HREF) or "") for o in shape.findall(f"{DRAW}object")]
            text = " ".join(o.strip() for o in objects if o.strip())
        if not text.strip():
            continue
        yield "## " + " ".join(text.split()) if kind == "title" and not notes else text


# --------------------------------------------------------------------------- the package's relations

_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _related(data: bytes, name: str, inner: str, limits: ReadLimits) -> dict[str, tuple[str, str]]:
    """The parts the part ``inner`` relates to, by relation id: (the member's name, the relation's type)."""
    folder, _, base = inner.rpartition("/")
    rels = _part(data, name, f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels", limits,
                 optional=True)
    found = {}
    for rel in (rels.findall(f"{_RELS}Relationship") if rels is not None else ()):
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue  # a link out of the file: never followed
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id") or ""] = (path, (rel.get("Type") or "").rsplit("/", 1)[-1])
    return found


# --------------------------------------------------------------------------- Excel

X = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# A sheet's default name ("Sheet1", "Tabelle2"): no title a student gave (as a heading, "Sheet2" would read as a
# question's number).
_DEFAULT_SHEET = re.compile(r"(?i)(?:sheet|feuil|tabelle|hoja|foglio|planilha|blad)\s*\d+")
_CELL_COLUMN = re.compile(r"[A-Z]{1,3}")


def xlsx_text(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    """An Excel workbook's sheets in their tabs' order: each sheet's name as a heading, then its rows, a line each,
    as a CSV export of it reads (``markups.csv_text``): a row of one cell is text ("(b) the second part"), a row of more a table
    row ("| H after pool | 14 |"), a gap of empty rows a paragraph's end. A cell shows what Excel shows: a
    formula's value as last calculated (the formula itself where the file holds no value), a number to the ten
    significant figures of Excel's General format."""
    book = _part(data, name, "xl/workbook.xml", limits)
    related = _related(data, name, "xl/workbook.xml", limits)
    strings = _shared_strings(_part(data, name, "xl/sharedStrings.xml", limits, optional=True))
    sheets = []
    for sheet in book.iter(f"{X}sheet"):
        target = related.get(sheet.get(_R_ID) or "")
        root = _part(data, name, target[0], limits, optional=True) if target else None
        if root is not None:
            sheets.append((sheet.get("name") or "", _xlsx_rows(root, strings)))
    return _sheets_text(sheets)


def _xlsx_rows(root: ET.Element, strings: list[str]) -> Iterable[tuple[int, list[str]]]:
    last = 0
    for row in root.iter(f"{X}row"):
        cells = _sheet_row(row, strings)
        if any(cells):
            last = int(row.get("r") or 0) if (row.get("r") or "").isdigit() else last + 1
            yield last, cells


def _sheets_text(sheets: Iterable[tuple[str, Iterable[tuple[int, list[str]]]]]) -> str:
    """A workbook's sheets as text: each sheet's name as a heading (not a default "Sheet1"), then its rows with
    something in them, by number: a row of one cell is text ("(b) the second part"), a row of more a table row
    ("| H after pool | 14 |"), a gap of empty rows a paragraph's end."""
    out = []
    for title, numbered in sheets:
        title = title.strip()
        lines = [f"# {title}"] if title and not _DEFAULT_SHEET.fullmatch(title) else []
        rows: dict[int, list[str]] = {}
        last = None
        for number, cells in numbered:
            if last is not None and number > last + 1:
                lines.append("")  # empty rows between: the sheet's blocks apart
            last = number
            if len(cells) > 1:
                rows[len(lines)] = cells
            lines.append(" ".join(cells))  # (a row of one cell: its text, "(b) the second part")
        for i, row in table_rows(rows).items():
            lines[i] = row
        out.append("\n".join(lines))
    return "\n\n".join(part for part in out if part.strip()) + "\n"


def _shared_strings(root: ET.Element | None) -> list[str]:
    """The workbook's table of strings, which text cells name by their index (rich runs joined)."""
    if root is None:
        return []
    return ["".join(t.text or "" for t in item.iter(f"{X}t")) for item in root.findall(f"{X}si")]


def _sheet_row(row: ET.Element, strings: list[str]) -> list[str]:
    """A row's cells as shown, in their columns (an empty column kept, so a value stays under its header)."""
    cells: list[str] = []
    for cell in row.findall(f"{X}c"):
        column = _CELL_COLUMN.match(cell.get("r") or "")
        if column is not None:
            index = 0
            for letter in column.group(0):
                index = index * 26 + ord(letter) - ord("A") + 1
            if index - 1 > len(cells) and index <= 16384:
                cells.extend([""] * (index - 1 - len(cells)))
        cells.append(" ".join(_cell_text(cell, strings).split()))
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _cell_text(cell: ET.Element, strings: list[str]) -> str:
    kind, value, formula = cell.get("t") or "n", cell.find(f"{X}v"), cell.find(f"{X}f")
    text = value.text if value is not None and value.text is not None else None
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{X}t"))
    if text is None:
        return f"={formula.text}" if formula is not None and formula.text else ""
    if kind == "s":
        return strings[int(text)] if text.isdigit() and int(text) < len(strings) else ""
    if kind == "b":
        return "TRUE" if text.strip() == "1" else "FALSE"
    if kind == "n":
        try:
            return f"{float(text):.10g}"
        except ValueError:
            return text
    return text  # a formula's text result ("str"), an error ("#DIV/0!")


# --------------------------------------------------------------------------- PowerPoint

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
# Placeholders that hold no student's words: a slide's number, date and footer, a notes page's picture of its slide.
_FURNITURE = {"sldNum", "dt", "ftr", "sldImg", "hdr"}
_TITLES = {"title", "ctrTitle"}
# A paragraph's automatic number (``a:buAutoNum``): how each scheme writes its n-th item.
_AUTO_NUMBERS = {"alphaLcParenBoth": "({a})", "alphaLcParenR": "{a})", "alphaLcPeriod": "{a}.",
                 "alphaUcParenBoth": "({A})", "alphaUcParenR": "{A})", "alphaUcPeriod": "{A}.",
                 "arabicParenBoth": "({n})", "arabicParenR": "{n})", "arabicPeriod": "{n}.", "arabicPlain": "{n}",
                 "romanLcParenBoth": "({i})", "romanLcParenR": "{i})", "romanLcPeriod": "{i}.",
                 "romanUcParenBoth": "({I})", "romanUcParenR": "{I})", "romanUcPeriod": "{I}."}


def pptx_text(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    """A PowerPoint deck's slides in the show's order, each after a rule: its title as a heading, its text boxes'
    paragraphs (an automatic list's numbers written, bold as ``**``), tables as rows, equations as linear text, then
    the speaker's notes. Slide numbers, dates and footers are left out."""
    deck = _part(data, name, "ppt/presentation.xml", limits)
    related = _related(data, name, "ppt/presentation.xml", limits)
    out = []
    for slide_id in deck.iter(f"{P}sldId"):
        target = related.get(slide_id.get(_R_ID) or "")
        slide = _part(data, name, target[0], limits, optional=True) if target else None
        if slide is None:
            continue
        lines = list(_slide_lines(slide))
        notes = next((path for path, kind in _related(data, name, target[0], limits).values()
                      if kind == "notesSlide"), None)
        notes_root = _part(data, name, notes, limits, optional=True) if notes else None
        if notes_root is not None:
            lines.extend(line for line in _slide_lines(notes_root, notes=True))
        out.append("\n\n".join(line for line in lines if line.strip()))
    return "\n\n---\n\n".join(part for part in out if part.strip()) + "\n"


def _slide_lines(slide: ET.Element, *, notes: bool = False) -> Iterable[str]:
    shapes = [shape for shape in slide.iter() if shape.tag in (f"{P}sp", f"{P}graphicFrame")]
    # the title first, as the slide shows it above its body, whatever order the shapes were drawn in
    shapes.sort(key=lambda shape: _placeholder(shape) not in _TITLES and not _named_title(shape))
    for shape in shapes:
        kind = _placeholder(shape)
        if kind in _FURNITURE:
            continue
        if shape.tag == f"{P}graphicFrame":
            for table in shape.iter(f"{A}tbl"):
                yield _table([[" ".join(_slide_paragraph(p, {}) for p in cell.iter(f"{A}p")).strip()
                               for cell in row.findall(f"{A}tc")] for row in table.iter(f"{A}tr")])
            continue
        body = shape.find(f"{P}txBody")
        if body is None:
            continue
        counts: dict[int, int] = {}
        paragraphs = [_slide_paragraph(p, counts) for p in body.findall(f"{A}p")]
        text = "\n".join(p for p in paragraphs if p.strip())
        if not text.strip():
            continue
        if not notes and (kind in _TITLES or _named_title(shape)):
            yield "## " + " ".join(text.split())
        else:
            yield text


def _placeholder(shape: ET.Element) -> str | None:
    """The kind of placeholder a shape fills ("title", "body", "sldNum"), or None for a shape of its own."""
    for props in (shape.find(f"{P}nvSpPr/{P}nvPr"), shape.find(f"{P}nvGraphicFramePr/{P}nvPr")):
        holder = props.find(f"{P}ph") if props is not None else None
        if holder is not None:
            return holder.get("type") or "body"
    return None


def _named_title(shape: ET.Element) -> bool:
    """A text box its author named as the slide's title ("Title 1"), where the deck uses no placeholders."""
    props = shape.find(f"{P}nvSpPr/{P}cNvPr")
    return props is not None and (props.get("name") or "").lower().startswith("title")


def _slide_paragraph(paragraph: ET.Element, counts: dict[int, int]) -> str:
    """A paragraph's runs in order (bold as ``**``, a line break as a new line, equations as linear text), after
    its automatic number if its list has one."""
    out: list[str] = []
    _slide_runs(paragraph, out)
    text = "".join(out)
    props = paragraph.find(f"{A}pPr")
    auto = props.find(f"{A}buAutoNum") if props is not None else None
    if auto is not None and text.strip():
        level = int(props.get("lvl") or 0)
        scheme = _AUTO_NUMBERS.get(auto.get("type") or "", "{n}.")
        counts[level] = counts.get(level, int(auto.get("startAt") or 1) - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        n = counts[level]
        text = scheme.format(n=n, a=_list_number("lowerLetter", n), A=_list_number("upperLetter", n),
                             i=_list_number("lowerRoman", n), I=_list_number("upperRoman", n)) + " " + text
    return re.sub(r"[ ]{2,}", " ", text)


def _slide_runs(element: ET.Element, out: list[str]) -> None:
    for child in element:
        if child.tag == f"{MC}Fallback":
            continue  # an equation saved twice, as OMML and as a fallback for old readers: read once, the first
        if child.tag == f"{A}r":
            text = "".join(t.text or "" for t in child.findall(f"{A}t"))
            props = child.find(f"{A}rPr")
            if props is not None and props.get("strike", "noStrike") != "noStrike" and text.strip():
                text = f"~~{text}~~"
            elif props is not None and props.get("b") in ("1", "true") and text.strip():
                text = f"**{text.strip()}** "
            if props is not None and props.get("baseline", "0").lstrip("-").isdigit() and int(props.get("baseline", "0")):
                text = ("^" if int(props.get("baseline", "0")) > 0 else "_") + grouped_script(text)
            out.append(text)
        elif child.tag == f"{A}fld":
            out.append("".join(t.text or "" for t in child.findall(f"{A}t")))
        elif child.tag == f"{A}br":
            out.append("\n")
        elif child.tag in (f"{M}oMath", f"{M}oMathPara"):
            out.append(" " + omml_text(child) + " ")
        elif child.tag != f"{A}pPr":
            _slide_runs(child, out)
