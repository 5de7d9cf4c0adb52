import numpy as np

# Sophie Laurent - DL A3 Q6


def stable_softmax(z):
    # subtract the max so that exp never overflows
    z = z - np.max(z)
    exps = np.exp(z)
    return exps / np.sum(exps, axis=-1, keepdims=True)
