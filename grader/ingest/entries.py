"""The submission entries of a batch: who handed in what, before anything is read.

SUBMISSIONS is a folder, or a zip of one as learning platforms export it. Each name
directly inside is one student's submission: a file (the id is its name without the
extension) or a folder (the id is its name). Platforms put more than the id into those
names, and Canvas even hands each file in on its own; an id pattern takes the id out
of the name, and the names that give one id are one submission:

    Moodle      Jane Doe_123456_assignsubmission_file_/answers.pdf     -> Jane Doe_123456
    Canvas      doejane_late_123456_7891011_answers.pdf                -> doejane_123456
    Gradescope  submission_123456789/answers.pdf                       -> submission_123456789

The id is the pattern's group ``id``, else its groups joined by ``_``, else the whole
match; a name that no pattern matches keeps the plain rule above. A zip is only listed
here; its members are checked and read by ``archive`` when the submission is read.
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from .archive import HIDDEN_NAMES as _HIDDEN_NAMES
from .archive import archive_members, common_root, is_hidden, open_archive
from .limits import DEFAULT_LIMITS, ReadLimits
from .names import display_name, safe_id

__all__ = ["DEFAULT_ID_PATTERNS", "Entry", "batch_entries", "compile_id_pattern", "student_id",
           "submission_entries"]

#: How Moodle and Canvas name a student's files and folders (Gradescope's names are the ids).
DEFAULT_ID_PATTERNS = (
    r"^(.+?)_(\d+)_assignsubmission_[a-z]+_",
    r"^([a-z]+)_(?:late_)?(\d{2,})_\d{2,}_.",
)


@dataclass(frozen=True)
class Entry:
    """One student's submission before it is read: the id, and where its files are."""

    student: str
    location: Path
    """The file, folder or zip that is the whole submission; or, with ``names``, the
    folder or class archive that holds it."""
    names: tuple[str, ...] = ()
    """This student's names inside ``location`` (several when one id groups them): a
    file or folder of the SUBMISSIONS folder, or a member path or folder of the archive.
    Empty when ``location`` itself is the submission."""
    name: str | None = None
    """The id as the name gave it, for display (``names.display_name``), when it had to be
    made safe to become ``student`` (``names.safe_id``); None when it is the id."""

    @property
    def in_archive(self) -> bool:
        """Whether ``names`` are members of the zip ``location``."""
        return bool(self.names) and location_is_archive(self.location)


def location_is_archive(path: Path) -> bool:
    """Whether a path is a zip archive on disk (and not a link to one)."""
    return path.suffix.lower() == ".zip" and path.is_file() and not path.is_symlink()


def compile_id_pattern(pattern: str | None) -> tuple[re.Pattern[str], ...]:
    """The patterns that take ids out of names: the user's one, or the platforms'."""
    if pattern is None:
        return tuple(re.compile(p) for p in DEFAULT_ID_PATTERNS)
    try:
        return (re.compile(pattern),)
    except re.error as exc:
        raise UsageError(f"--id-pattern {pattern!r}: not a regular expression ({exc}); "
                         f"for example '_(?P<id>\\d+)_assignsubmission_'") from None


def student_id(name: str, is_file: bool, patterns: tuple[re.Pattern[str], ...]) -> tuple[str, bool]:
    """The id a name gives, and whether a pattern gave it (else: the name, a file's without extension),
    before it is made safe (``names.safe_id``)."""
    for pattern in patterns:
        match = pattern.search(name)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("id"):
            found = groups["id"]
        elif match.groups():
            found = "_".join(g for g in match.groups() if g)
        else:
            found = match.group()
        found = found.strip()
        if found and found not in (".", ".."):
            return found, True
    if is_file:
        stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
        return stem or name, False
    return name, False


def submission_entries(folder: Path) -> list[Path]:
    """The submission entries of a folder: every file or folder directly inside it, by name.

    The plain rule (a file's id is its name without extension, a folder's its name), as
    paths. ``batch_entries`` also reads class archives and takes ids out of names.
    """
    if not folder.exists():
        raise UsageError(f"{folder}: no such folder; give the folder that holds the submissions")
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder; give the folder that holds the submissions "
                         f"(use 'grader check' for one file)")
    return sorted((p for p in folder.iterdir() if not p.name.startswith(".") and p.name != "__MACOSX"),
                  key=lambda p: p.name)


def batch_entries(path: Path, *, id_pattern: str | None = None,
                  limits: ReadLimits = DEFAULT_LIMITS) -> list[Entry]:
    """The submissions inside a folder or a class zip, as ``Entry`` values sorted by id.

    ``id_pattern`` is a regular expression that takes the id out of a name (see the
    module's docstring); None uses the platforms' patterns, and ``""`` none (every name
    keeps the plain rule). Raises ``UsageError`` for a path that is neither a folder nor
    a zip, and ``PathEscapeError``/``ZipBombError`` for a class archive that must be
    refused as a whole.
    """
    patterns = compile_id_pattern(id_pattern)
    if not path.exists():
        raise UsageError(f"{path}: no such folder; give the folder that holds the submissions")
    if path.is_file() and zipfile.is_zipfile(path):
        return _archive_entries(path, patterns, limits)
    if not path.is_dir():
        raise UsageError(f"{path}: not a folder; give the folder that holds the submissions, or a zip of it "
                         f"(use 'grader check' for one file)")
    if id_pattern == "":  # a folder's own names, no pattern: the common case, made without the general walk
        return _plain_entries(path)
    with os.scandir(path) as listing:  # each entry's kind as the listing gives it: no stat a student
        named = [(e.name, _looks_like_file(e), path / e.name) for e in listing if not is_hidden(e.name)]
    return _group(named, path, patterns, archive=False)


def _plain_entries(path: Path) -> list[Entry]:
    """``_group``'s entries of a folder whose names are the ids (``id_pattern`` ""): the same entries
    in the same order, made for a class of thousands in a few milliseconds in the grader's own
    process, where every microsecond a student counts on many cores (``_group`` took 6 to 12 µs an
    entry). ``Path.iterdir`` makes each entry's path without parsing its name again (``path / name``
    parsed it: 1.4 µs an entry); a name listed by one listing and not the other (the folder changed
    between them) is made as before, and only the names the kinds' listing holds count."""
    made = {child.name: child for child in path.iterdir()}
    with os.scandir(path) as listing:  # each entry's kind as the listing gives it: no stat a student
        named = [(e.name, _looks_like_file(e)) for e in listing
                 if not (e.name.startswith(".") or e.name in _HIDDEN_NAMES)]  # ``is_hidden`` of a name without "/"
    entries = []
    for name, is_file in named:
        # ``student_id`` without a pattern: a file's name without its extension, a folder's name
        student = ((name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name) or name) if is_file else name
        sid = safe_id(student)
        where = made.get(name) or path / name
        # ``_shown``, with the id made once; sorted as ``_group`` sorts (by id, then path: their common
        # folder leaves the names to decide)
        entries.append((sid, name, Entry(sid, where, name=None if sid == student else display_name(student))))
    entries.sort(key=lambda e: (e[0], e[1]))
    return [e for _, _, e in entries]


def _looks_like_file(entry: os.DirEntry) -> bool:
    """A file, or a link named like one (a link is never followed, not even to see what it is)."""
    return bool(Path(entry.name).suffix) if entry.is_symlink() else entry.is_file(follow_symlinks=False)


def _archive_entries(path: Path, patterns: tuple[re.Pattern[str], ...], limits: ReadLimits) -> list[Entry]:
    with open_archive(path, str(path)) as archive:
        members = archive_members(archive, path.name, max_members=limits.max_archive_members,
                                  max_bytes=limits.max_archive_bytes)
    names = [m.name for m in members if not is_hidden(m.name)]
    root = _single_root(names, patterns)
    tops: dict[str, bool] = {}
    for name in names:
        rest = name[len(root):]
        top, _, below = rest.partition("/")
        tops[top] = tops.get(top, True) and not below  # a file only if never a folder
    named = [(top, is_file, root + top) for top, is_file in tops.items()]
    return _group(named, path, patterns, archive=True)


def _single_root(names: list[str], patterns: tuple[re.Pattern[str], ...]) -> str:
    """The one folder that holds everything in a zip of a folder ("submissions/"), or ""."""
    root = common_root(names)
    if root and student_id(root[:-1], False, patterns)[1]:
        return ""  # a class of one: the folder is the student's own
    return root


def _group(named: list[tuple[str, bool, Path | str]], location: Path, patterns: tuple[re.Pattern[str], ...], *,
           archive: bool) -> list[Entry]:
    grouped: dict[str, list[str]] = {}
    entries: list[Entry] = []
    for name, is_file, where in sorted(named, key=lambda n: n[0]):
        student, by_pattern = student_id(name, is_file, patterns)
        if by_pattern:
            grouped.setdefault(student, []).append(where if archive else name)
        elif archive:
            entries.append(Entry(safe_id(student), location, (str(where),), _shown(student)))
        else:  # the file or folder is the submission
            entries.append(Entry(safe_id(student), where, name=_shown(student)))
    entries.extend(Entry(safe_id(student), location, tuple(names), _shown(student))
                   for student, names in grouped.items())
    return sorted(entries, key=lambda e: (e.student, e.names, str(e.location)))


def _shown(student: str) -> str | None:
    """The name to show beside an id that had to be made safe; None when the name is the id."""
    return None if safe_id(student) == student else display_name(student)
