"""Q1(c): backprop for a 2-2-2 sigmoid net, E = 1/2 ||t - o||^2."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1.0 - o)
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


def _loss(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1); print("db1 =", db1); print("dW2 =", dW2); print("db2 =", db2)
    eps = 1e-6; worst = 0.0
    for i in range(2):
        for j in range(2):
            Wp = W1.copy(); Wp[i, j] += eps; Wm = W1.copy(); Wm[i, j] -= eps
            num = (_loss(Wp, b1, W2, b2, x, t) - _loss(Wm, b1, W2, b2, x, t)) / (2 * eps)
            worst = max(worst, abs(num - dW1[i, j]))
    print("max |numeric - analytic| = %.1e" % worst)
