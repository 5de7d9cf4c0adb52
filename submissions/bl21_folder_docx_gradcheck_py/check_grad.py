"""Q1(c): backprop vs numerical gradient for the 2-2-2 net (GNR 638 A2)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def loss(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    dz2 = (o - t) * o * (1 - o)
    dW2 = dz2[:, None] * h[None, :]
    db2 = dz2
    dh = W2.T @ dz2
    dz1 = dh * h * (1 - h)
    dW1 = dz1[:, None] * x[None, :]
    db1 = dz1
    return dW1, db1, dW2, db2


def numerical(W1, b1, W2, b2, x, t, eps=1e-5):
    params = [W1, b1, W2, b2]
    grads = []
    for p in params:
        g = np.zeros_like(p)
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            old = p[i]
            p[i] = old + eps
            lp = loss(*params, x, t)
            p[i] = old - eps
            lm = loss(*params, x, t)
            p[i] = old
            g[i] = (lp - lm) / (2 * eps)
        grads.append(g)
    return grads


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    an = gradients(W1, b1, W2, b2, x, t)
    nu = numerical(W1, b1, W2, b2, x, t)
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], an, nu):
        print(name, "max abs diff =", np.max(np.abs(a - n)))
    print("dE/dw11 =", an[0][0, 0], " dE/dw21 =", an[2][0, 0])
