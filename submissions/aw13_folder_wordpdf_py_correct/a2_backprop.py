"""
GNR 638 Assignment 2 -- Q1(c)
Ananya Ghosh (200050011)

gradients(W1, b1, W2, b2, x, t) -> (dW1, db1, dW2, db2)
for h = sigmoid(W1 x + b1), o = sigmoid(W2 h + b2), E = 0.5 * sum((t - o)^2)
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=np.float64)
    b1 = np.asarray(b1, dtype=np.float64).reshape(-1)
    W2 = np.asarray(W2, dtype=np.float64)
    b2 = np.asarray(b2, dtype=np.float64).reshape(-1)
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    t = np.asarray(t, dtype=np.float64).reshape(-1)

    z1 = W1 @ x + b1
    a1 = sigmoid(z1)
    z2 = W2 @ a1 + b2
    a2 = sigmoid(z2)

    delta2 = (a2 - t) * a2 * (1.0 - a2)
    delta1 = (W2.T @ delta2) * a1 * (1.0 - a1)

    dW2 = delta2.reshape(2, 1) * a1.reshape(1, 2)
    dW1 = delta1.reshape(2, 1) * x.reshape(1, 2)
    db2 = delta2
    db1 = delta1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    out = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dW1[0,0] = %.8f, dW2[0,0] = %.8f" % (out[0][0, 0], out[2][0, 0]))
