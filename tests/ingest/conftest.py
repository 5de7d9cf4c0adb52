"""Real files for the ingest tests: PDFs written by fpdf2, notebooks by nbformat, zips by zipfile."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

UNICODE_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture
def snapshot():
    """``snapshot(root)``: every path under ``root`` (links not followed), its kind and size."""
    return _snapshot


def _snapshot(root: Path) -> dict[str, tuple[str, int]]:
    seen = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            st = path.lstat()
            kind = "link" if path.is_symlink() else "dir" if path.is_dir() else "file"
            seen[path.relative_to(root).as_posix()] = (kind, 0 if kind == "dir" else st.st_size)
    return seen


@pytest.fixture
def make_pdf():
    """``make_pdf(pages, unicode=False, size=11)``: a real PDF of pages of lines.

    A line is a string, or a list of runs: a string or ``(text, style)`` with style
    ``sup``, ``sub`` or ``big`` (a heading). ``None`` is a blank line; a page given as a
    string ``"image"`` is a scan (an image, no text).
    """
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 writes the test PDFs: pip install -e '.[test]'")

    def make(pages: list, *, unicode: bool = False, size: float = 11, encrypt: str | None = None) -> bytes:
        pdf = fpdf.FPDF(format="A4")
        pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
        if unicode:
            if not UNICODE_FONT.exists():
                pytest.skip(f"{UNICODE_FONT} is needed for Unicode PDFs (Debian: apt-get install fonts-dejavu-core)")
            pdf.add_font("Body", "", str(UNICODE_FONT))
            font = "Body"
        else:
            font = "helvetica"
        for page in pages:
            pdf.add_page()
            if page == "image":
                pdf.image(_png(), x=20, y=20, w=170)
                continue
            for line in page:
                if line is None:
                    pdf.ln(size * 0.6)
                    continue
                for run in ([line] if isinstance(line, str) else line):
                    text, style = (run, "") if isinstance(run, str) else run
                    pdf.set_font(font, size=size * (1.4 if style == "big" else 1))
                    pdf.char_vpos = {"sup": "SUP", "sub": "SUB"}.get(style, "LINE")
                    pdf.write(size * 0.55, text)
                    pdf.char_vpos = "LINE"
                pdf.ln(size * 0.55)
        if encrypt is not None:
            pdf.set_encryption(owner_password="owner", user_password=encrypt)
        return bytes(pdf.output())

    return make


def _png() -> io.BytesIO:
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(image).text((20, 80), "dE/dw11 = 0.0044 (handwritten)", fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


@pytest.fixture
def make_zip():
    """``make_zip(members, links=..., encrypted=...)``: a zip in memory."""
    return _make_zip


def _make_zip(members: list[tuple[str, bytes | str]], *, links: dict[str, str] | None = None,
              encrypted: tuple[str, ...] = ()) -> bytes:
    """A zip in memory; ``links`` are symbolic-link members (name -> target)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
            info.create_system = 3
            info.external_attr = 0o120777 << 16
            archive.writestr(info, target)
    return _mark_encrypted(buffer.getvalue(), encrypted)


def _mark_encrypted(data: bytes, names: tuple[str, ...]) -> bytes:
    """Set the "encrypted" flag of members in their local and central headers (the reader must refuse them)."""
    out = bytearray(data)
    for signature, flag_at, name_len_at, name_at in ((b"PK\x03\x04", 6, 26, 30), (b"PK\x01\x02", 8, 28, 46)):
        start = out.find(signature)
        while start >= 0:
            length = int.from_bytes(out[start + name_len_at:start + name_len_at + 2], "little")
            if out[start + name_at:start + name_at + length].decode("utf-8", "replace") in names:
                out[start + flag_at] |= 0x1
            start = out.find(signature, start + 4)
    return bytes(out)
