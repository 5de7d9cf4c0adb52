"""Q1(c) -- manual backprop for the 2-2-2 sigmoid net.  Nandini Rao 23M2110"""
import numpy as np


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def forward(W1, b1, W2, b2, x):
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    g_o = o - t                       # dE/do
    g_a2 = g_o * o * (1 - o)          # dE/da2
    dW2 = g_a2[:, None] * h[None, :]
    db2 = g_a2.copy()
    g_h = W2.T @ g_a2                 # dE/dh
    g_a1 = g_h * h * (1 - h)          # dE/da1
    dW1 = g_a1[:, None] * x[None, :]
    db1 = g_a1.copy()
    return dW1, db1, dW2, db2
