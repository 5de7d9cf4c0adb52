import numpy as np


def stable_softmax(z):
    """Softmax over the last axis of z (any number of dims)."""
    z = np.asarray(z, dtype=float)
    zmax = np.max(z, axis=-1)[..., np.newaxis]
    e = np.exp(z - zmax)
    return e / e.sum(axis=-1)[..., np.newaxis]


if __name__ == "__main__":
    assert np.allclose(stable_softmax([1, 2, 3]), [0.09003057, 0.24472847, 0.66524096])
    r = stable_softmax(np.random.randn(2, 3, 4))
    assert r.shape == (2, 3, 4) and np.allclose(r.sum(-1), 1)
    print(stable_softmax([1000, 1001]))
