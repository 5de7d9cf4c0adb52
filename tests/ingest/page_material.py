"""Documents as courses receive them, made with the real tools (issue 13).

Each maker returns the file's bytes; ``CASES`` names every document with its verdicts
(written from the rubric, reading the page as a person would) and the parts that must be
flagged for a person. Tools: fpdf2 (typed PDFs), pypdf (FreeText annotations and form
fields, as a viewer writes them), Pillow (pages printed to an image: noise, a slight
rotation, JPEG photos), python-docx (Word, with a table and a Word equation), pdflatex
(a two-column report) and LibreOffice (the Word file exported to PDF and saved as .odt): what
those two make is kept in tests/fixtures/pages (``--latex``, ``--libreoffice`` make it again).

Run it to write the documents into a folder and look at them:
``python tests/ingest/page_material.py OUT_FOLDER``.
"""

from __future__ import annotations

import io
import random
import sys
from datetime import datetime, timezone
from pathlib import Path

FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
PARTS = ["backprop.dw11", "backprop.dw21", "backprop.code", "conv.standard", "conv.depthwise", "poisson.loss"]

#: The answers, as a student types them: every value right.
ANSWER_LINES = [
    "Question 1: backpropagation",
    "(a) dE/dw11 = 0.00443",
    "(b) dE/dw21 = 0.0372",
    "",
    "Question 2: multiplications of the convolutions",
    "(a) The standard convolution needs 1,228,800 multiplications.",
    "(b) The depthwise separable convolution needs 53,952 multiplications.",
    "",
    "Question 3: the Poisson loss",
    "The loss is L = z - y log z",
]
#: What a phone scanner's app laid under a photo of handwriting (the issue's real case).
GARBAGE_LAYER = ["Moble Meb Depu'e spra tvoil omnd 0 ot", "Grsd mlhy wrtu aqe scnot lpy", "Dwlp ulm trw fon rrsk fhqw",
                 "Gnr Asgmnt prk blt uqe srl 6i8 wp"]
ALL_RIGHT = {"backprop.dw11": "correct", "backprop.dw21": "correct", "backprop.code": "missing",
             "conv.standard": "correct", "conv.depthwise": "correct", "poisson.loss": "correct"}
ANSWERED = [p for p in PARTS if p != "backprop.code"]


def _fpdf():
    import fpdf

    pdf = fpdf.FPDF(format="A4")
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.set_font("Sans", size=12)
    return pdf


def typed_pdf(pages_before: int = 0, pages_after: int = 0) -> bytes:
    """A typed PDF; ``pages_before``/``after`` pages of logs around the answers' page."""
    pdf = _fpdf()
    rng = random.Random(13)
    for k in range(pages_before + 1 + pages_after):
        pdf.add_page()
        if k == pages_before:
            for line in ANSWER_LINES:
                pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
            continue
        for row in range(45):  # a page of training logs
            pdf.cell(0, 5.6, f"epoch {k * 45 + row:4d}  step {rng.randrange(10**5):6d}  loss {rng.random():.4f}  "
                             f"lr 0.001 time {rng.random() * 3:.2f}s", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def page_image(lines: list[str] = ANSWER_LINES, *, angle: float = 1.5, noise: float = 0.03, handwriting: bool = False,
               seed: int = 638):
    """A page as a scanner or a phone sees it: grey paper, noise, turned slightly; Pillow image."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(seed)
    image = Image.new("L", (1240, 1754), 235)
    draw = ImageDraw.Draw(image)
    if handwriting:  # strokes no OCR reads: a person must
        for row in range(12):
            y = 180 + 95 * row
            x = 120
            while x < 1000:
                points = [(x + i * 6, y + rng.randint(-18, 18)) for i in range(rng.randint(4, 12))]
                draw.line(points, fill=30, width=4)
                x = points[-1][0] + rng.randint(25, 60)
    else:
        font = ImageFont.truetype(str(FONTS / "DejaVuSerif.ttf"), 34)
        for i, text in enumerate(lines):
            draw.text((120, 160 + 62 * i), text, fill=25, font=font)
    image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=235)
    pixels = image.load()
    for _ in range(int(noise * image.width * image.height)):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        pixels[x, y] = rng.choice((0, 90, 255))
    return image.filter(ImageFilter.GaussianBlur(0.6))


def _png(image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def scanned_pdf(layer: list[str] | None = None, *, handwriting: bool = False) -> bytes:
    """A scanned page as a PDF: the page image over the whole page, with an invisible text layer if given."""
    pdf = _fpdf()
    pdf.add_page()
    if layer is not None:  # drawn first and invisibly, as scanner apps lay their OCR under the image
        pdf.text_mode = 3  # fpdf2: TextMode.INVISIBLE
        for i, text in enumerate(layer):
            pdf.text(20, 40 + 12 * i, text)
        pdf.text_mode = 0
    pdf.image(io.BytesIO(_png(page_image(handwriting=handwriting))), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def photo_jpeg() -> bytes:
    """A phone's photo of a typed page: JPEG, turned, noisy."""
    out = io.BytesIO()
    page_image(angle=-2.0, noise=0.02, seed=7).save(out, format="JPEG", quality=80)
    return out.getvalue()


def freetext_pdf() -> bytes:
    """A blank page typed on with a viewer's text boxes (FreeText, as macOS Preview does), and a form field."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import FreeText
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject, ArrayObject, FloatObject

    pdf = _fpdf()
    pdf.add_page()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(pdf.output()))))
    top = 800
    for k, line in enumerate(ANSWER_LINES[:7]):
        if line:
            writer.add_annotation(0, FreeText(text=line, rect=(60, top - 22 * k - 16, 540, top - 22 * k),
                                              font="Helvetica", font_size="12pt"))
    field = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject("q3"),
        NameObject("/V"): TextStringObject("Question 3: the Poisson loss is L = z - y log z"),
        NameObject("/DA"): TextStringObject("/Helv 12 Tf 0 g"),
        NameObject("/Rect"): ArrayObject([FloatObject(60), FloatObject(560), FloatObject(540), FloatObject(576)]),
    })
    writer.add_annotation(0, field)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


_OMML_LOSS = (
    '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
    '<m:r><m:t>L=z−y</m:t></m:r><m:func><m:fName><m:r><m:t>log</m:t></m:r></m:fName>'
    '<m:e><m:r><m:t>z</m:t></m:r></m:e></m:func></m:oMath>')
_OMML_GRADIENT = (
    '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
    '<m:f><m:num><m:r><m:t>∂E</m:t></m:r></m:num><m:den><m:r><m:t>∂</m:t></m:r><m:sSub><m:e><m:r><m:t>w</m:t></m:r>'
    '</m:e><m:sub><m:r><m:t>11</m:t></m:r></m:sub></m:sSub></m:den></m:f><m:r><m:t>=0.00443</m:t></m:r></m:oMath>')


def word_docx(equations: bool = True) -> bytes:
    """A Word file: headings, the gradients as Word equations (or typed), the counts in a table."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.core_properties.created = datetime(2024, 1, 1)
    document.add_heading("Question 1: backpropagation", level=1)
    paragraph = document.add_paragraph("(a) " if equations else "(a) dE/dw11 = 0.00443")
    if equations:
        paragraph._p.append(parse_xml(_OMML_GRADIENT))
    document.add_paragraph("(b) dE/dw21 = 0.0372")
    document.add_heading("Question 2: multiplications of the convolutions", level=1)
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("Convolution", "Multiplications"), ("standard convolution", "1,228,800"),
                                       ("depthwise separable convolution", "53,952")]):
        row.cells[0].text, row.cells[1].text = cells
    document.add_heading("Question 3: the Poisson loss", level=1)
    paragraph = document.add_paragraph("The loss is " if equations else "The loss is L = z - y log z")
    if equations:
        paragraph._p.append(parse_xml(_OMML_LOSS))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def latex_pdf() -> bytes:
    """A two-column pdflatex report (amsmath, \\boxed, inline \\frac, English after formulas).

    pdflatex is not needed to run the tests: the PDF it made is kept beside its source in
    tests/fixtures/pages; ``python tests/ingest/page_material.py --latex`` makes it again
    where pdflatex is installed (reproducibly: SOURCE_DATE_EPOCH).
    """
    return (FIXTURES / "two_column.pdf").read_bytes()


def libreoffice_pdf() -> bytes:
    """The Word file (equations typed) as LibreOffice exports it to PDF: a table without rules."""
    return (FIXTURES / "libreoffice.pdf").read_bytes()


def libreoffice_odt() -> bytes:
    """The Word file (equations typed) saved by LibreOffice as OpenDocument text."""
    return (FIXTURES / "libreoffice.odt").read_bytes()


def make_libreoffice() -> None:
    """Convert the Word file with LibreOffice (``soffice --convert-to``) into the fixtures."""
    import shutil
    import subprocess
    import tempfile

    if shutil.which("soffice") is None:
        raise SystemExit("LibreOffice is not installed (Debian: apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "libreoffice.docx").write_bytes(word_docx(equations=False))
        for kind in ("pdf", "odt"):
            subprocess.run(["soffice", "--headless", "--convert-to", kind, "libreoffice.docx"], cwd=folder,
                           check=True, capture_output=True, timeout=300)
            shutil.copy(Path(folder) / f"libreoffice.{kind}", FIXTURES / f"libreoffice.{kind}")


def make_latex_pdf() -> None:
    import os
    import shutil
    import subprocess
    import tempfile

    if shutil.which("pdflatex") is None:
        raise SystemExit("pdflatex is not installed (Debian: apt-get install texlive-latex-recommended)")
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(FIXTURES / "two_column.tex", folder)
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1704067200", "FORCE_SOURCE_DATE": "1"}
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "two_column.tex"], cwd=folder, env=env,
                       check=True, capture_output=True)
        shutil.copy(Path(folder) / "two_column.pdf", FIXTURES / "two_column.pdf")


#: What OCR misreads, as Tesseract 5.3 reads these pages: part -> why. The verdict differs from the
#: rubric's, and the part must be flagged for a person (the test checks both). (None now: the loss OCR gives
#: as "L=z-ylogz", its logarithm run on to its letters, reads as z − y log z since the twelfth session.)
OCR_GAPS: dict[str, str] = {}

#: Every document: its file name, its maker, the verdicts (from the rubric, reading the page as a
#: person would), the parts a person must be asked to look at, whether it needs Tesseract, and
#: the parts where the grader falls short of the rubric (flagged).
CASES = {
    "typed_30_pages": ("typed_30_pages.pdf", lambda: typed_pdf(1, 28), ALL_RIGHT, [], False, {}),
    "latex_two_column": ("latex_two_column.pdf", latex_pdf, ALL_RIGHT, [], False, {}),
    "libreoffice_pdf": ("libreoffice_pdf.pdf", libreoffice_pdf, ALL_RIGHT, [], False, {}),
    "libreoffice_odt": ("libreoffice_odt.odt", libreoffice_odt, ALL_RIGHT, [], False, {}),
    "freetext_on_blank": ("freetext_on_blank.pdf", freetext_pdf, ALL_RIGHT, [], False, {}),
    "word_table_equations": ("word_table_equations.docx", word_docx, ALL_RIGHT, [], False, {}),
    "scan_good_ocr_layer": ("scan_good_ocr_layer.pdf", lambda: scanned_pdf(ANSWER_LINES), ALL_RIGHT, ANSWERED,
                            False, {}),
    "scan_garbage_layer": ("scan_garbage_layer.pdf", lambda: scanned_pdf(GARBAGE_LAYER, handwriting=True),
                           {p: "missing" for p in PARTS}, ANSWERED, False, {}),
    "scan_no_layer": ("scan_no_layer.pdf", lambda: scanned_pdf(None), ALL_RIGHT, ANSWERED, True, OCR_GAPS),
    "scan_garbage_layer_typed": ("scan_garbage_layer_typed.pdf", lambda: scanned_pdf(GARBAGE_LAYER), ALL_RIGHT,
                                 ANSWERED, True, OCR_GAPS),
    "photo_of_page": ("photo_of_page.jpg", photo_jpeg, ALL_RIGHT, ANSWERED, True, OCR_GAPS),
}


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make, *_ in CASES.values():
        (folder / name).write_bytes(make())
        written.append(folder / name)
    return written


if __name__ == "__main__":
    if sys.argv[1:] == ["--latex"]:
        make_latex_pdf()
    elif sys.argv[1:] == ["--libreoffice"]:
        make_libreoffice()
    else:
        for path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "page_material")):
            print(path)
