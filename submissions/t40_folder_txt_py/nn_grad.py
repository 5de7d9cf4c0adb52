"""
Q1(c): gradients of E = 1/2 ||t - o||^2 for x -> sigmoid(W1 x + b1) -> sigmoid(W2 h + b2)
Harshit Tiwari 22B1009
"""
import numpy as np


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float); W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float); b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float); t = np.asarray(t, dtype=float)

    a1 = W1 @ x + b1
    h = 1 / (1 + np.exp(-a1))
    a2 = W2 @ h + b2
    o = 1 / (1 + np.exp(-a2))

    dE_do = o - t
    dE_da2 = dE_do * o * (1 - o)
    dW2 = dE_da2[:, None] * h[None, :]
    db2 = dE_da2.copy()

    dE_dh = W2.T @ dE_da2
    dE_da1 = dE_dh * h * (1 - h)
    dW1 = dE_da1[:, None] * x[None, :]
    db1 = dE_da1.copy()
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = [[0.5, 0.5], [0.5, 0.5]]
    g = gradients(W, [1, 1], W, [1, 1], [1, 1], [0.5, 0.5])
    print("dW1 =\n", g[0]); print("db1 =", g[1]); print("dW2 =\n", g[2]); print("db2 =", g[3])
