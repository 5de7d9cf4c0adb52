# Q6 -- stable softmax
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # softmax is invariant to adding a constant, so subtract the global max
    e = np.exp(z - np.max(z))
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
