#!/usr/bin/env python3
# GNR638 A2 Q1 -- Aarav Sinha (21D070090)
# Only the backprop question from me this time; I could not finish Q2 and Q3.
import numpy as np

sigma = lambda a: 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    # layer 1
    a1 = W1.dot(x) + b1
    h = sigma(a1)
    # layer 2
    a2 = W2.dot(h) + b2
    o = sigma(a2)
    # E = 1/2 sum (t - o)^2  ->  dE/do = o - t
    g_a2 = (o - t) * o * (1 - o)
    dW2 = g_a2.reshape(2, 1) * h.reshape(1, 2)
    db2 = g_a2.copy()
    g_h = W2.T.dot(g_a2)
    g_a1 = g_h * h * (1 - h)
    dW1 = g_a1.reshape(2, 1) * x.reshape(1, 2)
    db1 = g_a1.copy()
    return dW1, db1, dW2, db2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

if __name__ == "__main__":
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", dW1[0, 0])
    print("Q1(b) dE/dw21 =", dW2[0, 0])

# output when I ran it:
# Q1(a) dE/dw11 = 0.004431814656811997
# Q1(b) dE/dw21 = 0.03717874177605889
