# Mateus Oliveira Santos - RA 247731 - HW3 problem 6
import numpy as np


def softmax(z):
    """numerically stable softmax over the last axis"""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(softmax(np.array([1.0, 2.0, 3.0])))
    print(softmax(np.array([1000.0, 1001.0])))
