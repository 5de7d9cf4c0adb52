# =============================================================
# Deep Learning - Assignment 3
# Student: Daniel Okafor
#
# Written answers are in the comments below, code for Q6 at the end.
# =============================================================
#
# Q1 (a)  conv keeps 28x28 because padding 1 with a 3x3 kernel,
#         64 filters -> 28x28x64, the 2x2/2 max pool -> 14x14x64
#         ANSWER: (14, 14, 64)
#
# Q1 (b)  each filter is 3x3 -> 9 weights + 1 bias = 10
#         64 filters -> 64 * 10 = 640
#         ANSWER: 640 learnable parameters
#
# Q2      dL/dW = delta x^T = [[0.5, 1, -0.5], [-1, -2, 1]]
#         W <- W - 0.1 * dL/dW
#         ANSWER: W = [[0.15, -0.2, 0.45],
#                      [0.10,  0.5, -0.3 ]]
#
# Q3      dL/dz_k = p_k - y_k   (p = softmax(z), y one-hot)
#
# Q4      No: uses the running averages of mean and variance from training.
#
# Q5      accuracy = (50 + 45 + 50) / 220 = 145/220 = 0.6591
#
# =============================================================

import numpy as np


def stable_softmax(z):
    """Q6: softmax over the last axis, shifted by the max for stability."""
    z = np.asarray(z, dtype=float)
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z_shift)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    print("Q2:", W - 0.1 * np.outer(delta, x))
    C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    print("Q5:", np.trace(C) / C.sum())
    print("Q6:", stable_softmax([1.0, 2.0, 3.0]))
