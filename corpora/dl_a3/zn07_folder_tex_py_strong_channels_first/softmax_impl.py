"""DL Assignment 3, Problem 6 -- Jonas Eriksson."""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def stable_softmax(z: ArrayLike) -> np.ndarray:
    """Numerically stable softmax along the last axis.

    Works for a vector of logits or any batch of them (..., K).
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.amax(z, axis=-1, keepdims=True)
    unnormalised = np.exp(z - z_max)
    return unnormalised / unnormalised.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    assert np.allclose(stable_softmax([1, 2, 3]), [0.09003057, 0.24472847, 0.66524096])
    big = stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]])
    assert np.all(np.isfinite(big)) and np.allclose(big.sum(-1), 1)
    print("ok")
