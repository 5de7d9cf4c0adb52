import numpy as np


def stable_softmax(z):
    # Eingabe in float-Array umwandeln
    z = np.asarray(z, dtype=float)
    # Maximum entlang der letzten Achse abziehen (numerische Stabilitaet)
    verschoben = z - np.max(z, axis=-1, keepdims=True)
    zaehler = np.exp(verschoben)
    nenner = np.sum(zaehler, axis=-1, keepdims=True)
    return zaehler / nenner


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))   # ca. [0,0900 0,2447 0,6652]
