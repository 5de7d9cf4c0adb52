# Pregunta 6 / Question 6
# softmax estable (stable softmax)
import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    # restamos el maximo para que no haya overflow
    m = np.max(z)
    exps = np.exp(z - m)
    total = np.sum(exps)
    return exps / total

if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
