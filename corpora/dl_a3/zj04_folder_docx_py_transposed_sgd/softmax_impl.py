# Hannah Lindqvist - DL A3 Q6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)     # row-wise max
    exps = np.exp(z - m)
    return exps / exps.sum(axis=-1, keepdims=True)
