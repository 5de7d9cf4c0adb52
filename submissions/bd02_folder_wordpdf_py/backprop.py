"""GNR 638 A2 Q1(c) - Sneha Iyer 210020118"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 0.5*sum((t-o)^2)."""
    # forward
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    # backward
    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def numerical(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1, b1, W2, b2):
        o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)
    params = [W1, b1, W2, b2]
    out = []
    for P in params:
        G = np.zeros_like(P)
        for idx in np.ndindex(P.shape):
            old = P[idx]
            P[idx] = old + eps; Ep = E(*params)
            P[idx] = old - eps; Em = E(*params)
            P[idx] = old
            G[idx] = (Ep - Em) / (2 * eps)
        out.append(G)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    n = numerical(W1, b1, W2, b2, x, t)
    for name, a, b in zip(["dW1", "db1", "dW2", "db2"], g, n):
        print(name, a, "max diff", np.abs(a - b).max())
