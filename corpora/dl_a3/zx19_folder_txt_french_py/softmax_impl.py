# Exercice 6 -- softmax numériquement stable (Camille Dubois)
import numpy as np


def stable_softmax(z):
    # on retranche le max sur le dernier axe : exp(z - max) <= 1, pas de débordement
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1000.0, 1001.0]))
    print(stable_softmax(np.random.randn(4, 5)).sum(axis=1))
