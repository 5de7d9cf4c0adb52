"""Every float written at the stated precision, so another CPU's last bits change no byte.

``grader.precision.computed`` is the seam where numbers computed by numerical code enter
grading; here it moves every float by a few units in the last place, as another machine's
BLAS or vectorised ``exp`` would, and the whole corpus must grade to its golden files.
"""

from __future__ import annotations

import json
import math
import struct
from pathlib import Path

import numpy as np
import pytest

from grader import precision
from grader.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDENS = ROOT / "tests" / "report" / "goldens" / "corpus"


def _ulps(value: float) -> int:
    """A few units in the last place, up or down, fixed by the value's bits (never 0)."""
    bits = struct.unpack("<Q", struct.pack("<d", value))[0]
    step = (bits * 2654435761 >> 7) % 8 - 4
    return step if step else 3


def _nudge_float(value: float) -> float:
    if not math.isfinite(value) or value.is_integer():
        return value  # a kernel that sums whole numbers gets them exactly
    steps = _ulps(value)
    toward = math.inf if steps > 0 else -math.inf
    for _ in range(abs(steps)):
        value = math.nextafter(value, toward)
    return value


def nudge(value):
    """``value`` with every non-integral float moved by a few units in the last place."""
    if isinstance(value, np.ndarray):
        if value.dtype.kind != "f":
            return value
        return np.vectorize(_nudge_float, otypes=[value.dtype])(value) if value.size else value
    if isinstance(value, (float, np.floating)) and not isinstance(value, bool):
        return type(value)(_nudge_float(float(value)))
    if isinstance(value, dict):
        return {k: nudge(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(nudge(v) for v in value)
    return value


def test_nudge_moves_the_last_bits_only():
    x = 0.004431814656811997
    moved = nudge(x)
    assert moved != x and abs(moved - x) <= 4 * math.ulp(x)
    assert nudge(1228800.0) == 1228800.0 and nudge(7) == 7
    array = nudge(np.array([[0.1, 0.2], [0.3, 2.0]]))
    assert array[0, 0] != 0.1 and array[1, 1] == 2.0


@pytest.mark.parametrize("value, written", [
    (0.004431814656811997, 0.00443181465681),
    (0.03717874177605889, 0.0371787417761),
    (1228800.0, 1228800.0),
    (123456789012345.0, 123456789012345.0),   # a whole number below 2**53 is a count: kept whole
    (1.5, 1.5),
    (-0.0, 0.0),
    (1e-300 / 3, 3.33333333333e-301),
    (2.0 ** 60 + 0.0, 1.15292150461e+18),
])
def test_stable_keeps_the_stated_digits(value, written):
    assert precision.stable(value) == written
    assert precision.stable(precision.stable(value)) == precision.stable(value)


@pytest.mark.parametrize("value, text", [
    (0.004431814656811997, "0.00443181465681"),
    (1228800.0, "1228800"),
    (1228800, "1228800"),
    (12345678901234567, "12345678901234567"),  # an int is exact whatever its size
    (float("nan"), "nan"),
    (-3.0000000000000004, "-3"),
])
def test_text(value, text):
    assert precision.text(value) == text


def test_canonical_walks_plain_and_numpy_data():
    data = {"a": [np.float64(0.1) + np.float64(0.2), (np.int64(3), np.bool_(True))], "b": float("inf"),
            "c": {"d": 1 / 3}}
    assert precision.canonical(data) == {"a": [0.3, [3, True]], "b": "inf", "c": {"d": 0.333333333333}}
    assert type(precision.canonical(np.int64(3))) is int


@pytest.mark.parametrize("seed", range(5))
def test_any_value_nudged_is_written_the_same(seed):
    rng = np.random.default_rng(seed)
    values = np.concatenate([rng.normal(size=2000), rng.lognormal(0, 20, size=2000)])
    moved = [precision.text(nudge(float(v))) for v in values]
    same = sum(m == precision.text(float(v)) for m, v in zip(moved, values))
    # Only a value within a few ulps of a 12-digit rounding boundary can change: about 1 in 10**3.
    assert same >= len(values) - 10


def test_the_corpus_graded_with_nudged_floats_writes_the_golden_bytes(tmp_path, monkeypatch, machine_isolation):
    from grader import formulas

    formulas._compare_cached.cache_clear()  # comparisons are cached by formula: make them afresh, nudged
    seen = []

    def nudged(value):
        seen.append(1)
        return nudge(value)

    monkeypatch.setattr(precision, "computed", nudged)
    out = tmp_path / "out"
    # --jobs 1: graded in this process, where the seam is replaced.
    assert main(["grade", str(ROOT / "submissions"), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    formulas._compare_cached.cache_clear()  # and forget the nudged ones
    assert len(seen) > 100, "the seam was not used: nothing was nudged"
    differ = [str(p.relative_to(GOLDENS)) for p in sorted(GOLDENS.rglob("*")) if p.is_file()
              and machine_isolation.as_golden((out / p.relative_to(GOLDENS)).read_text(encoding="utf-8"))
              != p.read_text(encoding="utf-8")]
    assert not differ, f"nudged floats changed these outputs: {differ[:10]}"
    # and results.json holds no float written with more than the stated digits
    floats: list[str] = []
    json.loads((out / "results.json").read_text(encoding="utf-8"), parse_float=floats.append)
    mantissas = [f.lower().split("e")[0].replace("-", "").replace(".", "").strip("0") for f in floats]
    assert floats and max(len(m) for m in mantissas) <= precision.SIGNIFICANT_DIGITS


def test_every_json_output_writes_floats_at_the_stated_precision(tmp_path):
    """A total a TA's override changed, a regrade's delta: sums made after the results
    document, written by the same writers at the same precision."""
    from grader.report.exports import dumps, write_json

    document = {"students": [{"score": 0.1 + 0.2, "delta": 2.3 - 1.1, "parts": [{"score": 1 / 3}]}]}
    write_json(tmp_path / "r.json", document)
    text = (tmp_path / "r.json").read_text(encoding="utf-8")
    assert text == dumps(document)
    assert '"score": 0.3,' in text and '"delta": 1.2,' in text and '"score": 0.333333333333' in text
