# Pregunta 6 - softmax numericamente estable
# Valentina Ruiz Ortega
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    maximo = np.max(z, axis=-1, keepdims=True)
    exps = np.exp(z - maximo)          # ningun exponente > 0
    return exps / exps.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]]))
