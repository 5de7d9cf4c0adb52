"""
Q1(c): gradients of E = sum_k (t_k - o_k)^2 for the 2-2-2 sigmoid MLP.
Bhavya Jain
"""
import numpy as np


def gradients(W1, b1, W2, b2, x, t):
    sig = lambda z: 1 / (1 + np.exp(-z))
    h = sig(W1 @ x + b1)
    o = sig(W2 @ h + b2)
    dE_do = 2 * (o - t)
    delta2 = dE_do * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2
