# Assignment 3 - Question 6
# Lukas Brandt, 2301177

import numpy as np


def stable_softmax(z):
    # cast to float64 so large logits have more room before overflowing
    z = np.asarray(z, dtype=np.float64)
    exps = np.exp(z)
    # normalise over the last axis, keepdims so broadcasting works for any shape
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))           # [0.09003057 0.24472847 0.66524096]
    a = np.random.rand(4, 5)
    print(stable_softmax(a).sum(axis=1))      # all ones
    b = np.random.rand(2, 3, 4)
    print(stable_softmax(b).shape)            # (2, 3, 4)
