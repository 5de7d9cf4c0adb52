"""
GNR638 Assignment 2 -- Q1 only
Mohit Saini (22B0446)

Hand calculation (all weights 0.5, b1 = b2 = 1, x = [1, 1], t = [0.5, 0.5]):
    h1 = h2 = sigmoid(2)      = 0.8808
    o1 = o2 = sigmoid(1.8808) = 0.8677
    delta_o = (o - t) o (1 - o) = 0.3677 * 0.1148 = 0.04221
    (b) dE/dw21 = delta_o1 * h1 = 0.04221 * 0.8808 = 0.03718
    (a) dE/dw11 = (0.5*0.04221 + 0.5*0.04221) * h1 (1 - h1) * x1
               = 0.04221 * 0.1050 = 0.004432
(c) the function below; running this file prints the same numbers.
"""
import numpy as np

sigmoid = lambda v: 1 / (1 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_o = (o - t) * o * (1 - o)
    d_h = W2.T.dot(d_o) * h * (1 - h)
    return np.outer(d_h, x), d_h, np.outer(d_o, h), d_o


W1 = np.full((2, 2), 0.5)
W2 = np.full((2, 2), 0.5)
b1 = np.ones(2)
b2 = np.ones(2)
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dE/dw11 =", round(dW1[0, 0], 6))
print("dE/dw21 =", round(dW2[0, 0], 6))
