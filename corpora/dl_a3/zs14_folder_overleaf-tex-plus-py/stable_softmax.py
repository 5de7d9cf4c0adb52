"""Homework 3, Aufgabe 6 -- Jonas Becker (3391057)."""

import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Return softmax(z) along the last axis without overflow."""
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - np.amax(z, axis=-1, keepdims=True)
    num = np.exp(z_shift)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den


def _demo():
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([[1000.0, 1001.0, 1002.0],
                                   [-1000.0, -1000.0, -1000.0]])))


if __name__ == "__main__":
    _demo()
