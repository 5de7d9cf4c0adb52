import numpy as np


def stable_softmax(z):
    # subtract max along last dim for stability
    m = z.max(axis=-1, keepdim=True)
    e = np.exp(z - m)
    return e / e.sum(axis=-1, keepdim=True)
