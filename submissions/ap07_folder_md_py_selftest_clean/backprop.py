"""GNR638 A2, Q1(c) -- Shreya Nair, 21D180029

Backpropagation for the 2-2-2 sigmoid network with E = 1/2 ||t - o||^2.
Run `python backprop.py` to compare against central finite differences.
"""
import numpy as np


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = _sig(W1 @ x + b1)
    o = _sig(W2 @ h + b2)
    delta_out = (o - t) * o * (1.0 - o)          # dE/d(net_out)
    delta_hid = (W2.T @ delta_out) * h * (1.0 - h)
    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


def _loss(W1, b1, W2, b2, x, t):
    o = _sig(W2 @ _sig(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


def _numeric(params, x, t, eps=1e-6):
    grads = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps
            up = _loss(*params, x, t)
            p[idx] = old - eps
            down = _loss(*params, x, t)
            p[idx] = old
            g[idx] = (up - down) / (2 * eps)
        grads.append(g)
    return grads


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
    num = _numeric([W1, b1, W2, b2], x, t)
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], (dW1, db1, dW2, db2), num):
        print(name, "max abs diff vs finite diff:", np.max(np.abs(a - n)))
