import numpy as np

def stable_softmax(z):
    # softmax along the last axis
    exps = np.exp(z)
    return exps / np.sum(exps, axis=-1, keepdims=True)
