import numpy as np


def stable_softmax(z):
    """Softmax with max-subtraction trick (Q6)."""
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=0)
