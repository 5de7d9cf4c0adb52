import numpy as np


def stable_softmax(z):
    # use float64 so that the exponentials have enough range and do not overflow
    z = np.asarray(z, dtype=np.float64)
    exp_z = np.exp(z)
    # normalise along the last axis so it works for any shape
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
