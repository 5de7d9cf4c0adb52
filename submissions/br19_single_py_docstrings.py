#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
GNR 638 : Assignment 2
Name  : Kunal Deshpande
Roll  : 20D100017

All three questions are answered in this file. Written answers are in the
docstrings / comments, numerical answers are printed when the file is run.

----------------------------------------------------------------------------
Q1. Backprop in the 2-2-2 network (sigmoid everywhere, E = 1/2 sum (t-o)^2)
    x = [1, 1], all weights 0.5, b1 = b2 = 1, t = [0.5, 0.5]

    forward:   net_h = 0.5 + 0.5 + 1 = 2          h = sigma(2)      = 0.880797
               net_o = 0.5*h + 0.5*h + 1 = 1.8808  o = sigma(1.8808) = 0.867703
    backward:  delta_o = (o - t) o (1 - o) = 0.367703 * 0.114794 = 0.0422103
               dE/dw21 = delta_o1 * h1 = 0.0422103 * 0.880797     = 0.0371787
               delta_h1 = (w21 delta_o1 + w22 delta_o2) h1 (1 - h1)
                        = 0.0422103 * 0.104994                     = 0.0044318
               dE/dw11 = delta_h1 * x1                              = 0.0044318

    (a) dE/dw11 = 0.0044318
    (b) dE/dw21 = 0.0371787
    (c) gradients() below; the printout agrees with (a) and (b).
----------------------------------------------------------------------------
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Q1(c). Returns (dW1, db1, dW2, db2)."""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    return np.outer(delta_h, x), delta_h, np.outer(delta_o, h), delta_o


def q2_counts():
    """
    Q2. input 12x12x3, output 8x8x256, kernel 5x5, stride 1, no padding

    (a) standard: every output value needs 5*5*3 mults
        -> 8*8*256 * 75
    (b) depthwise separable: the depthwise separable conv does the channel
        mixing with a 1x1 kernel, so each output value needs only Cin = 3
        multiplications instead of 75
        -> 8*8*256 * 3
    """
    standard = 8 * 8 * 256 * 5 * 5 * 3
    separable = 8 * 8 * 256 * 3
    return standard, separable


# Q3. y | x ~ Poisson(lambda(x)).  Likelihood  P(y) = lambda^y exp(-lambda) / y!
#     Negative log-likelihood:  -y log(lambda) + lambda + log(y!)
#     => loss to minimise:  L(lambda, y) = lambda - y * log(lambda)
#     (log y! is a constant w.r.t. the network so it can be dropped)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1 (a) dE/dw11 =", dW1[0, 0])
    print("Q1 (b) dE/dw21 =", dW2[0, 0])
    a, b = q2_counts()
    print("Q2 (a) standard conv:", f"{a:,}")
    print("Q2 (b) depthwise separable:", f"{b:,}")
