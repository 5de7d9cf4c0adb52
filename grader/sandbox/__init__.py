"""The sandbox: run a function a student wrote in an isolated, limited process.

    from grader.sandbox import Job, Limits, ProcessRunner, find_function

    module = find_function(files, "gradients")          # static: never imports
    with ProcessRunner() as runner:
        result = runner.run(Job(files, module, "gradients", calls=[{"W1": [[...]], ...}]))
    result.status, [call.value for call in result.calls]

Results are plain data (lists of floats); comparing them with a reference is
the grader's job, in the grader's process. This package imports only the
standard library; numpy is imported inside the worker process (and by
``FakeRunner(function=...)``). See ``worker.py`` for the isolation it gives and
what it does not stop.
"""

from ..sources import decode_source, find_function
from .fake import FakeRunner
from .jobs import CALL_STATUSES, EXEC_STATUSES, CallResult, ExecResult, Job, Limits, Runner
from .runner import ProcessRunner, SandboxStartError

__all__ = [
    "CALL_STATUSES",
    "EXEC_STATUSES",
    "CallResult",
    "ExecResult",
    "FakeRunner",
    "Job",
    "Limits",
    "ProcessRunner",
    "Runner",
    "SandboxStartError",
    "decode_source",
    "find_function",
]
