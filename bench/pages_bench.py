"""Benchmark: what judging, rendering and OCR of pages cost (issue 13).

Measures, as the median of several runs, on documents made by tests/ingest/page_material.py:

- a typed page: read and judged (``read_pdf`` on the 30-page PDF of logs, per page);
- a page rendered for the report (the crop around one answer, ``evidence_images``);
- a scanned page without a text layer read by OCR (render at 300 dpi, deskew, threshold,
  Tesseract), and a phone photo of a page (JPEG) read by OCR;
- the 30-page PDF graded end to end through ``grade_submission`` (crops included).

Usage: python bench/pages_bench.py [--runs 3]
It prints what it measured and the machine it ran on; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

import page_material as material  # noqa: E402

from grader.api import grade_submission  # noqa: E402
from grader.ingest import DEFAULT_LIMITS, Entry, evidence_images, read_submission  # noqa: E402
from grader.ingest.pdf import read_pdf  # noqa: E402
from grader.ingest.scan import read_photo  # noqa: E402


def median_s(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"tesseract: {shutil.which('tesseract') or 'not installed'}")
    typed = material.typed_pdf(1, 28)
    seconds = median_s(lambda: read_pdf(typed, "typed.pdf"), args.runs)
    print(f"typed PDF, 30 pages, read and judged: {seconds * 1000:.0f} ms ({seconds * 1000 / 30:.1f} ms per page)")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "typed_30_pages.pdf"
        path.write_bytes(typed)
        document = read_submission(Entry("typed", path))
        evidence = [b for b in document.blocks if "dE/dw11" in b.text]
        from grader.models import Evidence

        one = [Evidence(b.file, b.line, b.text, page=b.page) for b in evidence[:1]]
        seconds = median_s(lambda: evidence_images(document, one), args.runs)
        print(f"one page rendered and cut around an answer (forked reader): {seconds * 1000:.0f} ms")
        seconds = median_s(lambda: grade_submission(path, run_code=False), args.runs)
        print(f"the 30-page PDF graded end to end (5 crops): {seconds * 1000:.0f} ms")

    if shutil.which("tesseract") is None:
        print("OCR: not measured (tesseract is not installed)")
        return
    scan = material.scanned_pdf(None)
    seconds = median_s(lambda: read_pdf(scan, "scan.pdf"), args.runs)
    print(f"scanned page, no text layer, read by OCR: {seconds:.2f} s")
    photo = material.photo_jpeg()
    seconds = median_s(lambda: read_photo(photo, "photo.jpg"), args.runs)
    print(f"photo of a page (JPEG, 1240x1754) read by OCR: {seconds:.2f} s")
    garbage = material.scanned_pdf(material.GARBAGE_LAYER, handwriting=True)
    limits = DEFAULT_LIMITS

    def unread() -> None:
        try:
            read_pdf(garbage, "hand.pdf", limits=limits)
        except Exception:  # NoTextError: the page is for a person
            pass
    seconds = median_s(unread, args.runs)
    print(f"handwritten page with a garbage layer (judged, OCR tried, page image kept): {seconds:.2f} s")


if __name__ == "__main__":
    main()
