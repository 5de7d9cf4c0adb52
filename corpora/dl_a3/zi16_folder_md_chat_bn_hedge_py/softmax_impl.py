import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """
    Compute the softmax of z along the last axis in a numerically stable way.

    Args:
        z: array-like of logits, any shape (..., K)

    Returns:
        array of the same shape whose last-axis slices sum to 1
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z - z_max)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)
