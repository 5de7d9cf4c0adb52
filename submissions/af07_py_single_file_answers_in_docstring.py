"""
GNR 638 - Assignment 2
Tanmay Joshi, 200100158

Everything is in this one file (TA said a .py is fine).

ANSWERS
-------
Q1 (a) dE/dw11 = 0.00443181   (printed by main below)
Q1 (b) dE/dw21 = 0.03717874
Q1 (c) see gradients() below

Q2 (a) standard conv:       8*8*256*(5*5*3) = 1228800 multiplications
Q2 (b) depthwise separable: 8*8*3*(5*5) + 8*8*256*3 = 4800 + 49152 = 53952

Q3  With a log link, rate = exp(theta.x), the Poisson NLL (constant log y! dropped):
        L(theta) = sum_i [ exp(theta . x_i) - y_i * (theta . x_i) ]
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 0.5*||t - o||^2 for h = s(W1 x + b1), o = s(W2 h + b2)."""
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    delta_out = (o - t) * o * (1 - o)            # dE/d(net_out)
    delta_hid = (W2.T @ delta_out) * h * (1 - h)  # dE/d(net_hid)
    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])   # 0.004431814656811997
    print("dE/dw21 =", dW2[0, 0])   # 0.03717874177605889
