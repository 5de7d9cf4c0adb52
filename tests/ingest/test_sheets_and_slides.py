"""Excel workbooks and PowerPoint decks read as their sheets and slides (grader/ingest/office.py), from files built
here as Excel and PowerPoint write them (a zip of XML parts that name each other through relations); LibreOffice's
spreadsheets and decks (one ``content.xml``, formula objects in folders of their own) the same way."""

from __future__ import annotations

import io
import zipfile

import pytest

from grader.errors import UnreadableFileError
from grader.ingest import read_submission
from grader.ingest.office import odp_text, ods_text, odt_text, pptx_text, xlsx_text

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _zip(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


def _rels(targets: dict[str, str], kind: str = "worksheet") -> str:
    return (f'<Relationships xmlns="{_PKG}">' + "".join(
        f'<Relationship Id="{rid}" Type="{_REL}/{kind}" Target="{target}"/>' for rid, target in targets.items())
        + "</Relationships>")


def _workbook(sheets: list[tuple[str, str]], strings: list[str] = ()) -> bytes:
    """A workbook of (name, sheetData XML) in tab order; the tabs listed in another order than their files."""
    parts = {
        "xl/workbook.xml": f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>' + "".join(
            f'<sheet name="{name}" sheetId="{k + 1}" r:id="rId{len(sheets) - k}"/>' for k, (name, _) in
            enumerate(sheets)) + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": _rels({f"rId{len(sheets) - k}": f"worksheets/sheet{len(sheets) - k}.xml"
                                             for k in range(len(sheets))}),
    }
    for k, (_, data) in enumerate(sheets):
        parts[f"xl/worksheets/sheet{len(sheets) - k}.xml"] = f'<worksheet xmlns="{_MAIN}"><sheetData>{data}</sheetData></worksheet>'
    if strings:
        parts["xl/sharedStrings.xml"] = f'<sst xmlns="{_MAIN}">' + "".join(
            f"<si><t>{s}</t></si>" for s in strings) + "</sst>"
    return _zip(parts)


def _cell(ref: str, value: str, kind: str = "", formula: str = "") -> str:
    inner = (f"<f>{formula}</f>" if formula else "") + (f"<v>{value}</v>" if value != "" else "")
    if kind == "inlineStr":
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"{f" t={chr(34)}{kind}{chr(34)}" if kind else ""}>{inner}</c>'


def test_a_workbook_reads_as_its_sheets_in_tab_order_with_cells_as_excel_shows_them():
    q1 = ('<row r="1">' + _cell("A1", "Q1 conv layer", "inlineStr") + "</row>"
          '<row r="3">' + _cell("A3", "0", "s") + _cell("B3", "1728", formula="64*27") + "</row>"
          '<row r="4">' + _cell("A4", "# filters", "inlineStr") + _cell("C4", "64") + "</row>")
    q5 = ('<row r="2">' + _cell("A2", "1", "s") + _cell("B2", "0.66071428571428592", formula="AVERAGE(C2:C4)")
          + "</row>" '<row r="3">' + _cell("A3", "check", "inlineStr") + _cell("B3", "1", "b") + "</row>"
          '<row r="4">' + _cell("A4", "todo", "inlineStr") + _cell("B4", "", formula="B2*100") + "</row>")
    text = xlsx_text(_workbook([("Q1", q1), ("Sheet2", q5)], ["(b) params FINAL", "top-1 accuracy"]), "a.xlsx")
    assert text.split("\n") == [
        "# Q1", "Q1 conv layer", "",                              # a one-cell row is text; an empty row a break
        "| (b) params FINAL | 1728 |",                            # a formula's cached value, not its formula
        "| # filters |  | 64 |",                                  # an empty column kept; "#" no comment here
        "",
        "| top-1 accuracy | 0.6607142857 |",                      # ten significant figures, as Excel's General;
        "| check | TRUE |",                                       # "Sheet2" is no heading (no question's number)
        "| todo | =B2*100 |", ""]                                 # no value cached: the formula as written


def _deck(slides: list[str], notes: dict[int, str] | None = None) -> bytes:
    p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    parts = {
        "ppt/presentation.xml": f'<p:presentation xmlns:p="{p}" xmlns:r="{_REL}"><p:sldIdLst>' + "".join(
            f'<p:sldId id="{256 + k}" r:id="rId{k + 1}"/>' for k in range(len(slides))) + "</p:sldIdLst></p:presentation>",
        "ppt/_rels/presentation.xml.rels": _rels({f"rId{k + 1}": f"slides/slide{k + 1}.xml" for k in range(len(slides))},
                                                 "slide"),
    }
    for k, body in enumerate(slides):
        parts[f"ppt/slides/slide{k + 1}.xml"] = (f'<p:sld xmlns:p="{p}" xmlns:a="{a}"><p:cSld><p:spTree>{body}'
                                                 "</p:spTree></p:cSld></p:sld>")
        if notes and k in notes:
            parts[f"ppt/slides/_rels/slide{k + 1}.xml.rels"] = _rels({"rId9": f"../notesSlides/notesSlide{k + 1}.xml"},
                                                                     "notesSlide")
            parts[f"ppt/notesSlides/notesSlide{k + 1}.xml"] = (
                f'<p:notes xmlns:p="{p}" xmlns:a="{a}"><p:cSld><p:spTree>{notes[k]}</p:spTree></p:cSld></p:notes>')
    return _zip(parts)


def _shape(paragraphs: str, placeholder: str = "", name: str = "TextBox") -> str:
    ph = f'<p:ph type="{placeholder}"/>' if placeholder else ""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="2" name="{name}"/><p:cNvSpPr/><p:nvPr>{ph}</p:nvPr></p:nvSpPr>'
            f"<p:txBody>{paragraphs}</p:txBody></p:sp>")


def _para(*runs: str, auto: str = "") -> str:
    props = f'<a:pPr><a:buAutoNum type="{auto}"/></a:pPr>' if auto else ""
    return f"<a:p>{props}{''.join(runs)}</a:p>"


def _run(text: str, **props: str) -> str:
    attributes = "".join(f' {k}="{v}"' for k, v in props.items())
    return f"<a:r><a:rPr{attributes}/><a:t>{text}</a:t></a:r>"


def test_a_deck_reads_as_its_slides_in_order_title_first_with_lists_bold_tables_and_notes():
    one = (_shape(_para(_run("Conv: 3×3×3 + 1 = 28 per filter")))
           + _shape(_para(_run("Q1 (b) – parameters")), "title")           # drawn after the body: read first
           + _shape(_para(_run("4")), "sldNum")                             # the slide's number: left out
           + _shape(_para(_run("64 × 28 = 1,792", b="1"))))
    two = (_shape(_para(_run("Q2")), name="Title 1")                        # a text box named as the title
           + _shape(_para(_run("shape"), auto="alphaLcParenBoth") + _para(_run("params"), auto="alphaLcParenBoth"))
           + _shape(_para(_run("0.5", strike="sngStrike"), _run(" 0.0876"))))
    notes = {1: _shape(_para(_run("slide image")), "sldImg") + _shape(_para(_run("Speaker: 0.0876 is final")), "body")}
    text = pptx_text(_deck([one, two], notes), "s.pptx")
    assert text.split("\n") == [
        "## Q1 (b) – parameters", "", "Conv: 3×3×3 + 1 = 28 per filter", "", "**64 × 28 = 1,792** ", "",
        "---", "",
        "## Q2", "", "(a) shape", "(b) params", "", "~~0.5~~ 0.0876", "", "Speaker: 0.0876 is final", ""]


def test_a_workbook_or_deck_that_is_not_one_is_refused_with_its_name(tmp_path):
    path = tmp_path / "s01_answers.xlsx"
    path.write_bytes(_zip({"word/document.xml": "<x/>"}))
    with pytest.raises(UnreadableFileError, match="s01_answers.xlsx.*xl/workbook.xml"):
        xlsx_text(path.read_bytes(), path.name)
    path = tmp_path / "s02.pptx"
    path.write_bytes(_zip({"ppt/presentation.xml": "<!DOCTYPE x [<!ENTITY a 'b'>]><x/>"}))
    with pytest.raises(UnreadableFileError, match="s02.pptx.*document type"):
        pptx_text(path.read_bytes(), path.name)


def test_a_workbook_handed_in_is_read_into_the_submission(tmp_path):
    folder = tmp_path / "s03"
    folder.mkdir()
    q = '<row r="1">' + _cell("A1", "(a) output shape", "inlineStr") + _cell("B1", "(14, 14, 64)", "inlineStr") + "</row>"
    (folder / "answers.xlsx").write_bytes(_workbook([("Q1", q)]))
    document = read_submission(folder)
    assert [b.text for b in document.blocks] == ["# Q1", "| (a) output shape | (14, 14, 64) |"]


# --------------------------------------------------------------------------- LibreOffice

_ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink"')
_MATH = 'xmlns="http://www.w3.org/1998/Math/MathML"'


def _odf(body: str, objects: dict[str, str] | None = None) -> bytes:
    parts = {"mimetype": "application/vnd.oasis.opendocument", "content.xml":
             f'<office:document-content {_ODF}><office:body>{body}</office:body></office:document-content>'}
    for folder, math in (objects or {}).items():
        parts[f"{folder}/content.xml"] = f"<math {_MATH}>{math}</math>"
    return _zip(parts)


def _ods_cell(shown: str = "", value: str = "", formula: str = "", repeat: int = 1) -> str:
    attributes = (f' office:value-type="float" office:value="{value}"' if value else "") + (
        f' table:formula="of:={formula}"' if formula else "") + (
        f' table:number-columns-repeated="{repeat}"' if repeat > 1 else "")
    return f"<table:table-cell{attributes}>" + (f"<text:p>{shown}</text:p>" if shown else "") + "</table:table-cell>"


def test_a_libreoffice_spreadsheet_reads_as_an_excel_workbook_does():
    q2 = ('<table:table-row>' + _ods_cell("(a) std conv") + _ods_cell("1228800", "1228800", "5*5*3*256*64") + "</table:table-row>"
          '<table:table-row table:number-rows-repeated="2">' + _ods_cell(repeat=1024) + "</table:table-row>"
          '<table:table-row>' + _ods_cell("(b) dw sep") + _ods_cell(repeat=2) + _ods_cell(value="53952", formula="4800+49152")
          + "</table:table-row>"
          '<table:table-row table:number-rows-repeated="1048570">' + _ods_cell(repeat=1024) + "</table:table-row>")
    sheet1 = '<table:table-row>' + _ods_cell("scratch") + "</table:table-row>"
    body = (f'<office:spreadsheet><table:table table:name="Q2">{q2}</table:table>'
            f'<table:table table:name="Sheet2">{sheet1}</table:table></office:spreadsheet>')
    assert ods_text(_odf(body), "a.ods").split("\n") == [
        "# Q2", "| (a) std conv | 1228800 |",      # the text LibreOffice shows
        "",                                            # two empty rows: a paragraph's end, not a million lines
        "| (b) dw sep |  |  | 53952 |",              # empty columns kept; no text shown: the value
        "", "scratch", ""]                             # "Sheet2" no heading


def test_a_libreoffice_deck_reads_as_a_powerpoint_deck_does_with_its_formula_objects():
    page = ('<draw:page draw:name="page1">'
            '<draw:frame presentation:class="outline"><draw:text-box><text:p>dE/dw: </text:p>'
            '<text:list><text:list-item><text:p>final: <draw:frame><draw:object xlink:href="./Object 1"/>'
            '<draw:image xlink:href="./ObjectReplacements/Object 1"/></draw:frame></text:p></text:list-item></text:list>'
            '</draw:text-box></draw:frame>'
            '<draw:frame presentation:class="title"><draw:text-box><text:p>Q1 (a)</text:p></draw:text-box></draw:frame>'
            '<draw:frame presentation:class="page-number"><draw:text-box><text:p>3</text:p></draw:text-box></draw:frame>'
            '<presentation:notes><draw:page-thumbnail/><draw:frame presentation:class="notes"><draw:text-box>'
            '<text:p>rounded to 4 d.p.</text:p></draw:text-box></draw:frame></presentation:notes></draw:page>'
            '<draw:page draw:name="page2"><draw:frame><draw:object xlink:href="./Object 2"/></draw:frame></draw:page>')
    objects = {"Object 1": "<mfrac><mrow><mo>∂</mo><mi>E</mi></mrow><mrow><mo>∂</mo><msub><mi>w</mi><mn>11</mn>"
                           "</msub></mrow></mfrac><mo>=</mo><mn>0.0044</mn>",
               "Object 2": "<msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><msqrt><mi>y</mi></msqrt>"}
    assert odp_text(_odf(f"<office:presentation>{page}</office:presentation>", objects), "s.odp").split("\n") == [
        "## Q1 (a)", "", "dE/dw:", "", "final: ∂E/∂w_11 = 0.0044", "", "rounded to 4 d.p.", "",
        "---", "", "x^2 + sqrt(y)", ""]


def test_a_libreoffice_document_reads_its_formula_objects_where_they_stand_and_never_outside_the_file():
    body = ('<office:text><text:p>Loss <draw:frame><draw:object xlink:href="./Object 1"/></draw:frame> as said.</text:p>'
            '<text:p>Link <draw:frame><draw:object xlink:href="../../etc/passwd"/></draw:frame> out.</text:p></office:text>')
    text = odt_text(_odf(body, {"Object 1": '<semantics><mrow><mi>L</mi></mrow>'
                                            '<annotation encoding="StarMath 5.0">L over 2</annotation></semantics>'}),
                    "r.odt")
    assert text.split("\n") == ["Loss L as said.", "", "Link  out.", ""]  # (the link: nothing read)


def test_libreoffice_files_handed_in_are_read_into_the_submission(tmp_path):
    folder = tmp_path / "s04"
    folder.mkdir()
    (folder / "answers.ods").write_bytes(_odf('<office:spreadsheet><table:table table:name="Q1"><table:table-row>'
                                              + _ods_cell("(a) shape") + _ods_cell("14 × 14 × 64")
                                              + "</table:table-row></table:table></office:spreadsheet>"))
    (folder / "talk.odp").write_bytes(_odf('<office:presentation><draw:page><draw:frame presentation:class="title">'
                                           '<draw:text-box><text:p>Q2</text:p></draw:text-box></draw:frame>'
                                           '</draw:page></office:presentation>'))
    assert [b.text for b in read_submission(folder).blocks] == ["# Q1", "| (a) shape | 14 × 14 × 64 |", "## Q2"]


def test_an_office_file_nested_thousands_deep_is_refused_with_its_name_not_an_internal_error(tmp_path):
    folder = tmp_path / "s05"
    folder.mkdir()
    word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    (folder / "deep.docx").write_bytes(_zip({"word/document.xml": f'<w:document xmlns:w="{word}"><w:body><w:p>'
                                             + "<w:hyperlink>" * 5000 + "<w:r><w:t>x</w:t></w:r>"
                                             + "</w:hyperlink>" * 5000 + "</w:p></w:body></w:document>"}))
    (folder / "ok.md").write_text("## Q2\n(a) 1228800\n", encoding="utf-8")
    document = read_submission(folder)
    assert [b.text for b in document.blocks] == ["## Q2", "(a) 1228800"]
    assert any("deep.docx" in w and "nests" in w for w in document.warnings), document.warnings


def test_a_formula_or_paragraph_nested_thousands_deep_is_read_as_its_text():
    deep = "<mrow>" * 5000 + "<mi>x</mi>" + "</mrow>" * 5000
    assert odt_text(_odf('<office:text><text:p>a <draw:frame><draw:object xlink:href="./Object 1"/></draw:frame>'
                         + "<text:span>" * 5000 + "b" + "</text:span>" * 5000 + "</text:p></office:text>",
                         {"Object 1": deep}), "d.odt") == "a x b\n"
