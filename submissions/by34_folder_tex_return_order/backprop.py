# Q1(c) backprop -- GNR638 A2 -- Tejas Kamble (22B0033)
import numpy as np

sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """gradients of E = 0.5*||t - o||^2 for the 2-2-2 sigmoid net.
    returns weight gradients first, then bias gradients"""
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)

    g2 = (o - t) * o * (1 - o)
    g1 = (W2.T @ g2) * h * (1 - h)

    dW1 = np.outer(g1, x)
    dW2 = np.outer(g2, h)
    db1 = g1
    db2 = g2
    return dW1, dW2, db1, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    gW1, gW2, gb1, gb2 = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", gW1[0, 0])
    print("dE/dw21 =", gW2[0, 0])
