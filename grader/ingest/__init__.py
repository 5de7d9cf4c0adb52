"""Ingest: a submission (a file or a folder of files) to a ``Document`` of text blocks.

One reader per format; every reader keeps file names and line numbers so that each
answer can later show where it was found. Readers never execute anything.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import SubmissionError, SubmissionTooLargeError, UnreadableFileError
from ..models import Block, Document
from .decode import decode_text
from .latex import latex_blocks
from .markdown import split_blocks

#: File endings read as text, and how.
TEXT_FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "markdown", ".text": "markdown",
                ".tex": "latex", ".rst": "markdown"}
#: File endings kept as program sources for code parts (and shown as code blocks).
CODE_FORMATS = {".py"}
#: Default largest file read, in bytes.
DEFAULT_MAX_FILE_BYTES = 5_000_000


def submission_id(path: Path) -> str:
    """The student id of a submission entry: a file's name without extension, or a folder's name."""
    return path.name if path.is_dir() else path.stem


def read_submission(path: Path, *, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Document:
    """Read one submission entry (a file, or a folder of files) into a ``Document``.

    Raises ``SubmissionError`` when nothing in it can be read; files that cannot be read
    inside a folder that has readable ones become warnings instead.
    """
    student = submission_id(path)
    if path.is_dir():
        files = sorted((p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)),
                       key=lambda p: p.relative_to(path).as_posix())
        root = path
    else:
        files, root = [path], path.parent
    blocks: list[Block] = []
    sources: dict[str, bytes] = {}
    warnings: list[str] = []
    names: list[str] = []
    errors: list[SubmissionError] = []
    for file in files:
        rel = file.relative_to(root).as_posix()
        suffix = file.suffix.lower()
        if suffix not in TEXT_FORMATS and suffix not in CODE_FORMATS:
            warnings.append(f"{rel}: skipped, not a format the grader reads ({suffix or 'no extension'})")
            continue
        try:
            data = _read_bytes(file, rel, max_file_bytes)
            names.append(rel)
            if suffix in CODE_FORMATS:
                sources[rel] = data
                continue
            text, warning = decode_text(data, rel)
            if warning:
                warnings.append(warning)
            reader = latex_blocks if TEXT_FORMATS[suffix] == "latex" else split_blocks
            blocks.extend(reader(text, rel))
        except SubmissionError as exc:
            errors.append(exc)
    if errors and not blocks and not sources:
        if len(errors) == 1:
            raise errors[0]
        raise UnreadableFileError("; ".join(str(e) for e in errors))
    warnings.extend(str(e) for e in errors)
    if not files:
        warnings.append("the submission folder is empty")
    return Document(student, tuple(blocks), tuple(names), sources, tuple(warnings))


def _hidden(p: Path, root: Path) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in p.relative_to(root).parts)


def _read_bytes(file: Path, rel: str, limit: int) -> bytes:
    try:
        size = file.stat().st_size
        if size > limit:
            raise SubmissionTooLargeError(f"{rel}: {size:,} bytes is over the {limit:,}-byte limit per file")
        return file.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(f"{rel}: cannot be read ({exc.strerror or exc})") from None
