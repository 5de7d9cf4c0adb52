import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # subtract max along the last axis (keepdims so it broadcasts for any shape)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


# quick test
if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
