import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=-1)
    exp_z = np.exp(z - z_max)
    return exp_z / np.sum(exp_z, axis=-1)


# quick check
if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
