# Felix Müller, 3581920 - Aufgabe 6
import numpy as np


def stable_softmax(z):
    """Numerisch stabile Softmax entlang der letzten Achse."""
    z = np.asarray(z, dtype=np.float64)
    z_max = np.amax(z, axis=-1, keepdims=True)
    ez = np.exp(z - z_max)
    return ez / ez.sum(axis=-1, keepdims=True)
