# Assignment 3, Question 6
# Author: see report (a3_report.tex)
import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Return softmax(z) along the last axis.

    Uses the identity softmax(z) = softmax(z - c) with c = max over the last
    axis, so the largest exponent is exp(0) = 1 and nothing overflows.
    Works for 1-D, 2-D and higher dimensional inputs.
    """
    z = np.asarray(z, dtype=np.float64)
    m = z.max(axis=-1, keepdims=True)
    ez = np.exp(z - m)
    return ez / ez.sum(axis=-1, keepdims=True)


def _check():
    rng = np.random.default_rng(0)
    assert np.allclose(stable_softmax([1, 2, 3]),
                       np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum())
    a = rng.normal(size=(4, 5))
    assert np.allclose(stable_softmax(a).sum(-1), 1)
    b = rng.normal(size=(2, 3, 4))
    assert stable_softmax(b).shape == b.shape
    big = stable_softmax([1000.0, 1001.0])
    assert np.all(np.isfinite(big))
    print("all checks passed:", big)


if __name__ == "__main__":
    _check()
