"""Aufgabe 6: numerisch stabiler Softmax (letzte Achse)."""
import numpy as np


def stable_softmax(z):
    """Softmax ueber die letzte Achse, stabil durch Abziehen des Maximums."""
    z = np.asarray(z, dtype=np.float64)
    z_verschoben = z - z.max(axis=-1, keepdims=True)
    zaehler = np.exp(z_verschoben)
    nenner = zaehler.sum(axis=-1, keepdims=True)
    return zaehler / nenner


if __name__ == "__main__":
    # Kontrolle mit dem Beispiel aus der Aufgabe
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
