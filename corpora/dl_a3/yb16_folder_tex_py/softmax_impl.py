from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def stable_softmax(z: ArrayLike) -> np.ndarray:
    """Numerically stable softmax along the last axis."""
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= np.sum(z, axis=-1, keepdims=True)
    return z


if __name__ == "__main__":
    for t in ([1, 2, 3], [1000, 1001], [[-5, 0, 5], [3, 3, 3]]):
        print(t, "->", stable_softmax(t))
