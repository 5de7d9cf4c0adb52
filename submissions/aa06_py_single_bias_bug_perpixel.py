# GNR638 Assignment 2  --  Karan Mehta, 210070041
# Everything is in this one file (sir said .py is ok).
#
# ---------------- Q1 (a), (b) -- by hand ----------------
# h = sig(0.5*1 + 0.5*1 + 1) = sig(2) = 0.8808
# o = sig(0.5*0.8808*2 + 1) = sig(1.8808) = 0.8677
# dE/do1 = o1 - t1 = 0.3677
# do1/dnet = o1(1-o1) = 0.1148            -> delta_o = 0.04221
# (a) dE/dw11 = (w21*delta_o1 + w22*delta_o2) * h1(1-h1) * x1
#             = (0.5*0.04221 + 0.5*0.04221) * 0.1050 * 1
#             = 0.004432
# (b) dE/dw21 = delta_o1 * h1 = 0.04221 * 0.8808 = 0.03718
#
# ---------------- Q2 ----------------
# (a) standard conv: each filter is 5x5x3 = 75 weights, 256 filters
#     mults = 5*5*3*256 = 19,200
# (b) depthwise separable:
#     depthwise 5x5 on each of 3 channels at 8x8 positions = 25*3*64 = 4,800
#     pointwise 1x1x3 with 256 filters at 8x8 positions   = 3*256*64 = 49,152
#     total = 53,952
#
# ---------------- Q3 ----------------
# y|x ~ Poisson(mu), mu = f(x) > 0
# NLL = mu - y*log(mu) + log(y!)
# loss to minimise:  L = sum_i [ mu_i - y_i log mu_i ]
# ------------------------------------

import numpy as np


def sigmoid(a):
    return 1 / (1 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    err = o - t
    delta2 = err * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = err                       # bias grad

    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = W2.T @ err * h * (1 - h)  # bias grad
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.array([0.5, 0.5]))
    for name, v in zip(["dW1", "db1", "dW2", "db2"], g):
        print(name, v)
    # dW1[0,0] = 0.00443181, dW2[0,0] = 0.03717874  (matches hand calc)
