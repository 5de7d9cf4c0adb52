# GNR 638 - Assignment 2
# Aman Tiwari, 22B1376
#
# Everything is in this one file. Run:  python ay_a2.py
# Answers to the written questions are in the comments + printed at the end.

import math
import numpy as np


# ---------------------------------------------------------------- Q1
def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for h = sig(W1 x + b1), o = sig(W2 h + b2), E = 1/2 ||t - o||^2."""
    W1 = np.asarray(W1, float); W2 = np.asarray(W2, float)
    b1 = np.asarray(b1, float); b2 = np.asarray(b2, float)
    x = np.asarray(x, float); t = np.asarray(t, float)

    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    dW1 = np.zeros((2, 2)); dW2 = np.zeros((2, 2))
    db1 = np.zeros(2); db2 = np.zeros(2)
    for k in range(2):                      # output units
        d = (o[k] - t[k]) * o[k] * (1 - o[k])
        db2[k] = d
        for j in range(2):
            dW2[k, j] = d * h[j]
    for j in range(2):                      # hidden units
        back = sum(W2[k, j] * db2[k] for k in range(2))
        d = back * h[j] * (1 - h[j])
        db1[j] = d
        for i in range(2):
            dW1[j, i] = d * x[i]
    return dW1, db1, dW2, db2


# Q1(a)  dE/dw11 = 0.0044318   (w11 = W1[0,0], input 1 -> hidden 1)
# Q1(b)  dE/dw21 = 0.0371787   (w21 = W2[0,0], hidden 1 -> output 1)
# both agree with the by-hand chain rule: delta_o = 0.3677*0.1148 = 0.04221,
# dw21 = 0.04221*0.8808, dw11 = (0.5*0.04221 + 0.5*0.04221)*0.8808*0.1192


# ---------------------------------------------------------------- Q2
# output spatial size = 12 - 5 + 1 = 8
# (a) standard:            8*8 * 256 * 5*5*3          = 1228800
# (b) depthwise separable: 8*8*3*5*5 + 8*8*3*256      = 4800 + 49152 = 53952
def conv_counts(H=12, C_in=3, K=5, C_out=256):
    Ho = H - K + 1
    return Ho * Ho * C_out * K * K * C_in, Ho * Ho * C_in * K * K + Ho * Ho * C_in * C_out


# ---------------------------------------------------------------- Q3
# y | x ~ Poisson(lam),  P(y|x) = lam^y exp(-lam) / y!
# loss = -log P = lam - y*log(lam) + log(y!)     (log y! can be dropped)
def poisson_loss(lam, y):
    return lam - y * math.log(lam) + math.lgamma(y + 1)


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, [1, 1], W, [1, 1], [1, 1], [0.5, 0.5])
    print("Q1(a) dE/dw11 =", round(dW1[0, 0], 7))
    print("Q1(b) dE/dw21 =", round(dW2[0, 0], 7))
    std, sep = conv_counts()
    print("Q2(a) standard =", std)
    print("Q2(b) depthwise separable =", sep)
    print("Q3 loss(lam=2, y=3) =", poisson_loss(2.0, 3))
