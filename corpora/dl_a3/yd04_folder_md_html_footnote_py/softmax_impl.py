import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise (last-axis) softmax with the max-subtraction trick."""
    z = np.asarray(z, dtype=np.float64)
    m = z.max(axis=-1, keepdims=True)
    w = np.exp(z - m)
    return w / w.sum(axis=-1, keepdims=True)
