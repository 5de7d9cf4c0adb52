import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    dz2 = (o - t) * o * (1.0 - o)
    dz1 = (W2.T @ dz2) * h * (1.0 - h)
    return np.outer(dz1, x), dz1, np.outer(dz2, h), dz2


def numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1, b1, W2, b2]
    out = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps; _, o = forward(W1, b1, W2, b2, x); ep = 0.5 * np.sum((t - o) ** 2)
            p[idx] = old - eps; _, o = forward(W1, b1, W2, b2, x); em = 0.5 * np.sum((t - o) ** 2)
            p[idx] = old
            g[idx] = (ep - em) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1); print("dW2 =", dW2)
    for a, n in zip((dW1, db1, dW2, db2), numeric(W1, b1, W2, b2, x, t)):
        print(np.max(np.abs(a - n)))
