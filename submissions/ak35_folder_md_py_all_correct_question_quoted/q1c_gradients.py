import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    return h, sigmoid(W2 @ h + b2)


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    do = (o - t) * o * (1.0 - o)
    dh = (W2.T @ do) * h * (1.0 - h)
    return np.outer(dh, x), dh, np.outer(do, h), do


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = W1.copy()
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", g[0][0, 0], "dE/dw21 =", g[2][0, 0])
    E = lambda W: 0.5 * np.sum((t - forward(W, b1, W2, b2, x)[1]) ** 2)
    e = 1e-6; P = W1.copy(); P[0, 0] += e; M = W1.copy(); M[0, 0] -= e
    print("finite diff dE/dw11 =", (E(P) - E(M)) / (2 * e))
