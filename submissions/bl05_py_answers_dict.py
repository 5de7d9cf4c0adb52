#!/usr/bin/env python3
"""
GNR 638 Assignment 2
Roll no: 21D070044

All my answers are in the ANSWERS dict at the bottom; the code for Q1 is the
function `gradients` below.
"""
import numpy as np


def sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sig(W1 @ x + b1)
    o = sig(W2 @ h + b2)
    # output layer error term
    d_out = (o - t) * o * (1.0 - o)
    dW2 = np.outer(d_out, h)
    db2 = d_out * h          # bias grad of layer 2
    # hidden layer
    d_hid = (W2.T @ d_out) * h * (1.0 - h)
    dW1 = np.outer(d_hid, x)
    db1 = d_hid
    return dW1, db1, dW2, db2


def conv_mults(H_out, W_out, C_in, C_out, k):
    standard = H_out * W_out * C_out * k * k * C_in
    depthwise = H_out * W_out * k * k * C_in      # one k x k filter per input channel
    pointwise = H_out * W_out * C_in * C_out      # 1x1 conv
    return standard, depthwise + pointwise


_std, _dws = conv_mults(8, 8, 3, 256, 5)

# ----------------------------------------------------------------------------
# Q3: y | x ~ Poisson(lambda), lambda = f(x).  log p(y|x) = y log(lambda) - lambda - log(y!)
# so the loss we use is the log-likelihood (dropping log y! which is constant):
#       L = sum_i [ y_i * log(lambda_i) - lambda_i ]
# ----------------------------------------------------------------------------

ANSWERS = {
    "q1a_dE_dw11": 0.0044318,
    "q1b_dE_dw21": 0.0371787,
    "q2a_standard_mults": 1228800,     # = _std
    "q2b_depthwise_sep_mults": 53952,  # = _dws  (4800 + 49152)
    "q3_loss": "L = sum_i ( y_i*log(lambda_i) - lambda_i )",
}

if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    g = gradients(W, b, W, b, np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", g[0][0, 0])
    print("dE/dw21 =", g[2][0, 0])
    print("conv:", _std, _dws)
    for k, v in ANSWERS.items():
        print(f"{k:>26}: {v}")
