"""Q6 - numerically stable softmax.  T. Reinholt"""
import numpy as np


def _to_array(z):
    return np.asarray(z, dtype=np.float64)


def naive_softmax(z):
    """Only for comparison - overflows for big logits."""
    z = _to_array(z)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def stable_softmax(z):
    z = _to_array(z)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(naive_softmax([1000, 1001]))  # nan, as expected
