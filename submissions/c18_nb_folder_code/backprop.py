# GNR638 Assignment 2, Q1(c) -- Meera Iyer (21D070040)
# backprop for 2-2-2 sigmoid network, E = 1/2 * sum (t - o)^2
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
    """Return (dW1, db1, dW2, db2), the gradients of E w.r.t. each parameter."""
    h, o = forward(W1, b1, W2, b2, x)
    delta2 = (o - t) * o * (1 - o)            # dE/da2
    delta1 = (W2.T @ delta2) * h * (1 - h)    # dE/da1
    dW2 = np.outer(delta2, h)
    db2 = delta2.copy()
    dW1 = np.outer(delta1, x)
    db1 = delta1.copy()
    return dW1, db1, dW2, db2


def numerical(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1, b1, W2, b2]
    out = []
    for p in params:
        g = np.zeros_like(p)
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            old = p[i]
            p[i] = old + eps
            _, o = forward(W1, b1, W2, b2, x)
            ep = 0.5 * np.sum((t - o) ** 2)
            p[i] = old - eps
            _, o = forward(W1, b1, W2, b2, x)
            em = 0.5 * np.sum((t - o) ** 2)
            p[i] = old
            g[i] = (ep - em) / (2 * eps)
        out.append(g)
    return tuple(out)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"],
                          gradients(W1, b1, W2, b2, x, t),
                          numerical(W1, b1, W2, b2, x, t)):
        print(name, a, "numerical:", n)
