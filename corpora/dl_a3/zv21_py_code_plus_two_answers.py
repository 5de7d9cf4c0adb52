# DL Assignment 3 -- Wojciech Nowak (s2391044)
# Only had time for Q1, Q2 and the code, sorry.
#
# Q1a: conv 3x3, pad 1, stride 1 keeps 28x28 -> 28x28x64, maxpool /2 -> (14, 14, 64)
# Q1b: every output pixel uses 3*3*3 weights + bias = 28, per filter,
#      64 filters and 28*28 output positions:
#      28 * 64 * 28 * 28 = 1,404,928 parameters
# Q2:  dW = outer(delta, x), W_new = W - 0.1*dW
#      = [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]   (checked with numpy below)

import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    d = np.array([0.5, -1.0])
    print(W - 0.1 * np.outer(d, x))
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
