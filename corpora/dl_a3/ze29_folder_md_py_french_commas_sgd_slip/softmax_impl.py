# Question 6 : softmax numeriquement stable
import numpy as np


def stable_softmax(z):
    """Softmax sur le dernier axe.

    On retire le maximum de chaque tranche (dernier axe) avant l'exponentielle,
    ce qui ne change pas le resultat mais evite le depassement (overflow).
    """
    x = np.asarray(z, dtype=np.float64)
    x_max = np.amax(x, axis=-1, keepdims=True)
    num = np.exp(x - x_max)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))          # ~ [0.0900 0.2447 0.6652]
    print(stable_softmax([1000, 1001]))       # ~ [0.2689 0.7311]
