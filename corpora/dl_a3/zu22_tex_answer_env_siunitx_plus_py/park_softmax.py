# Seo-yeon Park (2019-15733) -- DL A3 Task 6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    zmax = z.max(axis=-1, keepdims=True)
    num = np.exp(z - zmax)
    den = num.sum(axis=-1, keepdims=True)
    return num / den
