"""
softmax_impl.py -- DL Assignment 3, Question 6.
"""
import numpy as np

__all__ = ["stable_softmax"]


def stable_softmax(z):
    """Numerically stable softmax along the last axis.

    Parameters
    ----------
    z : np.ndarray
        Logits, any shape (..., K).

    Returns
    -------
    np.ndarray
        Same shape as z; every slice along the last axis is a
        probability vector.
    """
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    np.exp(z_shift, out=z_shift)
    z_shift /= np.sum(z_shift, axis=-1, keepdims=True)
    return z_shift


if __name__ == "__main__":
    rng = np.random.default_rng(42)
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
    x = rng.standard_normal((2, 3, 4))
    print(np.allclose(stable_softmax(x).sum(axis=-1), 1.0))
