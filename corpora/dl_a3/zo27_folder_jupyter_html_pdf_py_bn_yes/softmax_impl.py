import numpy as np


def stable_softmax(z):
    logits = np.asarray(z, dtype=float)
    logits = logits - logits.max(axis=-1, keepdims=True)
    p = np.exp(logits)
    p = p / p.sum(axis=-1, keepdims=True)
    return p
