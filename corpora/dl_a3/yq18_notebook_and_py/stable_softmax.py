import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Softmax along the last axis. Works for any shape, stable for big logits."""
    z = np.asarray(z, dtype=np.float64)
    shifted = z - z.max(axis=-1, keepdims=True)
    np.exp(shifted, out=shifted)
    shifted /= shifted.sum(axis=-1, keepdims=True)
    return shifted
