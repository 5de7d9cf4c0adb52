import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shift = z - np.max(z, axis=-1, keepdims=True)
    exp_shift = np.exp(shift)
    return exp_shift / exp_shift.sum(axis=-1, keepdims=True)


# test
# print(stable_softmax(np.array([1000, 1001])))
