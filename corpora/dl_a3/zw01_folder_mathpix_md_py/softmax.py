# DL A3 Q6 - Aarav Mehta (21CS10043)
import numpy as np


def stable_softmax(z):
    """Softmax along the last axis, numerically stable.

    Subtract the max of each row (last-axis slice) so that the largest
    exponent is exp(0) = 1 -> no overflow.
    """
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    exps = np.exp(shifted)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
