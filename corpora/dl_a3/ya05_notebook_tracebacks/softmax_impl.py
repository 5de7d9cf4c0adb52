import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Numerically stable softmax along the last axis."""
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)          # all exponents <= 0 -> no overflow
    return e / e.sum(axis=-1, keepdims=True)
