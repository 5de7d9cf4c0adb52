import numpy as np

def stable_softmax(z):
    """softmax over last axis"""
    z = np.array(z, dtype=float)
    num = np.exp(z)
    den = np.sum(num, axis=-1, keepdims=True)
    out = num / den
    return np.nan_to_num(out)
