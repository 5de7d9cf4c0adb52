import numpy as np


def stable_softmax(z):
    # softmax along the last axis; subtract the row max first (like Flux.softmax does)
    z = np.asarray(z, dtype=np.float64)
    m = np.max(z, axis=-1)
    e = np.exp(z - m[..., np.newaxis])
    s = np.sum(e, axis=-1)
    return e / s[..., np.newaxis]
