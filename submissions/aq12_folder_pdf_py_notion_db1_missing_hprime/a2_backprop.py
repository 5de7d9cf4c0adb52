# GNR638 A2 Q1(c) -- Tanvi Deshmukh 22B1039
import numpy as np


def sig(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2 = map(np.asarray, (W1, b1, W2, b2))
    x, t = np.asarray(x, float), np.asarray(t, float)

    z1 = W1 @ x + b1
    h = sig(z1)
    z2 = W2 @ h + b2
    o = sig(z2)

    # output layer
    delta2 = (o - t) * (1 - o) * o
    dW2 = np.outer(delta2, h)
    db2 = delta2

    # hidden layer
    back = W2.T @ delta2
    dW1 = np.outer(back * h * (1 - h), x)
    db1 = back

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = 0.5 * np.ones((2, 2))
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", g[0][0, 0])
    print("dE/dw21 =", g[2][0, 0])
