# GNR 638 Assignment 2
# Vikram Singh Rathore, 22B0977
#
# I have put all the answers in this file (TA said a .py is ok).
#
# ---------------- Q1 ----------------
# (a) dE/dw11 = 0.004432   (hand: delta_h1 = (0.5*0.04221 + 0.5*0.04221)*0.8808*0.1192 = 0.004432, times x1 = 1)
# (b) dE/dw21 = 0.03718    (hand: delta_o1 = 0.3677*0.8677*0.1323 = 0.04221, times h1 = 0.8808)
# (c) function gradients() below, output at the bottom
#
# ---------------- Q2 ----------------
# (a) standard conv: 8*8*256*5*5*3 = 1228800 mults
# (b) depthwise sep: 8*8*3*5*5 + 8*8*3*256 = 4800 + 49152 = 53952 mults
#
# Q3 - not done

import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    g_o = o - t                       # dE/do
    g_net2 = g_o * o * (1.0 - o)      # dE/dnet2
    dW2 = np.zeros((2, 2))
    for i in range(2):
        for j in range(2):
            dW2[i, j] = g_net2[i] * h[j]
    db2 = g_net2.copy()
    g_h = np.zeros(2)
    for j in range(2):
        g_h[j] = sum(W2[i, j] * g_net2[i] for i in range(2))
    g_net1 = g_h * h * (1.0 - h)
    dW1 = np.zeros((2, 2))
    for i in range(2):
        for j in range(2):
            dW1[i, j] = g_net1[i] * x[j]
    db1 = g_net1.copy()
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])   # 0.004431806...
    print("dE/dw21 =", dW2[0, 0])   # 0.037178740...
