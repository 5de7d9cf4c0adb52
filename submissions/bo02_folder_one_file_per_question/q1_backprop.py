import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for h = sig(W1 x + b1), o = sig(W2 h + b2), E = 1/2 ||t - o||^2."""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


def numerical(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1, b1, W2, b2):
        o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)
    params = [W1, b1, W2, b2]
    grads = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps
            ep = E(*params)
            p[idx] = old - eps
            em = E(*params)
            p[idx] = old
            g[idx] = (ep - em) / (2 * eps)
        grads.append(g)
    return grads


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    an = gradients(W1, b1, W2, b2, x, t)
    nu = numerical(W1, b1, W2, b2, x, t)
    for a, n in zip(an, nu):
        print(a)
        print("max diff:", np.max(np.abs(a - n)))
