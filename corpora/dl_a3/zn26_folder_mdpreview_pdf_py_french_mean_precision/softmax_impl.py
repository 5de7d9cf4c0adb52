import numpy as np


def stable_softmax(z):
    # on soustrait le max (par ligne) pour eviter exp(1000) = inf
    z = np.asarray(z, dtype=float)
    ez = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return ez / ez.sum(axis=-1, keepdims=True)
