import numpy as np

def stable_softmax(z):
    """softmax over last axis; max-shift trick (softmax(z) = softmax(z - c))"""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
