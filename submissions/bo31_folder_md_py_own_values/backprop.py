import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def loss(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1.0 - o)
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)
    return np.outer(delta_h, x), delta_h, np.outer(delta_o, h), delta_o


def numeric_gradients(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1.astype(float).copy(), b1.astype(float).copy(),
              W2.astype(float).copy(), b2.astype(float).copy()]
    out = []
    for p in params:
        g = np.zeros_like(p)
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            keep = p[i]
            p[i] = keep + eps
            lp = loss(*params, x, t)
            p[i] = keep - eps
            lm = loss(*params, x, t)
            p[i] = keep
            g[i] = (lp - lm) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    # my chosen network (see report.md)
    W1 = np.array([[0.15, 0.20], [0.25, 0.30]])
    b1 = np.array([0.35, 0.35])
    W2 = np.array([[0.40, 0.45], [0.50, 0.55]])
    b2 = np.array([0.60, 0.60])
    x = np.array([1.0, 1.0])
    t = np.array([0.01, 0.99])

    ana = gradients(W1, b1, W2, b2, x, t)
    num = numeric_gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.8f" % ana[0][0, 0])
    print("dE/dw21 = %.8f" % ana[2][0, 0])
    print("max |analytic - numeric| = %.1e" % max(np.max(np.abs(a - n)) for a, n in zip(ana, num)))
