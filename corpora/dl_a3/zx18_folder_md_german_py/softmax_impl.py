# Aufgabe 6 -- numerisch stabile Softmax
# Jonas Krüger
import numpy as np


def stable_softmax(z):
    """Softmax entlang der letzten Achse.

    Vor exp() wird das Maximum je Zeile abgezogen (verschiebungsinvariant),
    damit bei großen Logits kein Überlauf entsteht.
    """
    z = np.asarray(z, dtype=np.float64)
    verschoben = z - np.max(z, axis=-1, keepdims=True)
    zaehler = np.exp(verschoben)
    nenner = np.sum(zaehler, axis=-1, keepdims=True)
    return zaehler / nenner


if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))   # [0.2689 0.7311]
