import numpy as np


def stable_softmax(z):
    """Numerically stable softmax over the last axis (Q6)."""
    x = np.asarray(z, dtype=np.float64)
    x_max = np.max(x, axis=-1, keepdims=True)
    unnormalised = np.exp(x - x_max)
    return unnormalised / np.sum(unnormalised, axis=-1, keepdims=True)


def _check():
    assert np.allclose(stable_softmax([1, 2, 3]), [0.0900, 0.2447, 0.6652], atol=1e-4)
    assert np.all(np.isfinite(stable_softmax([1000, 1001])))
    print("ok")


if __name__ == "__main__":
    _check()
