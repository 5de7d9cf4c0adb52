"""
DL Assignment 3, Q6.
"""
import numpy as np


def stable_softmax(z):
    """Numerically stable softmax over the last axis of z (any shape)."""
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - z.max(axis=-1, keepdims=True)
    num = np.exp(z_shift)
    return num / num.sum(axis=-1, keepdims=True)


def _test():
    assert np.allclose(stable_softmax([1, 2, 3]), [0.0900, 0.2447, 0.6652], atol=1e-4)
    out = stable_softmax([1000, 1001])
    assert np.all(np.isfinite(out))
    x = np.random.randn(2, 3, 4)
    assert stable_softmax(x).shape == x.shape
    assert np.allclose(stable_softmax(x).sum(axis=-1), 1.0)
    print("all tests passed")


if __name__ == "__main__":
    _test()
