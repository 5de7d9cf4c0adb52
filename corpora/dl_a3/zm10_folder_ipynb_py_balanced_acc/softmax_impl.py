import numpy as np


def stable_softmax(z):
    # shift by the max so the biggest exponent is exp(0)=1
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    out = np.exp(shifted)
    out /= out.sum(axis=-1, keepdims=True)
    return out
