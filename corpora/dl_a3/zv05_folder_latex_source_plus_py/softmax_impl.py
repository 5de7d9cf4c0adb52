"""Julien Moreau -- DL A3 Problem 6."""
import numpy as np


def stable_softmax(z):
    """Softmax along the last axis, shifted by the per-slice maximum."""
    z = np.asarray(z, dtype=np.float64)
    z_max = np.amax(z, axis=-1, keepdims=True)
    exp_z = np.exp(z - z_max)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([[1000.0, 1001.0, 1002.0],
                                   [-1000.0, -1000.0, -1000.0]])))
