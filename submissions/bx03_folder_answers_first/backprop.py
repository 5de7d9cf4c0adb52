"""GNR 638 Assignment 2, Q1(c)  --  Meera Iyer (21D100022)

Backpropagation for the 2-2-2 sigmoid network, checked against
central finite differences.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def loss(W1, b1, W2, b2, x, t):
    _, o = forward(W1, b1, W2, b2, x)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 1/2 ||t - o||^2."""
    h, o = forward(W1, b1, W2, b2, x)
    delta_out = (o - t) * o * (1 - o)            # dE/d(net_out)
    delta_hid = (W2.T @ delta_out) * h * (1 - h)  # dE/d(net_hidden)
    dW2 = np.outer(delta_out, h)
    db2 = delta_out.copy()
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid.copy()
    return dW1, db1, dW2, db2


def numerical(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1, b1, W2, b2]
    out = []
    for p in params:
        g = np.zeros_like(p, dtype=float)
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            old = p[i]
            p[i] = old + eps
            lp = loss(W1, b1, W2, b2, x, t)
            p[i] = old - eps
            lm = loss(W1, b1, W2, b2, x, t)
            p[i] = old
            g[i] = (lp - lm) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    bp = gradients(W1, b1, W2, b2, x, t)
    nm = numerical(W1, b1, W2, b2, x, t)
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], bp, nm):
        print(name, "\n", a, "\n max abs diff:", np.abs(a - n).max())
    print("dE/dw11 =", bp[0][0, 0])
    print("dE/dw21 =", bp[2][0, 0])
