import numpy as np

def stable_softmax(z):
    """
    Stable softmax along the last axis.
    Works for 1-D vectors, 2-D batches and higher-dimensional arrays.
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.amax(z, axis=-1, keepdims=True)
    exp_z = np.exp(z - z_max)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)
