import numpy as np

def stable_softmax(z):
    # clip the logits so exp never overflows
    z = np.clip(np.asarray(z, dtype=float), -500, 500)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
