"""Q6 - numerically stable softmax (Ivan Petrovic)."""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)   # largest logit becomes 0
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z


if __name__ == "__main__":
    np.set_printoptions(precision=4)
    print(stable_softmax([1, 2, 3]))            # [0.09   0.2447 0.6652]
    print(stable_softmax([1000, 1001]))         # [0.2689 0.7311]
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
