import numpy as np

def stable_softmax(z):
    arr = np.asarray(z, dtype=float)
    mx = arr.max(axis=-1)[..., np.newaxis]
    ex = np.exp(arr - mx)
    return ex / ex.sum(axis=-1)[..., np.newaxis]
