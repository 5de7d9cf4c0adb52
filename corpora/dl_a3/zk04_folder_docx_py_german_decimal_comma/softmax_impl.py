# Aufgabe 6 - Jonas Weber
import numpy as np


def stable_softmax(z):
    # Softmax ueber die letzte Achse
    z = np.asarray(z, dtype=np.float64)
    ez = np.exp(z)
    return ez / np.sum(ez, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
