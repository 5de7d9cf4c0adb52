# Q6 - softmax
# Tomas Lindqvist

import numpy as np


def stable_softmax(z):
    # softmax along last axis, works for any shape because of keepdims
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


# quick check
if __name__ == "__main__":
    a = np.array([1, 2, 3])
    print(stable_softmax(a))          # [0.09003057 0.24472847 0.66524096]
    b = np.random.rand(4, 5)
    print(stable_softmax(b).sum(axis=1))  # all ones
