#!/usr/bin/env python3
"""
GNR 638 - Assignment 2          Yash Agarwal (22B1010)

Run:  python3 a2_yash.py
Everything (Q1 numbers, Q2 counts) is printed; the written answers are in this docstring.

Q1 (a) dE/dw11 = 0.00443181   (b) dE/dw21 = 0.03717874      (c) gradients() below
Q2 (a) standard conv  : 8*8*256 * 5*5*3           = 1.2288*10**6
   (b) depthwise sep. : 8*8*3*5*5 + 8*8*3*256     = 53952
Q3  y|x ~ Poisson(rate), network outputs s = log(rate):
        loss = exp(s) - y*s      (= rate - y*log(rate), the Poisson NLL without log(y!))
    i.e. torch.nn.PoissonNLLLoss(log_input=True, full=False)
"""
import numpy as np


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    a1 = W1 @ x + b1
    h = _sig(a1)
    a2 = W2 @ h + b2
    o = _sig(a2)
    g_a2 = (o - t) * o * (1.0 - o)
    g_h = W2.T @ g_a2
    g_a1 = g_h * h * (1.0 - h)
    return np.outer(g_a1, x), g_a1, np.outer(g_a2, h), g_a2


def _count_mults(H_out, W_out, C_in, C_out, k):
    standard = H_out * W_out * C_out * k * k * C_in
    depthwise = H_out * W_out * C_in * k * k
    pointwise = H_out * W_out * C_in * C_out
    return standard, depthwise + pointwise


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    dW1, db1, dW2, db2 = gradients(W, b, W, b, [1, 1], [0.5, 0.5])
    print(f"Q1(a) dE/dw11 = {dW1[0, 0]:.8f}")
    print(f"Q1(b) dE/dw21 = {dW2[0, 0]:.8f}")
    std, dws = _count_mults(8, 8, 3, 256, 5)
    print("Q2(a) standard  :", std)
    print("Q2(b) depthwise :", dws)
