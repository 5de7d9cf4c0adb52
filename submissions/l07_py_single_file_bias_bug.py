# GNR 638 Assignment 2 -- everything in one file
# Kabir Sethi, 21D180027
#
# ANSWERS (also see printed output at the bottom)
#
# Q1 (a)  dE/dw11 = 0.004432
# Q1 (b)  dE/dw21 = 0.03718
# Q1 (c)  function gradients() below
#
# Q2 (a)  standard conv: 8*8*256*(5*5*3) = 1228800
# Q2 (b)  depthwise separable: 8*8*(5*5*3) + 8*8*(3*256) = 4800 + 49152 = 53952
#
# Q3  y|x ~ Poisson(yhat):  loss = yhat - y*log(yhat)   (negative log likelihood,
#     the log(y!) term dropped since it does not depend on yhat)

import numpy as np


def sig(a):
    return 1 / (1 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    a1 = W1 @ x + b1
    h = sig(a1)
    a2 = W2 @ h + b2
    o = sig(a2)

    d2 = (o - t) * o * (1 - o)          # dE/da2
    dW2 = np.outer(d2, h)
    db2 = d2 * h                        # bias gradient of layer 2

    d1 = (W2.T @ d2) * h * (1 - h)      # dE/da1
    dW1 = np.outer(d1, x)
    db1 = d1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])   # 0.004431814656811997
    print("dE/dw21 =", dW2[0, 0])   # 0.03717874177605889
    print("Q2a =", 8 * 8 * 256 * 5 * 5 * 3)
    print("Q2b =", 8 * 8 * 5 * 5 * 3 + 8 * 8 * 3 * 256)
