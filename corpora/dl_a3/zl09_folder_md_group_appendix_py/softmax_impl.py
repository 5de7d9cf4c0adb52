"""
Q6 - numerically stable softmax
Sara Lindqvist & Jonas Berg
"""
import numpy as np


def stable_softmax(z):
    arr = np.asarray(z, dtype=float)
    m = arr.max(axis=-1, keepdims=True)
    shifted = np.exp(arr - m)
    denom = shifted.sum(axis=-1, keepdims=True)
    return shifted / denom


def _check():
    out = stable_softmax([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]])
    assert np.all(np.isfinite(out))
    assert np.allclose(out.sum(axis=-1), 1.0)
    print(out)


if __name__ == "__main__":
    _check()
