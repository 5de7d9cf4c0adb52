"""GNR638 A2 Q1(c) - backprop for 2-2-2 sigmoid net. Ayesha Khan"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    # backward, E = 1/2 sum (t - o)^2
    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def loss(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    h = sigmoid(W1 @ x + b1)
    print("h  =", h)
    print("o  =", sigmoid(W2 @ h + b2))
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =")
    print(dW1)
    print("db1 =", db1)
    print("dW2 =")
    print(dW2)
    print("db2 =", db2)
    eps = 1e-6
    num = np.zeros_like(W1)
    for i in range(2):
        for j in range(2):
            Wp = W1.copy(); Wp[i, j] += eps
            Wm = W1.copy(); Wm[i, j] -= eps
            num[i, j] = (loss(Wp, b1, W2, b2, x, t) - loss(Wm, b1, W2, b2, x, t)) / (2 * eps)
    print("numerical check max abs diff: %.1e" % np.max(np.abs(num - dW1)))
