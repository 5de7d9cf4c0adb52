"""
GNR 638 Assignment 2
Kunal Verma, 210010045

Everything is in this file. Run `python aj_kunal.py` to print my Q1 numbers.

Answers
-------
Q1(a)  dE/dw11 = -0.004432
Q1(b)  dE/dw21 = -0.03718
       (negative because the outputs 0.868 overshoot the targets 0.5, so the error
        signal t - o is negative and flows back negative)
Q1(c)  gradients() below

Q2(a)  8*8*256*5*5*3 = 1228800
Q2(b)  8*8*3*25 + 8*8*3*256 = 4800 + 49152 = 53952

Q3     Poisson NLL.  With lambda = model output,
           L = lambda - y*log(lambda)          (+ log(y!) which does not matter)
       averaged over the training set.
"""
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    err = t - o                         # error signal
    delta_out = err * o * (1 - o)
    delta_hid = (W2.T @ delta_out) * h * (1 - h)

    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11:", round(dW1[0, 0], 6))
    print("dE/dw21:", round(dW2[0, 0], 6))
