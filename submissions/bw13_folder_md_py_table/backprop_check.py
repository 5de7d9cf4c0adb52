import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for h = sig(W1 x + b1), o = sig(W2 h + b2), E = 0.5*sum((t-o)**2).
    Returns (dW1, db1, dW2, db2)."""
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


def E(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


def numeric(params, x, t, eps=1e-6):
    out = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            keep = p[idx]
            p[idx] = keep + eps
            up = E(*params, x, t)
            p[idx] = keep - eps
            dn = E(*params, x, t)
            p[idx] = keep
            g[idx] = (up - dn) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.array([[0.15, 0.20], [0.25, 0.30]])
    W2 = np.array([[0.40, 0.45], [0.50, 0.55]])
    b1 = np.array([0.35, 0.35])
    b2 = np.array([0.60, 0.60])
    x = np.array([1.0, 1.0])
    t = np.array([0.01, 0.99])
    params = [W1, b1, W2, b2]
    an = gradients(*params, x, t)
    nu = numeric(params, x, t)
    print("dE/dw11 analytic %.8f  numeric %.8f" % (an[0][0, 0], nu[0][0, 0]))
    print("dE/dw21 analytic %.8f  numeric %.8f" % (an[2][0, 0], nu[2][0, 0]))
    print("max abs diff over all params: %.1e" % max(np.abs(a - n).max() for a, n in zip(an, nu)))
