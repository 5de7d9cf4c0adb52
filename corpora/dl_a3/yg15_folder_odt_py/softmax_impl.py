# Nina Gerber - Uebung 3, Aufgabe 6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # Maximum abziehen (numerisch stabil)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / e.sum(axis=0)
