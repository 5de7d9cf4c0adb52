import numpy as np


def stable_softmax(z):
    # subtract the max so exp doesn't overflow, then normalise by the max
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / np.max(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))
