"""GNR 638 A2, Q1(c): backprop for the 2-2-2 sigmoid net.
Nikhil Bansal 210050101
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    """returns (dW1, db1, dW2, db2) for E = 0.5*sum((t-o)**2)"""
    h, o = forward(W1, b1, W2, b2, x)
    delta2 = (o - t) * o * (1 - o)          # dE/da2
    dW2 = np.outer(delta2, h)
    db2 = delta2.copy()
    delta1 = (W2.T @ delta2) * h * (1 - h)  # dE/da1
    dW1 = np.outer(delta1, x)
    db1 = delta1.copy()
    return dW1, db1, dW2, db2


def numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1, b1, W2, b2):
        _, o = forward(W1, b1, W2, b2, x)
        return 0.5 * np.sum((t - o) ** 2)
    out = []
    params = [W1, b1, W2, b2]
    for k, p in enumerate(params):
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            pp = [q.copy() for q in params]
            pp[k][idx] += eps
            ep = E(*pp)
            pp[k][idx] -= 2 * eps
            em = E(*pp)
            g[idx] = (ep - em) / (2 * eps)
        out.append(g)
    return tuple(out)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    n = numeric(W1, b1, W2, b2, x, t)
    for name, a, b in zip(["dW1", "db1", "dW2", "db2"], g, n):
        print(name, a.ravel(), "numeric:", b.ravel())
