"""The submission entries of a batch: every file or folder directly inside SUBMISSIONS."""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError


def submission_entries(folder: Path) -> list[Path]:
    """The submission entries of a folder: every file or folder directly inside it, by name."""
    if not folder.exists():
        raise UsageError(f"{folder}: no such folder; give the folder that holds the submissions")
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder; give the folder that holds the submissions "
                         f"(use 'grader check' for one file)")
    return sorted((p for p in folder.iterdir() if not p.name.startswith(".") and p.name != "__MACOSX"),
                  key=lambda p: p.name)
