import numpy as np


def stable_softmax(z):
    """Numerically stable softmax over the last axis.

    >>> stable_softmax(np.array([1000.0, 1001.0])).round(4)
    array([0.2689, 0.7311])
    """
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z


if __name__ == "__main__":
    import doctest
    doctest.testmod()
