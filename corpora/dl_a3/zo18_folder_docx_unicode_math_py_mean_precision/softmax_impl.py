import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=-1, keepdims=True)
    log_den = z_max + np.log(np.sum(np.exp(z - z_max), axis=-1, keepdims=True))
    return np.exp(z - log_den)


if __name__ == "__main__":
    for t in ([1, 2, 3], [1000, 1001], [[1000, 1001, 1002], [-1000, -1000, -1000]]):
        print(t, "->", stable_softmax(t))
