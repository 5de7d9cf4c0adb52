import numpy as np


def stable_softmax(z):
    """Numerically stable softmax over the last axis.

    Parameters
    ----------
    z : array_like, any shape (..., K)

    Returns
    -------
    np.ndarray of the same shape, non-negative, summing to 1 along axis -1.
    """
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= np.sum(z, axis=-1, keepdims=True)
    return z


if __name__ == "__main__":
    import doctest  # noqa: F401
    print(stable_softmax(np.array([[1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0]])))
