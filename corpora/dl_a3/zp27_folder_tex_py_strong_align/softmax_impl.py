"""Q6: numerically stable softmax (last axis)."""
from __future__ import annotations

import numpy as np


def stable_softmax(z) -> np.ndarray:
    """Return softmax(z) along the last axis.

    exp(z_i - c) / sum_j exp(z_j - c) equals softmax(z) for any constant c;
    choosing c = max(z) makes every exponent <= 0, so exp cannot overflow,
    and at least one term of the denominator is exactly 1.
    """
    logits = np.asarray(z, dtype=np.float64)
    c = logits.max(axis=-1, keepdims=True)
    w = np.exp(logits - c)
    return w / w.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    demo = np.array([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]])
    print(stable_softmax(demo))
