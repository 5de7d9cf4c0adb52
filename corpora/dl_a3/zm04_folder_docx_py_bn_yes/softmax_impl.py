# Sofia Marchetti - DL Assignment 3, question 6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_max = np.amax(z, axis=-1, keepdims=True)   # max of every row
    exp_z = np.exp(z - z_max)                    # all exponents are <= 0 now
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    test = np.array([1.0, 2.0, 3.0])
    print("softmax([1,2,3]) =", stable_softmax(test))
    print("softmax([1000,1001]) =", stable_softmax([1000, 1001]))
