"""The sandbox's plain parts, in process: data classes, find_function, FakeRunner, and
the parent's reading of whatever bytes a child sends back (no processes started)."""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path

import pytest

from grader import sandbox
from grader.sandbox import (
    CallResult,
    ExecResult,
    FakeRunner,
    Job,
    Limits,
    ProcessRunner,
    Runner,
    decode_source,
    find_function,
)
from grader.sandbox import worker as worker_module
from grader.sandbox.runner import interpret

SANDBOX_DIR = Path(sandbox.__file__).resolve().parent


# -- the package imports nothing of the grader -----------------------------------------


def test_the_sandbox_imports_only_the_standard_library_and_itself():
    import sys

    allowed_third_party = set()  # numpy is imported inside functions only (worker, FakeRunner)
    for path in SANDBOX_DIR.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # module level only
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    continue  # within the sandbox package
                names = [node.module or ""]
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top == "__future__" or top in allowed_third_party, (
                    f"{path.name} imports {name} at module level"
                )
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                assert not node.module.startswith(("grader", "reference")), f"{path.name}: {node.module}"
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith(("grader", "reference")) for a in node.names), path.name


def test_nothing_from_a_child_is_ever_unpickled():
    for path in SANDBOX_DIR.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert not {a.name for a in node.names} & {"pickle", "marshal", "shelve", "dill"}, path.name
            if isinstance(node, ast.ImportFrom):
                assert node.module not in ("pickle", "marshal", "shelve"), path.name
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "eval":
                raise AssertionError(f"{path.name} calls eval")


def test_the_worker_decodes_sources_like_find_function():
    samples = [
        b"x = 1\n",
        b"\xef\xbb\xbfx = 'bom'\n",
        "# caf\u00e9\nx = 1\n".encode("cp1252"),
        b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
        b"\xff\xfe\x00garbage\x81\n",
        b"# coding: no-such-codec\nx = '\xe9'\n",
    ]
    for data in samples:
        assert worker_module._decode_source(data) == decode_source(data)


# -- data classes -------------------------------------------------------------------------


def test_limits_defaults_and_validation():
    limits = Limits()
    assert (limits.cpu_seconds, limits.wall_seconds, limits.memory_mb, limits.file_size_mb) == (2.0, 5.0, 512, 1)
    assert (limits.processes, limits.open_files, limits.output_bytes) == (0, 64, 64_000)
    for bad in ({"cpu_seconds": 0}, {"wall_seconds": -1}, {"memory_mb": 0}, {"processes": -1},
                {"open_files": 3}, {"cpu_seconds": float("nan")}):
        with pytest.raises(ValueError):
            Limits(**bad)
    with pytest.raises(TypeError):
        Limits(memory_mb=1.5)
    with pytest.raises(TypeError):
        Limits(cpu_seconds=True)


def test_job_validation():
    files = {"backprop.py": b"def gradients(): pass\n"}
    job = Job(files, "backprop.py", "gradients", [{"x": [1.0, 2.0]}])
    assert job.limits == Limits()
    Job({"win\\style name.py": b""}, "win\\style name.py", "f", [])  # a backslash is just a character
    for name in ("/etc/passwd", "../x.py", "a/../b.py", "./a.py", "a//b.py", "", "a/./b.py", "nul\x00.py"):
        with pytest.raises(ValueError):
            Job({name: b""}, "backprop.py", "gradients", [])
    with pytest.raises(TypeError):
        Job({"a.py": "text, not bytes"}, "a.py", "f", [])
    with pytest.raises(ValueError):
        Job(files, "backprop.txt", "gradients", [])
    with pytest.raises(ValueError):
        Job(files, "backprop.py", "not an identifier", [])
    with pytest.raises(TypeError):
        Job(files, "backprop.py", "gradients", [{"x": object()}])
    with pytest.raises(TypeError):
        Job(files, "backprop.py", "gradients", "not a list of calls")


def test_exec_result_ok_property():
    assert ExecResult("ok", (CallResult("ok", [1.0]),)).ok
    assert not ExecResult("ok", (CallResult("ok", [1.0]), CallResult("error", None, "E: x"))).ok
    assert not ExecResult("timeout").ok


def test_runners_satisfy_the_protocol():
    assert isinstance(FakeRunner(ExecResult("ok")), Runner)
    assert isinstance(ProcessRunner(), Runner)  # not started until used


# -- find_function ---------------------------------------------------------------------------


def test_find_function_first_in_sorted_order_top_level_only():
    files = {
        "b.py": b"def gradients(W1):\n    pass\n",
        "a.py": b"class Net:\n    def gradients(self):\n        pass\n",
        "c.py": b"def gradients():\n    pass\n",
        "notes.txt": b"def gradients(): pass\n",
        "a_helper.py": b"def outer():\n    def gradients():\n        pass\n",
        "aa.py": b"if True:\n    def gradients():\n        pass\n",
    }
    assert find_function(files, "gradients") == "b.py"
    assert find_function(files, "missing") is None
    assert find_function({}, "gradients") is None


def test_find_function_tolerates_odd_files():
    files = {
        "0_broken.py": b"def f(:\n",
        "1_binary.py": bytes(range(256)),
        "2_latin.py": "# r\u00e9seau\n".encode("cp1252") + b"def gradients(a):\n    return a\n",
        "3_good.py": b"def gradients():\n    pass\n",
    }
    assert find_function(files, "gradients") == "2_latin.py"
    assert find_function({"x.py": b"\xef\xbb\xbfdef gradients():\n    pass\n"}, "gradients") == "x.py"
    assert find_function({"x.py": b"# -*- coding: latin-1 -*-\ns = '\xe9'\ndef gradients(): pass\n"},
                         "gradients") == "x.py"
    assert find_function({"x.py": b"async def gradients():\n    pass\n"}, "gradients") is None
    assert find_function({"deep.py": b"(" * 100_000}, "gradients") is None
    assert find_function({"nul.py": b"def gradients():\x00\n"}, "gradients") == "nul.py"


def test_find_function_falls_back_to_a_file_that_does_not_parse():
    files = {"helpers.py": b"def sigmoid(z): return z\n", "main.py": b"def gradients(a)\n    return a\n"}
    assert find_function(files, "gradients") == "main.py"
    # ... but a file that parses and defines it wins over one that does not
    files["z_ok.py"] = b"def gradients(a):\n    return a\n"
    assert find_function(files, "gradients") == "z_ok.py"


def test_find_function_never_imports(tmp_path):
    marker = tmp_path / "ran"
    files = {"evil.py": f"open({str(marker)!r}, 'w').write('x')\ndef gradients(): pass\n".encode()}
    assert find_function(files, "gradients") == "evil.py"
    assert not marker.exists()


# -- FakeRunner -------------------------------------------------------------------------------


def _job(calls=({"x": [1.0, 2.0]},)):
    return Job({"m.py": b""}, "m.py", "f", list(calls))


def test_fake_runner_canned_results():
    canned = ExecResult("timeout", detail="killed after 5 s wall time")
    runner = FakeRunner(canned)
    assert runner.run(_job()) is canned
    assert runner.jobs == [_job()]
    by_module = FakeRunner({"m.py": canned})
    assert by_module.run(_job()) is canned
    assert by_module.run(Job({"n.py": b""}, "n.py", "f", [])).status == "not_found"
    assert FakeRunner(lambda job: ExecResult("ok", detail=job.module)).run(_job()).detail == "m.py"
    with pytest.raises(TypeError):
        FakeRunner()
    with pytest.raises(TypeError):
        FakeRunner(canned, function=print)


def test_fake_runner_calls_a_function_like_the_worker_does():
    import numpy as np

    seen = []

    def f(x):
        seen.append(type(x))
        print("hello")
        if x[0] > 5:
            raise ZeroDivisionError("division by zero")
        if x[0] > 2:
            return (i for i in x)
        return x * 2, np.float32(1.5), 3

    result = FakeRunner(function=f).run(_job([{"x": [1, 2]}, {"x": [3.0]}, {"x": [9.0]}]))
    assert seen == [np.ndarray] * 3
    assert result.status == "ok"
    assert result.calls[0] == CallResult("ok", [[2.0, 4.0], 1.5, 3.0], None)
    assert result.calls[1].status == "bad_return" and "generator" in result.calls[1].error
    assert result.calls[2] == CallResult("error", None, "ZeroDivisionError: division by zero")
    assert result.stdout == "hello\n" * 3
    assert "not isolated" in result.detail
    assert FakeRunner(function={"other.py": f}).run(_job()).status == "not_found"


# -- the value converter (runs in the child on the student's objects) -------------------------


@pytest.mark.filterwarnings("ignore::PendingDeprecationWarning")  # np.matrix
def test_converter_accepts_only_plain_numbers_and_arrays():
    import numpy as np

    to_plain = worker_module.make_converter(np)
    assert to_plain((np.eye(2), np.arange(2), [1, 2.5], np.float64(3), np.int8(4))) == [
        [[1.0, 0.0], [0.0, 1.0]], [0.0, 1.0], [1.0, 2.5], 3.0, 4.0]
    assert to_plain(np.array(2.0)) == 2.0
    nan = to_plain([float("nan"), np.inf])
    assert math.isnan(nan[0]) and nan[1] == math.inf

    class Eq:
        def __eq__(self, other):
            return True

    class Sub(np.ndarray):
        pass

    class FloatSub(float):
        pass

    recursive = []
    recursive.append(recursive)
    bad = [Eq(), np.zeros(2).view(Sub), (i for i in range(2)), True, np.bool_(True), "1.0", None,
           {"a": 1.0}, FloatSub(1.0), np.array(["a"]), np.array([1 + 2j]), np.zeros(2, dtype=object),
           np.zeros(1_000_001), [0.0] * 1_000_001, recursive, 10**400, np.matrix([[1.0]])]
    for value in bad:
        with pytest.raises(worker_module.BadReturn):
            to_plain(value)


def test_last_line_survives_hostile_exceptions():
    class Loud(Exception):
        def __str__(self):
            raise SystemExit("no")

    assert worker_module.last_line(ZeroDivisionError("division by zero")) == "ZeroDivisionError: division by zero"
    assert "Loud" in worker_module.last_line(Loud())
    assert len(worker_module.last_line(ValueError("x" * 10_000))) <= worker_module.MAX_ERROR_CHARS


# -- the parent's reading of a child's bytes -------------------------------------------------

FACTS = {"wall": 0.01, "killed_by": None, "exit_code": 0, "signal": None, "cpu": 0.01, "output_total": 0}
SETUP = b'{"t":"setup","mode":"test"}\n'
IMPORTED = b'{"t":"import","status":"ok"}\n'


def _lines(*records) -> bytes:
    return b"".join(r if isinstance(r, bytes) else (json.dumps(r) + "\n").encode() for r in records)


def _interpret(results: bytes, ncalls=1, facts=None, output=b"") -> ExecResult:
    job = Job({"m.py": b""}, "m.py", "f", [{}] * ncalls)
    return interpret(job, {**FACTS, **(facts or {})}, output, results)


def test_interpret_a_normal_run():
    result = _interpret(_lines(SETUP, IMPORTED, {"t": "call", "i": 0, "status": "ok", "value": [1, 2.5, [3]]},
                               {"t": "done"}))
    assert result.status == "ok"
    assert result.calls == (CallResult("ok", [1.0, 2.5, [3.0]], None),)
    assert all(type(v) is float for v in result.calls[0].value[:2])


def test_interpret_nan_and_infinity_survive_the_json():
    result = _interpret(SETUP + IMPORTED + b'{"t":"call","i":0,"status":"ok","value":[NaN,Infinity,-Infinity]}\n'
                        + b'{"t":"done"}\n')
    value = result.calls[0].value
    assert math.isnan(value[0]) and value[1] == math.inf and value[2] == -math.inf


@pytest.mark.parametrize("value", ["a string", {"a": 1.0}, None, True, [1.0, False], [[1.0], "x"],
                                   [0.0] * 1_000_001, 10**400])
def test_interpret_refuses_what_is_not_numbers(value):
    result = _interpret(_lines(SETUP, IMPORTED, {"t": "call", "i": 0, "status": "ok", "value": value},
                               {"t": "done"}))
    assert result.status == "ok"
    assert result.calls[0].status == "bad_return"


def test_interpret_refuses_deep_nesting_without_recursing_to_death():
    deep = b"[" * 100_000 + b"]" * 100_000
    shallow_enough_for_json = b"[" * 40 + b"1" + b"]" * 40
    for value in (shallow_enough_for_json,):
        result = _interpret(SETUP + IMPORTED + b'{"t":"call","i":0,"status":"ok","value":' + value + b"}\n"
                            + b'{"t":"done"}\n')
        assert result.calls[0].status == "bad_return"
    result = _interpret(SETUP + IMPORTED + b'{"t":"call","i":0,"status":"ok","value":' + deep + b"}\n")
    assert result.status == "crashed" and "corrupted" in result.detail


@pytest.mark.parametrize(
    "results",
    [
        SETUP + IMPORTED + b"garbage\n",
        SETUP + IMPORTED + b'{"t":"call","i":5,"status":"ok","value":1}\n',
        SETUP + IMPORTED + b'{"t":"call","i":0,"status":"perfect","value":1}\n',
        SETUP + IMPORTED + b'["not", "an", "object"]\n',
        SETUP + IMPORTED + IMPORTED,
        SETUP + b'{"t":"call","i":0,"status":"ok","value":1}\n',
        SETUP + IMPORTED + b'{"t":"call","i":0,"status":"ok","value":1}\n' * 2,
    ],
)
def test_interpret_forged_or_corrupted_channel_is_a_crash(results):
    result = _interpret(results)
    assert result.status == "crashed"
    assert not any(call.status == "ok" for call in result.calls[1:])


def test_interpret_statuses_from_the_facts():
    partial = SETUP + IMPORTED + b'{"t":"call","i":0,"status":"ok","value":1}\n'
    assert _interpret(partial, 2, {"killed_by": "wall"}).status == "timeout"
    assert "5 s wall time" in _interpret(partial, 2, {"killed_by": "wall"}).detail
    assert _interpret(partial, 2, {"killed_by": "output"}).status == "output_limit"
    assert _interpret(partial, 2, {"killed_by": "results"}).status == "output_limit"
    assert _interpret(partial, 2, {"signal": 24, "exit_code": None}).status == "timeout"  # SIGXCPU
    assert _interpret(partial, 2, {"signal": 9, "exit_code": None, "cpu": 2.0}).status == "timeout"
    assert _interpret(partial, 2, {"signal": 25, "exit_code": None}).status == "output_limit"  # SIGXFSZ
    crashed = _interpret(partial, 2, {"signal": 11, "exit_code": None})
    assert crashed.status == "crashed" and "SIGSEGV" in crashed.detail and "call 2 of 2" in crashed.detail
    exited = _interpret(partial, 2, {"exit_code": 3})
    assert exited.status == "crashed" and "status 3 via os._exit" in exited.detail
    assert exited.calls == (CallResult("ok", 1.0, None),)
    memory = _interpret(SETUP + IMPORTED + b'{"t":"call","i":0,"status":"error","error":"MemoryError",'
                        b'"memory":true}\n{"t":"done"}\n')
    assert memory.status == "memory" and "512 MB" in memory.detail
    assert _interpret(SETUP + b'{"t":"import","status":"error","error":"SyntaxError: x"}\n').status == "import_error"
    assert _interpret(SETUP + b'{"t":"import","status":"not_found","error":"no f"}\n').status == "not_found"


def test_interpret_a_run_that_finished_is_ok_however_it_exited():
    finished = _lines(SETUP, IMPORTED, {"t": "call", "i": 0, "status": "ok", "value": 1}, {"t": "done"})
    for facts in ({"killed_by": "wall"}, {"signal": 9, "exit_code": None, "cpu": 5.0}, {"exit_code": 1}):
        result = _interpret(finished, 1, facts)
        assert result.status == "ok" and result.calls == (CallResult("ok", 1.0, None),), facts


def test_interpret_truncates_output():
    job = Job({"m.py": b""}, "m.py", "f", [], Limits(output_bytes=10))
    result = interpret(job, {**FACTS, "output_total": 5000}, b"0123456789", SETUP + IMPORTED + b'{"t":"done"}\n')
    assert result.stdout == "0123456789\n[… truncated]"
    assert interpret(job, {**FACTS, "output_total": 3}, b"abc", b"").stdout == "abc"
