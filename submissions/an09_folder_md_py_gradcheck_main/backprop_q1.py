"""GNR638 A2, Q1(c): backprop for the 2-2-2 sigmoid net with E = 1/2 ||t - o||^2."""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = _sigmoid(z1)
    z2 = W2 @ h + b2
    o = _sigmoid(z2)
    delta_out = (o - t) * o * (1.0 - o)          # dE/dz2
    delta_hid = (W2.T @ delta_out) * h * (1.0 - h)  # dE/dz1
    dW2 = np.outer(delta_out, h)
    db2 = delta_out.copy()
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid.copy()
    return dW1, db1, dW2, db2


def _loss(W1, b1, W2, b2, x, t):
    o = _sigmoid(W2 @ _sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


def _numeric(params, x, t, eps=1e-6):
    out = []
    for k in range(4):
        g = np.zeros_like(params[k])
        for idx in np.ndindex(params[k].shape):
            plus = [p.copy() for p in params]
            minus = [p.copy() for p in params]
            plus[k][idx] += eps
            minus[k][idx] -= eps
            g[idx] = (_loss(*plus, x, t) - _loss(*minus, x, t)) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    an = gradients(W1, b1, W2, b2, x, t)
    nu = _numeric([W1, b1, W2, b2], x, t)
    print("dE/dw11 =", an[0][0, 0], " dE/dw21 =", an[2][0, 0])
    print("max |analytic - numeric| =", max(np.max(np.abs(a - n)) for a, n in zip(an, nu)))
