"""DL A3 Q6 - numerically stable softmax (Ananya Iyer, 22B0914)"""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis. Subtract the max of each row first so
    exp() never sees a big positive number (exp(1000) = inf)."""
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    exps = np.exp(shifted)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
