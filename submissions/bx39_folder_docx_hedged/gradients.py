"""Q1(c) for GNR638 A2.  Tanmay Kulkarni, 210070082.

gradients(W1, b1, W2, b2, x, t) -> (dW1, db1, dW2, db2)
for E = 1/2 * sum((t - o)**2), h = sigmoid(W1 x + b1), o = sigmoid(W2 h + b2).
"""
import numpy as np


def sigmoid(a):
    return np.exp(-np.logaddexp(0.0, -a))   # numerically stable 1/(1+e^-a)


def gradients(W1, b1, W2, b2, x, t):
    x = np.asarray(x, float)
    t = np.asarray(t, float)
    h = sigmoid(np.einsum("ij,j->i", W1, x) + b1)
    o = sigmoid(np.einsum("ij,j->i", W2, h) + b2)
    g_o = o - t                                 # dE/do
    g_a2 = g_o * o * (1.0 - o)                  # dE/da2
    g_h = np.einsum("ij,i->j", W2, g_a2)        # dE/dh
    g_a1 = g_h * h * (1.0 - h)                  # dE/da1
    return (np.einsum("i,j->ij", g_a1, x), g_a1,
            np.einsum("i,j->ij", g_a2, h), g_a2)


if __name__ == "__main__":
    half = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(half, np.ones(2), half, np.ones(2),
                                   np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", dW1[0, 0], " dE/dw21 =", dW2[0, 0])
