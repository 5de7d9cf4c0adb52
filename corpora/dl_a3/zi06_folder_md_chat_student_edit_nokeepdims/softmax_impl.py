import numpy as np


def stable_softmax(z):
    """
    Numerically stable softmax.
    Subtract max(z) before exponentiating to avoid overflow.
    """
    z = np.asarray(z, dtype=float)
    z_shift = z - np.max(z, axis=-1)
    exp_z = np.exp(z_shift)
    return exp_z / np.sum(exp_z, axis=-1)


# quick test
if __name__ == "__main__":
    z = np.array([1.0, 2.0, 3.0])
    print(stable_softmax(z))
    print(stable_softmax(np.array([1000.0, 1001.0])))
