# DL Assignment 3 -- Elif Demir
# All answers are in this file (comments), the function for Q6 is at the bottom.
#
# Q1 (a): conv keeps 28x28 (pad 1, k 3, s 1), 64 filters -> 28x28x64
#         maxpool 2x2 s2 -> 14x14x64
# Q1 (b): (3*3*3 + 1) * 64 = 1792
#
# Q2: dL/dW = outer(delta, x) = [[ 0.5,  1.0, -0.5],
#                                [-1.0, -2.0,  1.0]]
#     W_new = W - 0.1 * dL/dW = [[0.15, -0.20,  0.45],
#                                [0.10,  0.50, -0.30]]
#
# Q3: dL/dz_k = p_k - y_k
#
# Q4: No.
#
# Q5: (50+45+50)/220 = 0.6591
#
# Q6: below

import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / e.sum(axis=-1, keepdims=True)
