import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1)[..., np.newaxis]
    e = np.exp(z)
    return e / e.sum(axis=-1)[..., np.newaxis]


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
