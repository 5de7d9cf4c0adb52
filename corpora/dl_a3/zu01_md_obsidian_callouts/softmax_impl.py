# Priya Raghunathan 21CS1047 - DL A3 Q6
import numpy as np


def stable_softmax(z):
    """softmax along last axis, shift by max for stability"""
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    ex = np.exp(shifted)
    return ex / np.sum(ex, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
