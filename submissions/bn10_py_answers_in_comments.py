# GNR 638  Assignment 2
# Ishaan Bose  (22D0765)
#
# All answers are in this file (comments + printed output).
#
# ---------------------------------------------------------------
# Q1 (a), (b): by hand, every weight 0.5, b1 = b2 = 1, x = [1,1], t = [0.5,0.5]
#   h = sigmoid(2) = 0.8808 ; o = sigmoid(1.8808) = 0.8677
#   delta_o = (o - t) o (1 - o) = 0.3677 * 0.1148 = 0.04221
#   (a) dE/dw11 = h1(1-h1) * (w21*delta_o1 + w22*delta_o2) * x1
#              = 0.10499 * 0.04221 = 0.0044318
#   (b) dE/dw21 = delta_o1 * h1 = 0.04221 * 0.8808 = 0.037179
#   The script below prints the same numbers.
#
# Q2 (a) standard conv: out 8x8x256, each output 5*5*3 = 75 mults
#        -> 8*8*256*75 = 1,228,800
#    (b) depthwise separable: depthwise conv, one 5x5 filter per channel:
#        8*8*5*5*3 = 4,800 multiplications
#
# Q3 Poisson: p(y|x) = lam^y e^-lam / y!, lam = model output.
#    loss = -log p = lam - y*log(lam) + log(y!)   (log y! can be dropped)
# ---------------------------------------------------------------

import math
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop written with explicit loops so that it follows the hand derivation."""
    n_in, n_hid, n_out = len(x), W1.shape[0], W2.shape[0]
    h = np.zeros(n_hid)
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j, i] * x[i]
        h[j] = sigmoid(s)
    o = np.zeros(n_out)
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k, j] * h[j]
        o[k] = sigmoid(s)

    delta_o = np.zeros(n_out)
    for k in range(n_out):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
    dW2 = np.zeros_like(W2, dtype=float)
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = delta_o[k] * h[j]
    db2 = delta_o.copy()

    delta_h = np.zeros(n_hid)
    for j in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k, j] * delta_o[k]
        delta_h[j] = back * h[j] * (1 - h[j])
    dW1 = np.zeros_like(W1, dtype=float)
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = delta_h[j] * x[i]
    db1 = delta_h.copy()
    return dW1, db1, dW2, db2


W1 = np.full((2, 2), 0.5)
W2 = np.full((2, 2), 0.5)
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

if __name__ == "__main__":
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", round(dW1[0, 0], 7))
    print("Q1(b) dE/dw21 =", round(dW2[0, 0], 6))
    print("Q2(a) standard  :", 8 * 8 * 256 * 5 * 5 * 3)
    print("Q2(b) depthwise :", 8 * 8 * 5 * 5 * 3)
