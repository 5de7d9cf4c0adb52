import numpy as np


def stable_softmax(z):
    # subtract max for stability (log-sum-exp trick)
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)


# quick check
if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
