"""Running code through ProcessRunner: values, errors, imports, bad returns (both isolation modes)."""

from __future__ import annotations

import math

import pytest
from sandbox_support import GIVEN, job, source

from grader.sandbox import CallResult, Job, Limits

GRADIENTS = """
    import numpy as np

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def gradients(W1, b1, W2, b2, x, t):
        h = sigmoid(W1 @ x + b1)
        o = sigmoid(W2 @ h + b2)
        d2 = (o - t) * o * (1 - o)
        d1 = (W2.T @ d2) * h * (1 - h)
        return np.outer(d1, x), d1, np.outer(d2, h), d2
"""


def test_gradients_at_the_given_network(any_runner):
    result = any_runner.run(job(GRADIENTS, [GIVEN, GIVEN], function="gradients"))
    assert result.status == "ok", result.detail
    assert len(result.calls) == 2
    dW1, db1, dW2, db2 = result.calls[0].value
    assert math.isclose(dW1[0][0], 0.0044318, rel_tol=1e-4)
    assert math.isclose(dW2[0][0], 0.037179, rel_tol=1e-4)
    assert [len(dW1), len(dW1[0]), len(db1), len(db2)] == [2, 2, 2, 2]
    assert result.calls[0] == result.calls[1]
    assert result.seconds < 5


def test_arguments_are_fresh_float_arrays_per_call(any_runner):
    code = """
        import numpy as np
        seen = []
        def f(a, n, s=None):
            seen.append(a.dtype.name)
            a[0] = 99.0          # mutating the argument must not leak into the next call
            return [float(len(seen)), a, float(type(n) is int), float(s is None)]
    """
    result = any_runner.run(job(code, [{"a": [1, 2], "n": 3}, {"a": [1, 2], "n": 3, "s": None}]))
    assert result.status == "ok"
    assert result.calls[0].value == [1.0, [99.0, 2.0], 1.0, 1.0]
    assert result.calls[1].value == [2.0, [99.0, 2.0], 1.0, 1.0]


@pytest.mark.parametrize("positional, returned", [
    (True, [[5.0, 7.0], [1.0, 2.0]]),   # called as the handout's f(a, b): the swapped def gets the values swapped
    (False, [[1.0, 2.0], [5.0, 7.0]]),  # called by name: the order of the def does not matter
])
def test_a_job_calls_in_the_cases_order_or_by_name(any_runner, positional, returned):
    code = """
        def f(b, a):
            return [a, b]
    """
    call = {"a": [1, 2], "b": [5, 7]}
    result = any_runner.run(Job(files={"sub.py": source(code)}, module="sub.py", function="f", calls=[call],
                                limits=job("").limits, positional=positional))
    assert result.status == "ok", result.detail
    assert result.calls[0].value == returned


def test_nan_and_infinity_come_back_as_floats(any_runner):
    result = any_runner.run(job("import numpy as np\ndef f():\n    return np.array([np.nan, np.inf, -np.inf, 1])\n"))
    value = result.calls[0].value
    assert math.isnan(value[0]) and value[1:] == [math.inf, -math.inf, 1.0]


@pytest.mark.parametrize(
    "body,error",
    [
        ("return 1 / 0", "ZeroDivisionError: division by zero"),
        ("raise ValueError('shapes (2,2) and (1,2) not aligned')", "ValueError: shapes (2,2) and (1,2) not aligned"),
        ("import sys; sys.exit(3)", "SystemExit: 3"),
        ("raise SystemExit", "SystemExit"),
        ("raise KeyboardInterrupt", "KeyboardInterrupt"),
        ("raise BaseException('odd')", "BaseException: odd"),
        ("return (lambda g: g(g))(lambda g: g(g))", "RecursionError: maximum recursion depth exceeded"),
    ],
)
def test_an_exception_is_the_call_error_and_the_next_call_still_runs(runner, body, error):
    code = f"calls = []\ndef f():\n    calls.append(1)\n    if len(calls) == 1:\n        {body}\n    return 2.0\n"
    result = runner.run(job(code, [{}, {}]))
    assert result.status == "ok", result.detail
    assert result.calls == (CallResult("error", None, error), CallResult("ok", 2.0, None))
    assert "1 raised" in result.detail


def test_a_hostile_exception_message_is_contained(runner):
    code = """
        class Nasty(Exception):
            def __str__(self):
                raise SystemExit("inside __str__")
        def f():
            raise Nasty()
    """
    result = runner.run(job(code))
    assert result.status == "ok"
    assert result.calls[0].status == "error" and "Nasty" in result.calls[0].error


@pytest.mark.parametrize(
    "code,needle",
    [
        ("class A:\n    def __eq__(self, o): return True\ndef f():\n    return A()", "type A"),
        ("import numpy as np\nclass S(np.ndarray):\n    def __eq__(s, o): return True\n"
         "def f():\n    return np.zeros(2).view(S)", "ndarray subclass S"),
        ("def f():\n    return (x for x in [1.0])", "generator"),
        ("import numpy as np\ndef f():\n    return np.zeros(1_000_001)", "1,000,000"),
        ("def f():\n    return [0.0] * 2_000_000", "1,000,000"),
        ("def f():\n    return True", "bool"),
        ("def f():\n    return '0.0044318'", "type str"),
        ("def f():\n    return {'dW1': 1.0}", "type dict"),
        ("def f():\n    return None", "NoneType"),
        ("import numpy as np\ndef f():\n    return np.array(['a'])", "dtype"),
        ("def f():\n    a = []\n    a.append(a)\n    return a", "nested"),
        ("def f():\n    return 10**400", "too large"),
    ],
)
def test_bad_returns(runner, code, needle):
    result = runner.run(job(code + "\n"))
    assert result.status == "ok"
    assert result.calls[0].status == "bad_return"
    assert result.calls[0].value is None
    assert needle in result.calls[0].error


def test_import_errors_and_missing_functions(any_runner):
    syntax = any_runner.run(job("def f(:\n    pass\n"))
    assert syntax.status == "import_error" and "SyntaxError" in syntax.detail and syntax.calls == ()
    at_import = any_runner.run(job("import sys\nsys.exit(2)\ndef f():\n    return 1.0\n"))
    assert at_import.status == "import_error" and "SystemExit: 2" in at_import.detail
    raises = any_runner.run(job("raise RuntimeError('no')\n"))
    assert raises.status == "import_error" and "RuntimeError: no" in raises.detail
    missing = any_runner.run(job("def g():\n    return 1.0\n"))
    assert missing.status == "not_found" and "f()" in missing.detail
    not_callable = any_runner.run(job("f = 3\n"))
    assert not_callable.status == "not_found"
    no_file = any_runner.run(Job({"a.py": b""}, "b.py", "f", []))
    assert no_file.status == "not_found" and "b.py" in no_file.detail


def test_main_block_does_not_run_and_helpers_import(any_runner):
    files = {
        "pkg/helpers.py": b"def sig(z):\n    return 0.5\n",
        "pkg/main.py": source("""
            from helpers import sig
            import numpy as np
            def f():
                return sig(0.0)
            if __name__ == "__main__":
                raise SystemExit("the demo block ran")
        """),
    }
    result = any_runner.run(Job(files, "pkg/main.py", "f", [{}], Limits(cpu_seconds=1, wall_seconds=2)))
    assert result.status == "ok", result.detail
    assert result.calls[0].value == 0.5


def test_lenient_source_decoding(any_runner):
    text = "# r\u00e9seau, couche cach\u00e9e\ndef f():\n    return 1.0\n".encode("cp1252")
    result = any_runner.run(Job({"q.py": text}, "q.py", "f", [{}]))
    assert result.status == "ok" and result.calls[0].value == 1.0


def test_stdout_and_stderr_are_captured(any_runner):
    code = "import sys\nprint('at import')\ndef f():\n    print('out'); print('err', file=sys.stderr)\n    return 1.0\n"
    result = any_runner.run(job(code))
    assert result.stdout == "at import\nout\nerr\n"


def test_the_student_module_cannot_break_the_result_channel_by_patching(runner):
    code = """
        import builtins, json, numpy as np
        json.dumps = lambda *a, **k: "forged"
        np.ndarray = object
        np.array = lambda *a, **k: 0
        builtins.float = lambda v: 0.0
        def f(a):
            return [1.5, 2.5]
    """
    result = runner.run(job(code, [{"a": [1.0]}]))
    # json.dumps is looked up at call time, so patching it is self-harm: the parent
    # refuses the forged line (it never trusts the child's bytes).
    assert result.status == "crashed" and "corrupted" in result.detail


def test_many_jobs_reuse_one_worker(runner):
    pid = runner.worker_pid
    for i in range(20):
        result = runner.run(job(f"def f():\n    return {i}.0\n"))
        assert result.calls[0].value == float(i)
    assert runner.worker_pid == pid


def test_a_file_named_like_a_library_does_not_shadow_it(any_runner):
    code = b"import numpy as np\ndef f():\n    return float(np.sum(np.ones(3)))\n"
    result = any_runner.run(Job({"numpy.py": code}, "numpy.py", "f", [{}]))
    assert result.status == "ok" and result.calls[0].value == 3.0


def test_data_files_and_temporary_files_work(any_runner):
    import io

    import numpy as np

    buffer = io.BytesIO()
    np.save(buffer, np.arange(3.0))
    code = """
        import numpy as np, tempfile, os
        def f():
            weights = np.load("data/weights.npy")
            with tempfile.TemporaryFile() as handle:
                handle.write(b"scratch")
            os.makedirs("out", exist_ok=True)
            np.save("out/copy.npy", weights)
            return np.load("out/copy.npy")
    """
    result = any_runner.run(job(code, extra={"data/weights.npy": buffer.getvalue()}))
    assert result.status == "ok" and result.calls[0].value == [0.0, 1.0, 2.0], result.calls


def test_one_runner_from_several_threads_is_serialised(runner):
    import threading

    values = {}

    def work(i):
        values[i] = runner.run(job(f"def f():\n    return {i}.0\n")).calls[0].value

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert values == {i: float(i) for i in range(6)}
