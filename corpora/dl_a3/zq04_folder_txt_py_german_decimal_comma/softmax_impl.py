# Aufgabe 6 / Q6
import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)   # Zeilenmaximum
    zaehler = np.exp(z - m)
    nenner = zaehler.sum(axis=-1, keepdims=True)
    return zaehler / nenner

# Test
if __name__ == "__main__":
    print(stable_softmax([1., 2., 3.]))
    print(stable_softmax([[1000., 1001., 1002.], [-1000., -1000., -1000.]]))
