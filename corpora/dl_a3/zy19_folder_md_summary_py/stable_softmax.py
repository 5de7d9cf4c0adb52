import numpy as np


def stable_softmax(z):
    """softmax with the max-trick"""
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))   # [0.09 0.245 0.665]
    print(stable_softmax(np.array([1000.0, 1001.0])))  # [0.269 0.731]
