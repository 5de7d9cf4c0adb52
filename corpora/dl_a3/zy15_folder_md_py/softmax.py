import numpy as np

def stable_softmax(z):
    # subtract max for numerical stability
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    exps = np.exp(z_shift)
    return exps / np.sum(exp, axis=-1, keepdims=True)
