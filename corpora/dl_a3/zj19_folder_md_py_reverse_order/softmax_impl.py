import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_max = z.max(axis=-1, keepdims=True)
    logsum = z_max + np.log(np.exp(z - z_max).sum(axis=-1, keepdims=True))
    return np.exp(z - logsum)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
