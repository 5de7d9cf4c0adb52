# Q1(c) - Sanjana Rao
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float); W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float); b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float); t = np.asarray(t, dtype=float)

    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    dW1 = np.zeros_like(W1); db1 = np.zeros_like(b1)
    dW2 = np.zeros_like(W2); db2 = np.zeros_like(b2)

    delta_o = np.empty(2)
    for k in range(2):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
        db2[k] = delta_o[k]
        for i in range(2):
            dW2[k, i] = delta_o[k] * h[i]

    for i in range(2):
        back = 0.0
        for k in range(2):
            back += W2[k, i] * delta_o[k]
        delta_h = back * h[i] * (1 - h[i])
        db1[i] = delta_h
        for j in range(2):
            dW1[i, j] = delta_h * x[j]

    return dW1, db1, dW2, db2


def _E(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2); x = np.ones(2); t = np.full(2, 0.5)
    g = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", g[0][0, 0], "  dE/dw21 =", g[2][0, 0])
    eps, worst = 1e-6, 0.0
    params = [W1, b1, W2, b2]
    for n, P in enumerate(params):
        for idx in np.ndindex(P.shape):
            up = [q.copy() for q in params]; dn = [q.copy() for q in params]
            up[n][idx] += eps; dn[n][idx] -= eps
            num = (_E(*up, x, t) - _E(*dn, x, t)) / (2 * eps)
            worst = max(worst, abs(num - g[n][idx]))
    print("largest difference to finite differences:", worst)
