import numpy as np

def stable_softmax(z):
    """
    >>> stable_softmax([1, 2, 3]).round(4)
    array([0.09  , 0.2447, 0.6652])
    >>> stable_softmax([1000, 1001]).round(4)
    array([0.2689, 0.7311])
    """
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z - z.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)

if __name__ == "__main__":
    import doctest
    doctest.testmod(verbose=True)
