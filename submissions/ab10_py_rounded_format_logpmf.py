#!/usr/bin/env python3
# assignment 2  --  Karthik R. (22M0312)
# I print everything with 2 decimals in sci notation so it fits on one line.

import numpy as np


def sigmoid(z):
    return 1. / (1. + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1; h = sigmoid(z1)
    z2 = W2 @ h + b2; o = sigmoid(z2)
    d2 = (o - t) * o * (1. - o)
    d1 = (W2.T @ d2) * h * (1. - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


def q3_loss(lam, y):
    from scipy.stats import poisson
    # log likelihood of the counts under the predicted rates -> this is the loss
    return poisson.logpmf(y, lam).sum()


if __name__ == "__main__":
    W = np.full((2, 2), .5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, .5))
    std = 8 * 8 * 256 * 5 * 5 * 3
    dws = 8 * 8 * 5 * 5 * 3 + 8 * 8 * 3 * 256
    print(f"1(a) dE/dw11 = {dW1[0,0]:.2e}")
    print(f"1(b) dE/dw21 = {dW2[0,0]:.2e}")
    print(f"2(a) standard = {std:.2e}")
    print(f"2(b) dw-sep   = {dws:.2e}")

# $ python3 a2.py
# 1(a) dE/dw11 = 4.43e-03
# 1(b) dE/dw21 = 3.72e-02
# 2(a) standard = 1.23e+06
# 2(b) dw-sep   = 5.40e+04
#
# FINAL:  1(a) 4.43e-03   1(b) 3.72e-02   2(a) 1.23e+06 mults   2(b) 5.40e+04 mults
#         3: loss = sum_i log Poisson(y_i ; lam_i)   (q3_loss above)
