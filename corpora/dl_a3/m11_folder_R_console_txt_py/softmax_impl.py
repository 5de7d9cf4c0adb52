import numpy as np

EPS = 1e-12   # guard against division by zero


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    num = np.exp(shifted)
    den = np.sum(num, axis=-1, keepdims=True) + EPS
    return num / den


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
