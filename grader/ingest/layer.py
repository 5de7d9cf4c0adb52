"""Judging a page's text before it is trusted: its own, read from an image, garbage, none.

A PDF's text layer is not always what the page shows. A font without a Unicode map gives
private-use or unmapped characters; a phone scanner's app lays its own OCR of handwriting
under the photo ("Moble Meb", "Depu'e spra"). Such text must never be read as what the
student wrote. The judgment uses what the text looks like, never what it means:

* the share of its characters that map to nothing a person reads (the private-use area,
  U+FFFD, control characters);
* the share of its words (runs of three or more letters) that are English words, the
  commonest words of the other languages students write in with Latin letters, or the
  spellings a course uses; a page of formulas, with too few words to judge, is taken as
  it is;
* whether the page draws an image over nearly all of it, with text under it (an OCR
  layer, trusted less: a person confirms what was read from it).

The rules and their thresholds are the table ``RULES``, each with why.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["RULES", "Judgment", "has_unmapped", "is_word", "judge_text", "word_share"]


@dataclass(frozen=True)
class Rule:
    value: float
    why: str


#: Every threshold of the judgment, with why.
RULES = {
    "unmapped_share": Rule(0.10, "a tenth of a page's characters mapping to nothing is a font without a Unicode "
                                 "map: its letters are not the ones shown"),
    "min_words": Rule(8, "fewer words than this (a page of formulas, a title page) say nothing of the layer's "
                         "quality: such a page is taken as it is"),
    "word_share_scan": Rule(0.55, "under a scanned image: typed English (with a course's terms, names and "
                                  "abbreviations) has over 70 % dictionary words; a scanner app's reading of "
                                  "handwriting has under 40 %"),
    "word_share": Rule(0.30, "a page's own text (no scan under it) is the student's typing, which may be code with "
                             "short names or another language (the corpus's lowest page: 46 %); a font whose "
                             "letters map to the wrong ones gives under 10 %"),
    "image_cover": Rule(0.80, "an image over four fifths of the page, with text under it, is a scan with an "
                              "OCR layer (a scanner app's, Acrobat's); a figure covers less"),
    "ocr_confidence": Rule(55.0, "Tesseract's mean word confidence under this is handwriting or a bad photo, "
                                 "not print"),
}

_UNMAPPED = re.compile("[\ue000-\uf8ff\ufffd\x00-\x08\x0b-\x1f\x7f]")
# (Latin letters, accented ones too: "lançamentos" is one word, not "lan" and "amentos"; other scripts
# are no words here, so a page in them has too few to judge and is taken as it is)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]{3,}")


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    data = (Path(__file__).parent / "data" / "words.txt.gz").read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    extra = (Path(__file__).parent / "data" / "technical_words.txt").read_text(encoding="utf-8").split("\n")
    others = [w for line in (Path(__file__).parent / "data" / "common_words.txt").read_text(encoding="utf-8")
              .split("\n") if not line.startswith("#") for w in line.split()]
    return frozenset(w for w in [*lines, *extra, *others] if w and not w.startswith("#"))


def is_word(word: str) -> bool:
    """Whether a lowercase word is an English word, a common word of another language, or a course's term."""
    return word in _words()


def word_share(text: str) -> tuple[float, int]:
    """The share of ``text``'s words (3+ letters) that are words, and how many words it has.

    A word in capitals (an acronym) or of mixed case inside (``ReLU``) counts as a word.
    """
    words = _WORD.findall(text)
    if not words:
        return 1.0, 0
    known = _words()
    good = 0
    for word in words:
        lower = word.lower()
        if lower in known or word.isupper() or (lower.endswith("s") and lower[:-1] in known) or (
                not word[1:].islower() and not word.isupper() and not word[1:].isupper()):
            good += 1
    return good / len(words), len(words)


def has_unmapped(text: str) -> bool:
    """Whether ``text`` holds a character that maps to no letter (a glyph its font could not name)."""
    return _UNMAPPED.search(text.replace("\n", " ").replace("\t", " ")) is not None


@dataclass(frozen=True)
class Judgment:
    """A page's text layer as judged: ``text``, ``ocr``, ``garbage`` or ``none``, and why."""

    layer: str
    reason: str


def judge_text(text: str, *, image_cover: float = 0.0, invisible: bool = False,
               ocr_confidence: float | None = None) -> Judgment:
    """Judge the text of one page.

    ``image_cover`` is the share of the page an image covers, ``invisible`` whether the
    text is drawn invisibly (PDF render mode 3, as OCR layers are), ``ocr_confidence``
    Tesseract's mean word confidence when the text is our own OCR's.
    """
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return Judgment("none", "no text on the page")
    unmapped = len(_UNMAPPED.findall(text)) / len(visible)
    if unmapped >= RULES["unmapped_share"].value:
        return Judgment("garbage", f"{unmapped:.0%} of its characters map to no letter (a font without a "
                                   f"Unicode map)")
    share, count = word_share(text)
    over_image = image_cover >= RULES["image_cover"].value
    source = ("our OCR" if ocr_confidence is not None else
              "a text layer under a scanned image" if over_image or invisible else "its text layer")
    least = RULES["word_share_scan" if over_image or invisible or ocr_confidence is not None else "word_share"].value
    if count >= RULES["min_words"].value and share < least:
        return Judgment("garbage", f"{source} does not read as words (only {share:.0%} of its {count} words "
                                   f"are words of a dictionary)")
    if ocr_confidence is not None:
        if ocr_confidence < RULES["ocr_confidence"].value:
            return Judgment("garbage", f"our OCR could not read it (mean confidence {ocr_confidence:.0f} %: "
                                       f"handwriting or a poor image)")
        return Judgment("ocr", f"our OCR read it, mean confidence {ocr_confidence:.0f} %")
    if over_image or invisible:
        return Judgment("ocr", "its text is an OCR layer under a scanned image (a scanner app's)")
    return Judgment("text", "")
