"""
Deep Learning - Assignment 3, Question 6
Emily Hartmann (11893027)
"""
import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """
    Compute a numerically stable softmax along the last axis.

    Parameters
    ----------
    z : np.ndarray
        Array of logits of any shape.

    Returns
    -------
    np.ndarray
        Softmax probabilities with the same shape as ``z``.
    """
    z = np.asarray(z, dtype=np.float64)
    z_shifted = z - np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z_shifted)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))   # ~[0.0900, 0.2447, 0.6652]
    print(stable_softmax(np.array([1000.0, 1001.0])))  # finite, no NaN
