# -*- coding: utf-8 -*-
# GNR 638 Assignment 2  |  Siddharth Iyer
# Answers are printed when this file is run (python bl_a2.py).

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for h = s(W1 x + b1), o = s(W2 h + b2), E = 1/2 sum (t - o)^2."""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


def main():
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 = %.5g" % dW1[0, 0])          # 0.0044318
    print("Q1(b) dE/dw21 = %.5g" % dW2[0, 0])          # 0.037179

    # Q2: a 5x5x3 kernel is applied at every position of the 12x12 map,
    # for each of the 256 filters
    H = W = 12
    k, C_in, C_out = 5, 3, 256
    standard = H * W * C_out * k * k * C_in
    print("Q2(a) standard conv multiplications =", standard)   # 2764800

    # depthwise separable = depthwise (k x k per channel) + pointwise (1x1)
    Ho = Wo = 8
    depthwise = Ho * Wo * k * k * C_in
    pointwise = Ho * Wo * C_in * C_out
    print("Q2(b) depthwise separable multiplications =", depthwise + pointwise)  # 53952

    # Q3: Poisson regression. With log link, log(lambda) = f(x) = theta^T x,
    # PyTorch's PoissonNLLLoss(log_input=True) computes exp(f) - y * f,
    # which is -log P(y | x) without the constant log(y!).
    print("Q3 loss: L = exp(f(x)) - y * f(x)   (Poisson NLL, log y! dropped)")


if __name__ == "__main__":
    main()
