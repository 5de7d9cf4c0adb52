# Matteo Bianchi 1094437 - esercizio 6
import numpy as np

CLIP = 50.0


def stable_softmax(z):
    z = np.clip(z, -CLIP, CLIP)   # avoid overflow in exp
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)
