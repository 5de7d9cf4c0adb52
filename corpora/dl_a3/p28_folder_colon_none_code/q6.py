import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_max = z.max(axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    s = e.sum(axis=-1)
    return e / s[:, None]


if __name__ == "__main__":
    x = np.array([[1000., 1001., 1002.],
                  [-1000., -1000., -1000.]])
    print(stable_softmax(x))
