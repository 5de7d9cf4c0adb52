import numpy as np


def stable_softmax(z):
    """softmax along last axis; shift by max to avoid overflow"""
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=0)
    exps = np.exp(z - z_max)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
