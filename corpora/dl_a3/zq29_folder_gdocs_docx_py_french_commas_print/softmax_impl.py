import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    resultat = e / np.sum(e, axis=-1, keepdims=True)
    print(resultat)

stable_softmax([1.0, 2.0, 3.0])
stable_softmax([1000.0, 1001.0])
