"""Every exception grader raises on purpose, one class per condition a user can fix.

The tree::

    GraderError                      base: a message that says where and what to change
    ├── SpecError                    the assignment spec is wrong (file:line: what)
    │   ├── ReferenceModuleError         the reference module is missing a function or fails
    │   └── StudentCopyError         a student's self-check copy of a spec was given to grade
    ├── SubmissionError              one submission cannot be read (recorded, batch goes on)
    │   ├── UnreadableFileError      bytes that are no text we can decode, a broken PDF
    │   ├── SubmissionTooLargeError  a file over the size limit
    │   ├── NoTextError              a PDF without a text layer (a scan): a person must read it
    │   ├── ReadTimeoutError         reading took longer than the time limit
    │   └── UnsafeFileError          refused for safety, never followed or expanded
    │       ├── LinkRefusedError         a symbolic link (its target is never read)
    │       ├── PathEscapeError          an archive member whose path leaves the archive (zip-slip)
    │       └── ZipBombError             an archive that expands beyond its limits
    ├── FormulaParseError            a formula a student wrote cannot be parsed
    ├── SandboxError                 student code could not be started at all
    │   └── IsolationError               only weaker isolation than asked for is available here
    ├── OutputError                  the output folder cannot be written or read
    │   └── GradebookError           OUT/gradebook.sqlite is no gradebook, is in use, or is another assignment's
    ├── OverrideError                a TA's override names no such student or part, or a score it cannot have
    ├── SchedulerError               the Dask cluster of --scheduler cannot be reached or used
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


class StudentCopyError(SpecError):
    """A spec without a reference module (a student's copy from ``grader bundle``) cannot grade, only check."""


class SubmissionError(GraderError):
    """One submission cannot be graded; it is recorded as an ``error`` and the batch goes on."""


class UnreadableFileError(SubmissionError):
    """A file holds nothing we can read as text (binary junk, a broken PDF)."""


class SubmissionTooLargeError(SubmissionError):
    """A file is larger than the configured limit."""


class NoTextError(SubmissionError):
    """A PDF has no text layer (a scan, a photo, handwriting): it needs a person, not a zero.

    ``pages`` holds how each page was judged (``models.PageInfo``, with the page's image where
    it could be rendered), for the report to show the person what there is to read.
    """

    def __init__(self, message: str, pages: tuple = ()):
        super().__init__(message)
        self.pages = tuple(pages)


class ReadTimeoutError(SubmissionError):
    """Reading a submission took longer than the time limit."""


class UnsafeFileError(SubmissionError):
    """A file or archive member is refused for safety; nothing of it is read or written."""


class LinkRefusedError(UnsafeFileError):
    """A symbolic link (or an archive member that is one): links are never followed."""


class PathEscapeError(UnsafeFileError):
    """An archive member's path leaves the archive (``../``, an absolute path): zip-slip."""


class ZipBombError(UnsafeFileError):
    """An archive expands beyond the size, count or compression-ratio limits."""


class FormulaParseError(GraderError):
    """A student's formula cannot be parsed by the safe formula grammar."""


class SandboxError(GraderError):
    """Student code could not be started in the sandbox (not: the code itself failed)."""


class IsolationError(SandboxError):
    """Student code would run with weaker isolation than asked for (the audit hook alone,
    where namespaces are refused): the message says how to accept it or grade without code."""


class OutputError(GraderError):
    """The output folder cannot be written, or holds no results to re-render."""


class GradebookError(OutputError):
    """The gradebook in the output folder cannot be used (not a gradebook, locked, another assignment's)."""


class OverrideError(GraderError):
    """An override (``grader override`` or a row of OUT/overrides.csv) cannot be applied as written.

    The message names the file and line of the row, or the student and part given.
    """


class SchedulerError(GraderError):
    """``--scheduler``: the Dask cluster cannot be reached, has no workers, or runs another grader."""


class UsageError(GraderError):
    """The command line names a path or option that does not work."""
