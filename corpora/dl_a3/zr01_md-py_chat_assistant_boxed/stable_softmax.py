# Priya Raghunathan, 21CS1043 -- DL A3 Q6
import numpy as np


def stable_softmax(z):
    """Softmax along the last axis, numerically stable.

    Works for 1-D, 2-D, n-D input.
    """
    z = np.asarray(z, dtype=np.float64)
    # subtract the max of every last-axis slice so exp never overflows
    shifted = z - np.max(z, axis=-1, keepdims=True)
    exps = np.exp(shifted)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
