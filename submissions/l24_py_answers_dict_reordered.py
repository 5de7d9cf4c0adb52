"""
GNR638 -- Assignment 2
Author: Siddharth Nair (21D100076)

Run:  python l24_py_answers_dict_reordered.py

I put every answer in this single script. The ANSWERS dict at the bottom is the
final version (keys are not in question order, sorry -- I filled them as I went).
"""
import numpy as np


def _sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for h = s(W1 x + b1), o = s(W2 h + b2), E = 0.5*||t - o||^2."""
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h = _sigmoid(W1.dot(x) + b1)
    o = _sigmoid(W2.dot(h) + b2)

    g_o = o - t                      # dE/do
    g_z2 = g_o * o * (1.0 - o)       # dE/dz2
    g_h = W2.T.dot(g_z2)             # dE/dh
    g_z1 = g_h * h * (1.0 - h)       # dE/dz1

    dW2 = g_z2[:, None] * h[None, :]
    db2 = g_z2.copy()
    dW1 = g_z1[:, None] * x[None, :]
    db1 = g_z1.copy()
    return dW1, db1, dW2, db2


def conv_counts():
    standard = 8 * 8 * 256 * (5 * 5 * 3)
    depthwise = 8 * 8 * 3 * (5 * 5)
    pointwise = 8 * 8 * 256 * 3
    return standard, depthwise + pointwise


# Q3 (written answer): y | x ~ Poisson(lam), lam = network output > 0.
# -log p(y | lam) = lam - y*log(lam) + log(y!)
# so the training loss is  L(lam) = lam - y*log(lam)   (log(y!) is constant)

ANSWERS = {
    "Q3": "L = lam - y*log(lam)  (Poisson negative log-likelihood)",
    "Q2b": 53952,      # 4800 depthwise + 49152 pointwise
    "Q1b": 0.0371787,  # dE/dw21
    "Q2a": 1228800,
    "Q1a": 0.0044318,  # dE/dw11
    "Q1c": "gradients() above",
}

if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W, np.ones(2),
                                   np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
    print("conv counts (standard, separable) =", conv_counts())
    for k, v in ANSWERS.items():
        print(k, "->", v)
