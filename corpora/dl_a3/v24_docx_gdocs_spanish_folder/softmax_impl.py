import numpy as np


def stable_softmax(z):
    # resta el maximo de cada fila (estabilidad numerica)
    z = np.asarray(z, dtype=float)
    zs = z - np.max(z, axis=-1, keepdims=True)
    ex = np.exp(zs)
    return ex / ex.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
