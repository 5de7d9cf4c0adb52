"""Benchmark: how long reading PDFs, notebooks and class archives takes.

Measures, as the median of several runs:

- each PDF of the corpus read through ``pdf_blocks`` (a forked, limited reader) and
  through ``read_pages`` in this process, so the cost of the isolation shows;
- a 60-page typed PDF (written here by fpdf2): time per page;
- the corpus notebooks through ``notebook_blocks``;
- a Moodle class archive of N students (made here from the fixture): listing it with
  ``batch_entries`` and reading every submission with ``read_submission``.

Usage: python bench/ingest_bench.py [--students 200] [--runs 5]
It prints what it measured and the machine it ran on; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import re
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader.ingest import batch_entries, read_submission  # noqa: E402
from grader.ingest.isolate import can_fork  # noqa: E402
from grader.ingest.notebook import notebook_blocks  # noqa: E402
from grader.ingest.pdf import pdf_blocks, read_pages  # noqa: E402

SUBMISSIONS = ROOT / "submissions"
FIXTURE = ROOT / "tests" / "fixtures" / "class_moodle.zip"


def median_ms(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def long_pdf(pages: int) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for page in range(pages):
        pdf.add_page()
        for line in range(40):
            pdf.cell(text=f"page {page + 1} line {line + 1}: dE/dw11 = 4.43 x 10^-3, standard convolution 1,228,800")
            pdf.ln(6)
    return bytes(pdf.output())


def class_archive(students: int) -> bytes:
    """The fixture's three students copied under new ids until there are ``students``."""
    with zipfile.ZipFile(FIXTURE) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    people = sorted({name.split("_", 1)[0] for name, _ in members})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(students):
            for name, data in members:
                folder, _, rest = name.partition("/")
                match = re.match(r"^(.+?)_(\d+)_assignsubmission_([a-z]+)_$", folder)
                if match and match.group(1).split("_", 1)[0] == people[n % len(people)]:
                    archive.writestr(f"Student {n:04d}_{200000 + n}_assignsubmission_{match.group(3)}_/{rest}", data)
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
          f"{platform.python_version()}, {platform.platform()}; isolation by fork: {can_fork()}")

    print("\nPDFs of the corpus (median ms):")
    for path in sorted(SUBMISSIONS.glob("f01_pdf_*.pdf")):
        data = path.read_bytes()
        pages = len(read_pages(data, 1000)["pages"])
        try:
            isolated = median_ms(lambda: pdf_blocks(data, path.name), args.runs)
        except Exception as exc:  # the scan: it needs a person, and that is measured too
            isolated = median_ms(lambda: _swallow(pdf_blocks, data, path.name), args.runs)
            note = f" ({type(exc).__name__})"
        else:
            note = ""
        here = median_ms(lambda: read_pages(data, 1000), args.runs)
        print(f"  {path.name:24} {pages} pages {len(data) / 1024:7.0f} KiB  isolated {isolated:7.1f}  "
              f"in-process {here:7.1f}{note}")

    data = long_pdf(60)
    isolated = median_ms(lambda: pdf_blocks(data, "long.pdf"), max(1, args.runs // 2))
    print(f"\n60-page typed PDF ({len(data) / 1024:.0f} KiB): {isolated:.0f} ms, {isolated / 60:.1f} ms per page")

    print("\nnotebooks of the corpus (median ms):")
    for path in sorted(SUBMISSIONS.glob("f01_nb_*.ipynb")):
        data = path.read_bytes()
        print(f"  {path.name:24} {median_ms(lambda: _swallow(notebook_blocks, data, path.name), args.runs):7.1f}")

    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "class.zip"
        archive.write_bytes(class_archive(args.students))
        listing = median_ms(lambda: batch_entries(archive), args.runs)
        entries = batch_entries(archive)
        started = time.perf_counter()
        for entry in entries:
            _swallow(read_submission, entry)
        reading = (time.perf_counter() - started) * 1000
        print(f"\nclass archive of {len(entries)} students ({archive.stat().st_size / 1e6:.1f} MB): listing "
              f"{listing:.0f} ms; reading every submission {reading:.0f} ms "
              f"({reading / max(1, len(entries)):.1f} ms each)")
    return 0


def _swallow(function, *args):
    try:
        return function(*args)
    except Exception as exc:  # a submission in error is a result too
        return exc


if __name__ == "__main__":
    sys.exit(main())
