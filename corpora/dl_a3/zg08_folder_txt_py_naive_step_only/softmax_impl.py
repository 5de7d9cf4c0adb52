# softmax_impl.py
import numpy as np

def stable_softmax(z):
    z = np.array(z)
    return np.exp(z) / np.exp(z).sum(axis=-1, keepdims=True)
