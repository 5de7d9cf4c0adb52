"""The same code gives the same output in either isolation mode: no random job folders."""

from __future__ import annotations

from grader.sandbox import Job

CODE = b'''
import warnings
def f(x):
    print("file:", __file__)
    warnings.warn("careful")
    raise ValueError("from " + __file__)
'''


def test_output_and_errors_name_the_submission_folder_in_every_mode(any_runner):
    result = any_runner.run(Job({"m.py": CODE}, "m.py", "f", calls=[{"x": [1.0]}]))
    assert "file: /submission/m.py" in result.stdout
    assert "grader-sandbox" not in result.stdout and "job-" not in result.stdout
    errors = [c.error for c in result.calls if c.error]
    assert not errors or all("grader-sandbox" not in e for e in errors)
