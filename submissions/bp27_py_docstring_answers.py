"""GNR 638, Assignment 2 -- Lavanya Rao (21D100012)

ANSWERS
-------
Q1 (a)  dE/dw11 = 4.4318e-03
   (b)  dE/dw21 = 3.7179e-02
   (c)  gradients() below; checked with central differences (see __main__).

Q2 (a)  standard convolution: 8*8 positions * 256 kernels * 5*5*3 = 1228800
   (b)  depthwise separable : 8*8*3*5*5 + 8*8*3*256 = 4800 + 49152 = 53952

Q3      If y|x ~ Poisson(mu) with mu = mu(x) the predicted rate, minimise the
        negative log-likelihood
            L(mu, y) = mu - y*log(mu) + log(y!)
        The log(y!) term is constant, so in practice loss = mean(mu - y*log(mu)).
"""
import numpy as np


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    n_hid, n_in = W1.shape
    n_out = W2.shape[0]

    # forward, written with loops so I can follow the indices
    h = np.zeros(n_hid)
    for j in range(n_hid):
        h[j] = _sigmoid(sum(W1[j, i] * x[i] for i in range(n_in)) + b1[j])
    o = np.zeros(n_out)
    for k in range(n_out):
        o[k] = _sigmoid(sum(W2[k, j] * h[j] for j in range(n_hid)) + b2[k])

    # backward
    d_out = np.zeros(n_out)
    for k in range(n_out):
        d_out[k] = (o[k] - t[k]) * o[k] * (1.0 - o[k])
    d_hid = np.zeros(n_hid)
    for j in range(n_hid):
        s = sum(W2[k, j] * d_out[k] for k in range(n_out))
        d_hid[j] = s * h[j] * (1.0 - h[j])

    dW2 = np.zeros_like(W2)
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = d_out[k] * h[j]
    dW1 = np.zeros_like(W1)
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = d_hid[j] * x[i]

    return dW1, d_hid.copy(), dW2, d_out.copy()


def _E(W1, b1, W2, b2, x, t):
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2)); W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    eps = 1e-6
    P = W1.copy(); P[0, 0] += eps; M = W1.copy(); M[0, 0] -= eps
    fd11 = (_E(P, b1, W2, b2, x, t) - _E(M, b1, W2, b2, x, t)) / (2 * eps)
    P = W2.copy(); P[0, 0] += eps; M = W2.copy(); M[0, 0] -= eps
    fd21 = (_E(W1, b1, P, b2, x, t) - _E(W1, b1, M, b2, x, t)) / (2 * eps)
    print("dE/dw11  backprop %.7f   finite diff %.7f" % (g[0][0, 0], fd11))
    print("dE/dw21  backprop %.7f   finite diff %.7f" % (g[2][0, 0], fd21))
