# GNR 638 - Assignment 2
# Aditya Venkataraman, 210050011
#
# Everything is in this one file (the TA said a single .py is fine).
# Q1(a),(b) are printed by the main block, Q2 is computed below, Q3 is in the comment at the end.
#
# Output when I run `python3 this_file.py`:
#   Q1(a) dE/dw11 = 0.004431814656811997
#   Q1(b) dE/dw21 = 0.03717874177605889
#   Q2(a) standard conv mults = 1228800
#   Q2(b) depthwise separable mults = 1277952

import math
import numpy as np


def sig(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    """Plain loops, no vectorisation, so I can follow every index."""
    n_in, n_hid, n_out = 2, 2, 2
    h = np.zeros(n_hid)
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j, i] * x[i]
        h[j] = sig(s)
    o = np.zeros(n_out)
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k, j] * h[j]
        o[k] = sig(s)

    d_out = np.zeros(n_out)
    for k in range(n_out):
        d_out[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
    d_hid = np.zeros(n_hid)
    for j in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k, j] * d_out[k]
        d_hid[j] = back * h[j] * (1 - h[j])

    dW2 = np.zeros((n_out, n_hid))
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = d_out[k] * h[j]
    dW1 = np.zeros((n_hid, n_in))
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = d_hid[j] * x[i]
    return dW1, d_hid.copy(), dW2, d_out.copy()


def conv_mults():
    H_out = W_out = 8
    K = 5
    C_in, C_out = 3, 256
    standard = H_out * W_out * C_out * K * K * C_in
    # depthwise separable: every output filter first runs a depthwise 5x5 pass
    # over the 3 channels, then the 1x1 pointwise mixing
    depthwise = H_out * W_out * K * K * C_in * C_out
    pointwise = H_out * W_out * C_in * C_out
    return standard, depthwise + pointwise


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", dW1[0, 0])
    print("Q1(b) dE/dw21 =", dW2[0, 0])
    std, sep = conv_mults()
    print("Q2(a) standard conv mults =", std)
    print("Q2(b) depthwise separable mults =", sep)

# Q3.
# Output y given x is Poisson with rate lam = model(x) (positive, e.g. exp of a linear layer).
# Negative log likelihood of one sample:  lam - y*log(lam) + log(y!)
# Training loss (what torch.nn.PoissonNLLLoss(log_input=False) computes, without the constant):
#     loss = mean( lam - y * log(lam + 1e-8) )
