import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Numerically stable softmax over the last axis (works for any shape)."""
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - z.max(axis=-1, keepdims=True)
    exp = np.exp(z_shift)
    return exp / exp.sum(axis=-1, keepdims=True)
