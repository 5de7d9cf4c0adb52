"""Question 6: numerically stable softmax.

Author: Daniel Petrov (2237712)
"""
from __future__ import annotations

import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Softmax over the last axis of ``z``.

    Parameters
    ----------
    z : np.ndarray
        Logits of arbitrary shape (..., K).

    Returns
    -------
    np.ndarray
        Array of the same shape whose slices along the last axis are
        probability vectors.
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    # after the shift every exponent is <= 0, so exp() is in (0, 1]
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=-1, keepdims=True)


def _naive_softmax(z):
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def _tests() -> None:
    rng = np.random.default_rng(0)
    assert np.allclose(stable_softmax(np.array([1.0, 2.0, 3.0])),
                       _naive_softmax(np.array([1.0, 2.0, 3.0])))
    for _ in range(5):
        a = rng.normal(size=(4, 5))
        assert np.allclose(stable_softmax(a), _naive_softmax(a))
    b = rng.normal(size=(2, 3, 4))
    s = stable_softmax(b)
    assert s.shape == b.shape and np.allclose(s.sum(axis=-1), 1.0)
    big = stable_softmax(np.array([1000.0, 1001.0]))
    assert np.all(np.isfinite(big))
    assert np.allclose(big, [0.26894142, 0.73105858])
    print("all tests passed")


if __name__ == "__main__":
    _tests()
