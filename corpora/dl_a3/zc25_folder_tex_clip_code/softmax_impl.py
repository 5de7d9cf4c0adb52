import numpy as np

LIMIT = 500.0   # exp(709) is about the float64 limit, stay well below


def stable_softmax(z):
    z = np.clip(np.asarray(z, dtype=float), -LIMIT, LIMIT)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
