# Aufgabe 6 - Felix Baumgartner
import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    ez = np.exp(z)
    return ez / np.sum(ez, axis=-1, keepdims=True)
