#!/usr/bin/env python3
"""
GNR638 Assignment 2  --  Abhinav Reddy (200050108)

Everything is in this one file. The report is this docstring; the code below
is Q1(c) and also what I used to check Q1(a), Q1(b) and Q2.

Assumptions
-----------
* network exactly as on the sheet: W1 = W2 = 0.5 everywhere, b1 = b2 = 1,
  x = (1, 1), t = (0.5, 0.5), sigmoid units, E = 1/2 * sum (t - o)^2
* "w11" is W1[0, 0] and "w21" is W2[0, 0] (row = receiving unit)

Q1
--
Hand working (4 d.p.):
    h   = sigma(2)       = 0.8808
    o   = sigma(1.8808)  = 0.8677
    d_o = (o - t) o (1 - o)  = 0.3677 * 0.1148 = 0.0422
    d_h = (0.5 d_o + 0.5 d_o) h (1 - h) = 0.0422 * 0.1050 = 0.00443

  (a) dE/dw11 = d_h * x1 = 0.00443        (code: 0.004431814656812)
  (b) dE/dw21 = d_o * h1 = 0.0372         (code: 0.037178741776059)
  (c) gradients() below.

Q2
--
  (a) standard            : 8*8*256*5*5*3            = 1,228,800
  (b) depthwise separable : 8*8*3*5*5 + 8*8*3*256    = 4,800 + 49,152 = 53,952
  (printed by count_mults() as a check)

Q3
--
If the network predicts the log-rate s = log(lambda), the per-sample loss is

      L(s, y) = exp(s) - y * s

which is the negative Poisson log-likelihood without log(y!). This is exactly
what tf.nn.log_poisson_loss(targets=y, log_input=s) computes.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 1/2 ||t - o||^2."""
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    g_a2 = (o - t) * o * (1.0 - o)
    g_a1 = (W2.T @ g_a2) * h * (1.0 - h)
    return np.outer(g_a1, x), g_a1, np.outer(g_a2, h), g_a2


def count_mults(h_out=8, w_out=8, c_in=3, c_out=256, k=5):
    std = h_out * w_out * c_out * k * k * c_in
    dw = h_out * w_out * c_in * k * k
    pw = h_out * w_out * c_in * c_out
    return std, dw, pw, dw + pw


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W.copy(), np.ones(2),
                                   np.ones(2), np.full(2, 0.5))
    print("Q1(a) dE/dw11 = %.15f" % dW1[0, 0])
    print("Q1(b) dE/dw21 = %.15f" % dW2[0, 0])
    print("Q2 (standard, depthwise, pointwise, separable) =", count_mults())
