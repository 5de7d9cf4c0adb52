"""Q6 - numerically stable softmax (Mateo Kowalczyk-Reyes, mkr2207)."""
import numpy as np


def _softmax_vec(v):
    v = v - np.max(v)
    e = np.exp(v)
    return e / e.sum()


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    if z.ndim == 1:
        return _softmax_vec(z)
    # recurse over the leading axis until we hit 1-D vectors
    return np.stack([stable_softmax(sub) for sub in z], axis=0)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))
