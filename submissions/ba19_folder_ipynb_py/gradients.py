# GNR638 A2 Q1(c)  --  Devansh Gupta, 22B0152
import numpy as np


def _sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    """
    2-2-2 network, sigmoid hidden + sigmoid output, E = 0.5*sum((t-o)^2)
    W[i, j] = weight from unit j of the previous layer into unit i.
    returns dW1, db1, dW2, db2
    """
    W1 = np.asarray(W1, dtype=float); W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float); b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float); t = np.asarray(t, dtype=float)

    n_in, n_hid, n_out = x.shape[0], W1.shape[0], W2.shape[0]

    # forward, written with loops so it matches the hand derivation
    h = np.zeros(n_hid)
    for i in range(n_hid):
        s = b1[i]
        for j in range(n_in):
            s += W1[i, j] * x[j]
        h[i] = _sigmoid(s)
    o = np.zeros(n_out)
    for k in range(n_out):
        s = b2[k]
        for i in range(n_hid):
            s += W2[k, i] * h[i]
        o[k] = _sigmoid(s)

    # backward
    delta_o = np.zeros(n_out)
    for k in range(n_out):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
    delta_h = np.zeros(n_hid)
    for i in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k, i] * delta_o[k]
        delta_h[i] = back * h[i] * (1 - h[i])

    dW2 = np.zeros_like(W2)
    for k in range(n_out):
        for i in range(n_hid):
            dW2[k, i] = delta_o[k] * h[i]
    dW1 = np.zeros_like(W1)
    for i in range(n_hid):
        for j in range(n_in):
            dW1[i, j] = delta_h[i] * x[j]
    db2 = delta_o.copy()
    db1 = delta_h.copy()
    return dW1, db1, dW2, db2
