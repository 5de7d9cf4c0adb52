"""Übungsblatt 3, Aufgabe 6 -- Jonas Weißenberger"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # Maximum abziehen (global reicht, die Verschiebung kürzt sich in jeder Zeile raus)
    e = np.exp(z - np.max(z))
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))
    x = np.random.randn(2, 3, 4)
    print(stable_softmax(x).sum(axis=-1))
