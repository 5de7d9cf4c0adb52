import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    # log trick: log softmax = z - m - log(sum(exp(z - m)))
    return z - m - np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
