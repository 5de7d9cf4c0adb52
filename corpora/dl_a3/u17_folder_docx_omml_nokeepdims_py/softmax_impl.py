import numpy as np

def stable_softmax(z):
    """numerically stable softmax.
    z : logits (list or array)
    """
    z = np.asarray(z, dtype=float)
    mx = np.max(z, axis=-1)
    ex = np.exp(z - mx)
    return ex / np.sum(ex, axis=-1)
