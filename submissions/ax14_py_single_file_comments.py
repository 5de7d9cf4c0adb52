# GNR 638 - Assignment 2
# Prateek Malhotra, 22D1260
#
# Everything is in this one file. Written answers are in the comments, Q1(c) is the code.
#
# ---------------------------------------------------------------------------
# Q1 (a), (b)  -- printed by running this file:
#     dE/dw11 = 0.0044318
#     dE/dw21 = 0.0371787
# By hand: h = sigma(2) = 0.8808, o = sigma(1.8808) = 0.8677,
#          delta_out = (o - t) o (1 - o) = 0.04221,
#          delta_hid = (w21 + w22) * delta_out * h(1 - h) = 1.0 * 0.04221 * 0.10499 = 0.004432
#          dE/dw21 = delta_out * h1 = 0.03718, dE/dw11 = delta_hid * x1 = 0.004432   (same as the code)
#
# Q2
#   (a) standard conv:  8*8 outputs * 256 filters * (5*5*3) = 1,228,800 mults
#   (b) depthwise sep.: 8*8*3*(5*5) + 8*8*256*(1*1*3) = 4,800 + 49,152 = 53,952 mults
#
# Q3
#   y | x ~ Poisson(lam), lam = model(x) > 0
#   loss(lam, y) = lam - y*log(lam) + log(y!)        (the log(y!) part can be dropped)
#   (this is torch.nn.PoissonNLLLoss(log_input=False))
# ---------------------------------------------------------------------------

import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.array(W1, dtype=float)
    W2 = np.array(W2, dtype=float)
    b1 = np.array(b1, dtype=float)
    b2 = np.array(b2, dtype=float)
    x = np.array(x, dtype=float)
    t = np.array(t, dtype=float)

    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    dE_dnet_o = (o - t) * o * (1 - o)
    dE_dh = W2.T @ dE_dnet_o
    dE_dnet_h = dE_dh * h * (1 - h)

    dW2 = dE_dnet_o[:, None] * h[None, :]
    dW1 = dE_dnet_h[:, None] * x[None, :]
    return dW1, dE_dnet_h, dW2, dE_dnet_o


def numerical_check(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1_, W2_):
        h = sigmoid(W1_ @ x + b1)
        o = sigmoid(W2_ @ h + b2)
        return 0.5 * np.sum((t - o) ** 2)

    W1p = W1.copy(); W1p[0, 0] += eps
    W1m = W1.copy(); W1m[0, 0] -= eps
    W2p = W2.copy(); W2p[0, 0] += eps
    W2m = W2.copy(); W2m[0, 0] -= eps
    return (E(W1p, W2) - E(W1m, W2)) / (2 * eps), (E(W1, W2p) - E(W1, W2m)) / (2 * eps)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.7f" % dW1[0, 0])
    print("dE/dw21 = %.7f" % dW2[0, 0])
    print("finite differences:", numerical_check(W1, b1, W2, b2, x, t))
