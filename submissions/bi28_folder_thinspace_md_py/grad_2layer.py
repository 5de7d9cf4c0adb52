import numpy as np

# GNR638 A2 - 1(c) - C. Fournier


def gradients(W1, b1, W2, b2, x, t):
    """dE/d(params) for h = sig(W1 x + b1), o = sig(W2 h + b2), E = 0.5*sum((t-o)^2)."""
    s = lambda z: 1.0 / (1.0 + np.exp(-z))
    h = s(W1.dot(x) + b1)
    o = s(W2.dot(h) + b2)
    d_out = (o - t) * o * (1.0 - o)
    d_hid = W2.T.dot(d_out) * h * (1.0 - h)
    dW2 = d_out[:, None] * h[None, :]
    dW1 = d_hid[:, None] * x[None, :]
    return dW1, d_hid, dW2, d_out


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    for name, v in zip(("dW1", "db1", "dW2", "db2"), g):
        print(name, v)
