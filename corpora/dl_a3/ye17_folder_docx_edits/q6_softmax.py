import numpy as np


def stable_softmax(z):
    """Numerically stable softmax over the last axis.

    Works for 1-D vectors, (batch, classes) matrices and higher-dim arrays.
    """
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - np.amax(z, axis=-1, keepdims=True)
    exp_z = np.exp(z_shift)
    return exp_z / exp_z.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.array([1000, 1001])))
    print(stable_softmax(np.array([[1e4, 0.0, -1e4], [3.0, 3.0, 3.0]])))
