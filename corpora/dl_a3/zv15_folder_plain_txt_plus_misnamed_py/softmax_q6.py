# Q6 - Fatima Zahra Bennani
import numpy as np


def softmax(z):
    """stable softmax over the last axis"""
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / np.sum(ez, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(softmax(np.array([1.0, 2.0, 3.0])))
    print(softmax(np.array([1000.0, 1001.0])))
