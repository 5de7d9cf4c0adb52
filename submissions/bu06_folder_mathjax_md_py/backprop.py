"""GNR638 A2, Q1(c) -- Meera Pillai 22B1310

Backprop for the 2-2-2 sigmoid net with E = 1/2 * sum (t - o)^2.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def loss(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2), each shaped like its parameter."""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1.0 - o)          # dE/dz2
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)  # dE/dz1
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


def numerical(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1, b1, W2, b2]
    grads = []
    for p in params:
        g = np.zeros_like(p)
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            old = p[i]
            p[i] = old + eps
            lp = loss(*params, x, t)
            p[i] = old - eps
            lm = loss(*params, x, t)
            p[i] = old
            g[i] = (lp - lm) / (2 * eps)
        grads.append(g)
    return grads


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    ana = gradients(W1, b1, W2, b2, x, t)
    num = numerical(W1.copy(), b1.copy(), W2.copy(), b2.copy(), x, t)
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], ana, num):
        print(name, a.ravel(), "max diff", np.max(np.abs(a - n)))
    print("dE/dw11 =", ana[0][0, 0])
    print("dE/dw21 =", ana[2][0, 0])
