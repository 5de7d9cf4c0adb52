import numpy as np


def stable_softmax(z, temperature):
    """softmax over last axis, numerically stable.
    temperature: T=1 normal softmax, T>1 flatter, T<1 sharper"""
    z = np.asarray(z, dtype=float) / temperature
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
