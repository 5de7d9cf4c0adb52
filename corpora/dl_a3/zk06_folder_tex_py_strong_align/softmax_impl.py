"""Problem 6: numerically stable softmax (Henrik Lindqvist)."""
from __future__ import annotations

import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Return softmax(z) along the last axis.

    softmax(z) = softmax(z - c) for any constant c, so shifting by the
    per-slice maximum keeps every exponent <= 0 and avoids overflow.
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    unnormalised = np.exp(z - z_max)
    return unnormalised / unnormalised.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    assert np.allclose(stable_softmax([1.0, 2.0, 3.0]).sum(), 1.0)
    out = stable_softmax(np.array([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]]))
    assert np.all(np.isfinite(out))
    print(out)
