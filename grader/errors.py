"""Every exception grader raises on purpose, one class per condition a user can fix.

The tree::

    GraderError                      base: a message that says where and what to change
    ├── SpecError                    the assignment spec is wrong (file:line: what)
    │   └── ReferenceModuleError         the reference module is missing a function or fails
    ├── SubmissionError              one submission cannot be read (recorded, batch goes on)
    │   ├── UnreadableFileError      bytes that are no text we can decode, a broken PDF
    │   └── SubmissionTooLargeError  a file over the size limit
    ├── FormulaParseError            a formula a student wrote cannot be parsed
    ├── SandboxError                 student code could not be started at all
    ├── OutputError                  the output folder cannot be written or read
    └── UsageError                   the command line names something that is not there

Messages are one line: the file (and line where there is one), then what is wrong,
then what to do. The CLI prints ``str(error)`` and exits 2; it never shows a traceback.
"""

from __future__ import annotations


class GraderError(Exception):
    """Base class: a failure whose message tells the user what to change."""


class SpecError(GraderError):
    """The assignment spec (YAML) does not validate.

    The message names the file and line: ``spec.yaml:12: part 'x': points must be a number``.
    """

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None):
        self.file = file
        self.line = line
        self.reason = message
        where = file or "<spec>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")


class ReferenceModuleError(SpecError):
    """The spec names a reference function that does not exist or fails when called."""


class SubmissionError(GraderError):
    """One submission cannot be graded; it is recorded as an ``error`` and the batch goes on."""


class UnreadableFileError(SubmissionError):
    """A file holds nothing we can read as text (binary junk, a broken PDF)."""


class SubmissionTooLargeError(SubmissionError):
    """A file is larger than the configured limit."""


class FormulaParseError(GraderError):
    """A student's formula cannot be parsed by the safe formula grammar."""


class SandboxError(GraderError):
    """Student code could not be started in the sandbox (not: the code itself failed)."""


class OutputError(GraderError):
    """The output folder cannot be written, or holds no results to re-render."""


class UsageError(GraderError):
    """The command line names a path or option that does not work."""
