import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Softmax over the last axis (numerically stable)."""
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z
