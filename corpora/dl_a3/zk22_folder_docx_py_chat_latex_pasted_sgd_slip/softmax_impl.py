import numpy as np


def stable_softmax(z):
    """
    Compute a numerically stable softmax along the last axis.

    Args:
        z: array-like of logits, any shape.

    Returns:
        np.ndarray of the same shape whose last-axis slices sum to 1.
    """
    z = np.asarray(z, dtype=np.float64)
    z_shifted = z - np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z_shifted)
    return exp_z / (np.sum(exp_z, axis=-1, keepdims=True) + 1e-12)
