"""Q1(c) GNR638 A2 — Prateek & Jaya"""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    # one (shared) bias per layer, as in the question
    bh = b1[0]
    bo = b2[0]
    h = sigmoid(W1 @ x + bh)
    o = sigmoid(W2 @ h + bo)
    do = (o - t) * o * (1 - o)
    dh = (W2.T @ do) * h * (1 - h)
    return np.outer(dh, x), dh, np.outer(do, h), do


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", g[0][0, 0], " dE/dw21 =", g[2][0, 0])
