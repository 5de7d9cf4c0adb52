"""Daan Jansen (5561302) - Deep Learning opgave 3, vraag 6."""
import numpy as np


def stable_softmax(z):
    """Softmax over de laatste as; eerst het maximum per rij aftrekken."""
    m = np.amax(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    s = np.sum(e, axis=-1, keepdims=True)
    return e / s


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
