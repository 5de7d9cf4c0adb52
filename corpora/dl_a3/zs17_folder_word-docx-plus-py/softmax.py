# Isabella Rossi (ir2289) - HW3 Problem 6
import numpy as np


def stable_softmax(z):
    """Numerically stable softmax.

    Subtracting the max logit before exponentiating avoids overflow.
    """
    z_max = np.max(z, axis=0)
    exp_z = np.exp(z - z_max)
    return exp_z / np.sum(exp_z, axis=0)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
