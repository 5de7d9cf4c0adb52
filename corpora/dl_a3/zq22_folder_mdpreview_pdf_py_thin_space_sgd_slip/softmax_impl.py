"""Q6 — stable softmax (last axis)."""
import numpy as np


def stable_softmax(z):
    a = np.asarray(z, dtype=float)
    a = a - np.max(a, axis=-1, keepdims=True)
    np.exp(a, out=a)
    a /= np.sum(a, axis=-1, keepdims=True)
    return a


if __name__ == "__main__":
    import sys
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000.0, 1001.0]), file=sys.stderr)
