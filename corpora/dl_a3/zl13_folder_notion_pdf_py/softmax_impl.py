import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Oliver Grant, DL A3 Q6.

    softmax(z)_k = exp(z_k - c) / sum_j exp(z_j - c), c = max_j z_j, over the last axis.
    """
    z = np.array(z, dtype=np.float64)
    c = np.max(z, axis=-1, keepdims=True)
    w = np.exp(z - c)
    return w / w.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    for test in ([1, 2, 3], [1000, 1001], [[-1000, -1000, -1000]]):
        print(test, "->", stable_softmax(test))
