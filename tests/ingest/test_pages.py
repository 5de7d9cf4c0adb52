"""Pages as courses receive them (issue 13): text layers judged, annotations, Word, scans and photos by OCR.

The documents are made with the real tools by ``page_material.py``; each is graded
through the command line and its verdicts and flags compared with the table there.
Documents that need OCR are skipped, with a message, where Tesseract is not installed.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile

import pytest

from grader.cli import main
from grader.errors import NoTextError, UnreadableFileError
from grader.ingest import DEFAULT_LIMITS, read_submission
from grader.ingest.layer import judge_text
from grader.ingest.office import docx_text, odt_text, omml_text
from grader.ingest.pdf import read_pdf
from grader.report.render import png_src

from . import page_material as material

OCR = shutil.which("tesseract") is not None
NEEDS_OCR = pytest.mark.skipif(not OCR, reason="tesseract is not installed (make test-deps installs it as root)")

pytest.importorskip("fpdf", reason="fpdf2 writes the test PDFs: pip install -e '.[test]'")
pytest.importorskip("docx", reason="python-docx writes the test Word files: pip install -e '.[test]'")


# --------------------------------------------------------------------------- judging text

TYPED = ("The standard convolution needs 1,228,800 multiplications, while the depthwise separable one needs "
         "only 53,952 because each filter sees one channel.")
CODE = ("def fwd(wgt, bs, inp):\n    hid = sgm(wgt[0] @ inp + bs[0])\n    return hid, sgm(wgt[1] @ hid + bs[1])\n"
        "def bwd(wgt, bs, inp, tgt):\n    hid, out = fwd(wgt, bs, inp)\n    dlt = (out - tgt) * out * (1 - out)\n"
        "    dhd = (wgt[1].T @ dlt) * hid * (1 - hid)\n    return np.outer(dhd, inp), dhd, np.outer(dlt, hid), dlt\n"
        "# dérivées partielles calculées à la main")
SHIFTED = "".join(chr(ord(c) + 1) if c.isalpha() else c for c in TYPED)  # a font mapping each letter to the next
# Typed in another language with Latin letters: its common words count, accented letters inside a word too.
PORTUGUESE = ("Questão 2. Calculamos primeiro a proporção da amostra e depois o erro padrão; com o nível de confiança "
              "de 95 % o intervalo para a proporção é o seguinte, e a resposta final está na última linha.")


@pytest.mark.parametrize("text,kwargs,layer", [
    (TYPED, {}, "text"),
    (CODE, {}, "text"),  # code with short names and a comment in French is the student's typing
    (SHIFTED, {}, "garbage"),
    (PORTUGUESE, {}, "text"),  # another language's typing is the student's text
    ("".join(chr(ord(c) + 1) if c.isalpha() else c for c in PORTUGUESE), {}, "garbage"),  # ... its letters shifted not
    ("\n".join(material.GARBAGE_LAYER), {}, "garbage"),
    ("\ue000\ue001\ue002 = 0.0044 \ue003\ue004", {}, "garbage"),  # a font without a Unicode map
    ("dE/dw11 = 0.00443\ndE/dw21 = 0.0372\nL = z - y log z", {}, "text"),  # too few words to judge: as it is
    (TYPED, {"image_cover": 0.98}, "ocr"),  # a scanner app's layer under the page's image
    (TYPED, {"invisible": True}, "ocr"),
    (TYPED, {"image_cover": 0.3}, "text"),  # a figure on a typed page
    ("\n".join(material.GARBAGE_LAYER), {"image_cover": 1.0, "invisible": True}, "garbage"),
    (TYPED, {"ocr_confidence": 88.0}, "ocr"),
    (TYPED, {"ocr_confidence": 30.0}, "garbage"),  # handwriting Tesseract guessed at
    ("", {}, "none"),
])
def test_a_page_is_judged_by_what_its_text_looks_like(text, kwargs, layer):
    judged = judge_text(text, **kwargs)
    assert judged.layer == layer, judged.reason


# --------------------------------------------------------------------------- Word's equations

M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


@pytest.mark.parametrize("xml,text", [
    ("<m:f><m:num><m:r><m:t>a</m:t></m:r></m:num><m:den><m:r><m:t>b+c</m:t></m:r></m:den></m:f>", "a/(b+c)"),
    ("<m:sSup><m:e><m:r><m:t>10</m:t></m:r></m:e><m:sup><m:r><m:t>−3</m:t></m:r></m:sup></m:sSup>", "10^{−3}"),
    ("<m:sSub><m:e><m:r><m:t>w</m:t></m:r></m:e><m:sub><m:r><m:t>11</m:t></m:r></m:sub></m:sSub>", "w_{11}"),
    ("<m:nary><m:naryPr><m:chr m:val=\"∑\"/></m:naryPr><m:sub><m:r><m:t>i</m:t></m:r></m:sub><m:sup/>"
     "<m:e><m:r><m:t>x</m:t></m:r></m:e></m:nary>", "∑_{i} x"),
    ("<m:borderBox><m:e><m:r><m:t>1228800</m:t></m:r></m:e></m:borderBox>", "\\boxed{1228800}"),
    ("<m:m><m:mr><m:e><m:r><m:t>1</m:t></m:r></m:e><m:e><m:r><m:t>2</m:t></m:r></m:e></m:mr>"
     "<m:mr><m:e><m:r><m:t>3</m:t></m:r></m:e><m:e><m:r><m:t>4</m:t></m:r></m:e></m:mr></m:m>", "[[1, 2], [3, 4]]"),
    # a matrix in Word's brackets: the brackets are the matrix's own, not a list around it
    ("<m:d><m:dPr><m:begChr m:val=\"[\"/><m:endChr m:val=\"]\"/></m:dPr><m:e><m:m><m:mr><m:e><m:r><m:t>1</m:t>"
     "</m:r></m:e><m:e><m:r><m:t>2</m:t></m:r></m:e></m:mr></m:m></m:e></m:d>", "[[1, 2]]"),
    ("<m:rad><m:radPr/><m:deg/><m:e><m:r><m:t>2</m:t></m:r></m:e></m:rad>", "sqrt(2)"),
    ("<m:d><m:e><m:r><m:t>t−o</m:t></m:r></m:e></m:d>", "(t−o)"),
    # Word's overbar (a mean): over one letter a combining macron, over more an \overline; under, nothing
    ("<m:bar><m:barPr><m:pos m:val=\"top\"/></m:barPr><m:e><m:r><m:t>x</m:t></m:r></m:e></m:bar>", "x\u0304"),
    ("<m:bar><m:barPr><m:pos m:val=\"top\"/></m:barPr><m:e><m:r><m:t>xy</m:t></m:r></m:e></m:bar>", "\\overline{xy}"),
    ("<m:bar><m:e><m:r><m:t>x</m:t></m:r></m:e></m:bar>", "x"),
    # a fraction built up after a function's name typed as text ("y ln" then y/λ) keeps its brackets
    ("<m:r><m:t>y ln</m:t></m:r><m:f><m:num><m:r><m:t>y</m:t></m:r></m:num><m:den><m:r><m:t>λ</m:t></m:r></m:den>"
     "</m:f>", "y ln(y/λ)"),
    ("<m:r><m:t>2+</m:t></m:r><m:f><m:num><m:r><m:t>y</m:t></m:r></m:num><m:den><m:r><m:t>λ</m:t></m:r></m:den>"
     "</m:f>", "2+y/λ"),   # after an operator it needs none
    # ... and Word's function object its argument ("ln" over a fraction)
    ("<m:func><m:fName><m:r><m:t>ln</m:t></m:r></m:fName><m:e><m:f><m:num><m:r><m:t>y</m:t></m:r></m:num><m:den>"
     "<m:r><m:t>λ</m:t></m:r></m:den></m:f></m:e></m:func>", "ln (y/λ)"),
])
def test_word_equations_become_linear_text(xml, text):
    import xml.etree.ElementTree as ET

    assert omml_text(ET.fromstring(f"<m:oMath {M}>{xml}</m:oMath>")).strip() == text


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_a_word_file_reads_as_paragraphs_table_rows_and_equations():
    text = docx_text(material.word_docx(), "answers.docx")
    assert "# Question 1: backpropagation" in text
    assert "(a) ∂E/∂w_{11}=0.00443" in text
    assert "| standard convolution | 1,228,800 |" in text  # a value stays on its row
    assert "The loss is L=z−y log z" in text


def _word_runs(runs: list[tuple[str, dict]]) -> bytes:
    """A Word file of one paragraph of runs, each with its font's settings (``strike``, ``double_strike``)."""
    docx = pytest.importorskip("docx", reason="python-docx writes the test Word files: pip install -e '.[test]'")
    document = docx.Document()
    paragraph = document.add_paragraph()
    for text, font in runs:
        run = paragraph.add_run(text)
        for name, value in font.items():
            setattr(run.font, name, value)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


#: Word's strikethrough, single or double, is struck-out text (``~~…~~``, as Markdown writes it); a run
#: whose strike is set off is not.
WORD_STRUCK = [
    ([("(a) dE/dw11 = ", {}), ("0.0022", {"strike": True}), (" 0.00443", {})], "(a) dE/dw11 = ~~0.0022~~ 0.00443"),
    ([("Total: ", {}), ("49,152", {"double_strike": True}), (" 53,952", {})], "Total: ~~49,152~~ 53,952"),
    ([("Total: ", {}), ("53,952", {"strike": False})], "Total: 53,952"),
]


@pytest.mark.parametrize("runs,text", WORD_STRUCK)
def test_a_word_run_struck_through_is_struck_out(runs, text):
    assert docx_text(_word_runs(runs), "s.docx").strip() == text


_W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"')


def _box(*lines: str) -> str:
    return "<w:txbxContent>" + "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines) + "</w:txbxContent>"


#: A text box's paragraphs are lines of their own, after the text of the paragraph that anchors the box (a box
#: floats beside the working and holds what the student sets apart, whatever the anchor's place among the runs);
#: a drawing saved twice (its new kind and a fallback) is read once.
WORD_BOXES = [
    (f'<w:p><w:r><w:pict><v:shape><v:textbox>{_box("Answer 4(a):", "l(p) = S ln p")}</v:textbox></v:shape></w:pict>'
     f'</w:r><w:r><w:t>L(p) = prod p^x; take log:</w:t></w:r></w:p>',
     "L(p) = prod p^x; take log:\nAnswer 4(a):\nl(p) = S ln p"),
    (f'<w:p><w:r><w:t>Loss:</w:t></w:r><w:r><mc:AlternateContent><mc:Choice>{_box("L = z - y log z")}</mc:Choice>'
     f'<mc:Fallback><w:pict><v:shape><v:textbox>{_box("L = z - y log z")}</v:textbox></v:shape></w:pict>'
     f'</mc:Fallback></mc:AlternateContent></w:r></w:p>',
     "Loss:\nL = z - y log z"),
]


@pytest.mark.parametrize("body,text", WORD_BOXES)
def test_a_word_text_box_is_read_once_after_its_paragraph(body, text):
    document = f'<w:document {_W_NS}><w:body>{body}</w:body></w:document>'.encode("utf-8")
    assert docx_text(_zip({"word/document.xml": document}), "box.docx").strip() == text


def test_xml_that_declares_entities_is_refused_unread():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
            b'<w:t>&b;</w:t></w:r></w:p></w:body></w:document>')
    with pytest.raises(UnreadableFileError, match="bomb.docx: its XML declares a document type"):
        docx_text(_zip({"word/document.xml": bomb}), "bomb.docx")


def test_an_opendocument_text_reads_headings_paragraphs_and_tables():
    content = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>'
               '<text:h text:outline-level="2">Question 2</text:h><text:p>The standard<text:s/>convolution</text:p>'
               '<table:table><table:table-row><table:table-cell><text:p>depthwise</text:p></table:table-cell>'
               '<table:table-cell><text:p>53,952</text:p></table:table-cell></table:table-row></table:table>'
               '</office:text></office:body></office:document-content>')
    text = odt_text(_zip({"content.xml": content.encode()}), "a.odt")
    assert text.split("\n\n") == ["## Question 2", "The standard convolution", "| depthwise | 53,952 |\n|---|---|\n"]


# --------------------------------------------------------------------------- PDF pages


def test_text_typed_on_a_blank_page_with_a_viewer_is_read_in_reading_order():
    reading = read_pdf(material.freetext_pdf(), "typed.pdf")
    lines = "\n".join(b.text for b in reading.blocks).splitlines()
    assert lines[:3] == ["Question 1: backpropagation", "(a) dE/dw11 = 0.00443", "(b) dE/dw21 = 0.0372"]
    assert lines[-1] == "Question 3: the Poisson loss is L = z - y log z"  # a form field's value, below
    assert all(b.trust == "text" and b.boxes for b in reading.blocks)


def test_a_garbage_layer_is_never_read_as_the_students_text():
    limits = DEFAULT_LIMITS.__class__(ocr=False)
    with pytest.raises(NoTextError) as caught:
        read_pdf(material.scanned_pdf(material.GARBAGE_LAYER, handwriting=True), "scan.pdf", limits=limits)
    assert "Moble" not in str(caught.value)
    (page,) = caught.value.pages
    assert page.layer == "garbage" and "does not read as words" in page.reason
    assert png_src(page.image)  # the page itself, for a person


def test_an_ocr_layer_under_a_scan_is_read_and_trusted_less():
    reading = read_pdf(material.scanned_pdf(material.ANSWER_LINES), "scan.pdf")
    assert reading.pages[0].layer == "ocr"
    assert reading.blocks and all(b.trust == "ocr" for b in reading.blocks)


def test_a_page_of_answers_among_thirty_pages_of_logs_keeps_its_page_and_lines():
    reading = read_pdf(material.typed_pdf(1, 28), "report.pdf")
    answer = next(b for b in reading.blocks if "dE/dw11" in b.text)
    assert answer.page == 2 and len(answer.boxes) == answer.text.count("\n") + 1
    assert {p.layer for p in reading.pages} == {"text"}


def test_without_ocr_a_scan_is_kept_for_a_person_with_its_image():
    limits = DEFAULT_LIMITS.__class__(ocr=False)
    with pytest.raises(NoTextError, match="no text: needs a person") as caught:
        read_pdf(material.scanned_pdf(None), "scan.pdf", limits=limits)
    assert caught.value.pages[0].layer == "none" and "OCR is off" in caught.value.pages[0].reason


def test_other_images_are_refused_with_what_to_do(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "a.md").write_text("dE/dw11 = 0.0044")
    (folder / "page.webp").write_bytes(b"RIFF\x00\x00\x00\x00WEBPVP8 ")
    document = read_submission(folder)
    assert any("page.webp: skipped, a WEBP image: photos of pages are read as .jpg or .png" in w
               for w in document.warnings)


@pytest.mark.parametrize("value,shown", [
    ("data:image/png;base64,iVBORw0KGgo=", True),
    ("data:image/svg+xml;base64,PHN2Zz4=", False),  # an edited results.json cannot put a script in a report
    ('data:image/png;base64,AAAA" onerror="x', False),
    ("javascript:alert(1)", False),
    (None, False),
])
def test_only_png_data_uris_become_images(value, shown):
    assert bool(png_src(value)) is shown


# --------------------------------------------------------------------------- through the command line

CASES = sorted(material.CASES)


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> dict:
    top = tmp_path_factory.mktemp("pages")
    folder = top / "submissions"
    folder.mkdir()
    for case in CASES:
        name, make, _, _, needs_ocr, _ = material.CASES[case]
        if OCR or not needs_ocr:
            (folder / name).write_bytes(make())
    out = top / "out"
    assert main(["grade", str(folder), "--out", str(out), "--quiet", "--no-code"]) == 0
    document = json.loads((out / "results.json").read_text(encoding="utf-8"))
    return {"out": out, "students": {s["id"]: s for s in document["students"]}}


@pytest.mark.parametrize("case", CASES)
def test_each_document_gets_its_verdicts_and_its_flags(graded, case):
    _, _, verdicts, flagged, needs_ocr, gaps = material.CASES[case]
    if needs_ocr and not OCR:
        pytest.skip("tesseract is not installed: this document is read only by OCR")
    student = graded["students"][case]
    if student["status"] == "error":  # nothing could be read: the whole submission is for a person
        assert set(verdicts.values()) == {"missing"} and "needs a person" in student["error"]
        assert student["review"] and any(p.get("image") for p in student["pages"])
        return
    got = {p["id"]: p["verdict"] for p in student["parts"] if p["id"] not in gaps}
    assert got == {k: v for k, v in verdicts.items() if k not in gaps}, {
        p["id"]: (p["found"], p["review_reasons"]) for p in student["parts"]}
    for part in student["parts"]:
        if part["id"] in gaps:  # a known shortfall must be one a person is asked to look at
            assert part["verdict"] != verdicts[part["id"]] and part["review"], (part["id"], gaps[part["id"]])
    assert sorted(p["id"] for p in student["parts"] if p["review"] and p["id"] in flagged) == sorted(flagged)
    for part in student["parts"]:
        if part["id"] in flagged and part["verdict"] != "missing":
            assert part["review_reasons"][0].startswith("read by OCR"), part["review_reasons"]
        if part["evidence"] and part["evidence"]["file"].endswith((".pdf", ".jpg")):  # the page around each answer
            assert png_src(part["evidence"].get("image")), part["id"]
        if part["verdict"] == "missing" and part["id"] != "backprop.code":
            assert part["review"], part["id"]  # never silently missing


def test_the_report_shows_the_page_around_an_answer_and_the_pages_for_a_person(graded):
    report = (graded["out"] / "students" / "typed_30_pages.html").read_text(encoding="utf-8")
    assert report.count('src="data:image/png;base64,') == 5
    unread = (graded["out"] / "students" / "scan_garbage_layer.html").read_text(encoding="utf-8")
    assert '<figure class="page-whole"' in unread and 'src="data:image/png;base64,' in unread
    assert "its text could not be used" in unread and "does not read as words" in unread


def test_images_are_bounded_in_size(graded):
    for student in graded["students"].values():
        for part in student["parts"]:
            image = (part["evidence"] or {}).get("image") or ""
            assert len(image) < 4 * 40_000 / 3 + 100
        for page in student.get("pages", []):
            assert len(page.get("image") or "") < 4 * 150_000 / 3 + 100


@NEEDS_OCR
def test_a_photo_of_a_page_is_read_by_ocr_and_flagged(graded):
    student = graded["students"]["photo_of_page"]
    assert student["pages"][0]["layer"] == "ocr"
    dw11 = next(p for p in student["parts"] if p["id"] == "backprop.dw11")
    assert dw11["verdict"] == "correct" and dw11["review"] and dw11["evidence"]["page"] == 1


# --------------------------------------------------------------------------- OCR's geometry and the queue


def test_a_box_found_on_the_levelled_page_is_put_back_where_it_is_on_the_page():
    from PIL import Image, ImageDraw

    from grader.ingest.ocr import unturn_box

    image = Image.new("L", (400, 300), 255)
    ImageDraw.Draw(image).rectangle((300, 50, 309, 59), fill=0)
    turned = image.rotate(5, resample=Image.NEAREST, expand=False, fillcolor=255)
    found = turned.point(lambda v: 255 - v).getbbox()  # the dot on the turned page
    box = unturn_box((found[0] / 400, found[1] / 300, found[2] / 400, found[3] / 300), (400, 300), 5)
    assert box[0] * 400 == pytest.approx(300, abs=3) and box[1] * 300 == pytest.approx(50, abs=3)


@pytest.mark.parametrize("angle", [-2.5, 0.0, 2.0])
def test_a_page_scanned_askew_is_turned_level(angle):
    from grader.ingest.ocr import deskew_angle, threshold

    page = material.page_image(angle=angle, noise=0.0)
    level = threshold(page)
    assert deskew_angle(page.point(lambda v: 255 if v > level else 0)) == pytest.approx(-angle, abs=0.5)


def test_parts_not_found_beside_an_unreadable_page_are_flagged_with_the_page(tmp_path):
    from pypdf import PdfReader, PdfWriter

    # The typed page answers only question 1: the rest may be in the handwriting of page 2.
    lines = material.ANSWER_LINES[:3]
    pdf = material._fpdf()
    pdf.add_page()
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(bytes(pdf.output()))))
    writer.append(PdfReader(io.BytesIO(material.scanned_pdf(material.GARBAGE_LAYER, handwriting=True))))
    folder = tmp_path / "submissions"
    folder.mkdir()
    writer.write(folder / "mixed.pdf")
    out = tmp_path / "out"
    assert main(["grade", str(folder), "--out", str(out), "--quiet", "--no-code"]) == 0
    (student,) = json.loads((out / "results.json").read_text(encoding="utf-8"))["students"]
    parts = {p["id"]: p for p in student["parts"]}
    assert parts["backprop.dw11"]["verdict"] == "correct" and not parts["backprop.dw11"]["review"]
    for part in ("conv.standard", "conv.depthwise", "poisson.loss"):
        assert parts[part]["verdict"] == "missing" and parts[part]["review"]
        assert "page 2 of mixed.pdf could not be read" in parts[part]["review_reasons"][-1]
    assert [(p["page"], p["layer"]) for p in student["pages"]] == [(2, "garbage")]
    assert png_src(student["pages"][0]["image"])


def test_parts_only_to_confirm_against_the_page_come_last_in_the_review_queue():
    from grader.report.stats import review_queue

    def part(pid, reasons, ocr):
        return {"id": pid, "review": True, "review_reasons": reasons, "details": {"read_by": "ocr"} if ocr else {},
                "score": 0.0, "max_score": 1}  # equal stakes: the order is the OCR rule's

    document = {"students": [
        {"id": "a", "parts": [part("p1", ["read by OCR (page 1 of a.jpg): confirm"], True),
                              part("p2", ["two values given firmly"], False)]},
        {"id": "b", "parts": [part("p1", ["read by OCR (page 1 of b.pdf): confirm", "low confidence"], True)]},
    ]}
    assert [(s["id"], p["id"]) for s, p in review_queue(document)] == [("a", "p2"), ("b", "p1"), ("a", "p1")]


def test_an_answer_on_a_line_with_glyphs_that_map_to_no_letter_is_confirmed_against_the_page():
    from grader.api import make_context
    from grader.models import Block, Document
    from grader.pipeline import grade_document

    box = (0.05, 0.1, 1.0, 0.12)
    blocks = (Block("Question 2: multiplications of the convolutions", "a.pdf", 1, "heading", page=1, boxes=(box,)),
              Block("(a) The \ue03a standard convolution needs 1,228,800 multiplications.", "a.pdf", 2, page=1,
                    boxes=(box,)))
    document = Document("s", blocks, ("a.pdf",), originals={"a.pdf": material.typed_pdf()})
    ctx = make_context(run_code=False)
    part = next(p for p in grade_document(document, ctx).parts if p.id == "conv.standard")
    assert part.verdict == "correct" and part.review
    assert part.review_reasons[-1].startswith("the PDF's text of this line has glyphs that map to no letter")
    assert png_src(part.evidence.image)


def test_a_page_declared_huge_is_rendered_within_the_pixel_bound():
    import fpdf

    from grader.ingest.pages import MAX_RENDER_PIXELS, _render

    pdf = fpdf.FPDF(format=(5000, 5000))  # 5 m square: at 200 dpi, 1.5 billion pixels
    pdf.add_page()
    pdf.set_font("helvetica", size=400)
    pdf.text(100, 500, "dE/dw11 = 0.0044")
    image = _render(bytes(pdf.output()), 0, 200)
    assert image.width * image.height <= MAX_RENDER_PIXELS * 1.01


def test_a_photo_that_claims_billions_of_pixels_is_refused_before_it_is_decoded():
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0))
    bomb = b"\x89PNG\r\n\x1a\n" + header + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b"")
    with pytest.raises(UnreadableFileError, match=r"bomb.png: not a readable JPEG or PNG photo \(opening the image failed \(.*(exceeds limit|100000 x 100000)"):
        from grader.ingest.scan import read_photo

        read_photo(bomb, "bomb.png")


# --------------------------------------------------------------------------- limits


def _ocr_forever(*args) -> dict:
    import time

    time.sleep(60)
    return {}


def test_a_page_whose_ocr_never_ends_is_stopped_at_the_limit_per_page(monkeypatch):
    from grader.ingest.limits import ReadLimits

    monkeypatch.setattr("grader.ingest.scan.ocr_page", _ocr_forever)
    with pytest.raises(NoTextError) as caught:
        read_pdf(material.scanned_pdf(None), "slow.pdf", limits=ReadLimits(max_page_seconds=1))
    (page,) = caught.value.pages
    assert page.layer == "none" and page.reason.endswith("rendering took longer than the time limit per page")


def test_pages_past_the_ocr_limit_are_kept_for_a_person_unread():
    from pypdf import PdfReader, PdfWriter

    from grader.ingest.limits import ReadLimits

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(material.typed_pdf())))
    writer.append(PdfReader(io.BytesIO(material.scanned_pdf(None))))
    data = io.BytesIO()
    writer.write(data)
    reading = read_pdf(data.getvalue(), "long.pdf", limits=ReadLimits(max_ocr_pages=0))
    assert [(p.page, p.layer) for p in reading.pages] == [(1, "text"), (2, "none")]
    assert "not read by OCR (past the limit of 0 pages or the time limit)" in reading.pages[1].reason
    assert reading.warnings == ["long.pdf: page 2 has no text that could be read: a person should read it"]


def test_a_pdflatex_report_reads_inline_fractions_values_after_a_line_break_and_split_words():
    text = "\n".join(b.text for b in read_pdf(material.latex_pdf(), "report.pdf").blocks)
    assert "∂E/∂w_{11} = 4.43 × 10^{−3}" in text  # \frac inline: its denominator's index kept inside it
    assert "∂E/∂w_{21} = 0.0372 for the second layer" in text  # "sec- ond" joined
    assert "4,800 + 49,152 = 53,952 multiplications in total" in text


def test_typed_text_over_a_full_page_background_is_the_students_own():
    import fpdf

    pdf = fpdf.FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(material._png(material.page_image(["letterhead"], noise=0.0))), x=0, y=0, w=210, h=297)
    pdf.set_font("helvetica", size=12)
    for k, line in enumerate(material.ANSWER_LINES):
        pdf.text(20, 120 + 8 * k, line)  # typed over the template's background, visible
    reading = read_pdf(bytes(pdf.output()), "template.pdf")
    assert [(p.layer, p.reason) for p in reading.pages] == [("text", "")]
    assert all(b.trust == "text" for b in reading.blocks)


def test_word_list_numbers_are_written_as_word_shows_them():
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        f'<w:lvlText w:val="(%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>'
        f'<w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def item(text: str, level: int = 0) -> None:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    item("dE/dw11 = 0.00443")
    item("first step", 1)
    item("second step", 1)
    item("dE/dw21 = 0.0372")
    document.add_paragraph("the total", style="List Number")  # numbered through its style
    out = io.BytesIO()
    document.save(out)
    assert docx_text(out.getvalue(), "list.docx").split("\n\n") == [
        "(a) dE/dw11 = 0.00443", "i. first step", "ii. second step", "(b) dE/dw21 = 0.0372", "1. the total\n"]
