"""
GNR 638 -- Assignment 2
Lakshmi Narayanan S (22D0405)

Answers
-------
Q1(a)  dE/dw11 = 4.4318e-03
Q1(b)  dE/dw21 = 3.7179e-02
Q1(c)  see gradients() below; checked against a central finite difference (max rel. diff ~1e-10)

Q2(a)  standard: 64 positions x 256 filters x 75 = 1228800
Q2(b)  depthwise separable: 64 x 3 x 25  +  64 x 3 x 256  =  4800 + 49152  =  53952

Q3     (did not get to this one)
"""
import numpy as np

sigma = lambda z: 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigma(W1 @ x + b1)
    return h, sigma(W2 @ h + b2)


def loss(W1, b1, W2, b2, x, t):
    _, o = forward(W1, b1, W2, b2, x)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    g_out = (o - t) * o * (1.0 - o)
    g_hid = (W2.T @ g_out) * h * (1.0 - h)
    return np.outer(g_hid, x), g_hid, np.outer(g_out, h), g_out


def numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    out = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps
            lp = loss(*params, x, t)
            p[idx] = old - eps
            lm = loss(*params, x, t)
            p[idx] = old
            g[idx] = (lp - lm) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    an = gradients(W1, b1, W2, b2, x, t)
    nu = numeric(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.4e, dE/dw21 = %.4e" % (an[0][0, 0], an[2][0, 0]))
    for a, n in zip(an, nu):
        print(np.max(np.abs(a - n) / (np.abs(n) + 1e-12)))
