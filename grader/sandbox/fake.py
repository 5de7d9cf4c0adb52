"""FakeRunner: a Runner for fast tests of the code above the sandbox.

NOT ISOLATED. It never runs a submission's files: it either returns results
you prepared, or calls a plain Python function you pass *in the test process*.
Use it only with code you wrote for a test, never with student code.
"""

from __future__ import annotations

import contextlib
import io
from typing import Any, Callable, Mapping

from .jobs import CallResult, ExecResult, Job
from .worker import BadReturn, last_line, make_converter

__all__ = ["FakeRunner"]


class FakeRunner:
    """A test double for ``ProcessRunner``, with the same ``run(job)``.

    Exactly one of:

    ``FakeRunner(result)``
        ``result`` is an ExecResult returned for every job, or a callable
        ``result(job) -> ExecResult``, or a mapping from ``job.module`` to an
        ExecResult (a job whose module is not in the mapping gets
        ``ExecResult("not_found")``).
    ``FakeRunner(function=f)``
        ``f`` is called in this process with each call's keyword arguments, list
        arguments converted to float numpy arrays as the real worker does; the
        return value is converted (and refused) by the worker's own converter, so
        statuses match ProcessRunner's ("ok" / "error" / "bad_return"). Its
        prints end up in ``stdout``. ``function`` may also be a mapping
        from ``job.module`` to a function. This imports numpy in the test process.

    ``jobs`` lists every job received, in order.
    """

    def __init__(
        self,
        result: ExecResult | Callable[[Job], ExecResult] | Mapping[str, ExecResult] | None = None,
        *,
        function: Callable[..., Any] | Mapping[str, Callable[..., Any]] | None = None,
    ) -> None:
        if (result is None) == (function is None):
            raise TypeError("FakeRunner takes exactly one of result= or function=")
        self._result = result
        self._function = function
        self.jobs: list[Job] = []

    def run(self, job: Job) -> ExecResult:
        self.jobs.append(job)
        if self._result is not None:
            result = self._result
            if isinstance(result, ExecResult):
                return result
            if isinstance(result, Mapping):
                return result.get(job.module, ExecResult(status="not_found", detail=f"no canned result for {job.module}"))
            return result(job)
        function = self._function
        if isinstance(function, Mapping):
            function = function.get(job.module)
            if function is None:
                return ExecResult(status="not_found", detail=f"no fake function for {job.module}")
        return self._call_in_process(job, function)

    @staticmethod
    def _call_in_process(job: Job, function: Callable[..., Any]) -> ExecResult:
        import numpy

        to_plain = make_converter(numpy)
        calls = []
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
            for call in job.calls:
                arguments = {
                    key: numpy.array(value, dtype=float) if type(value) is list else value
                    for key, value in call.items()
                }
                try:
                    value = function(*arguments.values()) if job.positional else function(**arguments)
                except Exception as error:  # noqa: BLE001 - report like the worker does
                    calls.append(CallResult("error", None, last_line(error)))
                    continue
                try:
                    calls.append(CallResult("ok", to_plain(value), None))
                except BadReturn as error:
                    calls.append(CallResult("bad_return", None, str(error)))
        stdout = buffer.getvalue()
        if len(stdout.encode()) > job.limits.output_bytes:
            stdout = stdout.encode()[: job.limits.output_bytes].decode("utf-8", "replace") + "\n[… truncated]"
        return ExecResult(
            status="ok",
            calls=tuple(calls),
            stdout=stdout,
            detail=f"ran {len(calls)} call(s) of {job.function}() in-process (FakeRunner, not isolated)",
            seconds=0.0,
        )
