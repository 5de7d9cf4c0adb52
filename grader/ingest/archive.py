"""Zip archives, read in memory and checked before a byte is expanded: nothing is extracted.

Learning platforms export a class as a zip, and students hand in zips. Every member is
checked first: a path that leaves the archive (``../``, ``/etc/…``, ``C:\\``: zip-slip) or
an archive that expands beyond the limits (a zip bomb: too many members, too many bytes,
a member that grows more than ``max_compression_ratio`` times) refuses the whole archive;
a symbolic link is skipped (never followed: with nothing written to disk there is nothing
it could point into). A member is then read into memory, never more than its checked
size. Nothing is ever written, so nothing can land outside the output folder.
"""

from __future__ import annotations

import io
import posixpath
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import PathEscapeError, SubmissionTooLargeError, UnreadableFileError, ZipBombError
from .limits import DEFAULT_LIMITS, RATIO_FLOOR_BYTES, ReadLimits

__all__ = ["Member", "archive_members", "check_submission_members", "common_root", "is_hidden",
           "open_archive", "read_member", "safe_name"]

_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Member:
    """A checked member of an archive: a regular file, or a link that will be skipped."""

    name: str
    """Its path inside the archive, with ``/`` separators and nothing that leaves it."""
    size: int
    """Its size once expanded, as the archive declares it (reading never goes beyond it)."""
    info: zipfile.ZipInfo
    link: bool = False
    """A symbolic link: listed so that it can be reported, never read."""


#: Folder names a platform or an OS adds (besides every name that starts with a dot).
HIDDEN_NAMES = ("__MACOSX", "__pycache__")


def is_hidden(name: str) -> bool:
    """Names a platform or an OS adds that are nobody's answer: ``.git/``, ``__MACOSX/``, ``.DS_Store``."""
    return any(part.startswith(".") or part in HIDDEN_NAMES for part in name.split("/") if part)


def open_archive(source: Path | bytes, label: str) -> zipfile.ZipFile:
    """Open a zip on disk or in memory; ``UnreadableFileError`` when it is none."""
    try:
        return zipfile.ZipFile(source if isinstance(source, Path) else io.BytesIO(source))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise UnreadableFileError(f"{label}: not a readable zip archive ({exc}); zip the folder again") from None


def archive_members(archive: zipfile.ZipFile, label: str, *, max_members: int, max_bytes: int) -> list[Member]:
    """Every file member of an archive, checked by name; raises before anything is expanded.

    Raises ``PathEscapeError`` for a member whose path leaves the archive, and
    ``ZipBombError`` for more than ``max_members`` members or ``max_bytes`` in all.
    """
    infos = archive.infolist()
    if len(infos) > max_members:
        raise ZipBombError(f"{label}: {len(infos):,} members, over the limit of {max_members:,}; refused "
                           f"(a zip bomb?), nothing was extracted")
    members: list[Member] = []
    total = 0
    for info in infos:
        name = safe_name(info.filename, label)
        kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the zip tool kept no Unix file type
        if info.is_dir() or not name or kind == stat.S_IFDIR:
            continue
        if kind == stat.S_IFLNK:
            members.append(Member(name, 0, info, link=True))
            continue
        if kind and kind != stat.S_IFREG:
            continue  # a device or a pipe: nobody's answer, and nothing to read
        total += info.file_size
        if total > max_bytes:
            raise ZipBombError(f"{label}: expands to more than {max_bytes:,} bytes, over the limit; refused "
                               f"(a zip bomb?), nothing was extracted")
        members.append(Member(name, info.file_size, info))
    return members


def check_submission_members(members: list[Member], label: str, limits: ReadLimits = DEFAULT_LIMITS) -> None:
    """One submission's members against its limits: how many, how large, how compressed.

    Raises ``ZipBombError``: a student's archive that breaks them is refused as a whole.
    """
    files = [m for m in members if not m.link]
    if len(files) > limits.max_files:
        raise ZipBombError(f"{label}: {len(files):,} files, over the limit of {limits.max_files:,} per "
                           f"submission; refused (a zip bomb?), nothing was extracted")
    total = sum(m.size for m in files)
    if total > limits.max_submission_bytes:
        raise ZipBombError(f"{label}: expands to {total:,} bytes, over the limit of "
                           f"{limits.max_submission_bytes:,} per submission; refused (a zip bomb?), "
                           f"nothing was extracted")
    for m in files:
        if m.size > RATIO_FLOOR_BYTES and m.size > limits.max_compression_ratio * max(m.info.compress_size, 1):
            ratio = m.size / max(m.info.compress_size, 1)
            raise ZipBombError(f"{label}: member '{m.name}' expands {ratio:,.0f} times (to {m.size:,} bytes), "
                               f"over the limit of {limits.max_compression_ratio:g}; refused (a zip bomb?), "
                               f"nothing was extracted")


def common_root(names: list[str]) -> str:
    """The one folder every name is in (a zip of a folder: ``"homework/"``), or ``""``."""
    firsts = {n.split("/", 1)[0] for n in names}
    if len(firsts) != 1 or any("/" not in n for n in names):
        return ""
    return next(iter(firsts)) + "/"


def safe_name(raw: str, label: str) -> str:
    """A member's path with ``/`` separators; ``PathEscapeError`` when it would leave the archive."""
    name = raw.replace("\\", "/")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if name.startswith("/") or _DRIVE.match(name) or ".." in parts or "\x00" in name:
        raise PathEscapeError(f"{label}: member '{raw}' leaves the archive (an absolute path or '..': zip-slip); "
                              f"refused, nothing was extracted")
    return posixpath.join(*parts) if parts else ""


def read_member(archive: zipfile.ZipFile, member: Member, label: str, limit: int) -> bytes:
    """A member's bytes, never more than ``limit`` nor than its declared size."""
    if member.size > limit:
        raise SubmissionTooLargeError(f"{label}: {member.size:,} bytes is over the {limit:,}-byte limit per file")
    if member.info.flag_bits & 0x1:
        raise UnreadableFileError(f"{label}: encrypted in the archive; zip it again without a password")
    try:
        with archive.open(member.info) as stream:
            # zipfile stops at the declared size and checks the CRC: a lying header cannot grow it.
            data = stream.read(member.size + 1)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise UnreadableFileError(f"{label}: cannot be read from the archive ({exc}); zip it again") from None
    except Exception as exc:  # a decompressor's own error (zlib.error, lzma.LZMAError): a broken archive
        raise UnreadableFileError(f"{label}: cannot be read from the archive ({type(exc).__name__}); "
                                  f"zip it again") from None
    if len(data) > member.size:
        raise ZipBombError(f"{label}: expands beyond its declared size; refused")
    return data
