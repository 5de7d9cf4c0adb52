"""Übung 3, Aufgabe 6 – numerisch stabile Softmax (Lena Hoffmann-Yilmaz)."""
import numpy as np


def stable_softmax(z):
    """Softmax entlang der letzten Achse; beliebige Form."""
    z = np.asarray(z, dtype=float)
    verschoben = z - z.max(axis=-1, keepdims=True)  # größter Exponent wird 0
    ex = np.exp(verschoben)
    return ex / ex.sum(axis=-1, keepdims=True)
