"""GNR 638 A2, Q1(c): backprop for the 2-2-2 sigmoid net.  Kavya Iyer 22B1290"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2 = map(np.asarray, (W1, b1, W2, b2))
    x, t = np.asarray(x, dtype=float), np.asarray(t, dtype=float)

    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # backward, E = 0.5 * sum((t - o)**2)
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)

    dW2 = np.outer(delta2, h)
    db2 = delta2
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def numerical(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1, b1, W2, b2):
        o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    grads = []
    for k, p in enumerate(params):
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
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1)
    print("dW2 =", dW2)
    num = numerical(W1, b1, W2, b2, x, t)
    print("max diff:", max(np.abs(a - b).max() for a, b in zip((dW1, db1, dW2, db2), num)))
