# Lena Hofstätter, 12019384 -- Aufgabe 6
import numpy as np


def stable_softmax(z):
    """Numerisch stabiler Softmax."""
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=0)
    e = np.exp(z)
    return e / np.sum(e, axis=0)
