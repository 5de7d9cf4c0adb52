"""OCR of a page image with Tesseract: the image made ready, the words read with their boxes.

Tesseract (Debian's ``tesseract-ocr``) runs as a program, given the image on its standard
input and answering in TSV (one row per word: its box, its confidence, its text); it is
optional, and without it pages that need OCR are shown to a person instead. This module
runs inside the forked, limited reader (``isolate``): the program inherits its limits of
memory and CPU time, and has a wall-clock time limit of its own. It is the one program
ingest runs, and it is given an image we made (a PNG re-encoded from the page), never
the student's bytes.

Before OCR the page is made grey, its specks of noise removed (a median filter), its contrast stretched, its slant (a page photographed
or fed into a scanner askew) measured and turned back, and it is made black and white at
a threshold chosen from its own histogram (Otsu's).
"""

from __future__ import annotations

import csv
import io
import math
import os
import shutil
import subprocess  # the one program ingest runs: tesseract (see the module's docstring)
from dataclasses import dataclass
from typing import Any

__all__ = ["OcrLine", "deskew_angle", "ocr_image", "prepare", "tesseract_path", "threshold", "unturn_box"]

#: Slants tried when a page is turned back straight, in degrees either way.
MAX_SKEW = 6.0
#: Step of that search, in degrees.
SKEW_STEP = 0.5


def tesseract_path() -> str | None:
    """Where the ``tesseract`` program is, or None when it is not installed."""
    return shutil.which("tesseract")


@dataclass(frozen=True)
class OcrLine:
    """A line read by OCR: its text, its box (fractions of the image), its mean word confidence."""

    text: str
    box: tuple[float, float, float, float]
    confidence: float
    paragraph: tuple[int, int]
    """Tesseract's (block, paragraph) numbers: lines of one paragraph are one block of text."""


def threshold(grey: Any) -> int:
    """Otsu's threshold of a greyscale PIL image: the level that best parts ink from paper."""
    histogram = grey.histogram()[:256]
    total = sum(histogram)
    weighted = sum(i * h for i, h in enumerate(histogram))
    best, best_level = -1.0, 128
    below = below_weighted = 0
    for level in range(256):
        below += histogram[level]
        if below == 0:
            continue
        above = total - below
        if above == 0:
            break
        below_weighted += level * histogram[level]
        mean_below = below_weighted / below
        mean_above = (weighted - below_weighted) / above
        between = below * above * (mean_below - mean_above) ** 2
        if between > best:
            best, best_level = between, level
    return best_level


def deskew_angle(binary: Any) -> float:
    """The angle that makes a black-on-white page's lines level (their rows' ink most uneven)."""
    import numpy as np
    from PIL import Image

    small = binary.copy()
    small.thumbnail((800, 800))
    steps = int(round(MAX_SKEW / SKEW_STEP))
    best, best_angle = -1.0, 0.0
    for k in sorted(range(-steps, steps + 1), key=lambda k: (abs(k), k)):  # level first: it wins a tie
        angle = k * SKEW_STEP
        turned = small.rotate(angle, resample=Image.NEAREST, expand=False, fillcolor=255)
        ink = (np.asarray(turned) < 128).sum(axis=1).astype(float)
        score = float(((ink[1:] - ink[:-1]) ** 2).sum())
        if score > best * 1.001:
            best, best_angle = score, angle
    return best_angle


def prepare(image: Any) -> tuple[Any, float]:
    """A page image made ready for OCR (grey, contrast stretched, turned level, black and white), and
    the angle it was turned by (for ``unturn_box``)."""
    from PIL import Image, ImageFilter, ImageOps

    grey = ImageOps.autocontrast(image.convert("L").filter(ImageFilter.MedianFilter(3)), cutoff=1)
    level = threshold(grey)
    binary = grey.point(lambda v: 255 if v > level else 0)
    angle = deskew_angle(binary)
    if angle:
        binary = binary.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        binary = binary.point(lambda v: 255 if v > 127 else 0)
    return binary, angle


def unturn_box(box: tuple[float, float, float, float], size: tuple[int, int],
               angle: float) -> tuple[float, float, float, float]:
    """A box found on the page turned by ``angle`` (``prepare``), as a box on the page as it was."""
    if not angle:
        return box
    width, height = size
    cx, cy = width / 2, height / 2
    a = math.radians(angle)
    corners = [(box[0] * width, box[1] * height), (box[2] * width, box[1] * height),
               (box[0] * width, box[3] * height), (box[2] * width, box[3] * height)]
    xs = [cx + (x - cx) * math.cos(a) - (y - cy) * math.sin(a) for x, y in corners]
    ys = [cy + (x - cx) * math.sin(a) + (y - cy) * math.cos(a) for x, y in corners]

    def fraction(v: float, whole: int) -> float:
        return round(min(1.0, max(0.0, v / whole)), 4)

    return (fraction(min(xs), width), fraction(min(ys), height), fraction(max(xs), width), fraction(max(ys), height))


def ocr_image(image: Any, *, seconds: float, language: str = "eng") -> list[OcrLine]:
    """The lines Tesseract reads on a prepared page image, in its reading order.

    Raises ``RuntimeError`` when the program is missing, fails, or takes longer than ``seconds``.
    """
    program = tesseract_path()
    if program is None:
        raise RuntimeError("tesseract is not installed")
    png = io.BytesIO()
    image.save(png, format="PNG")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "OMP_THREAD_LIMIT": "1", "LC_ALL": "C"}
    try:
        done = subprocess.run([program, "stdin", "stdout", "-l", language, "--psm", "3", "tsv"],
                              input=png.getvalue(), capture_output=True, timeout=max(seconds, 0.5), env=env)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"OCR took longer than {seconds:g} s") from None
    if done.returncode != 0:
        raise RuntimeError(f"tesseract failed: {done.stderr.decode('utf-8', 'replace')[:200]}")
    return parse_tsv(done.stdout.decode("utf-8", "replace"), image.size)


def parse_tsv(text: str, size: tuple[int, int]) -> list[OcrLine]:
    """Tesseract's TSV as lines (words of one line joined by spaces), boxes as fractions of ``size``."""
    width, height = max(size[0], 1), max(size[1], 1)
    lines: dict[tuple[int, int, int], list[tuple[str, float, int, int, int, int]]] = {}
    rows = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(rows, None)
    if not header or "text" not in header:
        return []
    at = {name: k for k, name in enumerate(header)}
    for row in rows:
        if len(row) < len(header) or row[at["level"]] != "5":
            continue
        word = row[at["text"]].strip()
        if not word:
            continue
        key = (int(row[at["block_num"]]), int(row[at["par_num"]]), int(row[at["line_num"]]))
        left, top = int(row[at["left"]]), int(row[at["top"]])
        lines.setdefault(key, []).append((word, float(row[at["conf"]]), left, top,
                                          left + int(row[at["width"]]), top + int(row[at["height"]])))
    out = []
    for (block, paragraph, _), words in lines.items():
        text_line = " ".join(w[0] for w in words)
        confidence = sum(max(w[1], 0.0) for w in words) / len(words)
        box = (min(w[2] for w in words) / width, min(w[3] for w in words) / height,
               max(w[4] for w in words) / width, max(w[5] for w in words) / height)
        out.append(OcrLine(text_line, tuple(round(v, 4) for v in box), round(confidence, 1), (block, paragraph)))
    return out
