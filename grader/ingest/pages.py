"""Pages as images: a PDF page rendered, a photo of a page opened, read by OCR, cut for the report.

Everything here runs inside the forked, limited reader (``isolate.run_isolated``) and
returns plain data: lines of text with their boxes, and PNG images as ``data:`` URIs.
PDF pages are rendered with pypdfium2 (PDFium, the renderer of Chromium); photos are
opened with Pillow, which is told the largest image it may open before it decodes one.

Images for the report are small: a crop of the page around an answer (at most
``CROP_BYTES``), a whole page scaled down (at most ``PAGE_BYTES``) where no text of it
could be used, both greyscale PNG.
"""

from __future__ import annotations

import base64
import io
from typing import Any

from .layer import judge_text
from .ocr import ocr_image, prepare, tesseract_path, unturn_box

__all__ = ["CROP_BYTES", "PAGE_BYTES", "PHOTO_FORMATS", "crop_images", "ocr_page", "png_uri"]

#: Resolution pages are rendered at for OCR: Tesseract wants capital letters 20 to 30 pixels high,
#: which 11-pt print is at 200 dpi; 300 dpi read the test scans no better and cost twice the time.
OCR_DPI = 200
#: Resolution of the report's crops and page images.
SHOW_DPI = 110
#: Largest crop around an answer, in bytes of PNG.
CROP_BYTES = 40_000
#: Largest whole page shown, in bytes of PNG.
PAGE_BYTES = 150_000
#: Widest image put in a report, in pixels.
SHOW_WIDTH = 900
#: Grey levels kept in a report's images (text and handwriting need few; PNG compresses them well).
GREYS = 8
#: Pillow's formats of photos we read, by the name Pillow gives them.
PHOTO_FORMATS = ("JPEG", "PNG")
#: Largest photo opened, in pixels (a 48-megapixel phone photo is 8000 x 6000).
MAX_PHOTO_PIXELS = 60_000_000
#: A photo's longest side is scaled down to this before OCR (more costs time and gains nothing).
OCR_LONG_SIDE = 3300
#: A page with less ink than this share of its pixels is blank (not even OCR is tried).
BLANK_INK = 0.0003
#: A page with less ink than this, where OCR finds no word, is blank too (a stray mark, a rule).
EMPTY_INK = 0.002


def png_uri(image: Any, max_bytes: int, width: int = SHOW_WIDTH, *, clean: bool = True) -> str:
    """A greyscale PNG ``data:`` URI of ``image``, scaled down until it is at most ``max_bytes``.

    With ``clean``, a scan's specks are taken out (a median filter: not for a rendered PDF's
    own text, whose thin strokes it would eat); the greys are reduced to ``GREYS`` levels:
    text and handwriting stay as readable, and the PNG is a fraction of the size.
    """
    from PIL import Image, ImageFilter, ImageOps

    image = image.convert("L")
    if image.width > width:
        if image.width >= 2 * width:
            image = image.reduce(image.width // width)
        image = image.resize((width, max(1, round(image.height * width / image.width))), Image.BILINEAR)
    if clean:
        image = ImageOps.autocontrast(image.filter(ImageFilter.MedianFilter(3)), cutoff=1)
    step = 256 // GREYS
    image = image.point([255 if v >= 256 - step else (v // step) * step for v in range(256)])
    while True:
        out = io.BytesIO()
        image.save(out, format="PNG", compress_level=6)
        if out.tell() <= max_bytes or image.width < 120:
            return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode("ascii")
        image = image.resize((max(1, image.width * 3 // 4), max(1, image.height * 3 // 4)), Image.BILINEAR)


#: Most pixels one rendered page may have: a page declared kilometres wide is drawn smaller, not refused.
MAX_RENDER_PIXELS = 30_000_000


def _render(data: bytes, index: int, dpi: int) -> Any:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        page = document[index]
        width, height = page.get_size()
        scale = min(dpi / 72, (MAX_RENDER_PIXELS / max(width * height, 1.0)) ** 0.5)
        return page.render(scale=scale, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def _open_photo(data: bytes) -> Any:
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = MAX_PHOTO_PIXELS  # Pillow's own guard, for what it decodes on its own
    image = Image.open(io.BytesIO(data))  # reads the header only: nothing is decoded yet
    if image.format not in PHOTO_FORMATS:
        raise ValueError(f"a {image.format} image, not a JPEG or PNG photo")
    if image.width * image.height > MAX_PHOTO_PIXELS:
        raise ValueError(f"{image.width} x {image.height} pixels, more than any photo of a page "
                         f"({MAX_PHOTO_PIXELS:,} at most)")
    image = ImageOps.exif_transpose(image)  # a phone's photo turned as it was held
    return image.convert("L")


def _ink(image: Any) -> float:
    histogram = image.histogram()
    return sum(histogram[:128]) / max(1, sum(histogram))


def ocr_page(data: bytes, kind: str, index: int, seconds: float, use_ocr: bool) -> dict[str, Any]:
    """One page (``kind`` ``pdf``, page ``index``; or ``photo``) read by OCR, and its image.

    Returns ``lines`` (``[text, [left, top, right, bottom], confidence, [block, paragraph]]``,
    boxes as fractions of the page), ``confidence`` (the mean over words), ``ink`` (the
    share of dark pixels), ``image`` (the page scaled down, as a data URI, where OCR did
    not read it well: for a person) and ``ocr`` (whether OCR ran: it does not without Tesseract or when ``use_ocr`` is false).
    """
    if kind == "pdf":
        big = _render(data, index, OCR_DPI)
    else:
        big = _open_photo(data)
        if max(big.size) > OCR_LONG_SIDE:
            big.thumbnail((OCR_LONG_SIDE, OCR_LONG_SIDE))
    ink = _ink(big)
    result: dict[str, Any] = {"lines": [], "confidence": 0.0, "ink": round(ink, 6), "image": None, "ocr": False}
    if use_ocr and tesseract_path() is not None and ink >= BLANK_INK:
        prepared, angle = prepare(big)
        lines = ocr_image(prepared, seconds=seconds)
        words = sum(len(line.text.split()) for line in lines)
        confidence = (sum(line.confidence * len(line.text.split()) for line in lines) / words) if words else 0.0
        result.update(ocr=True, confidence=round(confidence, 1),
                      lines=[[line.text, list(unturn_box(line.box, big.size, angle)), line.confidence,
                              list(line.paragraph)] for line in lines])
        if judge_text("\n".join(line.text for line in lines), ocr_confidence=confidence).layer == "ocr":
            return result  # read: the answers' crops show the page, not a whole image of it
    result["image"] = png_uri(big, PAGE_BYTES) if ink >= BLANK_INK else None
    return result


def crop_images(data: bytes, kind: str, requests: list[list[Any]]) -> list[str | None]:
    """For each ``[page index, [left, top, right, bottom]]`` the page cut around that box, as a data URI.

    The crop takes the page's whole width (an answer is read with its line) and a line and
    a half above and below the box; a bar in the left margin marks the line.
    """
    out: list[str | None] = []
    rendered: dict[int, Any] = {}
    for index, box in requests:
        if index not in rendered:
            if kind == "pdf":
                rendered[index] = _render(data, index, SHOW_DPI)
            else:
                photo = _open_photo(data)
                photo.thumbnail((1400, 1400))
                rendered[index] = photo
        image = rendered[index]
        width, height = image.size
        left, top, right, bottom = (float(v) for v in box)
        line = max(bottom - top, 0.012)
        upper = max(0.0, top - 1.5 * line)
        lower = min(1.0, bottom + 1.5 * line)
        if lower <= upper:
            out.append(None)
            continue
        crop = image.crop((0, int(upper * height), width, max(int(upper * height) + 1, int(lower * height))))
        _mark_line(crop, (top - upper) * height, (bottom - upper) * height)
        out.append(png_uri(crop, CROP_BYTES, clean=kind != "pdf"))
    return out


def _mark_line(crop: Any, top: float, bottom: float) -> None:
    """A bar in the crop's left margin beside the answer's line, so the eye finds it at once."""
    from PIL import ImageDraw

    bar = max(4, crop.width // 150)
    ImageDraw.Draw(crop).rectangle((bar, max(0, int(top)), 2 * bar, min(crop.height - 1, int(bottom))), fill=70)


def ocr_available() -> bool:
    """Whether pages can be read by OCR here (Tesseract is installed)."""
    return tesseract_path() is not None
