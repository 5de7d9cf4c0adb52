"""GNR638 A2 Q1(c): explicit-loop backprop for the 2-2-2 sigmoid net.

Written with loops on purpose so that every term of the chain rule is visible.
"""
import math

import numpy as np


def _sig(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), len(b1), len(b2)

    h = np.zeros(n_hid)
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j, i] * x[i]
        h[j] = _sig(s)

    o = np.zeros(n_out)
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k, j] * h[j]
        o[k] = _sig(s)

    delta_o = np.zeros(n_out)
    for k in range(n_out):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1.0 - o[k])

    delta_h = np.zeros(n_hid)
    for j in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k, j] * delta_o[k]
        delta_h[j] = back * h[j] * (1.0 - h[j])

    dW2 = np.zeros((n_out, n_hid))
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = delta_o[k] * h[j]

    dW1 = np.zeros((n_hid, n_in))
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = delta_h[j] * x[i]

    return dW1, delta_h.copy(), dW2, delta_o.copy()


def _loss(W1, b1, W2, b2, x, t):
    h = 1 / (1 + np.exp(-(W1 @ x + b1)))
    o = 1 / (1 + np.exp(-(W2 @ h + b2)))
    return 0.5 * np.sum((t - o) ** 2)


def _fd_check(W1, b1, W2, b2, x, t, eps=1e-5):
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    analytic = gradients(*params, x, t)
    worst = 0.0
    for p, g in zip(params, analytic):
        for idx in np.ndindex(p.shape):
            orig = p[idx]
            p[idx] = orig + eps
            lp = _loss(*params, x, t)
            p[idx] = orig - eps
            lm = _loss(*params, x, t)
            p[idx] = orig
            worst = max(worst, abs((lp - lm) / (2 * eps) - g[idx]))
    return worst


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1)
    print("db1 =", db1)
    print("dW2 =", dW2)
    print("db2 =", db2)
    print("finite-difference check: max error %.1e" % _fd_check(W1, b1, W2, b2, x, t))
