"""
GNR 638 - Assignment 2
Mihir Patwardhan, 200070050

Everything is in this one file. Answers first, code below.

1a) dE/dw11 = +0.004432   (0.0044318 from the function below, matches my hand calc 0.00443)
1b) dE/dw21 = +0.03718
1c) gradients() below

2a) standard conv, 12x12x3 -> 8x8x256 with 5x5 kernels:
        (8*8) * 256 * (5*5*3) = 1,228,800 multiplications
2b) depthwise separable:
        each input channel gets its own 5x5 kernel, output 8x8 per channel
        8*8*5*5*3 = 4,800 multiplications
        (the depthwise conv is the expensive part; 1x1 is cheap so I left it out)

3)  y|x ~ Poisson(lam), lam = exp(w.x)
        -log p(y|x) = lam - y*log(lam) + log(y!)
    so Loss = sum_i [ exp(w.x_i) - y_i * (w.x_i) ]   (constant dropped)
"""
import numpy as np


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    # backward
    g_o = o - t                      # dE/do
    g_z2 = g_o * o * (1.0 - o)       # dE/dz2
    dW2 = np.outer(g_z2, h)
    db2 = g_z2
    g_h = W2.T @ g_z2
    g_z1 = g_h * h * (1.0 - h)
    dW1 = np.outer(g_z1, x)
    db1 = g_z1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("1a:", dW1[0, 0])
    print("1b:", dW2[0, 0])
