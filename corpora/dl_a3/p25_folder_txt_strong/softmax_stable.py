import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1)[..., None]        # per-row max, kept as a trailing axis
    e = np.exp(z - m)
    return e / e.sum(axis=-1)[..., None]


# sanity checks
print(stable_softmax([1, 2, 3]))                                  # [0.09 0.245 0.665]
print(stable_softmax([1000, 1001]))                               # no overflow
print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))      # all ones
