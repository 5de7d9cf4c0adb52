# ---------------------------------------------------------------
#  GNR 638  Assignment 2
#  Harshvardhan Singh   roll 200260019
#
#  I put everything in one file, the hand-worked answers are in the
#  comments below and the code checks them.
# ---------------------------------------------------------------
#
#  Q1 (a)/(b) hand calc  (w = 0.5 everywhere, b1 = b2 = 1, x = [1,1], t = [.5,.5])
#     h = sigma(2) = 0.8808,  o = sigma(1.8808) = 0.8677
#     delta_out = (o - t) * o * (1 - o) = 0.3677 * 0.1148 = 0.04221
#     dE/dw21 = delta_out * h1            = 0.03718        <-- (b)
#     delta_hid = (0.5*0.04221)*2 * h(1-h) = 0.04221 * 0.10499 = 0.004432
#     dE/dw11 = delta_hid * x1            = 0.004432       <-- (a)
#
#  Q2  (a) standard  : 8*8*256 * 5*5*3         = 1228800
#      (b) dw-sep    : 8*8*3*25 + 8*8*3*256    = 4800 + 49152 = 53952
#
# ---------------------------------------------------------------
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    d_out = (o - t) * o * (1.0 - o)
    d_hid = (W2.T @ d_out) * h * (1.0 - h)

    dW2 = np.outer(d_out, h)
    db2 = d_out
    dW1 = np.outer(d_hid, x)
    db1 = d_hid
    return dW1, db1, dW2, db2


def numeric_check(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1, b1, W2, b2):
        h = sigmoid(W1 @ x + b1)
        o = sigmoid(W2 @ h + b2)
        return 0.5 * np.sum((t - o) ** 2)
    params = [W1, b1, W2, b2]
    num = []
    for k, P in enumerate(params):
        G = np.zeros_like(P)
        for idx in np.ndindex(P.shape):
            Pp = [p.copy() for p in params]; Pm = [p.copy() for p in params]
            Pp[k][idx] += eps; Pm[k][idx] -= eps
            G[idx] = (E(*Pp) - E(*Pm)) / (2 * eps)
        num.append(G)
    return num


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.array([0.5, 0.5])
    an = gradients(W1, b1, W2, b2, x, t)
    nu = numeric_check(W1, b1, W2, b2, x, t)
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], an, nu):
        print(name, a.ravel(), "max diff", np.abs(a - n).max())
    # dW1 [0.00443181 ...]   dW2 [0.03717874 ...]
