# Arjun Krishnamurthy CS21B1034
import numpy as np


def softmax(z):
    """stable softmax along the last axis"""
    shift = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(shift)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(softmax(np.array([1.0, 2.0, 3.0])))
    print(softmax(np.array([1000.0, 1001.0])))
