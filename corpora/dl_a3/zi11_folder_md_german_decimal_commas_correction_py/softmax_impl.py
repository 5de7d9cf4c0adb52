# Aufgabe 6 -- Jonas Hartmann
import numpy as np


def stable_softmax(z):
    """Softmax entlang der letzten Achse, numerisch stabil (Max abziehen)."""
    z = np.asarray(z, dtype=np.float64)
    z_stab = z - z.max(axis=-1, keepdims=True)
    zaehler = np.exp(z_stab)
    nenner = zaehler.sum(axis=-1, keepdims=True)
    return zaehler / nenner


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]]))
