"""
Question 6 — Numerically stable softmax.

Author: Rohan Iyer (2022CSB1107)
"""

import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """
    Compute the softmax of `z` along the last axis in a numerically stable way.

    Parameters
    ----------
    z : np.ndarray
        Array of logits of any shape.

    Returns
    -------
    np.ndarray
        Array of the same shape as `z` whose last-axis slices sum to 1.
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    exp_shifted = np.exp(z - z_max)
    return exp_shifted / np.sum(exp_shifted, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
    print(stable_softmax(np.array([[1000.0, 1001.0, 1002.0],
                                   [-1000.0, -1000.0, -1000.0]])))
