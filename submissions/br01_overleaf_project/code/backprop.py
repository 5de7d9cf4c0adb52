"""Q1(c) -- backpropagation for the 2-2-2 sigmoid network.

Used to check the hand-derived gradients in Section 1 of the report.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 1/2 * sum((t - o)^2)."""
    h, o = forward(W1, b1, W2, b2, x)
    delta_o = (o - t) * o * (1.0 - o)          # dE/d(net_o)
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)  # dE/d(net_h)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o.copy()
    dW1 = np.outer(delta_h, x)
    db1 = delta_h.copy()
    return dW1, db1, dW2, db2


def numerical(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1, b1, W2, b2):
        _, o = forward(W1, b1, W2, b2, x)
        return 0.5 * np.sum((t - o) ** 2)
    params = [W1, b1, W2, b2]
    out = []
    for k, p in enumerate(params):
        g = np.zeros_like(p)
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            idx = it.multi_index
            plus = [q.copy() for q in params]
            minus = [q.copy() for q in params]
            plus[k][idx] += eps
            minus[k][idx] -= eps
            g[idx] = (E(*plus) - E(*minus)) / (2 * eps)
        out.append(g)
    return tuple(out)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    an = gradients(W1, b1, W2, b2, x, t)
    nu = numerical(W1, b1, W2, b2, x, t)
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], an, nu):
        print(name, a.round(7).tolist(), "max abs diff", np.abs(a - n).max())
