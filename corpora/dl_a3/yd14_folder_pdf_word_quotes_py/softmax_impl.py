import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    c = np.max(z, axis=-1, keepdims=True)   # c = max over the last axis
    p = np.exp(z - c)
    p /= np.sum(p, axis=-1, keepdims=True)
    return p


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    a = rng.normal(size=(4, 5))
    print(stable_softmax(a).sum(axis=1))
    print(stable_softmax(np.array([1000., 1001.])))
