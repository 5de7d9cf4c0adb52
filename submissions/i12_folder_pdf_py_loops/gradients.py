# GNR638 Assignment 2, Q1(c)
# Devansh Agarwal 21B090004
# loops on purpose, easier to check against my hand derivation
import math
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), len(b1), len(b2)

    # forward
    h = [0.0] * n_hid
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j][i] * x[i]
        h[j] = sigmoid(s)
    o = [0.0] * n_out
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k][j] * h[j]
        o[k] = sigmoid(s)

    # backward
    d_out = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    d_hid = []
    for j in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k][j] * d_out[k]
        d_hid.append(back * h[j] * (1 - h[j]))

    dW1 = np.zeros((n_hid, n_in))
    db1 = np.zeros(n_hid)
    dW2 = np.zeros((n_out, n_hid))
    db2 = np.zeros(n_out)
    for k in range(n_out):
        db2[k] = d_out[k]
        for j in range(n_hid):
            dW2[k, j] = d_out[k] * h[j]
    for j in range(n_hid):
        db1[j] = d_hid[j]
        for i in range(n_in):
            dW1[j, i] = d_hid[j] * x[i]
    return dW1, db1, dW2, db2


def _E(W1, b1, W2, b2, x, t):
    h = 1 / (1 + np.exp(-(W1 @ x + b1)))
    o = 1 / (1 + np.exp(-(W2 @ h + b2)))
    return 0.5 * ((t - o) ** 2).sum()


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", g[0][0, 0], " dE/dw21 =", g[2][0, 0])

    rng = np.random.default_rng(7)
    worst = 0.0
    for _ in range(5):
        P = [rng.normal(size=(2, 2)), rng.normal(size=2), rng.normal(size=(2, 2)), rng.normal(size=2)]
        xx, tt = rng.normal(size=2), rng.uniform(size=2)
        an = gradients(*P[:2], *P[2:], xx, tt)
        for p, a in zip(P, an):
            it = np.nditer(p, flags=["multi_index"])
            for _v in it:
                idx = it.multi_index
                old = p[idx]
                p[idx] = old + 1e-6; up = _E(P[0], P[1], P[2], P[3], xx, tt)
                p[idx] = old - 1e-6; dn = _E(P[0], P[1], P[2], P[3], xx, tt)
                p[idx] = old
                worst = max(worst, abs((up - dn) / 2e-6 - a[idx]))
    print("max |backprop - numerical| over 5 random nets:", worst)
