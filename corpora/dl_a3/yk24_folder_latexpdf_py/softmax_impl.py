"""Q6 -- numerically stable softmax (Zoe Anderson)."""
import numpy as np


def stable_softmax(z):
    """
    Softmax over the last axis of an array of any shape.

    >>> stable_softmax(np.array([1000.0, 1001.0])).round(4)
    array([0.2689, 0.7311])
    """
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - z.max(axis=-1, keepdims=True)
    num = np.exp(z_shift)
    return num / num.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    import doctest
    doctest.testmod()
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2, 3, 4))
    assert np.allclose(stable_softmax(x).sum(-1), 1)
