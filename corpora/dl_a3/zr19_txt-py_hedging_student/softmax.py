# Amara Okonkwo-Bennett 7730251 -- A3 Q6
import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)            # copy, don't modify the caller's array
    z -= z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z
