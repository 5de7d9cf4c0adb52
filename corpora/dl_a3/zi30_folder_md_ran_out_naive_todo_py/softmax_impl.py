import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # TODO: subtract the max for numerical stability
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
