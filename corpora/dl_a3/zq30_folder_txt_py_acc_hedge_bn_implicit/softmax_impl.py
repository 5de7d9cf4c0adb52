import numpy as np


def stable_softmax(z):
    x = np.asarray(z, dtype=float)
    x = x - x.max(axis=-1, keepdims=True)
    p = np.exp(x)
    p /= p.sum(axis=-1, keepdims=True)
    return p


if __name__ == "__main__":
    assert np.allclose(stable_softmax([1, 2, 3]).sum(), 1)
    assert np.all(np.isfinite(stable_softmax([1000, 1001])))
    print("ok")
