"""Numerically stable softmax for Assignment 3, Q6.

Author: Daniel Abramov
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def stable_softmax(z: ArrayLike) -> np.ndarray:
    """Softmax over the last axis of ``z`` (any number of dimensions).

    Uses softmax(z) = softmax(z - c) with c = max over the last axis, so the
    largest exponent is exp(0) = 1 and nothing overflows; the denominator is
    then >= 1, so nothing divides by zero either.
    """
    z = np.asarray(z, dtype=np.float64)
    if z.ndim == 0:
        raise ValueError("need at least one logit")
    z_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2, 3, 4))
    p = stable_softmax(x)
    assert p.shape == x.shape and np.allclose(p.sum(-1), 1.0)
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
