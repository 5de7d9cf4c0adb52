# DL A3 Q6  -  Sofia Marchetti
import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract max of each row (last axis) so exp never overflows
    z_max = z.max(axis=-1, keepdims=True)
    num = np.exp(z - z_max)
    den = num.sum(axis=-1, keepdims=True)
    return num / den
