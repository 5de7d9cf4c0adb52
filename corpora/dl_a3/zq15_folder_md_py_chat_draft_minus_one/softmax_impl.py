import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Numerically stable softmax along the last axis.

    Args:
        z: array-like of logits, any shape.
    Returns:
        Array of the same shape; each slice along the last axis sums to 1.
    """
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.amax(z, axis=-1, keepdims=True)
    exp_shifted = np.exp(shifted)
    return exp_shifted / exp_shifted.sum(axis=-1, keepdims=True)
